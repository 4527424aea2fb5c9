"""Days of the week as partners write them in words, in the languages of the hotline's partners:
English, French, Spanish, Portuguese and Haitian Creole ("Sundays", "les dimanches", "domingos",
"segunda-feira", "dimanch", "weekends", "la fin de semaine", "los fines de semana", "fins de
semana", "wikenn"), lists of them ("Sat & Sun", "sábados y domingos", "samdi ak dimanch") and spans
("Tuesday through Thursday", "de lunes a miércoles", "segunda a sexta", "lendi rive vandredi").

The text is read folded (directory.closed_days: lower case, no accents: `sabado`, `femen`). Short
forms are read only where they name no other thing (`Sun`, `sam.`, `dom`; not `mar`, `sex`,
`qui`), and a Portuguese day without `-feira` only when nothing but a list goes on after it
("fechado à segunda", not "a segunda quinzena de julho"). Pure.
"""

from __future__ import annotations

import re

# A Portuguese day written without `-feira` (`segunda`, `quarta`) is also "second", "fourth":
# read as a day only at the end of the words, before punctuation or before another day's link.
_ONLY_A_DAY = r"(?:[\s-]+feiras?\b|(?=\s*(?:$|[^\w\s]|(?:e|a|ate|ou|y|and|et)\b)))"
# Monday (0) to Sunday (6), each in English, French, Spanish, Portuguese and Haitian Creole.
_NAMES = (
    rf"mondays?|mon|lundis?|lunes|segundas?{_ONLY_A_DAY}|2a?[\s-]*feiras?|lendi",
    rf"tuesdays?|tues?|mardis?|martes|tercas?{_ONLY_A_DAY}|3a?[\s-]*feiras?|madi",
    rf"wednesdays?|wed|mercredis?|miercoles|quartas?{_ONLY_A_DAY}|4a?[\s-]*feiras?|mekredi",
    rf"thursdays?|thu(?:rs?)?|jeudis?|jueves|quintas?{_ONLY_A_DAY}|5a?[\s-]*feiras?|jedi",
    rf"fridays?|fri|vendredis?|viernes|sextas?{_ONLY_A_DAY}|6a?[\s-]*feiras?|vandredi",
    r"saturdays?|sat|samedis?|sam|sabados?|sab|samdi",
    r"sundays?|sun|dimanches?|dim|domingos?|dom|dimanch",
)
_WEEKEND = r"week-?ends?|wik-?enn?s?|fi(?:n|ns|nes|m)[\s-]+de[\s-]+sema(?:ine|na)|fen\s+(?:de\s+)?semen"
# One day's name or the weekend, its short form possibly ending with a dot (`Sat.`).
DAY = rf"(?:(?:{'|'.join(_NAMES)}|{_WEEKEND})\b\.?)"
# Words that put a day in the plural or a place before it: "on", "les", "los", "aos", "chak".
ARTICLES = (
    r"(?:(?:on|the|all|every|le|les|la|du|des|de|tous|tout|chaque|en|el|los|las|del|todos|todas|cada"
    r"|ao|aos|o|os|as|a|no|nos|na|nas|em|chak|nan|jou)\s+){0,3}"
)
# What links two days of a list or a span: "Sat & Sun", "samedi et dimanche", "lendi rive vandredi".
BETWEEN = r"(?:,|&|/|-|–|\+|\b(?:and|et|y|e|ak|epi|to|through|thru|au|a|al|hasta|ate|rive|jiska)\b)"
# Several days: "Saturdays and Sundays", "sábados y domingos", "de segunda a sexta".
DAYS = rf"{DAY}(?:\s*{BETWEEN}\s*{ARTICLES}{DAY})*"
_SPAN = re.compile(r"\s*(?:-|–|—|to|through|thru|au|a|al|hasta|ate|rive|jiska)\s*")
_ONE_DAY = "|".join(f"(?P<d{number}>{names})" for number, names in enumerate(_NAMES))
_ANY_DAY = re.compile(rf"\b(?:(?P<weekend>{_WEEKEND})|{_ONE_DAY})\b")


def _day_of(match: re.Match[str]) -> int:
    return int(next(name for name, text in match.groupdict().items() if text and name != "weekend")[1:])


def days_named(phrase: str) -> frozenset[int]:
    """The days of the week (0 = Monday) a folded phrase names: each day, the weekend's two, and
    every day of a span from its first day to its last ("vendredi au lundi": 4, 5, 6, 0)."""
    found: set[int] = set()
    previous, end = -1, 0
    for match in _ANY_DAY.finditer(phrase):
        day = -1 if match["weekend"] else _day_of(match)
        if day < 0:
            found |= {5, 6}
        elif previous >= 0 and _SPAN.fullmatch(phrase[end : match.start()]):
            found |= {(previous + step) % 7 for step in range((day - previous) % 7 + 1)}
        else:
            found.add(day)
        previous, end = day, match.end()
    return frozenset(found)
