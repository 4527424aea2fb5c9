"""Needs and indicators of issue 11: a parent's children are not a minor involved, ages
read next to a relative, and general words (written for these tests, not taken from the
corpus) for wages, documents, isolation, conditions and the information, legal and labour
rights needs."""

from __future__ import annotations

import pytest

import triage


def _codes(text: str) -> set[str]:
    result = triage.analyze(text)
    return {c.value for c in (*result.indicators, *result.needs)}


@pytest.mark.parametrize(
    "text",
    [
        "My boss keeps my passport and I send money to my children back home.",
        "Je travaille 15 heures par jour et j'envoie l'argent à mes enfants au pays.",
        "Trabajo sin descanso y mis hijos están en Honduras con mi mamá.",
        "Я должна ему 12 000 за дорогу и работаю бесплатно.",
        "Tôi là du học sinh, chủ giữ hộ chiếu của tôi.",
        "Me ne lucrez fara bani si copiii mei sunt acasa in Romania.",
    ],
)
def test_a_parents_children_are_not_a_minor_involved(text: str) -> None:
    assert "minor_involved" not in _codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ma fille de 16 ans a un chum de 30 ans qui la fait travailler.",
        "my niece is 15 and a man posts her pictures on escort sites",
        "Моей дочери 15, мужчина требует от неё фото.",
    ],
)
def test_an_age_next_to_a_relative_is_a_minor(text: str) -> None:
    assert "minor_involved" in _codes(text)


def test_documents_taken_do_not_ask_for_immigration_by_themselves() -> None:
    # An identity card held is no status matter; a passport or a permit held is (sixth round:
    # the outsiders' corpus files label it `immigration`, tests/triage/test_sixth_round_codes.py).
    codes = _codes("He took my health card and my bank card and keeps them in his safe.")
    assert "retention_of_documents" in codes
    assert "immigration" not in codes


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The manager deducts half of my salary for the room.", "withholding_of_wages"),
        ("Le patron garde la moitié de ma paie depuis janvier.", "withholding_of_wages"),
        ("El encargado me descuenta el sueldo cada semana.", "withholding_of_wages"),
        ("Hawak ng amo ko ang passport ko at ayaw ibalik.", "retention_of_documents"),
        ("Хозяин держит мой паспорт в сейфе.", "retention_of_documents"),
        ("老板收走护照，说是帮我保管。", "retention_of_documents"),
        ("They took away our phones when we arrived.", "isolation"),
        ("Ils dorment par terre, sans chauffage, à dix dans une chambre.", "abusive_conditions"),
        ("I need a lawyer to file a complaint.", "legal"),
        ("Hindi binabayaran ang sweldo ko, saan ako magrereklamo?", "labour_rights"),
        ("Is this normal? I am not sure if it is trafficking.", "information"),
    ],
)
def test_general_words_give_their_code(text: str, code: str) -> None:
    assert code in _codes(text)


def test_an_emergency_lists_only_the_needs_of_now() -> None:
    result = triage.analyze("He has a knife and says he will kill me right now, and he never paid my wages.")
    needs = {n.value for n in result.needs}
    assert result.urgency.value == "emergency"
    assert "emergency_safety" in needs
    assert "labour_rights" not in needs


def test_the_same_wages_without_danger_ask_for_labour_rights() -> None:
    result = triage.analyze("My employer never paid my wages for three months.")
    assert "labour_rights" in {n.value for n in result.needs}


def test_a_parents_children_in_an_explanation_never_name_a_minor() -> None:
    result = triage.analyze("I want to see my kids again, my boss took my passport.")
    assert "minor_involved" not in {i.value for i in result.indicators}


@pytest.mark.parametrize(
    "text",
    [
        "A recruiter offered my cousin a job abroad, it feels wrong. Is it a scam?",
        "Mon voisin reçoit des filles à toute heure, c'est louche.",
        "Our clinic would like a workshop for the staff on the signs of exploitation.",
    ],
)
def test_a_suspicion_or_a_training_request_asks_for_information(text: str) -> None:
    assert "information" in _codes(text)


def test_forced_criminality_asks_for_legal_help() -> None:
    assert "legal" in _codes("They force me to sell drugs for them to pay my debt.")


def test_phones_taken_beside_a_hidden_one_are_isolation() -> None:
    # The hidden phone alone is no isolation (seventh round): the phones taken are.
    assert "isolation" in _codes("I hid this phone under the mattress, they took all our phones.")


def test_short_messages_alone_do_not_raise_a_worry() -> None:
    result = triage.analyze("My brother went to work abroad and since then sends only short messages.")
    assert result.urgency.value in {"standard", "low"}


def test_a_brother_is_no_brothel() -> None:
    assert triage.analyze("My brother is coming to visit next week.").exploitation == ()


@pytest.mark.parametrize(
    "text",
    [
        "The agency charged us a placement fee and we pay it back from our salary.",
        "Ils disent qu'il leur doit 3000 $ pour le voyage.",
        "Говорят, что я должна им за дорогу и жильё.",
    ],
)
def test_a_debt_they_say_is_owed_is_debt_bondage(text: str) -> None:
    assert "debt_bondage" in _codes(text)
