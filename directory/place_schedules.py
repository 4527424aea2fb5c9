"""Which schedules apply at one place: those of the service at that location, else of the service,
else of the location; an owner whose rows give no hours of their own (dated closures, holiday
hours, closures) is laid over the next owner's hours instead of hiding them (profile.md, "Opening
hours"). Pure: no database; matching and the console list both read hours through it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from typing import Any

from directory.schedules import Rule, rules_from_rows


def gives_hours(rules: Iterable[Rule]) -> bool:
    """Recurring opening hours, not only dated rows (holiday closures and hours) or closures."""
    return any(not rule.exception and not rule.closed for rule in rules)


def layered(levels: Sequence[list[Rule]]) -> list[Rule]:
    """The rules of one place from those of its owners, the most specific first (service at
    location, service, location): the first owner that gives hours, with the rules of the owners
    before it (which give none: dated closures, holiday hours, closures) laid over them, their
    dates before its own (profile.md, "Opening hours"). The owners after it are not read."""
    used: list[list[Rule]] = []
    for rules in levels:
        used += [rules] if rules else []
        if gives_hours(rules):
            break
    top = len(used) - 1
    return [rule if index == top else replace(rule, level=top - index)
            for index, rules in enumerate(used) for rule in rules]


_OWNERS = ("service_at_location_id", "service_id", "location_id")  # a schedule's owner, most specific first


def _owner(item: Mapping[str, Any]) -> int:
    """0: the service at a location, 1: the service, 2: the location (the first owner it names)."""
    return next((index for index, name in enumerate(_OWNERS) if item.get(name)), len(_OWNERS) - 1)


def schedules_that_apply(schedules: Sequence[Mapping[str, Any]], service_id: str, sal_id: str | None,
                         location_id: str | None) -> list[Mapping[str, Any]]:
    """The schedules of the service at this location, else of the service, else of the location:
    the most specific owner that gives hours, and those of the owners before it, which give none
    and are laid over them (layered); the owners after it are not read."""
    levels = (
        [item for item in schedules if sal_id and item.get("service_at_location_id") == sal_id],
        [item for item in schedules if item.get("service_id") == service_id
         and not item.get("service_at_location_id")],
        [item for item in schedules if location_id and item.get("location_id") == location_id
         and not item.get("service_at_location_id") and not item.get("service_id")],
    )
    chosen: list[Mapping[str, Any]] = []
    for level in levels:
        chosen += level
        if gives_hours(rules_from_rows(level)):
            break
    return chosen


def place_rules(schedules: Sequence[Mapping[str, Any]]) -> list[Rule]:
    """The rules of the schedules that apply at one place (schedules_that_apply), each owner's rows
    laid over the next one's (layered)."""
    levels: list[list[Mapping[str, Any]]] = [[] for _ in _OWNERS]
    for item in schedules:
        levels[_owner(item)].append(item)
    return layered([rules_from_rows(level) for level in levels])
