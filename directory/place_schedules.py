"""Which schedules apply at one place: those of the service at that location, else of the service,
else of the location; an owner whose rows give no hours of their own (dated closures, holiday
hours, closures) is laid over the next owner's hours instead of hiding them, and the dated
closures of the owners after the one that gives hours close its hours on their dates unless a
more specific owner has a dated row of its own that day (profile.md, "Opening hours"). Pure: no
database; matching, the console list and the stored 24/7 flag all read hours through it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import date
from typing import Any

from directory.schedule_rows import rule_from_row, rules_from_rows, says_shut
from directory.schedules import BadSchedule, Rule, is_always_open


def gives_hours(rules: Iterable[Rule]) -> bool:
    """Recurring opening hours, not only dated rows (holiday closures and hours) or closures."""
    return any(not rule.exception and not rule.closed for rule in rules)


def _dated_closure(rule: Rule) -> bool:
    return rule.exception and rule.closed


def layered(levels: Sequence[list[Rule]]) -> list[Rule]:
    """The rules of one place from those of its owners, the most specific first (service at
    location, service, location): the first owner that gives hours (level 0), with the rules of the
    owners before it (which give none: dated closures, holiday hours, closures) laid over them
    (levels 1, 2: their dates before its own), and the dated closures of the owners after it below
    them (levels -1, -2: a closure on a date no more specific owner gives a row for)."""
    giver = next((index for index, rules in enumerate(levels) if gives_hours(rules)), len(levels) - 1)
    return [
        replace(rule, level=giver - index) if index != giver else rule
        for index, rules in enumerate(levels)
        for rule in rules
        if index <= giver or _dated_closure(rule)
    ]


def _is_dated_closure(item: Mapping[str, Any]) -> bool:
    try:
        rule = rule_from_row(item)
    except BadSchedule:
        return False
    return rule is not None and _dated_closure(rule)


_OWNERS = ("service_at_location_id", "service_id", "location_id")  # a schedule's owner, most specific first


def _owner(item: Mapping[str, Any]) -> int:
    """0: the service at a location, 1: the service, 2: the location (the first owner it names)."""
    return next((index for index, name in enumerate(_OWNERS) if item.get(name)), len(_OWNERS) - 1)


def schedules_that_apply(
    schedules: Sequence[Mapping[str, Any]], service_id: str, sal_id: str | None, location_id: str | None
) -> list[Mapping[str, Any]]:
    """The schedules of the service at this location, else of the service, else of the location:
    the most specific owner that gives hours, those of the owners before it, which give none and
    are laid over them, and the dated closures of the owners after it (layered). An owner whose
    rows say it is shut ("Temporarily closed": says_shut) gives hours, unknown ones: the next
    owner's hours are not read; the rows of a later owner that say it is shut are kept (the
    place's hours are then unknown: place_rules)."""
    levels = (
        [item for item in schedules if sal_id and item.get("service_at_location_id") == sal_id],
        [
            item
            for item in schedules
            if item.get("service_id") == service_id and not item.get("service_at_location_id")
        ],
        [
            item
            for item in schedules
            if location_id
            and item.get("location_id") == location_id
            and not item.get("service_at_location_id")
            and not item.get("service_id")
        ],
    )
    chosen: list[Mapping[str, Any]] = []
    given = False
    for level in levels:
        chosen += [item for item in level if _is_dated_closure(item) or says_shut([item])] if given else level
        given = given or gives_hours(rules_from_rows(level)) or says_shut(level)
    return chosen


def place_rules(schedules: Sequence[Mapping[str, Any]], holidays: str = "CA") -> list[Rule]:
    """The rules of the schedules that apply at one place (schedules_that_apply), each owner's rows
    laid over the next one's (layered); `holidays`: the place's region for the public holidays a
    row may say it is closed on (directory.public_holidays). None when a row not bound to dates
    says an owner is shut, a less specific one too (a location "Permanently closed" beside the
    service's weekly hours): those hours contradict the words, and "Hours unknown" (call first)
    beats sending a caller to a closed door."""
    if says_shut(schedules):
        return []
    levels: list[list[Mapping[str, Any]]] = [[] for _ in _OWNERS]
    for item in schedules:
        levels[_owner(item)].append(item)
    return layered([rules_from_rows(level, holidays) for level in levels])


def always_open_at_a_place(
    schedules: Sequence[Mapping[str, Any]],
    service_id: str,
    places: Iterable[tuple[str | None, str | None]],
    on: date | None = None,
) -> bool:
    """The stored 24/7 flag: the service is 24/7 at one of its places (service at location id,
    location id) at least, by the schedules that apply there; a service without places, by its own.
    `on` (the day it is stored): rows valid from that day or before, without end, count too
    (directory.week_cover)."""
    return any(
        is_always_open(place_rules(schedules_that_apply(schedules, service_id, sal_id, location_id)), on)
        for sal_id, location_id in (list(places) or [(None, None)])
    )
