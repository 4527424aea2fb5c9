"""The cheap tests that let a costly search be skipped (speed23) skip only searches that would
find nothing."""

from __future__ import annotations

import random

from triage.danger.lost_contact import _RELAYED, lost_contact
from triage.folding import fold
from triage.redaction.remnants import _BEFORE, digit_last

_PIECES = ("1", "23", "456", "٣٤", " ", "\t", "\n", "(", ")", ".", "-", "/", "+", "a", "Ab", "é", ":", ",")


def test_digit_last_is_needed_for_every_match_of_before() -> None:
    rng = random.Random(23)
    matched = 0
    for _ in range(20_000):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 14)))
        start = rng.randint(0, len(text))
        window = max(0, start - 24)
        if _BEFORE.search(text, window, start) is not None:
            matched += 1
            assert digit_last(text, window, start), (text, start)
    assert matched > 500  # the searches skipped are not all there is


def test_digit_last_on_the_shapes_before_a_phone() -> None:
    assert digit_last("casa 34 ", 0, 8)
    assert digit_last("(514)\n", 0, 6)
    assert digit_last("passeport (11) ", 0, 15)
    assert not digit_last("call me at ", 0, 11)
    assert not digit_last("", 0, 0)


def test_lost_contact_still_reads_the_alarm_as_substrings() -> None:
    said = "she wrote me 10 min ago that they put her in a car, now she is not answering"
    assert any(relayed in fold(said).text for relayed in _RELAYED)
    assert lost_contact(fold(said)) is not None
    assert lost_contact(fold("she is not answering, 10 min ago")) is None  # no alarm
