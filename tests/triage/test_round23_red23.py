"""Issue 11, round 23, redaction: general causes of the leaks read in train23's even half,
tested on new sentences that share the cause but not the words (several languages each)."""

from __future__ import annotations

import re

import pytest

from triage.redaction import redact


def _redacted(text: str) -> str:
    return redact(text)[0]


# A phone right before a word that starts with digits (Arabizi "3afak", "7it", "2morrow", "3pm"):
# the pattern read the digit group of the word as the phone's last group, then failed on its
# letters, and the whole phone was left.
@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("ra9m dyalha +212 6 12 34 56 78\n3afak 3awnouha", "+212 6 12 34 56 78"),
        ("hatha raqmi 0551 234 567 7abibti", "0551 234 567"),
        ("text me at 416 555 0199 2morrow pls", "416 555 0199"),
        ("appelle le 438 555 0123 3h du matin", "438 555 0123"),
    ],
)
def test_phone_before_a_word_that_starts_with_digits(text: str, phone: str) -> None:
    redacted = _redacted(text)
    assert phone not in redacted
    assert "[PHONE]" in redacted


# The "+" of a country code said as a word, before a phone spelled in words: the word is part
# of the phone ("mais" left alone was read as a remnant of it).
@pytest.mark.parametrize(
    ("text", "plus"),
    [
        ("o zap do meu tio é mais cinco cinco um um nove oito sete seis cinco quatro três", "mais"),
        ("el número de mi hermana es más cinco dos uno dos tres cuatro cinco seis siete ocho", "más"),
        ("số của em gái tôi là cộng tám bốn chín không một hai ba bốn năm sáu bảy", "cộng"),
    ],
)
def test_plus_said_before_a_spelled_phone(text: str, plus: str) -> None:
    redacted = _redacted(text)
    assert plus not in redacted.split()
    assert redacted.rstrip().endswith("[PHONE]")


# A familiar title of address before a name goes into the name's span (the title is how one
# person is called: "Seu Dico", "doña Chayo", "Tita Baby"); a title of a role stays before it.
@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("quem pega os documentos é a Dona Zefa da pensão", "Dona"),
        ("la que cobra es doña Remedios, la de la fonda", "doña"),
        ("quem manda lá é o Seu Nonato, dono da fazenda", "Seu"),
        ("the lady, Mrs. Adeyemi-Cole, keeps our passports", "Mrs"),
        ("I clean for Mrs. Okafor in Brampton", "Mrs"),
    ],
)
def test_title_of_address_goes_with_the_name(text: str, title: str) -> None:
    redacted = _redacted(text)
    assert "[PERSON]" in redacted
    assert title not in redacted


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Dr. Patel said I need rest", "Dr."),
        ("I spoke with Officer Dana Whitby at the station", "Officer"),
        ("Madame Koné a pris mon passeport", "Madame"),
    ],
)
def test_title_of_a_role_stays_before_the_name(text: str, role: str) -> None:
    redacted = _redacted(text)
    assert f"{role} [PERSON]" in redacted


# A family name that is also a word or a given name needing a cue ("Cruz", "King") is a surname
# right after a first name; a Somali name told with "his name" in its other case.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("necesito información para mi sobrino. Att. Rosaura Cruz", "Cruz"),
        ("si Marites Cruz ang recruiter namin", "Cruz"),
        ("Saludos cordiales, Marisela Salvador", "Salvador"),
        ("Magaciisa waa Cabdi Cali.", "Cali"),
        ("Magacayga waa Hodan Cali.", "Cali"),
    ],
)
def test_family_names_that_are_words(text: str, name: str) -> None:
    assert name not in _redacted(text)


# Relatives a Chinese caller speaks for (grandchildren, nephews, nieces, in-laws), then a
# nickname or a full name; an Amharic name after a relation, before a time word or a pronoun.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("我外甥王小明被骗去缅甸了", "王小明"),
        ("我孙女小雪今年十六岁", "小雪"),
        ("我外甥女小娟被带走了", "小娟"),
        ("ወንድሜ ሙሉጌታ ትናንት ከስራ ተባረረ", "ሙሉጌታ"),
    ],
)
def test_names_after_relatives(text: str, name: str) -> None:
    assert name not in _redacted(text)


# Where the writer comes from, after a phrase of origin: a place, though a first name or a
# family name be spelt so (the gazetteer holds no town of every caller's country).
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Hola, vengo de Rosario y tengo una duda sobre mi visa", "Rosario"),
        ("Hola, soy de Mendoza. Mi vecino trabaja en un taller", "Mendoza"),
        ("je suis de Rosario, je travaille dans une ferme", "Rosario"),
        ("I am from Jordan and my boss kept my passport", "Jordan"),
    ],
)
def test_origin_is_a_place(text: str, place: str) -> None:
    assert place in _redacted(text)


@pytest.mark.parametrize("text", ["मेरी चचेरी बहन अभी दिल्ली में है", "मेरी ममेरी बहन को एजेंट ले गया"])
def test_a_relation_after_a_relation_is_no_name(text: str) -> None:
    assert "बहन" in _redacted(text)


# A name spelled letter by letter in a voice transcript, then the sentence going on with a
# word of one letter ("a", "m", "y"): the letters are the name's, the word is not.
@pytest.mark.parametrize(
    ("text", "letters"),
    [
        ("c'est Josée Pelletier P E L L E T I E R j'ai une question", "P E L L E T I E R"),
        ("mi hija Ximena X I M E N A y su amiga", "X I M E N A"),
        ("se Wideline W I D E L I N E m bezwen èd", "W I D E L I N E"),
    ],
)
def test_spelled_letters_before_a_one_letter_word(text: str, letters: str) -> None:
    redacted = _redacted(text)
    assert re.search(r"(?<!\w)[A-Z](?: [A-Z]){2}(?!\w)", redacted) is None, redacted
    assert letters[-5:] not in redacted


# Names in Urdu and Persian letters ("فیصل" for "فيصل"), and relatives written in Urdu letters,
# in Hindi (nieces, grandchildren) and before a Nepali word with its case ending glued.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("براہ کرم مجھے فون کریں۔ فیصل", "فیصل"),
        ("میری بیٹی فاطمہ کو ایجنٹ لے گیا", "فاطمہ"),
        ("میری سہیلی نازیہ کو گھر میں بند رکھا ہے", "نازیہ"),
        ("मेरी भतीजी सोनल 15 साल की है", "सोनल"),
        ("मेरो दिदी कमला दुबईमा काम गर्छिन्", "कमला"),
    ],
)
def test_names_in_urdu_hindi_and_nepali(text: str, name: str) -> None:
    assert name not in _redacted(text)
