"""Hours of work far above any legal limit, read from a number and its unit in any language.

"we work 15h a day", "14 horas", "13 ore pe zi", "12 tiếng", "15 часов", "15 घंटे",
"16 sa3a", "12个小时", "60 èdtan chak semèn": eleven hours or more at a time (a working
day), or sixty or more in a week, is a sign of excessive overtime (TRIAGE.md
`excessive_overtime`), whatever the words around it. Read on the folded text, so the unit
words are folded the same way ("घंटे" is "घट" once its vowel signs are gone).

Left alone: a clock time ("at 11h", "à 23h", "depuis 12 heures"), pay per hour ("12 $ de
l'heure": `triage.wages`), ages and amounts (no unit of time after them).
"""

from __future__ import annotations

import re
from functools import lru_cache

from triage.digit_runs import digit_runs, matches_at
from triage.folding import fold_plain

# The fewest hours at a time, and in a week, that are a sign on their own.
DAY_HOURS = 11
WEEK_HOURS = 60
MAX_HOURS = 24 * 7
# "Open 24h?": round the clock is how a service is asked about, not a working day.
MAX_DAY_HOURS = 23

_UNITS = (
    "h",
    "hr",
    "hrs",
    "hour",
    "hours",
    "heure",
    "heures",
    "hora",
    "horas",
    "ore",
    "ora",
    "oras",
    "edtan",
    "èdtan",
    "tieng",
    "tiếng",
    "gio",
    "giờ",
    "час",
    "часа",
    "часов",
    "годин",
    "години",
    "година",
    "घंटे",
    "घंटा",
    "ghante",
    "ghanta",
    "ساعة",
    "ساعات",
    "سا3ة",
    "sa3a",
    "sa3at",
    "saa",
    "小时",
    "小時",
    "个小时",
    "個小時",
    "钟头",
    "鐘頭",
    "个钟头",
)
# The units and weeks of the lighter lexicons' languages (tr, pl, de, nl, ko, ja, so, fa, ur,
# ne, th) and "11 è d tan": read only after the level is decided (`triage.late_signs`).
_WIDER_UNITS = (
    "saat",
    "godzin",
    "godziny",
    "godz",
    "stunden",
    "std",
    "uur",
    "시간",
    "時間",
    "saacadood",
    "ساعت",
    "گھنٹے",
    "घण्टा",
    "ชั่วโมง",
    "e d tan",
    "è d tan",
    "saac",
    "jam",
    "ঘণ্টা",
    "ঘন্টা",
    "ghonta",
)
_WEEK = (
    "week",
    "weeks",
    "semaine",
    "semana",
    "saptamana",
    "săptămână",
    "linggo",
    "semen",
    "semèn",
    "tuan",
    "tuần",
    "неделю",
    "неделя",
    "тиждень",
    "тижня",
    "हफ्ते",
    "hafte",
    "اسبوع",
    "أسبوع",
    "الاسبوع",
    "周",
    "週",
    "星期",
    # Issue 11, round 15: Italian, whose "ore" is read before the level, reads its week there too
    "settimana",
)
_WIDER_WEEK = (
    "tygodniu",
    "tydzien",
    "hafta",
    "haftada",
    "woche",
    "주",
    "wiki",
    "هفته",
    "हप्ता",
    "हप्ताको",
    "সপ্তাহে",
    "minggu",
    "seminggu",
    "toddobaadkii",
)
# Words just before the number that make it a clock time, not a length of work.
_CLOCK = (
    "a",
    "à",
    "at",
    "as",
    "às",
    "alas",
    "a las",
    "las",
    "luc",
    "lúc",
    "в",
    "о",
    "об",
    "vers",
    "around",
    "until",
    "till",
    "jusqu'a",
    "jusqu'à",
    "hasta",
    "ate",
    "até",
    "pana la",
    "до",
    "hanggang",
    "den",
    "đến",
    "lin",
    "لين",
    "الى",
    "إلى",
    "到",
    "点",
    "before",
    "after",
    "avant",
    "apres",
    "après",
    "despues",
    "después",
    "antes",
    "since",
    "depuis",
    "desde",
    "il y a",
    "ago",
)


def _alternatives(words: tuple[str, ...]) -> str:
    folded = sorted({fold_plain(w).strip() for w in words}, key=len, reverse=True)
    return "|".join(re.escape(w) for w in folded if w)


@lru_cache(maxsize=2)
def _patterns(wide: bool = False) -> tuple[re.Pattern[str], re.Pattern[str]]:
    unit = _alternatives(_UNITS + _WIDER_UNITS if wide else _UNITS)
    week_words = _alternatives(_WEEK + _WIDER_WEEK if wide else _WEEK)
    # The number, then its unit (joined or after one space, "12个小时", "15h", "15 часов"), and
    # for a week a word of one within three words after it. The number's first digit is
    # written before what may not stand before it, so the search skips from digit to digit.
    hours = re.compile(
        rf"(\d(?<![0-9a-z\u00c0-\u024f\u0400-\u04ff.,:/$€£]\d)\d{{0,2}})\s?(?:{unit}|e(?=\s+(?:pa|chak)\s))(?![0-9a-z\u00c0-\u024f\u0400-\u04ff$€£/])"
        rf"(?P<week>(?:\W+\w+){{0,3}}?\W+(?:{week_words})(?!\w))?"
    )
    clock = re.compile(rf"(?:^|[^\w])(?:{_alternatives(_CLOCK)})\s*$")
    return hours, clock


_DIGIT = re.compile(r"\d")


def overtime(folded_text: str) -> str | None:
    """The words of the first length of work far above any legal limit in `folded_text`
    (folded as `triage.folding` folds), or None."""
    span = overtime_span(folded_text)
    return None if span is None else " ".join(folded_text[span[0] : span[1]].split())


def overtime_span(folded_text: str, wide: bool = False) -> tuple[int, int] | None:
    """Where `overtime` finds its length of work; `wide` reads the units of the lighter
    lexicons' languages too ("13 godzin", "하루 13시간", "haftada 70 saat")."""
    runs = digit_runs(folded_text)  # the pattern below starts with one, where a run starts
    if not runs if runs is not None else _DIGIT.search(folded_text) is None:
        return None
    hours, clock = _patterns(wide)
    starts = None if runs is None else [start for start, _ in runs]
    found = hours.finditer(folded_text) if starts is None else matches_at(hours, folded_text, starts)
    for match in found:
        number = int(match.group(1))
        week = match.group("week") is not None or (wide and _week_before(folded_text, match.start()))
        if not (WEEK_HOURS <= number <= MAX_HOURS if week else DAY_HOURS <= number <= MAX_DAY_HOURS):
            continue
        if clock.search(folded_text, max(0, match.start() - 12), match.start()):
            continue  # "à 23h", "until 12 hours"
        if re.match(r"\s?[$€£]", folded_text[match.end() : match.end() + 2]):
            continue
        return match.start(), match.end()
    return None


def _week_before(folded_text: str, start: int) -> bool:
    """A word of a week just before the number ("haftada 70 saat", "주 60시간")."""
    before = folded_text[max(0, start - 14) : start]
    return re.search(rf"(?:{_alternatives(_WEEK + _WIDER_WEEK)})\W*(?:\w+\W+)?$", before) is not None
