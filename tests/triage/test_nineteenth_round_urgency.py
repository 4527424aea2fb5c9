"""Issue 11, nineteenth round: urgency on sentences written for this round, not taken from any
corpus file. Causes, not phrases: a word of the past just after "since" ("he has been following
me since I left the metro") opens a span that lasts until now; a pursuer's own words, quoted
("I know you're at your cousin's", "come out or I'm coming in") or his car circling the house,
are a pursuit; Arabic in Latin letters names hanging (sh-n-q) and suicide (n-t-ḥ-r) by their
roots, "myself" after a killing verb is self-harm; a pursuit or a move told after a condition
("if I leave he will find me") is threatened, not happening; the writer in hospital, operated
on, is cared for (care refused before is over). Each class has look-alikes that must not
change: a story dated in the past after its "since", a word with the same consonants in French
("cinq"), a bus that passes the house, a pursuer at the door now, a death threat on a condition,
someone hurt and refused care now."""

from __future__ import annotations

import pytest

import triage
from triage.codes import Urgency

# (what the row checks, the message, whether it is an emergency)
CASES: list[tuple[str, str, bool]] = [
    # "since" + a past: a pursuit that started then and goes on
    (
        "since",
        "Il me suit en voiture depuis que je suis sortie du métro, il dit qu'il va me tuer si je "
        "ne reviens pas. Je suis dans un dépanneur maintenant.",
        True,
    ),
    (
        "since",
        "Li ap swiv mwen nan machin depi m soti nan metwo a, li di l ap touye m si m pa tounen. "
        "M nan yon estasyon gaz kounye a.",
        True,
    ),
    (
        "since",
        "Mă urmărește cu mașina de când am ieșit din metrou, zice că mă omoară dacă nu mă întorc. "
        "Sunt la o benzinărie acum.",
        True,
    ),
    (
        "since",
        "Ele está me seguindo de carro desde que saí do metrô, diz que vai me matar se eu não "
        "voltar. Estou num posto agora.",
        True,
    ),
    (
        "since",
        "Он едет за мной на машине с тех пор как я вышла из метро, говорит что убьёт если не "
        "вернусь. Я сейчас на заправке.",
        True,
    ),
    # look-alikes: "since" opens a story dated and over
    ("since, dated", "Since I left him in 2019 I've been safe. He used to beat me and lock me in.", False),
    (
        "since, dated",
        "Depuis que je suis partie il y a deux ans, tout va bien. Il me frappait et m'enfermait.",
        False,
    ),
    (
        "since, dated",
        "Desde que salí de esa casa hace un año estoy bien, el patrón me pegaba y me encerraba.",
        False,
    ),
    ("since, dated", "De când am plecat de acolo acum 3 ani sunt liniștită, șeful mă bătea.", False),
    ("since, dated", "Depi m soti kay li ane pase, m an sekirite. Li te konn bat mwen.", False),
    ("since, dated", "С тех пор как я ушла от него два года назад, всё хорошо. Он меня бил.", False),
    ("since, dated", "Từ khi tôi trốn khỏi đó năm 2020, tôi đã an toàn. Ông chủ từng đánh tôi.", False),
    ("since, dated", "自从我三年前离开那里，我就安全了。老板以前打我。", False),
    # the pursuer's own words, just sent: he knows where the person is, he orders her out
    (
        "pursuer's words",
        "Я знаю что ты у Кати, выходи сама или я зайду. Он уже второй раз проезжает мимо дома.",
        True,
    ),
    (
        "pursuer's words",
        "He just texted me: \"I know you're at your cousin's, come out or I'm coming in\". "
        "He keeps driving past the house.",
        True,
    ),
    (
        "pursuer's words",
        'Me acaba de escribir: "sé que estás en casa de tu prima, sal o entro yo". Ya volvió a '
        "pasar frente a la casa.",
        True,
    ),
    (
        "pursuer's words",
        "Він щойно написав: «знаю, що ти у сестри, виходь або я зайду». Вже вдруге проїжджає повз.",
        True,
    ),
    ("pursuer's words", "我表姐刚发的微信：“我已经在你家楼下了。”我们很害怕。", True),
    # look-alikes: a bus passing, a mother who knows where her child is, an old message
    ("not a pursuer", "El autobús pasa frente a la casa a las 6, el patrón no me paga desde marzo.", False),
    (
        "not a pursuer",
        "My mom texted: I know you're at work, call me later. My boss still has my passport.",
        False,
    ),
    ("not a pursuer", "Le bus passe devant la maison le matin, mon patron garde mon passeport.", False),
    # a pursuit or a move told after a condition is threatened, not happening: high
    (
        "threatened pursuit",
        "He keeps my passport. If I leave, he says he will find me. What can I do?",
        False,
    ),
    (
        "threatened pursuit",
        "Il garde mon passeport. Si je quitte il dit qu'il va me trouver. Qu'est-ce que je peux faire?",
        False,
    ),
    (
        "threatened pursuit",
        "El patrón tiene mi pasaporte. Si me voy dice que me va a encontrar. ¿Qué hago?",
        False,
    ),
    ("threatened pursuit", "Patwon an kenbe paspò m. Si m kite li di l ap jwenn mwen. Kisa m ka fè?", False),
    (
        "threatened pursuit",
        "Ông chủ giữ hộ chiếu của tôi. Nếu tôi bỏ đi, ông ta nói sẽ tìm ra tôi. Tôi phải làm sao?",
        False,
    ),
    ("threatened pursuit", "老板拿着我的护照。他说如果我走了，他会找到我。我该怎么办？", False),
    (
        "threatened move",
        "Li di si m pa voye kòb chak mwa, l ap fè gang yo kidnape pitit gason m. Li poko fè l, men gang "
        "yo la vre.",
        False,
    ),
    # look-alikes: the pursuer is there now, a kidnapping done, a death threat on a condition
    ("pursuit now", "He found me. He is outside my door now, if I don't open he will break it.", True),
    ("pursuit now", "вони під дверима. стукають і кажуть відчиняй, ми знаємо що ти дзвонила.", True),
    ("pursuit now", "من زن. اتاق هتل. مرد مست پشت در. کلید نیست. کمک", True),
    ("move done", "Yo kidnape pitit gason m maten an, yo di si m pa peye y ap touye l.", True),
    ("death threat", "بعتلي دلوقتي: لو مارجعتش الليلة هقتلك. أنا عند صاحبي وخايف يعرف المكان", True),
    # the writer is in hospital, operated on, safe: care refused before is over
    (
        "in care",
        "I'm at the hospital, they operated on my hand that got caught in the machine. The boss didn't "
        "want to call an ambulance, a coworker drove me. Now I'm safe, but I can't work for 3 months.",
        False,
    ),
    (
        "in care",
        "Je suis à l'hôpital, on m'a opéré la main prise dans la machine. Le patron n'a pas voulu appeler "
        "l'ambulance, un collègue m'a amené. Maintenant je suis en sécurité.",
        False,
    ),
    (
        "in care",
        "Estoy en el hospital, me operaron la mano. El patrón no quiso llamar a la ambulancia, un "
        "compañero me trajo. Ahora estoy a salvo.",
        False,
    ),
    (
        "in care",
        "M nan lopital, yo opere men m ki te pran nan machin nan. Patwon an pa t vle rele anbilans, se "
        "yon kanmarad ki mennen m. Kounye a m an sekirite.",
        False,
    ),
    (
        "in care",
        "Я в больнице, мне прооперировали руку. Хозяин не захотел вызывать скорую, меня привёз коллега. "
        "Сейчас я в безопасности.",
        False,
    ),
    (
        "in care",
        "我在医院，被机器夹伤的手已经做了手术。老板不肯叫救护车，是同事送我来的。现在我安全了。",
        False,
    ),
    # look-alikes: someone else hurt now, care refused now; the writer in hospital with a pursuer
    ("care refused now", "Janm mwen kase, bòs la pa vle mennen m lopital, n ap travay nan yon fèm.", True),
    (
        "care refused now",
        "My coworker fell from the roof, he is bleeding from the head and the boss won't call an ambulance.",
        True,
    ),
    (
        "in care, pursued",
        "I'm at the hospital, he is outside the room and says he will kill me if I talk.",
        True,
    ),
    # Arabic in Latin letters: hanging and suicide by their roots
    ("arabizi self-harm", "ma 3ad fini kamel. el lele ra7 2ashna2 7ali w 5alas.", True),
    ("arabizi self-harm", "ana ta3bana ktir, bfakker 2ente7er el lele.", True),
    ("arabizi self-harm", "khalas ma b2a fiya, ghadi nchne9 rasi had lila", True),
    # look-alikes: French "cinq" has the consonants of sh-n-q
    ("arabizi look-alike", "3andi cinq e5wan w kolna b5eir, bas el m3alem ma 3am yedfa3 el ma3ash.", False),
]


@pytest.mark.parametrize(("cause", "text", "emergency"), CASES)
def test_nineteenth_round_urgency(cause: str, text: str, emergency: bool) -> None:
    level = triage.analyze(text, second_opinion=False).urgency
    assert (level is Urgency.emergency) == emergency, (cause, level, text)
