"""The eighteenth round's shortcuts give the answers of the plain forms they replaced (speed round
of issue 11): each is compared with the plain form on sentences written for these tests."""

from __future__ import annotations

import json
import random
import re
from dataclasses import fields
from pathlib import Path

import pytest

from triage import late_signs
from triage.codes import Indicator
from triage.danger import languages_read
from triage.danger.cues import WORD_LISTS, latin_markers, load_cues
from triage.danger.escapes import sentence_of
from triage.danger.finder import CueFinder, _matches
from triage.pair_cues import Scan
from triage.redaction import emails
from triage.redaction.spans import MASK, Hints
from triage.settled_needs import NeedCues
from triage.term_matching import match_pieces
from triage.term_pieces import Kind, Piece, compile_term
from triage.tokens import Tokens, tokenize

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


_Compiled = tuple[dict[str, list[tuple[tuple[Piece, ...], int]]], list[tuple[tuple[Piece, ...], int]]]


def _compiled(terms: list[tuple[str, int]], code: str) -> _Compiled:
    """The terms compiled, by their first word, and those that start with a prefix."""
    by_first: dict[str, list[tuple[tuple[Piece, ...], int]]] = {}
    prefixed: list[tuple[tuple[Piece, ...], int]] = []
    for term, n in terms:
        pieces = compile_term(term, code)
        if pieces[0].kind is Kind.prefix:
            prefixed.append((pieces, n))
        else:
            by_first.setdefault(pieces[0].text, []).append((pieces, n))
    return by_first, prefixed


def _plainly_found(compiled: _Compiled, text: str) -> set[tuple[int, int, int]]:
    """Every place a term matches, each term tried at every word its first piece matches."""
    by_first, prefixed = compiled
    tokens = tokenize(text)
    words, spans = tokens.words, tokens.spans
    found: set[tuple[int, int, int]] = set()
    for i, word in enumerate(words):
        for pieces, n in [*by_first.get(word, []), *prefixed]:
            if _matches(pieces[0], word) and (end := match_pieces(pieces, 1, words, i + 1, _matches)) >= 0:
                found.add((spans[i][1], spans[end - 1][2], n))
    return found


@pytest.mark.parametrize("code", ["en", "es", "fr"])
def test_a_cue_finder_finds_what_trying_every_term_at_every_word_finds(code: str) -> None:
    terms = _terms(code)
    finder = CueFinder(terms, substring=False, where=code)
    compiled = _compiled(terms, code)
    for text in SENTENCES:
        plain = _plainly_found(compiled, text)
        found = finder.find(tokenize(text))
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


@pytest.mark.parametrize("text", SENTENCES)
def test_a_sign_left_unread_has_a_word_list_the_message_lacks(text: str) -> None:
    tokens = tokenize(text)
    folded = tokens.folded.text
    live = Scan(folded, tokens.spans, late_signs._all_sets()).live()
    read = 0
    for (_, cues), numbers in zip(late_signs._sign_pairs(), late_signs._sign_numbers(), strict=True):
        if live.issuperset(numbers):
            read += 1
        else:
            assert cues.find(folded, tokens.spans) is None, text
    assert read < len(late_signs._sign_pairs())


def test_a_message_with_a_sign_reads_it() -> None:
    signs = late_signs.read_late_signs(SENTENCES[4], tokenize(SENTENCES[4]).folded, ())
    assert {sign.indicator for sign in signs.signs} >= {
        Indicator.withholding_of_wages,
        Indicator.abusive_conditions,
        Indicator.isolation,
    }


def test_the_need_cues_read_from_the_words_keep_every_other_cue() -> None:
    given = NeedCues(
        question=True,
        report=False,
        words=7,
        professional=True,
        test=True,
        loose=frozenset({Indicator.isolation}),
    )
    tokens = tokenize("i have a fever, i need a shelter")
    scan = Scan(tokens.folded.text, tokens.spans, late_signs._all_sets())
    read = late_signs._read_need_cues(given, tokens.folded.text, scan, tokens.spans, True)
    for field in fields(NeedCues):
        if getattr(NeedCues(), field.name) != getattr(given, field.name):
            assert getattr(read, field.name) == getattr(given, field.name), field.name
    assert read.ailing


CORPUS = Path(__file__).resolve().parent / "data" / "corpus"
_MAIL_PIECES = [
    "dmytro.k88", "ana_92", "Ana", "x.1", "gmail", "GMAIL", "Yahoo", "protonmail", "proton", "ukr", "ukraine",
    "com", "COM", "net", "fr", ".", " . ", "@", "\t", "  ", " ", "a", "mail", "gmail.com", "é", MASK, ",",
]  # fmt: skip


_PROVIDER_NAMED = re.compile("|".join(emails._UNMARKED_PROVIDERS.split("|")), re.IGNORECASE)


def _mail_texts() -> list[str]:
    rng = random.Random(18)
    made = ["".join(rng.choice(_MAIL_PIECES) for _ in range(rng.randint(0, 12))) for _ in range(1500)]
    spaced = [" ".join(rng.choice(_MAIL_PIECES) for _ in range(rng.randint(0, 10))) for _ in range(1500)]
    corpus = [
        json.loads(line)["text"]
        for path in sorted(CORPUS.glob("*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if _PROVIDER_NAMED.search(line)
    ]
    return corpus + made + spaced


def test_addresses_without_at_or_dot_are_tried_only_before_a_provider() -> None:
    tried = 0
    for text in _mail_texts():
        hints = Hints.of(text)
        if not hints.has_any(emails._PROVIDER_WORDS):
            continue
        providers = emails.word_starts(text, hints, emails._PROVIDER_WORDS)
        if providers is None:
            continue
        tried += 1
        found = [m.span() for m in emails._unmarked_at(text, providers)]
        assert found == [m.span() for m in emails._UNMARKED.finditer(text)], text
    assert tried > 500
    text = "mail dmytro.k88 gmail com or ana_92\tYAHOO . fr, @x.1 gmail com"
    assert [text[a:b] for a, b in emails._unmarked_emails(text, Hints.of(text))] == [
        "dmytro.k88 gmail com",
        "ana_92\tYAHOO . fr",
    ]


@pytest.mark.parametrize("ends", [[], [4], [3, 9, 9, 20], list(range(0, 40, 3))])
def test_a_sentence_is_counted_by_the_ends_before_it(ends: list[int]) -> None:
    for at in range(-1, 45):
        assert sentence_of(ends, at) == sum(1 for end in ends if end < at)


def _plain_more_codes(tokens: Tokens, codes: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """`languages_read._more_codes` as written before: every language read in Latin letters asked."""
    chosen = {code for code, _ in codes}
    cues = load_cues()
    more = [
        (sibling, substring)
        for code, substring in codes
        if code in cues
        for sibling in cues[code].siblings
        if sibling in cues and sibling not in chosen
    ]
    for code, markers in latin_markers():
        if code not in chosen:
            found = len(markers & tokens.unique)
            if code == "ar" and found < languages_read.LATIN_MARKERS_NEEDED:
                found += languages_read._arabizi(tokens)
            if found >= languages_read.LATIN_MARKERS_NEEDED:
                more.append((code, False))
    return list(dict.fromkeys(more))


@pytest.mark.parametrize(
    "text",
    [
        *SENTENCES,
        "mujhe nahi pata, mera malik paisa nahi deta, ana mjro7 w ma3ndich flous",
        "ana mjro7 w ma3ndich flous, 5alas",
        "saya tidak bisa keluar, bos saya ambil paspor, tolong aku",
        "ich kann nicht raus, der chef hat meinen pass, bitte hilfe, nie mogę wyjść",
    ],
)
def test_the_languages_read_in_latin_letters_are_those_every_language_asked_gives(text: str) -> None:
    tokens = tokenize(text)
    for codes in ([("en", False)], [("fr", False), ("en", False)], [("ar", True), ("en", False)], []):
        assert languages_read._more_codes(tokens, codes) == _plain_more_codes(tokens, codes), codes
