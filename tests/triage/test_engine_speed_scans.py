"""Scans the engine narrows for speed find what the whole pattern finds (Issue 11, ninth round).

`triage.shifts` tries its clock-time pattern only where a match can start, and
`triage.danger.laughter` searches `LAUGHTER`'s branches one by one; both must answer exactly
as the plain scan of the whole pattern does, on the corpus and on texts made of the very
characters and words the patterns turn on.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest

import triage.late_sign_table as late_sign_table
import triage.shifts as shifts
from triage.danger.laughter import LAUGHTER, laughs
from triage.folding import fold

CORPUS = Path(__file__).resolve().parent / "data" / "corpus"
_CLOCK_PIECES = [
    "6am", "11pm", "早上9点", "晚上10点", "minuit", "de 6h à minuit", "23h", "22:00", "1:30", "١٢",
    "midnightmidnight", "rano o 7", "0", "012", "2am", "x9", "$5", "7.30", "9h15", "subah 6", "raat 11",
    "a", "de", "the", "à", "-", "5 du matin", "11 du soir",
]  # fmt: skip
# Laughter's characters in both cases, U+1C82 (an o to a case-blind pattern) and the Kelvin sign.
_LAUGH_CHARS = [*"хХаАлЛоОkKxD哈هa .,!щ_1\u1c82\u212a", "\U0001f602", "\U0001f639", "é"]


def _corpus_texts() -> list[str]:
    return [
        json.loads(line)["text"]
        for path in sorted(CORPUS.glob("*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


def _spans(matches: list[object]) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in matches]  # type: ignore[attr-defined]


def test_clock_times_tried_at_their_starts_are_the_whole_scan() -> None:
    rng = random.Random(11)
    made = [" ".join(rng.choice(_CLOCK_PIECES) for _ in range(rng.randint(1, 10))) for _ in range(3000)]
    texts = [fold(text).text for text in _corpus_texts()] + made
    pattern = shifts._pattern()
    for text in texts:
        assert _spans(shifts._clock_times(text)) == _spans(list(pattern.finditer(text))), text


@pytest.mark.parametrize(
    "text", ["хахаха", "АХАХАХ", "ну лол", "ЛОЛ!", "л\u1c82л", "哈哈哈", "ههههه", "\U0001f602"]
)
def test_laughter_branch_by_branch_finds_what_the_whole_pattern_finds(text: str) -> None:
    assert LAUGHTER.search(text) is not None
    assert laughs(text)


def test_laughter_branch_by_branch_agrees_everywhere() -> None:
    rng = random.Random(3)
    made = ["".join(rng.choice(_LAUGH_CHARS) for _ in range(rng.randint(0, 12))) for _ in range(20000)]
    texts = _corpus_texts() + made
    assert [laughs(t) for t in texts] == [LAUGHTER.search(t) is not None for t in texts]


# The late signs' patterns as first written, each starting with a look-behind or an alternation.
_PLAIN_LATE = {
    "PERCENT": r"(?<!\d)\d{1,3}\s?[%٪]",
    "AMOUNT": r"\d{3,}|\d{1,3}(?:[ .,]\d{3})+|\d+\s?(?:k\b|\$|€)|[$€£₱]\s?\d",
    # (the crowd's words after its number as they stand in `late_sign_table`)
    "CROWD": r"(?<![\d.,:/$€£])(?:[6-9]|[1-4]\d)" + late_sign_table.CROWD.partition(r"(?<=[1-4])\d)")[2],
}
_NUMBER_PIECES = [
    "5", "12", "1234", "70%", "70 %", "1000%", "6 000", "15,000", "8k", "8 k", "$7000", "€ 5", "₱3", "$",
    "9 men", "12 gars", "5 men", "45 people", "50 people", "١٢ people", "7.30", ":9 men", "$9 men", "x9 men",
    "a", " ", ",", ".", "k", "12kg", "100€", "3$", "2 000 $", "70٪", "٧٠٪",
]  # fmt: skip


@pytest.mark.parametrize("name", sorted(_PLAIN_LATE))
def test_late_sign_patterns_find_what_their_plain_form_finds(name: str) -> None:
    rng = random.Random(13)
    made = ["".join(rng.choice(_NUMBER_PIECES) for _ in range(rng.randint(1, 8))) for _ in range(3000)]
    made += [" ".join(rng.choice(_NUMBER_PIECES) for _ in range(rng.randint(1, 8))) for _ in range(3000)]
    fast, plain = re.compile(getattr(late_sign_table, name)), re.compile(_PLAIN_LATE[name])
    for text in [fold(text).text for text in _corpus_texts()] + made:
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)], text
