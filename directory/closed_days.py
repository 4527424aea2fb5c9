"""Days of the week a schedule row's words say are closed, read beside the row's fields: a row open
every day whose description says "Fermé le dimanche" contradicts itself on Sundays, and a hotline
must not send a caller to a door the partner says is shut that day (profile.md, "Opening hours").

Read in the languages partners write (directory.weekday_words: English, French, Spanish,
Portuguese, Haitian Creole), in three forms:
- closed and the days: "Closed Sundays", "Fermé les dimanches", "Cerrado los domingos",
  "Fechado aos sábados e domingos", "Encerrado ao domingo", "Fèmen dimanch", "Closed: Sat & Sun";
- the days and closed: "Sat & Sun: closed", "Domingo: cerrado", "Domingos e feriados fechado";
- the days an opening leaves out: "Ouvert 7j/7 sauf le dimanche", "Open daily except Sundays",
  "Abierto todos los días excepto los domingos", "Aberto todos os dias exceto domingo", "Louvri
  chak jou eksepte dimanch", "Lundi au samedi sauf le mercredi": only when what the exception is
  taken from is an opening (the last word before it in its sentence says open, every day or
  names days), not a closure or a break ("Fermé sauf le dimanche", "Lunch break 12-1 except
  Saturdays" close nothing).
Read only when the days end the phrase or are followed by holidays ("Closed Sundays and
statutory holidays"); days narrowed by more words ("closed Sundays in July", "cerrado los domingos
por la tarde", "closed Monday 12-1 for lunch", "Sunday closed at 5", "fermé un dimanche sur
deux", "Fechado no primeiro domingo") or denied ("never closed on Sundays", "pa fèmen dimanch",
"no cerramos los domingos") close nothing. Pure.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from directory.weekday_words import ARTICLES, BETWEEN, DAY, DAYS, days_named

_CLOSED = (
    r"(?:closed|fermee?s?|fermeture(?:\s+hebdomadaire)?|cerrad[oa]s?|cerramos|cierran?|cierre"
    r"|fechad[oa]s?|fechamos|encerrad[oa]s?|encerramos|femen)"
)
# A closure denied: "not closed", "n'est pas fermé", "no cerramos", "não fecha", "pa fèmen".
_NOT = (
    r"(?<!not )(?<!n't )(?<!never )(?<!pas )(?<!jamais )(?<!no )(?<!nunca )(?<!nao )(?<!pa )"
    r"(?<!janm )(?<!jame )(?<!no esta )(?<!nao esta )(?<!nao fica )"
)
_EXCEPT = (
    r"(?:except(?:ing)?(?:\s+for)?|excluding|other\s+than|sauf|excepte|hormis|a\s+l'exception\s+d(?:u|es|e)"
    r"|excepto|salvo|menos|a\s+excepcion\s+de|exceto|com\s+exce(?:c|pc)ao\s+de|eksepte|sof)"
)
_HOLIDAYS = (
    r"(?:(?:statutory|public|bank|federal|legal)\s+)?(?:holidays?|(?:jours?\s+)?feries|(?:dias\s+)?festivos"
    r"|feriados|(?:jou\s+)?ferye)"
)
_MONTHS = (
    r"(?:jan|feb|fev|mar|apr|avr|abr|may|mai|jun|juin|jul|juil|aug|aout|ago|sep|set|oct|okt|out|nov|dec"
    r"|dic|dez|ene|jen|jiy|desanm)\w*\b"
)
_SEASONS = (
    r"(?:summer|winter|spring|fall|autumn|ete|hiver|printemps|automne|verano|invierno|primavera|otono"
    r"|verao|inverno|outono|ive|sezon|vacances|vacaciones|ferias)\b"
)
# Words that narrow the days to part of them: a time, a date, a season, a reason ("for lunch"),
# some of them ("every other", "un sur deux", "alternos"), an exception ("except in December").
_NARROWING_WORDS = (
    r"(?:mornings?|afternoons?|evenings?|nights?|for|from|between|until|till|before|after|at|in|during"
    r"|of|every|each|other|alternate|when|if|unless|twice|once|no"
    r"|matins?|apres|soirs?|soirees?|nuits?|entre|jusqu|pour|en|de|du|des|a|au|avant|pendant|midi"
    r"|un|une|deux|chaque|quand|lorsque|si|alternes?"
    r"|por|desde|hasta|durante|para|al|del|mananas?|tardes?|noches?|mediodia|cada|cuando|uno|una|dos"
    r"|alternos|alternados|da|do|das|dos|em|na|nos|nas|ao|aos|as|ate|apos|antes|depois|pela|pelo"
    r"|manhas?|noites?|almoco|quando|um|uma|duas"
    r"|nan|maten|apremidi|aswe|lannwit|ant|jiska|jis|pou|depi|pandan|apre|avan|yon)\b"
)
_NARROWED = (
    rf"\s*[,:(]?\s*(?:\d|{_NARROWING_WORDS}|{_EXCEPT}\b|{_MONTHS}|{_SEASONS})"
    # a longer list left behind because its last day was narrowed ("Sunday and Monday mornings")
)
_AFTER_DAYS = rf"{_NARROWED}|\s*{BETWEEN}\s*{ARTICLES}{DAY}"
_SAID = re.compile(
    rf"\b{_NOT}{_CLOSED}[\s:,]+{ARTICLES}({DAYS})\b(?!{_AFTER_DAYS})"
    rf"|\b({DAYS})\b(?:\s*{BETWEEN}\s*{ARTICLES}{_HOLIDAYS})?\s*[:\-–]?\s*{_NOT}{_CLOSED}\b"
    rf"(?!{_NARROWED}|\s*{ARTICLES}{_HOLIDAYS})"
    rf"|\b{_EXCEPT}[\s:,]+{ARTICLES}({DAYS})\b(?!{_AFTER_DAYS})"
)
# What an exception is taken from: the last word before it in its sentence that says open
# ("Ouvert", "abierto", "louvri") or not (a closure, a break: "Fermé sauf le dimanche", "Lunch
# break 12-1 except Saturdays"); with neither, days or every day ("Lundi au samedi sauf le
# mercredi", "24/7 except Sundays") are an opening too. "Closed every day except Sunday" is not.
_OPEN = (
    r"\b(?:open(?:s|ed)?|ouverte?s?|ouvre|ouvrons|abiert[oa]s?|abren?|abrimos|abert[oa]s?|louvri|ouvri"
    r"|ouve)\b"
)
_INTERRUPTING = (
    rf"\b(?:{_CLOSED}|closes|closing|fecha|lunch|break|pause|dejeuner|diner|repas|almuerzo|comida"
    r"|almoco|intervalo|late|nocturne|tard|poz|manje)\b"
)
_EVERY_DAY = (
    r"\b(?:daily|every\s*day|diario|diariamente|tous\s+les\s+jours|todos\s+(?:los|os)\s+dias|chak\s+jou"
    r"|tout\s+jou|tou\s+le\s+jou|(?:7|seven|sept|siete|sete)\s+(?:days?|jours|dias|jou))\b"
    r"|\b(?:24|7)\s*(?:h|j|jours?|heures?|dias?|days?|jou)?\s*(?:/|sur|por)\s*(?:24|7)\b"
    rf"|\b{DAY}"
)
_SAYS_OPEN = re.compile(rf"(?P<open>{_OPEN})|{_INTERRUPTING}")
_NAMES_DAYS = re.compile(_EVERY_DAY)
# The end of a sentence: not the dot of a short form ("Mon. to Sat.", "9h-18h."), the dot after a
# longer word ("Open daily.").
_SENTENCE_END = re.compile(r"[!?;\n]|(?<=\w{4})\.(?=\s|$)|(?<=[^\w.])\.(?=\s|$)")


def _folded(words: str) -> str:
    decomposed = unicodedata.normalize("NFKD", words.casefold().replace("’", "'"))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _taken_from_an_opening(before: str) -> bool:
    """Whether an exception whose sentence begins `before` it is taken from an opening."""
    ends = [end.end() for end in _SENTENCE_END.finditer(before)]
    sentence = before[ends[-1] :] if ends else before
    said = list(_SAYS_OPEN.finditer(sentence))
    if said:
        return said[-1]["open"] is not None
    return _NAMES_DAYS.search(sentence) is not None


@lru_cache(maxsize=4096)
def days_said_closed(words: str) -> frozenset[int]:
    """The days of the week (0 = Monday) the words say are closed; none when they name no day."""
    found: set[int] = set()
    folded = _folded(words)
    for match in _SAID.finditer(folded):
        if match[3] is not None and not _taken_from_an_opening(folded[: match.start()]):
            continue
        found |= days_named(match[1] or match[2] or match[3])
    return frozenset(found)
