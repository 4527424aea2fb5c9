"""The name a person goes by, after a verb that gives it (issue 11, round 18): "le chef se fait
appeler Big Dee", "el jefe se hace llamar Gran Toño", "der Chef nennt sich Big Mo", "the
recruiter calls himself Uncle Dapo". The phrases are listed per language in
triage/lexicons/redaction/<lang>.toml, [names] `alias_cues`.

Such a name is often made of words that are no name alone ("Big", "Lil", "Uncle", "Grote"), a
place even ("Big" is one): after the phrase, one to three capitalised words are the name, the
first a stop word or a place only with another capitalised word after it. A word in lower case
after the phrase is none ("she calls herself stupid", "il se fait appeler tous les jours").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING

from triage import word_lists
from triage.redaction.spans import looked_for

if TYPE_CHECKING:
    from triage.redaction.name_finder import NameFinder

_PHRASES = word_lists.words("names", "alias_cues")
_WORD = re.compile(r"[^\W\d_]+")
# the longest word of each phrase, as a message's lower-case words (Hints) write it
ALIAS_WORDS = looked_for(max(_WORD.findall(phrase.lower()), key=len) for phrase in _PHRASES)
_ALIAS = re.compile(
    r"(?i)(?<!\w)(?:" + "|".join(map(re.escape, sorted(_PHRASES, key=len, reverse=True))) + r")[ «“\"']{1,3}"
)
_LONGEST = 3  # words in the name


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
    last = i
    end = min(i + _LONGEST, len(tokens))
    while last + 1 < end and finder.joined(last, last + 1) and finder.surname_at(last + 1):
        last += 1
    if last == i and (tokens[i].stop or finder.is_place(i)):
        return None  # "se hace llamar El ..." cut short, "nennt sich Berlin"
    return last
