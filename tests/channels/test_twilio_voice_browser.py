"""The browser phone: a token from twilio.jwt (a VoiceGrant for the hotline's TwiML App), the
TwiML App's webhook answering a waiting call as the token's operator, and the console's call
panel (the vendored SDK from this server, the microphone allowed on the console page only)."""

from __future__ import annotations

import re

import httpx
import jwt
import pytest
import sqlalchemy as sa

import directory
from app.security.auth import session_cookie_name
from app.storage.db import Database
from channels.twilio.voice import paths
from channels.twilio.voice.rest import TOKEN_SECONDS
from tests.channels.db_queries import rows
from tests.channels.test_twilio_voice import CALL, call_row, conversation_id, into_queue, step
from tests.channels.voice_twiml import parse
from tests.conftest import OPERATOR_EMAIL, OPERATOR_PASSWORD
from tests.fakes.twilio_api import ACCOUNT_SID, FakeTwilio

API_KEY = "SK" + "b" * 32
API_SECRET = "api-key-secret-for-tests-0123456789"
TWIML_APP = "AP" + "c" * 32


@pytest.fixture(autouse=True)
def _browser_phone_configured(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOTLINE_TWILIO_API_KEY_SID", API_KEY)
    monkeypatch.setenv("HOTLINE_TWILIO_API_KEY_SECRET", API_SECRET)
    monkeypatch.setenv("HOTLINE_TWILIO_TWIML_APP_SID", TWIML_APP)


async def operator_id(database: Database) -> int:
    found = await rows(database, "SELECT id FROM users WHERE email = :email", email=OPERATOR_EMAIL)
    return int(found[0]["id"])


async def browser_answers(
    client: httpx.AsyncClient, database: Database, leg: str, operator: int
) -> httpx.Response:
    return await step(
        client,
        paths.BROWSER,
        leg,
        From=f"client:operator-{operator}",
        To="",
        Direction="inbound",
        conversation=str(await conversation_id(database)),
    )


class TestBrowserPhone:
    async def test_token_grants_voice_for_the_twiml_app_as_this_operator(
        self, operator_client: httpx.AsyncClient, database: Database
    ) -> None:
        response = await operator_client.post("/api/calls/browser-token", json={})
        assert response.status_code == 200, response.text
        claims = jwt.decode(response.json()["token"], API_SECRET, algorithms=["HS256"])
        assert claims["iss"] == API_KEY and claims["sub"] == ACCOUNT_SID
        grants = claims["grants"]
        assert grants["identity"] == f"operator-{await operator_id(database)}"
        assert grants["voice"]["outgoing"]["application_sid"] == TWIML_APP
        assert claims["exp"] - claims["nbf"] <= TOKEN_SECONDS

    async def test_a_token_lives_minutes_and_only_a_live_session_gets_one(
        self, operator_client: httpx.AsyncClient, database: Database
    ) -> None:
        assert TOKEN_SECONDS <= 300  # a token taken before logout lapses within minutes, not an hour
        cookie = operator_client.cookies[session_cookie_name(secure=True)]
        assert (await operator_client.post("/api/auth/logout", json={})).status_code == 204
        operator_client.cookies.clear()
        operator_client.cookies.set(session_cookie_name(secure=True), cookie)  # the old cookie, still kept
        assert (await operator_client.post("/api/calls/browser-token", json={})).status_code == 401
        operator_client.cookies.clear()
        login = {"email": OPERATOR_EMAIL, "password": OPERATOR_PASSWORD}
        assert (await operator_client.post("/api/auth/login", json=login)).status_code == 200
        assert (await operator_client.post("/api/calls/browser-token", json={})).status_code == 200
        async with database.engine.begin() as connection:  # the session's own lifetime ran out
            await connection.execute(
                sa.text(
                    "UPDATE staff_sessions SET expires_at = now() - interval '1 s' WHERE revoked_at IS NULL"
                )
            )
        assert (await operator_client.post("/api/calls/browser-token", json={})).status_code == 401

    async def test_a_token_kept_past_logout_answers_no_call(
        self, operator_client: httpx.AsyncClient, database: Database, fake_twilio: FakeTwilio
    ) -> None:
        await into_queue(operator_client)
        me = await operator_id(database)
        assert (await operator_client.post("/api/calls/browser-token", json={})).status_code == 200
        assert (await operator_client.post("/api/auth/logout", json={})).status_code == 204
        # the token lives on for minutes: its call reaches the TwiML App, which answers nothing
        root = parse((await browser_answers(operator_client, database, "CA" + "7" * 32, me)).text)
        assert root.find("Hangup") is not None and not fake_twilio.call_updates
        assert (await call_row(database))["status"] == "waiting"

    async def test_browser_answers_a_waiting_call_and_only_once(
        self, operator_client: httpx.AsyncClient, database: Database, fake_twilio: FakeTwilio
    ) -> None:
        await into_queue(operator_client)
        me = await operator_id(database)
        leg = "CA" + "4" * 32
        root = parse((await browser_answers(operator_client, database, leg, me)).text)
        conference = root.find("Dial/Conference")
        assert conference is not None and conference.text == f"hotline-{CALL}"
        assert fake_twilio.call_updates[0]["CallSid"] == CALL
        call = await call_row(database)
        assert call["status"] == "answered" and call["operator_id"] == me and call["operator_leg"] == leg
        conversation = await conversation_id(database)
        steps = (await operator_client.get(f"/api/conversations/{conversation}/calls")).json()
        answered = steps[0]["timeline"][-1]
        assert answered["step"] == "answered" and answered["operator"] == OPERATOR_EMAIL
        assert answered["detail"] == {"device": "browser"}
        # a second browser (or a repeated webhook from another leg) does not take the caller
        other = parse((await browser_answers(operator_client, database, "CA" + "5" * 32, me)).text)
        assert other.find("Hangup") is not None and len(fake_twilio.call_updates) == 1

    @pytest.mark.parametrize("identity", ["client:someone", "client:operator-x", "+15145550000"])
    async def test_a_call_not_from_an_operator_browser_is_refused(
        self, client: httpx.AsyncClient, database: Database, identity: str
    ) -> None:
        await into_queue(client)
        response = await post_browser(client, database, identity)
        assert response.status_code == 400
        assert (await call_row(database))["status"] == "waiting"


def _between(page: str, start: str, end: str) -> str:
    after = page[page.index(start) :]
    return after[: after.index(end)]


async def post_browser(client: httpx.AsyncClient, database: Database, identity: str) -> httpx.Response:
    from tests.channels.conftest import post_signed
    from tests.channels.test_twilio_voice import call_params

    params = call_params("CA" + "6" * 32, From=identity, conversation=str(await conversation_id(database)))
    return await post_signed(client, paths.BROWSER, params)


class TestCallPanel:
    async def test_voice_conversation_page_has_the_call_panel_and_the_local_sdk(
        self, operator_client: httpx.AsyncClient, database: Database
    ) -> None:
        await into_queue(operator_client)
        page = await operator_client.get(f"/console?c={await conversation_id(database)}&lang=fr")
        assert page.status_code == 200
        assert 'id="call-panel"' in page.text and "Répondre dans le navigateur" in page.text
        assert '<script src="/static/vendor/twilio-voice-sdk/twilio.min.js"' in page.text
        assert "microphone=(self)" in page.headers["permissions-policy"]
        assert "https://*.twilio.com" in page.headers["content-security-policy"]
        sdk = await operator_client.get("/static/vendor/twilio-voice-sdk/twilio.min.js")
        assert sdk.status_code == 200 and "Device" in sdk.text

    async def test_the_call_panel_replaces_the_reply_form_and_offers_lines_open_24_7(
        self, operator_client: httpx.AsyncClient, database: Database
    ) -> None:
        async with database.transaction() as session:
            await directory.load_demo(session)
        await into_queue(operator_client, digits="2")  # English
        found = await rows(
            database,
            "SELECT s.id FROM hsds_service s JOIN hsds_phone p "
            "ON p.service_id = s.id AND p.contact_id IS NULL "
            "WHERE s.always_open ORDER BY s.id LIMIT 1",
        )
        interpreter = found[0]["id"]
        async with database.engine.begin() as connection:
            await connection.execute(
                sa.text(
                    "UPDATE hsds_service SET needs = array_append(needs, 'interpretation'), "
                    "language_codes = array_append(language_codes, 'en') WHERE id = :id"
                ),
                {"id": interpreter},
            )
        page = (await operator_client.get(f"/console?c={await conversation_id(database)}&lang=fr")).text
        assert 'id="reply-form"' not in page and 'id="reply-text"' not in page  # the caller cannot read
        assert 'id="call-note-form"' in page and "Quitter l&#39;appel" in page
        assert "Écrire une réponse" not in page  # nor a shortcut to a reply there is no box for
        partners = re.findall(
            r'<option value="([^"]+)"', _between(page, 'id="call-partner-line"', "</select>")
        )
        assert partners
        for service in partners:  # each open 24/7, with a voice line of its own
            line = await rows(
                database,
                "SELECT s.always_open, count(p.id) AS phones FROM hsds_service s "
                "JOIN hsds_phone p ON p.service_id = s.id AND p.contact_id IS NULL "
                "WHERE s.id = :id GROUP BY s.always_open",
                id=service,
            )
            assert line == [{"always_open": True, "phones": line[0]["phones"]}] and line[0]["phones"] >= 1
        interpreters = re.findall(
            r'<option value="([^"]+)"', _between(page, 'id="call-interpreter-line"', "</select>")
        )
        assert interpreter in interpreters
        for service in interpreters:  # each an interpreter line that speaks the caller's language
            line = await rows(
                database, "SELECT needs, language_codes FROM hsds_service WHERE id = :id", id=service
            )
            assert "interpretation" in line[0]["needs"] and "en" in line[0]["language_codes"]
        for kind in ("partner", "interpreter"):
            assert f'<input id="call-{kind}-agreed" name="caller_agreed" type="checkbox" required>' in page
        assert "Ajouter un·e interprète" in page and "transfert accompagné" in page

    async def test_other_pages_keep_the_microphone_off(self, client: httpx.AsyncClient) -> None:
        for path in ("/chat", "/console/login", "/healthz"):
            response = await client.get(path)
            assert "microphone=()" in response.headers["permissions-policy"], path
            assert "twilio" not in response.headers["content-security-policy"], path
