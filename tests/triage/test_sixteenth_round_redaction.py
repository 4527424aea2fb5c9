"""Issue 11, sixteenth round: personal data written by professionals (phone extensions, file
numbers) and the leaks of earlier rounds' notes (phones split by double slashes or tabs, spaced
passport numbers, rural addresses, health cards in lower case, a case number read as a time).
The sentences are the team's own; the names, numbers and addresses in them are made up."""

from __future__ import annotations

import pytest

from tests.triage.leaks import leaked
from triage.redaction import redact


def _leaks(text: str, value: str) -> bool:
    redacted, entities = redact(text)
    return leaked(text, redacted, entities, value)


class TestAPhoneSplitToSlipPastAFilter:
    @pytest.mark.parametrize(
        ("text", "phone"),
        [
            ("Call me at 514 // 555 // 0123 tonight", "514 // 555 // 0123"),
            ("mi número 438 // 555 // 0177, llámame", "438 // 555 // 0177"),
            ("nimewo m se 514//555//0199", "514//555//0199"),
            ("Mon numéro: 514\t555\t0123", "514\t555\t0123"),
            ("телефон 416\t555\t0188 звоните вечером", "416\t555\t0188"),
        ],
    )
    def test_double_slashes_and_tabs_do_not_hide_a_phone(self, text: str, phone: str) -> None:
        assert "[PHONE]" in redact(text)[0]
        assert not _leaks(text, phone)

    @pytest.mark.parametrize(
        "text",
        ["le score était 3 // 2 à la mi-temps", "on était 12\tpersonnes dans la maison"],
    )
    def test_short_numbers_split_so_stay(self, text: str) -> None:
        assert redact(text)[0] == text


class TestAPhoneExtensionGoesWithItsNumber:
    @pytest.mark.parametrize(
        ("text", "phone"),
        [
            ("consulado en Montreal (tel 514-555-0140, ext. 221). Tenemos", "514-555-0140, ext. 221"),
            ("Liên hệ: 416-555-0120 máy lẻ 3", "416-555-0120 máy lẻ 3"),
            ("Appelez-moi au 514-555-0140 poste 3307 demain", "514-555-0140 poste 3307"),
            ("call 514-555-0140 ext. 12 after 5", "514-555-0140 ext. 12"),
            ("call 613-555-0100 x221", "613-555-0100 x221"),
            ("ligue para 416 555 0100 ramal 45", "416 555 0100 ramal 45"),
            ("звоните 416-555-0100 доб. 118", "416-555-0100 доб. 118"),
            ("appelez au (514) 555-0199 #221", "(514) 555-0199 #221"),
            ("연락처 416-555-0199 내선 221", "416-555-0199 내선 221"),
            ("हमारा नंबर 416-555-0199 एक्सटेंशन 221 है", "416-555-0199 एक्सटेंशन 221"),
            ("kantor kami 416-555-0199 pesawat 221", "416-555-0199 pesawat 221"),
        ],
    )
    def test_the_extension_is_part_of_the_phone(self, text: str, phone: str) -> None:
        assert not _leaks(text, phone)
        assert redact(text)[0].count("[PHONE]") == 1

    def test_a_word_after_a_phone_that_is_no_extension_stays(self) -> None:
        text = "appelle le 514-555-0140 poste de police de Laval"
        assert redact(text)[0] == "appelle le [PHONE] poste de police de Laval"


class TestAFileNumberWithLettersAndDashes:
    @pytest.mark.parametrize(
        ("text", "number"),
        [
            ("Чи є стипендії для постраждалих? Файл № TOR-SW-6612", "TOR-SW-6612"),
            ("Подскажите, что делать. Дело № MTL-QC-4471", "MTL-QC-4471"),
            ("File no. TOR-SW-6612, thanks", "TOR-SW-6612"),
            ("Suivi du dossier no. MTL-QC-4471 : il a son permis", "MTL-QC-4471"),
        ],
    )
    def test_the_letters_before_the_digits_go_with_them(self, text: str, number: str) -> None:
        redacted = redact(text)[0]
        assert "[ID_NUMBER]" in redacted
        assert not _leaks(text, number)
        assert "-" not in redacted.split("[ID_NUMBER]")[0][-2:]

    @pytest.mark.parametrize(
        ("text", "number"),
        [
            ("Nimewo dosye m se UCI 1104-8876. Kote pou m kòmanse?", "UCI 1104-8876"),
            ("Dosye m se 8834-1120, m bezwen yon avoka", "8834-1120"),
            ("pèmi travay mwen: U104 882 315", "U104 882 315"),
        ],
    )
    def test_haitian_creole_file_and_permit_cues(self, text: str, number: str) -> None:
        assert "[ID_NUMBER]" in redact(text)[0]
        assert not _leaks(text, number)


class TestACaseNumberThatLooksLikeATime:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("ما بعرف شو أعمل. رقم القضية 21-H-0447", "ما بعرف شو أعمل. رقم القضية [ID_NUMBER]"),
            ("Case # 21-H-0447 at the Brampton court", "Case # [ID_NUMBER] at the Brampton court"),
            ("mon dossier 21-H-0447 au tribunal", "mon dossier [ID_NUMBER] au tribunal"),
        ],
    )
    def test_a_letter_between_dashes_is_part_of_the_number(self, text: str, expected: str) -> None:
        assert redact(text)[0] == expected

    @pytest.mark.parametrize(
        "text",
        ["le bus part à 21 h ce soir", "on a travaillé 12 h par jour", "a 12-hour shift, 7 days"],
    )
    def test_hours_stay(self, text: str) -> None:
        assert redact(text)[0] == text


class TestAPassportNumberSpacedOut:
    @pytest.mark.parametrize(
        "text",
        [
            "my passport A B 1 2 3 4 5 6 is with the boss",
            "numéro de passeport : A B 1 2 3 4 5 6",
            "el patrón tiene mi pasaporte X Y 9 8 7 6 5 4",
            "passaporte nº F Z 4 8 2 9 1 3, ele ficou com ele",
        ],
    )
    def test_the_spaced_letters_and_digits_are_one_number(self, text: str) -> None:
        redacted = redact(text)[0]
        assert "[ID_NUMBER]" in redacted
        assert not any(ch.isdigit() for ch in redacted)
        assert " A B " not in redacted and " X Y " not in redacted and " F Z " not in redacted

    @pytest.mark.parametrize(
        "text",
        ["il a pris mon passeport 2 ou 3 fois", "we are 4 5 6 people here"],
    )
    def test_a_few_spaced_digits_stay(self, text: str) -> None:
        assert redact(text)[0] == text


class TestAQuebecHealthCardInLowerCase:
    @pytest.mark.parametrize(
        ("text", "number"),
        [
            ("ma carte soleil: trem 8501 1234, il l'a gardée", "trem 8501 1234"),
            ("RAMQ trem85011234", "trem85011234"),
            ("his health card is lavm 9203 1512", "lavm 9203 1512"),
            ("mi tarjeta de salud: Gonj 7562 2810", "Gonj 7562 2810"),
        ],
    )
    def test_four_letters_and_eight_digits_are_one_card(self, text: str, number: str) -> None:
        assert "[ID_NUMBER]" in redact(text)[0]
        assert not _leaks(text, number)

    def test_a_word_before_eight_digits_that_cannot_be_a_birth_date_stays(self) -> None:
        assert redact("dial 1234 5678 now")[0].startswith("dial ")


def test_a_cue_that_ends_a_sentence_does_not_reach_the_next_one() -> None:
    text = "Пишу насчёт моего дело. 2019 году меня продали"
    assert "2019" in redact(text)[0]


class TestARuralAddress:
    @pytest.mark.parametrize(
        ("text", "address"),
        [
            ("We're at RR 2, Site 5, Comp 12, Grande Prairie. Please come", "RR 2, Site 5, Comp 12"),
            ("on est au R.R. 3, Site 14, Comp 7 près de Bonnyville", "R.R. 3, Site 14, Comp 7"),
            ("la ferme est au lot 12, rang Saint-Joseph, à Saint-Rémi", "lot 12, rang Saint-Joseph"),
            ("écrivez-moi à la C.P. 45, Saint-Jacques", "C.P. 45"),
            ("mi dirección es Site 9 Comp 31, cerca de Brooks", "Site 9 Comp 31"),
            ("Box 45, RR 1, Lac La Biche", "Box 45, RR 1"),
        ],
    )
    def test_rural_routes_lots_and_post_boxes_are_addresses(self, text: str, address: str) -> None:
        assert "[ADDRESS]" in redact(text)[0]
        assert not _leaks(text, address)

    @pytest.mark.parametrize(
        ("text", "kept"),
        [
            ("RR 2, Grande Prairie", "Grande Prairie"),
            ("la ferme est au lot 12, rang Saint-Joseph, à Saint-Rémi", "Saint-Rémi"),
            ("I worked a lot, 12 hours a day, in Brooks", "12 hours"),
            ("the website is down, try again", "website"),
        ],
    )
    def test_the_town_and_the_words_around_stay(self, text: str, kept: str) -> None:
        assert kept in redact(text)[0]


class TestAHotelRoomPinsWhereSomeoneIs:
    """A room number in a hotel or motel says where a person can be found right now, as an
    apartment number does: an ADDRESS (the writers labelled it so), whatever the language."""

    @pytest.mark.parametrize(
        "text",
        [
            "Je suis à la chambre 23 du motel, il revient ce soir",
            "front desk here, the girl is in Room 309",
            "ela está no quarto 312 do hotel, socorro",
            "я в отеле, номер 418, он забрал паспорт",
            "ми в готелі, номер 27, приходьте",
            "em ở phòng 305 khách sạn",
        ],
    )
    def test_a_room_number_is_an_address(self, text: str) -> None:
        redacted = redact(text)[0]
        assert "[ADDRESS]" in redacted
        assert not any(ch.isdigit() for ch in redacted)

    @pytest.mark.parametrize(
        "text",
        [
            "в отеле работают 12 человек, мой номер 416 555 0123",
            "я работала в отеле, номер телефона потеряла",
            "ganho 50 đô một ngày no hotel",
        ],
    )
    def test_a_number_that_is_no_room_is_not_taken_for_one(self, text: str) -> None:
        assert "[ADDRESS]" not in redact(text)[0]


class TestAHandleInBracketsAfterItsApp:
    @pytest.mark.parametrize(
        ("text", "handle"),
        [
            ("J'ai vu des messages sur son Snap (mel.rose2009). On est à Québec.", "mel.rose2009"),
            ("he added her on insta (lily_902) last week", "lily_902"),
            ("me escribe por telegram (@dany.flor08) todas las noches", "@dany.flor08"),
        ],
    )
    def test_the_user_name_in_brackets_is_a_handle(self, text: str, handle: str) -> None:
        assert "[HANDLE]" in redact(text)[0]
        assert not _leaks(text, handle)

    def test_words_in_brackets_after_an_app_stay(self) -> None:
        text = "elle est sur Snap (pas Instagram) tout le temps"
        assert redact(text)[0] == text

    @pytest.mark.parametrize(
        "text",
        ["J'ai vu des messages sur son Snap, c'est grave?", "her son Instagram account is private"],
    )
    def test_the_app_is_no_name(self, text: str) -> None:
        assert "[PERSON]" not in redact(text)[0]


class TestABankBranchBeforeItsAccount:
    @pytest.mark.parametrize(
        ("text", "account"),
        [
            ("pago 2 mil pra conta dela, agência 0341 conta 45872-9. Durmo", "agência 0341 conta 45872-9"),
            ("deposité en la sucursal 0452, cuenta 0123456789", "sucursal 0452, cuenta 0123456789"),
            ("he sent it to transit 00123 account 7654321", "transit 00123 account 7654321"),
        ],
    )
    def test_the_branch_goes_with_the_account(self, text: str, account: str) -> None:
        assert "[PAYMENT]" in redact(text)[0]
        assert not _leaks(text, account)

    def test_the_amount_before_stays(self) -> None:
        text = "já tinha pago 2 mil pra conta dela, agência 0341 conta 45872-9"
        assert "2 mil" in redact(text)[0]


class TestANameAfterANicknameOrATitle:
    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("trabalho com um empreiteiro português, o Zé Manel. Paga em dinheiro", "Zé Manel"),
            ("o Zé Carlos me bateu ontem", "Zé Carlos"),
            ("جزاكم الله خيراً. الشيخ عبد الرحمن", "عبد الرحمن"),
            ("الشيخ يوسف قال لي أن أكتب لكم", "يوسف"),
        ],
    )
    def test_the_whole_name_is_taken(self, text: str, name: str) -> None:
        assert not _leaks(text, name)

    @pytest.mark.parametrize(
        "text",
        ["eu trabalho para o Zé na obra", "أنا إمام مسجد في هاملتون"],
    )
    def test_the_words_after_stay(self, text: str) -> None:
        redacted = redact(text)[0]
        assert "na obra" in redacted or "مسجد في هاملتون" in redacted


def test_the_vietnamese_word_for_centre_is_no_name() -> None:
    text = "tôi là nhân viên xã hội của Trung tâm Cộng đồng Việt ở Calgary, anh Trung nhờ tôi viết"
    assert redact(text)[0] == (
        "tôi là nhân viên xã hội của Trung tâm Cộng đồng Việt ở Calgary, anh [PERSON] nhờ tôi viết"
    )


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Thank you. Our reference: 24/0871", "24/0871"),
        ("Nuestra referencia es 2024-0081-B, gracias", "2024-0081-B"),
        ("N/Réf. 4471-22 : dossier suivi par la travailleuse sociale", "4471-22"),
    ],
)
def test_a_reference_number_is_an_id(text: str, number: str) -> None:
    assert "[ID_NUMBER]" in redact(text)[0]
    assert not _leaks(text, number)
