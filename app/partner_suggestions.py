"""Partners who could help the person in a conversation now, from what triage found.

The needs, language, urgency and town of the conversation go to `directory.match`; nothing
about the person leaves the hotline, and the operator still decides and asks for consent
before any referral.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

import directory

SHOWN = 5


async def suggest(
    session: AsyncSession, *, summary: dict[str, Any], conversation: dict[str, Any], at: datetime
) -> list[dict[str, Any]]:
    """Up to SHOWN matches as the console shows them, best first; none without a need."""
    needs = [code for code in summary.get("needs") or () if code != "information"]
    if not needs:
        return []
    region = summary.get("region")
    place = await directory.place_of_town(session, region) if region else None
    language = conversation.get("language")
    matches = await directory.match(
        session, needs,
        language=None if language in (None, "", "und") else str(language),
        place=place, when=at, urgency=conversation.get("urgency"), limit=SHOWN,
    )
    return [
        {
            "id": item.service_id,
            "name": item.name,
            "organization": item.organization_name,
            "open_now": item.open_now,
            "always_open": item.always_open,
            "opens_at": item.opens_at.isoformat() if item.opens_at else None,
            "distance_km": None if item.distance_km is None else round(item.distance_km, 1),
            "needs_covered": item.needs_covered,
            "languages": item.languages,
        }
        for item in matches
    ]
