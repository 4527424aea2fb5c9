"""A night shift in headless Chromium (issue 14 point 12), as one scenario: two operators and a
supervisor logged in at once; a standard web chat waits; an emergency SMS arrives through
Twilio's signed webhook and stands above the chat in all three consoles within one second of
the webhook's answer; operator A takes it and operator B's reply is refused (409, said in B's
page); A replies, writes a note and hands it to B with a note; the supervisor watches it
read-only and whispers, and only its owner sees the whisper; B's console websocket is cut and
restored and shows every message exactly once; B closes it; an administrator deactivates A,
whose web chat waits again; the statistics show "<10". Presence and load reach the supervisor
room live. Takes the README's pictures of the console,
the room and the statistics (`make screenshots`)."""

from __future__ import annotations

import asyncio
import re
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import urlencode

import httpx
import pytest
from playwright.async_api import Browser, Locator, Page, WebSocketRoute, expect

from app.models import Role
from app.storage.db import Database
from tests.browsers import IN_SESSION_LOOP, browser, database, operator  # noqa: F401 - fixtures
from tests.channels.conftest import (  # noqa: F401 - fixtures
    channel_env,
    fake_telegram,
    fake_twilio,
    sign,
    twilio_sms_example,
)
from tests.conftest import OPERATOR_PASSWORD
from tests.e2e import screenshots
from tests.e2e.clients import login
from tests.e2e.test_browser import log_in, new_page, until_true
from tests.factories import make_user, receive
from tests.fakes.telegram_api import FakeTelegram
from tests.fakes.twilio_api import FakeTwilio
from tests.live_server import LiveServer

pytestmark = [pytest.mark.browser, IN_SESSION_LOOP, pytest.mark.usefixtures("operator")]

BOB = "bob@example.org"
BOSS = "boss@example.org"
ADMIN = "admin@example.org"
EMERGENCY = "au secours il va me tuer"
WHISPER = "Propose-lui un hébergement d'urgence ce soir."

# The page's own clock (Date.now) when the queue first showed the emergency above the chat.
QUEUE_ORDER = """() => { const rows = document.querySelectorAll('#queue li.queue-item');
  return rows.length === 2 && rows[0].dataset.urgency === 'emergency'
    && rows[1].dataset.urgency === 'standard'; }"""
ROOM_ORDER = """() => { const rows = document.querySelectorAll('#live-conversations tbody tr');
  return rows.length === 2 && rows[0].querySelector('.urgency-emergency') !== null
    && rows[1].querySelector('.urgency-standard') !== null; }"""


@pytest.fixture
def site(
    database_url: str,
    tmp_path: Path,
    fake_twilio: FakeTwilio,
    fake_telegram: FakeTelegram,
) -> Iterator[LiveServer]:
    env = {**channel_env(fake_twilio, fake_telegram), "HOTLINE_OUTBOX_POLL_SECONDS": "0.1"}
    server = LiveServer(database_url, tmp_path / "server.log", **env).start()
    yield server
    server.stop()


class ConsoleSocket:
    """A console's websocket routed through the test: the server's frames can be held back,
    and the socket cut (every reconnection refused) until it is restored."""

    def __init__(self) -> None:
        self.open: list[tuple[WebSocketRoute, WebSocketRoute]] = []
        self.held: list[tuple[WebSocketRoute, str | bytes]] | None = None
        self.refusing = False
        self.refused = 0

    async def route(self, page_side: WebSocketRoute) -> None:
        if self.refusing:
            self.refused += 1
            await page_side.close(code=1013, reason="cut by the test")
            return
        server_side = page_side.connect_to_server()
        server_side.on_message(lambda frame: self._deliver(page_side, frame))
        self.open.append((page_side, server_side))

    def _deliver(self, page_side: WebSocketRoute, frame: str | bytes) -> None:
        if self.held is not None:
            self.held.append((page_side, frame))
        else:
            page_side.send(frame)

    def hold(self) -> None:
        self.held = []

    def release(self) -> None:
        held, self.held = self.held or [], None
        for page_side, frame in held:
            page_side.send(frame)

    async def cut(self) -> None:
        self.refusing = True
        for page_side, server_side in self.open:
            await page_side.close(code=1012, reason="cut by the test")
            await server_side.close()
        self.open = []

    def restore(self) -> None:
        self.refusing = False


async def text_in(site: LiveServer, body: str) -> float:
    """The caller's SMS through Twilio's signed webhook; the time of its answer (ms, epoch)."""
    params = twilio_sms_example(Body=body, MessageSid=f"SM{uuid.uuid4().hex}")
    url = site.base_url + "/channels/twilio/sms"
    async with httpx.AsyncClient() as http:
        response = await http.post(
            url,
            content=urlencode(params),
            headers={
                "Content-Type": "application/x-www-form-urlencoded",
                "X-Twilio-Signature": sign(url, params),
            },
        )
    answered = time.time() * 1000
    assert response.status_code == 200, response.text
    return answered


async def watch(page: Page, condition: str) -> None:
    """Note in the page the moment `condition` first holds (the page's own clock)."""
    await page.evaluate(f"""() => {{
        const holds = {condition};
        window.hotlineSeenAt = null;
        const check = () => {{
            if (window.hotlineSeenAt === null && holds()) window.hotlineSeenAt = Date.now(); }};
        new MutationObserver(check).observe(document.body,
            {{subtree: true, childList: true, attributes: true, characterData: true}});
        check();
    }}""")


async def seen_after(page: Page, answered: float) -> float:
    await until_true(page, "window.hotlineSeenAt !== null", seconds=5)
    seen = await page.evaluate("window.hotlineSeenAt")
    assert isinstance(seen, int | float)
    return float(seen) - answered


async def tab_to(page: Page, selector: str, *, limit: int = 40) -> None:
    """Press Tab until `selector` has the focus, as a keyboard user would."""
    for _ in range(limit):
        await page.keyboard.press("Tab")
        if await page.evaluate("(s) => document.activeElement === document.querySelector(s)", selector):
            return
    raise AssertionError(f"{selector} never got the keyboard focus")


async def focus_is_visible(page: Page) -> bool:
    outline = await page.evaluate(
        "() => { const s = getComputedStyle(document.activeElement);"
        " return [s.outlineStyle, s.outlineWidth]; }"
    )
    return bool(outline[0] != "none" and outline[1] != "0px")


async def message_ids(page: Page) -> list[str]:
    ids = await page.locator("#messages li[data-message-id]").evaluate_all(
        "(items) => items.map((item) => item.getAttribute('data-message-id'))"
    )
    return [str(value) for value in ids]


async def until(predicate: Callable[[], bool], *, seconds: float = 10.0) -> None:
    """Poll a condition of the test's own (what `until_true` does for the page's)."""
    deadline = asyncio.get_running_loop().time() + seconds
    while not predicate():
        assert asyncio.get_running_loop().time() < deadline, f"still false after {seconds} s"
        await asyncio.sleep(0.05)


def staff_row(room: Page, email: str) -> Locator:
    return room.locator("#staff-load tbody tr", has_text=email)


class TestNightShift:
    async def test_two_operators_and_a_supervisor_work_an_emergency_sms(
        self,
        browser: Browser,
        site: LiveServer,
        operator: str,
        database: Database,
        fake_twilio: FakeTwilio,
        tmp_path: Path,
    ) -> None:
        await make_user(database, email=BOB, password=OPERATOR_PASSWORD)
        await make_user(database, email=BOSS, password=OPERATOR_PASSWORD, role=Role.supervisor)
        await make_user(database, email=ADMIN, password=OPERATOR_PASSWORD, role=Role.admin)
        chat = await receive(database, "Bonjour, une question sur mes droits")

        alice = await new_page(browser, locale="en-CA")
        await log_in(alice, site, operator)
        bob = await new_page(browser, locale="en-CA")
        bob_socket = ConsoleSocket()
        await bob.route_web_socket("**/console/ws*", bob_socket.route)
        await log_in(bob, site, BOB)
        room = await new_page(browser, locale="fr-CA")
        await log_in(room, site, BOSS)
        await room.goto(f"{site.base_url}/console/supervisor")
        await expect(room.locator("#console-status")).to_have_text("Mises à jour en direct actives")

        # Only supervisors have the room.
        assert await alice.locator("#supervisor-link").count() == 0
        assert (await alice.request.get(f"{site.base_url}/console/supervisor")).status == 403

        # Presence is live in the room.
        await alice.select_option("#my-presence", "busy")
        await expect(staff_row(room, operator).locator(".staff-presence")).to_have_text("Occupé·e")

        # The emergency SMS stands above the waiting chat in all three, within one second.
        await alice.click("#queue-heading")  # the operator has used the page: sound may play
        for page, condition in ((alice, QUEUE_ORDER), (bob, QUEUE_ORDER), (room, ROOM_ORDER)):
            await expect(page.locator("#queue li.queue-item, #live-conversations tbody tr")).to_have_count(1)
            await watch(page, condition)
        answered = await text_in(site, EMERGENCY)
        delays = [await seen_after(page, answered) for page in (alice, bob, room)]
        assert max(delays) < 1000, delays
        banner = alice.locator("#emergency-banner")
        await expect(banner).to_be_visible()
        assert await banner.get_attribute("role") == "alert"  # read out by screen readers
        await expect(banner).to_contain_text("Emergency:")
        await expect(banner).to_contain_text("Text (SMS)")
        assert await alice.evaluate("document.body.getAttribute('data-last-chime')")  # the tones
        sms = await alice.locator("#queue li.queue-item").first.get_attribute("data-conversation-id")
        assert sms and sms != chat.conversation_id

        # B opens it too; A takes it while B's page has not heard yet: B's reply is refused.
        await bob.goto(f"{site.base_url}/console?c={sms}")
        await expect(bob.locator("#reply-text")).to_be_enabled()
        bob_socket.hold()
        await alice.goto(f"{site.base_url}/console?c={sms}")
        await alice.click("#take-conversation")
        await expect(alice.locator("#ownership-state")).to_contain_text("You have taken")
        await alice.click("#mark-safe")
        await expect(alice.locator("#reply-safety-state")).to_have_text("Safe to reply.")
        await bob.fill("#reply-text", "I can help you too.")
        async with bob.expect_response(
            lambda r: r.url.endswith("/messages") and r.request.method == "POST"
        ) as refused:
            await bob.keyboard.press("Control+Enter")
        assert (await refused.value).status == 409
        await expect(bob.locator("#reply-error")).to_have_text(
            "Another operator has taken this conversation: only they can reply."
        )
        await expect(bob.locator("#reply-text")).to_be_disabled()
        bob_socket.release()
        await expect(bob.locator("#ownership-state")).to_contain_text(operator)
        await expect(staff_row(room, operator).locator(".staff-load")).to_have_text("1")

        # A replies and writes a note from the keyboard ("r", "m"), then hands over ("t").
        await alice.locator("#reply-text").blur()
        await alice.locator("body").press("r")
        await expect(alice.locator("#reply-text")).to_be_focused()
        await alice.keyboard.type("You are in the right place.")
        await alice.keyboard.press("Control+Enter")
        await expect(alice.locator("#messages li.out .message-text").last).to_have_text(
            "You are in the right place."
        )
        await alice.locator("#reply-text").blur()
        await alice.locator("body").press("m")
        await expect(alice.locator("#note-text")).to_be_focused()
        await alice.keyboard.type("Call back Marie Tremblay at 514-555-0199")
        await alice.keyboard.press("Control+Enter")
        await expect(alice.locator("#messages li.note")).to_have_count(1)
        await expect(alice.locator("#messages li.note")).not_to_contain_text("Tremblay")
        await expect(bob.locator("#messages li.note")).to_have_count(1)  # live, redacted too
        await alice.locator("#note-text").blur()
        await alice.locator("body").press("?")
        await expect(alice.locator("#shortcuts-dialog")).to_contain_text("Next conversation")
        await alice.keyboard.press("Escape")
        await expect(alice.locator("#shortcuts-dialog")).to_be_hidden()
        await alice.locator("body").press("t")
        await expect(alice.locator("#transfer-dialog")).to_be_visible()
        await alice.select_option("#transfer-to", label=f"{BOB} (Available, 0 open)")
        await alice.fill("#transfer-note", "Night shift handover")
        await alice.click("#transfer-submit")
        await expect(alice.locator("#reply-text")).to_be_disabled()
        await expect(bob.locator("#reply-text")).to_be_enabled()
        await expect(bob.locator("#ownership-state")).to_contain_text("You have taken")
        await expect(bob.locator("#messages li.note")).to_have_count(2)
        await expect(staff_row(room, BOB).locator(".staff-load")).to_have_text("1")
        await expect(staff_row(room, operator).locator(".staff-load")).to_have_text("0")
        await bob.evaluate("window.scrollTo(0, 0)")
        await screenshots.save(bob, "console-shift.png", tmp_path, full_page=False)

        # The supervisor follows it read-only, from the keyboard, and whispers to its owner.
        await tab_to(room, ".monitor-link")  # the first: the emergency
        assert await focus_is_visible(room)
        await room.keyboard.press("Enter")
        await expect(room.locator("#messages li.in")).to_contain_text(EMERGENCY)
        await expect(room.locator("#reply-text")).to_have_count(0)
        await tab_to(room, "#whisper-text")
        await room.keyboard.type(WHISPER)
        await room.keyboard.press("Control+Enter")
        await expect(room.locator("#messages li.whsp")).to_contain_text(WHISPER)
        await expect(bob.locator("#messages li.whsp")).to_contain_text(WHISPER)  # the owner
        await room.evaluate("window.scrollTo(0, 0)")
        await screenshots.save(room, "supervisor-room.png", tmp_path)

        # B's websocket is cut; the caller writes twice meanwhile; it comes back.
        await bob_socket.cut()
        await expect(bob.locator("#console-status")).to_contain_text("interrupted")
        await text_in(site, "Il a pris mon passeport aussi")
        await text_in(site, "Je suis encore là, merci")
        await expect(alice.locator("#messages li.in")).to_have_count(3)  # A's console, live
        await expect(alice.locator("#messages li.whsp")).to_have_count(0)  # not A's whisper
        await until(lambda: bob_socket.refused > 0)  # B's console tried again and was refused
        await expect(bob.locator("#messages li.in")).to_have_count(1)
        bob_socket.restore()
        await expect(bob.locator("#console-status")).to_have_text("Live updates on")
        await expect(bob.locator("#messages li.in")).to_have_count(3)
        listed = await bob.request.get(f"{site.base_url}/api/conversations/{sms}/messages")
        stored = await listed.json()
        shown = await message_ids(bob)
        assert sorted(shown) == sorted(str(message["id"]) for message in stored)  # each once
        assert WHISPER not in " ".join(sent["Body"] for sent in fake_twilio.sent)  # never the caller

        # B closes it with an outcome ("c"); it leaves A's queue.
        await bob.locator("#reply-text").blur()
        await bob.locator("body").press("c")
        await expect(bob.locator("#close-outcome")).to_be_focused()
        await bob.select_option("#close-outcome", "referred")
        await bob.fill("#close-tags", "labour, documents")
        bob.once("dialog", lambda dialog: dialog.accept())
        await bob.click("#close-conversation")
        await expect(bob).to_have_url(f"{site.base_url}/console")
        await expect(alice.locator(f'#queue li[data-conversation-id="{sms}"]')).to_have_count(0)
        await expect(staff_row(room, BOB).locator(".staff-load")).to_have_text("0")

        # A takes the web chat, then an administrator deactivates A: the chat waits again for
        # anyone, A leaves the room, A's console is cut off.
        await alice.goto(f"{site.base_url}/console?c={chat.conversation_id}")
        await alice.click("#take-conversation")
        await expect(staff_row(room, operator).locator(".staff-load")).to_have_text("1")
        chat_row = bob.locator(f'#queue li[data-conversation-id="{chat.conversation_id}"]')
        await expect(chat_row.locator(".queue-assigned")).to_contain_text(operator)
        alice_id = await staff_row(room, operator).get_attribute("data-user-id")
        admin = await login(site, ADMIN)
        try:
            assert (await admin.post(f"/api/users/{alice_id}/deactivate", json={})).json() == {
                "released": [chat.conversation_id]
            }
        finally:
            await admin.aclose()
        await expect(staff_row(room, operator)).to_have_count(0)
        await expect(chat_row).to_have_attribute("data-status", "waiting")
        await expect(chat_row.locator(".queue-assigned")).to_have_count(0)
        # A's open console does not retry for ever: it finds its login gone and goes to the
        # login page, which brings A back to the same conversation after a new login.
        await expect(alice).to_have_url(re.compile(r"/console/login\?next=%2Fconsole%3Fc%3D"))

        # The statistics count codes only, and a small count reads "<10".
        await room.goto(f"{site.base_url}/console/stats")
        await expect(room.locator("#stats-total")).to_have_text("<10")
        await expect(room.locator("#stats-referrals-sent")).to_have_text("<10")
        await expect(room.locator("svg.chart").first).to_be_visible()
        await tab_to(room, "#stats-month")
        assert await focus_is_visible(room)
        await screenshots.save(room, "stats.png", tmp_path)
