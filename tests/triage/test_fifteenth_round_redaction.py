"""Issue 11, fifteenth round: e-mail addresses, postal codes, streets and names in the shapes new
writers used to slip them past a filter (train15), and the words beside them that must stay.
The sentences are the team's own; the names, numbers and addresses in them are made up."""

from __future__ import annotations

import pytest

from tests.triage.leaks import leaked
from triage.redaction import redact


def _leaks(text: str, value: str) -> bool:
    redacted, entities = redact(text)
    return leaked(text, redacted, entities, value)


class TestAnAddressWithItsDotsSaid:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("email: ana.lopez@gmail dot com", "email: [EMAIL]"),
            ("email: ana.lopez@gmail (dot) ca please", "email: [EMAIL] please"),
            ("écris à ana@videotron point qc point ca", "écris à [EMAIL]"),
            ("mail ana@gmail dot the rest", "mail [EMAIL] dot the rest"),
        ],
    )
    def test_the_spoken_domain_ending_is_part_of_the_address(self, text: str, expected: str) -> None:
        assert redact(text)[0] == expected

    @pytest.mark.parametrize(
        ("text", "address"),
        [
            ("пошта: olena собачка ukr крапка net", "olena собачка ukr крапка net"),
            ("почта: ivan.petrov собачка mail точка ru", "ivan.petrov собачка mail точка ru"),
            ("ईमेल: raj.kumar एट द रेट gmail डॉट com", "raj.kumar एट द रेट gmail डॉट com"),
            ("मेरा ईमेल raj.kumar एट gmail डॉट com है", "raj.kumar एट gmail डॉट com"),
            ("email ko: maria.santos sa gmail tuldok com", "maria.santos sa gmail tuldok com"),
        ],
    )
    def test_the_at_and_dot_words_of_more_languages(self, text: str, address: str) -> None:
        assert "[EMAIL]" in redact(text)[0]
        assert not _leaks(text, address)

    @pytest.mark.parametrize(
        "text",
        [
            "tumakas ako, nasa likod ako ng 7-eleven sa Vaughan. yung anak ng amo ko",
            "nasa bahay ako sa gmail ko nakita ang mensahe",
            "nag-apply si ate sa outlook dati",
        ],
    )
    def test_tagalog_sa_is_no_at_sign_without_a_mail_domain_and_a_user_name(self, text: str) -> None:
        assert redact(text)[0] == text

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("邮箱是wangfang123艾特163点com谢谢", "邮箱是[EMAIL]谢谢"),
            ("邮箱 li.na艾特qq點com", "邮箱 [EMAIL]"),
            ("邮箱 li.na 艾特 gmail", "邮箱 [EMAIL]"),
            ("البريد: sara.m على hotmail.com", "البريد: [EMAIL]"),
        ],
    )
    def test_a_chinese_at_glued_and_an_arabic_on(self, text: str, expected: str) -> None:
        assert redact(text)[0] == expected

    @pytest.mark.parametrize(
        "text", ["我艾特他了，他在qq群里", "老板艾特我说 3点 来", "نمت على الأرض 3 شهور", "قال abhi على me"]
    )
    def test_a_mention_and_on_the_floor_stay(self, text: str) -> None:
        assert redact(text)[0] == text


class TestCanadianPostalCodesTypedApart:
    @pytest.mark.parametrize(
        ("text", "code"),
        [
            ("code postal H2X  1Y4.", "H2X  1Y4"),
            ("code H2X.1Y4 svp", "H2X.1Y4"),
            ("postal h2x - 1y4 ok", "h2x - 1y4"),
            ("it's H 2 X 1 Y 4 near the park", "H 2 X 1 Y 4"),
            ("zip H2X/1Y4", "H2X/1Y4"),
        ],
    )
    def test_the_code_is_redacted(self, text: str, code: str) -> None:
        assert "[ADDRESS]" in redact(text)[0]
        assert not _leaks(text, code)

    @pytest.mark.parametrize(
        "text",
        [
            "the bus A 1 and a 2 x 4 truck, grade B 2 c 3 d",
            "vers 6 h 30 le 3 juin, 4 x 4",
            "I paid 2 x 40 dollars, room A 2 B",
        ],
    )
    def test_letters_and_digits_that_are_no_code_stay(self, text: str) -> None:
        assert redact(text)[0] == text


def test_a_haitian_boulevard_with_its_number_is_an_address() -> None:
    text = "m rete 6780 boulvard Pie-IX, apatman 3, Montreyal"
    assert not _leaks(text, "6780 boulvard Pie-IX")
    assert redact(text)[0].endswith("Montreyal")


class TestNamesNewWritersUsed:
    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("Jenalyn po pangalan niya.", "Jenalyn"),
            ("Nasa Dubai ang kapatid ko. Marites po ang pangalan niya.", "Marites"),
            ("मेरी बेटी हरलीन कनाडा में स्टडी वीज़ा पर है", "हरलीन"),
            ("मेरा भाई गुरप्रीत दुबई में फंसा है", "गुरप्रीत"),
        ],
    )
    def test_the_name_is_redacted(self, text: str, name: str) -> None:
        assert not _leaks(text, name)

    @pytest.mark.parametrize(
        ("text", "kept"),
        [
            ("मेरी बेटी पहले कनाडा में थी", "पहले कनाडा"),
            ("मेरा बेटा पिछले साल कनाडा गया था", "पिछले साल"),
            ("मेरा बेटा अगले महीने दुबई जाएगा", "अगले महीने"),
            ("मेरी बहन अब टोरंटो में है", "अब टोरंटो"),
            ("मेरे सौतेले पिता यहीं कनाडा में शादी करवा रहे हैं", "यहीं कनाडा"),
            ("দালাল বলেছিল Canada তে ফ্যাক্টরির চাকরি", "বলেছিল Canada"),
        ],
    )
    def test_times_and_adverbs_after_a_relative_stay(self, text: str, kept: str) -> None:
        assert kept in redact(text)[0]


class TestAnIpWithItsDotsHidden:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("ip 192[.]168[.]0[.]12 ok", "ip [IP] ok"),
            ("ip 192 [.] 168 [.] 0 [.] 12", "ip [IP]"),
            ("IP: 10 dot 0 dot 0 dot 7", "IP: [IP]"),
            ("adresse IP 172 point 16 point 254 point 3", "adresse IP [IP]"),
            ("IP 192(.)168(.)1(.)20", "IP [IP]"),
        ],
    )
    def test_the_address_is_redacted(self, text: str, expected: str) -> None:
        assert redact(text)[0] == expected

    @pytest.mark.parametrize("text", ["version 1 dot 2 dot 3 dot 400 of the app", "I worked 12 (.) 5 hours"])
    def test_no_valid_address_stays(self, text: str) -> None:
        assert redact(text)[0] == text


@pytest.mark.parametrize(
    ("text", "house"),
    [("квартира 12, дом 45 по улице Ленина", "дом 45"), ("кв. 7, буд. 12, вул. Шевченка", "буд. 12")],
)
def test_the_house_number_after_a_flat_is_part_of_the_address(text: str, house: str) -> None:
    assert not _leaks(text, house)


class TestChineseIdCues:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("工作许可号U123456789 .", "工作许可号[ID_NUMBER] ."),
            ("驾照T6352150689在老板那里", "驾照[ID_NUMBER]在老板那里"),
            ("社会保险号946454286", "社会保险号[ID_NUMBER]"),
        ],
    )
    def test_the_number_after_the_cue_is_an_id(self, text: str, expected: str) -> None:
        assert redact(text)[0] == expected

    @pytest.mark.parametrize("text", ["工签3年，驾照考了2次", "身份证在家里，12个人住一间"])
    def test_years_and_counts_after_a_cue_stay(self, text: str) -> None:
        assert redact(text)[0] == text


class TestQuebecAndHindiStreets:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("1234, 5e Avenue, Shawinigan", "[ADDRESS], Shawinigan"),
            ("1234 4e Rue, Québec", "[ADDRESS], Québec"),
            ("écrivez au casier postal 1234", "écrivez au [ADDRESS]"),
            ("I live at 4520 St-Denis #3", "I live at [ADDRESS]"),
            ("हम 4520 सेंट-डेनिस स्ट्रीट, फ्लैट 3 में रहते हैं", "हम [ADDRESS], [ADDRESS] में रहते हैं"),
            ("मैं 1200 ब्रैमली रोड, ब्रैम्पटन में रहती हूँ", "मैं [ADDRESS], ब्रैम्पटन में रहती हूँ"),
        ],
    )
    def test_the_address_is_redacted(self, text: str, expected: str) -> None:
        assert redact(text)[0] == expected

    @pytest.mark.parametrize(
        ("text", "kept"),
        [
            ("Tôi đang trốn trong nhà kho tầng 4, 250 Queens Quay West, Toronto.", "tầng 4, "),
            ("2 दिन से स्ट्रीट पर हूँ", "2 दिन से स्ट्रीट"),
            ("12 लोग रोड पर काम करते हैं", "12 लोग रोड"),
            ("in 2019, 5 rue Ontario", "in 2019, "),
            ("il a 3 filles rue Ontario", "il a 3 filles "),
            ("en 2019, la 5e rue à gauche", "en 2019, la 5e rue à gauche"),
        ],
    )
    def test_a_floor_a_time_and_a_count_before_a_street_stay(self, text: str, kept: str) -> None:
        assert kept in redact(text)[0]
