"""A name found once is a name wherever else the message writes it (issue 11, fourteenth round):
"C'est l'amie de Léa qui écrit. Léa (19 ans) se fait faire du chantage": the cue before the
first "Léa" tells the second, which opens a sentence where a name that is also a word ("Léa" is
one of those in first_names_ambiguous.txt) is otherwise left alone.

Only a listed first name or family name, in the same spelling, capital and all, in a word no
list stops (a stop word, a place) and not right after a word of place: a word redacted once does
not take its lower-case namesake elsewhere ("Rose" the name, "rose" the flower), a word no list
knows may have been a language or a trade ("Tamil speaker"), and "ở Anh" (in England) stays
whatever a later "Anh" was.

A word no list knows is repeated when a title stood before it (issue 11, round 18): "o Sr.
Amaral ... o Amaral ficou com os cartões", "Mme Célestin ... Célestin a dit": the title made it a
name, as sure as a list. In the Arabic script, a name again with the copula or a possessive glued
to it ("فرهاد ... دست فرهاده") is the name too."""

from __future__ import annotations

from itertools import compress, count
from typing import TYPE_CHECKING

from triage.redaction.name_lists import HONORIFICS, SURNAMES, is_place_word

if TYPE_CHECKING:
    from triage.redaction.name_finder import NameFinder


# issue 11, nineteenth round: Persian glues the copula and the possessive to a name written
# again ("مدارکش دست فرهاده": his papers are with Farhad; "دست رضاست")
_GLUED_ENDINGS = ("ه", "ست", "اِ", "ش", "م", "و")


def take_repeats(finder: NameFinder) -> None:
    """Claim every other writing of a word already claimed as (part of) a name."""
    if not finder.taken:
        return
    tokens = finder.tokens
    names = {
        tokens[i].text
        for i in finder.taken
        if (tokens[i].capitalised or tokens[i].uncased)
        and not tokens[i].stop
        and len(tokens[i].text) > 1
        and (tokens[i].tier is not None or tokens[i].folded in SURNAMES)
    }
    titled = {tokens[i].text for i in finder.taken if _titled(finder, i)}
    if not (names or titled):
        return
    written = [token.text for token in tokens]
    glued = {name + ending for name in names if "\u0600" <= name[0] <= "\u06ff" for ending in _GLUED_ENDINGS}
    for i in compress(count(), map((names | titled | glued).__contains__, written)):
        if i in finder.taken or tokens[i].stop or finder.is_place(i):
            continue
        # "ở Anh" (in England); not after a title: "o Sr. Amaral ... o Amaral" (Portuguese "o",
        # folded like Vietnamese "ở")
        after_place = i > 0 and finder.joined(i - 1, i) and is_place_word(tokens[i - 1])
        if after_place and tokens[i].text not in titled:
            continue
        if any(start <= finder.starts[i] < end for start, end in finder.spans):
            continue  # inside a span claimed outside the tokens (a Chinese name)
        finder.claim(i, i)


def _titled(finder: NameFinder, i: int) -> bool:
    """Token i, a capitalised word of two letters or more and no stop word, comes right after a
    title ("Sr. Amaral", "Mme Célestin")."""
    token = finder.tokens[i]
    if i == 0 or not token.capitalised or token.stop or len(token.text) < 2:
        return False
    return finder.tokens[i - 1].text in HONORIFICS
