"""A count of months or weeks says how long a situation has lasted, in any language (Issue 11,
twelfth round).

"Ne țin 3 luni pe drum", "工资四个月没发", "5 mwa", "вже 5 місяців", "٦ شهور", "3 tháng": a number
of months or weeks with no word of "ago" is a duration, and a danger word in its sentence a state
that goes on (`ongoing`), not one happening at this moment ("they keep us on the road for three
months" is a servitude, `high`; "they locked me in an hour ago" is now). A word of the past or of
now in the same sentence still wins (`triage.danger.timing.when_of` reads them first), so "3
months ago" stays over and "locked in for 3 weeks, help me now" stays now. Years are left out:
"13 years" is as often an age as a duration.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from triage.danger.finder import Found
from triage.digit_runs import digit_runs
from triage.folding import fold_chars

# The units, folded (lower case, no accents; Devanagari loses its vowel signs), of the lexicon
# languages: months then weeks.
_UNITS = (
    r"months?|mos|weeks?|wks|mois|semaines?|mes|meses|semanas?|mesi|mese|settiman[ae]"
    r"|monate?n?|wochen?|maand(?:en)?|weken|luni|luna|saptaman[ai]|miesi\w*|tygodni\w*|tydzien"
    r"|buwan|linggo|mwa|semenn|thang|tuan|bulan|minggu|miezi|wiki|ay(?:dir|dır)?|hafta"
    r"|месяц\w*|недел\w*|місяц\w*|тижн\w*|тиждень"
    r"|شهر|شهور|اشهر|أشهر|اسبوع|أسبوع|اسابيع|أسابيع|ماه|هفته|مہین\w*|ہفت\w*"
    r"|mahin\w*|hafte?|महीन\w*|महिन\w*|हफ\w*|हफ़\w*|सप्ताह|মাস|ਮਹੀਨ\w*"
)
# A number in digits of any script, or in words for the languages that write it so before the
# unit without a space (Chinese, Japanese, Korean, Thai).
_COUNT = re.compile(
    rf"(?<![\w.,:/-])\d{{1,2}}\s*(?:-\s*)?(?:{_UNITS})(?!\w)"
    r"|[一二两兩三四五六七八九十几幾半\d]+\s*(?:个月|個月|ヶ月|か月|カ月|週間|个星期|個星期|周|週|개월|주)"
    rf"|\d{{1,2}}\s*(?:{fold_chars('เดือน')}|{fold_chars('สัปดาห์')})"  # folded: no vowel signs
)
# A count that is an age or a size, not a duration: "a 6-month-old baby", "6 months pregnant";
# or a time gone by, "3 weeks ago", "il y a 2 mois", "hace 3 meses" (not "desde hace"), "قبل ٣ شهور".
_AGO_WORDS = r"ago|back|назад|тому|truoc|前|पहल|pehle|once|önce|fa|geleden|temu|lalu|zuvor|trecut"
_NOT_DURATION = re.compile(
    rf"\s*-?\s*(?:old|pregnant|enceinte|embarazada|gravida|incinta|schwanger|{_AGO_WORDS})(?!\w)"
)
_AGO_AFTER = re.compile(rf"\s*(?:{_AGO_WORDS})(?!\w)")
_AGO_BEFORE = re.compile(r"(?:(?<!desde )\bhace|il y a|\bha|\bvor|\bacum|قبل|پیش|\bit s been|\bbeen)\s*$")
# "ago" said before the count; Portuguese "há" only to open a sentence ("Há 3 semanas caiu"), as
# "estou presa há 3 semanas" is how long it has lasted; not "hace 3 meses que", "il y a 2 mois que"
# (for 2 months) nor "it's been 3 weeks".
_PAST_BEFORE = re.compile(r"(?:(?<!desde )\bhace|il y a|\bvor|\bacum|قبل|پیش|(?:^|[.!?\n]\s*)ha)\s*$")
_FOR_AFTER = re.compile(r"\s*(?:que|qu|ke)(?!\w)")
# A word of "since" before the count: "since 3 weeks ago" is how long a situation has gone on.
_SINCE_BEFORE = re.compile(r"(?:since|depuis|desde|din|de la|с|со|з|із|від|mula|tu|ke tu|منذ|从|從|自)\s*$")
# The characters a count starts with. `_COUNT` starts with a look-behind, so a search for it
# tries every character of the text; it is tried only at these (a third of the time).
_COUNT_START = re.compile(r"[\d一二两兩三四五六七八九十几幾半]")
# In an ASCII text only the first branch of `_COUNT` can match (the others need a unit in
# another script): one or two digits, not inside a word or a longer number ("2026", "$800",
# "14h30" are no counts of months). Most of a message's numbers start no count.
# The ASCII characters `_ASCII_COUNT_START` refuses before a count.
_NOT_BEFORE_COUNT = frozenset(c for c in map(chr, range(128)) if re.match(r"[\w.,:/-]", c))
_ASCII_COUNT_START = re.compile(r"\d(?<![\w.,:/-]\d)(?:\d(?!\d)|(?!\d))")


def _counts(text: str) -> Iterator[re.Match[str]]:
    """What `_COUNT.finditer(text)` finds: a match at each place a count may start, read on
    from the end of the last."""
    end = 0
    for start in _count_starts(text):
        if start >= end and (match := _COUNT.match(text, start)) is not None:
            end = match.end()
            yield match


def _count_starts(text: str) -> list[int]:
    """Where a count may start: in an ASCII text, where `_ASCII_COUNT_START` matches (its digit
    runs of one or two digits with none of `[\\w.,:/-]` before them, found in C,
    `triage.digit_runs`); in any other, where `_COUNT_START` does."""
    if not text.isascii():
        return [m.start() for m in _COUNT_START.finditer(text)]
    runs = digit_runs(text)
    assert runs is not None  # an ASCII text is Latin-1
    return [s for s, e in runs if e - s <= 2 and (not s or text[s - 1] not in _NOT_BEFORE_COUNT)]


def durations(text: str) -> list[Found[str]]:
    """Words of a state that goes on: each count of months or weeks in folded `text`."""
    return [
        Found(m.start(), m.end(), "ongoing")
        for m in _counts(text)
        if not _NOT_DURATION.match(text, m.end())
        and not _AGO_BEFORE.search(text, max(0, m.start() - 12), m.start())
    ]


def times_ago(text: str) -> list[Found[str]]:
    """Words of the past: each count of months or weeks gone by in folded `text` ("3 weeks ago",
    "il y a 2 mois", "2 тижні тому", "2 tuần trước", "قبل ٣ شهور"; not "since 3 weeks ago"). Like
    a year gone by, it places the danger told in its sentence in the past whatever the tense of
    the cue ("2 тижні тому хлопець впав з другого поверху"; Issue 11, round 16)."""
    return [
        Found(m.start(), m.end(), "past")
        for m in _counts(text)
        if (_AGO_AFTER.match(text, m.end()) or _PAST_BEFORE.search(text, max(0, m.start() - 12), m.start()))
        and not _SINCE_BEFORE.search(text, max(0, m.start() - 12), m.start())
        and not _FOR_AFTER.match(text, m.end())
    ]


# What may stand between a word of pay and its count: nothing, or a word of measure ("зарплату за
# 2 месяца", "salary for 3 months", "salaire de 2 mois", "banii pe 2 luni"), not "since" ("paye
# depuis 2 semaines" is how long a payment has gone on); or after the count ("2 months of pay").
_PAY_GAP = re.compile(r"\s*(?:(?:for|of|de|du|des|di|da|do|pe|pentru|por|za|за|на|по)\s*)?")
_PAY_AFTER = re.compile(r"\s*(?:'s?|of|de|di|da|do)\s*")


def unpaid_months(text: str, counts: list[Found[str]], found: Sequence[Found[str]]) -> list[Found[str]]:
    """The words of time in `counts` but the durations that are pay owed: a count of months right
    beside a word of pay ("locked us in because we asked for 2 months of pay") says how much is
    owed, not how long the danger in its sentence has lasted (Issue 11, round 15)."""
    pay = [(f.start, f.end) for f in found if f.payload == "wage"]
    if not pay:
        return counts
    return [
        c
        for c in counts
        if c.payload != "ongoing" or not any(_owed(text, c, start, end) for start, end in pay)
    ]


def _owed(text: str, count: Found[str], start: int, end: int) -> bool:
    """The pay word (`start`, `end`) names what the `count` measures."""
    if end <= count.start:
        return _PAY_GAP.fullmatch(text, end, count.start) is not None
    return count.end <= start and _PAY_AFTER.fullmatch(text, count.end, start) is not None
