"""Given names and nicknames after an article, which Spanish, Portuguese and Italian speakers
put before a person's name (issue 11, ninth round): "el Flaco lo está esperando", "O capataz,
o Valdir, e os filhos", "il Moro mi ha chiuso". A capitalised word after a lower-case article
is a person when a clitic pronoun follows it (a verb done by the person: "lo está", "me
bateu", "mi ha"), or, for a listed first name, a comma (an apposition). Places, stop words,
relations ("el Patrón me"), shouted acronyms and shops stay; "a" (also "to") takes only the
comma frame. Found with one pattern per message; the words are in the pattern below.

And a full name closing a sentence after a comma ("quero denunciar a mulher que me levou,
Cleide Andrade. Ela ...", "the man who sold her, Dragan Petrovic."): two capitalised words,
neither a stop word, a place, an acronym nor a business, after a comma that follows a word
in lower case, in a clause that names a person ("woman", "man", a relation: `person_nouns`,
`relations`), not a farm or a house ("the farm, Green Valley.").

And a name before the Tagalog polite "po" that ends a clause ("ayaw ko Rubylyn po, FB ko"),
mid-sentence: "Salamat po," or "Sir po" are not names (stop words, titles)."""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING

from triage import word_lists
from triage.folding import fold_word
from triage.redaction.name_cues import business_follows
from triage.redaction.name_lists import POSSESSION_WORDS
from triage.redaction.spans import finditer_at, looked_for

if TYPE_CHECKING:
    from triage.redaction.name_finder import NameFinder

_CLITICS = "lo|la|le|los|las|les|me|te|nos|se|lhe|lhes|mi|ti|ci|si|gli|ne|já|ya|ja|no|não|nao|non"
ARTICLED = re.compile(
    rf"(?<![\w'’])(?P<article>el|la|o|a|il|lo) (?P<name>[A-ZÀ-ÖØ-Þ][\w'’-]*)"
    rf"(?P<after>\s*,|\s+(?:{_CLITICS})\s)"
)
# A space before a capital (what follows an article in ARTICLED): searched for from its literal
# space, where ARTICLED, which starts with a look-behind, would be tried at every position.
_SPACE_CAPITAL = re.compile(r" (?=[A-ZÀ-ÖØ-Þ])")
_TWO_LETTER_ARTICLES = frozenset(["el", "la", "il", "lo"])


def articled_starts(text: str) -> list[int]:
    """Every place an ARTICLED match can start, in order: the article just before a space and
    a capital. ("la": the "a" inside it cannot start a match, a letter stands before it.)"""
    starts = []
    for space in _SPACE_CAPITAL.finditer(text):
        at = space.start()
        if at >= 2 and text[at - 2 : at] in _TWO_LETTER_ARTICLES:
            starts.append(at - 2)
        elif at >= 1 and text[at - 1] in "oa":
            starts.append(at - 1)
    return starts


def has_articled(text: str) -> bool:
    """`ARTICLED.search(text) is not None`, with the pattern tried at `articled_starts` only."""
    return any(ARTICLED.match(text, start) for start in articled_starts(text))


def take_articled(finder: NameFinder) -> None:
    """Claim the names after an article (see the module docstring)."""
    for match in finditer_at(ARTICLED, finder.text, articled_starts(finder.text)):
        name = match.group("name")
        if not name[0].isupper():
            continue
        comma = match.group("after").strip() == ","
        if not comma and match.group("article") == "a":
            continue  # "llamé a Migración me dijeron": "a" is also "to"
        j = bisect_left(finder.starts, match.start("name"))
        if j >= len(finder.tokens) or finder.starts[j] != match.start("name") or j in finder.taken:
            continue
        token = finder.tokens[j]
        if token.stop or token.marker or token.shouted or finder.is_place(j) or business_follows(finder, j):
            continue
        if comma and token.tier is None:
            continue  # "en el Walmart, ...": only a listed first name before a comma
        finder.claim(j, j)


_PERSON_NOUNS = frozenset(fold_word(word) for word in word_lists.words("names", "person_nouns"))
# the same and the relations, as a message's lower-case words (Hints) write them: the closing
# pattern is tried only in a message with one
PERSON_WORDS = looked_for(
    form
    for key in ("person_nouns", "relations")
    for word in word_lists.words("names", key)
    for form in (word.casefold(), fold_word(word))
)
_CLAUSE_LOOKBACK = 8  # words before the comma where the person is named

CLOSING_PAIR = re.compile(
    r"[^\W\d_A-Z], (?P<first>[^\W\d_][\w'’-]+) [^\W\d_][\w'’-]+(?=[.!?]\s|[.!?]?\s*$|[,\s]*\x1a)"
)


def closing_starts(text: str) -> list[int]:
    """Every place a CLOSING_PAIR match can start, in order: the letter before each ", " (the
    pattern starts with a lower-case letter, which the engine would try at nearly every position)."""
    starts = []
    comma = text.find(", ", 1)
    while comma != -1:
        starts.append(comma - 1)
        comma = text.find(", ", comma + 2)
    return starts


def has_closing_pair(text: str) -> bool:
    """`CLOSING_PAIR.search(text) is not None`, tried at `closing_starts` only."""
    return any(CLOSING_PAIR.match(text, start) for start in closing_starts(text))


def take_closing_pair(finder: NameFinder) -> None:
    """Claim a full name that closes a sentence after a comma (see the module docstring)."""
    for match in finditer_at(CLOSING_PAIR, finder.text, closing_starts(finder.text)):
        i = bisect_left(finder.starts, match.start("first"))
        j = i + 1
        if j >= len(finder.tokens) or finder.starts[i] != match.start("first") or not finder.joined(i, j):
            continue
        if i == 0 or finder.tokens[i - 1].capitalised or finder.tokens[i - 1].uncased:
            continue  # "Anna Nowak, Uniwersytet Jagielloński": a signature and its school
        if not _person_named_before(finder, i):
            continue
        if all(_free_capitalised(finder, k) for k in (i, j)) and not business_follows(finder, i):
            finder.claim(i, j)


def _free_capitalised(finder: NameFinder, k: int) -> bool:
    token = finder.tokens[k]
    if k in finder.taken or not token.capitalised or token.stop or token.shouted or token.marker:
        return False
    return not finder.is_place(k)


def _person_named_before(finder: NameFinder, i: int) -> bool:
    """A person noun or a relation among the words of the sentence before token i."""
    for k in range(i - 1, max(-1, i - 1 - _CLAUSE_LOOKBACK), -1):
        token = finder.tokens[k]
        if (token.marker and token.folded not in POSSESSION_WORDS) or token.folded in _PERSON_NOUNS:
            return True
        if finder.sentence_initial(k):
            return False
    return False


BEFORE_PO = re.compile(r"(?<=[^\W\d_A-Z] )(?P<name>[^\W\d_][\w'’-]+) po(?=\s*[,.!]|\s*$)")


def before_po_starts(text: str) -> list[int]:
    """Every place a BEFORE_PO match can start, in order: just after the last space before each
    " po" (the name holds no space, and a space stands before it)."""
    starts: list[int] = []
    po = text.find(" po")
    while po != -1:
        start = text.rfind(" ", 0, po) + 1
        if start and (not starts or start > starts[-1]):
            starts.append(start)
        po = text.find(" po", po + 1)
    return starts


def has_before_po(text: str) -> bool:
    """`BEFORE_PO.search(text) is not None`, tried at `before_po_starts` only."""
    return any(BEFORE_PO.match(text, start) for start in before_po_starts(text))


def take_before_po(finder: NameFinder) -> None:
    """Claim a capitalised word before a clause-ending "po" (see the module docstring)."""
    for match in finditer_at(BEFORE_PO, finder.text, before_po_starts(finder.text)):
        i = bisect_left(finder.starts, match.start("name"))
        if i >= len(finder.tokens) or finder.starts[i] != match.start("name"):
            continue
        if finder.tokens[i - 1].capitalised:
            continue  # "Toronto, Forest Hill po": the end of a capitalised place
        if _free_capitalised(finder, i):
            finder.claim(i, i)


_NAME_ARTICLES = frozenset({"o", "el"})
# Frequent Vietnamese words typed without their marks: two of them and "o" is "ở" (at, in).
_VIETNAMESE_UNMARKED = frozenset(
    [
        "toi",
        "em",
        "anh",
        "chi",
        "khong",
        "bi",
        "cua",
        "duoc",
        "nguoi",
        "lam",
        "viec",
        "dang",
        "minh",
        "nha",
        "voi",
        "nhung",
        "gia",
        "dinh",
        "song",
        "chu",
        "ho",
        "chung",
        "con",
        "roi",
        "da",
        "se",
        "thi",
        "la",
        "va",
        "cho",
    ]
)


def after_article(finder: NameFinder, i: int) -> bool:
    """Token i follows "o" or "el", the article spoken Portuguese and Spanish put before a
    person's name ("o Sandro", "el Toño"), as written: not the Vietnamese "ở", nor "o" for it
    in a Vietnamese message typed without its marks ("lam o Anh") (issue 11, tenth round)."""
    if i == 0 or not finder.joined(i - 1, i) or finder.tokens[i - 1].text.lower() not in _NAME_ARTICLES:
        return False
    return len(finder.words & _VIETNAMESE_UNMARKED) < 2


# French and Spanish name a family with the plural article ("chez les Bouchard", "con los
# Ramírez"): the article goes with the name (issue 11, seventeenth round)
_FAMILY_ARTICLES = ("les ", "Les ", "los ", "Los ")


def with_family_article(text: str, start: int) -> int:
    """Start of a name at `start`, with the plural article before it that names a family."""
    if text[max(0, start - 4) : start] in _FAMILY_ARTICLES and (start == 4 or not text[start - 5].isalnum()):
        return start - 4
    return start
