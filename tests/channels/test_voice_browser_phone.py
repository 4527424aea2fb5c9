"""The browser phone's client side in headless Chromium: the console page loads the vendored
Twilio Voice SDK from this server, asks /api/calls/browser-token for a token, constructs the
SDK's `Device` and the SDK really opens its signalling socket and publishes the token. The
socket is a local TLS WebSocket server this test starts: the SDK's `chunderw` option (its
signalling host, `wss://<chunderw>/signal`) is set to it by an init script that wraps the
SDK's `Device` constructor, since the console itself never sets it. Then, the call answered
(Twilio's webhook, simulated), the call panel's partner line and "leave the call" driven
from the keyboard."""

from __future__ import annotations

import asyncio
import datetime
import ipaddress
import json
import ssl
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import httpx
import jwt
import pytest
import pytest_asyncio
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from playwright.async_api import Browser, Playwright, expect
from websockets.asyncio.server import ServerConnection, serve

import directory
from app.storage.db import Database
from channels.twilio.voice import paths
from tests.browsers import CHROMIUM, CHROMIUM_ARGS, IN_SESSION_LOOP, database, operator  # noqa: F401
from tests.channels.conftest import channel_env, sign
from tests.channels.db_queries import rows
from tests.channels.test_twilio_voice import CALL, call_params
from tests.channels.test_twilio_voice_browser import API_KEY, API_SECRET, TWIML_APP
from tests.e2e.test_browser import log_in
from tests.fakes.telegram_api import FakeTelegram
from tests.fakes.twilio_api import FakeTwilio
from tests.live_server import LiveServer

pytestmark = [pytest.mark.browser, IN_SESSION_LOOP, pytest.mark.usefixtures("operator")]

# Runs before any page script: the SDK sets `Twilio.Device` only when it is not set yet, so
# a setter catches it and hands the page a subclass whose options point the signalling
# socket at the local server. Nothing else of the page or the SDK changes.
SIGNALLING_TO = """
(function (host) {
  var original = null, wrapped = null;
  window.Twilio = window.Twilio || {};
  Object.defineProperty(window.Twilio, "Device", {
    configurable: true,
    get: function () { return wrapped; },
    set: function (Device) {
      original = Device;
      wrapped = class extends original {
        constructor(token, options) { super(token, Object.assign({}, options, { chunderw: host })); }
      };
    }
  });
})(%s);
"""


class SignallingServer:
    """A TLS WebSocket server on 127.0.0.1 that keeps every JSON message it receives, and
    answers the first `listen` as Twilio does (`connected`, with the token's lifetime): one
    second here, so the SDK says at once that the token will expire."""

    def __init__(self, folder: Path) -> None:
        self.received: list[dict[str, Any]] = []
        self.paths: list[str] = []
        self.arrived = asyncio.Event()
        self.context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        self.context.load_cert_chain(*self_signed(folder))
        self.port = 0

    async def handle(self, connection: ServerConnection) -> None:
        self.paths.append(connection.request.path if connection.request else "")
        async for message in connection:
            self.received.append(json.loads(message))
            self.arrived.set()
            if len(self.listens()) == 1 and self.received[-1]["type"] == "listen":
                await connection.send(
                    json.dumps(
                        {
                            "type": "connected",
                            "payload": {"region": "gll", "token": {"identity": "operator", "ttl": 1}},
                        }
                    )
                )

    def listens(self) -> list[dict[str, Any]]:
        return [message for message in self.received if message["type"] == "listen"]


def self_signed(folder: Path) -> tuple[Path, Path]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now, hour = datetime.datetime.now(datetime.UTC), datetime.timedelta(hours=1)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - hour)
        .not_valid_after(now + hour)
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False
        )
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "signalling.pem", folder / "signalling.key"
    cert_path.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    return cert_path, key_path


# The console's policy lets the browser phone reach Twilio's hosts only (wss://*.twilio.com):
# the local signalling server gets a name under twilio.com that Chromium resolves here.
TWILIO_STAND_IN = "signal.test.twilio.com"


@pytest_asyncio.fixture(loop_scope="session")
async def browser(playwright_driver: Playwright) -> AsyncIterator[Browser]:
    launched = await playwright_driver.chromium.launch(
        executable_path=CHROMIUM,
        args=[*CHROMIUM_ARGS, f"--host-resolver-rules=MAP {TWILIO_STAND_IN} 127.0.0.1"],
    )
    yield launched
    await launched.close()


@pytest_asyncio.fixture(loop_scope="session")  # serves in the loop the test runs in
async def signalling(tmp_path: Path) -> AsyncIterator[SignallingServer]:
    server = SignallingServer(tmp_path)
    async with serve(server.handle, "127.0.0.1", 0, ssl=server.context) as running:
        server.port = int(next(iter(running.sockets)).getsockname()[1])
        yield server


@pytest.fixture
def site(
    database_url: str, tmp_path: Path, fake_twilio: FakeTwilio, fake_telegram: FakeTelegram
) -> Iterator[LiveServer]:
    env = {
        **channel_env(fake_twilio, fake_telegram),
        "HOTLINE_TWILIO_API_KEY_SID": API_KEY,
        "HOTLINE_TWILIO_API_KEY_SECRET": API_SECRET,
        "HOTLINE_TWILIO_TWIML_APP_SID": TWIML_APP,
        "HOTLINE_OUTBOX_WORKER": "false",
        "HOTLINE_RETENTION_WORKER": "false",
    }
    server = LiveServer(database_url, tmp_path / "server.log", **env).start(timeout=90)
    yield server
    server.stop(kill=True)


def twilio_calls(site: LiveServer, path: str, call_sid: str, **fields: str) -> httpx.Response:
    """A webhook as Twilio sends it to the hotline (signed for its public URL)."""
    params = call_params(call_sid, **fields)
    response = httpx.post(
        site.base_url + path,
        content=urlencode(params),
        headers={
            "Content-Type": "application/x-www-form-urlencoded",
            "X-Twilio-Signature": sign(site.base_url + path, params),
        },
    )
    assert response.status_code in (200, 204), (path, response.status_code)
    return response


async def test_browser_phone_publishes_the_minted_token_then_the_panel_transfers_by_keyboard(
    browser: Browser,
    site: LiveServer,
    operator: str,
    database: Database,
    fake_twilio: FakeTwilio,
    signalling: SignallingServer,
) -> None:
    async with database.transaction() as session:
        await directory.load_demo(session)
    for path, fields in (
        (paths.VOICE, {}),
        (paths.LANGUAGE, {"Digits": "2"}),
        (paths.QUEUE + "?lang=en", {"Digits": ""}),
    ):
        twilio_calls(site, path, CALL, **fields)

    context = await browser.new_context(locale="fr-CA", ignore_https_errors=True)
    await context.add_init_script(SIGNALLING_TO % json.dumps(f"{TWILIO_STAND_IN}:{signalling.port}"))
    page = await context.new_page()
    page.set_default_timeout(10_000)
    scripts: list[str] = []
    page.on(
        "request", lambda request: scripts.append(request.url) if request.resource_type == "script" else None
    )
    await log_in(page, site, operator)
    await page.locator("#queue li.queue-item a").first.click()
    await expect(page.locator("#call-panel")).to_be_visible()
    # The call panel's script (deferred, after the large SDK) binds the answer button: an
    # Enter pressed before it ran did nothing (one fresh-clone CI failure).
    await page.wait_for_load_state("load")
    await expect(page.locator("#reply-form")).to_have_count(0)  # a caller on the phone reads nothing
    assert any(url == f"{site.base_url}/static/vendor/twilio-voice-sdk/twilio.min.js" for url in scripts)
    assert all(url.startswith(site.base_url) for url in scripts), scripts  # never a CDN

    tokens: list[str] = []
    page.on(
        "response",
        lambda response: (
            tokens.append(response.url)
            if response.url.endswith("/api/calls/browser-token") and response.ok
            else None
        ),
    )
    async with page.expect_response("**/api/calls/browser-token") as minted:
        await page.locator("#call-answer-browser").focus()
        await page.keyboard.press("Enter")
    token = (await (await minted.value).json())["token"]
    await asyncio.wait_for(signalling.arrived.wait(), timeout=15)
    listen = signalling.listens()[0]
    assert listen["payload"]["token"] == token and signalling.paths[0] == "/signal"
    # The token about to expire, the console asks for a new one and hands it to the SDK, which
    # publishes it (the session still lives; after logout the request is refused: test above).
    for _ in range(100):
        if len(tokens) == 2 and len(signalling.listens()) >= 2:
            break
        await asyncio.sleep(0.1)
    assert len(tokens) == 2 and len(signalling.listens()) >= 2
    renewed = jwt.decode(signalling.listens()[1]["payload"]["token"], API_SECRET, algorithms=["HS256"])
    assert renewed["grants"]["voice"]["outgoing"]["application_sid"] == TWIML_APP
    me = (await rows(database, "SELECT id FROM users WHERE email = :email", email=operator))[0]["id"]
    grants = jwt.decode(token, API_SECRET, algorithms=["HS256"])["grants"]
    assert grants["identity"] == f"operator-{me}"
    assert grants["voice"]["outgoing"]["application_sid"] == TWIML_APP

    # Twilio would now call the TwiML App for this browser leg: the call is the operator's.
    conversation = (await rows(database, "SELECT id FROM conversations"))[0]["id"]
    twilio_calls(
        site,
        paths.BROWSER,
        "CA" + "4" * 32,
        From=f"client:operator-{me}",
        To="",
        conversation=str(conversation),
    )
    fake_twilio.start_conference(f"hotline-{CALL}")
    actions = page.locator("#call-actions")
    await expect(actions).to_be_visible()  # arrived live
    await expect(page.locator("#call-leave")).to_be_disabled()  # nobody to leave the caller with yet
    await page.locator("#call-partner-line").focus()
    await page.keyboard.press("Tab")  # to the caller's agreement
    await expect(page.locator("#call-partner-agreed")).to_be_focused()
    await page.keyboard.press("Space")
    await page.keyboard.press("Tab")
    await page.keyboard.press("Enter")
    await expect(page.locator("#call-action-status")).to_have_text(
        "La ligne est appelée dans la conversation. Présentez la personne appelante, puis quittez l'appel."
    )
    assert len(fake_twilio.participants) == 1
    await expect(page.locator("#call-leave")).to_be_enabled()
    await page.locator("#call-leave").focus()
    await page.keyboard.press("Enter")
    await expect(page.locator("#call-action-status")).to_have_text(
        "Vous avez quitté l'appel. La personne appelante et le partenaire poursuivent la conversation."
    )
    await expect(page.locator("#call-timeline li").last).to_have_attribute("data-step", "operator_left")
    await context.close()
