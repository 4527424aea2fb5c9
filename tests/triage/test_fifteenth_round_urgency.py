"""Issue 11, fifteenth round: urgency on sentences written for this round, not taken from any
corpus file. Classes, not phrases: a question about the line itself or a community's request
(hours, a bot, a wrong number, a gift, volunteering, leaflets, a speaker, a partner's referral
procedure, a rumour) is `low`; each class has its near misses, where a person's own situation
is told beside the same words."""

from __future__ import annotations

import pytest

import triage
from triage.codes import Urgency


def _level(text: str, language: str | None = None) -> Urgency:
    """The rules' level (the learned second opinion left out: these are rules)."""
    return triage.analyze(text, language_hint=language, second_opinion=False).urgency


# Questions about the line or the organisation, with no situation told.
ABOUT_THE_LINE: list[tuple[str, str]] = [
    ("fr", "est-ce que vous êtes ouverts le samedi soir?"),
    ("en", "quick q: is this a bot or a real person answering?"),
    ("es", "¿Están abiertos los domingos? Quiero pasar a buscar unos folletos"),
    ("pt", "Posso fazer uma doação para a vossa associação?"),
    ("ru", "Добрый день, наш клуб хочет раздавать ваши листовки на фестивале, можно получить?"),
    ("uk", "Хочу стати волонтеркою у вашій організації, що для цього треба?"),
    ("zh", "你们这边回复的是机器人还是真人？"),
    ("hi", "क्या यह बॉट है या कोई असली इंसान जवाब देगा?"),
    ("vi", "Xin lỗi, em nhắn nhầm số ạ"),
    ("ar", "هل يمكنني التبرع لمنظمتكم؟ وهل تعطون ايصال؟"),
    ("tl", "Hello po, pwede po ba kami mag donate sa inyong organisasyon?"),
    ("ro", "Bună, aveți pliante în română pentru biserica noastră din Kitchener?"),
    ("it", "Salve, siete aperti anche la domenica mattina?"),
    ("pl", "Dzień dobry, czy macie ulotki po polsku dla naszej parafii?"),
    ("tr", "Merhaba, derneğimiz için Türkçe broşür gönderebilir misiniz?"),
    ("ht", "Bonswa, legliz nou an ta renmen fè yon reyinyon sou trafik moun, èske nou ka vin pale?"),
    ("th", "สวัสดีค่ะ วัดของเราอยากได้แผ่นพับภาษาไทยไปแจก มีไหมคะ"),
    ("en", "our temple would like to send a donation, do you give a tax receipt?"),
    ("fr", "j'ai entendu une rumeur que la police ferme tous les salons de massage, c'est vrai?"),
]


@pytest.mark.parametrize(("lang", "text"), ABOUT_THE_LINE)
def test_a_question_about_the_line_or_a_community_request_is_low(lang: str, text: str) -> None:
    assert _level(text, lang) is Urgency.low, lang


# The same words beside a situation of one's own or of someone described: not `low`.
SITUATION_BESIDE: list[tuple[str, str]] = [
    ("en", "I volunteer at a food bank and a woman there says her boss keeps her passport and pay"),
    (
        "es",
        "me dieron un folleto de trabajo en Canadá, pagué 4000 dólares y ahora el jefe me quita el pasaporte",
    ),
    ("ru", "я нашла ваш номер на листовке. хозяин забрал паспорт и не платит уже три месяца"),
    ("zh", "我是志愿者，我们照顾的一个女孩说老板扣了她的护照，不让她出门"),
    ("fr", "je suis bénévole dans un refuge, une femme me dit que son patron l'enferme la nuit"),
    ("ar", "أنا متطوعة، امرأة أخبرتني أن صاحب العمل أخذ جواز سفرها ولا يدفع لها"),
]


@pytest.mark.parametrize(("lang", "text"), SITUATION_BESIDE)
def test_the_same_words_beside_a_situation_are_not_low(lang: str, text: str) -> None:
    assert _level(text, lang) is not Urgency.low, lang


def test_or_else_is_a_word_of_its_own_in_arabic() -> None:
    """ "والا" (or else) is a threat word; "والاستغلال" (and exploitation) only starts like it."""
    topic = "نريد محاضرة في جمعيتنا عن العمل القسري والاستغلال في المزارع"
    threat = "المشرف قال لي ادفع الدين والا، بتشوف شو بصير"
    assert _level(topic, "ar") is Urgency.low
    assert _level(threat, "ar") in (Urgency.high, Urgency.emergency)


def test_looking_for_a_therapist_is_no_research_in_arabic() -> None:
    """ "أبحث عن" (I am looking for) holds the letters of "بحث" (research): a survivor looking for
    care, before coming to Canada and fine now, is a request of their own, not a topic."""
    text = "قبل ما اجي على كندا اشتغلت في مزرعة بعمل قسري. الان انا بخير. أبحث عن طبيب نفسي"
    assert _level(text, "ar") is Urgency.standard
