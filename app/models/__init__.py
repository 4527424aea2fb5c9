"""All tables; importing this package registers them on SQLModel.metadata."""

import directory.tables  # noqa: F401  (registers the hsds_* tables on the same metadata)
from app.models.audit_entry import AuditEntry
from app.models.call import Call, CallEvent, CallStatus
from app.models.canned_response import CannedResponse
from app.models.case_link import ContactLink
from app.models.contact import Contact, VaultEntry
from app.models.conversation import Conversation, ConversationStatus, Outcome
from app.models.event import Event
from app.models.message import Message
from app.models.outbox import OutboxEntry, OutboxStatus
from app.models.rate_counter import RateCounter
from app.models.referral import (
    ConsentState,
    PartnerNotice,
    PartnerRecoveryCode,
    PartnerSession,
    PartnerUser,
    Referral,
    ReferralEvent,
    ReferralFacts,
    ReferralStatus,
)
from app.models.staff_session import LoginThrottle, RecoveryCode, StaffSession
from app.models.user import Presence, Role, User

__all__ = [
    "AuditEntry",
    "Call",
    "CallEvent",
    "CallStatus",
    "CannedResponse",
    "ConsentState",
    "Contact",
    "ContactLink",
    "Conversation",
    "ConversationStatus",
    "Event",
    "LoginThrottle",
    "Message",
    "OutboxEntry",
    "OutboxStatus",
    "Outcome",
    "PartnerNotice",
    "PartnerRecoveryCode",
    "PartnerSession",
    "PartnerUser",
    "Presence",
    "RateCounter",
    "RecoveryCode",
    "Referral",
    "ReferralEvent",
    "ReferralFacts",
    "ReferralStatus",
    "Role",
    "StaffSession",
    "User",
    "VaultEntry",
]
