"""One-letter typos: a word met one letter off a lexicon term (missing, extra, wrong or two
swapped), as `triage.term_matching` forgives them in long words."""

from __future__ import annotations

from functools import lru_cache

from triage.lexicon import load_lexicons
from triage.place_words import place_words

# Typos are forgiven in words this long or longer (shorter words collide too often:
# "hours"/"house", "pain"/"paid").
TYPO_MIN_LENGTH = 6


def deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def word_keys(word: str, min_length: int) -> tuple[str, ...]:
    """The word and, when it is long enough for a typo, its one-letter deletions."""
    if len(word) < min_length:
        return (word,)
    return (word, *sorted(deletes(word)))


# `word_keys` remembered for the words met in messages (a lexicon's own terms are filed once,
# with `word_keys`): a few hundred bytes a word, so a long-running server keeps only some.
typo_keys = lru_cache(maxsize=512)(word_keys)


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """The lexicons' marker words (the frequent words that tell each language), folded: a word
    of the language is itself, not a typo of a lexicon term ("preso", taken, is not "presto",
    soon; Issue 11, round 15)."""
    return frozenset(word for lexicon in load_lexicons().values() for word in lexicon.markers)


def within_one_typo(seen: str, wanted: str) -> bool:
    """Damerau-Levenshtein distance at most 1, same first letter; a place name or a common word
    of a lexicon language is no typo."""
    if seen == wanted:
        return True
    if seen in place_words() or seen in common_words():
        return False
    if seen[:1] != wanted[:1] or abs(len(seen) - len(wanted)) > 1:
        return False
    if len(seen) == len(wanted):
        diffs = [i for i in range(len(seen)) if seen[i] != wanted[i]]
        if len(diffs) == 1:
            return True
        return (
            len(diffs) == 2
            and diffs[1] == diffs[0] + 1
            and seen[diffs[0]] == wanted[diffs[1]]
            and seen[diffs[1]] == wanted[diffs[0]]
        )
    short, long_ = (seen, wanted) if len(seen) < len(wanted) else (wanted, seen)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))
