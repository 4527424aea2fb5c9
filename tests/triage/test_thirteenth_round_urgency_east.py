"""Issue 11, thirteenth round: urgency in ar, ru, uk, hi, zh, vi, tl and ko, on sentences written
for these tests (not taken from any corpus file). Each rule is a class of messages said in every
language it was written for, with the hard negatives that share its words:

- bleeding that a negation says does not stop ("खून बंद नहीं", "血止不住") goes on: a grave
  injury, not a denied one; told in the past it stays in the past;
- a Korean writer standing on a rooftop's edge or a railing: a jump's place, now;
- a witness who hedges what they see ("maybe I'm imagining it", "会不会是", "제 착각일"), with
  no word of now: a suspicion (`standard`); the writer's own danger now stays an emergency;
- an advertisement's own words (contact us on Telegram, limited places, a loan without
  papers): spam (`low`); a person asking about such an advert is not spam;
- "N years" followed by a verb of being or working in the past ("3 года был") is a duration,
  not a child's age.
"""

from __future__ import annotations

import pytest

import triage
from triage.codes import Indicator, Urgency

BLEEDING_NOW: list[tuple[str, str]] = [
    ("hi", "उंगली मशीन में कट गई, खून रुक नहीं रहा, मैनेजर बाहर जाने नहीं देता"),
    ("hi", "haath pe chaku laga, khoon band nahi ho raha"),
    ("ru", "Порезался на складе, кровь не останавливается уже полчаса"),
    ("uk", "Він вдарив мене пляшкою, кров не зупиняється"),
    ("zh", "手被机器夹了，血止不住，老板不让去医院"),
    ("vi", "tay bị dao cắt, máu không cầm được, chủ không cho đi bệnh viện"),
    ("tl", "nahiwa ang braso ko sa pabrika, hindi tumitigil ang dugo"),
    ("ko", "손을 베였는데 피가 안 멈춰요"),
    ("ar", "انجرحت بالسكين والدم ما وقف"),
]


@pytest.mark.parametrize(("language", "text"), BLEEDING_NOW)
def test_bleeding_that_does_not_stop_is_an_emergency(language: str, text: str) -> None:
    result = triage.analyze(text)
    assert result.language == language
    assert result.urgency is Urgency.emergency


def test_the_reason_quotes_the_bleeding_not_a_denied_word() -> None:
    reasons = triage.analyze("हाथ मशीन में कटा। खून बंद नहीं।").reasons
    assert reasons and reasons[0].level is Urgency.emergency
    assert reasons[0].quote.startswith("खून बंद")


@pytest.mark.parametrize(
    "text",
    [
        "去年在工厂受伤，当时血止不住，现在已经好了，想问能不能索赔",
        "Три года назад на заводе мне порезали руку. Сейчас всё зажило, нужен юрист по компенсации.",
    ],
)
def test_bleeding_told_in_the_past_is_no_emergency(text: str) -> None:
    assert triage.analyze(text).urgency is not Urgency.emergency


def test_a_railing_on_the_rooftop_now_is_self_harm() -> None:
    text = "월급을 다 뺏겨서 더는 못 버티겠어요. 지금 옥상 난간에 서 있어요"
    assert triage.analyze(text).urgency is Urgency.emergency


def test_a_rooftop_for_lunch_is_no_emergency() -> None:
    assert (
        triage.analyze("점심 먹고 옥상에서 쉬고 있어요. 휴가 신청은 어떻게 하나요?").urgency
        is not Urgency.emergency
    )


SUSPICIONS: list[tuple[str, str]] = [
    (
        "uk",
        "Сусід щоранку відвозить трьох жінок кудись мікроавтобусом і забирає вночі. "
        "Можливо, це нічого, але куди звернутися?",
    ),
    ("zh", "我们小区美甲店的几个女孩从来不出门，老板总在门口守着。会不会是被骗来的？要不要报警？"),
    (
        "ko",
        "옆집 외국인 여자들이 밤늦게 나가서 아침에 들어와요. 제 착각일 수도 있는데 어디에 신고해야 할까요?",
    ),
    ("ru", "Соседи держат рабочих в вагончике без выходных. Может, я себе придумываю, но куда сообщить?"),
]


@pytest.mark.parametrize(("language", "text"), SUSPICIONS)
def test_a_hedged_witness_reports_a_suspicion(language: str, text: str) -> None:
    result = triage.analyze(text)
    assert result.language == language
    assert result.urgency is Urgency.standard


@pytest.mark.parametrize(
    "text",
    [
        "Может, я себе придумываю, но он сейчас стоит под дверью и ломится, помогите",
        "会不会是我多心？他现在就在门外砸门，救命",
    ],
)
def test_a_hedge_does_not_calm_the_writers_own_danger_now(text: str) -> None:
    assert triage.analyze(text).urgency is Urgency.emergency


SPAM: list[tuple[str, str]] = [
    ("uk", "Кредит без довідок і поручителів до 30000 грн за 5 хвилин! Пишіть у Telegram"),
    ("ko", "[부업] 하루 2시간 재택근무 월 300 가능! 선착순 10명, 카톡 문의"),
    ("zh", "【急招】日结工资，包住，名额有限，联系TG"),
    ("ru", "Кредит без справок за один день! Пишите в Telegram"),
]


@pytest.mark.parametrize(("language", "text"), SPAM)
def test_an_advertisement_is_spam(language: str, text: str) -> None:
    result = triage.analyze(text)
    assert result.language == language
    assert result.urgency is Urgency.low


def test_a_question_about_an_advert_is_no_spam() -> None:
    text = (
        "제 동생이 '선착순 모집, 항공권 무료' 광고를 보고 캄보디아에 갔는데 여권을 뺏겼대요. "
        "어떻게 해야 하나요?"
    )
    assert triage.analyze(text).urgency is not Urgency.low


@pytest.mark.parametrize(
    "text",
    [
        "Мужчина 50 лет, 4 года работал без выходных на ферме, ушёл весной. Ищем юриста.",
        "Чоловік 45 років, 3 роки працював на будові без зарплати, тепер вдома, потрібен юрист",
    ],
)
def test_years_worked_are_no_childs_age(text: str) -> None:
    assert Indicator.minor_involved not in triage.analyze(text).indicators


def test_a_childs_age_is_still_read() -> None:
    text = "Моей дочери 3 года, нас держат в квартире и не выпускают"
    assert Indicator.minor_involved in triage.analyze(text).indicators


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ar", "أنا مدرّسة، طالبة عندي عمرها 14 سنة، والرجل اللي بيشغّلها هلق برا بالسيارة ناطرها"),
        ("ar", "الحين هو تحت بالسيارة ويتصل علي كل دقيقة، ما اقدر اطلع"),
    ],
)
def test_waiting_outside_in_a_car_now_is_an_emergency(language: str, text: str) -> None:
    result = triage.analyze(text)
    assert result.language == language
    assert result.urgency is Urgency.emergency


def test_a_car_outside_in_a_story_of_last_year_is_no_emergency() -> None:
    text = "السنة الماضية كان صاحب الشغل ينطرني برا بالسيارة كل يوم. هلق أنا بأمان وبدي محامي"
    assert triage.analyze(text).urgency is not Urgency.emergency


@pytest.mark.parametrize(
    "text",
    [
        "جارتي في المستشفى معي، الآن يريد زوجها أخذها قبل أن يراها الطبيب",
        "هلق بدو ياخدها من المستشفى قبل ما يشوفها الدكتور، هي عمرها 16",
    ],
)
def test_now_someone_wants_to_take_her_is_an_emergency(text: str) -> None:
    assert triage.analyze(text).urgency is Urgency.emergency


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("tl", "Hindi ako makaalis sa amo ko kasi may utang ako sa agency, anim na buwan na"),
        ("ru", "Не могу уйти от хозяина из-за долга за билеты, работаю без выходных"),
    ],
)
def test_a_stay_held_by_a_debt_is_debt_bondage_not_a_lock(language: str, text: str) -> None:
    result = triage.analyze(text)
    assert result.language == language
    assert result.urgency is Urgency.high


def test_a_lock_now_with_a_debt_stays_an_emergency() -> None:
    text = "Заперли меня в комнате из-за долга, сейчас никого нет, помогите"
    assert triage.analyze(text).urgency is Urgency.emergency


def test_now_he_wants_overtime_is_no_emergency() -> None:
    text = "الآن يريد المدير أن أعمل ساعات إضافية بدون أجر، هل هذا قانوني؟"
    assert triage.analyze(text).urgency is not Urgency.emergency
