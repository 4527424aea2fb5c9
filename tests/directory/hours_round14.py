"""What the hotline reads of one place's hours, from schedule rows as a partner publishes them:
each row checked as the importer checks it (a refused row is reported with its number and the
reason, never dropped in silence), the schedules that apply at the place chosen, then open /
closed / unknown at an instant, the end of the opening or the next opening, the partner list's
"today" cell in French and English (times in the hotline's zone), and 24/7. Pure: no database.
Shared by the round 14 case tables (tests/directory/test_hours_round14_*.py)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from directory.coercion import BadValue
from directory.dataset import Row
from directory.importer import _check
from directory.listing import today
from directory.place_schedules import place_rules, schedules_that_apply
from directory.schedules import DayHours, state
from directory.zones import holiday_region, location_zone
from web.times import local_time

Item = dict[str, Any]
TORONTO = "America/Toronto"
EVERY_DAY = "MO,TU,WE,TH,FR,SA,SU"
WEEKDAYS = "MO,TU,WE,TH,FR"
OWNERS = ("service_at_location_id", "service_id", "location_id")
# status, the end of the opening (open) or the next opening (closed), today's cell (one text for
# both languages, or (fr, en); None: not asked), 24/7
Expected = tuple[str, str | None, str | tuple[str, str] | None, bool]
Case = tuple[list[Item], Item, str, Expected]


def weekly(byday: str, opens: str, closes: str, **more: Any) -> Item:
    return {"freq": "WEEKLY", "byday": byday, "opens_at": opens, "closes_at": closes, **more}


def dated(first: str, last: str | None = None, **more: Any) -> Item:
    return {"valid_from": first, "valid_to": last or first, **more}


def line(text: str, summer: bool = False) -> tuple[str, str]:
    """Today's cell in French and English: `{}` (or the end) takes the zone's abbreviation."""
    text = text if "{}" in text else text + " {}"
    return text.replace("{}", "HAE" if summer else "HNE"), text.replace("{}", "EDT" if summer else "EST")


def carried(until: str, rest: str | None = None, summer: bool = False) -> tuple[str, str]:
    fr, en = line(rest, summer) if rest else ("", "")
    french, english = line(until, summer)
    return (
        f"Ouvert jusqu’à {french}" + (f", {fr}" if fr else ""),
        f"Open until {english}" + (f", {en}" if en else ""),
    )


def imported(rows: list[Item]) -> tuple[list[Item], list[str]]:
    """The rows the import keeps, and `n: reason` for each one it refuses."""
    kept, refused = [], []
    for number, data in enumerate(rows):
        try:
            kept.append(_check("schedule", Row("schedule", {"id": f"r{number}", **data}, f"#/{number}"))[0])
        except BadValue as exc:
            refused.append(f"{number}: {exc}")
    return kept, refused


def _place(place: Item) -> Item:
    zone = place.get("time_zone")
    if zone is not None:
        zone = _check("location", Row("location", {"id": "l", "name": "x", "time_zone": zone}, "#"))[0].get(
            "time_zone"
        )
    return {**place, "time_zone": zone}


def words(day: DayHours, lang: str) -> str:
    """The list's "today" cell as the template words it (console/directory/list.html)."""
    if day.always:
        return "24/7"
    if not day.known:
        return "unknown"
    if day.closed:
        return "closed"
    until = "Ouvert jusqu’à" if lang == "fr" else "Open until"
    return ", ".join(
        [f"{until} {local_time(end, lang=lang, zone=TORONTO, style='clock')}" for _, end in day.carried]
        + [
            local_time(start, lang=lang, zone=TORONTO, style="bare")
            + "–"
            + local_time(end, lang=lang, zone=TORONTO, style="clock")
            for start, end in day.openings
        ]
    )


def answer(rows: list[Item], place: Item, when: str) -> tuple[Expected, list[str]]:
    kept, refused = imported(rows)
    owned = any(item.get(name) for item in kept for name in OWNERS)
    chosen = schedules_that_apply(kept, "s", "sal", "l") if owned else kept
    return read_at(chosen, place, when), refused


def read_at(chosen: list[Item], place: Item, when: str) -> Expected:
    """The answer from the schedules that apply at the place: status, the end of the opening or
    the next opening, today's cell (fr, en), 24/7 at the instant."""
    where = _place(place)
    more = {"city": where["city"]} if where.get("city") else {}
    tz = location_zone(
        where.get("time_zone"),
        TORONTO,
        state_province=where.get("state_province"),
        country=where.get("country"),
        schedules=chosen,
        **more,
    )
    at = datetime.fromisoformat(when)
    region = holiday_region(where.get("state_province"), where.get("country"), where.get("city"))
    found = state(place_rules(chosen, region), tz, at)
    day = today({"always_open": False}, chosen, where, at=at, default_zone=TORONTO)
    status = "open" if found.open else "unknown" if not day.known else "closed"
    following = found.closes_at if found.open else found.opens_at
    text = (words(day, "fr"), words(day, "en"))
    return (status, following.isoformat() if following else None, text, found.always)


def check(case: Case, refusals: tuple[str, ...] = ()) -> None:
    """The case's answer; `refusals`: the numbers of the rows refused with a word of the reason
    (`"0:closes_at"`), every other row kept."""
    rows, place, when, (status, following, text, always) = case
    (found, moment, cell, flag), refused = answer(rows, place, when)
    assert len(refused) == len(refusals), refused
    for expected, reason in zip(sorted(refusals), sorted(refused), strict=True):
        number, word = expected.split(":", 1)
        assert reason.startswith(f"{number}: ") and word.lower() in reason.lower(), (expected, reason)
    expected_moment = datetime.fromisoformat(following).isoformat() if following else None
    got_moment = datetime.fromisoformat(moment).isoformat() if moment else None
    if expected_moment and got_moment:
        assert datetime.fromisoformat(got_moment) == datetime.fromisoformat(expected_moment), (
            found,
            got_moment,
        )
    assert (found, bool(got_moment), flag) == (status, bool(expected_moment), always), (
        found,
        got_moment,
        flag,
    )
    if text is not None:
        assert cell == ((text, text) if isinstance(text, str) else text)
