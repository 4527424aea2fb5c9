"""Arabic typed in Latin letters, read by its roots (Issue 11, sixth round).

Egyptian, Levantine and Maghrebi writers spell the same Arabic word many ways ("yektolni",
"y2tolni", "yqtlni", "ye9telni"; "m2fool", "m9fol", "2afal"; "majrou7", "magrou7", "mjro7"),
so no word list keeps up. A word is reduced to its consonants, the digits read as the
letters they stand for (2 and 9: qaf or hamza, 7: ḥa, 5: kha, 3: ʿayn, 4: shin, 6: ṭa,
8: ghayn), vowels and weak letters dropped, and a danger root inside it names the danger:
ḍ-r-b (hit), q-t-l (kill), q-f-l (lock), j-r-ḥ (wound), n-z-f (bleed), kh-ṭ-f (snatch),
gh-ṣ-b (rape), ḥ-b-s (shut in), ḥ-r-q (burn);
d-w-r or q-l-b before "on me" (searched for). Read only in a message that is plainly Arabic in Latin
letters (two words with such digits), where an English or Spanish word with the same
consonants is unlikely.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from triage.danger.evidence import Evidence
from triage.danger.kinds import What
from triage.tokens import Tokens

# Words with a digit inside or at the start that stands for an Arabic letter ("m2fool", "3ala").
_DIGIT_WORD = re.compile(r"^(?=[0-9]*[a-z])[a-z]*[2345789][a-z0-9]*$")
# A message with this many such words is read by its roots.
DIGIT_WORDS_NEEDED = 2
_DIGRAPHS = (("kh", "x"), ("gh", "G"), ("sh", "c"), ("ch", "c"), ("th", "t"), ("dh", "d"))
_LETTERS = str.maketrans({"2": "q", "9": "q", "7": "h", "5": "x", "4": "c", "6": "t", "8": "G", "g": "j"})
_DROPPED = str.maketrans("", "", "aeiouyw'")
# Root -> (kind, grave).
ROOTS: dict[str, tuple[What, bool]] = {
    "drb": (What.violence, False),
    "qtl": (What.death_threat, True),
    "ktl": (What.death_threat, True),
    "qfl": (What.confinement, True),
    "jrh": (What.medical, True),
    "nzf": (What.medical, True),
    "xtf": (What.moved, False),
    "Gtsb": (What.violence, False),
    "hbs": (What.confinement, False),
    # Issue 11, eighth round: ḥ-r-q (burn: "7ara2 eedi", "et7ara2t", "7ar2"): an injury.
    "hrq": (What.medical, True),
}


def skeleton(word: str) -> str:
    """The consonants of a word of Arabic in Latin letters: "yektolni" -> "ktln"."""
    for pair, letter in _DIGRAPHS:
        word = word.replace(pair, letter)
    return word.translate(_LETTERS).translate(_DROPPED)


# "not" before a verb, and the negation around it ("ma drbnich", "mabyedrabnish").
_NOT = frozenset({"mosh", "mish", "msh", "mush", "mech", "mch", "mashi", "machi"})
_NOT_AROUND = frozenset({"ma", "mat", "mo", "mu", "la"})


def _negated(words: Sequence[tuple[str, int, int]], k: int) -> bool:
    word = words[k][0]
    before = words[k - 1][0] if k else ""
    circled = word.endswith(("ch", "sh", "c")) and (word.startswith("ma") or before in _NOT_AROUND)
    return circled or before in _NOT


def negated_words(tokens: Tokens) -> list[tuple[int, int]]:
    """The spans of the words a negation circles ("ma kaydrbnich"): no danger word in them."""
    words = tokens.spans
    return [(start, end) for k, (_, start, end) in enumerate(words) if _negated(words, k)]


def root_evidence(tokens: Tokens, taken: Sequence[Evidence]) -> list[Evidence]:
    """The danger roots in the words of a message plainly written in Arabic with Latin
    letters, outside the quotes already `taken`; none in any other message."""
    if sum(1 for word in tokens.words if _DIGIT_WORD.match(word)) < DIGIT_WORDS_NEEDED:
        return []
    words = tokens.spans
    found: list[Evidence] = []
    for k, (word, start, end) in enumerate(words):
        if not word.isascii() or len(word) < 3 or _negated(words, k):
            continue
        if any(e.start < end and start < e.end for e in taken):
            continue
        consonants = skeleton(word)
        for root, (what, grave) in ROOTS.items():
            if root in consonants:
                found.append(Evidence(start, end, what, False, grave))
                break
        else:
            if k + 1 < len(words) and searched_for(consonants, words[k + 1][0]):
                found.append(Evidence(start, words[k + 1][2], What.pursuit, False, True))
    return found


# Searching for someone: d-w-r ("kaydorou", "bydawaro", "ydawrou": w falls with the vowels)
# or q-l-b (turn over: "kay9albo"), then "on me" or "on us" ("3liya", "3alaya", "3lina").
# Not "3ala" alone ("on", "for": "dawwer 3ala shoghl", looking for a job).
_SEARCH_ENDS = ("dr", "qlb")
_ON_ME = re.compile(r"^3a?l(?:[iea]y{0,2}[ai]|(?:i|e|ay|ei)na)$")


def searched_for(verb: str, after: str) -> bool:
    """Issue 11, eighth round: a verb of searching with "on me/us" after it is a pursuit
    ("l patron kaydorou 3liya", "3am ydawrou 3alayi"), however the dialect spells it."""
    return _ON_ME.match(after) is not None and verb.endswith(_SEARCH_ENDS)


def with_arabizi(
    evidence: list[Evidence], tokens: Tokens, codes: Sequence[tuple[str, bool]]
) -> list[Evidence]:
    """Arabic in Latin letters: read by its roots too, and "ma ...ch" denies the word it circles."""
    if not any(code == "ar" for code, _ in codes):
        return evidence
    evidence = evidence + root_evidence(tokens, evidence)
    circled = negated_words(tokens)
    return [e for e in evidence if not any(a <= e.start and e.end <= b for a, b in circled)]
