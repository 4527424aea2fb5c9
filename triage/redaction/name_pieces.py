"""The pieces of a name written beside the part the name finder found (issue 11, round 22).

Read by `names.find_names` once its names are found, on a copy where they are masked: each
pattern is tried only at the end of a name found:
- a quoted nickname and the surname after it: "Maria 'Mia' Okonkwo", "Jean-Marc « Ti-Jean »
  Lavoisier", 'Ramón "El Toro" Quintanilla' (both taken only when a surname closes the name);
- two particles, then a surname: "Pieter van der Berg", "Joost van den Hoek" (the particles
  with it, or between two pieces found: "van der" is readable);
- the letters spelled one by one in a voice transcript: "Tomasz T O M A S Z", "Nasima, spelled
  N-A-S-I-M-A";
- the characters of a Chinese name told one by one: "木子李 建设的建 国家的国" (a character of a
  word, "X的Y" with Y in X, or the parts of a family name, "弓长张");
- a Hmong given name after "A" in Vietnamese: "Sùng A Lử".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from triage.places import find_places
from triage.redaction.name_lists import word_facts
from triage.redaction.spans import MASK, Hints, mask

_QUOTE_OPEN = "\"'«“‘„‹"
_QUOTE_CLOSE = "\"'»”’“›"
_CAPITALISED = r"[^\W\d_a-zà-ÿ][\w'’\-]*"
_NICKNAME = re.compile(
    rf"\x1a[ \u00a0]?[{_QUOTE_OPEN}][ \u00a0]?(?P<nick>\x1a+|{_CAPITALISED}(?: {_CAPITALISED}){{0,2}})"
    rf"[ \u00a0]?[{_QUOTE_CLOSE}][ \u00a0](?P<after>\x1a|{_CAPITALISED})"
)
_PARTICLES = re.compile(
    r"\x1a(?P<particles> (?:van|von|de|da|di|del) (?:der|den|de|la|le|los|las|het|dos|da|ten|ter) )"
    rf"(?P<surname>\x1a|{_CAPITALISED})"
)
# the letters after the name, or after one or two words ("spelled", "se escribe")
_SPELLED = re.compile(
    r"[ ,:;(\-–—]{1,3}(?:[^\W\d_]+[ ,:]{1,2}){0,2}?(?P<letters>[^\W\d_](?:[ .\-][^\W\d_]){2,})(?!\w)"
)
_LOWER_LETTER_AFTER = " .-abcdefghijklmnopqrstuvwxyzàâçéèêëîïôûùüÿ"
_HAN = "\u4e00-\u9fff"
# the parts of the most frequent family names, as callers tell them ("木子李": 木 and 子)
_FAMILY_PARTS = (
    "木子李|弓长张|弓長張|耳东陈|耳東陳|口天吴|口天吳|立早章|双木林|雙木林|古月胡|草头黄|草頭黃|言午许|"
    "言午許|文刀刘|文刀劉|走肖赵|走肖趙|双口吕|雙口呂|人可何|禾呈程|木易杨|木易楊|关耳郑|關耳鄭|子小孙|"
    "子小孫|三横王|三橫王"
)
_EXPLAINED = re.compile(
    rf"[ ，,、：:]*(?:(?P<part>{_FAMILY_PARTS})|(?P<word>[{_HAN}]{{1,3}})的(?P<char>[{_HAN}]))"
)
_HMONG_A = re.compile(r"\x1a A (?P<given>[^\W\d_a-zà-ỹ][^\W\d_]*)")


def find_name_pieces(text: str, names: list[tuple[int, int]], hints: Hints) -> Iterator[tuple[int, int]]:
    """Spans of the pieces of the names found, `names`, in `text` (see the module docstring).
    Each pattern is tried only at the end of a name found, and only when the characters after
    it can start it; the copy where the names are masked is made only then."""
    if not names:
        return
    masked = ""
    ends = sorted({end for _, end in names})
    for end in ends:
        after = text[end : end + 2]
        if after[:1] in " ,:;(-–—" and (spelled := _SPELLED.match(text, end)) is not None:
            # round 23: a one-letter word after the letters is the sentence going on ("L É A a
            # quinze ans", "M A N O U C H K A m rele"), not a letter of the name
            letters = spelled.group("letters").rstrip(_LOWER_LETTER_AFTER)
            if len(letters) >= 5 and letters.isupper() and len(set(letters[::2])) >= 2:
                yield spelled.start("letters"), spelled.start("letters") + len(letters)
        particle = after == " v" or after == " d"
        if particle or any(quote in after for quote in _QUOTE_OPEN):
            masked = masked or mask(text, names)
            yield from _surname_after_particles(masked, end - 1) if particle else ()
            yield from _nickname_and_surname(masked, end - 1)
    if not hints.latin1:
        masked = masked or mask(text, names)
        if "的" in text or any(part in text for part in ("李", "张", "張", "陈", "陳", "王")):
            yield from _explained_characters(masked, ends)
        if f"{MASK} A " in masked:
            yield from _hmong_given_names(masked)


def _could_be_surname(word: str) -> bool:
    """A capitalised word that is neither a stop word nor a place."""
    return word[:1].isupper() and not word_facts(word).stop and not find_places(word)


def _nickname_and_surname(text: str, last: int) -> Iterator[tuple[int, int]]:
    match = _NICKNAME.match(text, last)
    if match is None:
        return
    after = match.group("after")
    if after != MASK and not _could_be_surname(after):
        return
    nick = match.group("nick")
    if not nick.startswith(MASK) and nick[:1].isupper():
        yield match.span("nick")
    if after != MASK:
        yield match.span("after")


def _surname_after_particles(text: str, last: int) -> Iterator[tuple[int, int]]:
    """The particles and the surname ("van der" is readable), or the particles alone between two
    pieces found."""
    match = _PARTICLES.match(text, last)
    if match is None:
        return
    surname = match.group("surname")
    if surname == MASK:
        yield match.span("particles")
    elif _could_be_surname(surname):
        yield match.start("particles"), match.end()


def _explained_characters(masked: str, ends: list[int]) -> Iterator[tuple[int, int]]:
    """After a name found, the pieces that tell its characters, up to the first that does not."""
    for first in ends:
        end = first
        while match := _EXPLAINED.match(masked, end):
            word = match.group("word")
            if word is not None and match.group("char") not in word:
                break
            end = match.end()
        if end > first:
            yield first, end


def _hmong_given_names(text: str) -> Iterator[tuple[int, int]]:
    for match in _HMONG_A.finditer(text):
        if _could_be_surname(match.group("given")):
            yield match.start() + 1, match.end()
