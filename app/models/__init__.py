"""All tables; importing this package registers them on SQLModel.metadata."""

import directory.tables  # noqa: F401  (registers the hsds_* tables on the same metadata)
from app.models.audit_entry import AuditEntry
from app.models.call import Call, CallEvent, CallStatus
from app.models.contact import Contact, VaultEntry
from app.models.conversation import Conversation, ConversationStatus
from app.models.event import Event
from app.models.message import Message
from app.models.outbox import OutboxEntry, OutboxStatus
from app.models.staff_session import LoginThrottle, RecoveryCode, StaffSession
from app.models.user import Role, User

__all__ = [
    "AuditEntry",
    "Call",
    "CallEvent",
    "CallStatus",
    "Contact",
    "Conversation",
    "ConversationStatus",
    "Event",
    "LoginThrottle",
    "Message",
    "OutboxEntry",
    "OutboxStatus",
    "RecoveryCode",
    "Role",
    "StaffSession",
    "User",
    "VaultEntry",
]
