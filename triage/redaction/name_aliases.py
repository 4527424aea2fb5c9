"""The name a person goes by (issue 11, round 18), after a verb that gives it: "le chef se fait
appeler Big Dee", "el jefe se hace llamar Gran Toño", "der Chef nennt sich Big Mo", "the
recruiter calls himself Uncle Dapo", or after "a certain" ("un certain Bébert", "um tal de
Marcão"): triage/lexicons/redaction/<lang>.toml, [names] `alias_cues`. Or one that starts with
a word that makes nicknames, written with its capital before a capitalised word: "Lil Maxo
took my phone", "Ti Blan pran paspò m" (`nickname_prefixes`); one that is an everyday word too
only before a name of three letters or fewer or a listed one, and after no article: "Big Dee",
"Big Mike", but "Big Bear", "a Big Mac" (`nickname_prefix_words`).

Such a name is often made of words that are no name alone ("Big", "Lil", "Uncle", "Grote"), a
place even ("Big" is one): after the phrase, one to three capitalised words are the name, the
first a stop word or a place only with another capitalised word after it. A word in lower case
after the phrase is none ("she calls herself stupid", "il se fait appeler tous les jours").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from itertools import compress, count
from operator import attrgetter
from typing import TYPE_CHECKING

from triage import word_lists
from triage.redaction.name_lists import HONORIFICS
from triage.redaction.name_nicknames import has_suffixed_nickname, take_suffixed_nicknames
from triage.redaction.spans import Hints, looked_for

if TYPE_CHECKING:
    from triage.redaction.name_finder import NameFinder

Pass = Callable[["NameFinder"], None]

_PHRASES = word_lists.words("names", "alias_cues")
_WORD = re.compile(r"[^\W\d_]+")
# the longest word of each phrase, as a message's lower-case words (Hints) write it
ALIAS_WORDS = looked_for(max(_WORD.findall(phrase.lower()), key=len) for phrase in _PHRASES)
_ALIAS = re.compile(
    r"(?i)(?<!\w)(?:" + "|".join(map(re.escape, sorted(_PHRASES, key=len, reverse=True))) + r")[ «“\"']{1,3}"
)
_LONGEST = 3  # words in the name
_TEXT = attrgetter("text")
_PREFIXES = frozenset(word_lists.words("names", "nickname_prefixes"))
_PREFIX_WORDS = frozenset(word_lists.words("names", "nickname_prefix_words"))
_ALL_PREFIXES = _PREFIXES | _PREFIX_WORDS
PREFIX_WORDS = looked_for(word.lower() for word in _ALL_PREFIXES)
_SHORT = 3  # letters of a name after a prefix that is an everyday word ("Big Dee", "Big K")
_ARTICLES = frozenset(["a", "an", "the", "un", "une", "le", "la", "el", "o"])  # folded: "A Big Mac"


def nickname_passes(text: str, hints: Hints) -> list[Pass]:
    """The passes for the names people go by that the message may hold: after an alias phrase,
    after a nickname prefix, with a Portuguese nickname suffix ("o Marcão", name_nicknames.py)."""
    passes: list[Pass] = []
    if hints.has_any(ALIAS_WORDS):
        passes.append(take_aliases)
    if hints.has_any(PREFIX_WORDS):
        passes.append(take_prefixed_nicknames)
    if hints.latin1 and has_suffixed_nickname(text):
        passes.append(take_suffixed_nicknames)
    return passes


def take_aliases(finder: NameFinder) -> None:
    """Claim the capitalised words after an alias phrase."""
    for match in _ALIAS.finditer(finder.text):
        i = bisect_left(finder.starts, match.end())
        if i >= len(finder.tokens) or finder.starts[i] != match.end() or i in finder.taken:
            continue
        last = _alias_end(finder, i)
        if last is not None:
            finder.claim(i, last)


def _alias_end(finder: NameFinder, i: int) -> int | None:
    """The last word of the name starting at token i, or None when none starts there."""
    tokens = finder.tokens
    if not tokens[i].capitalised or (tokens[i].shouted and len(tokens[i].text) <= 4):
        return None
    if tokens[i].text in HONORIFICS:
        return None  # "un tal Sr. Gómez": the title's own rule takes the name
    last = i
    end = min(i + _LONGEST, len(tokens))
    while last + 1 < end and finder.joined(last, last + 1) and finder.surname_at(last + 1):
        last += 1
    if last == i and (tokens[i].stop or finder.is_place(i)):
        return None  # "se hace llamar El ..." cut short, "nennt sich Berlin"
    return last


def take_prefixed_nicknames(finder: NameFinder) -> None:
    """Claim a nickname prefix written with its capital and the capitalised words after it
    ("Big Dee", "Ti Blan"): both, the prefix is part of the nickname."""
    tokens = finder.tokens
    for i in compress(count(), map(_ALL_PREFIXES.__contains__, map(_TEXT, tokens))):
        if i == len(tokens) - 1 or i in finder.taken or not finder.joined(i, i + 1):
            continue
        if not finder.surname_at(i + 1) or (i > 0 and tokens[i - 1].folded in _ARTICLES):
            continue
        name = tokens[i + 1]
        if tokens[i].text in _PREFIX_WORDS and len(name.text) > _SHORT and name.tier is None:
            continue  # "Big Bear", "Big Brother"
        finder.claim(i, _alias_end(finder, i + 1) or i + 1)
