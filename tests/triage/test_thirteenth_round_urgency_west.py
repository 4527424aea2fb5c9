"""Issue 11, thirteenth round (west languages): urgency on sentences written for this round, not
taken from any corpus file. Classes, not phrases: a clitic pronoun another language reads as its
"no" (Romanian "ne", us); the self-harm act or plan said in other words (pills taken with words
between, a rope ready, "I won't be here tomorrow", a last word to someone); a child dragged
away, screams heard; pills that are merchandise, not swallowed; a teacher preparing a lesson; a
witness who says they may be wrong; a time named as gone by (the age one had then, that season).
Each class has hard negatives."""

from __future__ import annotations

import pytest

import triage
from triage.codes import Urgency


def _level(text: str, language: str | None = None) -> Urgency:
    """The rules' level (the learned second opinion left out: these are rules)."""
    return triage.analyze(text, language_hint=language, second_opinion=False).urgency


# Romanian "ne" (us) is no French "ne": a lock on "us" now stays a lock.
def test_a_romanian_us_is_no_french_no() -> None:
    text = "sefii ne-au inchis in baraca de azi dimineata, nu avem mancare, va rog veniti la ferma"
    assert _level(text, "ro") is Urgency.emergency


def test_a_romanian_no_still_denies() -> None:
    text = "nu ne-au inchis niciodata, doar ca salariul vine tarziu de trei luni, ce pot face?"
    assert _level(text, "ro") is not Urgency.emergency


# The self-harm act or plan in other words: an emergency.
SELF_HARM: list[tuple[str, str]] = [
    ("de", "ich hab vorhin alle tabletten von oma genommen. sagt meinem bruder dass ich ihn lieb hab"),
    ("pl", "mam już sznur schowany pod łóżkiem. jutro rano mnie już nie będzie"),
    (
        "en",
        "nobody will miss me. I'm up on the roof of the parking garage and I just want someone to know why",
    ),
]
# The same words where nobody is in danger.
NOT_SELF_HARM: list[tuple[str, str]] = [
    ("pl", "jutro mnie nie będzie w pracy, mam wizytę u lekarza, czy mogę zadzwonić w piątek?"),
    ("fr", "un gars vend des pilules aux jeunes devant le dépanneur, je voudrais le signaler"),
]


@pytest.mark.parametrize(("lang", "text"), SELF_HARM)
def test_the_self_harm_act_or_plan_in_other_words_is_an_emergency(lang: str, text: str) -> None:
    assert _level(text, lang) is Urgency.emergency, lang


@pytest.mark.parametrize(("lang", "text"), NOT_SELF_HARM)
def test_the_same_words_without_the_act_are_no_emergency(lang: str, text: str) -> None:
    assert _level(text, lang) is not Urgency.emergency, lang


def test_a_child_dragged_inside_with_screams_is_an_emergency() -> None:
    text = "Alt kattaki 10 yaşındaki çocuğu adam şimdi zorla eve sürükledi, içeriden çığlıklar geliyor"
    assert _level(text, "tr") is Urgency.emergency


# A teacher preparing a lesson or a class simulation: the danger words are its topic.
LESSONS: list[tuple[str, str]] = [
    (
        "en",
        "I'm putting together lesson plans on grooming and sextortion for my grade 8 class. Any resources?",
    ),
    (
        "fr",
        "Je prépare un cours sur le recrutement des ados pour mes élèves de secondaire 3, "
        "avez-vous du matériel?",
    ),
    ("es", "Preparo una clase sobre trata para chicos de 14 años, ¿tienen material didáctico?"),
]


@pytest.mark.parametrize(("lang", "text"), LESSONS)
def test_a_teacher_preparing_a_lesson_is_low(lang: str, text: str) -> None:
    assert _level(text, lang) is Urgency.low, lang


def test_a_teacher_reporting_a_pupil_in_danger_now_stays_an_emergency() -> None:
    text = (
        "I'm a teacher. A pupil of 13 just told me a man is waiting in a car outside the school "
        "to take her tonight"
    )
    assert _level(text, "en") is Urgency.emergency


# A witness who says they may be wrong, with nothing now: a suspicion.
def test_a_witness_who_may_be_wrong_is_no_emergency() -> None:
    text = (
        "Credo che la ragazza del bar qui sotto non sia libera, il capo la accompagna sempre. Forse sbaglio."
    )
    assert _level(text, "it") in (Urgency.standard, Urgency.high)


# A time named as gone by: the age one had then, that season.
PAST: list[tuple[str, str]] = [
    ("de", "Als ich 14 war, hat mich mein Onkel eingesperrt. Heute bin ich 30. Kann ich ihn noch anzeigen?"),
    (
        "en",
        "In 2018 he locked me in the basement most nights. I climbed out that summer and never went back. "
        "I want a lawyer.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), PAST)
def test_a_time_named_as_gone_by_is_past(lang: str, text: str) -> None:
    assert _level(text, lang) is Urgency.standard, lang


def test_slept_is_not_beaten() -> None:
    text = "Er hat bei uns im Wohnzimmer geschlafen, seit zwei Wochen. Ist das erlaubt für einen Untermieter?"
    assert _level(text, "de") is not Urgency.emergency


# Spam and phishing: a prize won, a parcel waiting, bank details to confirm.
SPAM: list[tuple[str, str]] = [
    ("de", "Glückwunsch! Sie haben gewonnen. Klicken Sie auf den Link und bestätigen Sie Ihre Daten."),
    ("tr", "Kargonuz bekliyor. Teslimat için linke tıklayın ve adresinizi onaylayın."),
    ("it", "Hai vinto un buono da 500 euro! Clicca qui per riceverlo."),
]


@pytest.mark.parametrize(("lang", "text"), SPAM)
def test_spam_and_phishing_are_low(lang: str, text: str) -> None:
    assert _level(text, lang) is Urgency.low, lang


def test_a_spam_word_beside_a_lock_now_stays_an_emergency() -> None:
    text = "he said claim your prize at the back room, then he locked me in there, help me now"
    assert _level(text, "en") is Urgency.emergency


# A frequency (once a month) is a habit that goes on, not a danger now.
def test_writing_in_secret_once_a_month_is_no_emergency() -> None:
    text = "Mi hermana trabaja en una casa en Kuwait; la llama a escondidas una vez al mes. No le pagan."
    assert _level(text, "es") is not Urgency.emergency


def test_writing_in_secret_with_minutes_left_is_an_emergency() -> None:
    text = "je vous écris en cachette, il revient dans 10 minutes, il me frappe chaque semaine, aidez-moi"
    assert _level(text, "fr") is Urgency.emergency


# Romanian object pronouns joined by a hyphen ("nu-l lasă"): not letting him out.
def test_a_hyphened_pronoun_still_holds_the_person() -> None:
    text = "varul meu e la o stana in Spania, nu-l lasa sa plece de doua luni, nu-l platesc"
    assert _level(text, "ro") is Urgency.high


# The sick or hurt person says they are dying: an illness that cannot wait.
DYING: list[tuple[str, str]] = [
    ("ro", "sora mea e la o ferma in Germania, are febra de trei zile si zice ca moare, nu are doctor"),
    ("en", "my uncle is in the bunkhouse with a fever and says he's dying, the boss won't drive him"),
]


@pytest.mark.parametrize(("lang", "text"), DYING)
def test_someone_who_says_they_are_dying_is_an_emergency(lang: str, text: str) -> None:
    assert _level(text, lang) is Urgency.emergency, lang


def test_dying_to_see_someone_is_no_illness() -> None:
    text = "last year my mom said she was dying to see me, now I need a lawyer for my papers"
    assert _level(text, "en") is not Urgency.emergency


# Quebec French "jpeux" is "je peux": not able to leave.
def test_a_spoken_je_peux_still_says_the_person_cannot_leave() -> None:
    assert _level("il a barré la porte, jpeux pas sortir, venez vite", "fr") is Urgency.emergency


# A question the writer calls theoretical asks for information about an imagined case.
def test_a_theoretical_question_is_low() -> None:
    text = (
        "Theoretische Frage: Wenn jemand ohne Papiere in Wien zum Arzt geht, meldet der Arzt das der Polizei?"
    )
    assert _level(text, "de") is Urgency.low


def test_a_general_question_with_a_lock_now_stays_an_emergency() -> None:
    text = "General question: my boss locked me in the freezer room right now, can he do that? help"
    assert _level(text, "en") is Urgency.emergency


# Back where one lives since a date: over; a danger now beside it stays now.
def test_back_home_since_a_year_is_over() -> None:
    text = (
        "I cleaned houses in Kuwait for two years without pay. Back in Manila since 2022. "
        "Can I still claim the wages?"
    )
    assert _level(text, "en") is Urgency.standard


def test_back_home_with_someone_outside_now_stays_an_emergency() -> None:
    text = "I'm back home since Monday, the man who sold me is waiting outside, he has a gun"
    assert _level(text, "en") is Urgency.emergency
