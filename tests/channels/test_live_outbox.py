"""Real `hotline serve` processes: a reply committed, the process SIGKILLed before sending,
a new process started: the reply is delivered, once. Logs hold no phone number."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path
from urllib.parse import urlencode

import httpx
import pytest

from tests.channels.conftest import CALLER, channel_env, sign, twilio_sms_example
from tests.e2e.clients import login
from tests.fakes.telegram_api import FakeTelegram
from tests.fakes.twilio_api import FakeTwilio
from tests.live_server import LiveServer

pytestmark = pytest.mark.usefixtures("operator")


def start(
    database_url: str, log: Path, env: dict[str, str], *, worker: bool, port: int | None = None
) -> LiveServer:
    server = LiveServer(
        database_url,
        log,
        **env,
        HOTLINE_OUTBOX_WORKER="true" if worker else "false",
        HOTLINE_OUTBOX_POLL_SECONDS="0.1",
    )
    if port is not None:  # same public URL as before: Twilio signs it
        server.port, server.base_url = port, f"http://127.0.0.1:{port}"
        server.env["HOTLINE_PUBLIC_URL"] = server.base_url
    return server.start()


async def wait_for(condition: object, timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():  # type: ignore[operator]
        if time.monotonic() > deadline:
            raise AssertionError("timed out")
        await asyncio.sleep(0.05)


async def test_killed_between_commit_and_send_delivers_once_after_restart(
    database_url: str, tmp_path: Path, operator: str, fake_twilio: FakeTwilio, fake_telegram: FakeTelegram
) -> None:
    env = channel_env(fake_twilio, fake_telegram)
    log = tmp_path / "server.log"
    # The first process commits but never sends: its worker is off, as if killed just before.
    first = start(database_url, log, env, worker=False)
    try:
        params = twilio_sms_example(Body="Please help, they took my phone")
        url = first.base_url + "/channels/twilio/sms"
        async with httpx.AsyncClient() as http:
            sms = await http.post(
                url,
                content=urlencode(params),
                headers={
                    "Content-Type": "application/x-www-form-urlencoded",
                    "X-Twilio-Signature": sign(url, params),
                },
            )
        assert sms.status_code == 200
        operator_http = await login(first, operator)
        conversation_id = (await operator_http.get("/api/conversations")).json()[0]["id"]
        patched = await operator_http.patch(
            f"/api/conversations/{conversation_id}", json={"safe_to_reply": True}
        )
        assert patched.status_code == 200
        reply = await operator_http.post(
            f"/api/conversations/{conversation_id}/messages", json={"text": "We can help. Are you safe now?"}
        )
        assert reply.status_code == 201
        await operator_http.aclose()
    finally:
        first.stop(kill=True)  # SIGKILL: no shutdown code runs
    assert fake_twilio.sent == []

    second = start(database_url, log, env, worker=True, port=first.port)
    third = start(database_url, log, env, worker=True)  # a second process drains the same outbox
    try:
        await wait_for(lambda: len(fake_twilio.sent) >= 2)
        await asyncio.sleep(1.0)  # time for any double send to show
        bodies = sorted(s["Body"] for s in fake_twilio.sent)
        assert len(bodies) == 2, bodies
        assert bodies.count("We can help. Are you safe now?") == 1
        assert all(s["To"] == CALLER for s in fake_twilio.sent)
    finally:
        second.stop()
        third.stop()
    text = log.read_text(errors="replace")
    assert "outbox message" in text  # the worker logged its sends...
    assert CALLER not in text and CALLER[2:] not in text  # ...without the number
    assert "they took my phone" not in text
