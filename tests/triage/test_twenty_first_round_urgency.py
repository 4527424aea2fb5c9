"""Issue 11, twenty-first round: urgency on sentences written for this round, not taken from any
corpus file. Causes, not phrases: an age under 18 in Chinese numerals ("十四岁", "十五歳") is a
minor as "14岁" is; a numeral just before makes a larger number ("二十四岁", "十八岁"). A word of
taking away whose object is papers ("pegaram meu passaporte") holds documents, it moves no one;
a child taken, with or without her papers, is still moved. A word of following or watching whose
object is a file or a case ("m ap swiv dosye", "tôi đang theo dõi hồ sơ") is a lawyer's or a
worker's follow-up, not a pursuit; one who follows the writer stays a pursuit. Urdu, a lighter
lexicon, reads "I am / we are shut in (a place)" and "today" as Hindi does ("में बंद हूँ", "आज")."""

from __future__ import annotations

import pytest

import triage
from triage.codes import Urgency

E, H, S, L = Urgency.emergency, Urgency.high, Urgency.standard, Urgency.low

# (what the row checks, the message, the level it must read)
CASES: list[tuple[str, str, Urgency]] = [
    # an age in Chinese numerals: a minor, as in digits
    ("han age", "我儿子十六岁，在工地干活，每天干十二个小时。", H),
    ("han age", "我女儿十三岁，在网上认识了一个男的，他一直给她发消息。", H),
    ("han age", "我妹妹十五岁，被关在房间里，现在出不去。", E),
    ("han age", "娘は十四歳で、レストランで一日十二時間働いています。", H),
    ("han age", "我表妹才七岁，在餐馆打工，每天干十二个小时。", H),
    # look-alikes: an adult's age in Chinese numerals, a duration
    ("han age, adult", "我表妹二十四岁，在餐馆打工，每天干十二个小时。", S),
    ("han age, adult", "我表妹十八岁，在餐馆打工，每天干十二个小时。", S),
    ("han age, adult", "我表妹三十岁，在餐馆打工，每天干十二个小时。", S),
    ("han age, duration", "他在餐馆干了十五年，每天干十二个小时。", S),
    # taking away whose object is papers: documents held, no one moved
    ("took papers", "Meus tios pegaram meu passaporte hoje, moro com eles e trabalho na loja deles.", H),
    (
        "took papers",
        "Meus pais querem me casar com um primo, já combinaram tudo. Eles pegaram meu passaporte "
        "dizendo que é pra renovar.",
        H,
    ),
    # look-alikes: a person taken stays moved, with her papers too; a word after the taking is
    # no object ("at the gate": the Vietnamese "thẻ", a card, folds to "the")
    (
        "took a child",
        "I teach grade 7 in Burnaby. A 12-year-old pupil just showed me texts from an 'older friend' "
        "saying he'll pick her up at the gate at 4:00 today to 'work a party' in Surrey. It's 3:15 now.",
        E,
    ),
    ("took a child", "Pegaram meu filho e botaram num carro agora, socorro!", E),
    ("took a child", "Pegaram minha filha agora com o passaporte dela, socorro!", E),
    # following a file or a case: no pursuit
    (
        "follows a file",
        "Bonjou, se avoka imigrasyon. M ap swiv dosye yon fanm ki resevwa pèmi l. Li ka rele nou?",
        S,
    ),
    ("follows a file", "M se travayè sosyal, m ap swiv dosye li kounye a. Èske nou gen fòmasyon?", L),
    (
        "follows a file",
        "Chào anh chị, tôi là luật sư, tôi đang theo dõi hồ sơ của một chị đã có giấy phép.",
        S,
    ),
    ("follows a file", "Tôi đang theo dõi vụ án của em gái tôi, cảnh sát nói tuần sau ra tòa.", S),
    # look-alikes: someone follows the writer
    ("follows me", "Gen yon machin k ap swiv mwen kounye a, m pè anpil, ede m!", E),
    ("follows me", "Có người đang theo dõi tôi ngay bây giờ, họ đứng ngoài cửa, cứu tôi.", E),
    ("follows me", "He is following me right now with his car, help!", E),
    # Urdu: shut in, today
    ("ur shut in", "میں ایک فیکٹری کے گودام میں بند ہوں، آج مالک نے مجھے ڈنڈے سے مارا، ٹانگ سوج گئی ہے۔", E),
    ("ur shut in", "میں ایک گھر کے تہہ خانے میں بند ہوں، وہ لوگ میرا پاسپورٹ رکھے ہوئے ہیں۔", H),
    # look-alikes: shops closed, a lock over, "today" with no danger
    ("ur closed", "عید کی وجہ سے دکانیں تین دن سے بند ہیں، کیا آپ کا دفتر کھلا ہے؟", S),
    ("ur lock over", "پچھلے سال میں ایک گودام میں بند تھی، اب میں محفوظ ہوں اور کام ڈھونڈ رہی ہوں۔", S),
]


@pytest.mark.parametrize(("what", "text", "level"), CASES, ids=[f"{i}-{c[0]}" for i, c in enumerate(CASES)])
def test_twenty_first_round_level(what: str, text: str, level: Urgency) -> None:
    assert triage.analyze(text).urgency is level, what
