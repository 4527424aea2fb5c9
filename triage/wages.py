"""Pay far below any legal wage, read from an amount and its period in any language.

"they pay only $800 a month", "me pagan 300 al mes", "100 dola pa mwa", "5 долл/час",
"8 đô/giờ": an amount of money per month, week or hour that no minimum wage allows is a
sign that wages are withheld (TRIAGE.md `withholding_of_wages`), whatever the words around
it. Read on the folded text (lower case, no accents), so "500$ pe lună" and "500$ pe luna"
are one. Durations ("12 hours a day", "3 months") carry no money and are left alone.
"""

from __future__ import annotations

import re

from triage.digit_runs import digit_runs

# Money: a currency sign or word next to the number.
_CURRENCY = (
    r"(?:[$€£]|(?<!\w)(?:cad|usd|dollars?|dolares|dolari|dolar|dola|do|bucks|euros?|pesos?|lei"
    r"|долл\w*|доллар\w*|долар\w*|дол|евро|євро|डॉलर|डालर|دولار|دولارات)(?!\w)|块|元|美元|加元)"
)
_NUMBER = r"(\d{1,3}(?:[ .,]\d{3})?|\d{1,5})"
# "a month", "par mois", "al mes", "pe luna", "v mesiac"... or a slash: "/month", "/h".
# Its white space is taken whole (possessive): "\s+(?:a|...)?\s*" backtracked through every way
# of sharing one run of spaces, so "$14", 3,990 spaces and a letter took 20 s to refuse.
_PER = (
    r"(?:\s*+/\s*+|\s++(?:a|an|one|per|par|al|por|pe|la|em|kada|bawat|tuwing|moi|mot|pa|chak|each|every"
    r"|chaque|в|на|за|प्रति|परति|हर|har|في|ب|كل|每|一个|一個)?\s*+(?:l\s|le\s|el\s|o\s|the\s|ال)?)"
)
_MONTH = (
    r"(?:months?|mo|mois|mes|mensuel\w*|luna|lunar|buwan\w*|mwa|thang|месяц\w*|мес|місяц\w*"
    r"|міс|महीन\w*|mahin\w*|شهر|الشهر|月)"
)
_WEEK = (
    r"(?:weeks?|wk|semaine|semana|saptamana|linggo|semen|tuan|недел\w*|тиждень|тижня|हफ्त\w*"
    r"|hafte|हफत\w*|اسبوع|الاسبوع|周|週|星期)"
)
_HOUR = (
    r"(?:hours?|hr|h|heure|hora|ora|oras|e|gio|час\w*|годин\w*|घंट\w*|घट\w*|ghante|ghanta|ساعة"
    r"|الساعة|ساعه|الساعه|小时|小時|钟头)"
)

# The most a period may pay before it is no sign (in dollars or euros, generous on purpose).
LIMITS = (("month", 1200), ("week", 300), ("hour", 10))
_LIMIT = dict(LIMITS)
# Tried only where a number starts, so a message costs a few short matches, not a scan.
_AFTER_NUMBER = re.compile(
    rf"{_NUMBER}\s?(?:de\s)?(?P<currency>{_CURRENCY})?{_PER}"
    rf"(?:(?P<month>{_MONTH})|(?P<week>{_WEEK})|(?P<hour>{_HOUR}))(?!\w)"
)
_CURRENCY_BEFORE = re.compile(rf"{_CURRENCY}\s?$")
# (The digit first, then what stands before it: the search skips from digit to digit.)
_NUMBER_START = re.compile(r"\d(?<![\w.,]\d)")
# The period before the amount ("हफ्ते के 200 डॉलर", "每个月1000块", "monthly: $600"), ending where
# the number starts; a currency must then stand beside the number.
_PERIOD_FIRST = re.compile(
    rf"(?<!\w)(?:(?P<month>{_MONTH}|monthly)|(?P<week>{_WEEK}|weekly)|(?P<hour>{_HOUR}|hourly))"
    rf"\s*(?:के|क|ki|ka|ke|of|de|du|:|,|-)?\s*(?:{_CURRENCY})?\s?$"
)
# The amount after the period, with its currency if one follows.
_AMOUNT = re.compile(rf"{_NUMBER}\s?(?P<currency>{_CURRENCY})?")
# The Latin-1 characters `_NUMBER_START` refuses before a number (`[\w.,]`).
_GLUED_BEFORE = frozenset(c for c in map(chr, range(256)) if re.match(r"[\w.,]", c))
# A number just before the period word makes it a duration ("3 months 500 dollars").
_COUNTED = re.compile(r"\d\s*$")
# Hour and month words of one or two letters ("e", "h", "mo") are read only after the amount.
_SHORT = 2
# Characters looked back at for a period before the amount.
LOOK_BACK = 20
# Without a currency, a month or week is pay only after "a", "al", "pa", "/"...: "300 al mes".
_CONNECTED = re.compile(r"\d\s*(?:/|\s(?:a|an|per|par|al|por|pe|pa|kada|bawat|moi|в|за|في|每)\s)")


# The currency words of `_CURRENCY` an ASCII text can hold.
LATIN_CURRENCY_WORDS = frozenset(
    {"cad", "usd", "dollar", "dollars", "dolares", "dolari", "dolar", "dola", "do", "bucks"}
    | {"euro", "euros", "peso", "pesos", "lei"}
)


def underpaid(folded_text: str, words: frozenset[str] | None = None) -> str | None:
    """The words of the first pay far below a minimum wage in `folded_text`, or None. `words`,
    when given, are the text's words (`triage.tokens`): an ASCII text that has no currency and
    no amount joined to its period is then left at once (`_no_pay_said`)."""
    if words is not None and _no_pay_said(folded_text, words):
        return None
    for at in _number_starts(folded_text):
        match = _AFTER_NUMBER.match(folded_text, at)
        if match is None:
            said = _period_first(folded_text, at)
            if said is not None:
                return said
            continue
        period = "month" if match.group("month") else "week" if match.group("week") else "hour"
        digits = re.sub(r"[ .,]", "", match.group(1))
        if not digits.isdigit() or not 0 < int(digits) <= _LIMIT[period]:
            continue
        before = _CURRENCY_BEFORE.search(folded_text, max(0, at - 8), at)
        said = folded_text[before.start() if before else at : match.end()]
        has_currency = before is not None or match.group("currency") is not None
        if not has_currency and (period == "hour" or not _CONNECTED.search(said)):
            continue  # "12 h", "3 months": durations, no money
        return " ".join(said.split())
    return None


def _number_starts(folded_text: str) -> list[int]:
    """Where `_NUMBER_START` matches: the digit runs not glued to a word or a number before them
    (found in C on a Latin-1 text, `triage.digit_runs`)."""
    runs = digit_runs(folded_text)
    if runs is None:
        return [m.start() for m in _NUMBER_START.finditer(folded_text)]
    return [start for start, _ in runs if not start or folded_text[start - 1] not in _GLUED_BEFORE]


def _no_pay_said(folded_text: str, words: frozenset[str]) -> bool:
    """Whether ASCII `folded_text` (its `words`) names no pay `underpaid` can read: every pay it
    reads has a currency ("$", "usd", "pesos"), or a month or week joined to its amount by "/" or
    a little word ("300 al mes", `_CONNECTED`). Most messages have neither: then no number is
    read against the many currencies and periods (one search, one set test)."""
    return (
        folded_text.isascii()
        and "$" not in folded_text
        and words.isdisjoint(LATIN_CURRENCY_WORDS)
        and _CONNECTED.search(folded_text) is None
    )


def _period_first(folded_text: str, at: int) -> str | None:
    """The words of pay far below a minimum wage whose period comes before its amount, the
    number starting at `at` ("हफत क 200 डॉलर", "每个月1000块"), or None. The currency is
    looked for first: most numbers have none beside them (an address, a time, an age), and
    then the period words need not be looked for at all."""
    amount = _AMOUNT.match(folded_text, at)
    if amount is None:
        return None
    if amount.group("currency") is None and _CURRENCY_BEFORE.search(folded_text, max(0, at - 8), at) is None:
        return None
    period = _PERIOD_FIRST.search(folded_text, max(0, at - LOOK_BACK), at)
    if period is None or len(period.group().strip()) <= _SHORT:
        return None
    if _COUNTED.search(folded_text, max(0, period.start() - 4), period.start()):
        return None
    kind = "month" if period.group("month") else "week" if period.group("week") else "hour"
    digits = re.sub(r"[ .,]", "", amount.group(1))
    if not digits.isdigit() or not 0 < int(digits) <= _LIMIT[kind]:
        return None
    return " ".join(folded_text[period.start() : amount.end()].split())
