"""Numbers that must survive: dates, times, amounts of money, ages, durations, percentages.

They are found before the phone and identity detectors and masked from them, so "2026-12-24",
"23h30", "2 000 $", "$15,000", "15 ans", "16 hours" or "12-hour shifts" are never taken for a
phone or an id number. They are not personal data and are not returned as entities.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from triage.redaction.spans import Hints, match_at_digits

_MONTHS = (
    r"janvier|janv|f[eé]vrier|f[eé]vr?|mars|avril|avr|mai|juin|juillet|juil|ao[uû]t|septembre|sept|"
    r"octobre|oct|novembre|nov|d[eé]cembre|d[eé]c|january|jan|february|feb|march|mar|april|apr|may|june|"
    r"jun|july|jul|august|aug|september|sep|october|november|december|dec|enero|febrero|marzo|abril|mayo|"
    r"junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|janeiro|fevereiro|mar[cç]o|"
    r"maio|junho|julho|setembro|outubro|novembro|dezembro"
)
# not the last group of a longer number ("514 - 200 - 0000 yo" is a phone, not an age)
_NOT_INSIDE_A_NUMBER = r"(?<![\d.,])(?<![\d)][ .\-])(?<!\d [.\-] )(?<!\d[.\-] )(?<!\d [.\-])"
_NUMBER = rf"{_NOT_INSIDE_A_NUMBER}(?:\d{1, 3}(?:[ ,.\u00a0\u202f]\d{3})+|\d+)(?:[.,]\d{1, 2})?"
_CURRENCY_WORDS = (
    r"\$|€|£|¥|₱|₹|₽|₴|\$ ?CA|CAD|USD|EUR|MXN|dollars?|d[oó]lares|dolares|dolari|dolars|dollar|piastres?|"
    r"piasses?|pesos?|euros?|bucks|gourdes?|soles|reais|rupees|roupies|yuan|rmb|元|块|đô|đồng|dong|lei|"
    r"рублей|рубля|гривень|гривні|доларів|долларов|دولار|k\b"
)
_UNITS = (
    r"hours?|hrs?|h\b|heures?|hres?|horas?|oras?|days?|jours?|d[ií]as?|araw|weeks?|semaines?|semanas?|"
    r"linggo|months?|mois|meses|m[eê]s|buwan|years?(?:[- ]old)?|yrs?|y/?o|ans?|años|anos|ani|tuổi|лет|років|"
    r"роки|岁|歲|साल|minutes?|mins?|minutos|nights?|nuits?|noches|times|fois|veces|shifts?|quarts?|"
    r"turnos?|kg|km|miles?|%|pour ?cent|percent|por ?ciento"
)
_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
_MONTH = r"(?:0?[1-9]|1[0-2])"
_DIGIT_LED = (
    # dates: 2026-12-24, 24/12/2026, 12.05.24, 24 décembre 2026
    re.compile(rf"(?<![\d./-])(?:19|20)\d\d[-/.]{_MONTH}[-/.]{_DAY}(?![\d/-]|\.\d)"),
    re.compile(rf"(?<![\d./-]){_DAY}[-/.]{_DAY}[-/.](?:(?:19|20)\d\d|\d\d)(?![\d/-]|\.\d)"),
    re.compile(
        rf"(?<!\d)\d{{1,2}}(?:er|re|st|nd|rd|th|º|°)?\s+(?:de\s+)?(?i:{_MONTHS})\b\.?(?:\s+(?:de\s+)?\d{{4}})?"
    ),
    re.compile(r"(?<![\d-])(?:19|20)\d{2}\s?[-–/]\s?(?:(?:19|20)\d{2}|\d{2})(?![\d-])"),
    # times: 23h30, 23:30, 9h, 11 pm
    re.compile(r"(?<![\d:])\d{1,2}\s?[hH:]\s?\d{2}(?![\d:])"),
    re.compile(r"(?<!\d)\d{1,2}(?::\d{2})?\s?(?i:am|pm|a\.m\.|p\.m\.)"),
    # money: 2 000 $, 1500$, 20.000 đô, 5000 de dolari
    re.compile(rf"{_NUMBER}\s?(?:de\s+)?(?i:{_CURRENCY_WORDS})"),
    # ages, durations, counts with a unit: 15 ans, 16 hours, 12-hour, 3 semaines, 17 tuổi, 50%
    re.compile(rf"{_NOT_INSIDE_A_NUMBER}\d{{1,3}}(?:[.,]\d{{1,2}})?\s?-?\s?(?i:{_UNITS})(?!\w)"),
)
# one pattern tried once at each digit: the first of them that fits, in the order above
_ANY_DIGIT_LED = re.compile("|".join(f"(?:{pattern.pattern})" for pattern in _DIGIT_LED))
# December 24, 2026; $500, €2,000, CAD 300
_MONTH_FIRST = re.compile(rf"\b(?i:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?!\d)(?:,?\s+\d{{4}})?")
_CURRENCY_FIRST = re.compile(rf"(?:[$€£¥₱₹]|C\$|US\$|CAD|USD|EUR|MXN)\s?{_NUMBER}")
_MONTH_WORDS = frozenset(
    [
        "janvier",
        "janv",
        "février",
        "fevrier",
        "févr",
        "fevr",
        "fév",
        "fev",
        "mars",
        "avril",
        "avr",
        "mai",
        "juin",
        "juillet",
        "juil",
        "août",
        "aout",
        "septembre",
        "sept",
        "octobre",
        "oct",
        "novembre",
        "nov",
        "décembre",
        "decembre",
        "déc",
        "dec",
        "january",
        "jan",
        "february",
        "feb",
        "march",
        "mar",
        "april",
        "apr",
        "may",
        "june",
        "jun",
        "july",
        "jul",
        "august",
        "aug",
        "september",
        "sep",
        "october",
        "november",
        "december",
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "setiembre",
        "octubre",
        "noviembre",
        "diciembre",
        "janeiro",
        "fevereiro",
        "março",
        "marco",
        "maio",
        "junho",
        "julho",
        "setembro",
        "outubro",
        "novembro",
        "dezembro",
    ]
)
_CURRENCY_CODES = frozenset({"cad", "usd", "eur", "mxn"})


def find_kept_numbers(text: str, hints: Hints) -> Iterator[tuple[int, int]]:
    """Spans of dates, times, money, ages and durations (to mask, not to redact)."""
    if not hints.digit_starts:
        return
    yield from match_at_digits(text, hints, (_ANY_DIGIT_LED,))
    if hints.has_any(_MONTH_WORDS):
        yield from (m.span() for m in _MONTH_FIRST.finditer(text))
    if any(symbol in text for symbol in "$€£¥₱₹") or hints.has_any(_CURRENCY_CODES):
        yield from (m.span() for m in _CURRENCY_FIRST.finditer(text))
