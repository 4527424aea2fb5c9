"""Redaction that survives obfuscation (issue 11, point 4): digits split by zero-width
characters, soft hyphens or line breaks, O written for zero, digits of other scripts, full-width
at signs, e-mails spelled with the "at" and "dot" of other languages, IBANs with a wrong check."""

from __future__ import annotations

import pytest

from triage.redaction import redact
from triage.redaction.unobfuscate import unobfuscate


def _types(text: str) -> list[str]:
    return [entity.type.value for entity in redact(text)[1]]


@pytest.mark.parametrize(
    "hidden", ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\n", " \n", "\r\n"]
)
def test_digits_split_by_a_hidden_character_or_a_line_break_are_a_phone(hidden: str) -> None:
    text = f"mon numéro +1 514{hidden}555{hidden}0161 merci"
    assert redact(text)[0] == "mon numéro [PHONE] merci"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("carte 4242\u00ad4242\u00ad4242\u00ad4242 ok", "PAYMENT"),
        ("carte 4242\u200b4242\u200b4242\u200b4242 ok", "PAYMENT"),
        ("mon NAS 046\u200b454\u200b286 ok", "ID_NUMBER"),
        ("call 514 5O5 O123 now", "PHONE"),
        ("call 647 555 O127 now", "PHONE"),
        ("call 514 555 o1o7 now", "PHONE"),
        ("اتصل ٥١٤ ٥٥٥ ٠١٢٣ الآن", "PHONE"),
        ("تماس ۵۱۴ ۵۵۵ ۰۱۲۳", "PHONE"),
        ("फ़ोन ५१४ ५५५ ०१२३ पर", "PHONE"),
        ("tel ５１４ ５５５ ０１２３", "PHONE"),
    ],
)
def test_hidden_digits_are_redacted(text: str, kind: str) -> None:
    assert _types(text) == [kind]


@pytest.mark.parametrize(
    "text", ["CO2 levels", "moro no 2o andar", "ooo 0o", "Oooh 5 ans", "the 0 of O", "H2O"]
)
def test_letters_o_outside_digit_groups_stay(text: str) -> None:
    assert unobfuscate(text) == text


def test_the_rewritten_text_keeps_every_offset() -> None:
    text = "٥١٤\u200b555 O123 x＠y.com ﹫ ５\r\n6"
    plain = unobfuscate(text)
    assert len(plain) == len(text)
    assert plain == "514 555 0123 x@y.com @ 5  6"


@pytest.mark.parametrize(
    "email",
    [
        "j.villanueva＠outlook.com",
        "ana﹫gmail.com",
        "ana   at   gmail   dot   com",
        "olena собака gmail точка com",
        "olena собака ukr крапка net",
        "lan a còng gmail chấm com",
        "maria arroba hotmail ponto com",
        "priya at the rate gmail dot com",
        "ana arobase hotmail point fr",
        "andrei at yahoo punct ro",
    ],
)
def test_obfuscated_emails_are_redacted(email: str) -> None:
    assert redact(f"écrivez à {email} svp")[0] == "écrivez à [EMAIL] svp"


def test_at_home_is_not_an_email() -> None:
    assert _types("I am at home now and safe, at work tomorrow") == []


@pytest.mark.parametrize(
    "iban",
    ["PT50 0035 0651 0000 1234 5678 9", "FR76 3000 6000 0112 3456 7890 180", "ES91-2100-0418-4502-0005-1333"],
)
def test_an_iban_with_a_wrong_check_is_still_an_account(iban: str) -> None:
    assert _types(f"envie para {iban} hoje") == ["PAYMENT"]


def test_capital_letters_and_short_groups_are_no_iban() -> None:
    assert _types("code AB12 CDEF GHIJ to") == []


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        ("au 4410 rue Jarry Est, app. 3, Montréal", "au [ADDRESS], Montréal"),
        ("au 4410 rue Jarry Ouest aidez moi", "au [ADDRESS] aidez moi"),
        ("Адрес 4417 rue Jarry Est, кв. 6", "Адрес [ADDRESS]"),
        ("calle Hidalgo 123 Sur, depto 4", "[ADDRESS]"),
        ("la maison au 45 rue principale est au bout", "la maison au [ADDRESS] est au bout"),
    ],
)
def test_a_direction_after_the_street_name_stays_in_the_address(text: str, redacted: str) -> None:
    assert redact(text)[0] == redacted
