"""Issue 11, fifteenth round: phone numbers spelled in words the way new writers hid them, in
hundreds and tens (Russian, Ukrainian, Romanian), with the words people say for a digit (Brazilian
"meia", Taglish "siyete", Haitian "de"), in Hindi, and in Chinese numerals mixed with digits;
and the counts, hours and amounts said in the same words that must stay. The sentences are the
team's own; the numbers in them are made up."""

from __future__ import annotations

import pytest

from tests.triage.leaks import leaked
from triage.redaction import redact


def _leaks(text: str, value: str) -> bool:
    redacted, entities = redact(text)
    return leaked(text, redacted, entities, value)


class TestHundredsAndTens:
    @pytest.mark.parametrize(
        ("text", "phone"),
        [
            (
                "позвони пятьсот четырнадцать пятьсот пятьдесят пять двенадцать тридцать четыре",
                "пятьсот четырнадцать пятьсот пятьдесят пять двенадцать тридцать четыре",
            ),
            (
                "мой номер восемь девятьсот шестнадцать сто двадцать три сорок пять шестьдесят семь",
                "восемь девятьсот шестнадцать сто двадцать три сорок пять шестьдесят семь",
            ),
            (
                "дзвони п'ятсот чотирнадцять п'ятсот п'ятдесят п'ять дванадцять тридцять чотири",
                "п'ятсот чотирнадцять п'ятсот п'ятдесят п'ять дванадцять тридцять чотири",
            ),
            (
                "sunați la cinci sute paisprezece cinci sute cincizeci și cinci"
                " doisprezece treizeci și patru",
                "cinci sute paisprezece cinci sute cincizeci și cinci doisprezece treizeci și patru",
            ),
        ],
    )
    def test_the_phone_is_redacted(self, text: str, phone: str) -> None:
        assert redact(text)[0].count("[PHONE]") == 1
        assert not _leaks(text, phone)

    @pytest.mark.parametrize(
        "text",
        [
            "работал двенадцать часов в день, платили пятьсот рублей, жили восемь человек",
            "сто двадцать долларов за сорок часов, двадцать пять лет",
            "працювала дванадцять годин, п'ятсот гривень, сорок днів",
            "am lucrat paisprezece ore pe zi, cinci sute de lei, treizeci de zile",
            "două sute cincizeci de euro pe lună și doisprezece ore",
        ],
    )
    def test_hours_amounts_and_counts_stay(self, text: str) -> None:
        assert redact(text)[0] == text


class TestTheWordsSaidForADigit:
    @pytest.mark.parametrize(
        ("text", "phone"),
        [
            ("me liga nove meia meia cinco cinco meia dois um", "nove meia meia cinco cinco meia dois um"),
            (
                "tawag ka sa siyete dos singko, singko singko singko, sero uno dos tres",
                "siyete dos singko, singko singko singko, sero uno dos tres",
            ),
            (
                "rele m senk en kat, senk senk senk, zewo en de twa",
                "senk en kat, senk senk senk, zewo en de twa",
            ),
            (
                "rele m nan senk youn kat senk senk senk zewo youn de twa",
                "senk youn kat senk senk senk zewo youn de twa",
            ),
        ],
    )
    def test_the_phone_is_redacted_whole(self, text: str, phone: str) -> None:
        assert not _leaks(text, phone)

    @pytest.mark.parametrize(
        "text",
        [
            "três e meia da tarde, meia hora, meia dúzia de pessoas",
            "trabalho das nove e meia às dez e meia, seis dias",
            "siyete kami sa kwarto, otso oras",
            "mwen gen senk pitit, de ladan yo malad, twa semèn",
            "nou te 12 de 2024 nan kay la, senk de yo",
            "le 12 de 03 de 2024",
            "el 8 de 10 de 2020 llegué, trabajé 2 de 3 turnos",
        ],
    )
    def test_half_hours_counts_and_dates_stay(self, text: str) -> None:
        assert redact(text)[0] == text


class TestHindiDigits:
    @pytest.mark.parametrize(
        ("text", "phone"),
        [
            (
                "मेरा नंबर पाँच एक चार पाँच पाँच पाँच शून्य एक दो तीन है",
                "पाँच एक चार पाँच पाँच पाँच शून्य एक दो तीन",
            ),
            ("मेरा नंबर नौ आठ सात छह पांच चार तीन दो एक शून्य", "नौ आठ सात छह पांच चार तीन दो एक शून्य"),
            ("मेरा नंबर पांच एक चार 555 0123 है", "पांच एक चार 555 0123"),
        ],
    )
    def test_the_phone_is_redacted(self, text: str, phone: str) -> None:
        redacted = redact(text)[0]
        assert "[PHONE]" in redacted
        assert not _leaks(text, phone)
        assert redacted.endswith(text[text.index(phone) + len(phone) :])  # "है" stays

    @pytest.mark.parametrize(
        "text",
        [
            "दो तीन दिन से खाना नहीं मिला, चार पांच लोग हैं",
            "हम सात आठ लोग एक कमरे में, दस बारह घंटे काम",
            "एजेंट ने पच्चीस लाख रुपये लिए, एक दो तीन चार पांच छह सात लाख",
        ],
    )
    def test_counts_and_amounts_stay(self, text: str) -> None:
        assert redact(text)[0] == text


class TestChineseNumerals:
    @pytest.mark.parametrize(
        ("text", "phone"),
        [
            ("电话 138 五五五 0123", "138 五五五 0123"),
            ("电话壹叁捌伍伍伍零壹贰叁", "壹叁捌伍伍伍零壹贰叁"),
            ("我的电话是 一三八 - 〇〇一三 - 八〇〇〇", "一三八 - 〇〇一三 - 八〇〇〇"),
            ("打幺三八五五五零幺两三", "幺三八五五五零幺两三"),
        ],
    )
    def test_the_phone_is_redacted(self, text: str, phone: str) -> None:
        # glued to the word before, eleven digits may be read as an id: hidden either way
        assert redact(text)[0].count("[") == 1
        assert not _leaks(text, phone)

    @pytest.mark.parametrize(
        "text",
        [
            "我一天工作十二个小时，一个月三千块，2024年5月1日来的",
            "五一 2024 10 月",
            "老板说两三个月以后再给钱，已经欠了 15000 元",
            "2023年十二月到2024年三月，每天12小时",
        ],
    )
    def test_dates_hours_and_amounts_stay(self, text: str) -> None:
        assert redact(text)[0] == text


class TestWordsBeforeAPhoneInDigits:
    @pytest.mark.parametrize(
        ("text", "phone"),
        [
            ("позвони восемь 916 123 45 67", "восемь 916 123 45 67"),
            ("رقمي صفر خمسة خمسة ١٢٣ ٤٥٦٧", "صفر خمسة خمسة ١٢٣ ٤٥٦٧"),
            ("call 5one4 555 O123", "5one4 555 O123"),
        ],
    )
    def test_the_words_join_the_phone(self, text: str, phone: str) -> None:
        assert redact(text)[0].count("[PHONE]") == 1
        assert not _leaks(text, phone)

    @pytest.mark.parametrize(
        ("text", "kept"),
        [
            ("on était 8 hommes, appelle le 514 555 0123", "8 hommes"),
            ("we are two, call 514 555 0123", "we are two"),
            ("cinq personnes au 514 555 0123", "cinq personnes"),
            ("on est une 514 555 0123", "on est une "),
        ],
    )
    def test_counts_and_everyday_words_before_a_phone_stay(self, text: str, kept: str) -> None:
        assert kept in redact(text)[0]


class TestDigitsThatAreNoDecimalDigits:
    @pytest.mark.parametrize(
        "text",
        ["text ①②③④⑤⑥⑦⑧⑨⓪", "text ⁵¹⁴⁵⁵⁵⁰¹²³", "text ➎➊➍ ➎➎➎ ⓪➊➋➌", "номер: +7 916 ОOО 45 67"],
    )
    def test_the_phone_is_redacted(self, text: str) -> None:
        redacted = redact(text)[0]
        assert redacted.count("[") == 1  # ten digits glued may be read as an id: hidden either way
        assert not any(char.isalnum() for char in redacted.split(" ", 1)[1].split("[", 1)[0])
        assert redacted.endswith("]")

    @pytest.mark.parametrize(
        "text",
        [
            "работаю в ООО 12 часов в день за 500 рублей",
            "50 m² pour 6 personnes",
            "① passport ② money ③ phone",
        ],
    )
    def test_a_company_a_square_metre_and_a_list_stay(self, text: str) -> None:
        assert redact(text)[0] == text


class TestHindiDigitsInLatinLetters:
    def test_the_phone_is_redacted(self) -> None:
        text = "mera number: nau aath saat chhe paanch chaar teen do ek shunya, call karo"
        assert redact(text)[0] == "mera number: [PHONE], call karo"

    @pytest.mark.parametrize(
        "text",
        [
            "main do saal se yahan hoon, ek kamre mein char log, teen mahine se paisa nahi",
            "I do 2 jobs, sat 10 hours, das ist 3 mal",
            "agent ne 25 lakh liye, das hazaar aur",
        ],
    )
    def test_everyday_words_stay(self, text: str) -> None:
        assert redact(text)[0] == text


class TestAPhoneSplitByCommas:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("call 514, 555, 0123", "call [PHONE]"),
            ("call 514,555,0123 now", "call [PHONE] now"),
            ("tel 138，0013，8000", "tel [PHONE]"),
            ("电话 138、0013、8000", "电话 [PHONE]"),
            ("微信电话：幺三八，零零幺三，八零零零", "微信电话：[PHONE]"),
        ],
    )
    def test_the_phone_is_redacted(self, text: str, expected: str) -> None:
        assert redact(text)[0] == expected

    @pytest.mark.parametrize(
        "text",
        [
            "I paid 200, 300, 1500 dollars",
            "in 2019, 2020, 2021 I worked",
            "rooms 101, 102, 103, 104",
            "it cost 1,500,000 pesos",
        ],
    )
    def test_lists_years_and_amounts_stay(self, text: str) -> None:
        assert redact(text)[0] == text


class TestWideSpacesAndArabicCommas:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("電話：５１４　５５５　０１２３", "電話：[PHONE]"),
            ("SIN：０４６　４５４　２８６", "SIN：[ID_NUMBER]"),
            ("code postal Ｈ２Ｘ　１Ｙ４", "code postal [ADDRESS]"),
            ("رقمي ٥١٤،٥٥٥،٠١٢٣", "رقمي [PHONE]"),
        ],
    )
    def test_the_number_is_redacted(self, text: str, expected: str) -> None:
        assert redact(text)[0] == expected

    @pytest.mark.parametrize("text", ["第３　章，共１２　页", "عملت ٣،٤،٥ سنوات"])
    def test_chapters_pages_and_short_lists_stay(self, text: str) -> None:
        assert redact(text)[0] == text


class TestSpokenArabicAndVietnameseDigits:
    @pytest.mark.parametrize(
        ("text", "phone"),
        [
            ("رقمي صفر خمسه خمسه سبعه تمنيه تسعه اربعه تلاته", "صفر خمسه خمسه سبعه تمنيه تسعه اربعه تلاته"),
            ("رقمي زيرو خمسة خمسة واحد اتنين تلاتة اربعة", "زيرو خمسة خمسة واحد اتنين تلاتة اربعة"),
            (
                "số em: không chín linh tám, một hai ba, bốn lăm sáu",
                "không chín linh tám, một hai ba, bốn lăm sáu",
            ),
        ],
    )
    def test_the_phone_is_redacted(self, text: str, phone: str) -> None:
        assert redact(text)[0].count("[PHONE]") == 1
        assert not _leaks(text, phone)

    @pytest.mark.parametrize(
        "text",
        [
            "اشتغلت ست سنين، سبع ساعات في اليوم، خمس بنات في غرفة واحدة",
            "كانت الست تقفل الباب، عمري 17 سنة",
            "một trăm linh năm người, hai năm rồi",
        ],
    )
    def test_counts_and_everyday_words_stay(self, text: str) -> None:
        assert redact(text)[0] == text


class TestStarsBarsAndThaiWords:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("tel: 514*555*0123", "tel: [PHONE]"),
            ("tel: 514~555~0123", "tel: [PHONE]"),
            ("tel: 514 | 555 | 0123", "tel: [PHONE]"),
            ("โทร ศูนย์แปดหนึ่ง สองสามสี่ ห้าหกเจ็ดแปด", "โทร [PHONE]"),
        ],
    )
    def test_the_phone_is_redacted(self, text: str, expected: str) -> None:
        assert redact(text)[0] == expected

    @pytest.mark.parametrize(
        "text",
        ["3*4 = 12, 2~3 days, 10|20", "I paid 100 | 200 | 300 dollars", "ทำงานวันละสิบสองชั่วโมง สองสามวัน"],
    )
    def test_arithmetic_a_list_of_amounts_and_thai_counts_stay(self, text: str) -> None:
        assert redact(text)[0] == text
