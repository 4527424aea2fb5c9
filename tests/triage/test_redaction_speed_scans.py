"""Scans the redaction narrows for speed find what the plain scan finds (issue 11, tenth round).

The name patterns that start with a look-behind or a letter class are tried only where a match
can start; the glued-street and capital-code detectors skip a message by a cheap test first.
Each must answer exactly as the whole pattern does, on the corpus and on texts made of the
very characters and words the patterns turn on.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from triage.redaction import name_articles as articles
from triage.redaction import spans
from triage.redaction.glued_streets import _STREET, find_glued_streets
from triage.redaction.identity_numbers import _TWO_CAPITALS
from triage.redaction.spans import MASK, Hints, finditer_at

CORPUS = Path(__file__).resolve().parent / "data" / "corpus"
_PIECES = [
    "el", "la", "lo", "il", "o", "a", "Ana", "Flaco", "Élodie", "Ñandú", "me", "lo", "está", ",", ", ",
    " ", "  ", "po", " po", "po,", "Rubylyn", "ko", ".", "!", "x", "l'", "’", "Cleide", "Andrade",
    "Hauptstraße", "12", "Weg 5", "str.", "Keizersgracht 45a", "AB", "A1", "1B", "É", MASK, "\n", "-",
    "the man who sold her", "Dragan", "Petrovic", "ayaw ko", "mulher", "Salamat",
]  # fmt: skip


def _texts(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    made = ["".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 14))) for _ in range(count)]
    spaced = [" ".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 10))) for _ in range(count)]
    corpus = [
        json.loads(line)["text"]
        for path in sorted(CORPUS.glob("*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    return corpus + made + spaced


def _spans(matches: list[re.Match[str]]) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in matches]


@pytest.mark.parametrize(
    ("pattern", "starts", "has"),
    [
        (articles.ARTICLED, articles.articled_starts, articles.has_articled),
        (articles.CLOSING_PAIR, articles.closing_starts, articles.has_closing_pair),
        (articles.BEFORE_PO, articles.before_po_starts, articles.has_before_po),
    ],
)
def test_name_patterns_tried_at_their_starts_are_the_whole_scan(
    pattern: re.Pattern[str], starts: Callable[[str], list[int]], has: Callable[[str], bool]
) -> None:
    for text in _texts(5, 4000):
        whole = list(pattern.finditer(text))
        assert _spans(list(finditer_at(pattern, text, starts(text)))) == _spans(whole), text
        assert has(text) == bool(whole), text


def test_glued_streets_skip_only_messages_without_one() -> None:
    for text in _texts(7, 3000):
        plain = [m.span() for m in _STREET.finditer(text)]
        assert list(find_glued_streets(text, Hints.of(text))) == plain, text


def test_paired_capitals_is_false_only_without_two_capitals() -> None:
    rng = random.Random(9)
    for text in _texts(9, 3000):
        hints = Hints.of(text)
        if not hints.paired_capitals:
            assert _TWO_CAPITALS.search(text) is None, text
            # nor in a copy with spans masked
            cut = sorted(rng.sample(range(len(text) + 1), 2)) if text else [0, 0]
            masked = text[: cut[0]] + MASK * (cut[1] - cut[0]) + text[cut[1] :]
            assert _TWO_CAPITALS.search(masked) is None, masked
    assert Hints.of("passeport AB123").paired_capitals
    assert Hints.of("code 1B").paired_capitals
    assert not Hints.of("Ana à Laval 12 ans").paired_capitals


def _plain_masks_cut_words(text: str) -> bool:
    """A masked run with a letter (`[^\\W\\d_]`) right before or after it."""
    return re.search(r"[^\W\d_]\x1a|\x1a[^\W\d_]", text) is not None


def test_masks_cut_words_by_table_is_the_plain_rule() -> None:
    rng = random.Random(13)
    chars = [*"aZé ß_1²ª.-'", MASK, MASK, "\u00b5", "\u00ba", "\u00bd", "\u00d7", "ÿ", "\u0100", "Ж"]
    made = ["".join(rng.choice(chars) for _ in range(rng.randint(0, 12))) for _ in range(20000)]
    for text in made:
        assert spans._masks_cut_words(text) == _plain_masks_cut_words(text), repr(text)
