"""Twilio SMS and WhatsApp payloads: an inbound message form into an `InboundMessage`, a
status callback into a `DeliveryReport`. WhatsApp runs over the same API: its addresses
carry a `whatsapp:` prefix."""

from __future__ import annotations

from collections.abc import Mapping

from app.domain import ChannelKind, DeliveryReport, InboundMessage
from channels.base import MalformedPayload

SMS_PATH = "/channels/twilio/sms"
STATUS_PATH = "/channels/twilio/status"
WHATSAPP_PREFIX = "whatsapp:"
MAX_MEDIA = 10
MAX_TEXT = 4000


def _single(params: Mapping[str, str | list[str]], name: str) -> str:
    value = params.get(name, "")
    if isinstance(value, list):
        raise MalformedPayload(f"{name} given more than once")
    return value


def _media_note(params: Mapping[str, str | list[str]]) -> str:
    """`[media: 2 (image/jpeg, audio/ogg)]`: count and types only, the media is never fetched."""
    raw = _single(params, "NumMedia") or "0"
    if not (len(raw) <= 4 and raw.isascii() and raw.isdigit()):  # "²" is a digit int() refuses
        raise MalformedPayload("NumMedia is not a number")
    count = int(raw)
    if count == 0:
        return ""
    types = []
    for index in range(min(count, MAX_MEDIA)):
        kind = _single(params, f"MediaContentType{index}")[:64]
        types.append(kind if kind and all(ch.isalnum() or ch in "/.+-" for ch in kind) else "unknown")
    return f"[media: {count} ({', '.join(types)})]"


def _sid(params: Mapping[str, str | list[str]]) -> str:
    """Twilio's message id: letters and digits (SM..., MM...), at most 64."""
    sid = _single(params, "MessageSid") or _single(params, "SmsSid")
    if not sid or len(sid) > 64 or not (sid.isascii() and sid.isalnum()):
        raise MalformedPayload("MessageSid is missing or malformed")
    return sid


def parse_inbound(params: Mapping[str, str | list[str]]) -> InboundMessage:
    sid = _sid(params)
    sender = _single(params, "From").strip()
    if not sender:
        raise MalformedPayload("From is missing")
    if not sender.isprintable():
        raise MalformedPayload("From holds control characters")
    channel = ChannelKind.whatsapp if sender.startswith(WHATSAPP_PREFIX) else ChannelKind.sms
    body = _single(params, "Body")
    note = _media_note(params)
    text = "\n".join(part for part in (body, note) if part) or "[no text]"
    if len(text) > MAX_TEXT:
        text = text[:MAX_TEXT]
    return InboundMessage(channel=channel, address=sender, text=text, provider_id=sid)


KNOWN_STATUSES = frozenset(
    {
        "accepted",
        "scheduled",
        "queued",
        "sending",
        "sent",
        "delivered",
        "undelivered",
        "failed",
        "read",
        "receiving",
        "received",
        "canceled",
    }
)


def parse_status(params: Mapping[str, str | list[str]], *, key: str | None = None) -> DeliveryReport:
    sid = _sid(params)
    status = (_single(params, "MessageStatus") or _single(params, "SmsStatus")).lower()
    if status not in KNOWN_STATUSES:
        raise MalformedPayload("MessageStatus is missing or unknown")
    code = _single(params, "ErrorCode")
    digits = len(code) <= 10 and code.isascii() and code.isdigit()  # Twilio's codes have 5
    return DeliveryReport(sid, status, code if digits else None, key=key)
