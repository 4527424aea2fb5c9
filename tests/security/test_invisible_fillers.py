"""The rest of Unicode's default-ignorable characters: they show nothing, so a caller's phone
number split by them was stored and shown unredacted ("5\\u31641\\u31644 ..." read as
"5 1 4 ..." by an operator, never as a number by redaction), and a text could carry hidden
bytes after an emoji in a run of variation selectors ("emoji smuggling")."""

from __future__ import annotations

import pytest

import triage
from app.api.text_fields import refuse_invisible
from app.conversations.intake import clean_text
from app.security.visible_text import clean

# The combining grapheme joiner, the Hangul fillers, the Khmer inherent vowels, the halfwidth
# filler, the shorthand format controls, the musical format controls, unassigned ignorables.
FILLERS = (
    "\u034f\u115f\u1160\u17b4\u17b5\u3164\uffa0\ufff0"
    "\U0001bca0\U0001bca3\U0001d173\U0001d17a\U000e0000\U000e0fff"
)
SELECTORS = "\ufe00\ufe0e\ufe0f\U000e0100\U000e01ef\u180b"


@pytest.mark.parametrize("character", list(FILLERS))
def test_each_filler_is_removed(character: str) -> None:
    assert clean(f"a{character}b") == "ab"


@pytest.mark.parametrize("character", list(FILLERS + SELECTORS))
def test_a_number_split_by_one_is_redacted(character: str) -> None:
    spaced = "call me at " + character.join("5145550142")
    assert "[PHONE]" in triage.analyze(clean_text(spaced)).redacted


@pytest.mark.parametrize(
    "text",
    [
        "❤️\u200d🔥",  # an emoji's presentation inside a joined sequence
        "1\ufe0f\u20e3 #\ufe0f\u20e3",  # keycaps
        "☺\ufe0e",  # text presentation
        "葛\U000e0100",  # an ideograph's registered variant (a family name's form)
        "ᠠ\u180b",  # a Mongolian letter's form
    ],
)
def test_a_selector_that_chooses_a_form_is_kept(text: str) -> None:
    assert clean(text) == text


def test_a_run_of_selectors_keeps_only_the_first() -> None:
    hidden = "".join(chr(0xE0100 + byte - 16) for byte in b"meet at the van")
    assert clean("😀" + hidden) == "😀" + hidden[0]
    assert clean("ok\ufe0f\U000e0100") == "ok"


def test_line_and_paragraph_separators_are_line_breaks() -> None:
    assert clean("a\u2028b\u2029c") == "a\nb\nc"


@pytest.mark.parametrize("name", ["\u3164", "Ma\u034frie", "\u115f\u1160", "Marie\uffa0"])
def test_a_shown_name_of_fillers_is_refused(name: str) -> None:
    """A partner worker's name is shown to the caller when they join: it cannot look blank."""
    with pytest.raises(ValueError, match="visible"):
        refuse_invisible(name)
    assert refuse_invisible(" Marie Diallo ") == "Marie Diallo"


@pytest.mark.parametrize("mark", ["\u0301", "\u0332", "\u20dd", "\u1ab0", "\ufe20"])
def test_marks_on_digits_go_and_the_number_is_redacted(mark: str) -> None:
    marked = "call me at " + "".join(digit + mark for digit in "5145550142")
    assert clean(marked) == "call me at 5145550142"
    assert "[PHONE]" in triage.analyze(clean_text(marked)).redacted
    assert clean("café, ệ, 1\u20e3") == "café, ệ, 1\u20e3"  # letters' accents and keycaps stay
