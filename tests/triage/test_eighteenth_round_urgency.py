"""Issue 11, eighteenth round: urgency on sentences written for this round, not taken from any
corpus file. Causes, not phrases: a secret told to a witness is no one hiding now; Portuguese "no
hospital" (in the hospital) is no refusal of care; "stable" is no stabbing, and a patient treated
and stable is no danger now; "gamot" is any medicine; knowing where a relative lives is a threat,
not a pursuit; a man waiting outside a consulting room is no man at the door; Vietnamese "nói
đưa" (they said they would take) is no joke; men going in and out where a child is; a story
dated in one sentence goes on in the next. Each class has its look-alikes, which must not
change."""

from __future__ import annotations

import pytest

import triage
from triage.codes import Urgency


def _level(text: str) -> Urgency:
    """The rules' reading (the learned second opinion left out: these are rules)."""
    return triage.analyze(text, second_opinion=False).urgency


# Someone confided in the writer, in secret or in a whisper: how a witness learned, not someone
# writing in hiding now. The signs told stay `high`.
CONFIDED: list[str] = [
    "Une employée m'a dit en cachette que sa patronne la frappe quand elle demande sa paie.",
    "Una empleada me dijo a escondidas que el patrón le pega cuando pide su sueldo.",
    "Uma funcionária me contou em segredo que o patrão bate nela quando pede o salário.",
    "Un muncitor mi-a spus pe ascuns că șeful îl bate când cere banii.",
    "一个女工偷偷告诉我老板打她，还拿走了她的护照。",
    "Một chị nói nhỏ với tôi là chủ đánh chị ấy khi chị đòi lương.",
]


# The writer writing in secret now: unchanged, an emergency.
WRITING_IN_SECRET: list[str] = [
    "Je vous écris en cachette, ma patronne me frappe.",
    "Les escribo a escondidas, el patrón me pega.",
    "我偷偷给你们发信息，老板打我。",
    "I hid this phone, he took my passport and he is in the next room.",
]


# Words that looked like a danger in another language or another word: not an emergency.
NOT_A_DANGER: list[str] = [
    # Portuguese "no hospital" is "in the hospital"
    "A minha tia está internada no hospital desde ontem, o patrão não paga o salário dela.",
    "Trabalho como enfermeira no hospital, uma paciente diz que o patrão ficou com o passaporte dela.",
    # "stable" is no stab; a patient treated and stable is cared for
    "He was treated for a crush injury and is stable now, but the farm owner still has his passport.",
    # "gamot" is any medicine: money for a child's medicine
    "kailangan ko ng pera pambili ng gamot ng anak ko, hindi binabayaran ng amo ang sahod ko",
    # knowing where a relative lives is a threat; "he knows" alone is anything
    "Мій бригадир забирає половину зарплати і каже, що знає, де живе моя мати.",
    "Li konnen m pa gen papye, li peye m mwatye.",
    # photos to be sent if the person leaves: a threat, no watcher
    "Li pran tout kòb mwen, li di si m kite l l ap voye foto m yo bay fanmi m.",
    # a controlling man who waits outside the consulting room
    "Хозяин приходит с ней к врачу и ждёт за дверью, забирает все деньги.",
]


@pytest.mark.parametrize("text", NOT_A_DANGER)
def test_look_alikes_of_danger_words_are_no_emergency(text: str) -> None:
    assert _level(text) is not Urgency.emergency, text


# The same dangers said plainly: unchanged, an emergency.
DANGER_SAID: list[str] = [
    "my coworker fell, his leg is broken and bleeding, boss says no hospital",
    "mi compañero se cayó, sangra mucho y el patrón dice no hospital",
    "he stabbed my friend, he is bleeding on the floor",
    "uminom ako ng maraming gamot kanina, ayoko na mabuhay",
    "Вони знають, де я, і шукають мене біля гуртожитку.",
    "Yo konnen m te rele nou, yo devan pòt la kounye a.",
    "Он стоит за дверью с ножом и кричит.",
]


def test_vietnamese_they_said_they_would_take_me_is_no_joke() -> None:
    # taken across tonight, the passport held: a move now
    text = "Người môi giới nói đưa tôi sang Mỹ tối nay để làm trả nợ, họ giữ hộ chiếu của tôi."
    assert _level(text) is Urgency.emergency
    # the same move told of a year gone by: unchanged
    assert (
        _level("Năm ngoái công ty đưa tôi sang Canada làm việc, giờ tôi muốn đổi việc.") is Urgency.standard
    )
    # a joke said as one: unchanged
    assert _level("haha sếp nhốt tôi trong phòng họp cả ngày, nói đùa thôi") is Urgency.low


# A child where men go in and out, with a word of now; a child held in a room now (Dutch); pills
# bought to be swallowed tonight (Swahili).
NEW_EMERGENCIES: list[str] = [
    "There's a girl, maybe 14, in room 12 with an older man, men going in and out all night.",
    "Mijn dochter van 14 belde net: de man laat haar de kamer niet uit.",
    "Nimenunua dawa za usingizi nyingi, nitazinywa usiku huu.",
]


# Men going in and out of an adult's home, asked about: a suspicion, unchanged.
def test_men_going_in_and_out_of_an_adults_home_is_a_suspicion() -> None:
    for text in (
        "Ma voisine a 30 ans, des hommes entrent et sortent de chez elle. Dois-je le signaler?",
        "Mi vecina, una mujer adulta: hombres que entran y salen de su casa. ¿Debo reportarlo?",
    ):
        assert _level(text) is Urgency.standard, text


# A story dated in one sentence, told on in the next with no time of its own: over.
TOLD_ON: list[str] = [
    "Last month I got hurt at work. The boss called an ambulance.",
    "Le mois passé je me suis blessé au travail. Le patron a appelé l'ambulance.",
    "El mes pasado me lastimé en el trabajo. El patrón llamó a la ambulancia.",
]


# Recent (yesterday is no past told), or a plea now: unchanged.
STILL_NOW: list[str] = [
    "Yesterday he beat me. I am bleeding a lot.",
    "Last month I escaped. My friend is still there, he is bleeding, please help.",
]


# The writer left the place, and someone pursues them now: the leaving is over, the pursuit is
# not (a leaving word in the pursuit's sentence put it in the past).
LEFT_AND_PURSUED: list[str] = [
    "I left the house last night and the boss is looking for me with a knife.",
    "Je suis partie de la maison hier soir et le patron me cherche avec un couteau.",
    "Salí de la casa anoche y el patrón me está buscando con un cuchillo.",
    "Am plecat de acolo aseară și șeful mă caută cu un cuțit.",
    "Я ушла оттуда вчера вечером, и хозяин ищет меня с ножом.",
    "Я пішла звідти вчора ввечері, і хазяїн шукає мене з ножем.",
]


# Leaving told with nothing after it, or a pursuit told as over: unchanged, over.
LEFT_AND_OVER: list[str] = [
    "I left the farm last year. I need help finding a job.",
    "I left two years ago, he used to follow me everywhere back then.",
    "Salí de la casa hace un año, ahora estoy bien, busco trabajo.",
]


# "He says that if anyone complains...": a threat told of a situation that goes on, not a
# question about an imagined case.
THREAT_TOLD_AS_IF: list[str] = [
    "Mon patron garde 200$ par mois et dit que si quelqu'un se plaint, il le renvoie. C'est légal?",
    "O patrão fica com metade do salário e diz que se alguém reclamar manda embora. Isso é legal?",
    "Patronul îmi ține jumătate din salariu și zice că dacă cineva se plânge, îl trimite acasă. E legal?",
    "Boss har mahine salary se 1000 kaat leta, kehta hai agar kisi ko bataya to PR khatam. Legal hai kya?",
]


# Questions about an imagined case: unchanged.
IMAGINED: list[str] = [
    "Si alguien trabaja sin sueldo y el patrón le quita el pasaporte, ¿qué puede hacer?",
    "Que se passe-t-il si quelqu'un travaille sans salaire?",
]


# "They answered that then I would have to move out": a consequence threatened ("тоді",
# "тогда"), not "back then"; a situation that goes on stays `high`.
THEN_THREATENED: list[str] = [
    "Вже 7 місяців я доглядаю батька спонсорів вдень і вночі. Коли я сказала, що хочу шукати "
    "роботу, вони відповіли, що тоді мені треба з'їхати.",
    "Уже 7 месяцев я работаю у них днём и ночью без выходных. Когда я сказала, что хочу уйти, "
    "они ответили, что тогда мне надо съехать.",
]


def test_then_as_back_then_stays_past() -> None:
    text = "Я працювала там вдень і вночі. Я тоді думала, що так треба. Тепер я вже два роки маю іншу роботу."
    assert _level(text) is Urgency.standard


# Each list above, with the level its sentences must read at (a cause and its look-alikes).
LEVELS: list[tuple[list[str], Urgency]] = [
    (CONFIDED, Urgency.high),  # a secret told to a witness is no hiding now
    (WRITING_IN_SECRET, Urgency.emergency),  # writing in secret now stays an emergency
    (DANGER_SAID, Urgency.emergency),  # the dangers said plainly stay emergencies
    (NEW_EMERGENCIES, Urgency.emergency),  # new ways of saying a danger now are emergencies
    (TOLD_ON, Urgency.standard),  # the next sentence of a dated story is over
    (STILL_NOW, Urgency.emergency),  # an injury now after a recent or pleaded story stays an emergency
    (LEFT_AND_PURSUED, Urgency.emergency),  # a pursuit after leaving is an emergency
    (LEFT_AND_OVER, Urgency.standard),  # leaving with nothing after it stays over
    (THREAT_TOLD_AS_IF, Urgency.high),  # a threat told with if is no imagined case
    (IMAGINED, Urgency.standard),  # a question about an imagined case stays standard
    (THEN_THREATENED, Urgency.high),  # then as a consequence is no past
]


@pytest.mark.parametrize(("text", "level"), [(text, level) for texts, level in LEVELS for text in texts])
def test_each_sentence_reads_at_its_level(text: str, level: Urgency) -> None:
    assert _level(text) is level, text
