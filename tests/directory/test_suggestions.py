"""Partners suggested in the console from a conversation's triage, and towns placed from addresses."""

from __future__ import annotations

import html
import re
from datetime import UTC, datetime

import httpx
import sqlalchemy as sa

import directory
from app.partners import suggestions as partner_suggestions
from app.storage.db import Database
from directory.tables import TABLES
from tests.factories import receive


async def _demo(database: Database) -> None:
    async with database.transaction() as session:
        await directory.load_demo(session)


async def test_a_town_is_placed_from_the_partners_addresses(database: Database) -> None:
    await _demo(database)
    async with database.sessions() as session:
        montreal = await directory.place_of_town(session, "MONTREAL")  # accents and case ignored
        nowhere = await directory.place_of_town(session, "Atlantis")
    assert montreal is not None and 45.3 < montreal.latitude < 45.8 and -74.1 < montreal.longitude < -73.3
    assert nowhere is None


async def test_suggestions_follow_needs_and_emergency(database: Database) -> None:
    await _demo(database)
    summary = {"needs": ["shelter", "emergency_safety"], "region": "Montréal"}
    conversation = {"language": "fr", "urgency": "emergency"}
    at = datetime(2026, 12, 24, 23, 30, tzinfo=UTC)
    async with database.sessions() as session:
        found = await partner_suggestions.suggest(session, summary=summary, conversation=conversation, at=at)
        none = await partner_suggestions.suggest(
            session, summary={"needs": ["information"]}, conversation=conversation, at=at
        )
    assert 0 < len(found) <= partner_suggestions.SHOWN
    assert all(set(item["needs_covered"]) & {"shelter", "emergency_safety"} for item in found)
    assert found[0]["open_now"] or found[0]["always_open"]  # an emergency: open ones first
    assert none == []  # information alone is not a referral


async def test_console_page_lists_partners_for_the_selected_conversation(
    operator_client: httpx.AsyncClient, database: Database
) -> None:
    await _demo(database)
    accepted = await receive(database, "il m'a frappée, je cherche un hébergement ce soir à Montréal")
    page = await operator_client.get("/console", params={"c": accepted.conversation_id})
    assert page.status_code == 200
    assert 'id="suggestions"' in page.text and 'class="suggestion"' in page.text
    # Each partner says which of its places the hours and the distance are of.
    places = re.findall(r'<span class="suggestion-place">([^<]+)</span>', page.text)
    async with database.sessions() as session:
        names = set((await session.execute(sa.select(TABLES["location"].c.name))).scalars())
    assert places and {html.unescape(place) for place in places} <= names
