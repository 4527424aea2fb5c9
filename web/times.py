"""Times as people at the hotline read them: in the hotline's zone (HOTLINE_TIMEZONE), with the
zone's abbreviation ("lun. 8:30 HNE", "Mon 8:30 EST"), whatever the server's or the browser's
zone. The console script formats the same way with Intl.DateTimeFormat (web/static/console.js).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import jinja2
from babel.dates import format_datetime, get_timezone

# The Babel locale of each page language (Québec first).
LOCALES = {"fr": "fr_CA", "en": "en_CA"}
DEFAULT_ZONE = "America/Toronto"

# Patterns (CLDR): an hour is "H:mm" in both languages, so 8:30 reads "8:30".
PATTERNS = {
    "clock": "H:mm z",  # 8:30 HNE
    "bare": "H:mm",  # 8:30 (the start of a range whose end carries the zone)
    "day": "EEE H:mm z",  # lun. 8:30 HNE
    "date": "d MMM y, H:mm z",  # 7 déc. 2026, 8:30 HNE
}


def as_datetime(value: object) -> datetime | None:
    """A datetime from a datetime or an ISO 8601 string (as the API sends); None otherwise."""
    if isinstance(value, datetime):
        found = value
    elif isinstance(value, str) and value:
        try:
            found = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return None
    else:
        return None
    return found if found.tzinfo is not None else found.replace(tzinfo=UTC)


def local_time(value: object, *, lang: str, zone: str, style: str = "date") -> str:
    """`value` in `zone`, worded for `lang`, in one of PATTERNS; "" when it is no time."""
    found = as_datetime(value)
    if found is None:
        return ""
    return format_datetime(
        found, PATTERNS[style], tzinfo=get_timezone(zone), locale=LOCALES.get(lang, LOCALES["fr"])
    )


@jinja2.pass_context
def when(context: jinja2.runtime.Context, value: object, style: str = "date") -> str:
    """Template global: `value` in the page's hotline zone (`timezone`) and language (`lang`)."""
    zone: Any = context.get("timezone") or DEFAULT_ZONE
    return local_time(value, lang=str(context.get("lang") or "fr"), zone=str(zone), style=style)
