"""Sending one partner notice by the directory's channel: SMS through the Twilio sender,
e-mail through SMTP (aiosmtplib), or a webhook POST signed with HMAC-SHA256.

Webhook signature: header `X-Hotline-Signature: t=<unix time>,v1=<hex>` where `<hex>` is
HMAC-SHA256(HOTLINE_PARTNER_WEBHOOK_SECRET, "<t>." + body); the body is JSON with the event,
the referral id, the portal link, the deadline, an idempotency key (the same on retries), and the
notice's words (`text`) with their language (`language`), the organisation's notice language.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from collections.abc import Mapping
from dataclasses import dataclass
from email.message import EmailMessage

import aiosmtplib
import httpx

from app.domain import ChannelKind, OutboundMessage
from app.referrals import notice_texts, webhook_address
from app.settings import Settings
from channels.base import DeliveryFailed, Sender

SIGNATURE_HEADER = "X-Hotline-Signature"


@dataclass(frozen=True, slots=True)
class Notice:
    kind: str
    method: str
    target: str | None
    referral_id: str
    link: str
    deadline: str
    idempotency_key: str
    language: str  # of the words: the organisation's notice language or the hotline's default


def signature(secret: str, body: bytes, *, timestamp: int) -> str:
    mac = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()
    return f"t={timestamp},v1={mac}"


class NoticeSender:
    def __init__(
        self,
        settings: Settings,
        *,
        senders: Mapping[ChannelKind, Sender],
        http: httpx.AsyncClient,
        timeout: float = 10.0,
    ) -> None:
        self._settings = settings
        self._senders = senders
        self._http = http
        self._timeout = timeout

    async def send(self, notice: Notice) -> None:
        """Raises `DeliveryFailed` with a code (never the target) when it did not go."""
        if not notice.target:
            raise DeliveryFailed("no_notification_target", retry=False)
        if notice.method == "sms":
            await self._sms(notice)
        elif notice.method == "email":
            await self._email(notice)
        elif notice.method == "webhook":
            await self._webhook(notice)
        else:
            raise DeliveryFailed("unknown_method", retry=False)

    def _text(self, notice: Notice) -> str:
        return notice_texts.text(
            self._settings,
            kind=notice.kind,
            link=notice.link,
            deadline=notice.deadline,
            language=notice.language,
        )

    async def _sms(self, notice: Notice) -> None:
        sender = self._senders.get(ChannelKind.sms)
        if sender is None:
            raise DeliveryFailed("sms_not_configured", retry=False)
        await sender.send(
            OutboundMessage(
                channel=ChannelKind.sms,
                address=notice.target or "",
                text=self._text(notice),
                idempotency_key=notice.idempotency_key,
            )
        )

    async def _email(self, notice: Notice) -> None:
        settings = self._settings
        if not settings.smtp_host or not settings.smtp_from:
            raise DeliveryFailed("smtp_not_configured", retry=False)
        target = notice.target or ""
        if not target.strip() or "\r" in target or "\n" in target:  # no header can be slipped in
            raise DeliveryFailed("email_address_invalid", retry=False)
        message = EmailMessage()
        message["From"] = settings.smtp_from
        message["To"] = target
        message["Subject"] = notice_texts.subject(settings, language=notice.language)
        message["Message-ID"] = f"<{notice.idempotency_key}@hotline>"
        message.set_content(self._text(notice))
        message["Content-Language"] = notice.language  # after set_content, which clears Content-*
        password = settings.smtp_password.get_secret_value() if settings.smtp_password else None
        try:
            await aiosmtplib.send(
                message,
                hostname=settings.smtp_host,
                port=settings.smtp_port,
                username=settings.smtp_user,
                password=password,
                timeout=self._timeout,
            )
        except aiosmtplib.SMTPRecipientsRefused as exc:
            raise DeliveryFailed("smtp_recipient_refused", retry=False) from exc
        except (aiosmtplib.SMTPException, OSError) as exc:
            raise DeliveryFailed(f"smtp_{type(exc).__name__}", retry=True) from exc

    async def _webhook(self, notice: Notice) -> None:
        secret = self._settings.partner_webhook_secret
        if secret is None:
            raise DeliveryFailed("webhook_secret_not_configured", retry=False)
        body = json.dumps(
            {
                "event": f"referral.{notice.kind}",
                "referral_id": notice.referral_id,
                "link": notice.link,
                "acknowledge_by": notice.deadline or None,
                "idempotency_key": notice.idempotency_key,
                "language": notice.language,
                "text": self._text(notice),
            },
            separators=(",", ":"),
        ).encode()
        headers = {
            "Content-Type": "application/json",
            "Idempotency-Key": notice.idempotency_key,
            SIGNATURE_HEADER: signature(secret.get_secret_value(), body, timestamp=int(time.time())),
        }
        address = await webhook_address.checked(
            notice.target or "", private_hosts=self._settings.partner_webhook_private_hosts
        )
        headers["Host"] = address.host_header
        try:
            response = await self._http.post(
                address.url,
                content=body,
                headers=headers,
                timeout=self._timeout,
                extensions={"sni_hostname": address.host},
            )
        except httpx.HTTPError as exc:
            raise DeliveryFailed(f"webhook_{type(exc).__name__}", retry=True) from exc
        if response.status_code >= 500 or response.status_code == 429:
            raise DeliveryFailed(f"webhook_http_{response.status_code}", retry=True)
        if response.status_code >= 400:
            raise DeliveryFailed(f"webhook_http_{response.status_code}", retry=False)
