"""Issue 11, nineteenth round (helper b): the rest of an address after its street and number
(floor and door, a unit after a colon, a postal code), postal codes named by their word in
many languages, streets of scripts without capitals, and names in Cyrillic, Arabic-script,
Chinese and Devanagari messages. The sentences are the team's own; the names, addresses and
numbers in them are made up."""

from __future__ import annotations

import pytest

from tests.triage.leaks import leaked
from triage.redaction import redact


def _leaks(text: str, value: str) -> bool:
    redacted, entities = redact(text)
    return leaked(text, redacted, entities, value)


class TestTheRestOfAnAddress:
    """After the street and the house number come the floor and the door ("3.º Esq.", "4º
    izq.", "2. OG links", "Daire: 4"), a room under the roof or the basement, and the postal
    code before the town ("4000-446 Porto", "00-828 Warszawa"): each pins the door, and the
    town after them stays."""

    @pytest.mark.parametrize(
        ("text", "address", "kept"),
        [
            ("Enviem para Rua das Flores, 88, 2.º Dto., 4050-262 Porto, obrigado", "2.º Dto.", "Porto"),
            ("Moro na Rua do Sol 14, 1.º Esq., Lisboa.", "1.º Esq.", "Lisboa"),
            ("Vivo en Calle Toledo 45, 4º izq., Madrid.", "4º izq.", "Madrid"),
            ("Vivo en Calle Mayor 5, 3º B, 28013 Madrid", "3º B", "Madrid"),
            ("Sie wohnt in der Kastanienallee 12, 2. OG rechts, in Berlin.", "2. OG rechts", "Berlin"),
            ("Adres: Atatürk Cad. No: 25 Daire: 4, Kadıköy İstanbul", "Daire: 4", "İstanbul"),
            ("Adres: Bağdat Cad. No: 7 Kat: 3 Daire: 9, İzmir", "Kat: 3 Daire: 9", "İzmir"),
            ("Mieszkam na ul. Polnej 8/4, 61-712 Poznań", "61-712", "Poznań"),
            ("she is in the basement of 61 Birch Ave basement, Hamilton", "Birch Ave basement", "Hamilton"),
            ("Мы живём на ул. Садовая 14, кв. 9, 4 этаж, Киев", "кв. 9", "Киев"),
        ],
    )
    def test_the_whole_address_goes_and_the_town_stays(self, text: str, address: str, kept: str) -> None:
        assert not _leaks(text, address)
        assert kept in redact(text)[0]

    @pytest.mark.parametrize(
        "text",
        [
            "Trabalho no 3.º andar de um escritório em Lisboa.",  # a floor alone, no address
            "Tenho 2 filhos, 4000 euros de dívida e moro em Porto.",
            "Pagamos 1200 por mês, 3 pessoas no quarto.",
            "Saí de lá em 2019, 12 horas por dia, 6/7 dias.",
        ],
    )
    def test_numbers_without_an_address_stay(self, text: str) -> None:
        assert redact(text)[0] == text


class TestPostalCodesNamedByTheirWord:
    """A postal code after its name in the writer's language ("индекс", "邮编", "우편번호",
    "पिन कोड", "cod poștal", "kod pocztowy", "CAP", "PLZ", "mã bưu chính") pins a street."""

    @pytest.mark.parametrize(
        ("text", "code"),
        [
            ("Индекс 119019, Москва, отправьте туда", "119019"),
            ("поштовий індекс 79000, Львів", "79000"),
            ("邮编 100020，北京", "100020"),
            ("우편번호 06236 서울", "06236"),
            ("पिन कोड 110024, दिल्ली", "110024"),
            ("cod poștal 700028, Iași", "700028"),
            ("kod pocztowy 00-828 Warszawa", "00-828"),
            ("CAP 20121 Milano", "20121"),
            ("PLZ 10115 Berlin", "10115"),
            ("Mã bưu chính 700000, TP. Hồ Chí Minh", "700000"),
            ("Posta kodu 34710 Kadıköy", "34710"),
        ],
    )
    def test_the_code_goes(self, text: str, code: str) -> None:
        assert not _leaks(text, code)

    @pytest.mark.parametrize(
        "text",
        [
            "Индекс цен вырос на 5 процентов за 2023 год.",
            "Мой индекс массы тела 19, рост 160.",
        ],
    )
    def test_no_code_no_redaction(self, text: str) -> None:
        assert redact(text)[0] == text


class TestStreetsNoCapitalAnnounces:
    """Streets before a house plate or a unit in the Arabic script ("خیابان ولیعصر، کوچه
    نسترن، پلاک ۱۲"), a Korean road-name address ("테헤란로 123"), a Vietnamese house number
    with its alley and ward ("45/12 Nguyễn Trãi, Phường 3"): the whole is one address; the
    district, the city and a street type said alone stay."""

    @pytest.mark.parametrize(
        ("text", "address", "kept"),
        [
            ("آدرس: تهران، خیابان ولیعصر، کوچه نسترن، پلاک ۱۲، واحد ۳", "خیابان ولیعصر", "تهران"),
            ("آدرس: تهران، خیابان ولیعصر، کوچه نسترن، پلاک ۱۲، واحد ۳", "کوچه نسترن", "تهران"),
            ("منزل در خیابان انقلاب، پلاک ۴۵ است، شیراز", "خیابان انقلاب", "شیراز"),
            ("العنوان: حي النزهة، شارع الأمير محمد، عمارة 4، شقة 2", "الأمير محمد", "حي النزهة"),
            ("동생은 서울 테헤란로 123에 살아요", "테헤란로 123", "서울"),
            ("지금 서울 월드컵로12길 34 지하에 있어요", "월드컵로12길 34", "서울"),
            (
                "Con gái ở với bà tại 45/12 Nguyễn Trãi, Phường 3, Quận 5, TP. Hồ Chí Minh",
                "45/12 Nguyễn Trãi, Phường 3",
                "TP. Hồ Chí Minh",
            ),
        ],
    )
    def test_the_street_goes(self, text: str, address: str, kept: str) -> None:
        assert not _leaks(text, address)
        assert kept in redact(text)[0]

    @pytest.mark.parametrize(
        "text",
        [
            "تو خیابان بودم که ماشین اومد، ترسیدم",
            "از خیابان رد شدم، ۲ ساعت راه رفتم",
            "서울로 3시간 걸려요, 부산으로 2명 갔어요",
            "Tôi làm 6/7 ngày, 12 tiếng một ngày",
        ],
    )
    def test_everyday_words_stay(self, text: str) -> None:
        assert redact(text)[0] == text


class TestAStreetWordThenAnAbbreviation:
    """After a street type that is never a common word written in lower case, a first word of
    two letters that is no connector is chat shorthand ("pra rua hj", to the street today), not
    a street's name; "rua do sol" and "rua augusta" still are."""

    @pytest.mark.parametrize(
        "text",
        [
            "diz q vai me matar se eu nao sair pra rua hj pra trabalhar",
            "ele me pôs na rua ja faz 2 dias",
        ],
    )
    def test_the_words_stay(self, text: str) -> None:
        assert redact(text)[0] == text

    @pytest.mark.parametrize(
        ("text", "street"), [("moro na rua do sol", "rua do sol"), ("moro na rua augusta", "augusta")]
    )
    def test_the_street_goes(self, text: str, street: str) -> None:
        assert not _leaks(text, street)


class TestChineseNicknames:
    """A given name's character and 哥 or 姐 (how a boss or a recruiter is called: "强哥刚发的
    微信"), a nickname with its full name in brackets in either order ("阿芳（陈美芳）"), and
    阿 with one character before "都" or "一起" are names; words that end in 哥 or 姐 (大哥,
    帅哥, 表姐, 空姐, 我姐) are not."""

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("截图是强哥刚发的微信：“你跑不掉的”", "强哥"),
            ("是芳姐介绍我来这里的，她拿了我的护照。", "芳姐"),
            ("我和阿芳（陈美芳）一起在餐馆打工。", "阿芳"),
            ("我和阿芳（陈美芳）一起在餐馆打工。", "陈美芳"),
            ("陈美芳（阿芳）被老板打了", "阿芳"),
            ("我跟小李还有阿明都在工厂。", "阿明"),
        ],
    )
    def test_the_name_goes(self, text: str, name: str) -> None:
        assert not _leaks(text, name)

    @pytest.mark.parametrize(
        "text",
        [
            "我大哥说他在多伦多，帅哥在等你",
            "我表姐在餐馆，空姐都很忙",
            "他是我哥，我姐在国内",
            "我的大姐说没事",
        ],
    )
    def test_kin_words_stay(self, text: str) -> None:
        assert redact(text)[0] == text


class TestPersianSpokenRelationsAndGluedNames:
    """A name after a relation with the spoken possessive ("پسرعموم سیاوش", my cousin
    Siavash), and a name found once written again with the copula glued to it ("دست فرهاده",
    with Farhad): the name goes, the verb after it stays."""

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("پسرعموم سیاوش رفت و مدارکش دست اونه.", "سیاوش"),
            ("دخترخالم نازنین رو گرفتن.", "نازنین"),
            ("تماس: مهندس فرهاد نوری. پسرعموم رفت و مدارکش دست فرهاده.", "فرهاد"),
            ("خواهرم مریم اونجاست و پاسپورتش دست رضاست. رضا بدهکار نیست", "رضا"),
        ],
    )
    def test_the_name_goes(self, text: str, name: str) -> None:
        assert not _leaks(text, name)

    @pytest.mark.parametrize(
        ("text", "word"),
        [
            ("پسرعموم سیاوش رفت و مدارکش دست اونه.", "رفت"),
            ("همکارم گفت که پول نمیده", "همکارم گفت"),
            ("داداشم رفت سر کار", "داداشم رفت"),
        ],
    )
    def test_the_verb_stays(self, text: str, word: str) -> None:
        assert word in redact(text)[0]


class TestTransferCodesAndPixKeys:
    """A money-transfer service's own word for its code ("Remitly transfer code ...", "Ria
    PIN ...") and a Pix key of any kind, the random one too ("chave aleatória <uuid>"), are a
    payment; "o pix é rápido" and an amount sent by a service stay."""

    @pytest.mark.parametrize(
        ("text", "value"),
        [
            ("Remitly transfer code R-8A2B-99QX, he took the money", "R-8A2B-99QX"),
            ("Ria PIN 12345678 para cobrar", "12345678"),
            (
                "a chave aleatória é 3f9c2a1b-7d4e-4c2a-9b1e-5a6f7c8d9e0f",
                "3f9c2a1b-7d4e-4c2a-9b1e-5a6f7c8d9e0f",
            ),
            ("Chave Pix: 123.456.789-09", "123.456.789-09"),
            ("pix: 3f9c2a1b-7d4e-4c2a-9b1e-5a6f7c8d9e0f", "5a6f7c8d9e0f"),
        ],
    )
    def test_the_code_goes(self, text: str, value: str) -> None:
        assert not _leaks(text, value)

    @pytest.mark.parametrize(
        "text",
        ["O pix é rápido, paguei 200 reais ontem.", "Mandei 300 dólares pela Western Union em 2022."],
    )
    def test_amounts_stay(self, text: str) -> None:
        assert redact(text)[0] == text
