"""Issue 11, eleventh round: urgency in en, fr, es, pt, de, ro, pl, id, tl and vi, on sentences
written for this round (not taken from any corpus file). Classes, not phrases: a padlock, asking
everyone where the person is, men waiting in front of where they live, a bridge and letters left
for the family, a threat to make someone disappear, fleeing and hiding now; "seguir" with a
gerund is no pursuit; spam offering loans or easy money, a student's paper, a novelist's scene;
a witness asking how to report someone else's pay held back or bruises; a medical test is no
test message; a threat to send someone's videos; "no longer let out" is a restriction now.
Each class has hard negatives: the same words where they name no danger now."""

from __future__ import annotations

import pytest

import triage
from triage.codes import Urgency


def _level(text: str) -> Urgency:
    """The rules' level (the learned second opinion left out: these are rules)."""
    return triage.analyze(text, second_opinion=False).urgency


EMERGENCIES: list[tuple[str, str]] = [
    # a padlock on the door, with a word of now
    ("id", "tolong, kami berlima di gudang, pintunya digembok dari luar sejak tadi pagi"),
    ("en", "boss put a padlock on the container door, 6 of us inside right now"),
    ("ro", "patronul a pus lacat la usa baracii, suntem inauntru de azi dimineata, ajutor"),
    ("pl", "szef założył kłódkę na drzwi baraku, siedzimy w środku od dziś rano, pomocy"),
    # men waiting in front of where the person lives; someone asking everyone where they are
    ("de", "Drei Männer vom Chef stehen gerade vor meiner Wohnung und klingeln dauernd"),
    (
        "fr",
        "il appelle toutes mes cousines pour savoir où je suis, je suis sortie de chez lui il y a 20 minutes",
    ),
    # a bridge tonight, letters left for the family
    ("en", "tonight I'm going off the bridge, I already wrote letters for my kids"),
    ("es", "esta noche me tiro del puente, ya escribí cartas para mi mamá"),
    ("id", "malam ini aku terjun dari jembatan, sudah tulis surat untuk ibu"),
    # a threat to make the person disappear, with a word of now
    ("en", "my boss just texted me: you talked to the cops, tonight you disappear"),
    ("fr", "il vient de m'écrire ce soir tu vas disparaître parce que j'ai parlé"),
    ("pt", "o gerente mandou mensagem agora: hoje você vai sumir"),
    # fled and hiding, with a word of now
    ("en", "me ran from the farm truck 1 hour, hiding in the ditch by highway"),
    ("tl", "tumakas ako kanina sa amo ko, nagtatago ako ngayon sa likod ng simbahan"),
    # "sigue" with no gerund after it is still someone following
    ("es", "un hombre me sigue desde la estación, ahora está afuera de la tienda"),
]


@pytest.mark.parametrize(("language", "text"), EMERGENCIES)
def test_new_words_of_danger_now_are_emergencies(language: str, text: str) -> None:
    result = triage.analyze(text, second_opinion=False)
    assert result.language == language
    assert result.urgency is Urgency.emergency, result.explanations


NOT_EMERGENCIES: list[tuple[str, str]] = [
    # a padlock bought or broken
    ("en", "where can I buy a padlock for my bike locker? I start the new job today"),
    ("id", "gembok koper saya rusak, di mana bisa beli yang baru?"),
    # a bridge or a building named as a place
    ("en", "the shelter is just off the bridge on Main street, is it open tonight?"),
    ("fr", "j'habite près du pont Jacques-Cartier, est-ce qu'il y a un refuge ce soir?"),
    ("es", "vivo cerca del puente, ¿hay un abogado que hable español hoy?"),
    ("de", "Vor unserer Unterkunft gibt es eine Bushaltestelle. Wie komme ich zur Beratungsstelle?"),
    # a disappearance denied
    ("en", "he said nobody will make you disappear, you are safe now with us"),
    # "seguir" with a gerund: a demand that goes on
    ("es", "mi ex patrón me sigue mandando mensajes para que le pague lo que dice que le debo"),
    ("pt", "o antigo chefe segue me cobrando a passagem, ainda hoje mandou mensagem"),
]


@pytest.mark.parametrize(("language", "text"), NOT_EMERGENCIES)
def test_the_same_words_naming_no_danger_now(language: str, text: str) -> None:
    result = triage.analyze(text, second_opinion=False)
    assert result.language == language
    assert result.urgency is not Urgency.emergency, result.explanations


LOW: list[tuple[str, str]] = [
    # loans and easy money
    ("es", "¡Préstamos rápidos sin buró! Te depositamos hoy mismo, escríbenos"),
    ("vi", "Vay nhanh không cần thế chấp, giải ngân trong ngày, lãi suất thấp"),
    ("id", "Pinjaman cepat tanpa jaminan, dana cair dalam 10 menit!"),
    ("fr", "Prêt rapide sans enquête de crédit, argent rapide en 24h"),
    # a student's paper, a school project
    ("de", "Ich schreibe meine Bachelorarbeit über Menschenhandel und hätte drei Fragen an Sie."),
    ("pt", "Sou estudante de Direito e faço um trabalho comparativo sobre tráfico de pessoas."),
    ("en", "I'm in grade 8 and making a poster about human trafficking for social studies"),
    ("vi", "Em là sinh viên năm cuối, đang làm luận văn về lao động cưỡng bức, xin tài liệu ạ"),
    # a novelist's scene
    ("fr", "Je suis romancière : une scène où un homme enferme une fille dans une cave, c'est réaliste?"),
    ("es", "Soy novelista y escribo una escena donde secuestran a una joven, ¿cómo respondería la línea?"),
]


@pytest.mark.parametrize(("language", "text"), LOW)
def test_spam_papers_and_fiction_are_low(language: str, text: str) -> None:
    result = triage.analyze(text, second_opinion=False)
    assert result.language == language
    assert result.urgency is Urgency.low, result.explanations


def test_a_witness_asking_how_to_report_someone_elses_unpaid_work_is_a_suspicion() -> None:
    text = "Je crois que la femme de ménage de mes voisins n'est jamais payée. Comment signaler anonymement?"
    assert _level(text) is Urgency.standard
    text = (
        "My neighbours' nanny had bruises on her arm and says they don't pay her. "
        "Can I report it anonymously?"
    )
    assert _level(text) is Urgency.standard


def test_a_passport_kept_stays_the_writers_own_even_with_a_relative_named() -> None:
    # hard negative: the writer's own passport, asked about like a witness
    assert _level("My cousin's boss keeps my passport in his safe. Where can I report this?") is Urgency.high


def test_a_medical_test_is_no_test_message() -> None:
    assert (
        _level("J'ai besoin d'un test de grossesse et d'un médecin, je suis sortie de là le mois passé")
        is not Urgency.low
    )
    assert _level("where can I get a free STI test, I left the man who sold me last month") is not Urgency.low
    # hard negatives: a test message stays low
    assert _level("ceci est un test") is Urgency.low
    assert _level("test") is Urgency.low


def test_a_threat_to_send_someones_videos_is_an_intimidation_that_goes_on() -> None:
    assert _level("he has my videos and says if I stop he will send everything to my boss") is Urgency.high
    assert (
        _level("si lo dejo manda todo a mi familia, tiene videos míos y se queda con lo que gano")
        is Urgency.high
    )


def test_no_longer_let_out_is_a_restriction_now_not_the_past() -> None:
    assert _level("since I complained they took my phone and don't let me go out anymore") is Urgency.high
    assert (
        _level("Seit der Hochzeit lassen sie mich nicht mehr allein raus, sie haben mein Handy")
        is Urgency.high
    )
    # hard negative: no longer working there is the past
    assert (
        _level("Ich arbeite nicht mehr dort, der Chef schuldet mir noch Lohn. Was kann ich tun?")
        is Urgency.standard
    )


def test_a_friend_who_is_sixteen_is_a_minor() -> None:
    result = triage.analyze(
        "my friend is 16 and her uncle makes her dance at a club on weekends", second_opinion=False
    )
    assert result.urgency is Urgency.high
    assert triage.Indicator.minor_involved in result.indicators


def test_an_escape_a_year_ago_is_over() -> None:
    text = "Setahun lalu saya berhasil keluar dari pabrik itu. Sekarang saya butuh pengacara untuk gaji saya."
    assert _level(text) is not Urgency.emergency
    # hard negative: an escape this morning with men looking for the person stays an emergency
    text = "Tadi pagi saya kabur dari rumah majikan, mereka mencari saya di terminal, tolong"
    assert _level(text) is Urgency.emergency


def test_someone_always_there_when_the_person_calls_is_isolation() -> None:
    text = "Mi hermana trabaja en una granja y cuando me llama siempre hay alguien con ella escuchando"
    result = triage.analyze(text, second_opinion=False)
    assert result.urgency is Urgency.high
    assert triage.Indicator.isolation in result.indicators
    text = "Our son lives with his manager now and we can't visit him unless he's there. What can we do?"
    assert _level(text) is Urgency.high
    # hard negative: a friend who keeps someone company is no control
    text = "Ma voisine est malade, je passe la voir chaque jour. Avez-vous une liste de cliniques?"
    assert _level(text) is not Urgency.high
