"""A person's other name in brackets right after their name (issue 11, round 18): "Iubitul meu
Marian (Marian-Gheorghiță Stoica) mă bate", "the agent Sukhi (Sukhwinder Gill)", "mon chum
Ti-Loup (Jean-Marc Lévesque)": the full name, or the name the nickname stands for.

Taken only when the brackets hold nothing but capitalised words, none a stop word, a place or
an acronym, and they look like a name: two words or more ("Marian-Gheorghiță Stoica"), or one
listed name, or (issue 11, round 19) one word that starts with the name's letter, the nickname
made from it ("a Joana (Joaninha)", "Balwinder (Bittu)", "Ганна (Ганя)"). Another unlisted word in
brackets may say where the person is from or what they do ("Kofi (Ghanaian)", "Marco (Uber)")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from triage.redaction.name_cues import origin_word
from triage.redaction.name_lists import SURNAMES

if TYPE_CHECKING:
    from triage.redaction.name_finder import NameFinder

_OPENING = (" (", "(", " [", "[")
_CLOSING = (")", "]")
_LONGEST = 4  # words inside the brackets


def take_bracketed_names(finder: NameFinder) -> None:
    """Claim the capitalised words in brackets right after a claimed name."""
    ends = sorted(i for i in finder.taken if i + 1 not in finder.taken)
    for i in ends:
        first = i + 1
        if first >= len(finder.tokens) or finder.text[finder.ends[i] : finder.starts[first]] not in _OPENING:
            continue
        last = _bracket_end(finder, first)
        if last is not None and _name_like(finder, first, last, name=i):
            finder.claim(first, last)


def _bracket_end(finder: NameFinder, first: int) -> int | None:
    """The last token before the closing bracket, when every token from `first` to it is a
    possible name word and only spaces join them."""
    for last in range(first, min(first + _LONGEST, len(finder.tokens))):
        if last > first and not finder.joined(last - 1, last):
            return None
        if not finder.surname_at(last):
            return None
        if finder.text[finder.ends[last] : finder.ends[last] + 1] in _CLOSING:
            return last
    return None


def _name_like(finder: NameFinder, first: int, last: int, *, name: int) -> bool:
    """Two words or more, or a hyphenated one ("Marian-Gheorghiță"), or a listed name, or a
    nickname: a word with the first letter of the name before the brackets (token `name`)."""
    if last > first or "-" in finder.tokens[first].text:
        return True
    token = finder.tokens[first]
    if token.tier is not None or token.folded in SURNAMES:
        return True
    return token.folded[:1] == finder.tokens[name].folded[:1] and not origin_word(token)
