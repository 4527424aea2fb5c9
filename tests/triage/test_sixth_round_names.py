"""Issue 11, sixth round: the classes of names and identifiers the fourth unseen holdout leaked,
fixed as classes and tried with sentences of our own (none is the corpus's):

a listed name after an Arabic particle ("بن", "ould", "bint"); a name after a relation and a
possessive or a copula ("kouzin mwen", "pinsan ko", "my boss is"); a full name in apposition
after a role word ("the landlord, Gary Whitfield,"); Cyrillic first names in oblique cases;
self-introductions in Korean, Japanese, Thai, Persian, Bengali, Ethiopic, Devanagari, Turkish;
Chinese names after a relation; phones touching letters of a script without spaces or cut by
a line break; a unit number after a street; nicknames, signatures, West African names.
"""

from __future__ import annotations

import pytest

from triage.codes import PiiType
from triage.redaction import redact


def _redacted(text: str) -> str:
    return redact(text)[0]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("C'est pour mon ami سمير بن علي, il a 17 ans", "سمير بن علي"),
        ("اسمي حسن بن عمر وأحتاج مساعدة", "حسن بن عمر"),
        ("My name is Salma bint Khalid and my sponsor keeps my passport", "Salma bint Khalid"),
        ("je suis Mohamed ould Cheikh, on travaille sans paie", "Mohamed ould Cheikh"),
        ("اسمي محمد ولد أحمد", "محمد ولد أحمد"),
    ],
)
def test_a_listed_name_after_an_arabic_particle_is_part_of_the_name(text: str, name: str) -> None:
    redacted = _redacted(text)
    assert "[PERSON]" in redacted
    assert not any(part in redacted for part in name.split() if len(part) > 3)


@pytest.mark.parametrize(
    ("text", "leaked"),
    [
        ("Frè m Wilner pa ka soti, patwon an fèmen pòt la", "Wilner"),
        ("Sè m Roseline gen 14 an", "Roseline"),
        ("pinsan ko Jhoanna nasa Dubai pa, kinuha ang passport niya", "Jhoanna"),
        ("chị tôi Lan bị chủ giữ hộ chiếu", "Lan"),
        ("Em gái tôi là Ngọc Hân, 16 tuổi", "Ngọc Hân"),
        ("Mi jefe es Abu Bakr Sidiqi y no nos paga", "Sidiqi"),
        ("my boss is Kwabena Asante and he hits us", "Asante"),
        ("Моя двоюродная сестра Алина не может уйти", "Алина"),
        ("我表妹李娜今年15岁，被老板关起来了", "李娜"),
        ("我表妹小丽在工厂里，不能出来", "小丽"),
        ("房东王建国不让我们走", "王建国"),
        ("kuzenim Elif 16 yaşında, patronu Murat Demir onu dövüyor", "Murat Demir"),
    ],
)
def test_a_name_after_a_relation_a_possessive_or_a_copula(text: str, leaked: str) -> None:
    assert leaked not in _redacted(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Il mio capo, Salvatore Esposito, non mi paga da marzo", "Salvatore Esposito"),
        ("Mein Onkel, Hans Becker, hat meinen Pass", "Hans Becker"),
        ("De baas, Pieter de Vries, houdt mijn paspoort", "Pieter de Vries"),
        ("El patrón, Chuy Ramírez, nos amenaza con la migra", "Chuy Ramírez"),
        ("the landlord, Gary Whitfield, changed the locks on us", "Gary Whitfield"),
        ("Verișoara mea, Andreea Pop, are 15 ani", "Andreea Pop"),
        ("Șeful, Costel Ionescu, ne ține actele", "Costel Ionescu"),
        ("Хозяин, Рустам Алиев, забрал паспорт", "Рустам Алиев"),
        ("Роботодавець, Ігор Мельник, не платить", "Ігор Мельник"),
    ],
)
def test_a_full_name_in_apposition_after_a_role_word(text: str, name: str) -> None:
    assert _redacted(text) == text.replace(name, "[PERSON]")


@pytest.mark.parametrize(
    ("text", "leaked"),
    [
        ("Я живу с Ольгой и её мужем, он не отдаёт документы", "Ольг"),
        ("Передайте Оксані, що Тарасові погрожують", "Тарас"),
        ("Паспорт забрал, отдал его Андрею Ковальчуку", "Андре"),
        ("Приехала к двоюродному брату Игорю в Торонто", "Игор"),
    ],
)
def test_a_cyrillic_first_name_in_an_oblique_case(text: str, leaked: str) -> None:
    assert leaked not in _redacted(text)


def test_an_oblique_form_keeps_places_and_lower_case_words() -> None:
    text = "Мы были в Москве, вера в людей пропала"
    assert _redacted(text) == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("여권을 빼앗겼어요. 제 이름은 최유진입니다. 도와주세요", "최유진"),
        ("저는 김민수예요. 사장님이 월급을 안 줘요", "김민수"),
        ("안녕하세요, 이서연이라고 합니다", "이서연"),
        ("名前は山田太郎です。パスポートを取られました", "山田太郎"),
        ("私は佐々木と申します。給料がもらえません", "佐々木"),
        ("ผมชื่อสมศักดิ์ครับ นายจ้างยึดพาสปอร์ต", "สมศักดิ์"),
        ("اسم من زهرا است و ۱۶ سال دارم", "زهرا"),
        ("আমার নাম রহিম, আমি টরন্টোতে কাজ করি", "রহিম"),
        ("ስሜ ሄኖክ ነው። ፓስፖርቴን ወሰዱ", "ሄኖክ"),
        ("मेरो नाम सीता हो, मालिकले पासपोर्ट लियो", "सीता"),
        ("Benim adım Zeynep Kaya, patronum pasaportumu aldı", "Zeynep Kaya"),
    ],
)
def test_a_self_introduction_in_more_scripts(text: str, name: str) -> None:
    redacted = _redacted(text)
    assert name not in redacted
    assert "[PERSON]" in redacted


@pytest.mark.parametrize(
    "text",
    [
        "اسم من در قرارداد نیست",
        "老板马上回来，我们很害怕",
        "我是中国人，在温哥华工作",
        "ông chủ đang đánh nó",
        "الوكيل أخذ منا 10 آلاف دولار",
    ],
)
def test_words_that_are_no_name_stay(text: str) -> None:
    assert "[PERSON]" not in _redacted(text)


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("我是社工，电话438 555 0172，请回电", "438 555 0172"),
        ("我躲起来了。电话519-555-\n0143", "519-555-\n0143"),
        ("护照在老板那里。你们打我电话 604 555 0188", "604 555 0188"),
        ("전화번호는 010-2345-6789입니다", "010-2345-6789"),
        ("連絡先は090-8765-4321です", "090-8765-4321"),
    ],
)
def test_a_phone_touching_letters_of_a_script_without_spaces_is_one_phone(text: str, phone: str) -> None:
    redacted, entities = redact(text)
    assert [entity.type for entity in entities if entity.type is not PiiType.PERSON] == [PiiType.PHONE]
    assert not any(group in redacted for group in ("555", phone[-4:]))


@pytest.mark.parametrize(
    "text",
    [
        "Adresa e 41 Maple Ave, unitatea 812, veniți repede",
        "A morada é 12 Queen St, unidade 5, em Toronto",
        "Mwen rete 45 Pine Ave, inite 12",
        "Wir wohnen 20 King St W, Wohnung 4",
    ],
)
def test_the_unit_after_a_street_is_part_of_the_address(text: str) -> None:
    redacted = _redacted(text)
    assert "[ADDRESS]" in redacted
    assert not any(number in redacted for number in ("812", "unidade 5", "inite 12", "Wohnung 4"))


@pytest.mark.parametrize(
    ("text", "leaked"),
    [
        ("they call him Papa Joe, he is the recruiter", "Joe"),
        ("el que nos trajo, le llaman El Flaco Medina", "Medina"),
        ("o patrão, conhecido como Zé Pequeno, ameaça a gente", "Pequeno"),
        ("хозяин по кличке Гиви Бородатый", "Гиви"),
        ("please help us, they took our passports.\n-- Adaeze Okonkwo", "Adaeze"),
        ("We are 5 women locked in the house. Signed, Chiamaka", "Chiamaka"),
        ("Gracias por todo.\n— Yesenia R.", "Yesenia"),
        ("sono Chukwuemeka, il mio capo Gianni mi picchia", "Chukwuemeka"),
        ("help me pls, i'm yaw from ghana, boss took my passport", "yaw"),
        ("my friend,Efua,needs help", "Efua"),
        ("je m'appelle nadia benali, j'ai 17 ans", "benali"),
        ("Ich bin Mehmet, mein Chef heißt Thomas Weber", "Weber"),
        ("Tôi là Đỗ Thị Hằng, chủ tiệm giữ hộ chiếu", "Đỗ Thị"),
        ("gọi cho chị Phạm Thị Thu Hà nhé", "Thu Hà"),
        ("Tên tôi là Nguyễn Văn Minh, 17 tuổi", "Văn"),
    ],
)
def test_nicknames_signatures_and_names_from_more_places(text: str, leaked: str) -> None:
    assert leaked not in _redacted(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Chồng tôi làm cho chủ Đài Loan, tàu ở Vancouver", "Đài Loan"),
        ("मालिक दो दिन से नहीं आया", "दो दिन"),
        ("mi prima de Guadalajara tiene 15 años", "Guadalajara"),
        ("my boss is Chinese and he yells", "Chinese"),
        ("sa-mi sun mama la Constanța, numele meu e Ioana", "Constanța"),
        ("Cháu tôi đang ở bên Anh, bị bắt làm tiệm nail", "bên Anh"),
        ("mein Pass ist seit 3 Wochen weg", "3 Wochen weg"),
        ("I came via Toronto 2 weeks ago", "via Toronto"),
    ],
)
def test_places_ages_and_durations_after_a_relation_survive(text: str, kept: str) -> None:
    assert kept in _redacted(text)
