"""Issue 11, twentieth round (helper red20): what partners, lawyers, clinics and journalists
write (case and file numbers, staff who sign, organisations and programmes), and the shapes of
round 20's messages that leaked or lost a word. The sentences are the team's own; the names and
numbers in them are made up."""

from __future__ import annotations

import pytest

from tests.triage.leaks import leaked
from triage.redaction import redact


def _leaks(text: str, value: str) -> bool:
    redacted, entities = redact(text)
    return leaked(text, redacted, entities, value)


class TestCaseAndFileNumbers:
    """A case, file, reference or application number after the word partners use for it, in
    each language ("n° de cas", "referans", "номер обращения", "案件编号", "केस नंबर"),
    a province's character between its dashes ("2024-粤-0567") and a closing letter ("88213-B")
    included."""

    @pytest.mark.parametrize(
        ("text", "number"),
        [
            ("Le n° de cas est 88213-B, merci de le citer.", "88213"),
            ("El número de caso es 88213-B y la referencia 2024-771.", "-B"),
            ("Reference number ko ay 88213, salamat po.", "88213"),
            ("Nimewo referans mwen se 88213.", "88213"),
            ("Cazul nr. 8821/2024, referința 44871.", "44871"),
            ("Mã hồ sơ 88213, thân chủ tôi ở Calgary.", "88213"),
            ("رقم القضية 88213 ورقم المرجع 55120", "55120"),
            ("Номер обращения 88213-Б, клиентка в Торонто.", "88213"),
            ("Номер звернення 88213, клієнтка в Едмонтоні.", "88213"),
            ("रेफरेंस नंबर 88213, क्लाइंट अभी ब्रैम्पटन में है।", "88213"),
            ("案件编号：2024-粤-0567，当事人目前在多伦多。", "0567"),
        ],
    )
    def test_the_number_is_redacted(self, text: str, number: str) -> None:
        assert not _leaks(text, number)


class TestStaffWhoSign:
    """A name after the role that introduces it ("Il caposquadra, Dritan,", "기자 최윤서입니다",
    "한동훈 목사,") or after a dash that signs a Korean message ("— 정하은"), even one that ends
    like a particle."""

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("Il caposquadra, Dritan, tiene i nostri permessi di lavoro.", "Dritan"),
            ("Il capocantiere Arben ci urla sempre.", "Arben"),
            ("안녕하세요, 캐나다 한국일보 기자 최윤서입니다. 연락처: 604-555-0135", "최윤서"),
            ("상담은 받고 싶어합니다. 한동훈 목사, 647-555-0198", "한동훈"),
            ("어떻게 신청하나요? — 정하은", "정하은"),
        ],
    )
    def test_the_name_is_redacted(self, text: str, name: str) -> None:
        assert not _leaks(text, name)


class TestWordsThatAreNoAddress:
    """ "On the street" said with the declined Russian and Ukrainian word ("выгонит на улицу без
    денег", "на вулиці біля вокзалу") is no street: a street after it is capitalised or numbered;
    a street type written in full before a full stop ends a sentence ("the right place. Two")."""

    @pytest.mark.parametrize(
        ("text", "kept"),
        [
            ("Он выгонит меня на улицу без документов и денег.", "улицу без документов"),
            ("Я живу на улице уже неделю, помогите.", "улице уже неделю"),
            ("а якщо відмовлюся — виселить нас на вулицю серед зими.", "вулицю серед зими"),
            ("Я ночую на вулиці біля вокзалу.", "вулиці біля вокзалу"),
            ("Not sure this is the right place. Two summers ago I worked at a lodge.", "Two summers ago"),
        ],
    )
    def test_the_words_stay(self, text: str, kept: str) -> None:
        assert kept in redact(text)[0]

    @pytest.mark.parametrize(
        ("text", "street"),
        [
            ("Я живу на улице Белангер.", "Белангер"),
            ("я живу на улице ленина 5", "ленина 5"),
            ("мы на вулиці Шевченка 12", "Шевченка"),
            ("I live at Place Ville-Marie now.", "Ville-Marie"),
        ],
    )
    def test_a_street_after_them_is_still_redacted(self, text: str, street: str) -> None:
        assert not _leaks(text, street)


class TestPhonesSplitByWords:
    """A phone's groups split by a word said between them ("then", "puis", "tapos", "потом",
    "फिर", "然后") or by dots said as a pause ("514 555 ... 0147"); three numbers joined by a
    conjunction ("100 and 200 and 3000") stay."""

    @pytest.mark.parametrize(
        ("text", "number"),
        [
            ("my number is 647 555, then 0143", "0143"),
            ("mon numéro 438 555 puis 0121 merci", "0121"),
            ("o meu número é 514 555 e depois 0162", "0162"),
            ("numero ko ay 0917 tapos 555 1234", "0917"),
            ("nimewo m se 514 555 ... 0147", "0147"),
            ("номер 416 555 потом 0199", "0199"),
            ("số em 604 555 rồi 0123", "0123"),
            ("मेरा नंबर 647 555 फिर 0143 है", "0143"),
            ("我的电话 647 555 然后 0143", "0143"),
        ],
    )
    def test_the_phone_is_redacted(self, text: str, number: str) -> None:
        assert not _leaks(text, number)

    @pytest.mark.parametrize(
        "text",
        ["I have 3 kids and 2 jobs, 100 and 200 and 3000", "in 2019 then 2020 then 2021"],
    )
    def test_numbers_joined_by_a_conjunction_stay(self, text: str) -> None:
        assert redact(text)[0] == text


class TestChineseNameBeforeAJob:
    """A Chinese full name right before the job of the partner who signs ("此致 王丽华律师",
    "李秀英 社工", "中心的陈建国主任"); a word before a job that is no full name stays."""

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("此致 王丽华律师 电话 416-555-0177", "王丽华"),
            ("谢谢！李秀英 社工", "李秀英"),
            ("联系中心的陈建国主任。", "陈建国"),
        ],
    )
    def test_the_name_is_redacted(self, text: str, name: str) -> None:
        assert not _leaks(text, name)

    @pytest.mark.parametrize(
        "text", ["我们需要一个华人社工帮忙。", "请帮我找一个多伦多律师。", "我想找移民律师。"]
    )
    def test_other_words_stay(self, text: str) -> None:
        assert redact(text)[0] == text


class TestOrganisationsAndProgrammesStay:
    """The organisation a partner signs for, after their job and a comma ("юрист, Центр помощи
    мигрантам", "lawyer, Centre for Justice"), and a programme's name after the word for
    programme, in quotes too ("programul Speranța", "программа «Надежда»"), stay; the closing of
    a Vietnamese letter ("Trân trọng,") is no family name. The person's name is still redacted."""

    @pytest.mark.parametrize(
        ("text", "kept", "name"),
        [
            ("Thanks, Amy Chen, lawyer, Centre for Justice", "Centre for Justice", "Amy Chen"),
            ("Gracias, Ana Ruiz, abogada, Centro Legal de Toronto", "Centro Legal", "Ana Ruiz"),
            ("Mulțumesc, Ana Pop, avocată, Centrul de Ajutor", "Centrul de Ajutor", "Ana Pop"),
            ("С уважением, Елена Смирнова, юрист, Центр помощи мигрантам", "Центр помощи", "Смирнова"),
            ("Дякую, Олена Шевчук, юристка, Центр допомоги біженцям", "Центр допомоги", "Шевчук"),
            ("Salamat, Ana Cruz, abogado, Sentro ng Migrante", "Sentro ng Migrante", "Ana Cruz"),
            ("Mèsi, Ana Joseph, avoka, Sant Kominotè Ayisyen", "Sant Kominotè Ayisyen", "Ana Joseph"),
            ("Je suis intervenante au CAVAC, programme Espoir, et à la Maison Marthe.", "Maison Marthe", ""),
            ("Lucrez la Asociația Românilor, programul Speranța.", "programul Speranța", ""),
            ("программа «Надежда» помогает женщинам", "«Надежда»", ""),
            ("Tôi tham gia chương trình Bình An ở Calgary.", "Bình An", ""),
            ("Trân trọng, Trần Minh Thư, điều phối viên", "Trân trọng", "Trần Minh Thư"),
        ],
    )
    def test_the_organisation_stays(self, text: str, kept: str, name: str) -> None:
        assert kept in redact(text)[0]
        assert not name or not _leaks(text, name)

    def test_a_name_in_quotes_after_a_relation_is_still_redacted(self) -> None:
        assert not _leaks("Моя сестра «Надежда» пропала", "Надежда")


class TestTownsInCyrillicStay:
    """Canadian towns and provinces in Cyrillic ("Ричмонд-Хилл", "Оквілл", "Реджайна",
    "Манітоба") are places: one that ends the message after a sentence is no signature, nor a
    town before its province ("Брендон, Манітоба")."""

    @pytest.mark.parametrize(
        ("text", "kept"),
        [
            ("телефон забрала, пишу с часов. Ричмонд-Хилл", "Ричмонд-Хилл"),
            ("Допоможіть. Оквілл", "Оквілл"),
            ("двері не замикаються. Реджайна", "Реджайна"),
            ("поки не підпишемо новий контракт. Брендон, Манітоба", "Брендон"),
            ("Може я помиляюсь. Онтаріо, Міссісага", "Онтаріо"),
        ],
    )
    def test_the_place_stays(self, text: str, kept: str) -> None:
        assert kept in redact(text)[0]


class TestHandlesOfMoreApps:
    """A user name after an app named with another Arabic spelling ("إنستغرام") or after a
    private messaging app ("Wickr:"); an app named in a sentence with no user name after it
    stays."""

    @pytest.mark.parametrize(
        ("text", "handle"),
        [
            ("إنستغرام: ahmad.jobs.ca", "jobs.ca"),
            ("Wickr: jobsman22", "jobsman22"),
        ],
    )
    def test_the_handle_is_redacted(self, text: str, handle: str) -> None:
        assert not _leaks(text, handle)

    @pytest.mark.parametrize(
        "text", ["I met him on Roblox and he asked for pics", "he found me on tinder yesterday"]
    )
    def test_the_app_alone_stays(self, text: str) -> None:
        assert redact(text)[0] == text


class TestProfileLinksOfMoreApps:
    """A group invitation or a profile link of the apps round 20's callers use
    ("chat.whatsapp.com/...", "zalo.me/0912...", "vm.tiktok.com/..."), and a link cut short by
    a number another detector took ("tiktok.com/@x/video/7234..."): the whole link, no domain
    left as a user name."""

    @pytest.mark.parametrize(
        ("text", "secret"),
        [
            ("join the group chat.whatsapp.com/KxYz12AbCdE3", "KxYz12AbCdE3"),
            ("zalo.me/0912345678", "0912345678"),
            ("vm.tiktok.com/ZMeAbC123/", "ZMeAbC123"),
            ("open.kakao.com/o/sAbC123", "sAbC123"),
        ],
    )
    def test_the_link_is_redacted(self, text: str, secret: str) -> None:
        assert not _leaks(text, secret)

    def test_a_link_cut_by_a_number_is_one_handle(self) -> None:
        redacted, _ = redact("tiktok.com/@jobs.canada/video/7234567890123456789")
        assert redacted.startswith("[HANDLE]") and "tiktok" not in redacted


class TestTheLastPiecesOfAnAddressOrAPhone:
    """The ending of an e-mail written with a space before its dot ("ana@gmail .com") and an area
    code alone at the end of the line before a phone ("(514)\\n555-0133") are part of them; a
    sentence that ends after an e-mail keeps its next word, a count on the line before a phone
    stays."""

    @pytest.mark.parametrize(
        ("text", "piece"),
        [
            ("mail: ana@gmail .com", "com"),
            ("ana.b@hotmail . ca merci", "hotmail"),
            ("Teléfono: (514)\n555-0133", "514"),
        ],
    )
    def test_the_piece_is_redacted(self, text: str, piece: str) -> None:
        assert not _leaks(text, piece)

    @pytest.mark.parametrize(
        ("text", "kept"),
        [("write to ana@gmail. Then call me", "Then call me"), ("J ai 3 enfants\n514-555-0199", "3 enfants")],
    )
    def test_the_words_around_stay(self, text: str, kept: str) -> None:
        assert kept in redact(text)[0]


class TestASaintsNameIsAPlace:
    """A saint's name after a capitalised title, declined or after an abbreviation's dot, names a
    hospital, a church or a parish ("Больница Святого Михаила", "Лікарня Св. Михайла", "Bệnh
    viện St. Michael's"); after a full title and a full stop a sentence starts, and a name there
    is a person's."""

    @pytest.mark.parametrize(
        ("text", "kept"),
        [
            ("Социальный работник, Больница Святого Михаила.", "Михаила"),
            ("Лікарня Св. Михайла.", "Михайла"),
            ("Nhân viên xã hội, Bệnh viện St. Michael's.", "Michael's"),
            ("в православном приходе Святого Николая в Эдмонтоне", "Николая"),
            ("sunt voluntară la parohia Sf. Nicolae din Montreal.", "Nicolae"),
        ],
    )
    def test_the_saint_stays(self, text: str, kept: str) -> None:
        assert kept in redact(text)[0]

    def test_a_name_after_a_full_stop_is_redacted(self) -> None:
        assert not _leaks("Я живу у Святого. Михаил знает.", "Михаил")


class TestStaffAfterTheirTitle:
    """A clinic's or a university's staff after their title ("Prof. Hadjiev", "доктор Петренко",
    "الدكتورة منى حداد"); the title with no name after it stays."""

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("Prof. Hadjiev from the university will call.", "Hadjiev"),
            ("Professor Lin at UBC", "Lin"),
            ("доктор Петренко сказала, что нужен отдых", "Петренко"),
            ("الدكتورة منى حداد ستتصل بكم", "منى"),
        ],
    )
    def test_the_name_is_redacted(self, text: str, name: str) -> None:
        assert not _leaks(text, name)

    @pytest.mark.parametrize(
        "text", ["доктор в больнице сказал", "врач сказал что всё хорошо", "الدكتور قال لي أن أرتاح"]
    )
    def test_the_title_alone_stays(self, text: str) -> None:
        assert redact(text)[0] == text
