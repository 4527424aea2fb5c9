"""What the triage engine remembers between messages, and the work it shares between readers,
changes no answer (speed round of issue 11).

Each shortcut is compared with the plain form it replaced, on sentences written for these
tests in several languages, with its memory emptied as often as possible too.
"""

from __future__ import annotations

import re

import pytest

import triage
from triage import pair_cues
from triage.danger import languages_read, reading, universal
from triage.danger.cues import latin_markers
from triage.late_signs import _all_sets
from triage.lexicon import load_lexicons
from triage.redaction.glued_streets import _STREET, find_glued_streets
from triage.redaction.spans import Hints
from triage.second_opinion.model import load
from triage.term_matching import TermMatcher
from triage.tokens import tokenize

SENTENCES = [
    "Mon patron ne me laisse pas sortir, il a pris mon passeport. Aidez-moi vite svp",
    "je dors dans le camion depuis 3 semaines et il me doit 2 000 $, j'ai peur",
    "he took my phone and my papers, i owe him 8000 and he says if i leave he will hurt my sister",
    "No me pagan desde hace dos meses, el jefe nos encierra en la bodega por la noche",
    "meu chefe tirou a chave e não deixa a gente sair, trabalhamos 14 horas por dia",
    "nu am voie să plec, patronul mi-a luat actele, ajutor",
    "ako si Liza, hindi ako pinapasweldo ng amo ko at kinuha niya ang passport ko",
    "Меня не выпускают из квартиры, хозяин забрал паспорт. Помогите",
    "Is this a test? what is trafficking? asking for a school project",
    "sos!!! they are outside the motel right now... 3.5 hours I've been hiding",
]

# Words of scripts written without spaces, or with vowel signs, that the scan reads as substrings.
SPELLED_TOGETHER = [
    "老板扣了我一半工资，下个月发，我没有钱",
    "मालिक ने मेरी आधी तनखाह रख ली, पगार नहीं दी, पैसा उसके खाते में",
]


@pytest.mark.parametrize("text", [*SENTENCES, "a.1 b. c.d 3.4.", "fin.", ".5 et 5. puis ?!"])
def test_sentence_ends_are_those_of_the_plain_pattern(text: str) -> None:
    plain = re.compile(r"[!?;\n。！？；…؟।]|\.(?!\d)")
    folded = tokenize(text).folded.text
    assert [m.span() for m in reading._SENTENCE_END.finditer(folded)] == [
        m.span() for m in plain.finditer(folded)
    ]


@pytest.mark.parametrize("text", [*SENTENCES, "", "   ", "...!!", "ok?", "où es-tu ? viens.", "là\n?"])
def test_only_questions_is_the_plain_rule(text: str) -> None:
    question = reading._QUESTION.search(text) is not None
    parts = [part for part in reading._STATEMENT.split(text.strip()) if part.strip()]
    plain = all(reading._QUESTION.search(part) for part in parts)
    assert reading._only_questions(text, question) == plain


def _all_codes() -> list[str]:
    return list(load_lexicons())


def test_lexicon_matchers_answer_the_same_with_their_memory_emptied(monkeypatch: pytest.MonkeyPatch) -> None:
    lexicons = load_lexicons()
    tokens = [tokenize(text) for text in SENTENCES]
    warm = {code: TermMatcher(lexicons[code]) for code in _all_codes()}
    before = {code: [m.find_tokens(t) for t in tokens] for code, m in warm.items()}
    monkeypatch.setattr("triage.term_matching.CANDIDATE_CACHE", 1)  # every word forgotten at once
    monkeypatch.setattr("triage.term_matching.PAIR_CACHE", 1)  # and every step
    for code in _all_codes():
        fresh = TermMatcher(lexicons[code])
        assert [fresh.find_tokens(t) for t in tokens] == before[code], code
        assert [warm[code].find_tokens(t) for t in tokens] == before[code], code


def test_danger_cue_finders_answer_the_same_with_their_memory_emptied(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tokens = [tokenize(text) for text in SENTENCES]
    compiled = {code: reading._compiled(code, False) for code in _all_codes()}
    before = {code: [c.finder.find(t) for t in tokens] for code, c in compiled.items() if c is not None}
    monkeypatch.setattr("triage.danger.finder.WORD_CACHE", 1)
    monkeypatch.setattr("triage.danger.finder.PAIR_CACHE", 1)
    for code in before:
        fresh = reading._compiled.__wrapped__(code, False)
        assert fresh is not None
        assert [fresh.finder.find(t) for t in tokens] == before[code], code


def test_late_sign_scan_finds_what_each_word_list_finds(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pair_cues, "WORD_CACHE", 1)
    monkeypatch.setattr(pair_cues, "PAIR_CACHE", 1)
    sets = _all_sets()
    for text in [*SENTENCES, *SPELLED_TOGETHER]:
        tokens = tokenize(text)
        scan = pair_cues.Scan(tokens.folded.text, tokens.spans, sets)
        for term_set in sets:
            if term_set.extra is None:
                expected = sorted(term_set.spans(tokens.folded.text, tokens.spans))
                assert sorted(scan.spans(term_set)) == expected, text


def test_marker_languages_are_counted_as_set_intersections() -> None:
    for text in [*SENTENCES, "mujhe nahi pata, mera malik paisa nahi deta", "ana mjro7 w ma3ndich flous"]:
        tokens = tokenize(text)
        counts = languages_read._marker_counts(tokens.unique)
        for code, markers in latin_markers():
            assert counts.get(code, 0) == len(markers & tokens.unique), (text, code)


def test_cries_for_help_are_word_starts_whatever_the_memory(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(universal, "WORD_CACHE", 2)
    starts = universal._Starts(("hilfe", "aiuto", "pomoc"))
    for words, expected in [
        ({"ich", "brauche", "hilfe"}, True),
        ({"aiutoo", "subito"}, True),
        ({"aiutatemi", "subito"}, False),
        ({"pomocy"}, True),
        ({"help", "me"}, False),
        ({"dringend", "hilfeee", "bitte"}, True),
        (set(), False),
    ]:
        assert starts.any_of(frozenset(words)) is expected, words


def test_distress_marks_are_found_as_plain_substrings() -> None:
    for raw in ["🆘 please", "S.O.S", "경찰 불러주세요", "call the police", "s.o.s.", "ok"]:
        for marks in (universal._CALL_MARKS, universal._HELP_MARKS, universal._POLICE_MARKS):
            assert universal._has_mark(raw, marks) == any(m in raw for m in marks), raw


def test_second_opinion_reads_the_same_words_as_the_rules() -> None:
    model = load()
    if model is None:
        pytest.skip("no learned model shipped")
    for text in SENTENCES:
        result = triage.analyze(text, second_opinion=False)
        blanked = re.sub(r"\[[A-Z_]+\]", lambda m: " " * len(m.group()), result.redacted)
        assert model.probabilities(result, tokenize(blanked).words) == model.probabilities(result)


@pytest.mark.parametrize(
    "text",
    [
        "wir wohnen in der Lindenstraße 4/2, bitte kommen",
        "het huis is Prinsengracht 263 in Amsterdam",
        "Kungsgatan\n12 b, andra våningen",
        "Am Str.5 hier, Sommer 2025, Weg 5",
        "Gartenweg  7 (two spaces: no street)",
    ],
)
def test_glued_streets_are_searched_for_where_the_plain_search_finds_them(text: str) -> None:
    assert list(find_glued_streets(text, Hints.of(text))) == [m.span() for m in _STREET.finditer(text)]
