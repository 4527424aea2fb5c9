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


def test_a_lexicon_matchers_memory_of_words_stops_at_its_bounds() -> None:
    """Issue 11, round 22: 31 matchers each remembered up to 1,000 words' and 1,000 pairs'
    candidates; each now keeps at most `REMEMBERED_CANDIDATES` of each and `PAIR_CACHE` steps."""
    from triage.lexicon import load_lexicons
    from triage.term_matching import CANDIDATE_CACHE, PAIR_CACHE, REMEMBERED_CANDIDATES, TermMatcher

    matcher = TermMatcher(load_lexicons()["en"])
    # Ever new words that start a prefix term ("<prefix>17"), each before a word: new words,
    # new pairs.
    prefix = next(iter(matcher._prefix.values()))[0].pieces[0].text
    for n in range(2 * max(REMEMBERED_CANDIDATES, PAIR_CACHE, CANDIDATE_CACHE) // 4 + 1):
        matcher.find_tokens(tokenize(" ".join(f"{prefix}{4 * n + k} my" for k in range(4))))
        assert matcher._candidates.cache_info().currsize <= REMEMBERED_CANDIDATES
        assert matcher._pair_candidates.cache_info().currsize <= REMEMBERED_CANDIDATES
        assert len(matcher._steps) <= PAIR_CACHE
        assert len(matcher._known) <= CANDIDATE_CACHE + 5  # emptied when full, then one message's words
    assert matcher._candidates.cache_info().currsize == REMEMBERED_CANDIDATES


def test_a_cue_finders_memory_of_words_stops_at_its_bounds() -> None:
    """Issue 11, round 22: 63 cue finders each remembered up to 2,000 words and 512 pairs."""
    from triage.danger.finder import PAIR_CACHE, WORD_CACHE

    finder = CueFinder([("men*", "men"), ("my ~ passport", "document")], substring=False, where="test")
    for n in range(2 * max(WORD_CACHE, PAIR_CACHE)):
        finder.find(tokenize(f"men{n} my passport{n} mine"))
        assert finder._singles.cache_info().currsize <= WORD_CACHE
        assert len(finder._tried) <= PAIR_CACHE
    assert finder._singles.cache_info().currsize == WORD_CACHE  # every word "men<n>" starts "men*"
