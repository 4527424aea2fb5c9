"""Property tests: thousands of phones, e-mails, cards, IBANs, SINs and IP addresses, in many
formats and countries, inside random sentences in French, English and Spanish - none survives."""

from __future__ import annotations

import ipaddress
import os
import re

import phonenumbers
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from triage.redaction import redact
from triage.redaction.checksums import luhn_complete

# Filler words: no digits, no number words, nothing that could hide a planted value.
FILLER = [
    "aidez",
    "moi",
    "svp",
    "je",
    "suis",
    "enfermee",
    "il",
    "garde",
    "mon",
    "passeport",
    "appelez",
    "vite",
    "please",
    "help",
    "me",
    "now",
    "he",
    "took",
    "my",
    "papers",
    "they",
    "lock",
    "us",
    "in",
    "the",
    "basement",
    "ayudame",
    "por",
    "favor",
    "me",
    "tienen",
    "encerrada",
    "en",
    "la",
    "casa",
    "el",
    "jefe",
    "no",
    "paga",
    "nada",
    "we",
    "work",
    "every",
    "day",
    "no",
    "pay",
    "mon",
    "patron",
    "est",
    "violent",
    "yo",
    "tengo",
    "miedo",
    "call",
    "text",
    "whatsapp",
    "urgent",
    "tonight",
    "ce",
    "soir",
    "esta",
    "noche",
    "at",
    "the",
    "farm",
    "dans",
    "le",
    "restaurant",
    "en",
    "la",
    "granja",
    "my",
    "boss",
]
INTROS = (
    "",
    "mon numero c'est",
    "mon num",
    "appelle moi au",
    "text me at",
    "call me",
    "my number is",
    "mi numero es",
    "llamame al",
    "whatsapp",
    "tel:",
    "cel",
    "numero de mon patron",
    "his phone",
    "su telefono",
    "son tel",
    "contact",
    "ici",
    "->",
)
NOT_A_SEPARATOR = re.compile(r"\d")

# 200 cases a test (about 1,200 planted values in all; 400 until round 23, cut to keep `make test`
# within its 5 minutes; still derandomised, the same cases every run); set
# REDACTION_EXAMPLES=5000 for a longer hunt. Every run replays the same cases (derandomize), so a
# run cannot fail by chance; HYPOTHESIS_RANDOM=1 (or a hunt) draws new ones.
settings.register_profile(
    "redaction",
    max_examples=int(os.environ.get("REDACTION_EXAMPLES", "200")),
    deadline=None,
    database=None,
    derandomize=not (os.environ.get("HYPOTHESIS_RANDOM") or os.environ.get("REDACTION_EXAMPLES")),
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile("redaction")


def sentence(value: st.SearchStrategy[str]) -> st.SearchStrategy[tuple[str, str]]:
    """(value, a sentence with the value inside)."""
    return st.tuples(
        value,
        st.lists(st.sampled_from(FILLER), max_size=6),
        st.sampled_from(INTROS),
        st.lists(st.sampled_from(FILLER), max_size=6),
        st.sampled_from(("", ".", "!", " svp", " please", " por favor", "?", ",")),
    ).map(lambda t: (t[0], " ".join([*t[1], t[2], t[0]]).strip() + t[4] + " " + " ".join(t[3])))


def digits_left(redacted: str) -> int:
    return len(NOT_A_SEPARATOR.findall(redacted))


# --- phones
AREA_CODES = (
    "514",
    "438",
    "450",
    "579",
    "418",
    "581",
    "819",
    "873",
    "613",
    "343",
    "416",
    "647",
    "437",
    "905",
    "289",
    "519",
    "226",
    "705",
    "807",
    "604",
    "778",
    "236",
    "250",
    "403",
    "587",
    "780",
    "204",
    "431",
    "306",
    "639",
    "902",
    "782",
    "506",
    "709",
    "867",
    "212",
    "718",
    "305",
    "617",
)
NANP_FORMATS = (
    "{a} {e} {l}",
    "({a}) {e}-{l}",
    "({a}) {e} {l}",
    "{a}.{e}.{l}",
    "{a}-{e}-{l}",
    "{a}{e}{l}",
    "+1 {a} {e} {l}",
    "+1-{a}-{e}-{l}",
    "1-{a}-{e}-{l}",
    "1 ({a}) {e}-{l}",
    "+1{a}{e}{l}",
    "{a} {e} {l0}{l1} {l2}{l3}",
    "{a} - {e} - {l}",
    "({a}){e}-{l}",
    "001 {a} {e} {l}",
    "{a0} {a1} {a2} {e0} {e1} {e2} {l0} {l1} {l2} {l3}",
)


@st.composite
def nanp_phone(draw: st.DrawFn) -> str:
    area = draw(st.sampled_from(AREA_CODES))
    exchange = draw(st.integers(200, 999)).__str__()
    line = f"{draw(st.integers(0, 9999)):04d}"
    spec = draw(st.sampled_from(NANP_FORMATS))
    parts = {"a": area, "e": exchange, "l": line}
    parts |= {f"a{i}": area[i] for i in range(3)} | {f"e{i}": exchange[i] for i in range(3)}
    parts |= {f"l{i}": line[i] for i in range(4)}
    return spec.format(**parts)


REGIONS = (
    "FR",
    "MX",
    "HT",
    "PH",
    "IN",
    "CN",
    "VN",
    "GT",
    "HN",
    "SV",
    "NI",
    "CO",
    "BR",
    "PE",
    "MA",
    "DZ",
    "TN",
    "SN",
    "CI",
    "CM",
    "CD",
    "NG",
    "GH",
    "KE",
    "ET",
    "UA",
    "RU",
    "RO",
    "MD",
    "PL",
    "SY",
    "LB",
    "IR",
    "PK",
    "BD",
    "LK",
    "NP",
    "GB",
    "DE",
    "ES",
    "IT",
    "PT",
    "US",
    "CA",
    "AE",
    "QA",
    "TH",
    "KR",
    "JP",
)
FORMATS = (
    phonenumbers.PhoneNumberFormat.INTERNATIONAL,
    phonenumbers.PhoneNumberFormat.NATIONAL,
    phonenumbers.PhoneNumberFormat.E164,
)


@st.composite
def world_phone(draw: st.DrawFn) -> str:
    """A valid mobile or fixed number of one of many countries, in a national or international
    format, its separators sometimes changed to dots or dashes."""
    region = draw(st.sampled_from(REGIONS))
    kind = draw(
        st.sampled_from((phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE))
    )
    example = phonenumbers.example_number_for_type(region, kind) or phonenumbers.example_number(region)
    national = str(example.national_number)
    tail = draw(st.text("0123456789", min_size=3, max_size=3))
    candidate = phonenumbers.parse(f"+{example.country_code}{national[:-3]}{tail}", None)
    number = candidate if phonenumbers.is_valid_number(candidate) else example
    written = phonenumbers.format_number(number, draw(st.sampled_from(FORMATS)))
    separator = draw(st.sampled_from((" ", ".", "-", " ")))
    written = written.replace(" ", separator) if separator != " " else written
    return written.replace("(", "").replace(")", "") if draw(st.booleans()) else written


@given(sentence(st.one_of(nanp_phone(), world_phone())))
def test_no_phone_survives(case: tuple[str, str]) -> None:
    value, text = case
    redacted, _ = redact(text)
    assert value not in redacted
    assert digits_left(redacted) <= 1, (text, redacted)


WORDS = {
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "es": ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
}
FR_TENS = {1: "dix", 2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante", 8: "quatre-vingt"}
FR_TEENS = [
    "dix",
    "onze",
    "douze",
    "treize",
    "quatorze",
    "quinze",
    "seize",
    "dix-sept",
    "dix-huit",
    "dix-neuf",
]


def french_pair(n: int) -> str:
    """0-99 as said in French phone numbers ("douze", "trente-quatre", "quatre-vingt-dix-huit")."""
    if n < 10:
        return f"zéro {WORDS['fr'][n]}"
    if n < 20:
        return FR_TEENS[n - 10]
    tens, unit = divmod(n, 10)
    if tens in (7, 9):
        return f"{FR_TENS[tens - 1]}-{FR_TEENS[unit]}"
    if unit == 0:
        return FR_TENS[tens]
    joiner = "-et-" if unit == 1 and tens != 8 else "-"
    return f"{FR_TENS[tens]}{joiner}{WORDS['fr'][unit]}"


@st.composite
def spelled_phone(draw: st.DrawFn) -> str:
    digits = draw(st.text("0123456789", min_size=10, max_size=10))
    style = draw(st.sampled_from(("fr", "en", "es", "fr-pairs", "mixed")))
    sep = draw(st.sampled_from((" ", ", ", "-", " ")))
    if style == "fr-pairs":
        return sep.join(french_pair(int(digits[i : i + 2])) for i in range(0, 10, 2))
    if style == "mixed":
        return f"{digits[:3]} " + sep.join(WORDS["en"][int(d)] for d in digits[3:])
    return sep.join(WORDS[style][int(d)] for d in digits)


@given(sentence(spelled_phone()))
def test_no_spelled_phone_survives(case: tuple[str, str]) -> None:
    value, text = case
    redacted, _ = redact(text)
    assert value not in redacted
    number_words = {w for words in WORDS.values() for w in words} | set(FR_TEENS) | set(FR_TENS.values())
    left = [w for w in re.findall(r"[\wé]+", redacted.lower()) if w in number_words]
    assert len(left) <= 2, (text, redacted)


# --- e-mails
LOCALS = ("maria.lopez", "jean_tremblay", "analyn.m", "kofi.mensah", "fatima2003", "olena.k", "raj.sharma77")
PROVIDERS = ("gmail", "hotmail", "outlook", "yahoo", "videotron", "icloud", "protonmail", "live")
TLDS = ("com", "ca", "fr", "mx", "net", "org", "qc.ca")
EMAIL_FORMATS = (
    "{l}@{p}.{t}",
    "{l} @ {p}.{t}",
    "{l} at {p} dot {t}",
    "{l}(at){p}(dot){t}",
    "{l} [at] {p} [dot] {t}",
    "{l} arobase {p} point {t}",
    "{l} arroba {p} punto {t}",
    "{l}@{p}",
    "{l} AT {p} DOT {t}",
    "{l}(@){p}.{t}",
    "{l} at {p}.{t}",
    "{l}@{p} point {t}",
)


@st.composite
def email(draw: st.DrawFn) -> tuple[str, str]:
    local = draw(st.sampled_from(LOCALS)) + draw(st.sampled_from(("", "1", "99", "_mtl")))
    provider = draw(st.sampled_from(PROVIDERS))
    written = draw(st.sampled_from(EMAIL_FORMATS)).format(l=local, p=provider, t=draw(st.sampled_from(TLDS)))
    return written, local


@given(sentence(email().map(lambda pair: "\x00".join(pair))))
def test_no_email_survives(case: tuple[str, str]) -> None:
    packed, text = case
    written, local = packed.split("\x00")
    text = text.replace(packed, written)
    redacted, _ = redact(text)
    assert written not in redacted
    assert local.split(".")[0].split("_")[0] not in redacted.lower(), (text, redacted)


# --- payment cards, IBANs, SINs
@st.composite
def card(draw: st.DrawFn) -> str:
    prefix, length = draw(
        st.sampled_from(
            (
                ("4", 16),
                ("51", 16),
                ("55", 16),
                ("2221", 16),
                ("34", 15),
                ("37", 15),
                ("6011", 16),
                ("35", 16),
                ("4", 19),
                ("62", 16),
            )
        )
    )
    body = prefix + draw(
        st.text("0123456789", min_size=length - len(prefix) - 1, max_size=length - len(prefix) - 1)
    )
    number = luhn_complete(body)
    sep = draw(st.sampled_from((" ", "-", "", " ")))
    if length == 15:
        return sep.join((number[:4], number[4:10], number[10:]))
    return sep.join(number[i : i + 4] for i in range(0, length, 4))


IBAN_SHAPES = {  # country: BBAN pattern (L letter, D digit, A alphanumeric)
    "FR": "D" * 23,
    "DE": "D" * 18,
    "GB": "LLLL" + "D" * 14,
    "ES": "D" * 20,
    "IT": "L" + "D" * 22,
    "BE": "D" * 12,
    "CH": "D" * 17,
    "NL": "LLLL" + "D" * 10,
    "PT": "D" * 21,
    "RO": "LLLL" + "A" * 16,
    "MD": "A" * 20,
    "PL": "D" * 24,
    "TN": "D" * 20,
    "LB": "D" * 4 + "A" * 20,
}


@st.composite
def iban(draw: st.DrawFn) -> str:
    country = draw(st.sampled_from(sorted(IBAN_SHAPES)))
    alphabet = {
        "L": "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
        "D": "0123456789",
        "A": "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789",
    }
    bban = "".join(draw(st.sampled_from(alphabet[kind])) for kind in IBAN_SHAPES[country])
    check = 98 - int("".join(str(int(ch, 36)) for ch in bban + country + "00")) % 97
    compact = f"{country}{check:02d}{bban}"
    if draw(st.booleans()):
        return compact
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


@st.composite
def sin(draw: st.DrawFn) -> str:
    number = luhn_complete(
        draw(st.sampled_from("12345679")) + draw(st.text("0123456789", min_size=7, max_size=7))
    )
    sep = draw(st.sampled_from((" ", "-", "", ".")))
    cue = draw(
        st.sampled_from(("", "NAS ", "SIN: ", "mon nas est ", "my SIN is ", "numero de seguro social "))
    )
    return cue + sep.join((number[:3], number[3:6], number[6:]))


@given(sentence(st.one_of(card(), iban(), sin())))
def test_no_card_iban_or_sin_survives(case: tuple[str, str]) -> None:
    value, text = case
    redacted, _ = redact(text)
    assert value not in redacted
    assert digits_left(redacted) == 0, (text, redacted)


# --- IP addresses
@given(
    sentence(
        st.one_of(
            st.ip_addresses(v=4).map(str),
            st.ip_addresses(v=6).map(lambda ip: ip.compressed),
            st.ip_addresses(v=6).map(lambda ip: ip.exploded),
        )
    )
)
def test_no_ip_survives(case: tuple[str, str]) -> None:
    value, text = case
    redacted, _ = redact(text)
    assert value not in redacted
    if isinstance(ipaddress.ip_address(value), ipaddress.IPv4Address):
        assert digits_left(redacted) == 0, (text, redacted)
