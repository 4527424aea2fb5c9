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
_DOUBLED = re.compile(r"(.)\1+")
# Selling a person (Issue 11, tenth round): b-y-ʿ with an object suffix, her, them, me
# ("ybi3ouha", "ba3ha", "ba3ouni", "hayebi3ha"); the bare root is in "ba3d" (after) and "sab3a".
_SOLD = re.compile(r"^(?:h|r|bt|t|n)?b3(?:h|hm|n|nh)$")
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
    # Issue 11, tenth round: d-b-ḥ (slaughter: "yedba7ni", "hayedba7ni"): a threat to life.
    "dbh": (What.death_threat, True),
    # Issue 11, round 19: n-t-ḥ-r (suicide: "2ente7er", "bentehir", "inti7ar"): self-harm.
    "nthr": (What.self_harm, True),
}
# Issue 11, round 19: sh-n-q (hang: "2ashna2", "yeshne2ni", "chna9"), read only where the word
# is spelled with "sh", "ch" or the digit 4 (French "cinq" has the same consonants).
_HANG = re.compile(r"(?:sh|ch|4)[aeiou]*n[aeiou]*[29q]")
# "Myself" after a killing or hanging verb ("ra7 2ashna2 7ali", "2e2tol nafsi"): self-harm.
_MYSELF = frozenset({"7ali", "7aly", "7alo", "7ale", "nafsi", "nefsi", "nafssi", "rou7i", "ro7i", "roo7i"})
_KILLING = frozenset({What.death_threat})


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
    letters, outside the quotes already `taken`; none in any other message. A message read
    as Arabic by its marker words with a single word with a digit is read in that word only
    ("m9fola f lbit hadi 2 iyam"; Issue 11, tenth round)."""
    digit_words = sum(1 for word in tokens.words if _DIGIT_WORD.match(word))
    if not digit_words:
        return []
    only_digit_word = digit_words < DIGIT_WORDS_NEEDED
    words = tokens.spans
    found: list[Evidence] = []
    for k, (word, start, end) in enumerate(words):
        if not word.isascii() or len(word) < 3 or _negated(words, k):
            continue
        if only_digit_word and not _DIGIT_WORD.match(word):
            continue
        if any(e.start < end and start < e.end for e in taken):
            continue
        consonants = skeleton(word)
        # A doubled letter is one consonant ("kay9alleb", "sakkar", "yedabba7"; tenth round).
        single = _DOUBLED.sub(r"\1", consonants)
        if (root_found := _root_of(word, consonants, single)) is not None:
            what, grave = root_found
            if what in _KILLING and k + 1 < len(words) and words[k + 1][0] in _MYSELF:
                what = What.self_harm
            found.append(Evidence(start, end, what, False, grave))
        else:
            if k + 1 < len(words) and searched_for(single, words[k + 1][0]):
                found.append(Evidence(start, words[k + 1][2], What.pursuit, False, True))
            elif _SOLD.match(single):
                found.append(Evidence(start, end, What.sexual_exploitation, False, False))
            elif k + 1 < len(words) and closed_on(single, words[k + 1][0], words[k + 2 : k + 4]):
                found.append(Evidence(start, words[k + 1][2], What.confinement, False, True))
            elif (end_of := overdose_end(words, k, consonants)) is not None:
                found.append(Evidence(start, end_of, What.self_harm, False, True))
    return found


def _root_of(word: str, consonants: str, single: str) -> tuple[What, bool] | None:
    """The danger a word's consonants name, with whether it is grave, or None."""
    for root, found in ROOTS.items():
        if root in consonants or root in single:
            return found
    if _HANG.search(word):
        return What.death_threat, True
    return None


# Swallowing a whole supply of medicine (Issue 11, tenth round): a verb of taking, drinking or
# swallowing (a-kh-dh "5adt", "khdit"; sh-r-b "shrebt", "chrbt"; b-l-ʿ "bla3t"), then within
# four words a word of "all" or a number of five or more, and a medicine or poison ("kol el
# bor4am", "ga3 dwa", "20 7abba"). "5adt el dawa" (I took my medicine) names no quantity: nothing.
_SWALLOW_ROOTS = ("xd", "crb", "bl3")
_ALL_WORDS = frozenset(
    {
        "kol",
        "koll",
        "kul",
        "kull",
        "kel",
        "kell",
        "kolo",
        "kollo",
        "kolha",
        "kollha",
        "kolhom",
        "ga3",
        "g3",
        "gaa3",
        "jami3",
        "3elba",
        "l3elba",
        "tous",
        "toutes",
        "bezzaf",
        "barsha",
    }
)
_MEDICINE_SKELETONS = ("brcm", "brsm", "hbb", "hbw", "hbh", "kcy", "smm")
_MEDICINE_WORDS = frozenset(
    {
        "dwa",
        "dawa",
        "dwaa",
        "ddwa",
        "ldwa",
        "eldawa",
        "dowa",
        "adwiya",
        "adwya",
        "sem",
        "semm",
        "sim",
        "simm",
        "samm",
        "ssem",
        "medicaments",
        "comprimes",
        "pills",
    }
)
_SWALLOW_REACH = 4


def overdose_end(words: Sequence[tuple[str, int, int]], k: int, consonants: str) -> int | None:
    """The end of "took all the pills" whose verb is word `k`, or None."""
    if not consonants.startswith(_SWALLOW_ROOTS) and not consonants[1:].startswith(_SWALLOW_ROOTS):
        return None
    quantity = False
    for word, _, end in words[k + 1 : k + 1 + _SWALLOW_REACH]:
        if word in _ALL_WORDS or (word.isdecimal() and int(word) >= 5):
            quantity = True
        elif quantity and (
            word in _MEDICINE_WORDS or skeleton(word).lstrip("l").startswith(_MEDICINE_SKELETONS)
        ):
            return end
    return None


# Searching for someone: d-w-r ("kaydorou", "bydawaro", "ydawrou": w falls with the vowels)
# or q-l-b (turn over: "kay9albo"), then "on me" or "on us" ("3liya", "3alaya", "3lina").
# Not "3ala" alone ("on", "for": "dawwer 3ala shoghl", looking for a job).
_SEARCH_ENDS = ("dr", "qlb")
_ON_ME = re.compile(r"^3a?l(?:[iea]y{0,2}[ai]|(?:i|e|ay|ei)na)$")


def searched_for(verb: str, after: str) -> bool:
    """Issue 11, eighth round: a verb of searching with "on me/us" after it is a pursuit
    ("l patron kaydorou 3liya", "3am ydawrou 3alayi"), however the dialect spells it."""
    return _ON_ME.match(after) is not None and verb.endswith(_SEARCH_ENDS)


# Closing a door on someone (Issue 11, tenth round): s-d-d, b-l-ʿ, gh-l-q, s-k-r in any person
# ("sdat", "bl3at", "ghl9o", "sakkar") with "on me/us" after it ("sdat 3liya lbab"). The
# root alone is no confinement ("sakkar" also means sugar; "sd" starts other words).
_CLOSE = re.compile(r"^(?:sd|bl3|Glq|skr)(?:t|n|tn|h)?$")
# "ybla3 3liya l immigration" (Darija: he will report me to immigration): the same consonants as
# closing a door on someone, but told to an authority it is a threat of denunciation, no lock.
_AUTHORITIES = frozenset(
    {"immigration", "imigration", "limmigration", "bolis", "police", "lpolice", "polis", "boulice"}
    | {"lboulice", "chorta", "shorta", "douane", "ldouane"}
)


def closed_on(verb: str, after: str, then: Sequence[tuple[str, int, int]] = ()) -> bool:
    """A verb of closing with "on me/us" after it: the door was closed on the person, unless
    an authority follows (`then`, the two words after "on me")."""
    if _ON_ME.match(after) is None or _CLOSE.match(verb) is None:
        return False
    return not any(word in _AUTHORITIES for word, _, _ in then)


# "ybla3 3liya l immigration" (Darija: he will report me to immigration): the same consonants as
# closing a door on someone, but told to an authority it is a threat of denunciation, no lock.
def with_arabizi(
    evidence: list[Evidence], tokens: Tokens, codes: Sequence[tuple[str, bool]]
) -> list[Evidence]:
    """Arabic in Latin letters: read by its roots too, and "ma ...ch" denies the word it circles."""
    if not any(code == "ar" for code, _ in codes):
        return evidence
    evidence = evidence + root_evidence(tokens, evidence)
    circled = negated_words(tokens)
    return [e for e in evidence if not any(a <= e.start and e.end <= b for a, b in circled)]
