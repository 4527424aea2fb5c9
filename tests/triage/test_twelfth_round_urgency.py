"""Issue 11, twelfth round: urgency precision, on sentences written for this round (not taken
from any corpus file). Classes, not phrases: a count of months or weeks is a duration, and a
danger word in its sentence a state that goes on (`high`), not one happening at this moment; in a
message told only in the past, a weapon or a blow beside a deed read past is past too. Each
class has hard negatives: the same words where the danger is now."""

from __future__ import annotations

import pytest

import triage
from triage.codes import Urgency
from triage.danger.durations import durations
from triage.folding import fold


def _level(text: str) -> Urgency:
    """The rules' level (the learned second opinion left out: these are rules)."""
    return triage.analyze(text, second_opinion=False).urgency


# A count of months or weeks, with no word of now: a situation that goes on, `high`.
LASTING: list[tuple[str, str]] = [
    ("zh", "我表妹在新加坡当保姆，老板不让她出门，三个月没给工资。"),
    (
        "fr",
        "ma cousine est bonne chez un couple à Dubaï, 4 mois sans salaire, ils l'enferment quand ils partent",
    ),
    ("ht", "patwon an fèmen nou nan depo a, 3 mwa nou pa touche"),
    # Thai units lose their vowel signs when folded: written as they read, they never matched.
    ("th", "นายจ้างขังฉันไว้ในบ้านมา 3 เดือน ไม่ให้ออกไปไหน"),
]
# The same words with a word of now or an hour: a danger now.
LASTING_NOW: list[tuple[str, str]] = [
    ("zh", "老板把我锁在房间里，现在快来救我"),
    ("fr", "ils m'ont enfermée dans la cave il y a une heure, venez vite"),
]


@pytest.mark.parametrize(("lang", "text"), LASTING)
def test_a_count_of_months_is_a_state_that_goes_on(lang: str, text: str) -> None:
    assert _level(text) is Urgency.high, lang


@pytest.mark.parametrize(("lang", "text"), LASTING_NOW)
def test_a_lock_with_a_word_of_now_stays_an_emergency(lang: str, text: str) -> None:
    assert _level(text) is Urgency.emergency, lang


@pytest.mark.parametrize(
    "text", ["3 weeks ago", "il y a 2 mois", "hace 3 meses", "a 6-month-old baby", "elle a 13 ans"]
)
def test_a_time_gone_by_or_an_age_is_no_duration(text: str) -> None:
    assert durations(text) == []


@pytest.mark.parametrize("text", ["desde hace 3 meses", "四个月没发", "5 mwa", "٦ شهور", "2 semaines"])
def test_a_count_of_months_or_weeks_is_a_duration(text: str) -> None:
    assert [f.payload for f in durations(text)] == ["ongoing"]


@pytest.mark.parametrize("text", ["ขังมา 3 เดือนแล้ว", "ทำงาน 2 สัปดาห์"])
def test_thai_months_and_weeks_are_read_folded(text: str) -> None:
    assert [f.payload for f in durations(fold(text).text)] == ["ongoing"]


# Told only in the past: a weapon beside a threat read past is past (`standard`).
PAST_WEAPON: list[tuple[str, str]] = [
    (
        "it",
        "Lavoravo in una serra dove il capo mi minacciava con la pistola se mi fermavo. "
        "Me ne sono andato due anni fa.",
    ),
    ("en", "At the farm the foreman threatened us with a machete when we asked for pay. I quit last year."),
]
# The same weapon with a word of now: a danger now.
PAST_WEAPON_NOW: list[tuple[str, str]] = [
    ("it", "Me ne sono andato due anni fa, ma adesso il capo è qui sotto con la pistola."),
    ("en", "I quit last year but right now the foreman is at my door with a machete."),
]


@pytest.mark.parametrize(("lang", "text"), PAST_WEAPON)
def test_a_weapon_beside_a_deed_of_the_past_is_past(lang: str, text: str) -> None:
    assert _level(text) is Urgency.standard, lang


@pytest.mark.parametrize(("lang", "text"), PAST_WEAPON_NOW)
def test_a_weapon_with_a_word_of_now_is_an_emergency(lang: str, text: str) -> None:
    assert _level(text) is Urgency.emergency, lang


# The writer's work: researching a case, training others, a workshop: the dangers are its topic.
TOPIC: list[tuple[str, str]] = [
    (
        "de",
        "Wir recherchieren für eine Reportage über Erntehelfer, die in Containern eingesperrt wurden. "
        "Wie läuft ein Anruf bei Ihnen ab?",
    ),
    ("fr", "Je forme les préposés d'un hôtel à reconnaître les victimes. Avez-vous une affiche?"),
    (
        "es",
        "Estamos investigando un caso de jornaleros golpeados en Almería para la radio local. "
        "¿Pueden darnos datos?",
    ),
]
# The same words lived by the writer, with a word of now: a danger now.
TOPIC_NOW: list[tuple[str, str]] = [
    ("de", "Sie haben mich gerade im Container eingesperrt, bitte helft mir"),
    ("es", "Me están golpeando ahora mismo en la finca, ayuda"),
]


@pytest.mark.parametrize(("lang", "text"), TOPIC)
def test_research_and_training_make_the_dangers_a_topic(lang: str, text: str) -> None:
    assert _level(text) is Urgency.low, lang


@pytest.mark.parametrize(("lang", "text"), TOPIC_NOW)
def test_a_danger_lived_now_is_no_topic(lang: str, text: str) -> None:
    assert _level(text) is Urgency.emergency, lang


# An opener alone: checking that someone is there, asking to talk, announcing a question.
OPENERS: list[str] = [
    "hello, anybody there?",
    "bonsoir, j'ai une question",
    "buenas noches, tengo una pregunta",
    "здравствуйте, можно вопрос",
    "kumusta po, may tanong po ako",
]
# An opener with a word of help or a situation told is no opener alone.
NOT_OPENERS: list[str] = [
    "hello, anybody there? help me please",
    "una pregunta: mi patrón me quitó el pasaporte y no me paga",
    "bonjour, j'ai une question, mon patron garde mon passeport",
]


@pytest.mark.parametrize("text", OPENERS)
def test_an_opener_alone_is_low(text: str) -> None:
    assert _level(text) is Urgency.low


# Asking to talk to someone is a person reaching for a human, not an opener: `standard`.
ASKING_TO_TALK = [
    "oi, queria falar com alguem por favor",
    "Bonjour, je voudrais parler à quelqu'un",
    "can I talk to someone",
]


@pytest.mark.parametrize("text", ASKING_TO_TALK)
def test_asking_to_talk_to_someone_is_standard(text: str) -> None:
    assert _level(text) is Urgency.standard


def test_two_words_are_too_few_for_the_learned_opinion() -> None:
    """ "ça marche?" scored P(E) 0.92 on the letters of "marche": the rules alone decide."""
    assert triage.analyze("ça marche?").urgency is Urgency.low


@pytest.mark.parametrize("text", NOT_OPENERS)
def test_an_opener_with_a_request_or_a_situation_is_not_low(text: str) -> None:
    assert _level(text) is not Urgency.low


# Spam: a prize, a special offer, a fee to pay by a link.
SPAM: list[str] = [
    "Félicitations! Vous avez gagné un iPhone, payez 2 $ de frais de livraison ici: http://203.0.113.9/x",
    "Ваша посылка задержана. Оплатите пошлину по ссылке http://203.0.113.7/p",
]
# The same words inside a situation told: no spam.
NOT_SPAM: list[str] = [
    "l'agence disait: vous avez gagné un contrat au Canada; "
    "maintenant le patron garde mon passeport et ne me paie pas",
]


@pytest.mark.parametrize("text", SPAM)
def test_spam_is_low(text: str) -> None:
    assert _level(text) is Urgency.low


@pytest.mark.parametrize("text", NOT_SPAM)
def test_a_promise_inside_a_situation_is_no_spam(text: str) -> None:
    assert _level(text) is Urgency.high


# Negation scope: a negation inside a `~` gap ("garde ~ passeport*"), or just before a document
# and a word of holding, denies the holding: a question about pay alone is `standard`; a holding
# that says its own "no" ("ne me rend pas", "no me devuelve") is still one, `high`.
DOCUMENTS_DENIED: list[str] = [
    "Mon employeuse ne garde pas mes papiers, mais elle me paie en retard. Est-ce légal?",
    "Le patron ne garde pas nos passeports, il paie juste en retard. C'est permis?",
]
DOCUMENTS_HELD: list[str] = [
    "La patronne ne me rend pas mon passeport et je travaille sans congé depuis un an",
    "el encargado no me devuelve el pasaporte y trabajo 14 horas diarias",
]


@pytest.mark.parametrize("text", DOCUMENTS_DENIED)
def test_a_holding_denied_is_no_retention(text: str) -> None:
    assert _level(text) is Urgency.standard


@pytest.mark.parametrize("text", DOCUMENTS_HELD)
def test_a_holding_that_says_its_own_no_is_a_retention(text: str) -> None:
    indicators = {i.value for i in triage.analyze(text, second_opinion=False).indicators}
    assert "retention_of_documents" in indicators
    assert _level(text) is Urgency.high


# An age the writer had, told in the past, is no minor now; an inverted "years ago" is past.
PAST_AGE: list[tuple[str, str]] = [
    (
        "es",
        "Cuando tenía 11 años me mandaron a limpiar casas en Lima. "
        "Ahora tengo 30 y vivo en Toronto. ¿Hay terapia?",
    ),
    ("ru", "Лет 6 назад бригадир бил нас палкой. Сейчас я дома, всё спокойно. Куда написать заявление?"),
]
MINOR_NOW: list[tuple[str, str]] = [
    ("es", "Mi sobrina tiene 14 años y la hacen limpiar casas sin pago en Lima"),
]


@pytest.mark.parametrize(("lang", "text"), PAST_AGE)
def test_a_childhood_or_a_danger_years_ago_is_over(lang: str, text: str) -> None:
    assert _level(text) is Urgency.standard, lang


@pytest.mark.parametrize(("lang", "text"), MINOR_NOW)
def test_a_minor_now_stays_high(lang: str, text: str) -> None:
    assert _level(text) is Urgency.high, lang


# A present tense with a habit or a duration in its sentence and no word of now: a state that goes
# on (`high`); the same present tense with a word of now is a danger now.
HABIT: list[tuple[str, str]] = [
    ("en", "The crew boss is beating us every day on the site."),
    ("en", "My husband is hitting me every weekend when he drinks too much."),
]
HABIT_NOW: list[tuple[str, str]] = [
    ("en", "The crew boss is beating us right now on the site, please help"),
]


@pytest.mark.parametrize(("lang", "text"), HABIT)
def test_a_present_tense_with_a_habit_goes_on(lang: str, text: str) -> None:
    assert _level(text) is Urgency.high, lang


@pytest.mark.parametrize(("lang", "text"), HABIT_NOW)
def test_a_present_tense_with_a_word_of_now_is_now(lang: str, text: str) -> None:
    assert _level(text) is Urgency.emergency, lang


# A witness asking whether what they see is suspicious: a suspicion, `standard`; the writer's
# own signs asked about ("is this normal?") stay `high`.
SUSPICION: list[tuple[str, str]] = [
    (
        "de",
        "Gegenüber wohnen acht Erntehelfer in einer Garage, ein Bus holt sie nachts ab. Ist das verdächtig?",
    ),
    ("it", "Nel palazzo di fronte vedo sei ragazze che escono solo con un uomo. Non so se è normale."),
]
OWN_SIGNS_ASKED: list[tuple[str, str]] = [
    ("de", "Mein Chef behält meinen Pass und zahlt mir 3 Euro die Stunde. Ist das normal?"),
]


@pytest.mark.parametrize(("lang", "text"), SUSPICION)
def test_a_witness_asking_if_it_is_suspicious_is_standard(lang: str, text: str) -> None:
    assert _level(text) is Urgency.standard, lang


@pytest.mark.parametrize(("lang", "text"), OWN_SIGNS_ASKED)
def test_the_writers_own_signs_asked_about_stay_high(lang: str, text: str) -> None:
    assert _level(text) is Urgency.high, lang


# A pursuit said in the present is now, whatever past deed its sentence also tells; a year gone
# by still places it in the past.
PURSUIT_NOW_AFTER_A_PAST_DEED: list[tuple[str, str]] = [
    ("en", "He used to beat me and he is outside my door"),
    ("en", "my ex used to follow me everywhere and now they are parked outside the shelter"),
]
PURSUIT_IN_A_YEAR_GONE_BY: list[tuple[str, str]] = [
    ("en", "In 2019 he was outside my door every night, I moved and I am safe now"),
]


@pytest.mark.parametrize(("lang", "text"), PURSUIT_NOW_AFTER_A_PAST_DEED)
def test_a_pursuit_in_the_present_is_now_beside_a_past_deed(lang: str, text: str) -> None:
    assert _level(text) is Urgency.emergency, lang


@pytest.mark.parametrize(("lang", "text"), PURSUIT_IN_A_YEAR_GONE_BY)
def test_a_pursuit_in_a_year_gone_by_stays_past(lang: str, text: str) -> None:
    assert _level(text) is not Urgency.emergency, lang


def test_a_word_holding_the_letters_of_my_blood_is_no_injury() -> None:
    """ "القادمين" (those coming) holds the letters of "دمي" (my blood): Arabic cues are matched
    inside words for their clitics, so the short cue is matched at a word's end only."""
    text = "أنا طالبة وأكتب بحثاً. هل لديكم إحصاءات عن عدد المتصلين القادمين من دول الخليج؟"
    assert _level(text) is not Urgency.emergency
    assert _level("ضربني وأنا أنزف، دمي على الأرض الآن") is Urgency.emergency
