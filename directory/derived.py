"""Fields derived from other rows, kept on hsds_service for fast matching: needs, languages, 24/7."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession

from directory.fields import NEEDS_TAXONOMY_ID
from directory.schedules import is_always_open, rules_from_rows
from directory.tables import TABLES

# Language names found in files, to ISO 639-1 codes (lower case).
LANGUAGE_NAMES: dict[str, str] = {
    "english": "en", "anglais": "en", "french": "fr", "français": "fr", "francais": "fr",
    "spanish": "es", "espagnol": "es", "español": "es", "portuguese": "pt", "portugais": "pt",
    "arabic": "ar", "arabe": "ar", "chinese": "zh", "chinese (mandarin)": "zh", "mandarin": "zh",
    "chinese (cantonese)": "zh", "cantonese": "zh", "tagalog": "tl", "filipino": "tl",
    "italian": "it", "italien": "it", "russian": "ru", "russe": "ru", "ukrainian": "uk",
    "ukrainien": "uk", "vietnamese": "vi", "vietnamien": "vi", "hindi": "hi", "punjabi": "pa",
    "urdu": "ur", "persian": "fa", "farsi": "fa", "haitian creole": "ht", "créole haïtien": "ht",
    "creole": "ht", "korean": "ko", "japanese": "ja", "german": "de", "polish": "pl", "romanian": "ro",
    "swahili": "sw", "tigrinya": "ti", "amharic": "am", "somali": "so", "thai": "th",
    "inuktitut": "iu", "cree": "cr", "nepali": "ne", "bengali": "bn", "tamil": "ta",
    "american sign language": "ase", "langue des signes québécoise": "fcs",
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
    service = TABLES["service"]
    only = "" if service_ids is None else "WHERE s.id = ANY(:ids)"
    params: dict[str, Any] = {"taxonomy": NEEDS_TAXONOMY_ID}
    if service_ids is not None:
        params["ids"] = service_ids
    await session.execute(sa.text(f"""
        UPDATE hsds_service AS target SET needs = computed.needs FROM (
            SELECT s.id, coalesce(array_agg(DISTINCT t.code ORDER BY t.code)
                                  FILTER (WHERE t.code IS NOT NULL), '{{}}') AS needs
            FROM hsds_service s
            LEFT JOIN hsds_attribute a ON a.link_id = s.id
            LEFT JOIN hsds_taxonomy_term t ON t.id = a.taxonomy_term_id
                 AND (t.taxonomy_id = :taxonomy OR t.taxonomy = :taxonomy)
            {only} GROUP BY s.id) AS computed
        WHERE computed.id = target.id AND target.needs IS DISTINCT FROM computed.needs
    """), params)  # noqa: S608 (only constant SQL is interpolated)
    id_filter = "" if service_ids is None else "AND s.id = ANY(:ids)"
    id_params: dict[str, Any] = {} if service_ids is None else {"ids": service_ids}
    languages = await session.execute(sa.text(f"""
        SELECT s.id, l.code, l.name FROM hsds_service s JOIN hsds_language l ON l.service_id = s.id
        WHERE true {id_filter}
        UNION ALL
        SELECT s.id, l.code, l.name FROM hsds_service s
        JOIN hsds_service_at_location sal ON sal.service_id = s.id
        JOIN hsds_language l ON l.location_id = sal.location_id WHERE true {id_filter}
        UNION ALL
        SELECT s.id, l.code, l.name FROM hsds_service s JOIN hsds_phone p ON p.service_id = s.id
        JOIN hsds_language l ON l.phone_id = p.id WHERE true {id_filter}
    """), id_params)  # noqa: S608
    codes: dict[str, set[str]] = defaultdict(set)
    for service_id, code, name in languages:
        normalised = language_code(code, name)
        if normalised:
            codes[service_id].add(normalised)
    schedules = await session.execute(sa.text(f"""
        SELECT s.id AS owner, sc.* FROM hsds_service s JOIN hsds_schedule sc ON sc.service_id = s.id
        WHERE true {id_filter}
        UNION ALL
        SELECT s.id AS owner, sc.* FROM hsds_service s
        JOIN hsds_service_at_location sal ON sal.service_id = s.id
        JOIN hsds_schedule sc ON sc.service_at_location_id = sal.id WHERE true {id_filter}
    """), id_params)  # noqa: S608
    rows: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for record in schedules.mappings():
        rows[record["owner"]].append(dict(record))
    current = await session.execute(
        sa.select(service.c.id, service.c.language_codes, service.c.always_open).where(
            sa.true() if service_ids is None else service.c.id.in_(service_ids)))
    ids: list[str] = []
    new_codes: list[str] = []
    new_always: list[bool] = []
    for service_id, old_codes, old_always in current:
        codes_now = sorted(codes.get(service_id, ()))
        always_now = is_always_open(rules_from_rows(rows.get(service_id, [])))
        if old_codes != codes_now or old_always is not always_now:
            ids.append(service_id)
            new_codes.append(_SEPARATOR.join(codes_now))
            new_always.append(always_now)
    if ids:  # one statement for all changed services
        await session.execute(sa.text("""
            UPDATE hsds_service AS s
            SET language_codes = coalesce(string_to_array(nullif(u.codes, ''), :separator), '{}'),
                always_open = u.always
            FROM unnest(CAST(:ids AS text[]), CAST(:codes AS text[]), CAST(:always AS boolean[]))
                 AS u(id, codes, always)
            WHERE s.id = u.id
        """), {"ids": ids, "codes": new_codes, "always": new_always, "separator": _SEPARATOR})
