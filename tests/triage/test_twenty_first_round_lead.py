"""Round 21, the lead's own: short Latin-script messages told by the learned language model
(triage/latin_languages.py), and a wish to die said now that a word of the past beside it does
not put in the past."""

from __future__ import annotations

import pytest

import triage
from triage.codes import Urgency
from triage.language import detect
from triage.latin_languages import features, latin_model
from triage.lexicon import load_lexicons
from triage.quotes import quoted_languages
from triage.tokens import tokenize

# Short messages whose marker words did not tell their language (the markers' guess in brackets,
# before the learned model).
SHORT = [
    ("Prefiero morir antes de volver a esa casa", "es"),  # (vi: its "a")
    ("jajaja era broma", "es"),  # (und)
    ("Èske nimewo sa a gratis?", "ht"),  # (ro)
    ("sa kap fèt la", "ht"),  # (ro)
    ("mi aiutate per favore", "it"),  # (es)
    ("me ajude por favor", "pt"),  # (en)
    ("help po", "tl"),  # (en)
]


@pytest.mark.parametrize(("text", "language"), SHORT)
def test_a_short_message_is_read_in_its_language(text: str, language: str) -> None:
    assert triage.analyze(text).language == language


def test_the_markers_choice_is_still_read_beside_the_learned_one() -> None:
    lexicons = load_lexicons()
    text = "me ajude por favor"
    guess = detect(text, tokenize(text).unique, lexicons, tuple(lexicons))
    assert (guess.language, guess.runner_up) == ("pt", "en")
    assert detect(text, tokenize(text).unique, lexicons, tuple(lexicons), learned=False).language == "en"


def test_three_marker_words_settle_a_language_without_the_model(monkeypatch: pytest.MonkeyPatch) -> None:
    """Three Spanish markers ("estoy", "ella", "ahora"): the model is not asked."""

    def not_asked() -> None:
        raise AssertionError("the learned model was asked")

    monkeypatch.setattr("triage.language.latin_model", not_asked)
    lexicons = load_lexicons()
    text = "estoy con ella ahora en la casa"
    assert detect(text, tokenize(text).unique, lexicons, tuple(lexicons)).language == "es"
    with pytest.raises(AssertionError, match="was asked"):
        detect("con la casa", tokenize("con la casa").unique, lexicons, tuple(lexicons))


def test_a_quoted_word_is_not_given_a_language_by_the_model() -> None:
    """In "la méthode 'loverboy'" one English-looking word in quotes is no Dutch quotation (the
    model weighs "loverboy" Dutch), so no Dutch danger word is read in a French message."""
    lexicons = load_lexicons()
    text = "Je prépare un atelier pour des élèves sur la méthode 'loverboy', avez-vous du matériel?"
    assert quoted_languages(text, lexicons, tuple(lexicons)) == []
    assert triage.analyze(text).urgency is Urgency.low


def test_only_the_allowed_languages_are_ranked() -> None:
    ranked = latin_model().ranked("me ajude por favor", frozenset({"es", "fr"}))
    assert {code for _, code in ranked} == {"es", "fr"}


def test_the_model_reads_letters_and_words_not_digits_or_links() -> None:
    assert features("Olá 123 https://x.example/a b@c.example") == [" ol", "olá", "lá ", "W olá", "W olá"]
    assert latin_model().ranked("123 456 !!!") == []


def test_the_shipped_table_has_a_byte_per_language_in_each_row() -> None:
    model = latin_model()
    assert {"fr", "en", "es", "pt", "tl", "ht", "ro", "vi"} <= set(model.languages)
    assert len(model.table) > 10_000
    assert {len(row) for row in model.table.values()} == {len(model.languages)}


WISHES = [
    # (message, urgency): a wish to die said now is an emergency whatever word of the past
    # stands beside it ("antes" is a Spanish word of the past, "before")
    ("prefiero morirme antes que volver con él", Urgency.emergency),
    ("Prefiero morir antes de volver a esa casa", Urgency.emergency),
    ("Prefiro morrer antes de voltar pra lá", Urgency.emergency),
    ("I'd rather die than go back to that farm", Urgency.emergency),
    # told in a past tense, with a year: over
    ("Hace dos años yo prefería morir, ahora estoy bien y tengo trabajo", Urgency.standard),
    ("En 2019 prefiero morir, así me sentía; hoy estoy bien", Urgency.standard),
]


@pytest.mark.parametrize(("text", "urgency"), WISHES)
def test_a_wish_to_die_said_now_is_not_put_in_the_past(text: str, urgency: Urgency) -> None:
    assert triage.analyze(text).urgency is urgency


AFTER_THE_END_SCORE = [
    # Round 21's missed emergencies, read after the end score, on sentences of the lead's own.
    # (message, urgency)
    # a group that cannot breathe, a door chained on them
    (
        "el patron nos dejo adentro del galpon con la puerta con cadena y no podemos respirar",
        Urgency.emergency,
    ),
    ("cerraron la bodega con cadena, somos 8 adentro desde anoche", Urgency.emergency),
    # a cry to stop hitting, heard next door or quoted
    ("楼上刚才一直有人喊“别打了”，现在还在哭", Urgency.emergency),
    ("我听到隔壁女孩说不要打我，我要报警吗", Urgency.emergency),
    # being driven away as the writer types
    ("He's driving me to his cousin's farm, I'm in the back seat, I don't know the road", Urgency.emergency),
    ("يأخذونني الآن بالسيارة إلى مدينة أخرى ولا أعرف أين", Urgency.emergency),
    ("أنا في المقعد الخلفي وهو يسوق، أخذ جوازي", Urgency.emergency),
    # medicines a shelter or a clinic names are no self-harm; pills swallowed still are
    (
        "Confirmamos a vaga no abrigo; ela pode trazer os remédios e os comprimidos que toma.",
        Urgency.standard,
    ),
    ("tomei os comprimidos que tinha, não aguento mais", Urgency.emergency),
    # look-alikes that stay as they were
    (
        "El año pasado nos dejaron adentro con cadena en una granja; ya salimos y ahora busco un abogado",
        Urgency.standard,
    ),
    ("My sister drives me to the clinic on Tuesdays, can you tell me your hours?", Urgency.low),
    ("我女儿小时候不听话，我会说别打了别闹了，这是过去的事", Urgency.standard),
]


@pytest.mark.parametrize(("text", "urgency"), AFTER_THE_END_SCORE)
def test_round_21_missed_emergencies_and_their_look_alikes(text: str, urgency: Urgency) -> None:
    assert triage.analyze(text).urgency is urgency
