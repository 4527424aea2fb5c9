"""The partner worker's live view of a referred conversation (`WS /partner/referrals/{id}/live`),
with real websocket clients against a live server and PostgreSQL: the person's lines arrive
live; another organisation's worker, a colleague who did not join, a foreign Origin and no
session are refused before the upgrade; the end of the share closes the socket with its
reason; nothing of one referral reaches the worker of another."""

from __future__ import annotations

import json
from typing import Any

import pytest
from websockets.asyncio.client import ClientConnection
from websockets.exceptions import ConnectionClosed, InvalidStatus

from app.live import event_hub
from app.live.partner_frames import PARTNER_CHAT_FRAME, PartnerLineFrame
from app.referrals import partner_accounts
from app.storage.db import Database
from tests.e2e.clients import next_frame
from tests.live_server import LiveServer
from tests.referrals.live_portal import (
    accept_and_join,
    live_view,
    referred,
    say,
    supervisor,
    worker,
)


async def _frame(socket: ClientConnection, *, timeout: float = 10.0) -> dict[str, Any]:
    """The next frame but pings, checked against the published model."""
    frame = await next_frame(socket, skip=("ping",), timeout=timeout)
    PARTNER_CHAT_FRAME.validate_python(frame)
    return frame


async def _line_with(socket: ClientConnection, text: str) -> list[dict[str, Any]]:
    """Every line frame up to the first whose text holds `text`."""
    seen: list[dict[str, Any]] = []
    while True:
        frame = await _frame(socket)
        assert frame["type"] == "line", frame
        seen.append(frame)
        if text in frame["text"]:
            return seen


async def test_the_persons_line_reaches_the_worker_live_and_no_other_referrals_worker(
    live_server: LiveServer, database: Database
) -> None:
    staff = await supervisor(live_server, database)
    async with (
        referred(live_server, database, staff, "mon patron garde mon passeport") as first,
        referred(live_server, database, staff, "je dors dans la voiture") as second,
        worker(live_server, staff, first.organization, "marie@maison.example") as marie,
        worker(live_server, staff, second.organization, "paul@abri.example") as paul,
    ):
        await accept_and_join(marie, first.referral)
        await accept_and_join(paul, second.referral)
        async with (
            live_view(live_server, marie, first.referral) as mine,
            live_view(live_server, paul, second.referral) as theirs,
        ):
            assert await _frame(mine) == {"type": "hello", "after": 0}
            assert await _frame(theirs) == {"type": "hello", "after": 0}
            joined = await _frame(mine)  # the person was told who joined: the first line shared
            assert joined["direction"] == "out" and "Marie" in joined["text"]
            await say(first.caller, "merci, je vous écoute", "c2")
            lines = await _line_with(mine, "je vous écoute")
            assert lines[-1]["direction"] == "in"
            assert not any("passeport" in line["text"] for line in [joined, *lines])  # before joining
            # The other conversation's line comes after the first's: had the first leaked to
            # Paul, it would have arrived before his own.
            await say(second.caller, "la voiture est au parking", "c3")
            theirs_seen = await _line_with(theirs, "parking")
            assert not any("écoute" in line["text"] or "Marie" in line["text"] for line in theirs_seen)
            # The worker's own line comes back over the socket too.
            sent = await marie.client.post(
                f"/partner/referrals/{first.referral}/lines",
                data={"csrf_token": marie.csrf, "text": "Bonjour, ici Marie."},
            )
            assert sent.status_code == 201
            own = (await _line_with(mine, "ici Marie"))[-1]
            assert PartnerLineFrame.model_validate(own).text == "Marie: Bonjour, ici Marie."
            # Frames from the worker are not expected: one past 1 KB closes the socket.
            await mine.send(json.dumps({"type": "x", "pad": "x" * 2000}))
            with pytest.raises(ConnectionClosed) as closed:
                await _frame(mine)
            assert closed.value.rcvd is not None and closed.value.rcvd.code == 1009
    await staff.aclose()
    # Nothing personal in the server's log: no line, name or address of the hand-over.
    log = live_server.log_path.read_text(errors="replace")
    assert "/partner/referrals/" in log  # the log was written (the handshakes' lines)
    for private in ("je vous écoute", "parking", "ici Marie", "marie@maison.example", "paul@abri.example"):
        assert private not in log, private


async def test_another_organisation_a_colleague_a_foreign_origin_and_no_session_are_refused(
    live_server: LiveServer, database: Database
) -> None:
    staff = await supervisor(live_server, database)
    async with (
        referred(live_server, database, staff, "j'ai besoin d'un abri") as first,
        referred(live_server, database, staff, "j'ai peur de rentrer") as second,
        worker(live_server, staff, first.organization, "marie@maison.example") as marie,
        worker(live_server, staff, first.organization, "lea@maison.example") as colleague,
        worker(live_server, staff, second.organization, "paul@abri.example") as paul,
    ):
        await accept_and_join(marie, first.referral)
        await accept_and_join(paul, second.referral)
        refused = [
            (paul, first.referral, None),  # another organisation's worker, in a referral of their own
            (colleague, first.referral, None),  # same organisation, not the worker who joined
            (marie, first.referral, "https://evil.example"),
            (marie, first.referral, live_server.base_url.replace("http://", "https://")),  # other scheme
            (marie, second.referral, None),
        ]
        for who, referral, origin in refused:
            with pytest.raises(InvalidStatus) as status:
                async with live_view(live_server, who, referral, origin=origin):
                    pass
            assert status.value.response.status_code == 403, (who.organization, origin)
        for after in ("-1", "x", str(2**63)):  # not a line id
            with pytest.raises(InvalidStatus):
                async with live_view(live_server, marie, first.referral, after=after):
                    pass
        async with live_view(live_server, marie, first.referral, after="999999") as mine:
            assert await _frame(mine) == {"type": "hello", "after": 999999}  # the lines after it
        marie.client.cookies.clear()
        with pytest.raises(InvalidStatus) as status:
            async with live_view(live_server, marie, first.referral):
                pass
        assert status.value.response.status_code == 403
    await staff.aclose()


@pytest.mark.parametrize("end", ["revoke", "close", "leave"])
async def test_the_end_of_the_share_closes_the_socket_with_its_reason(
    live_server: LiveServer, database: Database, end: str
) -> None:
    staff = await supervisor(live_server, database)
    async with (
        referred(live_server, database, staff, "j'ai besoin d'un abri") as first,
        worker(live_server, staff, first.organization, "marie@maison.example") as marie,
    ):
        await accept_and_join(marie, first.referral)
        async with live_view(live_server, marie, first.referral) as mine:
            assert (await _frame(mine))["type"] == "hello"
            await _line_with(mine, "Marie")
            if end == "revoke":
                done = await staff.post(f"/api/referrals/{first.referral}/revoke", json={})
            elif end == "close":
                done = await staff.post(
                    f"/api/conversations/{first.conversation}/close", json={"outcome": "referred"}
                )
            else:
                done = await marie.client.post(
                    f"/partner/referrals/{first.referral}/leave", data={"csrf_token": marie.csrf}
                )
            assert done.status_code in (200, 303), done.text
            frame = await _frame(mine)
            reason = {"revoke": "consent_ended", "close": "conversation_closed", "leave": "left"}[end]
            assert frame == {"type": "closed", "reason": reason}
            with pytest.raises(ConnectionClosed) as closed:
                await mine.recv()
            assert closed.value.rcvd is not None and closed.value.rcvd.code == 1000
        # And the handshake is refused from then on.
        with pytest.raises(InvalidStatus):
            async with live_view(live_server, marie, first.referral):
                pass
    await staff.aclose()


async def test_a_logged_out_workers_socket_closes_at_once_and_a_chatty_client_is_closed(
    live_server: LiveServer, database: Database
) -> None:
    staff = await supervisor(live_server, database)
    async with (
        referred(live_server, database, staff, "j'ai besoin d'un abri") as first,
        worker(live_server, staff, first.organization, "marie@maison.example") as marie,
    ):
        await accept_and_join(marie, first.referral)
        async with live_view(live_server, marie, first.referral) as chatty:
            assert (await _frame(chatty))["type"] == "hello"
            for n in range(25):  # more than 20 frames in 10 s
                await chatty.send(json.dumps({"type": "ping", "n": n}))
            with pytest.raises(ConnectionClosed) as closed:
                while True:
                    await chatty.recv()
            assert closed.value.rcvd is not None and closed.value.rcvd.code == 1008
        async with live_view(live_server, marie, first.referral) as mine:
            assert (await _frame(mine))["type"] == "hello"
            await _line_with(mine, "Marie")
            out = await marie.client.post("/partner/logout", data={"csrf_token": marie.csrf})
            assert out.status_code == 303, out.text
            # Ending the sessions notifies every process: the socket closes (1008) at once, with
            # no event of the conversation and well before the 25 s heartbeat.
            with pytest.raises(ConnectionClosed) as closed:
                frame = await _frame(mine, timeout=5.0)
                raise AssertionError(f"sent after logout: {frame}")
            assert closed.value.rcvd is not None and closed.value.rcvd.code == 1008
    await staff.aclose()


def test_the_hub_listens_where_partner_sessions_are_ended() -> None:
    assert event_hub.PARTNER_SESSIONS_CHANNEL == partner_accounts.ENDED_CHANNEL
