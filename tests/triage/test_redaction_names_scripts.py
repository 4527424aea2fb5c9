"""Names in any script after a self-introduction or a relation (issue 11, point 4), given names
alone after a relation, West African full names, signatures before a phone or an e-mail,
names in scripts without capitals (Arabic, Devanagari, Chinese)."""

from __future__ import annotations

import pytest

from triage.redaction import redact


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        ("меня зовут Олена", "меня зовут [PERSON]"),
        ("мене звати Олена Коваленко", "мене звати [PERSON]"),
        ("اسمي فاطمة", "اسمي [PERSON]"),
        ("اسمي فاطمة الزهراء بنعلي.", "اسمي [PERSON]."),
        ("سميتي خديجة العلوي", "سميتي [PERSON]"),
        ("اسمي يوسف بن عمر.", "اسمي [PERSON]."),
        ("我叫王芳", "我叫[PERSON]"),
        ("मेरा नाम सुनीता है", "मेरा नाम [PERSON] है"),
        ("नाम पूजा बताया गया है", "नाम [PERSON] बताया गया है"),
        ("tên tôi là Lan", "tên tôi là [PERSON]"),
        ("Tên chị là Trần Thị Mỹ Duyên, số chị", "Tên chị là [PERSON], số chị"),
        ("ang pangalan ko ay Maria Santos", "ang pangalan ko ay [PERSON]"),
        ("mă numesc Ana Popescu", "mă numesc [PERSON]"),
        ("numele meu Ioana", "numele meu [PERSON]"),
        ("meu nome é Joana", "meu nome é [PERSON]"),
        ("eu guineense, nome Mamadu Baldé. ajuda", "eu guineense, nome [PERSON]. ajuda"),
        ("mi nombre es Lucía", "mi nombre es [PERSON]"),
        ("Mi nombre Edgar Xoy", "Mi nombre [PERSON]"),
        ("m rele Guerline", "m rele [PERSON]"),
    ],
)
def test_a_name_after_a_self_introduction_in_any_script(text: str, redacted: str) -> None:
    assert redact(text)[0] == redacted


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        ("my sister Aisha is 15", "my sister [PERSON] is 15"),
        ("ma cousine Nadège est enfermée", "ma cousine [PERSON] est enfermée"),
        ("Дядя Рустам спит", "Дядя [PERSON] спит"),
        ("один из них бригадир Азамат, второго", "один из них бригадир [PERSON], второго"),
        ("Мого брата Тараса Мельника змушують", "Мого брата [PERSON] змушують"),
        ("Болить дуже. Я Софія.", "Болить дуже. Я [PERSON]."),
        ("أختي هبة عمرها 19 سنة", "أختي [PERSON] عمرها 19 سنة"),
        ("मेरी 17 साल की बहन अंजलि की शादी", "मेरी 17 साल की बहन [PERSON] की शादी"),
        ("कंपनी का मालिक गुरप्रीत संधू है।", "कंपनी का मालिक [PERSON] है।"),
        ("Ang recruiter ay si Romualdo Pascual.", "Ang recruiter ay [PERSON]."),
        ("I work with Adaeze Okonkwo at the farm", "I work with [PERSON] at the farm"),
        ("the boss is Kofi Mensah Boateng", "the boss is [PERSON]"),
    ],
)
def test_a_name_after_a_relation_and_full_names(text: str, redacted: str) -> None:
    assert redact(text)[0].replace("si [PERSON]", "[PERSON]") == redacted


@pytest.mark.parametrize(
    "text",
    [
        "صديقتي زوّجوها بالإكراه لرجل",  # a verb after "my friend"
        "صاحب العمل أخذ جواز سفري",  # "the owner of the work"
        "Gia đình ở Quảng Bình rất lo",  # a province after "in"
        "im in the bathroom at the Tim Hortons on Portage",
    ],
)
def test_words_that_are_no_name(text: str) -> None:
    assert "[PERSON]" not in redact(text)[0]


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        ("Ce putem face? Lavinia Stan, 0745 555 019", "Ce putem face? [PERSON], [PHONE]"),
        ("Chi можете? Олена Шевчук, +380 67 555 1234", "Chi можете? [PERSON], [PHONE]"),
        ("Je veux rentrer. Joana Santos, joana@gmail.com", "Je veux rentrer. [PERSON], [EMAIL]"),
        ("मेरा पासपोर्ट उनके लॉकर में है। — लक्ष्मी", "मेरा पासपोर्ट उनके लॉकर में है। — [PERSON]"),
        ("聯絡：李志明 0912 555 123", "聯絡：[PERSON] [PHONE]"),
        ("被一个自称Kevin的人骗", "被一个自称[PERSON]的人骗"),
        ("怎麼辦？——何太", "怎麼辦？——[PERSON]"),
    ],
)
def test_signatures_and_names_without_spaces(text: str, redacted: str) -> None:
    assert redact(text)[0] == redacted


def test_a_label_before_an_email_is_no_signature() -> None:
    assert redact("On cherche une survivante. Écrivez-moi : ana@tele.ca")[0] == (
        "On cherche une survivante. Écrivez-moi : [EMAIL]"
    )


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        ("My name is Maricel Dela Cruz, my number", "My name is [PERSON], my number"),
        ("karapatan ko. - Maricel Dela Cruz", "karapatan ko. - [PERSON]"),
        ("I met Jose Delos Santos there", "I met [PERSON] there"),
        ("Ana De Souza called", "[PERSON] called"),
    ],
)
def test_a_surname_after_a_particle(text: str, redacted: str) -> None:
    assert redact(text)[0] == redacted
