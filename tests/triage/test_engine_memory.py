"""The core's tables take no more memory than they need (issue 11, point 6)."""

from __future__ import annotations

from triage.danger.finder import CueFinder
from triage.term_pieces import frozen_index
from triage.tokens import tokenize


def test_a_frozen_index_keeps_its_keys_order_and_entries_as_tuples() -> None:
    filed = {"me": ["me pagan", "me quitaron"], "no": ["no puedo"], "i": []}
    frozen = frozen_index(filed)
    assert list(frozen) == ["me", "no", "i"]
    assert frozen == {"me": ("me pagan", "me quitaron"), "no": ("no puedo",), "i": ()}
    assert all(type(entries) is tuple for entries in frozen.values())


def test_a_cue_finder_reads_words_pairs_gaps_and_prefixes_from_its_frozen_index() -> None:
    terms = [("me pagan", "pay"), ("me ~ encerraron", "locked"), ("amenaz*", "threat"), ("no", "negation")]
    finder = CueFinder(terms, substring=False, where="test")
    found = finder.find(tokenize("no me pagan y me encerraron, amenazan"))
    assert [(f.start, f.end, f.payload) for f in found] == [
        (0, 2, "negation"),
        (3, 27, "locked"),  # "me pagan y me encerraron": a gap skips up to three words
        (3, 11, "pay"),  # a word's own terms are tried before the pairs it starts
        (14, 27, "locked"),
        (29, 37, "threat"),
    ]


def test_the_folding_cache_stops_at_its_bound_and_changes_no_folding() -> None:
    from triage.folding import FOLD_WORD_CACHE, fold, fold_word

    words = [f"Élève{n}" for n in range(FOLD_WORD_CACHE + 50)]
    assert [fold_word(word) for word in words] == [fold(word).text for word in words]
    assert fold_word.cache_info().currsize == FOLD_WORD_CACHE
