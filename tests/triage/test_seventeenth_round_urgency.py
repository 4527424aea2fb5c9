"""Issue 11, seventeenth round: urgency on sentences written for this round, not taken from any
corpus file. Causes, not phrases: several signs of a situation that goes on, read together; a
duration is no age; a folded word that is two words; a basement one lives in; a story told
"before"; a state told "now" after a past; questions about the line itself. Each class has its
look-alikes, which must not change."""

from __future__ import annotations

import pytest

import triage
from triage.codes import Indicator, Urgency


def _result(text: str, language: str | None = None) -> triage.TriageResult:
    """The rules' reading (the learned second opinion left out: these are rules)."""
    return triage.analyze(text, language_hint=language, second_opinion=False)


def _level(text: str, language: str | None = None) -> Urgency:
    return _result(text, language).urgency


# Two signs read late (a phone taken, a shed to sleep in, a journey to pay off) and nothing told
# over, doubted or imagined: a situation that goes on, `high`.
SEVERAL_LATE_SIGNS: list[tuple[str, str]] = [
    (
        "uk",
        "Мій брат на фермі. Кажуть, телефон у нього забрали, живуть у сараї, грошей не буде "
        "поки не відпрацює дорогу.",
    ),
    ("uk", "Моя сестра працює в пекарні в Калгарі. Телефон у неї забрали, вона спить на складі."),
    ("ar", "أخي يعمل في مزرعة، أخذوا هاتفه وينام في المخزن."),
]


@pytest.mark.parametrize(("lang", "text"), SEVERAL_LATE_SIGNS)
def test_several_late_signs_of_a_situation_going_on_are_high(lang: str, text: str) -> None:
    assert _level(text, lang) is Urgency.high, lang


# One sign alone, the same signs told over, or a neighbour unsure of what they see: unchanged.
LATE_SIGNS_NOT_RAISED: list[tuple[str, str]] = [
    ("uk", "Моя сестра працює в пекарні. Телефон у неї забрали."),
    ("uk", "Минулого року в мене забрали телефон і я спала на складі. Тепер я в безпеці."),
    ("uk", "Сусіди на фермі живуть у сараї, телефонів у них немає. Може, я перебільшую?"),
    ("es", "El año pasado me quitaron el celular y dormía en un establo. Ya salí de ahí."),
    ("ar", "أخي كان يعمل في مزرعة العام الماضي، أخذوا هاتفه وكان ينام في المخزن. الآن هو بخير."),
    (
        "en",
        "Not sure if this is anything: the workers next door seem to sleep in the garage and "
        "never talk to anyone. Probably nothing?",
    ),
    (
        "fr",
        "les gars du lave-auto dorment dans le garage, jles vois jamais sortir. jsais pas si c de "
        "la traite. qui j'appelle?",
    ),
]


@pytest.mark.parametrize(("lang", "text"), LATE_SIGNS_NOT_RAISED)
def test_one_late_sign_a_past_or_a_doubt_stays_standard(lang: str, text: str) -> None:
    assert _level(text, lang) is Urgency.standard, lang


# "Me, for 2 years": a pronoun in the accusative before "N years" is a duration; an age is said
# with the dative ("мені 15 років"). Held or made to work for N years, likewise.
DURATIONS_NOT_AGES: list[tuple[str, str]] = [
    ("uk", "Мене 3 роки тримали на складі без грошей, тепер я в Канаді і хочу подати позов."),
    ("uk", "Їх 4 роки змушували працювати без оплати."),
    ("ru", "Меня 2 года держали на ферме без денег, сейчас я в Канаде и хочу подать иск."),
    ("ru", "Её 3 года заставляли работать без оплаты."),
]


@pytest.mark.parametrize(("lang", "text"), DURATIONS_NOT_AGES)
def test_years_held_are_no_age(lang: str, text: str) -> None:
    assert Indicator.minor_involved not in _result(text, lang).indicators, lang


AGES_STILL_READ: list[tuple[str, str]] = [
    ("uk", "Мені 15 років, мене тримають на складі."),
    ("ru", "Ей 16 лет, её заставляют работать по ночам."),
]


@pytest.mark.parametrize(("lang", "text"), AGES_STILL_READ)
def test_an_age_in_the_dative_is_still_a_minor(lang: str, text: str) -> None:
    assert Indicator.minor_involved in _result(text, lang).indicators, lang


# Vietnamese folded without its tones: "nhà thờ" (a church, where survivors sleep and ask for help)
# is no "nhà thổ" (a brothel).
def test_a_church_is_no_brothel_in_vietnamese() -> None:
    for text in (
        "Tôi đang ở nhờ nhà thờ ở Hamilton, muốn học tiếng Anh.",
        "Chị ấy đang ngủ nhờ ở nhà thờ, cần tìm việc.",
    ):
        result = _result(text, "vi")
        assert result.urgency is Urgency.standard, text
        assert not result.exploitation, text


def test_a_brothel_is_still_sexual_exploitation_in_vietnamese() -> None:
    assert _result("Họ bắt em tiếp khách ở nhà chứa ở Toronto.", "vi").urgency is Urgency.high


# A basement one lives in is lodging, not a lock ("живём у хозяина в подвале"), even in a message
# with a word of now; a basement with a lock word is still a person locked in now.
BASEMENT_LODGING: list[tuple[str, str]] = [
    ("ru", "Работаем ночью на складе. Живём у хозяина в подвале, платим по 500."),
    ("uk", "Працюємо вночі на будові. Живемо у підвалі вісім чоловіків, платимо бригадиру."),
]


@pytest.mark.parametrize(("lang", "text"), BASEMENT_LODGING)
def test_a_basement_one_lives_in_is_no_lock(lang: str, text: str) -> None:
    assert _level(text, lang) is not Urgency.emergency, lang


BASEMENT_LOCKED: list[tuple[str, str]] = [
    ("ru", "Хозяин запер нас в подвале, помогите срочно."),
    ("uk", "Нас зачинили у підвалі, допоможіть зараз."),
]


@pytest.mark.parametrize(("lang", "text"), BASEMENT_LOCKED)
def test_a_basement_locked_now_is_an_emergency(lang: str, text: str) -> None:
    assert _level(text, lang) is Urgency.emergency, lang


# Chinese "之前在...", "曾经": a story told from before; a harm in it is over.
def test_a_chinese_story_told_from_before_is_over() -> None:
    text = "之前在餐馆被老板打过，后来逃出来了。现在想办身份，能申请什么？"
    assert _level(text, "zh") is Urgency.standard


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("老板现在还在打我，救命。", Urgency.emergency),
        ("他说还清之前不让我走，护照也在他那儿。", Urgency.high),
        ("他没有打过我，但是每天只让我睡五个小时，护照在他那儿。", Urgency.high),
    ],
)
def test_chinese_harm_now_or_going_on_is_unchanged(text: str, level: Urgency) -> None:
    assert _level(text, "zh") is level


# A past told in one sentence (a marriage, an arrival), then "now" and a state that lasts in the
# next (kept in the house): the state goes on, `high`, not a situation over.
NOW_AFTER_A_PAST: list[tuple[str, str]] = [
    (
        "fr",
        "Ma sœur s'est mariée l'an dernier. Maintenant sa belle-famille ne la laisse pas sortir "
        "de la maison.",
    ),
    ("es", "Mi hermana se casó el año pasado. Ahora la familia de él no la deja salir de la casa."),
    ("pt", "Minha irmã casou no ano passado. Agora a família dele não deixa ela sair de casa."),
    ("ru", "Сестра вышла замуж в прошлом году. Теперь его семья не выпускает её из дома."),
    ("uk", "Сестра вийшла заміж минулого року. Тепер його родина не випускає її з дому."),
    ("hi", "मेरी बहन की शादी पिछले साल हुई। अब उसके ससुराल वाले उसे घर से बाहर नहीं जाने देते।"),
    ("zh", "我姐姐去年结婚了。现在他家人不让她出门。"),
    ("ro", "Sora mea s-a căsătorit anul trecut. Acum familia lui nu o lasă să iasă din casă."),
    ("ht", "Sè m marye ane pase. Kounye a fanmi mari l pa kite l soti nan kay la."),
]


@pytest.mark.parametrize(("lang", "text"), NOW_AFTER_A_PAST)
def test_a_state_told_now_after_a_past_goes_on(lang: str, text: str) -> None:
    assert _level(text, lang) is Urgency.high, lang


# The person out of it now, or a flight told with "now": still over.
OVER_WITH_A_NOW: list[tuple[str, str]] = [
    ("fr", "L'an dernier, il m'enfermait dans la chambre. Maintenant je suis en sécurité chez ma sœur."),
    ("es", "El año pasado me encerraban en el cuarto. Ahora vivo tranquila con mi hermana."),
    ("ru", "Пять лет назад меня держали в квартире. Я сбежала, сейчас живу нормально."),
    ("hi", "मैं पिछले साल वहाँ से भाग गई। अब मैं अपनी बहन के साथ रहती हूँ।"),
    ("zh", "我去年逃出来了。现在住在朋友家，很安全。"),
]


@pytest.mark.parametrize(("lang", "text"), OVER_WITH_A_NOW)
def test_a_past_with_a_safe_now_stays_over(lang: str, text: str) -> None:
    assert _level(text, lang) is Urgency.standard, lang


# Questions about the line itself (free? recorded? the government?) and requests for posters or a
# prevention campaign: `low`, in the lexicon languages.
ABOUT_THE_LINE: list[tuple[str, str]] = [
    ("ht", "Bonjou, mwen se pastè. Nou ta renmen mete afich sou tablo legliz la. Èske nou ka jwenn kèk?"),
    ("zh", "请问你们是政府机构吗？打电话会不会被录音？"),
    ("zh", "你们有中文海报吗？我们想贴在教会。"),
    ("hi", "Namaste ji, kya aapke paas Punjabi ya Hindi me poster hai jo hum gurdwara me laga sakein?"),
    ("hi", "क्या आपके पास हिंदी में पोस्टर हैं?"),
    ("en", "Is this number free? Is the call recorded?"),
    ("ro", "Aveți afișe în română pentru biserica noastră?"),
    ("uk", "Чи є у вас плакати українською для нашої громади?"),
    ("tl", "May poster po ba kayo sa Tagalog para sa simbahan namin?"),
]


@pytest.mark.parametrize(("lang", "text"), ABOUT_THE_LINE)
def test_questions_about_the_line_and_posters_are_low(lang: str, text: str) -> None:
    assert _level(text) is Urgency.low, lang


# The same questions after a sign of the writer's own situation: not low.
ABOUT_THE_LINE_WITH_A_SIGN: list[tuple[str, str]] = [
    ("fr", "Le patron a gardé mon passeport. Avez-vous des affiches en arabe?"),
    ("en", "My boss took my passport and I sleep in the garage. Is this call recorded?"),
    ("zh", "老板扣了我的护照。打电话会不会被录音？"),
    ("ru", "Хозяин забрал паспорт. Звонки записываются?"),
]


@pytest.mark.parametrize(("lang", "text"), ABOUT_THE_LINE_WITH_A_SIGN)
def test_a_question_about_the_line_after_a_sign_is_not_low(lang: str, text: str) -> None:
    assert _level(text) is Urgency.high, lang


# Portuguese "it has been a year since I left / fled" ("já faz um ano que saí"): the place told
# after it is over, whatever the tense of the cue; "faz um ano que ele me tranca" goes on.
def test_time_since_leaving_places_the_story_over_in_portuguese() -> None:
    for text in (
        "Já faz um ano que saí daquela casa onde me obrigavam a atender homens.",
        "Faz dois meses que saí do apartamento onde me obrigavam a atender clientes.",
    ):
        assert _level(text, "pt") is Urgency.standard, text


def test_a_year_of_being_held_still_goes_on_in_portuguese() -> None:
    text = "Faz um ano que ele me tranca no quarto e me obriga a atender homens."
    assert _level(text, "pt") is Urgency.emergency


# "If I run away, will they hurt my parents?": a flight supposed, not one that just happened.
SUPPOSED_FLIGHT: list[tuple[str, str]] = [
    ("ht", "Si m sove, èske ajans lan ap fè paran m yon bagay? M dwe yo 12 000 dola toujou."),
    ("en", "If I run away, will the agency do something to my parents? I still owe them 12,000 USD."),
    ("ru", "Если я сбегу, агентство что-то сделает моим родителям? Я ещё должна им 12 000 долларов."),
]


@pytest.mark.parametrize(("lang", "text"), SUPPOSED_FLIGHT)
def test_a_flight_supposed_is_no_emergency(lang: str, text: str) -> None:
    assert _level(text, lang) is Urgency.high, lang


def test_a_flight_told_with_pursuit_is_still_an_emergency_in_haitian() -> None:
    text = "M sove kounye a, yo ap kouri dèyè m nan lari a, ede m!"
    assert _level(text, "ht") is Urgency.emergency


# Followed now: a car or a person moving behind the writer, with words between ("за мной
# медленно едет их джип"), after a flight. "All of that is behind me" is no pursuit.
FOLLOWED_NOW: list[tuple[str, str]] = [
    (
        "ru",
        "Я сбежала из квартиры. Сейчас иду по улице, а за мной медленно едет их чёрный джип. Куда бежать??",
    ),
    ("uk", "Я втекла з квартири. Зараз іду вулицею, а за мною повільно їде їхній чорний джип. Куди бігти??"),
    (
        "en",
        "I ran away from the apartment. Now I'm walking and their black jeep is driving slowly behind me.",
    ),
    (
        "fr",
        "Je me suis sauvée de l'appartement. Là je marche et leur jeep noire roule lentement derrière moi.",
    ),
    ("es", "Me escapé del departamento. Ahora voy caminando y su camioneta negra va despacio detrás de mí."),
]


@pytest.mark.parametrize(("lang", "text"), FOLLOWED_NOW)
def test_followed_now_after_a_flight_is_an_emergency(lang: str, text: str) -> None:
    assert _level(text, lang) is Urgency.emergency, lang


BEHIND_ME_OVER: list[tuple[str, str]] = [
    ("fr", "Tout ça est derrière moi maintenant, je vais bien. Je cherche un cours de français."),
    ("en", "All of that is behind me now. I'm looking for English classes."),
    ("ru", "Я сбежала год назад, всё это позади. Сейчас ищу курсы английского."),
]


@pytest.mark.parametrize(("lang", "text"), BEHIND_ME_OVER)
def test_a_past_behind_the_writer_is_no_pursuit(lang: str, text: str) -> None:
    assert _level(text, lang) is Urgency.standard, lang
