"""Fields derived from other rows, kept on hsds_service for fast matching: needs, languages, 24/7."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import ARRAY, aggregate_order_by
from sqlalchemy.ext.asyncio import AsyncSession

from directory.fields import NEEDS_TAXONOMY_ID
from directory.place_schedules import always_open_at_a_place
from directory.tables import TABLES

# Language names found in files, to ISO 639-1 codes (lower case).
LANGUAGE_NAMES: dict[str, str] = {
    "english": "en",
    "anglais": "en",
    "french": "fr",
    "français": "fr",
    "francais": "fr",
    "spanish": "es",
    "espagnol": "es",
    "español": "es",
    "portuguese": "pt",
    "portugais": "pt",
    "arabic": "ar",
    "arabe": "ar",
    "chinese": "zh",
    "chinese (mandarin)": "zh",
    "mandarin": "zh",
    "chinese (cantonese)": "zh",
    "cantonese": "zh",
    "tagalog": "tl",
    "filipino": "tl",
    "italian": "it",
    "italien": "it",
    "russian": "ru",
    "russe": "ru",
    "ukrainian": "uk",
    "ukrainien": "uk",
    "vietnamese": "vi",
    "vietnamien": "vi",
    "hindi": "hi",
    "punjabi": "pa",
    "urdu": "ur",
    "persian": "fa",
    "farsi": "fa",
    "haitian creole": "ht",
    "créole haïtien": "ht",
    "creole": "ht",
    "korean": "ko",
    "japanese": "ja",
    "german": "de",
    "polish": "pl",
    "romanian": "ro",
    "swahili": "sw",
    "tigrinya": "ti",
    "amharic": "am",
    "somali": "so",
    "thai": "th",
    "inuktitut": "iu",
    "cree": "cr",
    "nepali": "ne",
    "bengali": "bn",
    "tamil": "ta",
    "american sign language": "ase",
    "langue des signes québécoise": "fcs",
}


_SEPARATOR = "\x1f"


def language_code(code: str | None, name: str | None) -> str | None:
    if code and code.strip():
        return code.strip().lower().split("-")[0]
    if name and name.strip():
        return LANGUAGE_NAMES.get(name.strip().lower(), name.strip().lower())
    return None


async def refresh(session: AsyncSession, service_ids: list[str] | None = None) -> None:
    """Recomputes the derived fields of the given services (all when None)."""
    among = _among(service_ids)
    await _refresh_needs(session, among)
    codes = await _language_codes(session, among)
    schedules = await _schedule_rows(session, among)
    places = await _places(session, among)
    service = TABLES["service"]
    current = await session.execute(
        sa.select(service.c.id, service.c.language_codes, service.c.always_open).where(among(service))
    )
    changed: list[tuple[str, list[str], bool]] = []
    today = datetime.now(UTC).date()  # 24/7 by rows valid today too (a shelter 24/7 since 2020)
    for service_id, old_codes, old_always in current:
        codes_now = sorted(codes.get(service_id, ()))
        always_now = always_open_at_a_place(
            schedules.get(service_id, []), service_id, places.get(service_id, []), today
        )
        if old_codes != codes_now or old_always is not always_now:
            changed.append((service_id, codes_now, always_now))
    if changed:
        await _write_languages_and_always_open(session, changed)


Among = Callable[[sa.FromClause], sa.ColumnElement[bool]]


def _among(service_ids: list[str] | None) -> Among:
    """The condition on a service table (or alias) that keeps the given services (all when None)."""
    if service_ids is None:
        return lambda _service: sa.true()
    ids = sa.literal(list(service_ids), ARRAY(sa.Text()))
    return lambda service: service.c.id == sa.any_(ids)


async def _refresh_needs(session: AsyncSession, among: Among) -> None:
    """needs: the codes of the service's terms in the needs taxonomy, sorted, without repeats."""
    service, attribute, term = TABLES["service"], TABLES["attribute"], TABLES["taxonomy_term"]
    s = service.alias("s")
    codes = sa.func.array_agg(aggregate_order_by(sa.distinct(term.c.code), term.c.code))
    computed = (
        sa.select(
            s.c.id,
            sa.func.coalesce(codes.filter(term.c.code.is_not(None)), sa.literal([], ARRAY(sa.Text()))).label(
                "needs"
            ),
        )
        .select_from(
            s.outerjoin(attribute, attribute.c.link_id == s.c.id).outerjoin(
                term,
                sa.and_(
                    term.c.id == attribute.c.taxonomy_term_id,
                    sa.or_(term.c.taxonomy_id == NEEDS_TAXONOMY_ID, term.c.taxonomy == NEEDS_TAXONOMY_ID),
                ),
            )
        )
        .where(among(s))
        .group_by(s.c.id)
        .subquery("computed")
    )
    await session.execute(
        sa.update(service)
        .values(needs=computed.c.needs)
        .where(computed.c.id == service.c.id, service.c.needs.is_distinct_from(computed.c.needs))
    )


async def _language_codes(session: AsyncSession, among: Among) -> dict[str, set[str]]:
    """The languages of the service, of its locations and of its phones, as ISO 639 codes."""
    service, language = TABLES["service"].alias("s"), TABLES["language"]
    at_location, phone = TABLES["service_at_location"], TABLES["phone"]
    columns = (service.c.id, language.c.code, language.c.name)
    result = await session.execute(
        sa.union_all(
            sa.select(*columns)
            .select_from(service.join(language, language.c.service_id == service.c.id))
            .where(among(service)),
            sa.select(*columns)
            .select_from(
                service.join(at_location, at_location.c.service_id == service.c.id).join(
                    language, language.c.location_id == at_location.c.location_id
                )
            )
            .where(among(service)),
            sa.select(*columns)
            .select_from(
                service.join(phone, phone.c.service_id == service.c.id).join(
                    language, language.c.phone_id == phone.c.id
                )
            )
            .where(among(service)),
        )
    )
    codes: dict[str, set[str]] = defaultdict(set)
    for service_id, code, name in result:
        normalised = language_code(code, name)
        if normalised:
            codes[service_id].add(normalised)
    return codes


async def _schedule_rows(session: AsyncSession, among: Among) -> dict[str, list[dict[str, Any]]]:
    """The schedules each service's places may read: its own, those of the service at its
    locations and those of its locations (directory.place_schedules chooses among them)."""
    service, schedule = TABLES["service"].alias("s"), TABLES["schedule"]
    at_location = TABLES["service_at_location"]
    at_place = service.join(at_location, at_location.c.service_id == service.c.id)
    sources = (
        (service, schedule.c.service_id == service.c.id),
        (at_place, schedule.c.service_at_location_id == at_location.c.id),
        (at_place, schedule.c.location_id == at_location.c.location_id),
    )
    result = await session.execute(
        sa.union_all(
            *(
                sa.select(service.c.id.label("owner"), schedule)
                .select_from(owners.join(schedule, linked))
                .where(among(service))
                for owners, linked in sources
            )
        )
    )
    rows: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
    for record in result.mappings():
        rows[record["owner"]].setdefault(record["id"], dict(record))  # a row may come by two owners
    return {owner: list(found.values()) for owner, found in rows.items()}


async def _places(session: AsyncSession, among: Among) -> dict[str, list[tuple[str | None, str | None]]]:
    """The places of each service: (service at location id, location id)."""
    service, at_location = TABLES["service"].alias("s"), TABLES["service_at_location"]
    result = await session.execute(
        sa.select(service.c.id, at_location.c.id, at_location.c.location_id)
        .select_from(service.join(at_location, at_location.c.service_id == service.c.id))
        .where(among(service))
    )
    places: dict[str, list[tuple[str | None, str | None]]] = defaultdict(list)
    for service_id, sal_id, location_id in result:
        places[service_id].append((sal_id, location_id))
    return places


async def _write_languages_and_always_open(
    session: AsyncSession, changed: list[tuple[str, list[str], bool]]
) -> None:
    """One statement for all changed services: three arrays unnested side by side (the codes of a
    service joined by a separator, as arrays of arrays must all have the same length)."""
    service = TABLES["service"]
    ids, codes, always = zip(*changed, strict=True)
    rows = (
        sa.func.unnest(
            sa.literal(list(ids), ARRAY(sa.Text())),
            sa.literal([_SEPARATOR.join(item) for item in codes], ARRAY(sa.Text())),
            sa.literal(list(always), ARRAY(sa.Boolean())),
        )
        .table_valued(
            sa.column("id", sa.Text()), sa.column("codes", sa.Text()), sa.column("always", sa.Boolean())
        )
        .render_derived("u")
    )
    split = sa.func.string_to_array(sa.func.nullif(rows.c.codes, ""), _SEPARATOR, type_=ARRAY(sa.Text()))
    await session.execute(
        sa.update(service)
        .values(
            language_codes=sa.func.coalesce(split, sa.literal([], ARRAY(sa.Text()))),
            always_open=rows.c.always,
        )
        .where(service.c.id == rows.c.id)
    )
