"""Fixtures of the referral tests: a local SMTP server (aiosmtpd) that keeps what it receives."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any

import pytest
from aiosmtpd.controller import Controller

from tests.live_server import free_port


class Inbox:
    def __init__(self) -> None:
        self.messages: list[tuple[list[str], bytes]] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.messages.append((list(envelope.rcpt_tos), bytes(envelope.content)))
        return "250 OK"


@pytest.fixture
def smtp() -> Iterator[tuple[Inbox, int]]:
    # The server's thread logs each connection's end at INFO, sometimes after pytest has closed
    # the stream it captured ("--- Logging error ---" in the run's output): only its warnings.
    logging.getLogger("mail.log").setLevel(logging.WARNING)
    inbox, port = Inbox(), free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    yield inbox, port
    controller.stop()
