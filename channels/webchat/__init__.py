"""The public web chat: `WS /channels/webchat/ws`, the page's live connection. It has no
provider and no sender of its own: replies reach the visitor over the same socket."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from fastapi import APIRouter

from app.domain import CallControl, Core
from channels.base import ChannelAdapter, Sender
from channels.webchat.connection import build_router


class WebchatAdapter:
    name = "webchat"

    def __init__(self, public_url: str) -> None:
        self.public_url = public_url

    def build_router(self, core: Core) -> APIRouter:
        return build_router(core, public_url=self.public_url)

    def build_call_control(self) -> CallControl | None:
        return None

    def build_sender(self) -> Sender | None:
        return None


def adapter(settings: Mapping[str, Any]) -> ChannelAdapter:
    return WebchatAdapter(str(settings.get("public_url", "")))
