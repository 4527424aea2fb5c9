"""A listed first name that is a name only after a cue (first_names_ambiguous.txt, [cue]) or that
is also a place, right before what a person does (issue 11, fourteenth round): "Jordan took my
passport". Such a name is otherwise left alone, places stay places; the act after it says it is
the subject, a person. The names of the other tiers keep their documented trade-off ("Grace said
he hit her" at a sentence's start keeps "Grace").

The acts are listed per language in triage/lexicons/redaction/<lang>.toml, [names]
`acts_of_persons`; only a listed first name, capitalised, is taken ("Immigration said" stays).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from triage.redaction.name_lists import as_written_and_lower, folded
from triage.redaction.spans import looked_for

if TYPE_CHECKING:
    from triage.redaction.name_finder import NameFinder

_ACTS = folded("acts_of_persons")
_PERSON_NOUNS = folded("person_nouns")
# the same, as a message's lower-case words (Hints) write them: the pass runs only with one
ACT_WORDS = looked_for(as_written_and_lower("acts_of_persons"))


def take_acting_subjects(finder: NameFinder) -> None:
    """Claim a listed first name, capitalised, right before an act of a person; in a message
    typed in lower case, the one capitalised word before one too."""
    tokens = finder.tokens
    _take_lone_capital(finder)
    for i in finder.listed_indices:
        token = tokens[i]
        if token.tier is None or i in finder.taken or not token.capitalised or token.stop or token.shouted:
            continue
        if token.tier != "cue" and not finder.is_place(i):
            continue  # "Rose said it was fine": the documented trade-off of first_names_ambiguous.txt
        after = i + 1
        if after < len(tokens) and finder.joined(i, after) and tokens[after].folded in _ACTS:
            finder.claim(i, i)


# issue 11, seventeenth round: a chat typed in lower case, places and "i" too ("Dani says were
# going to calgary", "i dont want to go"), capitalises one word on purpose: before an act, a
# name no list knows. Not a place, a stop word ("Boss", "Police"), a relation or a person noun.
_LOWER_CASE_WORDS = 6


def _take_lone_capital(finder: NameFinder) -> None:
    tokens = finder.tokens
    capitals = [i for i, token in enumerate(tokens) if token.capitalised]
    if len(capitals) != 1 or len(tokens) - 1 < _LOWER_CASE_WORDS:
        return
    i = capitals[0]
    token = tokens[i]
    if token.tier is not None or token.stop or token.shouted or token.marker or i in finder.taken:
        return
    if finder.is_place(i) or token.folded in _PERSON_NOUNS:
        return
    after = i + 1
    if after < len(tokens) and finder.joined(i, after) and tokens[after].folded in _ACTS:
        finder.claim(i, i)
