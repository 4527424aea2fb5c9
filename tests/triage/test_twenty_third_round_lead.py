"""Issue 11, round 23, read from holdout22's false alarms (messages labelled `high` read as
emergencies), fixed on sentences written for them, not the set's own: the writer's own secret
("nobody at home knows that I write here") read as being watched (Spanish "sabe que" alone);
Tagalog "ayoko na" alone ("I've had enough", of a job or a cam show) read as self-harm; Darija
"ybla3 3liya l immigration" (he'll report me to immigration) read as a door closed on the writer.
And beside them, the plan they must not lose: pills saved up in Tagalog."""

from __future__ import annotations

import pytest

import triage
from triage.codes import Urgency
from triage.danger.kinds import What


def _whats(text: str) -> set[What]:
    return {reason.what for reason in triage.analyze(text).reasons}


@pytest.mark.parametrize(
    "text",
    [
        "Nadie en mi casa sabe que te escribo, mi tío me quitó el pasaporte y trabajo sin pago.",
        "Mi jefe no sabe que estoy hablando con ustedes, ¿qué derechos tengo?",
        "Ya sé que es tarde, pero el patrón se queda con mi sueldo desde hace meses.",
    ],
)
def test_knowing_alone_is_no_pursuit(text: str) -> None:
    assert What.pursuit not in _whats(text)
    assert triage.analyze(text).urgency is not Urgency.emergency


@pytest.mark.parametrize(
    "text",
    [
        "Ya saben que hablé con ustedes y están afuera de la casa.",
        "Saben dónde estoy, me están buscando ahora mismo.",
    ],
)
def test_knowing_what_the_writer_did_is_still_pursuit(text: str) -> None:
    assert triage.analyze(text).urgency is Urgency.emergency


@pytest.mark.parametrize(
    "text",
    [
        "Ayoko na sa trabahong ito, anim na buwan na walang sahod. Ano po ang gagawin ko?",
        "Ayoko na mag-show sa cam pero tinatakot nya ako na ipapakita nya sa pamilya ko.",
    ],
)
def test_having_had_enough_is_no_self_harm(text: str) -> None:
    assert What.self_harm not in _whats(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ayoko na mabuhay, wala nang silbi.",
        "Ngayong gabi naipon ko na po lahat ng tableta ko. Ayoko na po talaga.",
        "Naipon ko na yung mga gamot ko sa drawer, paalam na sa inyo.",
    ],
)
def test_self_harm_in_tagalog_still_read(text: str) -> None:
    result = triage.analyze(text)
    assert result.urgency is Urgency.emergency
    assert What.self_harm in {reason.what for reason in result.reasons}


def test_reporting_to_immigration_is_no_door_closed() -> None:
    text = "l patron kaykhddemni bla khlass w kaygoul ila mchit ghadi ybla3 3liya l immigration"
    assert What.confinement not in _whats(text)


def test_a_door_closed_on_the_writer_still_read() -> None:
    text = "l patron sdat 3liya lbab w mcha, ana m9fla daba f lbit"
    assert What.confinement in _whats(text)
    assert triage.analyze(text).urgency is Urgency.emergency


@pytest.mark.parametrize(
    "text",
    [
        "Last year my cousin was taken to Myanmar. Now he is forced to scam people every day"
        " and they beat him if he fails.",
        "L'an dernier mon cousin a été emmené en Birmanie. Maintenant il est forcé d'arnaquer"
        " des gens tous les jours et on le bat.",
        "El año pasado mi primo fue llevado a Myanmar. Ahora lo obligan a estafar todos los días y le pegan.",
    ],
)
def test_a_habit_of_now_after_a_past_goes_on(text: str) -> None:
    """A story that starts in the past ("last year he was taken") and turns to now with a habit
    ("now ... every day ... they beat him") is not over: it goes on, `high` at least."""
    assert triage.analyze(text).urgency in (Urgency.high, Urgency.emergency)


@pytest.mark.parametrize(
    "text",
    [
        "Last year my boss beat me every day. Now I live with my sister and I am fine.",
        "Il y a deux ans il me frappait tous les jours. Maintenant je vais bien, je cherche un avocat.",
    ],
)
def test_a_habit_told_in_the_past_is_still_over(text: str) -> None:
    assert triage.analyze(text).urgency is Urgency.standard


@pytest.mark.parametrize(
    "text",
    [
        "Ma fille est à Prague pour un « emploi ». On s'était entendues : si elle écrit « tout va bien »"
        " avec un cœur bleu, ça veut dire qu'elle est en danger. Elle vient de me l'envoyer.",
        "We agreed that if my sister sends a sunflower emoji it means she's in trouble. It just came.",
        "Acordamos que si mi hermana mandaba 'hace frío' significa que está en peligro. Acaba de mandarlo.",
        "Мы договорились: если она напишет «всё хорошо» с синим сердцем, значит беда. Только что пришло.",
        "我们说好了，她发一个太阳表情就是出事了。刚刚收到了。",
        "My friend and I have a code word, 'pineapple'. She just texted it from the club.",
    ],
)
def test_an_agreed_sign_of_danger_just_received_is_an_emergency(text: str) -> None:
    result = triage.analyze(text)
    assert result.urgency is Urgency.emergency
    assert What.code_signal in {reason.what for reason in result.reasons}


@pytest.mark.parametrize(
    "text",
    [
        "If she ever sends a blue heart it means she's in trouble. Should we also agree on a code word?",
        "I just got a message from my boss, it means trouble for my visa?",
        "Elle vient de m'envoyer une photo, ça veut dire qu'elle va bien, non ?",
    ],
)
def test_a_sign_agreed_for_later_or_no_sign_is_no_emergency(text: str) -> None:
    assert triage.analyze(text).urgency is not Urgency.emergency


@pytest.mark.parametrize(
    "text",
    [
        "I have nightmares that he finds me and kills me. He keeps my passport and I work for him.",
        "Je fais des cauchemars où il me frappe. Il garde mon passeport.",
        "Мне снится, что он меня убьёт. Он забрал паспорт.",
        "我每天晚上都梦见他打我。护照在老板那里。",
        "Visez în fiecare noapte că mă bate. Mi-a luat pașaportul.",
    ],
)
def test_a_harm_told_in_a_dream_is_a_fear_that_goes_on(text: str) -> None:
    """After holdout23: "visez în fiecare noapte că mă omoară" (I dream every night that he kills
    me) was read as a death threat now."""
    assert triage.analyze(text).urgency is Urgency.high


@pytest.mark.parametrize(
    "text",
    [
        "He is going to kill me tonight, I dream of being free.",
        "I dream that I die, I have the pills here and I will take them tonight.",
    ],
)
def test_a_dream_beside_a_danger_now_leaves_it(text: str) -> None:
    assert triage.analyze(text).urgency is Urgency.emergency


def test_being_sent_away_at_midnight_and_writing_from_the_toilet_in_chinese() -> None:
    result = triage.analyze("老板刚才说今晚十二点要把我送去卡尔加里，护照在他那里。我现在在厕所里发消息。")
    assert result.urgency is Urgency.emergency
    assert What.moved in {reason.what for reason in result.reasons}


def test_finding_oneself_afraid_is_no_pursuit_in_chinese() -> None:
    text = "两年前我被控制，后来逃出来了。我发现我还是很害怕，想找心理辅导。"
    assert What.pursuit not in _whats(text)
    assert What.pursuit in _whats("他们发现我了，就在楼下！")


def test_sending_money_to_him_is_no_move_in_toneless_vietnamese() -> None:
    text = "ong chu giu giay to cua no, moi thang chi gui ve cho no co 200 do, lam tu sang toi toi"
    assert What.moved not in _whats(text)


def test_a_door_locked_from_outside_in_vietnamese_word_order() -> None:
    text = "Giờ tay em sưng đau lắm, cửa khóa ngoài em không ra được"
    assert triage.analyze(text).urgency is Urgency.emergency
