"""Piles of combining marks ("Zalgo") are capped per base character; real writing is kept.

A caller's message (or a reply, a note, a partner's name) could hang hundreds of combining marks
on one letter: browsers draw them over the lines above and below, across the queue, the console
and the portal, hiding what is written there. Now each base character keeps at most 2 marks of
one combining class and 8 in all, where text is stored and where it is shown; Vietnamese,
Devanagari, Arabic harakat, Hebrew points, Tibetan stacks, Thai and emoji sequences are unchanged.
"""

from __future__ import annotations

import unicodedata

import httpx
import pytest
import sqlalchemy as sa

from app.api.text_fields import refuse_invisible
from app.security import visible_text
from app.storage.db import Database
from tests.factories import receive

# 60 rounds of marks above, below, through and around: 540 marks on one "H".
ZALGO = "H" + "\u0301\u0300\u0323\u0324\u0334\u0335\u0336\u0489\u20dd" * 60 + "elp"

REAL_WRITING = [
    "Tôi bị nhốt ở đây, giúp tôi với",  # Vietnamese, composed
    unicodedata.normalize("NFD", "Tôi bị nhốt ở đây, người được ệ"),  # decomposed: 2 marks above
    "मुझे यहाँ बंद कर दिया गया है, क़ानून, क्ष्म्य",  # Devanagari: nukta, virama, signs
    "أَنَا مَحْبُوسٌ هُنَا وَلَا أَسْتَطِيعُ الْخُرُوجَ، شَدَّةٌ",  # Arabic with harakat and shadda
    "עֶזְרָה, אֲנִי כָּלוּא בַּבַּיִת",  # Hebrew points
    "བོད་སྐད་ རྒྱུ་ བསྒྲུབས་ སྒྲོལ་",  # Tibetan stacks
    "ช่วยด้วย ฉันถูกขังอยู่ที่นี่",  # Thai tone marks and vowels
    # emoji: a keycap, a skin tone, a family, a flag
    "1\ufe0f\u20e3 👍🏽 👨\u200d👩\u200d👧 🏴\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f",
    "Je suis enfermée à Montréal",
]


def _most_marks_on_one_character(text: str) -> int:
    most = run = 0
    for character in text:
        run = run + 1 if unicodedata.category(character) in ("Mn", "Me") else 0
        most = max(most, run)
    return most


class TestTheCap:
    def test_a_pile_of_marks_keeps_two_of_a_class_and_eight_in_all(self) -> None:
        cleaned = visible_text.clean(ZALGO)
        assert cleaned.startswith("H") and cleaned.endswith("elp")
        marks = cleaned[1:-3]
        assert len(marks) == visible_text.MAX_MARKS
        classes = [unicodedata.combining(mark) for mark in marks if unicodedata.combining(mark)]
        assert all(classes.count(mark_class) <= 2 for mark_class in classes)
        assert marks[:3] == "\u0301\u0300\u0323"  # kept in their order

    def test_one_mark_repeated_keeps_two(self) -> None:
        assert visible_text.clean("a" + "\u0301" * 4000 + "b") == "a\u0301\u0301b"

    @pytest.mark.parametrize("text", REAL_WRITING)
    def test_real_writing_is_unchanged(self, text: str) -> None:
        assert visible_text.clean(text) == text

    def test_a_shown_name_is_capped_too(self) -> None:
        assert _most_marks_on_one_character(refuse_invisible(f"Marie {ZALGO}")) == visible_text.MAX_MARKS


async def test_an_inbound_message_is_stored_and_shown_capped(
    operator_client: httpx.AsyncClient, database: Database
) -> None:
    accepted = await receive(database, f"please {ZALGO} me")
    async with database.sessions() as session:
        stored = (await session.execute(sa.text("SELECT body_redacted FROM messages"))).scalar_one()
    assert _most_marks_on_one_character(stored) == visible_text.MAX_MARKS and "please" in stored
    reply = await operator_client.post(
        f"/api/conversations/{accepted.conversation_id}/messages", json={"text": f"ok {ZALGO}"}
    )
    assert reply.status_code == 201 and _most_marks_on_one_character(reply.json()["text"]) <= 8
    shown = (await operator_client.get(f"/api/conversations/{accepted.conversation_id}/messages")).json()
    assert all(_most_marks_on_one_character(message["text"]) <= visible_text.MAX_MARKS for message in shown)


async def test_a_row_written_before_is_shown_capped(
    operator_client: httpx.AsyncClient, database: Database
) -> None:
    accepted = await receive(database, "bonjour")
    async with database.transaction() as session:
        await session.execute(
            sa.text(
                "INSERT INTO messages (conversation_id, channel, direction, body_redacted, created_at)"
                " VALUES (:c, 'webchat', 'in', :t, now())"
            ),
            {"c": accepted.conversation_id, "t": ZALGO},
        )
    shown = (await operator_client.get(f"/api/conversations/{accepted.conversation_id}/messages")).json()
    assert _most_marks_on_one_character(shown[-1]["text"]) == visible_text.MAX_MARKS
