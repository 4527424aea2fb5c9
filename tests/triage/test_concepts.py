"""Danger concepts (issue 11, round 10): word stems of a dozen concepts, composed by one rule,
read where the phrase lists found no danger. Sentences written for these tests."""

from __future__ import annotations

import pytest

import triage
from triage import Urgency
from triage.danger.concept_words import Concept, load_concepts
from triage.danger.concepts import concept_words, judge_concepts
from triage.tokens import tokenize

# (code, matched as substrings): the languages a test sentence is read in.
_SUBSTRING = {"zh", "ar", "th", "ja", "ko", "fa", "ur"}


def _level(text: str, code: str, *, minor: bool = False, said_now: bool = False) -> Urgency | None:
    codes = [(code, code in _SUBSTRING)]
    verdict = judge_concepts(tokenize(text), codes, minor=minor, said_now=said_now)
    return verdict.level if verdict else None


@pytest.mark.parametrize(
    ("code", "text"),
    [
        # two concepts together: a lock and no food, a lock and no phone
        ("en", "boss lock us in shed, no food since yesterday"),
        ("en", "door lock from outside 3 day, they take my phone"),
        ("fr", "patron ferme porte, moi pas manger 2 jours"),
        ("ru", "хозяин запер нас в гараже, телефоны забрали"),
        ("tl", "kinulong kami ng amo, kinuha ang cellphone namin"),
        ("id", "sy dikunci di gudang sm bos, hp disita"),
        ("hi", "malik ne kamre me band kar diya, khana nahi diya"),
        ("zh", "我被關在倉庫裡 沒有東西吃"),
        ("ar", "محبوسة في الغرفة وما في اكل"),
        ("vi", "chủ khóa cửa nhốt em trong phòng, không cho ăn"),
        # a danger with a word of now, or with a plea
        ("en", "they shock us with electric wire when we stop, tonight again"),
        ("es", "me encerraron en el cuarto, ayuda por favor"),
        ("pt", "o patrão me trancou no quarto, socorro"),
        ("tl", "kanina kinuryente nila kami, mamaya ulit daw"),
        ("de", "sie haben mich im keller eingesperrt, bitte hilfe"),
        # an escape and pursuers; self-harm and a farewell
        ("en", "I ran away last night, two men are looking for me at the station"),
        ("bn", "ajke ghumer oshudh kheye nebo, khoma koro"),
        ("sw", "nimetoroka usiku, wananitafuta kila mahali"),
        # a key taken away; a child and a man paid, with a word of now
        ("it", "siamo chiusi dentro il magazzino, il capo ha portato via le chiavi, aiuto"),
    ],
)
def test_concepts_that_make_an_emergency(code: str, text: str) -> None:
    assert _level(text, code) is Urgency.emergency


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("en", "my lock is broken, can you recommend a locksmith"),  # one concept, no now: high at most
        ("en", "Five years ago my boss locked me in and beat me. Now I need a lawyer."),  # the past
        ("es", "En 2017 me encerraron en una finca y me golpearon."),  # a year gone by
        ("fr", "personne ne m'enferme et personne ne me frappe"),  # denied
        ("es", "no me pegan ni me encierran, solo quiero saber mis derechos"),
        ("hi", "malik ne kabhi maara nahi, bas paise nahi deta"),  # a negation after the word
        ("en", "she was locked in for a week but she is safe now"),  # said to be safe now
        ("en", "my nephew sells phones at the market after school, is that allowed at 15?"),  # goods sold
        ("pt", "meu primo vende doces na rua, agora ele está em casa"),
        ("en", "no hot water and no phone signal in the staff house today"),  # no danger that holds
        ("zh", "没人打我，也没人关我，只是工资很低"),  # Chinese negations
        ("ro", "am fugit acum 3 ani de la patron, acum lucrez la o fabrica"),  # an escape over
        ("en", "I'm taking my daughter to the dentist this morning, she is 9"),  # the writer takes a child
        ("en", "a white van picks the workers up at 5am every day, they come back at night"),  # a vehicle
        ("id", "saya lagi cari kerja, bisa bantu cari saya pengacara sekarang?"),  # "cari saya": find me a...
    ],
)
def test_hard_negatives_are_no_emergency(code: str, text: str) -> None:
    assert _level(text, code) is not Urgency.emergency


def test_one_concept_alone_is_high_at_most() -> None:
    assert _level("they lock the gate at night", "en") is Urgency.high
    assert _level("they lock the gate, please help", "en") is Urgency.emergency  # a plea


def test_a_child_sold_needs_a_word_of_now_that_is_no_bare_now() -> None:
    text = "a man pays to watch my niece on webcam"
    assert _level(text, "en", minor=True) is Urgency.high
    assert _level(text + " now", "en", minor=True) is Urgency.high  # "now": also "these days"
    assert _level(text + " tonight", "en", minor=True) is Urgency.emergency
    assert _level(text + " tonight", "en", minor=False) is Urgency.high  # an adult's sale: a sign
    assert _level("her uncle says men are coming to the motel tonight", "en", minor=True) is Urgency.emergency


def test_a_thing_absent_is_quoted_with_its_negation() -> None:
    text = "door lock. me no eat 3 day"
    found = judge_concepts(tokenize(text), [("en", False)], minor=False, said_now=False)
    assert found is not None
    quotes = {(text[f.start : f.end], f.payload) for f in found.quotes}
    assert ("no eat", Concept.no_food) in quotes


def test_words_the_reading_judged_count_for_nothing() -> None:
    text = "he hit me and locked me in"
    tokens = tokenize(text)
    assert judge_concepts(tokens, [("en", False)], minor=False, said_now=True) is not None
    judged = [(0, len(text))]
    assert judge_concepts(tokens, [("en", False)], minor=False, said_now=True, judged=judged) is None


@pytest.mark.parametrize(
    "text",
    [
        "they shock us with electric wire when we stop, tonight again",
        "patron ferme porte, moi pas manger 2 jours",
        "ночью били током, сегодня опять обещали",
        "kanina kinuryente nila kami, mamaya ulit daw",
    ],
)
def test_triage_raises_what_the_phrase_lists_miss(text: str) -> None:
    result = triage.analyze(text)
    assert result.urgency is Urgency.emergency
    assert result.reasons and result.reasons[0].level is Urgency.emergency


@pytest.mark.parametrize(
    "text",
    [
        "For my sociology class: how do traffickers lock victims in and take their phones?",
        "lol my roommate locked me out again and ate all my food, send help 😂",
        "Ten years ago they locked me in and took my phone. Today I want to testify.",
    ],
)
def test_triage_keeps_a_class_a_joke_and_a_story_below_emergency(text: str) -> None:
    assert triage.analyze(text).urgency is not Urgency.emergency


def test_every_language_file_loads_and_names_its_concepts() -> None:
    concepts = load_concepts()
    assert {"en", "fr", "es", "pt", "ht", "ar", "ru", "uk", "ro", "hi", "zh", "vi", "tl"} <= set(concepts)
    for code in ("it", "tr", "th", "id", "fa", "sw", "de", "pl", "ko", "ja", "bn", "ne", "ur"):
        names = {concept for concept, _ in concepts[code].words}
        assert {Concept.hurt, Concept.locked, Concept.kill, Concept.self_harm} <= names, code
    assert concept_words(tokenize("help"), [("xx", False)]) == []
