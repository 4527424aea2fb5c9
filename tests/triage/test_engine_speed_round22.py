"""The twenty-second round's shortcuts give the answers of the plain forms they replaced (speed
round of issue 11): each is compared with the plain form on words and terms written for these
tests, and each shows the work it skips."""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence

import pytest

from triage import term_matching
from triage.danger.finder import CueFinder, Found
from triage.term_matching import GAP_STOPS, GAP_WORDS, match_pieces
from triage.term_pieces import KIND_GAP, KIND_PREFIX, Piece, compile_term
from triage.tokens import tokenize


def _plain_match(
    pieces: Sequence[Piece], k: int, words: Sequence[str], i: int, matches: Callable[[Piece, str], bool]
) -> int:
    """`match_pieces` as it was written before: every place after a gap read on by a call."""
    while k < len(pieces):
        piece = pieces[k]
        if piece.kind is KIND_GAP:
            for skip in range(GAP_WORDS + 1):
                if skip and i + skip - 1 < len(words) and words[i + skip - 1] in GAP_STOPS:
                    return -1
                end = _plain_match(pieces, k + 1, words, i + skip, matches)
                if end >= 0:
                    return end
            return -1
        if i >= len(words) or (words[i] != piece.text and not matches(piece, words[i])):
            return -1
        k += 1
        i += 1
    return i


def _exact_or_prefix(piece: Piece, word: str) -> bool:
    return word.startswith(piece.text) if piece.kind is KIND_PREFIX else word == piece.text


TERMS = [
    "keeps ~ passport*",
    "garde ~ passeport*",
    "he ~ locked ~ door",
    "took ~ my ~ papers",
    "no ~ me ~ deja* ~ salir",
    "lock* ~ in",
    "he took ~ passport",
]
VOCABULARY = [
    "he", "keeps", "keep", "my", "passport", "passports", "garde", "pas", "mon", "passeport",
    "locked", "lokced", "the", "door", "doors", "took", "not", "papers", "no", "me", "dejan",
    "deja", "salir", "in", "lock", "locks", "never", "boss",
]  # fmt: skip


@pytest.mark.parametrize("matches", [term_matching._piece_matches, _exact_or_prefix])
def test_a_gap_read_on_only_where_its_next_piece_matches_is_the_plain_reading(
    matches: Callable[[Piece, str], bool],
) -> None:
    rng = random.Random(22)
    compiled = [compile_term(term, "test") for term in TERMS]
    for _ in range(3000):
        words = [rng.choice(VOCABULARY) for _ in range(rng.randint(0, 9))]
        pieces = rng.choice(compiled)
        for i in range(len(words) + 1):
            assert match_pieces(pieces, 1, words, i, matches) == _plain_match(pieces, 1, words, i, matches)


def test_a_gap_whose_next_piece_matches_nowhere_calls_nothing_again(monkeypatch: pytest.MonkeyPatch) -> None:
    pieces = compile_term("keeps ~ passport*", "test")
    calls: list[int] = []
    real = term_matching.match_pieces

    def counted(*args: object) -> int:
        calls.append(1)
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(term_matching, "match_pieces", counted)
    assert counted(pieces, 1, ["my", "boss", "is", "here"], 0) == -1
    assert len(calls) == 1  # no call for the places after the gap: "passport" is none of them
    calls.clear()
    assert counted(pieces, 1, ["my", "passport", "too"], 0) == 2
    assert len(calls) == 2  # one call reads on from the place that matches


CUES = [
    ("no me pagan", "unpaid"),
    ("no me dejan salir", "confined"),
    ("no", "negation"),
    ("me", "self"),
    ("no me deja* ~ salir", "confined_gap"),
    ("me pega*", "hit"),
    ("he keeps ~ passport", "documents"),
    ("he", "third"),
]


def _plain_find(text: str) -> list[Found[str]]:
    """Every term tried at every word, its gaps read by the plain `_plain_match`."""
    tokens = tokenize(text)
    words, spans = tokens.words, tokens.spans
    found = []
    for term, payload in CUES:
        pieces = compile_term(term, "test")
        for i in range(len(words)):
            if _exact_or_prefix(pieces[0], words[i]):
                end = _plain_match(pieces, 1, words, i + 1, _exact_or_prefix)
                if end >= 0:
                    found.append(Found(spans[i][1], spans[end - 1][2], payload))
    return sorted(found)


@pytest.mark.parametrize(
    "text",
    [
        "no me pagan y no me dejan salir",
        "no me deja nunca salir, no me pagan",
        "no, me pegan. he keeps my passport",
        "no me dejan",  # the phrase lacks "salir": only its words alone are found
        "me no he",
        "",
    ],
)
def test_danger_cues_read_after_a_gap_are_every_cue(text: str) -> None:
    finder = CueFinder(CUES, substring=False, where="test")
    assert sorted(finder.find(tokenize(text))) == _plain_find(text)
    assert sorted(finder.find(tokenize(text))) == _plain_find(text)  # what it remembers changes nothing
