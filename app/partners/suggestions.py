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
    """Up to SHOWN matches (`Match.to_json`), best first; none without a need."""
    needs = [code for code in summary.get("needs") or () if code != "information"]
    if not needs:
        return []
    region = summary.get("region")
    place = await directory.place_of_town(session, region) if region else None
    language = conversation.get("language")
    matches = await directory.match(
        session,
        needs,
        language=None if language in (None, "", "und") else str(language),
        place=place,
        when=at,
        urgency=conversation.get("urgency"),
        limit=SHOWN,
    )
    return [item.to_json() for item in matches]
