"""The kept-number patterns are tried at a digit run only when the run's length and the two
characters after it allow them (keep._patterns_for_run): a fuzz check that this finds exactly
what the whole alternation finds, on text built from digits, spaces, separators and the
letters of the month, currency and unit words in any case, with Unicode digits and spaces and
the letters that case-insensitive patterns pair with ASCII ones (Kelvin sign, long s)."""

from __future__ import annotations

import random
import re

from triage.redaction import keep

_WORDS = [*keep.MONTH_NAMES, *keep.CURRENCY_NAMES, *keep.UNIT_NAMES, "k"]
_PIECES = [
    *"0123456789",
    "19",
    "20",
    "2026",
    "12",
    "24",
    "-12-",
    "/06/",
    ".05.",
    " - ",
    ":30",
    ":11",
    " pm",
    "º ",
    "° ",
    " ",
    " ",
    "٣",
    "５",
    *" \t\n\u00a0\u202f\u2003",
    *".,-/–:$€£°º%'()",
    "de ",
    "er",
    "th",
    "am",
    "p.m.",
    "h",
    "H",
    "\u212a",  # Kelvin sign: k case-insensitively
    "\u017f",  # long s: s case-insensitively
    "\u0130",
    "\u0131",
    "\x1a",
    "x",
    "Q",
]


def _random_text(rng: random.Random) -> str:
    pieces = []
    for _ in range(rng.randint(1, 12)):
        if rng.random() < 0.3:
            word = rng.choice(_WORDS)
            pieces.append(rng.choice([word, word.upper(), word.title()]))
        else:
            pieces.append(rng.choice(_PIECES))
    return "".join(pieces)


def test_patterns_chosen_by_run_shape_match_like_the_whole_alternation() -> None:
    rng = random.Random(20260512)
    for _ in range(30_000):
        text = _random_text(rng)
        for run in re.finditer(r"\d+", text):
            start, end = run.span()
            expected = keep._ANY_DIGIT_LED.match(text, start)
            pattern = keep._patterns_for_run(end - start, text[end : end + 2])
            found = None if pattern is None else pattern.match(text, start)
            assert (found and found.span()) == (expected and expected.span()), (text, start)
