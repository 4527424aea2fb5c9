"""Bidirectional overrides, isolates and zero-width characters never reach a stored row or a
page, whoever wrote the text: a caller, an operator (reply, note), a supervisor (whisper,
canned response), a partner worker (chat line) or a referral's purpose and facts.

Only the caller's text was cleaned (of the bidirectional controls); an operator's reply could
show the caller "ok" reversed or hide a web address's real end, a partner's chat line could
show the operator and the caller text that reads otherwise, and a zero-width space split a
number or a word so that neither a reader nor a check sees it.
"""

from __future__ import annotations

import httpx
import pytest
import sqlalchemy as sa
from fastapi import FastAPI

from app.conversations.intake import clean_text
from app.security.visible_text import clean
from app.storage.db import Database
from tests.factories import receive
from tests.security.partner_setup import accepted_referral
from tests.staff_fixtures import Staff, staff, supervisor

__all__ = ["staff", "supervisor"]  # fixtures

# Every character the brief names and its kin: marks, embeddings, overrides, isolates,
# zero-width space, word joiner, invisible operators, byte order mark, soft hyphen, the
# Arabic letter mark, interlinear annotations, a lone language tag.
HIDDEN = (
    "\u061c\u200b\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063\u2064"
    "\u2066\u2067\u2068\u2069\u206a\ufeff\xad\u180e\ufff9\ufffa\ufffb\U000e0001"
)
# Text that reads "ok, call 5145550142" in the console, reversed or split by them.
DISGUISED = "ok\u202e, call 514\u200b555\u20600142\u2069 b\u200dank\ufeff"


def visible(text: str) -> bool:
    return not any(ch in text for ch in HIDDEN) and "b\u200dank" not in text


class TestTheRule:
    @pytest.mark.parametrize("character", list(HIDDEN))
    def test_each_hiding_character_is_removed(self, character: str) -> None:
        assert clean(f"a{character}b") == "ab"

    def test_the_callers_text_is_cleaned_by_the_same_rule(self) -> None:
        assert clean_text(DISGUISED) == clean(DISGUISED) == "ok, call 5145550142 bank"

    @pytest.mark.parametrize(
        "text",
        [
            "می\u200cخواهم",  # Persian: the non-joiner is spelling
            "क्\u200dष",  # Devanagari: the joiner chooses the letter's form
            "👩\u200d👩\u200d👧",  # one family emoji
            "مرحبا\u200d 😀\u200c",  # as the caller's cleaning kept them
            "🏴\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f",  # Scotland's flag
        ],
    )
    def test_joiners_and_tags_that_do_a_letters_work_are_kept(self, text: str) -> None:
        assert clean(text) == text

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("pay\u200dpal", "paypal"),
            ("514\u200c555", "514555"),
            ("۵۱۴\u200d۵۵۵", "۵۱۴۵۵۵"),
            ("hi\U000e0069\U000e0067\U000e006e", "hi"),  # tag characters hiding "ign": ASCII smuggling
        ],
    )
    def test_joiners_between_ascii_or_digits_and_stray_tags_go(self, text: str, expected: str) -> None:
        assert clean(text) == expected


async def stored_texts(database: Database) -> list[str]:
    async with database.sessions() as session:
        found = await session.execute(sa.text("SELECT body_redacted FROM messages"))
        return [str(text) for text in found.scalars()]


async def test_replies_notes_and_whispers_are_stored_and_shown_without_them(
    operator_client: httpx.AsyncClient,
    database: Database,
    staff: Staff,
    supervisor: str,
) -> None:
    accepted = await receive(database, f"help {DISGUISED}")
    conversation = f"/api/conversations/{accepted.conversation_id}"
    reply = await operator_client.post(f"{conversation}/messages", json={"text": DISGUISED})
    note = await operator_client.post(f"{conversation}/notes", json={"text": DISGUISED})
    async with staff(supervisor) as overseer:
        whisper = await overseer.post(
            f"/api/supervisor/conversations/{accepted.conversation_id}/whispers", json={"text": DISGUISED}
        )
    assert [reply.status_code, note.status_code, whisper.status_code] == [201, 201, 201]
    assert reply.json()["text"] == "ok, call 5145550142 bank"
    texts = await stored_texts(database)
    assert len(texts) >= 4 and all(visible(text) for text in texts), texts
    shown = await operator_client.get(f"{conversation}/messages")
    assert visible(shown.text) and "\\u202e" not in shown.text.lower()


@pytest.mark.parametrize("path", ["messages", "notes"])
async def test_a_text_of_hiding_characters_alone_is_refused(
    operator_client: httpx.AsyncClient,
    database: Database,
    path: str,
) -> None:
    accepted = await receive(database, "bonjour")
    refused = await operator_client.post(
        f"/api/conversations/{accepted.conversation_id}/{path}", json={"text": "\u200b\u2066\u202e"}
    )
    assert refused.status_code == 422 and "text" in refused.text
    assert len(await stored_texts(database)) == 1  # the caller's message only


async def test_a_row_written_before_the_fix_is_shown_without_them(
    operator_client: httpx.AsyncClient,
    database: Database,
) -> None:
    accepted = await receive(database, "bonjour")
    async with database.transaction() as session:
        await session.execute(
            sa.text(
                "INSERT INTO messages (conversation_id, channel, direction, body_redacted, created_at)"
                " VALUES (:c, 'webchat', 'out', :t, now())"
            ),
            {"c": accepted.conversation_id, "t": DISGUISED},
        )
    shown = (await operator_client.get(f"/api/conversations/{accepted.conversation_id}/messages")).json()
    assert shown[-1]["text"] == "ok, call 5145550142 bank"


async def test_a_partners_chat_line_and_a_referrals_purpose_and_facts_hold_none(
    app: FastAPI,
    database: Database,
) -> None:
    async with accepted_referral(
        app, database, purpose=f"shelter {DISGUISED}", first_name="Am\u202eina\u200b"
    ) as portal:
        page = await portal.partner.get(f"/partner/referrals/{portal.referral}")
        joined = await portal.partner.post(
            f"/partner/referrals/{portal.referral}/join", data={"csrf_token": portal.csrf}
        )
        assert joined.status_code == 303, joined.text
        written = await portal.partner.post(
            f"/partner/referrals/{portal.referral}/lines", data={"csrf_token": portal.csrf, "text": DISGUISED}
        )
        blank = await portal.partner.post(
            f"/partner/referrals/{portal.referral}/lines",
            data={"csrf_token": portal.csrf, "text": "\u200b\u202e"},
        )
        chat = await portal.partner.get(f"/partner/referrals/{portal.referral}/chat")
        referral = (await portal.staff.get(f"/api/referrals/{portal.referral}")).json()
        conversation_id = referral["conversation_id"]
        console = await portal.staff.get(f"/api/conversations/{conversation_id}/messages")
    assert (written.status_code, blank.status_code) == (201, 422)
    assert "Amina" in page.text and "5145550142" in page.text and visible(page.text)
    assert chat.text.count("ok, call 5145550142 bank") == 1 and visible(chat.text)
    assert visible(console.text) and visible(referral["purpose"])
    async with database.sessions() as session:
        purposes = (await session.execute(sa.text("SELECT purpose FROM referrals"))).scalars().all()
    assert [visible(purpose) for purpose in purposes] == [True]
    assert all(visible(text) for text in await stored_texts(database))


async def test_canned_responses_hold_none(
    database: Database,
    staff: Staff,
    supervisor: str,
) -> None:
    async with staff(supervisor) as overseer:
        saved = await overseer.put(
            "/api/canned-responses",
            json={
                "language": "fr",
                "responses": [{"key": "callback", "title": "Rappel\u202e", "text": DISGUISED}],
            },
        )
        refused = await overseer.put(
            "/api/canned-responses",
            json={
                "language": "fr",
                "responses": [{"key": "callback", "title": "Rappel", "text": "\u2066\u200b"}],
            },
        )
    assert saved.status_code == 200 and refused.status_code == 422
    assert saved.json()[0]["text"] == "ok, call 5145550142 bank" and saved.json()[0]["title"] == "Rappel"
    async with database.sessions() as session:
        rows = (
            (
                await session.execute(
                    sa.text("SELECT title || body FROM canned_responses WHERE language = 'fr'")
                )
            )
            .scalars()
            .all()
        )
    assert rows and all(visible(row) for row in rows)
