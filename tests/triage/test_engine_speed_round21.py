"""The twenty-first round's shortcuts give the answers of the plain forms they replaced (speed
round of issue 11): each is compared with the plain form on sentences written for these tests,
and each shows the work it skips."""

from __future__ import annotations

import pytest

from triage import late_signs, pair_cues
from triage.pair_cues import Scan
from triage.redaction import name_signature
from triage.redaction.name_finder import NameFinder
from triage.redaction.spans import Hints
from triage.tokens import tokenize

SIGNED = [
    "Je travaille sans papiers, aidez-moi.\nMarie Tremblay\nGatineau",
    "He took my passport and I cannot leave the farm, please help, Leamington",
    "Брендон, Манітоба",
    "we are three in the room, call me.\nCape Town",
    "Mi jefe no me paga hace dos meses. Gracias, Rosa, Montreal, Quebec",
    "I work in Toronto and live in Brampton.",
    "Il me doit 2 000 $ depuis mars. Laval",
    "no place at all here.",
    "Montreal",
    "",
]


def _plain_trailing_place(finder: NameFinder) -> int | None:
    """`_trailing_place` as it was written before: the places looked for first."""
    tokens = finder.tokens
    if not tokens or finder.text[finder.ends[-1] :].strip(name_signature._AFTER_SIGNATURE):
        return None
    if not finder.is_place(len(tokens) - 1):
        return None
    first = len(tokens) - 1
    while first > len(tokens) - 3 and finder.joined(first - 1, first) and finder.is_place(first - 1):
        first -= 1
    if first < 2:
        return None
    gap = finder.text[finder.ends[first - 1] : finder.starts[first]]
    return first if "\n" in gap or gap.strip(" ") == "," else None


@pytest.mark.parametrize("text", SIGNED)
def test_a_trailing_place_is_that_of_the_plain_form(text: str) -> None:
    expected = _plain_trailing_place(NameFinder(text, Hints.of(text)))
    assert name_signature._trailing_place(NameFinder(text, Hints.of(text))) == expected


def test_a_message_ending_in_a_sentence_looks_for_no_place(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "I work in Toronto and live in Brampton, the boss keeps my passport."
    finder = NameFinder(text, Hints.of(text))
    monkeypatch.setattr(NameFinder, "find_place_tokens", lambda self: pytest.fail("places looked for"))
    assert name_signature._trailing_place(finder) is None


def test_a_place_on_a_line_of_its_own_is_still_found() -> None:
    text = "I work on the farm and he keeps my passport.\nLeamington"
    finder = NameFinder(text, Hints.of(text))
    assert name_signature._trailing_place(finder) == len(finder.tokens) - 1


@pytest.mark.parametrize("text", ["no me deja salir de la casa", "he said if i leave he will hurt my sister"])
def test_a_phrase_whose_third_word_differs_is_not_read_on(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    tokens = tokenize(text)
    expected = Scan(tokens.folded.text, tokens.spans, late_signs._all_sets())._found
    plain_end = pair_cues._phrase_end
    unfit: list[tuple[str, ...]] = []

    def watched(
        phrase: tuple[str, ...], star: bool, words: pair_cues.Words, index: int, known: int = 1
    ) -> int | None:
        third = words[index + 2][0] if index + 2 < len(words) else ""
        fits = third == phrase[2] or (star and len(phrase) == 3 and third.startswith(phrase[2]))
        if known == 2 and not fits:
            unfit.append(phrase)  # "no me paga" tried at "no me deja"
        return plain_end(phrase, star, words, index, known)

    monkeypatch.setattr(pair_cues, "_phrase_end", watched)
    assert Scan(tokens.folded.text, tokens.spans, late_signs._all_sets())._found == expected
    assert unfit == []
