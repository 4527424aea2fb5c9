"""The eighteenth round's shortcuts give the answers of the plain forms they replaced (speed round
of issue 11): each is compared with the plain form on sentences written for these tests."""

from __future__ import annotations

import pytest

from triage.danger.cues import WORD_LISTS, load_cues
from triage.danger.finder import CueFinder, _matches
from triage.term_matching import match_pieces
from triage.term_pieces import compile_term
from triage.tokens import tokenize

SENTENCES = [
    "Mon patron ne me laisse pas sortir, il me pegaba, il a pris mon passeport. Aidez-moi",
    "he took my phone and my papers, i owe him 8000 and he says if i leave he will hurt my sister",
    "No me pagan desde hace dos meses, el jefe me pega y nos encierra en la bodega por la noche",
    "je dors dans le camion depuis 3 semaines et il me doit 2 000 $, on est 12 gars dans une chambre",
    "they keep 70% of my pay, we sleep in the basement with no food, he checks my phone every night",
    "no puedo hablar con mi familia, la señora se llevó los celulares, no tenemos día libre",
    "i want to go back home to my kids, i swallowed all the pills, please i need a doctor",
    "Меня не выпускают из квартиры, хозяин забрал паспорт, зарплату задерживают. Помогите",
    "老板扣了我一半工资，不许我跟朋友联络，要还路费",
    "",
]


def _terms(code: str) -> list[tuple[str, int]]:
    """The terms of a danger cue file, each with its place in the list as its payload."""
    cues = load_cues()[code]
    terms = [t for cue in cues.what for t in cue.terms]
    terms += [t for name in WORD_LISTS for t in getattr(cues, name)]
    return [(term, n) for n, term in enumerate(terms)]


@pytest.mark.parametrize("code", ["en", "es", "fr"])
def test_a_cue_finder_finds_what_trying_every_term_at_every_word_finds(code: str) -> None:
    terms = _terms(code)
    finder = CueFinder(terms, substring=False, where=code)
    compiled = [(compile_term(term, code), n) for term, n in terms]
    for text in SENTENCES:
        tokens = tokenize(text)
        words, spans = tokens.words, tokens.spans
        plain = {
            (spans[i][1], spans[end - 1][2], n)
            for i in range(len(words))
            for pieces, n in compiled
            if _matches(pieces[0], words[i]) and (end := match_pieces(pieces, 1, words, i + 1, _matches)) >= 0
        }
        found = finder.find(tokens)
        assert len(found) == len(plain) and set(found) == plain, text


def test_a_term_whose_second_piece_the_next_word_does_not_match_is_not_tried_there() -> None:
    terms = [("me pega*", "hit"), ("me", "me"), ("lock* ~ room", "locked")]
    finder = CueFinder(terms, substring=False, where="t")
    assert [payload for _, payload, _, _ in finder._entries(("me", "dice"))] == ["me"]
    assert [(payload, after) for _, payload, _, after in finder._entries(("me", "pegaba"))] == [
        ("hit", 2),  # its second piece matched already: complete
        ("me", 1),
    ]
    assert [payload for _, payload, _, _ in finder._entries(("me", ""))] == ["me"]
    assert [after for _, _, _, after in finder._entries(("locked", "me"))] == [1]  # a gap: read on
    found = finder.find(tokenize("me dice que me pegaba, locked me in the room"))
    assert [(f.start, f.end, f.payload) for f in found] == [
        (0, 2, "me"),
        (12, 21, "hit"),  # "me pegaba"
        (12, 14, "me"),
        (23, 44, "locked"),  # "locked me in the room"
        (30, 32, "me"),
    ]
