"""The channel adapters this platform runs: adding a channel is one line here.

Each adapter gets the settings by name and the core's interface; the rest of the app
never names a provider.
"""

from __future__ import annotations

from collections.abc import Sequence

import channels.telegram
import channels.twilio
import channels.webchat
from app.domain import CallControl, ChannelKind
from app.settings import Settings
from channels.base import AdapterFactory, ChannelAdapter, Sender

ADAPTERS: tuple[AdapterFactory, ...] = (
    channels.twilio.adapter,
    channels.telegram.adapter,
    channels.webchat.adapter,
)


def build_adapters(settings: Settings) -> list[ChannelAdapter]:
    values = settings.model_dump()
    return [factory(values) for factory in ADAPTERS]


def build_senders(adapters: Sequence[ChannelAdapter]) -> dict[ChannelKind, Sender]:
    """The senders of the configured channels, by the kinds of message each carries."""
    senders: dict[ChannelKind, Sender] = {}
    for adapter in adapters:
        sender = adapter.build_sender()
        if sender is not None:
            for kind in sender.kinds:
                senders[kind] = sender
    return senders


async def close_senders(senders: dict[ChannelKind, Sender]) -> None:
    for sender in set(senders.values()):
        await sender.close()


def find_call_control(adapters: Sequence[ChannelAdapter]) -> CallControl | None:
    """The configured voice provider's calls (the first, if several were)."""
    for adapter in adapters:
        control = adapter.build_call_control()
        if control is not None:
            return control
    return None
