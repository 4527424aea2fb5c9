"""Signed, expiring links to one referral in the partner portal.

A link names the referral and its organisation and says until when it works, under an
HMAC-SHA256 of the server's secret: a forged, altered or expired link is refused before any
lookup, and it carries nothing about the caller. It only leads to the referral: the partner
still logs in, and a partner user of another organisation is refused.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime

_LABEL = b"hotline.partner-link.v1"


@dataclass(frozen=True, slots=True)
class LinkTarget:
    referral_id: uuid.UUID
    organization_id: str


def _key(secret: str) -> bytes:
    return hmac.new(secret.encode(), _LABEL, hashlib.sha256).digest()


def _mac(secret: str, payload: bytes) -> bytes:
    return hmac.new(_key(secret), payload, hashlib.sha256).digest()[:20]


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def sign(secret: str, *, referral_id: uuid.UUID, organization_id: str, expires_at: datetime) -> str:
    payload = f"{referral_id}|{organization_id}|{int(expires_at.timestamp())}".encode()
    return f"{_b64(payload)}.{_b64(_mac(secret, payload))}"


def verify(secret: str, token: str, *, now: datetime | None = None) -> LinkTarget | None:
    """The referral a link names, or None when forged, altered, malformed or expired."""
    try:
        encoded, signature = token.split(".", 1)
        payload, mac = _unb64(encoded), _unb64(signature)
        if not hmac.compare_digest(mac, _mac(secret, payload)):
            return None
        referral, rest = payload.decode().split("|", 1)
        organization, expires = rest.rsplit("|", 1)
        if int(expires) <= (now or datetime.now(UTC)).timestamp():
            return None
        return LinkTarget(uuid.UUID(referral), organization)
    except (ValueError, UnicodeDecodeError):
        return None
