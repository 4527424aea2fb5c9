"""The provider channels this process can send through, built from the settings."""

from __future__ import annotations

from app.domain import ChannelKind
from app.settings import Settings
from channels.base import Channel
from channels.telegram import TelegramChannel
from channels.twilio_sms import STATUS_PATH, TwilioChannel, webhook_url


def twilio_status_callback(settings: Settings) -> str:
    return webhook_url(settings.public_url, STATUS_PATH)


def build(settings: Settings) -> dict[ChannelKind, Channel]:
    channels: dict[ChannelKind, Channel] = {}
    timeout = settings.outbox_send_timeout_seconds
    if settings.twilio_account_sid and settings.twilio_auth_token and settings.twilio_from:
        status_url = twilio_status_callback(settings)
        twilio = TwilioChannel(
            account_sid=settings.twilio_account_sid,
            auth_token=settings.twilio_auth_token.get_secret_value(),
            sender=settings.twilio_from, api_base=settings.twilio_api_base, timeout=timeout,
            # The idempotency key in the callback URL finds the message even before the
            # provider's id is recorded.
            status_callback=lambda key: f"{status_url}?k={key}",
        )
        for kind in twilio.kinds:
            channels[kind] = twilio
    if settings.telegram_bot_token:
        telegram = TelegramChannel(token=settings.telegram_bot_token.get_secret_value(),
                                   api_base=settings.telegram_api_base, timeout=timeout)
        channels[ChannelKind.telegram] = telegram
    return channels


async def close_all(channels: dict[ChannelKind, Channel]) -> None:
    for channel in set(channels.values()):
        await channel.close()
