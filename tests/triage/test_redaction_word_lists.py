"""The word lists of the redaction layer read from triage/lexicons/redaction/<lang>.toml:
street types with their abbreviations, units, connectors, the street words of places, the
"at" and "dot" of e-mails, number words and the words that keep a number (months,
currencies, units). Each is checked by `python -m triage.lexicon_check` and built into the
detectors' patterns by code."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from triage import analyze, word_lists
from triage.lexicon_check import check
from triage.redaction import redact
from triage.redaction.addresses import _alternation, _hint_words
from triage.redaction.keep import find_kept_numbers
from triage.redaction.number_words import spell_digits
from triage.redaction.spans import Hints


def _types(text: str) -> list[str]:
    return [entity.type.value for entity in redact(text)[1]]


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        ('[addresses]\ntypes_before = ["rue"]\n', "must be a table: each word = the list of its"),
        ('[addresses.types_after]\nstreet = "st"\n', "types_after street: must be a list of strings"),
        ('[addresses.types_before]\navenue = ["av"]\navenida = ["AV"]\n', "'AV' is listed twice"),
        ('[addresses.types_before]\n"montée" = ["montee"]\n', "'montee' is listed twice (as 'montée' too)"),
        ('[numbers.values]\nfive = ["cinq"]\n', "'five' is not a number"),
        ('[numbers.values]\n1 = ["un"]\n2 = ["un"]\n', "'un' is listed twice"),
        ('[emails]\nat = ["at", "AT"]\n', "'AT' is listed twice (as 'at' too)"),
        ('[keep]\nmonths = ["Mai", "mai"]\n', "'mai' is listed twice (as 'Mai' too)"),
        ('[addresses]\nstreets = ["x"]\n', "unknown key 'streets'"),
    ],
)
def test_problems_in_the_new_lists_are_reported(tmp_path: Path, body: str, problem: str) -> None:
    folder = tmp_path / "redaction"
    folder.mkdir()
    path = folder / "xx.toml"
    path.write_text('[language]\ncode = "xx"\n' + body, encoding="utf-8")
    with pytest.raises(word_lists.WordListError, match=re.escape(problem)):
        word_lists.parse(path)
    assert check([path]) == 1


def test_currencies_before_an_amount_are_told_apart_by_case(tmp_path: Path) -> None:
    path = tmp_path / "xx.toml"
    path.write_text('[language]\ncode = "xx"\n[keep]\ncurrencies_before = ["CAD", "cad"]\n', encoding="utf-8")
    assert word_lists.parse(path)[("keep", "currencies_before")] == (("CAD", ()), ("cad", ()))


def test_a_street_type_is_built_with_its_abbreviations() -> None:
    pattern = re.compile(rf"(?i:{_alternation([('montée', ('mt', 'm.', 'c/'))])})(?!\w)")
    for written in ("montée", "MONTEE", "mt", "mt.", "m.", "c/"):
        assert pattern.match(written), written
    for written in ("m", "c", "montees"):
        assert not pattern.match(written), written
    assert _hint_words([("montée", ("mt", "m.", "c/"))]) == (
        frozenset({"montée", "montee", "mt", "m", "c"}),
        {"m": "m.", "c": "c/"},
    )


@pytest.mark.parametrize(
    "address",
    [
        "45 rue Ontario",
        "45 r. Ontario",
        "7720 boul. Saint-Michel",
        "7720 BD Saint-Michel",
        "12 montee Sainte-Julie",
        "12 Montée Sainte-Julie",
        "calle Hidalgo 123",
        "c/ Hidalgo 123",
        "avda. Reforma 222",
        "123 Main Street",
        "12 bloor st. w",
        "rua Augusta, 1500",
        "12 wout Frères",
        "app. 12",
        "depto 3B",
        "unite 4",
        "Unité 4",
    ],
)
def test_every_listed_street_type_and_unit_pins_a_building(address: str) -> None:
    assert _types(f"je suis au {address} aidez moi") == ["ADDRESS"], address


def test_an_abbreviation_listed_with_its_dot_needs_it() -> None:
    assert _types("le 45 r Ontario") == []
    assert _types("le 45 r. Ontario") == ["ADDRESS"]


@pytest.mark.parametrize("text", ["je vis rue Laval", "on Victoria Street in Toronto", "calle Laval"])
def test_a_place_after_or_before_a_listed_street_word_is_a_street(text: str) -> None:
    assert analyze(text).region != "Laval" and analyze(text).region != "Victoria"


@pytest.mark.parametrize(
    "email",
    [
        "ana {arroba} gmail {punto} com",
        "ana(at)yahoo(pto)ht",
        "ana [arobas] work [ponto] ru",
        "jp99 <arrouba> hotmail.com",
        "ana arobase hotmail point fr",
    ],
)
def test_every_at_and_dot_word_is_read_in_every_bracket(email: str) -> None:
    assert redact(f"écrivez à {email} merci")[0] == "écrivez à [EMAIL] merci"


@pytest.mark.parametrize(
    ("text", "kept"),
    [("cer 1200 euros pentru viza", "1200 euros"), ("500 dollars", "500 dollars"), ("20k", "20k")],
)
def test_the_longest_currency_word_is_kept(text: str, kept: str) -> None:
    spans = list(find_kept_numbers(text, Hints.of(text)))
    assert [text[start:end] for start, end in spans] == [kept]


@pytest.mark.parametrize(
    ("words", "digits"),
    [
        ("veintidos treinta", "2230"),
        ("soixante dix sept", "77"),
        ("cinq cent", "500"),
        ("double five oh", "550"),
        ("tres dezesseis", "316"),
    ],
)
def test_number_words_are_read_from_the_lists(words: str, digits: str) -> None:
    assert spell_digits(words.split()) == digits


def test_a_run_never_starts_with_an_inside_only_word() -> None:
    assert _types("oh five one four five five five zero one four eight") == ["PHONE"]
    assert redact("oh five one four five five five zero one four eight")[0] == "oh [PHONE]"
