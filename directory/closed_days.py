"""Days of the week a schedule row's words say are closed ("Closed Sundays", "Fermé le dimanche",
"Sat & Sun: closed", "fermé la fin de semaine"), read beside the row's fields: a row open every
day whose description says "Fermé le dimanche" contradicts itself on Sundays, and a hotline must
not send a caller to a door the partner says is shut that day (profile.md, "Opening hours").

Read only when the days end the phrase or are followed by holidays ("Closed Sundays and
statutory holidays"); days narrowed by more words ("closed Sundays in July", "closed Monday
12-1 for lunch", "Sunday closed at 5") or denied ("never closed on Sundays") close nothing. Pure.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from directory.recurrence import BadRecurrence, byday

_DAY = (
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?"
    r"|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)s?"
    r"|weekends?|week-ends?|(?:la\s+|les\s+)?fins?\s+de\s+semaine)"
)
_BETWEEN = r"(?:,|&|/|-|–|\band\b|\bet\b|\bto\b|\bthrough\b|\bthru\b|\bau\b|\ba\b)"
_DAYS = rf"{_DAY}(?:\s*{_BETWEEN}\s*(?:le\s+|les\s+)?{_DAY})*"
_CLOSED = r"(?:closed|fermee?s?)"
_NOT = r"(?<!not )(?<!never )(?<!pas )(?<!jamais )"
# Words that narrow the days to part of them: a time, a date, a season, a reason ("for lunch").
_NARROWED = (
    r"\s*,?\s*(?:\d|(?:mornings?|afternoons?|evenings?|nights?|for|from|between|until|till|before"
    r"|after|at|in|during|of|matins?|apres|soirs?|soirees?|nuits?|entre|jusqu|pour|en|de|du|des|a|au"
    r"|avant|pendant)\b|(?:jan|feb|fev|mar|apr|avr|may|mai|jun|juin|jul|juil|aug|aout|sep|oct|nov"
    r"|dec)\w*\b)"
)
_SAID = re.compile(
    rf"\b{_NOT}{_CLOSED}\s+(?:on\s+|all\s+|every\s+|the\s+|le\s+|les\s+|du\s+|tous\s+les\s+)?({_DAYS})\b(?!{_NARROWED})"
    rf"|\b({_DAYS})\s*[:\-–]?\s*{_CLOSED}\b(?!{_NARROWED})"
)


def _folded(words: str) -> str:
    decomposed = unicodedata.normalize("NFKD", words.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _days(phrase: str) -> frozenset[int]:
    phrase = re.sub(r"week-ends?", "weekend", phrase)
    phrase = re.sub(r"\b(?:la|les)\s+(fins?\s+de\s+semaine)", r"\1", phrase)
    try:
        return frozenset(day for day, ordinal in byday(phrase.replace(".", "")) if ordinal is None)
    except BadRecurrence:
        return frozenset()


@lru_cache(maxsize=4096)
def days_said_closed(words: str) -> frozenset[int]:
    """The days of the week (0 = Monday) the words say are closed; none when they name no day."""
    found: set[int] = set()
    for match in _SAID.finditer(_folded(words)):
        found |= _days(match[1] or match[2])
    return frozenset(found)
