"""A working day told by its clock times: "6am to 11pm", "de 6h à minuit", "das 6h às 23h",
"з 6 ранку до 11 вечора", "de la 7 dimineața până la 9 seara", "早上9点做到晚上10点",
"6è maten rive minwi", "từ 5 giờ sáng tới khuya" (late at night counts as midnight). A start in
the morning and an end at night, a few words apart in one sentence, thirteen hours or more
between them, is a sign of excessive overtime (TRIAGE.md `excessive_overtime`), as a number of
hours is (`triage.hours`).

Read on the folded text (`triage.folding`). Left alone: office hours ("9 to 5"), a single
time ("at 11pm"), times with nothing that says morning or night ("from 6 to 11").
"""

from __future__ import annotations

import re
from functools import lru_cache

from triage.digit_runs import digit_runs
from triage.folding import fold_plain

# The fewest hours between a morning start and a night end that are a sign on their own.
SHIFT_HOURS = 13
# Words (characters in Chinese) at most between the start and the end.
WORD_GAP = 8

# Said after an hour: morning, or evening and night.
_MORNING_AFTER = (
    "am",
    "a.m.",
    "a.m",
    "du matin",
    "de la manana",
    "de la mañana",
    "da manha",
    "da manhã",
    "dimineata",
    "dimineața",
    "utra",
    "утра",
    "ранку",
    "rano",
    "sang",
    "sáng",
    "maten",
    "nan maten",
    "ng umaga",
    "umaga",
    "morgens",
    "uhr morgens",
    "di mattina",
    "del mattino",
    "sabah",
    "in the morning",
    "صباحا",
    "الصبح",
    "الصباح",
)
_NIGHT_AFTER = (
    "pm",
    "at night",
    "in the evening",
    "p.m.",
    "p.m",
    "du soir",
    "de la nuit",
    "de la noche",
    "de la tarde",
    "da noite",
    "da tarde",
    "seara",
    "noaptea",
    "вечера",
    "ночи",
    "вечора",
    "ночі",
    "toi",
    "tối",
    "dem",
    "đêm",
    "diswa",
    "di swa",
    "aswe",
    "aswè",
    "nan aswe",
    "ng gabi",
    "gabi",
    "abends",
    "uhr abends",
    "nachts",
    "uhr nachts",
    "di sera",
    "di notte",
    "wieczorem",
    "w nocy",
    "aksam",
    "akşam",
    "gece",
    "مساء",
    "مساءا",
    "بالليل",
    "ليلا",
    "في الليل",
)
# Said before an hour.
_MORNING_BEFORE = ("早上", "早晨", "上午", "subah", "सुबह", "sabah", "الصبح", "الساعة", "rano o")
_NIGHT_BEFORE = ("晚上", "夜里", "夜裡", "凌晨", "半夜", "raat", "रात", "gece", "akşam", "aksam")
# Midnight, said without a number.
_MIDNIGHT = (
    "midnight",
    "minuit",
    "minwi",
    "medianoche",
    "media noche",
    "meia-noite",
    "meia noite",
    "mezzanotte",
    "miezul noptii",
    "miezul nopții",
    "полуночи",
    "полночь",
    "півночі",
    "опівночі",
    "nua dem",
    "nửa đêm",
    "hatinggabi",
    "mitternacht",
    "polnoc",
    "północy",
    "gece yarisi",
    "gece yarısı",
    "半夜",
    "午夜",
    "十二点",
    "منتصف الليل",
    "نص الليل",
    "आधी रात",
    "adhi raat",
    # Late at night, said without a number: as late as midnight.
    "late at night",
    "late night",
    "tard le soir",
    "tard dans la nuit",
    "altas horas",
    "tarde da noite",
    "noaptea tarziu",
    "noaptea târziu",
    "khuya",
    "до поздней ночи",
    "до глубокой ночи",
    "до пізньої ночі",
    "देर रात",
    "der raat",
    "深夜",
    "很晚",
)


def _alternatives(words: tuple[str, ...]) -> str:
    folded = sorted({fold_plain(w).strip() for w in words}, key=len, reverse=True)
    return "|".join(re.escape(w) for w in folded if w)


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    """A clock time: an hour with a word of morning or night around it, an hour of a 24-hour
    clock ("23h", "22:00"), or midnight."""
    hour = r"(?<![\d:.,/$€£])(?P<{0}>[012]?\d)(?:[:h.](?:00|15|30|45))?"
    return re.compile(
        rf"(?:(?P<mb>{_alternatives(_MORNING_BEFORE)})\s?{hour.format('h1')}"
        rf"|(?P<nb>{_alternatives(_NIGHT_BEFORE)})\s?{hour.format('h2')}"
        rf"|{hour.format('h3')}\s?(?:(?:h|gio|giờ|e|è|uhr|点|點|시|時)\s?)?"
        rf"(?:(?P<ma>{_alternatives(_MORNING_AFTER)})|(?P<na>{_alternatives(_NIGHT_AFTER)}))(?!\w)"
        rf"|(?<![\d:.])(?P<h4>[012]?\d)(?:\s?h|:00)(?![\w:])"
        rf"|(?P<mid>{_alternatives(_MIDNIGHT)}))"
    )


def _clock(match: re.Match[str]) -> float | None:
    """The hour on a 0-27 scale (an hour after midnight counts past 24), or None."""
    if match.group("mid"):
        return 24.0
    for name, night in (("h1", False), ("h2", True), ("h3", None), ("h4", None)):
        raw = match.group(name)
        if raw is None:
            continue
        hour = int(raw)
        if hour > 24:
            return None
        if night is None:
            night = True if match.group("na") else False if match.group("ma") else None
        if night is None:  # a 24-hour clock: "23h", "6h"
            return float(hour) if 4 <= hour <= 24 else hour + 24.0 if hour <= 3 else None
        if not night:  # "2am", "2 da manhã": after midnight
            return hour % 12 + (24.0 if hour % 12 <= 3 else 0.0)
        return hour + 24.0 if hour <= 4 else float(hour % 12 + 12)
    return None


# Where a clock time may start: a digit with no digit before it (the hours of `_pattern` are
# digits after a look-behind that refuses one), or a word of the branches that start with one.
# (The digit first, then what may not stand before it: the search skips from digit to digit.)
_DIGIT_START = re.compile(r"\d(?<!\d\d)")


@lru_cache(maxsize=1)
def _start_words() -> tuple[str, ...]:
    words = {fold_plain(w).strip() for w in (*_MORNING_BEFORE, *_NIGHT_BEFORE, *_MIDNIGHT)}
    return tuple(sorted(w for w in words if w))


@lru_cache(maxsize=2)
def _start_groups(ascii_only: bool = False) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """`_start_words` by their first two characters (most texts have few of them); only the
    ASCII ones when `ascii_only` (an ASCII text holds no other, and half are in other scripts)."""
    groups: dict[str, list[str]] = {}
    for word in _start_words():
        if ascii_only and not word.isascii():
            continue
        groups.setdefault(word[:2], []).append(word)
    return tuple((head, tuple(words)) for head, words in groups.items())


def _clock_times(folded_text: str) -> list[re.Match[str]]:
    """`_pattern().finditer(folded_text)`, tried only where a match can start (a scan of the
    whole text by the pattern's many alternatives costs several times more)."""
    runs = digit_runs(folded_text)
    if runs is None:
        starts = {m.start() for m in _DIGIT_START.finditer(folded_text)}
    else:  # the same starts, found in C (`triage.digit_runs`)
        starts = {start for start, _ in runs}
    for head, words in _start_groups(folded_text.isascii()):
        if head not in folded_text:  # none of the words that begin so is there
            continue
        for word in words:
            at = folded_text.find(word)
            while at >= 0:
                starts.add(at)
                at = folded_text.find(word, at + 1)
    pattern, found, done = _pattern(), [], 0
    for at in sorted(starts):
        if at >= done and (match := pattern.match(folded_text, at)) is not None:
            found.append(match)
            done = match.end()
    return found


def long_shift(folded_text: str) -> tuple[int, int] | None:
    """Where the first working day of `SHIFT_HOURS` or more told by its clock times stands in
    `folded_text`, or None."""
    # Every start the pattern reads has an hour in digits (`\d`); midnight alone starts none.
    runs = digit_runs(folded_text)
    if not runs if runs is not None else _DIGIT_START.search(folded_text) is None:
        return None
    times = [(m, _clock(m)) for m in _clock_times(folded_text)]
    for i, (start, begin) in enumerate(times):
        if begin is None or not 3 <= begin <= 10:
            continue
        for end, finish in times[i + 1 : i + 3]:
            between = folded_text[start.end() : end.start()]
            if finish is None or re.search(r"[.!?;。！？\n]", between):
                continue
            gap = len(between.strip()) if re.search(r"[\u3400-\u9fff]", between) else len(between.split())
            if gap <= WORD_GAP and finish - begin >= SHIFT_HOURS:
                return start.start(), end.end()
    return _bare_range(folded_text)


# A working day told by two bare hours of a 24-hour clock with words of from and to ("de 7 a 23",
# "das 6 às 22", "с 7 до 23", "de la 6 la 22", "from 7 to 23"): the end past noon says the clock
# (Issue 11, round 23). Not a range of ages, amounts, dates or counts ("de 7 a 23 años",
# "del 7 al 23 de marzo", "from 7 to 23 people"): no such word may follow.
_FROM = r"de|desde|das|des|depuis|de la|intre|from|с|от|з|від|tu|mula|dalle|von|od"
_TO = r"a|à|as|às|ate|até|hasta|jusqu a|la|pana la|to|till|until|до|den|đến|hanggang|alle|bis|do"
_NOT_HOURS = (
    r"anos|años|ani|ans|an|years?|yrs?|yo|лет|років|rokiv|let|tuoi|tuổi|de|del|do|of|di|euros?|eur|€|\$|%"
    r"|dolares|dollars?|mil|k|km|kg|people|persons|personas|pessoas|personnes|oameni|человек|людей|чоловік|nguoi|"
    r"mois|meses|months?|месяц|місяц|luni|semaines|semanas|weeks?|jours|dias|días|days?|zile|дней|днів|ngay"
)
_RANGE = re.compile(
    rf"(?<!\w)(?:{_FROM})\s+(?P<start>\d{{1,2}})(?:h|:00)?\s*(?:{_TO}|-)\s*(?P<end>\d{{1,2}})(?!\d|[.,/:]\d)"
    rf"(?:h|:00|\s?(?:heures|horas|hrs|ore|часов|годин|gio|giờ))?(?!\s*(?:{_NOT_HOURS})(?!\w))"
)


def _bare_range(folded_text: str) -> tuple[int, int] | None:
    """Where a working day told by two bare hours of a 24-hour clock stands, or None."""
    if _DIGIT_START.search(folded_text) is None:
        return None
    for match in _RANGE.finditer(folded_text):
        begin, finish = int(match.group("start")), int(match.group("end"))
        if 4 <= begin <= 10 and 19 <= finish <= 24 and finish - begin >= SHIFT_HOURS:
            return match.start(), match.end()
    return None
