"""The console's directory list: every service (or those a search finds) with today's hours in
its location's zone, and how to reach it: phones, e-mails and contact persons. Staff pages
only (signed-in members); the public API never shows contact persons."""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession

from directory import text_search
from directory.place_schedules import place_rules, schedules_that_apply
from directory.schedules import DayHours, hours_on
from directory.zones import holiday_region, location_zone

_SCHEDULES = sa.text("SELECT * FROM hsds_schedule ORDER BY id")
_OWNERS = ("service_at_location_id", "service_id", "location_id")  # a schedule's most specific owner
# The location a service's line shows (its hours and zone): one with an IANA zone first.
_ZONES = sa.text("""
    SELECT DISTINCT ON (sal.service_id) sal.service_id, sal.id AS sal_id, l.id AS location_id, l.time_zone,
        a.state_province, a.country, a.city
    FROM hsds_service_at_location sal JOIN hsds_location l ON l.id = sal.location_id
    LEFT JOIN LATERAL (
        SELECT ad.state_province, ad.country, ad.city FROM hsds_address ad
        WHERE ad.location_id = l.id AND (ad.state_province IS NOT NULL OR ad.country IS NOT NULL)
        ORDER BY (ad.address_type = 'physical') DESC NULLS LAST, ad.id LIMIT 1
    ) a ON true
    ORDER BY sal.service_id, l.time_zone NULLS LAST, l.id
""")
_EMAILS = sa.text("""
    SELECT s.id, s.email AS service_email, o.email AS organization_email
    FROM hsds_service s LEFT JOIN hsds_organization o ON o.id = s.organization_id
""")
_PHONES = sa.text("""
    SELECT coalesce(p.service_id, c.service_id) AS owner, p.contact_id, p.number, p.extension, p.type
    FROM hsds_phone p LEFT JOIN hsds_contact c ON c.id = p.contact_id
    WHERE coalesce(p.service_id, c.service_id) IS NOT NULL
    ORDER BY p.id
""")
_CONTACTS = sa.text("""
    SELECT id, service_id, name, title, email FROM hsds_contact
    WHERE service_id IS NOT NULL ORDER BY id
""")


def fold(text: str) -> str:
    """Lower case without accents, for a search that ignores both."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


async def partners(session: AsyncSession, stale_before: datetime) -> list[dict[str, Any]]:
    """One line per service for the console list, by name."""
    result = await session.execute(
        sa.text("""
        SELECT s.id, s.name, o.name AS organization_name, s.needs, s.always_open,
               coalesce(o.active, true) AND coalesce(s.status, 'active') = 'active' AS active,
               c.available, c.maximum, c.updated, c.updated < :stale AS stale
        FROM hsds_service s LEFT JOIN hsds_organization o ON o.id = s.organization_id
        LEFT JOIN LATERAL (SELECT available, maximum, updated FROM hsds_service_capacity
                           WHERE service_id = s.id ORDER BY id LIMIT 1) c ON true
        ORDER BY s.name, s.id
    """),
        {"stale": stale_before},
    )
    return [dict(row) for row in result.mappings()]


async def _rows(session: AsyncSession, statement: sa.TextClause) -> list[dict[str, Any]]:
    return [dict(row) for row in (await session.execute(statement)).mappings()]


async def _found(session: AsyncSession, search: str) -> set[str]:
    """Services whose name or description is near the words (trigram search)."""
    return {str(row["id"]) for row in await text_search.search(session, search, limit=200)}


def today(
    row: dict[str, Any],
    schedules: Sequence[Mapping[str, Any]],
    place: dict[str, Any] | None,
    *,
    at: datetime,
    default_zone: str,
) -> DayHours:
    """The service's hours on the local day of `at`, in its location's zone (directory.zones), from
    the schedules that apply there (directory.place_schedules): 24/7 when they say so, whatever
    the service's `always_open` (24/7 at one of its places at least); an opening of the day
    before that is still running at `at` is `carried`."""
    place = place or {}
    tz = location_zone(
        place.get("time_zone"),
        default_zone,
        state_province=place.get("state_province"),
        country=place.get("country"),
        city=place.get("city"),
        schedules=schedules,
    )
    region = holiday_region(place.get("state_province"), place.get("country"), place.get("city"))
    rules, day = place_rules(schedules, region), at.astimezone(tz).date()
    hours = hours_on(rules, tz, day)
    if hours.always:
        return hours
    before = hours_on(rules, tz, day - timedelta(days=1))
    carried = tuple((start, end) for start, end in before.openings if start <= at < end)
    if carried and not hours.known:  # the last night of hours that end: still running at `at`
        return DayHours(carried=carried)
    if not hours.known:
        return replace(hours, note=_words(schedules))
    return replace(hours, carried=carried) if carried else hours


def _words(schedules: Sequence[Mapping[str, Any]]) -> str:
    """What the schedules say in words, for hours unknown: their descriptions, else their notes."""
    for name in ("description", "notes"):
        said = [str(item[name]).strip() for item in schedules if str(item.get(name) or "").strip()]
        if said:
            text = " · ".join(dict.fromkeys(said))
            return text if len(text) <= _NOTE_LENGTH else text[: _NOTE_LENGTH - 1].rstrip() + "…"
    return ""


_NOTE_LENGTH = 200


async def services(
    session: AsyncSession,
    *,
    stale_before: datetime,
    at: datetime,
    default_zone: str,
    search: str | None = None,
) -> list[dict[str, Any]]:
    """The partner list's lines (see `partners`) with `today` (DayHours), `phones`,
    `emails` and `contacts` (each with its `phones`); narrowed by `search` when given."""
    rows = await partners(session, stale_before)
    if search and search.strip():
        wanted = fold(search.strip())
        found = await _found(session, search.strip())
        rows = [
            row
            for row in rows
            if str(row["id"]) in found
            or wanted in fold(f"{row['name'] or ''} {row['organization_name'] or ''}")
        ]
    schedules: dict[tuple[str, Any], list[dict[str, Any]]] = defaultdict(list)  # by owner (_OWNERS)
    for schedule in await _rows(session, _SCHEDULES):
        owner = next((name for name in _OWNERS if schedule[name]), None)
        if owner is not None:
            schedules[(owner, schedule[owner])].append(schedule)
    zones = {str(row["service_id"]): row for row in await _rows(session, _ZONES)}
    emails = {str(row["id"]): row for row in await _rows(session, _EMAILS)}
    phones: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for phone in await _rows(session, _PHONES):
        phones[str(phone["owner"]) + "/" + str(phone["contact_id"] or "")].append(phone)
    contacts: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for contact in await _rows(session, _CONTACTS):
        contact["phones"] = phones.get(f"{contact['service_id']}/{contact['id']}", [])
        contacts[str(contact["service_id"])].append(contact)
    for row in rows:
        key = str(row["id"])
        place = zones.get(key, {})
        sal_id, location_id = place.get("sal_id"), place.get("location_id")
        own = [
            schedule
            for owner in zip(_OWNERS, (sal_id, key, location_id), strict=True)
            for schedule in schedules.get(owner, [])
        ]
        row["today"] = today(
            row, schedules_that_apply(own, key, sal_id, location_id), place, at=at, default_zone=default_zone
        )
        row["phones"] = phones.get(key + "/", [])
        found_emails = emails.get(key, {})
        row["emails"] = list(
            dict.fromkeys(
                email
                for email in (found_emails.get("service_email"), found_emails.get("organization_email"))
                if email
            )
        )
        row["contacts"] = contacts.get(key, [])
    return rows
