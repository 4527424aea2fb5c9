"""Issue 11, eleventh round: Russian and Ukrainian typed in Latin letters ("translit") are read
in Cyrillic by the Russian and Ukrainian cues, and Polish, Czech, Romanian, English, Tagalog,
Serbo-Croatian and Malay are not taken for them. Sentences written for this test, not taken from
the corpus."""

from __future__ import annotations

import pytest

import triage
from triage.codes import Urgency
from triage.translit import in_cyrillic

EMERGENCIES = [
    # self-harm tonight from a bridge; pills (Ukrainian, Russian)
    ("uk", "sohodni vvecheri ya stribnu z mostu, ne mozhu bilshe tak zhyty"),
    ("ru", "ya khochu umeret, seychas vyp'yu vse tabletki"),
    # held in a flat and not let out, begging for help
    ("ru", "pomogite pozhaluysta, menya derzhat v kvartire i ne vypuskayut"),
    ("ru", "pomogite, menya zaperli v komnate, on menya b'et"),
    # beaten, hiding now (the Ukrainian apostrophe of "b'ye")
    ("ru", "on menya b'et kazhdyy den, seychas ya sprjatalas v vannoy"),
    ("uk", "vin mene b'ye, ya zaraz khovayus u vanniy, dopomozhit"),
    # a threat to life if the police are told; a girl of 14 taken away by a man
    ("ru", "on skazal chto ubyet menya esli ya poydu v politsiyu"),
    ("ru", "moya doch 14 let, ee uvez kakoy-to muzhchina, ne otvechaet na telefon"),
    # locked in by a husband, the phone taken; killed if the police are told (Ukrainian)
    ("uk", "dopomozhit bud laska, cholovik zamknuv mene v kvartyri i zabrav telefon"),
    ("uk", "meni pohrozhuvaly shcho vbyut yakshcho pidu v politsiyu"),
    # locked in a cellar, hurt
    ("uk", "dopomozhit, mene zakryly v pidvali, ruka duzhe bolyt"),
]

HIGH = [
    ("ru", "khozyain zabral moy pasport i ne otdaet, chto mne delat"),
    ("ru", "rabotayu na ferme, mne ne platyat uzhe tri mesyatsa"),
    ("uk", "meni ne platyat vzhe try misyatsi, shcho robyty"),
    ("ru", "menya ne vypuskayut iz doma uzhe nedelyu, dver zakryta"),
]

# Questions and greetings: read in the language, no alarm.
CALM = [
    ("uk", "Dobryi den, ya shukayu robotu v Kanadi, shcho potribno?"),
    ("ru", "privet, ya iskala informatsiyu pro vizy, spasibo"),
    ("ru", "ya tebya lyublyu, uvidimsya zavtra na rabote"),
]

# Hard negatives: languages with the same little words or letters, never read as translit.
OTHERS = [
    "Nie mogę wyjść z mieszkania, szef zabrał mi paszport",
    "Pomóżcie mi, on mnie bije i nie wypuszcza z domu",
    "Ja nie wiem, czy mogę zmienić pracę, mam wizę do końca roku",
    "Pomozte mi, zamkl me v byte a bije me",
    "Jsem v praci, sef mi vzal pas a nepusti me domu",
    "Moje dcera ma 14 let a neodpovida na telefon",
    "Ajutati-ma, seful m-a inchis in camera si nu ma lasa sa plec",
    "Ne pare rau, nu am primit banii pentru munca de luna trecuta",
    "ya know, it's cool, see ya tomorrow at the zoo",
    "My boss Sasha said ne problem, we start Monday",
    "Tulungan nyo ako, ayaw akong palabasin ng amo ko",
    # Serbo-Croatian without its diacritics shares "ne mogu", "nema", "gde"
    "Ne mogu sada, molim te, gde si, nema problema",
    "pomozite mi, ne mogu izaci, gazda mi je uzeo pasos",
    # Haitian Creole "vin" (come) and a name with "yi" in it
    "Bonjou, mwen se animate nan Radyo Ayiti, eske yon moun ka vin pale ave n?",
    # Malay writes "pasport" too
    "tolong saya, majikan ambil pasport saya dan tak bagi balik",
]


@pytest.mark.parametrize(("language", "text"), EMERGENCIES)
def test_emergency(language: str, text: str) -> None:
    result = triage.analyze(text)
    assert result.urgency is Urgency.emergency, result.explanations
    assert result.language == language


@pytest.mark.parametrize(("language", "text"), HIGH)
def test_high(language: str, text: str) -> None:
    result = triage.analyze(text)
    assert result.urgency is Urgency.high, result.explanations
    assert result.language == language


@pytest.mark.parametrize(("language", "text"), CALM)
def test_calm_message_read_in_its_language(language: str, text: str) -> None:
    result = triage.analyze(text)
    assert result.urgency is Urgency.standard, result.explanations
    assert result.language == language


@pytest.mark.parametrize("text", OTHERS)
def test_not_taken_for_translit(text: str) -> None:
    assert triage.analyze(text).language not in ("ru", "uk")


def test_redaction_stays_on_the_original() -> None:
    result = triage.analyze("pomogite, menya zaperli, zvonite +1 514 555 0199, pozhaluysta")
    assert "pomogite" in result.redacted and "0199" not in result.redacted


@pytest.mark.parametrize(
    ("language", "latin", "cyrillic"),
    [
        ("ru", "menya", "меня"),
        ("ru", "pozhaluysta", "пожалуйста"),
        ("ru", "seichas", "сейчас"),
        ("ru", "b'et", "бьет"),
        ("ru", "ubyet", "убьет"),
        ("ru", "esli eto", "если это"),
        ("uk", "shcho", "що"),
        ("uk", "yikhnomu", "їхному"),
        ("uk", "pratsiuiu", "працюю"),
        ("uk", "b'ye", "б'є"),
    ],
)
def test_spelling(language: str, latin: str, cyrillic: str) -> None:
    assert in_cyrillic(latin, language) == cyrillic


def test_reasons_quote_the_persons_own_letters_once() -> None:
    """The Cyrillic copy is only a way to read: the operator sees the words as written, and the
    same finding read in both copies is one reason."""
    result = triage.analyze("pomogite pozhaluysta, menya zaperli v komnate, on menya b'yet seychas")
    quotes = [reason.quote for reason in result.reasons]
    assert quotes == ["menya zaperli", "b'yet"], quotes
    cyrillic = [line for line in result.explanations if any("\u0400" <= ch <= "\u04ff" for ch in line)]
    assert cyrillic == [], cyrillic
    assert len(result.explanations) == len(set(result.explanations))
