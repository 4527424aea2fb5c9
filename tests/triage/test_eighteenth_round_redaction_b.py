"""Issue 11, eighteenth round (helper b): names in scripts without capitals or with case
endings, and everyday words of one language taken for names listed from another. The
sentences are the team's own; the names and numbers in them are made up."""

from __future__ import annotations

import pytest

from tests.triage.leaks import leaked
from triage.redaction import redact


def _leaks(text: str, value: str) -> bool:
    redacted, entities = redact(text)
    return leaked(text, redacted, entities, value)


class TestAFunctionWordOfTheMessagesLanguageIsNoName:
    """A listed name that is a small word of the language the message is written in ("Mia
    figlia", Italian "my"; "Ze", Dutch "she"; "Коли", Ukrainian "when"; "tanya", Indonesian
    "ask"; "theo", Vietnamese "follow") is that word at a sentence's start or in lower case."""

    @pytest.mark.parametrize(
        ("text", "word"),
        [
            ("Mia cugina ha 17 anni e non può uscire di casa.", "Mia cugina"),
            ("Ik ben bezorgd. Ze neemt niet op en ze heeft geen geld.", "Ze neemt"),
            ("Коли мені було 19, мене тримали в квартирі в Польщі.", "Коли"),
            ("İşveren pasaportunu aldı. Eve dönmek istiyor ama çok korkuyor.", "Eve dönmek"),
            ("Ada agen di Instagram yang nawarin kerja, saya tidak tahu itu benar.", "Ada agen"),
            ("Biasanya operator tanya apa saja? Saya takut kalau mereka tahu.", "operator tanya"),
            ("Hiện nó vẫn đi học bình thường, tối mới đi làm ở nhà chủ.", "bình thường"),
            ("Tôi đã rời nhà chủ tối qua, có mang theo hộ chiếu.", "mang theo"),
            ("laoban yao ba wo lei si le, wo shi gongren", "laoban yao"),
            ("m ekri lèt pou pitit mwen yo ann Ayiti, mwen pa gen lajan", "ann Ayiti"),
            ("Mwajiri anasema hana bima, na sasa ana homa kali kwa sababu ya kazi.", "hana bima"),
        ],
    )
    def test_the_word_stays(self, text: str, word: str) -> None:
        assert word in redact(text)[0]

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("Mia said the boss took her passport, Mia is 16.", "Mia"),  # English: no Italian words
            ("La mia amica Mia è sparita, non risponde da ieri.", "Mia"),  # a capital mid-sentence
            ("Ik werk bij een gezin, mijn vriendin Ada heeft geen geld.", "Ada"),  # Dutch: not Indonesian
            ("Tôi gặp Bình ở nhà chủ, anh ấy không được trả lương.", "Bình"),  # a Vietnamese given name
            ("Tôi gặp Tim ở nhà chủ, anh ấy không được trả lương.", "Tim"),
            ("Я працюю з Колею, він тут. Коли приходить — мовчить.", "Колею"),
        ],
    )
    def test_the_name_is_still_taken(self, text: str, name: str) -> None:
        assert not _leaks(text, name)


class TestNamesWithoutCapitals:
    """Where a script without capitals shows a name: the kunya that says who writes ("أنا أم
    يزن"), a Devanagari city before "in" after a relation and a name, a godchild or a client
    (a relation word), a full name alone after the last sentence in Chinese or Korean, and
    the Chinese name in brackets after a name in Latin letters."""

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("أنا أم يزن، جيت من الأردن على فيزا زيارة.", "يزن"),
            ("انا ام خالد وابني محبوس في المزرعة", "خالد"),
            ("मेरी बेटी प्रीत विंडसर में पढ़ने गई थी।", "प्रीत"),
            ("मेरा भाई राजेश किचनर में काम करता है", "राजेश"),
            ("हमारी क्लाइंट पूजा को अगले हफ़्ते सुनवाई के लिए दुभाषिया चाहिए।", "पूजा"),
            ("Терміново! Моя хрещениця Софійка, 15 років, втекла з дому три дні тому.", "Софійка"),
            ("Моя крестница Соня пропала вчера вечером.", "Соня"),
            ("律师说需要找证人。请问你们能帮忙联系吗？金春花", "金春花"),
            ("취업 연결해 주는 프로그램 있나요? 박서연", "박서연"),
            ("정말 무서워요. 김민지", "김민지"),
            ("我是保姆，雇主叫Kevin Wu（吴凯文）。", "吴凯文"),
            ("我是保姆，雇主叫Kevin Wu（吴凯文）。", "Kevin Wu"),
            ("我叫Amy (王小美)，在多伦多工作", "王小美"),
        ],
    )
    def test_the_name_is_taken(self, text: str, name: str) -> None:
        assert not _leaks(text, name)

    @pytest.mark.parametrize(
        ("text", "word"),
        [
            ("أنا أم وحيدة، جيت من الأردن", "أم وحيدة"),
            ("أنا أم لطفلين وزوجي يضربني", "أم لطفلين"),
            ("मेरी बेटी किसी कमरे में बंद है", "किसी कमरे"),
            ("हमारी क्लाइंट को अगले हफ़्ते सुनवाई है", "क्लाइंट को"),
            ("एक मरीज़ जो कुछ महीने पहले एक फैक्ट्री से छूटा था", "जो कुछ महीने"),
            ("मेरे पति का बॉस, जो ओकविल में एक स्टोर चलाता है", "जो ओकविल"),
            ("आज एक मरीज़ आई जो किसी घर में काम करती है", "मरीज़ आई"),
            ("请问你们能帮忙联系吗？明天见", "明天见"),
            ("서류가 없어요. 도와줘", "도와줘"),
            ("서류가 없어요. 정말요", "정말요"),
            ("我的室友Amy在Toronto工作", "Toronto"),
            ("permit unke naam pe hai, main kya karun", "naam pe"),
            ("woh fees ke naam par 12 lakh maang raha hai", "naam par"),
        ],
    )
    def test_the_words_stay(self, text: str, word: str) -> None:
        assert word in redact(text)[0]


class TestWhatNamesNoPersonAfterARelationOrBeforeAContact:
    """A contact label before the masked contact is no signature ("मेरो इमेल", "ایمیلم",
    "이메일", "Тел."), and a verb in the past after a woman's relation is what she did
    ("أختي أرسلت لي", "أختي رنا بعتتلي")."""

    @pytest.mark.parametrize(
        ("text", "word"),
        [
            ("कहाँ उजुरी गर्ने? मेरो इमेल ram.thapa@gmail.com", "मेरो इमेल"),
            ("روانشناس می‌خوام. ایمیلم sara_m1368@yahoo.com", "ایمیلم"),
            ("연구 자료가 있을까요? 이메일 minji.park@snu.ac.kr", "이메일"),
            ("Какие есть программы помощи? Тел. 819-555-0143", "Тел."),
            ("أختي أرسلت لي الآن أن الكفيل يضربها في المطبخ", "أختي أرسلت"),
            ("زوجتي رجعت من عند الأسرة اللي كانت تشتغل عندهم", "زوجتي رجعت"),
            ("أختي بعتتلي هلّق رسالة صوتية", "بعتتلي"),
        ],
    )
    def test_the_word_stays(self, text: str, word: str) -> None:
        assert word in redact(text)[0]

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("Спасибо. Оксана, тел. 819-555-0143", "Оксана"),
            ("أختي رنا بعتتلي هلق رسالة صوتية", "رنا"),
            ("أختي هبة عمرها ١٥ سنة", "هبة"),
            ("صديقي رفعت أرسل لي رسالة", "رفعت"),
        ],
    )
    def test_the_name_is_taken(self, text: str, name: str) -> None:
        assert not _leaks(text, name)


class TestAVietnameseWordOpeningASentenceIsNoNameItFoldsTo:
    """ "Lúc" (when) folds to "Luc", "Đường" (road, line) to "Dương": opening a sentence of a
    Vietnamese message, written with marks that no listed name has, they are the words."""

    @pytest.mark.parametrize(
        ("text", "word"),
        [
            ("Đường dây này có người nói tiếng Việt không ạ?", "Đường dây"),
            ("Em đang ở văn phòng. Lúc 3 giờ dì sẽ đến đón.", "Lúc 3 giờ"),
        ],
    )
    def test_the_word_stays(self, text: str, word: str) -> None:
        assert word in redact(text)[0]

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("Dương bị chủ đánh, tôi không biết làm gì.", "Dương"),  # the family name as written
            ("Lúc said the boss took his passport.", "Lúc"),  # not a Vietnamese message
            ("Tôi tên là Lúc. Tôi không có giấy tờ.", "Lúc"),  # after a cue
        ],
    )
    def test_the_name_is_still_taken(self, text: str, name: str) -> None:
        assert not _leaks(text, name)
