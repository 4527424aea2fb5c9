"""Issue 11, fourteenth round: urgency on sentences written for this round, not taken from any
corpus file. Classes, not phrases: a means of self-harm made ready with words of despair (a
plan, whatever the time). Each class has hard negatives: the despair alone, the means that is
work, a plan that is over."""

from __future__ import annotations

import pytest

import triage
from triage.codes import Indicator, Urgency


def _level(text: str, language: str | None = None) -> Urgency:
    """The rules' level (the learned second opinion left out: these are rules)."""
    return triage.analyze(text, language_hint=language, second_opinion=False).urgency


# Worn out, and a means of self-harm made ready: a plan, an emergency with no word of time.
SELF_HARM_PLAN: list[tuple[str, str]] = [
    ("fr", "plus aucune force. j'ai gardé mes cachets de côté depuis un mois"),
    ("vi", "em hết sức rồi, chai thuốc trừ sâu để sẵn trong kho"),
    ("en", "I have no strength left. been stockpiling my pills since the boss took my passport"),
    ("tl", "pagod na ako sa lahat. nasa bodega yung pesticide, iinumin ko na yung pesticide"),
    ("hi", "मुझसे अब नहीं होता. खेत वाली दवाई पी लूंगा"),
]
# The same despair, or the same means, where no plan is told.
NO_PLAN: list[tuple[str, str]] = [
    ("fr", "plus aucune force, je travaille 70 heures par semaine et le patron garde ma paie"),
    ("vi", "em hết sức rồi, làm 14 tiếng mỗi ngày mà chủ không trả lương"),
    ("en", "today the boss made us spray pesticide with no masks and I can't take it anymore"),
    ("ru", "сегодня хозяин заставил травить крыс ядом без перчаток"),
    ("fr", "il y a deux ans je n'avais plus la force et une corde était prête. aujourd'hui je vais bien"),
]


@pytest.mark.parametrize(("lang", "text"), SELF_HARM_PLAN)
def test_despair_and_a_means_made_ready_is_an_emergency(lang: str, text: str) -> None:
    assert _level(text, lang) is Urgency.emergency, lang


@pytest.mark.parametrize(("lang", "text"), NO_PLAN)
def test_despair_or_a_means_alone_is_no_emergency(lang: str, text: str) -> None:
    assert _level(text, lang) is not Urgency.emergency, lang


# Someone forcing his way in, a door barricaded against him, a worker chased and beaten with
# blood seen, a last message relayed by a friend: dangers now. With their near misses.
DANGER_NOW: list[tuple[str, str]] = [
    ("uk", "мій брат щойно подзвонив: бригадир п'яний ломиться до нього у вагончик, він підпер двері ліжком"),
    ("ru", "сестра только что написала: хозяин пьяный вломился к ней в комнату, она подперла дверь стулом"),
    (
        "en",
        "she just texted me, the manager is drunk and trying"
        " to break in, she barricaded the door with a chair",
    ),
    ("zh", "快来人 老板拿棍子追着工友打 地上都见血了"),
    ("es", 'mi amiga me escribió "gracias por todo, perdón" y ya no contesta el teléfono desde anoche'),
    ("ar", "انقطع اصبعي على المكنة والمشرف لا يسمح لي اروح للمستشفى"),
]
NOT_NOW: list[tuple[str, str]] = [
    (
        "uk",
        "минулого року бригадир ломився до мене у вагончик, тепер я працюю в іншому місті. як подати скаргу?",
    ),
    (
        "en",
        "last winter my old roommate tried to break in once,"
        " I moved out since. do you help with tenant rights?",
    ),
    ("zh", "三年前老板追着工友打，那时候我不敢说，现在想问问能不能作证"),
    (
        "es",
        "le escribí a mi jefa: gracias por todo, perdón por"
        " irme sin avisar. ¿me puede pagar la última semana?",
    ),
]


@pytest.mark.parametrize(("lang", "text"), DANGER_NOW)
def test_a_danger_now_in_new_words_is_an_emergency(lang: str, text: str) -> None:
    assert _level(text, lang) is Urgency.emergency, lang


@pytest.mark.parametrize(("lang", "text"), NOT_NOW)
def test_the_same_words_of_the_past_or_of_a_thanks_are_no_emergency(lang: str, text: str) -> None:
    assert _level(text, lang) is not Urgency.emergency, lang


def test_a_child_picked_up_an_hour_ago_by_the_man_who_sells_her_is_an_emergency() -> None:
    text = (
        "Una niña de 13 años de mi iglesia: su tío la lleva los sábados a una casa donde unos hombres le "
        "pagan a él. Hoy es sábado y el tío pasó por ella hace una hora"
    )
    assert _level(text, "es") is Urgency.emergency


def test_a_child_picked_up_last_year_is_no_emergency() -> None:
    text = "El año pasado el tío pasó por ella a la escuela y la llevó al médico. ¿Cómo pido la custodia?"
    assert _level(text, "es") is not Urgency.emergency


# Near misses that were emergencies: "come and join me" is no pursuit (Haitian "vin jwenn mwen");
# "I hurt my knee" is no self-harm (Spanish "me lastimé" one letter from "me lastimó", he hurt me);
# a story dated by the short sentence after it, or by a year in Arabic digits, is over.
OVER_OR_HARMLESS: list[tuple[str, str]] = [
    (
        "ht",
        "M te travay kòm bòn san peye sa gen 2 an. Kounye a m gen"
        " papye m. M vle fè manman m vin jwenn mwen isit la",
    ),
    (
        "fr",
        "J'ai été enfermée dans un appartement à Montréal avec des clients tous les soirs... ça, c'était en "
        "2018. Aujourd'hui ça va bien, je voudrais juste des conseils pour un emploi",
    ),
    ("ar", "اشتغلت بمصنع بألبرتا وانكسرت ايدي سنة ٢٠٢٣. هلق رجعت عالأردن وبدي اعرف حقوقي"),
]


@pytest.mark.parametrize(("lang", "text"), OVER_OR_HARMLESS)
def test_a_harmless_or_finished_story_is_no_emergency(lang: str, text: str) -> None:
    assert _level(text, lang) is not Urgency.emergency, lang


def test_a_knee_hurt_at_football_is_no_self_harm() -> None:
    result = triage.analyze(
        "Me lastimé la rodilla jugando fútbol el domingo, ¿ustedes dan atención médica?", language_hint="es"
    )
    assert Indicator.self_harm_risk not in result.indicators
    assert result.urgency is not Urgency.emergency


def test_a_short_sentence_of_arrival_dates_nothing_before_it() -> None:
    text = "Меня держат взаперти в квартире. Я приехала в 2019. Помогите"
    assert _level(text, "ru") is Urgency.emergency


# Arabic "في اليوم" (a day) holds "اليوم" (today): sixteen hours a day is a habit, not a now.
def test_hours_a_day_are_no_word_of_now() -> None:
    text = "أختي تشتغل ١٤ ساعة في اليوم عند عيلة، وصاحب البيت يلاحقها بنظراته وكلامه. شو فينا نعمل؟"
    assert _level(text, "ar") is Urgency.high


def test_today_is_still_a_word_of_now() -> None:
    text = "اليوم صاحب البيت يلاحقها بالسيارة وهي خايفة ترجع عالبيت"
    assert _level(text, "ar") is Urgency.emergency


# The writer's own newspaper, radio show or YouTube channel: exploitation is its topic (low).
MEDIA: list[tuple[str, str]] = [
    (
        "ro",
        "Lucrez la un ziar din Ottawa. Putem scrie despre linia voastră în numărul de vineri, la pagina "
        "despre muncitorii agricoli?",
    ),
    ("bn", "আমি একটা কমিউনিটি রেডিওর উপস্থাপক, শ্রমিক শোষণ নিয়ে অনুষ্ঠান করতে চাই, কেউ কথা বলবেন?"),
    (
        "hi",
        "main ek YouTube channel chalata hu, students ke liye fake agents par video banana hai, "
        "number share kar du?",
    ),
]


@pytest.mark.parametrize(("lang", "text"), MEDIA)
def test_the_writers_own_media_asks_at_low(lang: str, text: str) -> None:
    assert _level(text, lang) is Urgency.low, lang


def test_someone_elses_youtube_channel_is_no_topic() -> None:
    text = "he keeps threatening to post my pics on his youtube channel, i'm 17"
    assert _level(text, "en") is not Urgency.low


# Vietnamese "thẻ thường trú" (a permanent resident card) holds "trú", folded as "trừ" (deduct):
# a card received is no document held; pay deducted still is wages withheld.
def test_a_resident_card_received_is_no_document_held() -> None:
    result = triage.analyze("Em cảm ơn các anh chị nhiều lắm. Tuần này em nhận được thẻ thường trú rồi")
    assert Indicator.retention_of_documents not in result.indicators


def test_pay_deducted_is_still_withheld() -> None:
    result = triage.analyze("chủ trừ lương em mỗi tháng 300 đô tiền nhà", language_hint="vi")
    assert Indicator.withholding_of_wages in result.indicators


# A message sent to the wrong number asks nothing of the hotline (low); a sign in it still counts.
WRONG_NUMBER: list[tuple[str, str]] = [
    ("vi", "Xin lỗi anh chị, em nhắn nhầm số rồi ạ"),
    ("es", "Perdón, me equivoqué de número, era para mi prima Lupita"),
    ("uk", "Вибачте, я помилилась номером, це було для сестри"),
]


@pytest.mark.parametrize(("lang", "text"), WRONG_NUMBER)
def test_a_wrong_number_is_low(lang: str, text: str) -> None:
    assert _level(text, lang) is Urgency.low, lang


def test_a_wrong_number_with_a_sign_is_not_low() -> None:
    text = "Перепрошую, помилилася номером. А взагалі мій роботодавець забрав паспорт і не віддає"
    assert _level(text, "uk") is Urgency.high


# Dismissed ("me despidieron", "they fired me", as Russian "меня уволили" already was): the job
# is over, pay still owed is `standard`; a danger told now after it is not over.
FIRED: list[tuple[str, str]] = [
    (
        "es",
        "me despidieron de la empacadora la semana pasada y no me pagaron las últimas dos semanas, "
        "¿qué hago?",
    ),
    ("pt", "me demitiram da fazenda sem pagar o último mês, posso cobrar?"),
]


@pytest.mark.parametrize(("lang", "text"), FIRED)
def test_unpaid_wages_after_a_dismissal_are_standard(lang: str, text: str) -> None:
    assert _level(text, lang) is Urgency.standard, lang


def test_a_threat_now_after_a_dismissal_is_not_over() -> None:
    text = "me despidieron ayer y ahora mismo el patrón está afuera de mi casa con un cuchillo, ayuda"
    assert _level(text, "es") is Urgency.emergency


# Checking that the line works, in a sentence too long for a bare "test": low; a sign still counts.
def test_checking_the_line_is_low() -> None:
    text = "Перевіряємо зв'язок з нашого центру в Вінніпезі, відповідати не треба"
    assert _level(text, "uk") is Urgency.low


def test_checking_the_line_with_a_sign_is_not_low() -> None:
    assert _level("is this number working? my boss took my passport", "en") is Urgency.high
