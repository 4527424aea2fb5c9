"""Issue 11, thirteenth round: redaction of the shapes four new writers used (train13), told
by general rules, each with the words that must survive. The sentences are the team's own;
the names and numbers in them are made up."""

from __future__ import annotations

import pytest

from triage.redaction import redact


def _redacted(text: str) -> str:
    return redact(text)[0]


class TestKoreanNamesByRole:
    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("매니저 박영수는 월급을 안 줘요.", "박영수"),
            ("실장 정대현이 문을 잠갔어요.", "정대현"),
            ("브로커 한지민한테 돈을 빌렸어요.", "한지민"),
            ("고용주 서정우 때문에 무서워요.", "서정우"),
            ("김철수 사장이 협박해요.", "김철수"),
            ("업주는 장미란이라는 여자예요.", "장미란"),
        ],
    )
    def test_a_full_name_next_to_a_role_is_redacted(self, text: str, name: str) -> None:
        assert name not in _redacted(text)

    def test_a_family_name_alone_before_a_title_is_redacted(self) -> None:
        assert (
            _redacted("밴쿠버에서 박 사장이 여권을 뺏었어요.")
            == "밴쿠버에서 [PERSON] 사장이 여권을 뺏었어요."
        )

    @pytest.mark.parametrize(
        "text",
        [
            "사장 이야기를 들었어요.",
            "사장 차에서 잤어요.",
            "이상한 사장이 왔어요.",
            "한국인 사장이 때려요.",
            "여권은 사장이 갖고 있어요.",
            "언니 회사는 토론토에 있어요.",
            "이 사장이 매일 와요.",
            "카드도 사장이 가지고 있어요.",
        ],
    )
    def test_a_noun_next_to_a_role_stays(self, text: str) -> None:
        assert _redacted(text) == text

    def test_a_name_after_its_cue_ends_where_its_copula_is_glued(self) -> None:
        assert _redacted("제 이름은 이수진이고 토론토에 살아요.") == "제 이름은 [PERSON] 토론토에 살아요."

    def test_a_canadian_town_in_hangul_that_ends_the_message_stays(self) -> None:
        text = "같은 집 여자분이 밤마다 나가요. 버나비예요."
        assert _redacted(text) == text


class TestChineseNamesBeforeAVerbOfControl:
    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("老板刘建国拿走了我的护照。", "刘建国"),
            ("老板娘吴美玲收走了手机。", "吴美玲"),
            ("她男朋友郭涛逼她接客。", "郭涛"),
        ],
    )
    def test_a_name_after_a_relation_and_before_a_verb_is_redacted(self, text: str, name: str) -> None:
        assert name not in _redacted(text)

    @pytest.mark.parametrize(
        "text", ["我老公常常打我。", "老板打我，还扣工资。", "中介收了我们两万块。", "老板把护照拿走了。"]
    )
    def test_a_relation_and_its_verb_stay(self, text: str) -> None:
        assert _redacted(text) == text


class TestAddressShapes:
    def test_a_floor_before_the_flat_joins_the_address(self) -> None:
        assert _redacted("Brampton, 4. kat daire 318. Lütfen") == "Brampton, [ADDRESS]. Lütfen"

    def test_a_floor_alone_stays(self) -> None:
        text = "We are six on the 3rd floor of a motel in Laval."
        assert _redacted(text) == text

    def test_a_flat_in_latin_russian_joins_the_street_before_it(self) -> None:
        assert _redacted("Oakville, Lakeshore Rd W 210 kv 44. pomogite") == "Oakville, [ADDRESS]. pomogite"

    @pytest.mark.parametrize(
        "text",
        ["Lavoriamo a Bologna, in via Saragozza 118, senza paga.", "Ci tengono in via dei Pini 7 a Torino."],
    )
    def test_an_italian_via_street_with_its_number_is_redacted(self, text: str) -> None:
        redacted = _redacted(text)
        assert "[ADDRESS]" in redacted
        assert "Bologna" in redacted or "Torino" in redacted

    @pytest.mark.parametrize(
        "text",
        ["He sent it via Interac 300$ yesterday.", "We came via Toronto 2 days ago.", "Ask via WhatsApp."],
    )
    def test_via_as_a_preposition_stays(self, text: str) -> None:
        assert _redacted(text) == text


class TestContactsInNewObfuscations:
    def test_an_address_without_at_and_dot_is_redacted_after_a_shaped_user_name(self) -> None:
        assert _redacted("écris-moi: lena.v77 gmail com merci") == "écris-moi: [EMAIL] merci"

    @pytest.mark.parametrize("text", ["I have a gmail com account.", "Is gmail com safe?"])
    def test_a_provider_without_a_user_name_stays(self, text: str) -> None:
        assert _redacted(text) == text

    def test_a_soft_hyphen_before_a_dot_stays_inside_the_handle(self) -> None:
        assert _redacted("her insta is @mo\u00ad.river.fox now") == "her insta is [HANDLE] now"

    def test_a_soft_hyphen_before_digits_stays_inside_the_address(self) -> None:
        assert _redacted("mail: tara.n\u00ad2001 at gmail dot com") == "mail: [EMAIL]"

    def test_a_handle_after_an_app_and_a_name_between_commas_is_redacted(self) -> None:
        assert "kit.agency.ca" not in _redacted("He wrote on Messenger (as 'Kit', kit.agency.ca) again.")

    def test_a_reference_in_a_message_about_a_transfer_is_a_payment(self) -> None:
        text = "Elle reçoit un virement Interac chaque semaine (référence QX4T7pLm) d'un inconnu."
        assert "QX4T7pLm" not in _redacted(text)

    def test_a_reference_without_a_transfer_stays(self) -> None:
        text = "See reference 2 in the guide, page 14."
        assert _redacted(text) == text


class TestArabicFullNamesAfterARelation:
    def test_a_listed_family_name_after_a_first_name_is_redacted_with_it(self) -> None:
        assert _redacted("كفيلي فيصل خوري ماسك جوازي") == "كفيلي [PERSON] ماسك جوازي"


class TestHandlesOfMoreApps:
    @pytest.mark.parametrize(
        "text",
        ["카카오톡 아이디 hana0723 로 연락주세요", "카톡 id: yuna.s 입니다", "Snap'ten ekledi: deniz.1903"],
    )
    def test_a_user_name_after_the_app_and_its_id_word_is_redacted(self, text: str) -> None:
        assert "[HANDLE]" in _redacted(text)


class TestStreetNamedBeforeItsNumber:
    @pytest.mark.parametrize("text", ["We stay at Dundas St W 318, Toronto.", "Elm Street 45 in Moncton."])
    def test_a_street_its_type_and_its_number_are_redacted(self, text: str) -> None:
        assert "[ADDRESS]" in _redacted(text)

    @pytest.mark.parametrize(
        "text",
        [
            "Main Street 45 minutes away.",
            "I drive 15-16 hours a day.",
            "We are on Queen St E near the park.",
            "I worked on Dundas St 3 years ago.",
        ],
    )
    def test_a_number_that_is_no_door_stays(self, text: str) -> None:
        assert _redacted(text) == text


class TestTurkishWorkplaceRoles:
    @pytest.mark.parametrize(
        ("text", "name"),
        [("Aracı Tuncay borcum var diyor.", "Tuncay"), ("Ustabaşı Cengiz pasaportları aldı.", "Cengiz")],
    )
    def test_a_name_after_a_workplace_role_is_redacted(self, text: str, name: str) -> None:
        assert name not in _redacted(text)


class TestKeptWords:
    def test_a_place_named_in_two_words_after_from_stays(self) -> None:
        text = "I am from Costa Rica and I work in Markham."
        assert _redacted(text) == text

    def test_a_season_that_is_also_a_name_abroad_stays(self) -> None:
        text = "Ich habe letzten Sommer in Ontario ohne Lohn gearbeitet."
        assert _redacted(text) == text

    def test_a_word_in_another_script_after_a_latin_street_type_is_no_street(self) -> None:
        redacted = _redacted("В доме 2200 Maple Ave живут 8 человек.")
        assert "живут 8 человек" in redacted
        assert "Maple" not in redacted


class TestChineseNamesWithoutARelation:
    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("马老板不让我们出去。", "马"),
            ("何姐说明天要搬走。", "何"),
            ("老周把门锁上了。", "老周"),
            ("小邓也被骗了。", "小邓"),
            ("是郑凯把我们带到多伦多的。", "郑凯"),
            ("介绍人是袁立平，他说工作很好。", "袁立平"),
        ],
    )
    def test_a_family_name_with_a_title_a_familiar_prefix_or_a_cleft_is_redacted(
        self, text: str, name: str
    ) -> None:
        assert name not in _redacted(text)

    @pytest.mark.parametrize(
        "text", ["老板是中国人，很凶。", "房东是个好人。", "小时工资很低。", "老板马上就到。"]
    )
    def test_the_words_around_them_stay(self, text: str) -> None:
        assert _redacted(text) == text


class TestTurkishAndHaitianShapes:
    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("Sevgi abla bize yardım etti.", "Sevgi"),
            ("Nermin teyze kapıyı kilitledi.", "Nermin"),
            ("Burcu adında bir kız da burada.", "Burcu"),
            ("Yon nonm ki rele Wilfrid mennen nou isit.", "Wilfrid"),
        ],
    )
    def test_a_name_told_by_a_kin_title_after_it_or_a_naming_word_is_redacted(
        self, text: str, name: str
    ) -> None:
        assert name not in _redacted(text)

    @pytest.mark.parametrize(
        "text",
        [
            "Komşu teyze polisi aradı.",
            "Bugün hala maaş yok.",
            "Toronto adında bir şehirde yaşıyorum.",
            "Konbyen moun ki rele liy lan chak ane?",
        ],
    )
    def test_the_words_that_look_like_them_stay(self, text: str) -> None:
        assert _redacted(text) == text

    def test_a_door_number_with_the_korean_word_for_a_lot_is_part_of_the_street(self) -> None:
        assert _redacted("토론토 Steeles Ave 3180번지 지하에 있어요") == "토론토 [ADDRESS] 지하에 있어요"

    def test_a_tagalog_street_before_its_name_is_a_street(self) -> None:
        assert (
            _redacted("Nakatira kami sa Kalye Bonifacio 27 ngayon.") == "Nakatira kami sa [ADDRESS] ngayon."
        )

    def test_kalye_in_lower_case_without_a_name_stays(self) -> None:
        text = "Nasa kalye kami 3 araw na."
        assert _redacted(text) == text


class TestKoreanSignatures:
    @pytest.mark.parametrize("text", ["연락처: 010-2468-1357 한서윤", "도와주세요. 오지훈 드림"])
    def test_a_full_name_that_signs_the_message_is_redacted(self, text: str) -> None:
        assert "[PERSON]" in _redacted(text)

    @pytest.mark.parametrize("text", ["전화 416-555-0133 이번주", "지금 모텔이에요 416-555-0133 문자만"])
    def test_a_word_after_the_phone_stays(self, text: str) -> None:
        assert _redacted(text).endswith(text.split()[-1])
