"""Issue 11, sixth round: the light lexicons of the languages beyond the first 13, and a
language identification that does not force a message into a lexicon language it is not in.

Sentences written for these tests (not taken from the corpus): in each light language an
emergency, a past story, a request for information and an ongoing exploitation.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import triage
from triage.danger.reasons import render

LIGHT_MESSAGES = Path(__file__).resolve().parent / "data" / "light_language_messages.jsonl"
DANGER_MESSAGES = Path(__file__).resolve().parent / "data" / "danger_messages.jsonl"


def _read(path: Path) -> list[dict[str, str]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


# Each: id, language, urgency, an indicator expected ("" for none) and the text.
MESSAGES = _read(LIGHT_MESSAGES)
LIGHT = sorted({m["language"] for m in MESSAGES})


def _why(result: triage.TriageResult) -> list[str]:
    return [render(reason, "en") for reason in result.reasons] + list(result.explanations)


def test_every_lexicon_language_has_test_messages() -> None:
    full = {m["language"] for m in _read(DANGER_MESSAGES)}
    assert full | set(LIGHT) == set(triage.supported_languages())


@pytest.mark.parametrize("message", MESSAGES, ids=lambda m: m["id"])
def test_light_language_message(message: dict[str, str]) -> None:
    language, urgency, indicator = message["language"], message["urgency"], message["indicator"]
    result = triage.analyze(message["text"])
    assert result.language == language
    assert result.urgency.value == urgency, _why(result)
    if indicator:
        assert triage.Indicator(indicator) in result.indicators, _why(result)
    if urgency == "emergency":
        assert any(reason.level is triage.Urgency.emergency for reason in result.reasons), _why(result)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("A főnököm elvette az útlevelemet és nem fizet, kérem segítsenek", "hu"),
        ("Dobrý den, šéf mi vzal pas a neplatí mi už tři měsíce, prosím pomozte", "cs"),
        ("Jag jobbar på en gård och chefen har tagit mitt pass, snälla hjälp mig", "sv"),
        ("Molim vas pomozite, šef mi je uzeo pasoš i ne plaća mi ništa", "hr"),
        ("Përshëndetje, shefi më mori pasaportën dhe nuk më paguan", "sq"),
        ("Minä olen töissä maatilalla ja pomo otti passini, apua", "fi"),
        ("நான் ஆபத்தில் இருக்கிறேன், தயவுசெய்து உதவுங்கள்", "ta"),
        ("მე საფრთხეში ვარ, დამეხმარეთ გთხოვთ", "ka"),
        ("Моля, помогнете, шефът ми взе паспорта и аз съм в Торонто", "bg"),
    ],
)
def test_a_language_no_lexicon_reads_is_told_and_raised(text: str, language: str) -> None:
    result = triage.analyze(text)
    assert result.language == language
    assert language not in triage.supported_languages()
    assert result.urgency.rank <= triage.Urgency.high.rank, _why(result)  # 0 is emergency
    assert "language not recognised" in result.explanations[-1]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # Persian and Urdu letters and words against Arabic; Nepali against Hindi.
        ("صاحب کارم پاسپورتم را گرفته و حقوق نمی دهد", "fa"),
        ("میرے مالک نے میرا پاسپورٹ رکھ لیا ہے", "ur"),
        ("صاحب العمل أخذ جواز سفري ولا يدفع لي الراتب", "ar"),
        ("मेरो मालिकले मेरो राहदानी लियो र तलब दिँदैन", "ne"),
        ("मेरे मालिक ने मेरा पासपोर्ट ले लिया है और पैसे नहीं देता", "hi"),
        # Japanese (kana between the Han characters) against Chinese.
        ("社長にパスポートを取られました", "ja"),
        ("老板拿走了我的护照，不给我工资", "zh"),
        # Code-switching keeps the lexicon language.
        ("Ate, hindi ako binabayaran ng boss ko for three months na, kinuha pa niya passport ko", "tl"),
        ("Mon boss garde mon passport pis il me paye pas depuis deux mois, c'est vraiment too much", "fr"),
        ("Mera boss passport nahi de raha hai aur salary bhi nahi di teen mahine se", "hi"),
        # A language with a lexicon, typed without its letters.
        ("Patron pasaportumu aldi ve uc aydir maas vermiyor, ne yapmaliyim", "tr"),
        ("Ich arbeite auf einer Farm und der Chef hat meinen Pass, bitte helfen Sie mir", "de"),
    ],
)
def test_language_told_among_close_ones(text: str, language: str) -> None:
    assert triage.analyze(text).language == language


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Wie sind Ihre Öffnungszeiten? Ist der Anruf kostenlos?", "de"),
        ("Ciao, che orari avete? Il servizio è gratuito?", "it"),
        ("Merhaba, bilgi almak istiyorum, hizmetiniz ücretsiz mi?", "tr"),
        ("안녕하세요, 운영 시간이 어떻게 되나요? 무료인가요?", "ko"),
        ("Vor fünf Jahren hat mich mein Chef geschlagen, heute geht es mir gut", "de"),
        ("ขอข้อมูลเรื่องสิทธิแรงงานหน่อยค่ะ", "th"),
    ],
)
def test_a_plain_question_or_an_old_story_is_not_raised(text: str, language: str) -> None:
    result = triage.analyze(text)
    assert result.language == language
    assert result.urgency.rank > triage.Urgency.high.rank, _why(result)  # standard or low
