"""Holidays a schedule row's words name as closed ("Fermé le jour de Noël", "Closed Christmas Day
and New Year's Day", "Fermé le 25 décembre"), read beside the row's fields as a closure every year
on those dates: the partner says the door is shut that day, and "closed" never sends a caller to a
shut door (profile.md, "Holidays said in words").

Only days of a fixed date are named here (Christmas Eve and Day, Boxing Day, New Year's Eve and
Day, Canada Day, the Fête nationale, Remembrance Day, Independence Day, or a day and a month);
days narrowed by more words ("closed Christmas Eve at noon", "fermé le 24 décembre après-midi") or
denied ("never closed on Christmas") close nothing, as days of the week said closed do
(directory.closed_days). Pure.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# The prefix of a closure "region" (directory.public_holidays.is_public_holiday) that holds dates.
NAMED = "dates:"

_FIXED: dict[str, str] = {
    r"christmas eve|veille de noel|reveillon de noel|nochebuena|noche buena|vispera de navidad"
    r"|vespera de natal|(?:la)?vey nwel": "12-24",
    r"christmas(?: day)?(?! eve)|xmas(?! eve)|(?:le )?jour de noel|noel|(?:el )?dia de navidad|navidad"
    r"|(?:o )?dia de natal|natal|(?:jou )?nwel": "12-25",
    r"boxing day|lendemain de noel": "12-26",
    r"new year'?s eve|veille du jour de l'an|saint-sylvestre|st-sylvestre|nochevieja|noche vieja"
    r"|vispera de ano nuevo|vespera de ano novo": "12-31",
    r"new year'?s(?: day)?(?! eve)|jour de l'an|nouvel an|(?:dia de )?ano nuevo|(?:dia de )?ano novo"
    r"|primero de enero|primeiro de janeiro|premye janvye|premye jou lan": "01-01",
    r"canada day|fete du canada": "07-01",
    r"fete nationale|saint-jean(?:-baptiste)?|st-jean(?:-baptiste)?": "06-24",
    r"remembrance day|jour du souvenir": "11-11",
    r"independence day|(?:the )?fourth of july|july 4th": "07-04",
}
_MONTHS = {
    "jan": 1, "feb": 2, "fev": 2, "mar": 3, "apr": 4, "avr": 4, "may": 5, "mai": 5, "jun": 6, "juin": 6,
    "jul": 7, "juil": 7, "aug": 8, "aout": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
    "ene": 1, "abr": 4, "ago": 8, "set": 9, "outu": 10, "okt": 10, "dic": 12, "dez": 12, "des": 12,
    "jen": 6, "jiy": 7,
}  # fmt: skip
# A month's name or abbreviation, in English or French (folded: `fevrier`, `aout`, `decembre`).
MONTH = (
    r"(?:jan(?:vier|uary)?|feb(?:ruary)?|fev(?:rier)?|mar(?:ch|s)?|apr(?:il)?|avr(?:il)?|may|mai|june?"
    r"|juin|july?|juil(?:let)?|aug(?:ust)?|aout|sept?(?:ember|embre)?|oct(?:ober|obre)?"
    r"|nov(?:ember|embre)?|dec(?:ember|embre)?)\b"
)
# Also in Spanish, Portuguese and Haitian Creole, after a day's number only ("25 de diciembre", "1º
# de janeiro", "25 desanm"): not the Creole `me`, `mas`, `out` ("2 out of 4").
_MONTH_ELSEWHERE = (
    r"(?:enero|ene|febrero|marzo|abril|abr|mayo|junio|julio|agosto|ago|septiembre|setiembre|octubre"
    r"|noviembre|diciembre|dic|janeiro|fevereiro|marco|maio|junho|julho|setembro|outubro|novembro"
    r"|dezembro|dez|janvye|fevriye|jen|jiye|septanm|oktob|novanm|desanm)\b"
)
_MONTH = rf"{MONTH}\.?"
_DATE = (
    rf"(?:\d{{1,2}}(?:er|st|nd|rd|th|o|ro|ye)?\s+(?:{_MONTH}|(?:de\s+)?{_MONTH_ELSEWHERE}\.?)"
    rf"|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?)"
)
_NAME = rf"(?:{'|'.join(_FIXED)}|{_DATE})"
_BETWEEN = r"(?:,|&|/|\b(?:and|et|or|ou|y|e|o|ak|epi)\b)"
_THE = r"(?:le|la|the|on|el|en|o|no|em|dia|jou|nan)\s+|l'"
_NAMES = rf"{_NAME}(?:\s*{_BETWEEN}\s*(?:{_THE})?{_NAME})*"
_CLOSED = r"(?:closed|fermee?s?|cerrad[oa]s?|cerramos|fechad[oa]s?|fechamos|encerrad[oa]s?|encerramos|femen)"
_NOT = r"(?<!not )(?<!never )(?<!pas )(?<!jamais )(?<!no )(?<!nunca )(?<!nao )(?<!pa )(?<!janm )(?<!jame )"
_BEFORE = (
    r"(?:on\s+|the\s+|for\s+|le\s+|la\s+|les\s+|l'|pour\s+|a\s+|au\s+|el\s+|en\s+|por\s+|o\s+|no\s+"
    r"|na\s+|em\s+|ao\s+|dia\s+|pou\s+|jou\s+|nan\s+|pandan\s+|durante\s+)*"
)
# Words that narrow the day to part of it (a time, a year, a part of the day, "from"/"until").
_NARROWED = (
    r"\s*,?\s*(?:\d|(?:mornings?|afternoons?|evenings?|nights?|from|between|until|till|before|after"
    r"|at|matin|apres-midi|apres|soir|soiree|nuit|entre|jusqu|des|avant|a partir|desde|hasta|ate|antes"
    r"|depois|despues|apos|por la|pela|pelo|a las|as|manana|tarde|noche|manha|noite|maten|apremidi"
    r"|aswe|jiska|depi|apre|avan|de|del|do)\b)"
)
_SAID = re.compile(
    rf"\b{_NOT}{_CLOSED}\s+{_BEFORE}({_NAMES})(?![\w'-])(?!{_NARROWED})"
    rf"|\b({_NAMES})\s*[:\-–]?\s*{_CLOSED}\b(?!{_NARROWED})"
)
_EACH = "|".join(f"(?P<n{index}>{name})" for index, name in enumerate(_FIXED))
_ONE = re.compile(rf"(?P<date>{_DATE})|{_EACH}")


def _folded(words: str) -> str:
    decomposed = unicodedata.normalize("NFKD", words.casefold().replace("\u2019", "'"))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _day_of(match: re.Match[str]) -> str | None:
    written = match["date"]
    if written is None:
        index = int(next(name for name, value in match.groupdict().items() if value)[1:])
        return list(_FIXED.values())[index]
    number = int(re.findall(r"\d+", written)[0])
    word = re.findall(r"[a-z]{3,}", written)[0]  # the month (`er`, `st`, `th` are shorter)
    month = next(month for key, month in _BY_LENGTH if word.startswith(key))
    return f"{month:02d}-{number:02d}" if 1 <= number <= 31 else None


_BY_LENGTH = sorted(_MONTHS.items(), key=lambda item: -len(item[0]))


@lru_cache(maxsize=4096)
def dates_said_closed(words: str) -> frozenset[str]:
    """The dates every year (`MM-DD`) the words say are closed; none when they name no holiday."""
    found: set[str] = set()
    for said in _SAID.finditer(_folded(words)):
        for one in _ONE.finditer(said[1] or said[2]):
            day = _day_of(one)
            if day:
                found.add(day)
    return frozenset(found)
