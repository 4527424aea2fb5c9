"""Redaction, sixth round of issue 11: one test a class of the leaks left on holdout3 (written by
outsiders) and of those found by attacking the redactor with new sentences, across scripts.
Every example is written for this test, none is a corpus message. Each class also has the
sentences it must leave alone (keep items, nationalities, common words)."""

from __future__ import annotations

import pytest

from triage.redaction import redact


def _redacted(text: str) -> str:
    return redact(text)[0]


# --- names: a presentational cue, then a name no list knew ---------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capitalised word after "c'est", "this is", "it's", then where the person is from
        ("allo, c'est Ousmane du dépanneur, rappelez-moi", "allo, c'est [PERSON] du dépanneur, rappelez-moi"),
        ("hi this is Kelechi from the cleaning crew", "hi this is [PERSON] from the cleaning crew"),
        # "aqui é a", "c'est moi", "te habla": cue phrases of their own
        ("não posso falar muito, aqui é a Jussara", "não posso falar muito, aqui é a [PERSON]"),
        ("aqui é o Kauã, do restaurante", "aqui é o [PERSON], do restaurante"),
        ("c'est moi Maïmouna, je suis dans le camion", "c'est moi [PERSON], je suis dans le camion"),
        ("buenas, te habla Yesenia", "buenas, te habla [PERSON]"),
        # given names that no list held (West African, Brazilian, French)
        ("hi it's Chidinma again, same place", "hi it's [PERSON] again, same place"),
        ("my friend Temitope is locked in", "my friend [PERSON] is locked in"),
        ("c'est Pascal qui garde nos passeports", "c'est [PERSON] qui garde nos passeports"),
    ],
)
def test_names_after_a_presentational_cue(text: str, expected: str) -> None:
    assert _redacted(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "I'm Nigerian from the church group, can you help",
        "sou Brasileira do interior, trabalho em Laval",
        "je suis Ivoirienne de naissance et j'habite à Gatineau",
        "get a real job",
    ],
)
def test_where_one_comes_from_is_no_name(text: str) -> None:
    assert "[PERSON]" not in _redacted(text)


# --- names in Cyrillic, in every case -------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Светлану увезли вчера ночью", "[PERSON] увезли вчера ночью"),
        ("мы ищем Галину, она не отвечает", "мы ищем [PERSON], она не отвечает"),
        ("документы у Ксении, хозяин их забрал", "документы у [PERSON], хозяин их забрал"),
        ("я була з Богданом у підвалі", "я була з [PERSON] у підвалі"),
        ("передайте Сергею что я жива", "передайте [PERSON] что я жива"),
    ],
)
def test_declined_cyrillic_names(text: str, expected: str) -> None:
    assert _redacted(text) == expected


@pytest.mark.parametrize("text", ["марка машины белая, номер не помню", "Марка машины — тойота"])
def test_declined_forms_that_are_words_stay(text: str) -> None:
    assert "[PERSON]" not in _redacted(text)


# --- Vietnamese full names ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Đoàn Thị Kim giữ hộ chiếu của chúng tôi", "[PERSON] giữ hộ chiếu của chúng tôi"),
        ("bà chủ Trương Mỹ Linh không trả lương", "bà chủ [PERSON] không trả lương"),
        ("ông Đỗ Văn Hải đánh em", "ông [PERSON] đánh em"),
        ("pham thi thu nhot em o kho", "[PERSON] nhot em o kho"),
    ],
)
def test_vietnamese_full_names(text: str, expected: str) -> None:
    assert _redacted(text) == expected


@pytest.mark.parametrize("text", ["le van bleu est parti", "Em ở Montréal, Đỗ xe ở đây"])
def test_vietnamese_family_words_alone_stay(text: str) -> None:
    assert "[PERSON]" not in _redacted(text)


# --- Hindi: numbers and spans of time after a relation are no name ---------------------------
def test_hindi_time_after_a_relation_is_kept() -> None:
    text = "मालिक तीन दिन से वापस नहीं आया, दरवाज़ा बंद है"
    assert _redacted(text) == text
    assert _redacted("मालिक राजेश चार हफ्ते से पैसे नहीं देता") == "मालिक [PERSON] चार हफ्ते से पैसे नहीं देता"


# --- identity numbers -----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a series in capitals and its digits after the word for number, words between
        ("Де мій паспорт? Номер був КМ 305117.", "Де мій паспорт? Номер був [ID_NUMBER]."),
        ("the number was ZR 774120, they kept it", "the number was [ID_NUMBER], they kept it"),
        ("le numéro était HB 908812", "le numéro était [ID_NUMBER]"),
        # a Russian passport's series and number, words between
        (
            "паспорт серия 46 11 номер 208813 у хозяина",
            "паспорт серия [ID_NUMBER] номер [ID_NUMBER] у хозяина",
        ),
        ("паспорт серії ВК номер 552019", "паспорт серії ВК номер [ID_NUMBER]"),
    ],
)
def test_identity_numbers_after_number_words(text: str, expected: str) -> None:
    assert _redacted(text) == expected


def test_a_phone_after_number_is_still_a_phone() -> None:
    assert _redacted("the number is 438 555 0172") == "the number is [PHONE]"


# --- addresses ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capitalised stop word inside a street typed with capitals
        ("she stays at 118 Del Monte Ave with him", "she stays at [ADDRESS] with him"),
        # a house number and street name before a unit, no street type, either order
        ("квартира на Jarry Ouest 2150, кв. 8, Монреаль", "квартира на [ADDRESS], Монреаль"),
        ("they keep her at 77 Lonsdale, apt 3 in North Van", "they keep her at [ADDRESS] in North Van"),
        ("店的地址是 6060 Granville 305室，很可疑", "店的地址是 [ADDRESS]，很可疑"),
        # a door letter after a dash, a direction's capital alone
        ("on est au 14-C rue Principale, Granby", "on est au [ADDRESS], Granby"),
        ("c'est au 800 boul. Gouin O., app. 6", "c'est au [ADDRESS]"),
        ("we are at 52 rue Sherbrooke E, please", "we are at [ADDRESS], please"),
        # other countries' formats
        ("vivía en Calle 72 No. 10-34, Bogotá", "vivía en [ADDRESS], Bogotá"),
        ("strada Libertății nr. 8, Iași", "[ADDRESS], Iași"),
        ("ул. Мира, д. 21, Казань", "[ADDRESS], Казань"),
        ("他们在上海市徐汇区漕溪路120号", "他们在上海市徐汇区[ADDRESS]"),
        ("نسكن في شقة 9 فوق المطعم", "نسكن في [ADDRESS] فوق المطعم"),
    ],
)
def test_addresses(text: str, expected: str) -> None:
    assert _redacted(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "we are 6 girls, 3 of us sick",
        "elle travaille 3 jours, 4 fois par semaine",
        "Montreal Road, near the motel",
    ],
)
def test_no_address_without_a_door(text: str) -> None:
    assert "[ADDRESS]" not in _redacted(text)


# --- handles and obfuscations ---------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("weixin: meimei-520 加我", "weixin: [HANDLE] 加我"),
        ("my wechat is xu-lan_99", "my wechat is [HANDLE]"),
        # full-width letters in an e-mail, keycap digits in a phone
        ("mail: ｌｉｎｈ＠ｙａｈｏｏ．ｃｏｍ", "mail: [EMAIL]"),
        ("call 4️⃣3️⃣8️⃣5️⃣5️⃣5️⃣0️⃣1️⃣2️⃣2️⃣ now", "call [PHONE]️⃣ now"),
    ],
)
def test_handles_and_obfuscations(text: str, expected: str) -> None:
    assert _redacted(text) == expected


# --- an IBAN's letter O is a letter, not a zero hidden among digits -------------------------
def test_letter_o_inside_an_iban_is_kept_for_its_check() -> None:
    # a Romanian IBAN (mod-97 valid) with "O" in its account part, and the same with "I"
    for iban in ("RO81 BTRL KPQ5 77O4 DQ9Z AXWB", "RO52 INGB ZT48 QA2M 09I1 VYRS"):
        assert _redacted(f"virez sur {iban} svp") == "virez sur [PAYMENT] svp"
    assert _redacted("call 514 5O5 O123 now") == "call [PHONE] now"


# --- names after relations in more languages ------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Arabic: her husband, his sister (the possessive written onto the relation)
        ("زوجها كريم يحبسها في البيت", "زوجها [PERSON] يحبسها في البيت"),
        ("كفيلها خالد أخذ الجواز", "كفيلها [PERSON] أخذ الجواز"),
        # Romanian: the boss, the neighbour
        ("patronul Costică ne ține pașapoartele", "patronul [PERSON] ne ține pașapoartele"),
        # Haitian Creole: a possessive between the relation and the name
        ("sè m Nadège pa ka soti", "sè m [PERSON] pa ka soti"),
        ("kouzin li Fabienne disparèt", "kouzin li [PERSON] disparèt"),
        # Vietnamese: a kin word written with its tone mark, then a given name no list holds
        ("anh Khải nói sẽ đánh em", "anh [PERSON] nói sẽ đánh em"),
        ("chị Thơm và chị Huệ bị nhốt", "chị [PERSON] và chị [PERSON] bị nhốt"),
        # Chinese: a nickname or a family name and a title after a relation word
        ("我表妹小娟被关在店里", "我表妹[PERSON]被关在店里"),
        ("老板陈总扣了我们的护照", "老板[PERSON]扣了我们的护照"),
    ],
)
def test_names_after_relations(text: str, expected: str) -> None:
    assert _redacted(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # untoned Vietnamese: "chu" (owner) and "dang" (is doing) are no kin word and no name
        "cuu toi, ong chu dang danh toi",
        "ông chủ đang đánh tôi ngay bây giờ",
        "sống ở thành phố Hồ Chí Minh",
        # Portuguese "em" (in) before a city
        "minha mãe mora em Recife",
        # Chinese words that start with 小 or 阿 after a relation word
        "老板小时工资只给五块",
        "我朋友小孩发烧了",
        # Haitian: a relation, a possessive, nothing capitalised
        "manman m malad anpil",
    ],
)
def test_relation_words_that_take_no_name(text: str) -> None:
    assert "[PERSON]" not in _redacted(text)


# --- holdout4's leaks, by class, on new sentences --------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a father's name after "بن" is part of the name, even when it is also a common word
        ("Je m'appelle سامي بن علي, j'ai besoin d'aide", "Je m'appelle [PERSON], j'ai besoin d'aide"),
        # a Korean self-introduction (no lexicon for Korean), the copula written onto the name
        ("제 이름은 이서연입니다. 도와주세요", "제 이름은 [PERSON]. 도와주세요"),
        # a phone written right after Chinese or Korean letters
        ("有事打电话4385550142找我", "有事打电话[PHONE]找我"),
        ("연락처는 5145550177입니다", "연락처는 [PHONE]입니다"),
        # an id cue far before a phone cue does not make the phone an id
        ("他拿走了我的护照。我的电话是514-555-0163", "他拿走了我的护照。我的电话是[PHONE]"),
        # a long id code right after its Chinese cue
        ("我的护照号码G48217736在他那里", "我的护照号码[ID_NUMBER]在他那里"),
        # a Romanian unit after a street address
        ("stă la 40 Bay St, apartamentul 1204", "stă la [ADDRESS]"),
    ],
)
def test_holdout4_classes(text: str, expected: str) -> None:
    assert _redacted(text) == expected


@pytest.mark.parametrize(
    "text",
    ["老板扣着护照，一个月只给600加币", "护照在他那里，他说要给500块"],
)
def test_short_amounts_after_an_unspaced_id_cue_are_no_id(text: str) -> None:
    assert "[ID_NUMBER]" not in _redacted(text)
