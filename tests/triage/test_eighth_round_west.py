"""Issue 11, eighth round, urgency in the western languages (en, fr, es, pt, ht, de, it, nl, pl).

Every sentence here is new, written for these tests (none is copied from the corpus). Each class
is a structure, tried in several languages, with a control that keeps the danger it must not hide.
"""

from __future__ import annotations

import pytest

import triage
from triage.codes import Urgency


def level(text: str) -> Urgency:
    return triage.analyze(text, second_opinion=False).urgency


# ----------------------------------------------------------------- false emergencies (precision)

NOT_EMERGENCIES = [
    # a lock that is felt, not a door locked now
    "I feel trapped in this job, the owner keeps my passport and pays me when he wants.",
    "Je me sens prisonnière dans cette maison, madame garde mon passeport et je travaille 15h.",
    "Me siento atrapada con este patrón, no me paga y tiene mi pasaporte.",
    "Ich fühle mich wie gefangen, der Chef hat meinen Pass und zahlt mir nichts.",
    "Sinto-me presa nesse emprego, o patrão guarda meu passaporte.",
    # someone else writing to the writer in secret: a control that goes on
    "Mi tía me escribe a escondidas desde el celular de su hija, el marido no la deja trabajar.",
    "My sister texts me secretly from her husband's house, he keeps her passport and her pay.",
    "Ma cousine m'écrit en cachette, son mari lui a pris ses papiers et ne la laisse pas étudier.",
    # "they know where" my relative lives: a threat to the family that goes on
    "Dicen que saben dónde vive mi familia, por eso me obligan a vender en la calle para pagar.",
    "Ils disent qu'ils savent où habite ma mère au pays, alors je continue à payer la dette.",
    # yelling all day, the arrival of someone as a habit
    "Le gérant crie tout le temps après nous et il garde nos passeports dans son bureau.",
    "Elle tremble chaque soir quand il arrive, il prend tout l'argent qu'elle gagne au dépanneur.",
    # "found me the job": a favour, not a pursuit
    "L'agence qui m'a trouvé le travail garde mon passeport et je dois encore 4000 $.",
    # Haitian "ap rele" is also "is calling" (immigration, the police)
    "Patwon an di l ap rele imigrasyon si m pale, li pa peye m depi 3 mwa.",
]


@pytest.mark.parametrize("text", NOT_EMERGENCIES)
def test_these_are_ongoing_situations_not_emergencies(text: str) -> None:
    assert level(text) is Urgency.high


PAST_OR_TOPIC = [
    # a cue read over the end of a sentence ("know. Where I" is no "know where I")
    (
        "I tell my story so other women know. Where I live now nobody hurts me, I have my papers.",
        Urgency.standard,
    ),
    (
        "J'ai été enfermée pendant deux ans au Liban. Aujourd'hui je vais bien et je veux témoigner.",
        Urgency.standard,
    ),
    (
        "I host a true crime podcast, an episode about girls chained in basements: an interview?",
        Urgency.low,
    ),
    (
        "I'm writing a thriller where a girl is chained in a basement. How would she reach a hotline?",
        Urgency.low,
    ),
    (
        "Pour mon polar, mon personnage est enfermée dans une cave par des passeurs. Est-ce réaliste?",
        Urgency.low,
    ),
    ("En mi novela el personaje está encerrada en un contenedor. ¿Cómo pediría ayuda?", Urgency.low),
    ("Sou roteirista. A personagem fica trancada num porão e apanha. Soa realista?", Urgency.low),
    ("hahaha pomocy szef kazał mi zostać dłużej w biurze, dzwońcie na policję xD", Urgency.low),
]


@pytest.mark.parametrize(("text", "want"), PAST_OR_TOPIC)
def test_past_stories_fiction_media_and_jokes_are_no_emergency(text: str, want: Urgency) -> None:
    assert level(text) is want


# ----------------------------------------------------------------- missed emergencies (recall)

EMERGENCIES = [
    # telegraphic second-language English: a key taken, not let out
    "we 6 girl. boss take key, we no go out 2 day, no food. Brampton",
    "tonight they move us to Montreal in van, i hide this phone under mattress",
    # a child picked up today, in every inflection
    "Her coach picks her up after school today to meet some men, she is 14. School ends soon.",
    # a wound going bad and care refused
    "My cut is swollen and red streaks going up my leg, manager says no doctor because no papers.",
    # the phone taken by a man coming back in minutes, with a minor
    "J'ai 15 ans, un homme m'a pris mon téléphone et revient dans 20 min, j'écris avec celui d'une fille.",
    "Tengo 16 años, el hombre me quitó el celular y vuelve en 10 minutos, estoy en un motel de Laval.",
    # escaped by a window and searched for
    "moi sortie par la fenêtre il y a 30 minutes, patron cherche avec auto. caché derrière dépanneur",
    "I climbed out the window an hour ago, they are driving around looking for me",
    # pills taken, said with the pack
    "ik heb zojuist een hele strip pillen genomen, ik kan niet meer",
    "Ich habe gerade eine ganze Packung Tabletten genommen. Es tut mir leid.",
    "I just took a whole strip of sleeping tablets, tell my mom sorry",
    "j'ai pris toute la plaquette ce soir, je veux dormir pour toujours",
    "me tomé toda la caja de pastillas hace un rato",
    "tomei a cartela inteira agora, não aguento mais",
    # violence reported now by a colleague (Polish), a locked shed told telegraphically (Italian)
    "Kolega dzwoni właśnie teraz, szef i jego brat biją go w magazynie.",
    "noi chiusi dentro magazzino, padrone porta via chiavi, no acqua da ieri. aiuto",
    # a child taken to men tonight (German, Dutch)
    "Der Trainer holt sie heute Abend ab und bringt sie zu Männern, die ihn dafür bezahlen. Sie ist 13.",
    "Twee mannen nemen haar nu mee naar een hotel, ze is 15 en huilt.",
    # a lock from outside since a day of the week, in a message with an old past clause
    "I came 3 years ago for a job, since Sunday she locks the room from outside with us inside.",
    # a child locked out in the cold
    "neighbour here, a small boy about 8 is locked out on the balcony for 2 hours in the snow, crying",
]


@pytest.mark.parametrize("text", EMERGENCIES)
def test_these_are_emergencies(text: str) -> None:
    assert level(text) is Urgency.emergency


CONTROLS = [
    "they know where I live and they are outside right now",
    "he locked me in the room and took the keys, help",
    "I hid this phone, he is asleep in the next room",
    "Saben dónde estoy, me están buscando ahora mismo",
    "ma voisine crie en ce moment, il la frappe contre le mur",
    "vite il arrive, il va me tuer",
    "Pomocy! policja! zamknął mnie w piwnicy",
]


@pytest.mark.parametrize("text", CONTROLS)
def test_the_dangers_these_checks_must_not_hide(text: str) -> None:
    assert level(text) is Urgency.emergency


def test_telegraphic_italian_is_read_as_italian() -> None:
    assert triage.analyze("noi chiusi dentro capannone, padrone porta via chiavi. aiuto").language == "it"


# ----------------------------------------------------------------- ongoing, past or a request (exact)

ONGOING = [
    # filmed with men, the videos sold, and sent to the family as a threat
    "Il me filme avec des hommes et vend les vidéos, il dit qu'il va envoyer tout à mon frère.",
    "He films me with men and sells the videos online, he says he will send them to my dad.",
    "Mi novio me graba con hombres y vende los videos, dice que va a mandar los videos a mi mamá.",
    "Meu namorado me filma com homens e vende os vídeos, diz que vai mandar os vídeos pra minha mãe.",
    # Portuguese verbs of holding ("segura o passaporte", "fica com metade do salário")
    "É normal o patrão segurar meu passaporte e ficar com metade do salário?",
    # Dutch "may not leave" in its own word order
    "Mijn zus mag niet weg van de boerderij tot ze de schuld heeft terugbetaald.",
]


@pytest.mark.parametrize("text", ONGOING)
def test_ongoing_exploitation_is_high(text: str) -> None:
    assert level(text) is Urgency.high


REQUESTS = [
    # French housework is no threat ("ménage" is one letter from "menacé")
    "Je fais le ménage chez une dame à Laval depuis un mois, je voudrais des cours de français.",
    # a Haitian "last week" places the story in the past
    "M kite kay patwon an semèn pase, kounye a m bezwen yon kote pou m dòmi ak pitit mwen.",
    # a light language read by its lexicon: a request for help in one's language is no danger
    "Buongiorno, ho bisogno di aiuto, c'è qualcuno che parla italiano? Grazie",
    "Dzień dobry, potrzebuję pomocy, czy ktoś mówi po polsku? Dziękuję",
    "Guten Tag, ich brauche Hilfe, spricht jemand bei Ihnen Deutsch?",
    # a German question about an imagined case
    "Was würde passieren, wenn sich jemand ohne Papiere bei Ihnen meldet? Rufen Sie die Polizei?",
]


@pytest.mark.parametrize("text", REQUESTS)
def test_requests_and_finished_stories_are_not_high(text: str) -> None:
    assert level(text).rank > Urgency.high.rank


def test_a_cry_for_help_in_a_language_no_lexicon_reads_still_goes_to_a_person() -> None:
    assert level("Segítség, kérem, beszél valaki magyarul? Nagyon fontos.") is Urgency.high


MORE_EMERGENCIES = [
    "i took 30 pills of my mother's medicine, i am sorry for everything",
    "im standing on the roof of the building, i cant do this anymore",
    "Ze slaan mijn vriendin nu in het huis ernaast, ik hoor haar gillen",
    "The guy who bought me is sleeping, I am in the bathroom typing this. Quebec City. Please come",
    "A 13 year old girl came in with a man who says he's her uncle, she whispered he sells her. "
    "He wants to take her now.",
]


@pytest.mark.parametrize("text", MORE_EMERGENCIES)
def test_pills_a_roof_a_buyer_asleep_a_child_about_to_be_taken(text: str) -> None:
    assert level(text) is Urgency.emergency


GENERAL_QUESTIONS = [
    "What should someone do if they are locked in a house by their employer? Asking for a training.",
    "We watched a documentary last night where women were locked in containers. How common is this?",
    "Vi un documental donde encerraban a mujeres en contenedores. ¿Eso pasa en Canadá?",
    "J'ai vu un reportage où des filles étaient séquestrées dans des motels. Ça arrive souvent ici?",
    "Comment les trafiquants gardent-ils les victimes enfermées? C'est pour un travail scolaire.",
]


@pytest.mark.parametrize("text", GENERAL_QUESTIONS)
def test_general_questions_and_media_seen_are_no_emergency(text: str) -> None:
    assert level(text) in (Urgency.low, Urgency.standard)


CLASS_QUESTIONS = [
    "¿Qué pasa si a alguien lo encierran en la casa donde trabaja? Es para una clase.",
    "O que acontece se alguém for trancado pelo patrão? É para um trabalho da faculdade.",
    "Kisa k ap pase si yon moun fèmen nan kay patwon li? Se pou yon klas.",
    "In the movie Taken the girl gets kidnapped, does that really happen in Montreal?",
]


@pytest.mark.parametrize("text", CLASS_QUESTIONS)
def test_questions_for_a_class_or_about_a_film_are_low(text: str) -> None:
    assert level(text) is Urgency.low


def test_an_italian_joke_is_read_as_italian_and_low() -> None:
    result = triage.analyze("ahah il mio capo mi ammazza se arrivo tardi di nuovo", second_opinion=False)
    assert (result.language, result.urgency) == ("it", Urgency.low)


A_CHILD_WITH_A_MAN_NOW = [
    "Mijn nichtje van 13 zit nu in een auto met een man die haar naar Amsterdam brengt",
    "Moja siostra ma 15 lat, teraz jest z mężczyzną w hotelu, on ją sprzedaje",
    "a vizinha de 12 anos está sendo levada agora por um homem num carro preto",
    "my friend's 15 yr old daughter has been missing 2 days, we just found her ad online tonight",
    "Mi hija de 14 años está con un hombre en un hotel ahora mismo, no contesta",
]


@pytest.mark.parametrize("text", A_CHILD_WITH_A_MAN_NOW)
def test_a_child_taken_or_with_a_man_now_is_an_emergency(text: str) -> None:
    assert level(text) is Urgency.emergency


def test_polish_locked_in_by_the_boss_is_an_emergency() -> None:
    assert level("Mój szef zamknął nas w baraku, nie ma wody, pomocy") is Urgency.emergency


WRITER_TAKES = [
    "Je l'emmène à l'école ce matin, ma fille de 9 ans a besoin d'un formulaire.",
    "I'm taking her to the clinic today, my niece is 12 and she has a fever.",
    "Ce soir on l'amène chez sa grand-mère, mon fils de 10 ans, est-ce que je peux appeler demain?",
]


@pytest.mark.parametrize("text", WRITER_TAKES)
def test_the_writer_taking_a_child_somewhere_is_no_emergency(text: str) -> None:
    assert level(text) is not Urgency.emergency


def test_a_man_taking_a_child_to_men_tonight_still_is() -> None:
    assert level("Il l'emmène ce soir chez des hommes, elle a 13 ans.") is Urgency.emergency


NOT_A_DANGER_NOW = [
    # a landlord taking the key back is no lock (the telegraphic lock names who takes it)
    "I move out next week, landlord take key and give deposit back? I need advice on my rights.",
    # song lyrics
    'lyrics of our song: "he locked me in a cage, I cried all night" - can we use your number?',
    # sleeping pills taken yesterday, and better now
    "j'ai pris des cachets pour dormir hier, ça va mieux, je voudrais parler à un psy",
    # someone coming back from the store in minutes: a word of now, no danger
    "she comes back in 10 minutes from the store, I just wanted to ask about my work permit quickly",
    # robbed of a passport is no forced crime
    "Mon cousin s'est fait voler son passeport dans l'autobus, comment en avoir un nouveau?",
]


@pytest.mark.parametrize("text", NOT_A_DANGER_NOW)
def test_no_danger_now_is_standard_or_low(text: str) -> None:
    assert level(text).rank > Urgency.high.rank


def test_a_lock_that_might_happen_one_day_is_a_fear_not_an_emergency() -> None:
    text = "I'm afraid that one day he might lock me in like he did to the other girl. Right now I can leave."
    assert level(text) is Urgency.high


def test_a_boss_taking_the_key_is_still_a_lock() -> None:
    assert level("we 4 girl in house. boss took key, we no go out, no food") is Urgency.emergency


TRUNK_STOLEN_PHONE_HIDDEN = [
    "el señor que me trajo está durmiendo, le robé el teléfono para escribir, tengo 15 años",
    "pls help im 14 the man at the house said im going to work with men tonight i hid in the closet",
    "my wife's cousin is in the trunk of a car right now, she called us, they are driving",
    "ma soeur est dans le coffre d'une auto en ce moment, elle m'a appelée en chuchotant",
    "mi amiga está en la cajuela de un carro ahora mismo, me llamó llorando",
]


@pytest.mark.parametrize("text", TRUNK_STOLEN_PHONE_HIDDEN)
def test_a_trunk_a_phone_taken_to_write_a_child_hidden(text: str) -> None:
    assert level(text) is Urgency.emergency


def test_a_passport_in_the_bosss_safe_is_no_trunk() -> None:
    text = "mon boss garde mon passeport dans son coffre, on fait des shifts de 14h, j'peux tu le ravoir?"
    assert level(text) is Urgency.high


INFORMATION = [
    "Could your team give a session for our restaurant staff on spotting trafficking? About 20 people.",
    "GANHE 3000 REAIS POR MÊS trabalhando de casa, clique agora, vagas limitadas",
    "Gane dinero desde casa, haga clic aquí, plazas limitadas!!!",
    "Gagnez 500 $ par jour, travail à domicile, cliquez ici",
    "Mwen se animatè nan radyo Montréal, nou vle fè yon emisyon sou trafik moun, èske n ka pale?",
    "Wir sind eine Beratungsstelle in Hamburg und möchten Ihre Arbeit kennenlernen.",
    "Jestem nauczycielką w liceum, przygotowuję lekcję o handlu ludźmi. Macie materiały dla młodzieży?",
]


@pytest.mark.parametrize("text", INFORMATION)
def test_training_media_spam_and_lessons_are_low(text: str) -> None:
    assert level(text) is Urgency.low


def test_videos_sent_to_a_sisters_school_are_no_class_assignment() -> None:
    # "para a escola" is where the videos go, not a school assignment (information)
    assert level("Se eu parar ele manda os vídeos para a escola da minha irmã.") is not Urgency.low
