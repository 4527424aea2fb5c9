"""A relative or a pupil named with a number under 18 just after: "my daughter, 13", "mi
sobrina de 16", "ibn 3ammi 3omro 15 sana", "bhatija 15 saal", "моя дочка 14" is a minor,
whether or not a word of age follows the number (the lexicons' `age_words` need one).

A number followed by a word of time (but years), money or count is no age ("my son 3 days
ago", "ma soeur 2 enfants", "my brother 10 dollars"); so is one followed by more digits.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from triage.danger.finder import Found
from triage.folding import WORD

ADULT_AGE = 18
# Words between the relative and the number ("de", "of", "3omro", "is").
KIN_REACH = 2
# Beginnings of words after a number that make it a time, an amount or a count, in the
# lexicon languages (folded: no accents, lower case).
_NOT_AGE = re.compile(
    r"^(?:min|hour|hr|h$|heure|hora|ora|jour|day|dia|zi|ar?aw|month|mois|mes|luna|buwan|week|sem"
    r"|sapt|linggo|thang|ngay|tuan|gio|phut|tieng|mwa|jou|ed"
    r"|kid|child|enfant|hij|filh|copi|anak|pitit|con$|dol|\$|cad|usd|eur|peso|lei|k$|mil"
    r"|pm|am|ore|oras|%|x$|sa3|din|ghant|mahin|hafte"
    r"|мин|хв|час|годин|дн|ден|день|мес|міс|тиж|нед|дол|тыс|тис"
    r"|मिन|घट|दिन|मह|हफ|डल|دقي|ساع|يوم|ايام|شهر|اسبوع|دولار|الف"
    r"|分|小|天|日|个|個|月|周|週|块|元|美)"
)
_NUMBER = re.compile(r"\d+")
# Digits joined to a word of a script without spaces ("14在").
_JOINED = re.compile(r"(\d{1,2})(?=[^\x00-\u024f\d])")


def kin_minor(text: str, found: Sequence[Found[str]]) -> tuple[int, int] | None:
    """The folded span from a relative's word to an age under 18 said just after it, or None.
    `found` holds the cue words (`kin` ones are read). In a script without spaces the number
    may touch the words around it ("女儿14在...")."""
    for cue in found:
        if cue.payload != "kin":
            continue
        tail = text[cue.end : cue.end + 40]
        words = list(WORD.finditer(tail))
        for index, word in enumerate(words[: KIN_REACH + 1]):
            if index and re.search(r"[,.;:!?]", tail[words[index - 1].end() : word.start()]):
                break  # the clause ended before the number
            if _NUMBER.fullmatch(word.group()) is None:
                joined = _JOINED.match(word.group())
                if index == 0 and joined is not None:
                    return _checked(cue, tail, joined.group(1), word.start() + joined.end(1))
                continue
            after = words[index + 1].group() if index + 1 < len(words) else ""
            if not _NUMBER.fullmatch(after):
                return _checked(cue, tail, word.group(), word.end())
            break
    return None


def _checked(cue: Found[str], tail: str, digits: str, end: int) -> tuple[int, int] | None:
    if len(digits) <= 2 and 0 < int(digits) < ADULT_AGE and not _NOT_AGE.match(tail[end:].lstrip()):
        return (cue.start, cue.end + end)
    return None
