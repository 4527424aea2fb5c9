"""Documents held by someone else, put together from two cues in one clause.

"the owner keeps my passport", "le patron garde nos passeports", "yung foreman hawak mga work
permit namin", "паспорт все у него", "老板扣着她的护照": a word of a document (passport, permit,
papers) and a word of holding or taking (keeps, took, has, hawak, у него, 扣着) in the same
clause, a few words apart in either order, say the documents are retained (TRIAGE.md
`retention_of_documents`), with no list of whole phrases to keep up.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from triage.danger.finder import Found
from triage.folding import WORD

# A clause ends at these: the two cues must share one.
_CLAUSE_END = re.compile(r"[!?;\n。！？；…؟।,，、،:()\"«»“”]|\.(?!\d)")
# Words at most between the two cues ("keeps *all our* passports"); characters in Chinese and
# Arabic, which are matched as substrings.
WORD_GAP = 4
CHAR_GAP = 12


def documents_held(
    text: str, found: Sequence[Found[str]], by_chars: bool, what: str = "document"
) -> tuple[int, int] | None:
    """The folded span from a `what` cue (a document, or pay: "wage") to a holding cue in one
    clause, or None: "the boss keeps my passport", "el supervisor se queda con 300 de la
    quincena", "зарплату забирает"."""
    documents = [f for f in found if f.payload == what]
    if not documents:
        return None
    holding = [f for f in found if f.payload == "holding" and not _auxiliary(text, f)]
    negations = [f for f in found if f.payload == "negation"]
    for document in documents:
        for hold in holding:
            first, last = (document, hold) if document.start <= hold.start else (hold, document)
            between = text[first.end : last.start]
            if last.start < first.end or _CLAUSE_END.search(between):
                continue
            if not by_chars and _denied(text, first, last, hold, negations):
                continue
            gap = len(between.strip()) if by_chars else len(WORD.findall(between))
            if gap <= (CHAR_GAP if by_chars else WORD_GAP):
                return first.start, last.end
    return None


# A word of having right before a past participle is an auxiliary, not a holding: "mi ha promesso
# il permesso", "he has promised the permit", "nos ha dado los papeles" (Issue 11, ninth round).
_AUXILIARIES = frozenset(
    {"has", "have", "had", "ha", "hanno", "ho", "a", "ont", "ai", "tem", "tinha", "han", "hat"}
)
_PARTICIPLE = re.compile(
    r"\s+\w+(?:ed|ato|ata|ati|ate|ito|ita|uto|uta|ado|ada|ido|ida|esso|essa|esto|isto|tto)\b"
)


def _auxiliary(text: str, hold: Found[str]) -> bool:
    return text[hold.start : hold.end] in _AUXILIARIES and _PARTICIPLE.match(text, hold.end) is not None


# Words a negation may stand before the pair.
NEGATION_BEFORE = 2
# Negations read here: words in Latin or Cyrillic letters. In Arabic script one language's "no"
# is another's word ("ما", Persian "our": "کارت اقامت موقت ما را نگه داشته").
_SPACED_NEGATION = re.compile(r"[a-z\u0400-\u04ff' ]+")


def _denied(
    text: str, first: Found[str], last: Found[str], hold: Found[str], negations: Sequence[Found[str]]
) -> bool:
    """A negation between the two cues, or just before the first in its clause, that is no part of
    the holding cue itself ("no me devuelve", "rend pas" say the holding): "il ne garde pas mon
    passeport", "he doesn't keep my passport" (Issue 11, twelfth round). Read in languages written
    in Latin or Cyrillic letters only."""
    for negation in negations:
        if hold.start <= negation.start < hold.end or negation.start >= last.start:
            continue
        if not _SPACED_NEGATION.fullmatch(text, negation.start, negation.end):
            continue
        if negation.start >= first.end:
            return True  # between the two cues
        gap = text[negation.end : first.start]
        if not _CLAUSE_END.search(gap) and len(WORD.findall(gap)) <= NEGATION_BEFORE:
            return True
    return False
