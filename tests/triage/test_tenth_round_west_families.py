"""Issue 11, tenth round: urgency in en, fr, es, pt, ht, it, ro, de and pl, on sentences written
for this round (not taken from any corpus file). Families of words across the languages, in
broken grammar, SMS shorthand and without accents, not phrases: a key taken or a door shut on
the person, an adult man in the room with a child, someone waiting for the person or the child,
"you will never see her again", being put into a car, a lock counted in days or since a weekday,
a plea written as an SMS."""

from __future__ import annotations

import pytest

import triage
from triage.codes import Urgency
from triage.danger.kinds import What

EMERGENCIES: list[tuple[str, str, What]] = [
    # a key taken, a door shut on the person, with a word of now (telegraphic, no accents)
    ("en", "pls help. man take all key. me and sister in garage now, no water", What.confinement),
    ("fr", "patronne partie avec les cles. nous 4 dans sous sol 2 jour. aide svp", What.confinement),
    (
        "es",
        "el capataz se fue con las llaves, estamos en la bodega desde el jueves, auxilio",
        What.confinement,
    ),
    ("pt", "o gerente levou as chaves e estamos na cozinha desde domingo, socorro", What.confinement),
    ("it", "il capo porta via sempre le chiavi, siamo nel magazzino da venerdi, aiutami", What.confinement),
    ("ht", "bos la pran tout kle yo, nou nan depo a depi vandredi, tanpri ede m", What.confinement),
    ("ro", "sefa a luat toate cheile, suntem in hala de vineri, ajutor va rog", What.confinement),
    (
        "de",
        "der Vorarbeiter hat alle Schlüssel mitgenommen, wir sind seit Freitag in der Halle, bitte helfen",
        What.confinement,
    ),
    ("pl", "szef zabrał wszystkie klucze, siedzimy w hali od piątku, ratunku", What.confinement),
    # an adult man in the room with a child, a word of now in the message
    (
        "en",
        "my neighbour's girl is 12 and a guy went in with her twenty minutes ago, the mom took money",
        What.sexual_exploitation,
    ),
    (
        "fr",
        "Ma nièce de 14 ans vient de m'écrire, deux hommes avec elle dans un appart à Laval",
        What.sexual_exploitation,
    ),
    (
        "es",
        "mi prima de 13 esta ahorita en un cuarto con dos senores que pagaron, ayudame",
        What.sexual_exploitation,
    ),
    (
        "pt",
        "minha irmã de 12 anos está num quarto com um homem que pagou meu tio, me ajude",
        What.sexual_exploitation,
    ),
    (
        "it",
        "la figlia della portinaia, avrà 11 anni, è in una stanza con un uomo, aiutatemi",
        What.sexual_exploitation,
    ),
    (
        "pl",
        "dziewczynka ma może 12 lat, mężczyzna wszedł z nią do pokoju przed chwilą",
        What.sexual_exploitation,
    ),
    # someone waits for the child or the person, now
    (
        "es",
        "soy maestra, un alumno de 12 anos dice que el hombre que lo pone a pedir dinero "
        "lo espera afuera ahora mismo",
        What.pursuit,
    ),
    (
        "de",
        "Ich bin Lehrerin. Eine Schülerin, 13, sagt, der Mann, der sie verkauft, fragte nach mir "
        "und steht gerade jetzt vor der Schule",
        What.pursuit,
    ),
    (
        "en",
        "I got away from the farm on sunday. right now two of the bosses men are outside "
        "my cousin's apartment",
        What.pursuit,
    ),
    # "you will never see her again", with a word of now
    ("pt", "ele disse hoje que nunca mais vou ver a minha filha", What.threat),
    ("fr", "il m'a écrit ce soir : reviens ou tu ne reverras jamais ton fils", What.threat),
    ("ro", "mi-a scris azi noapte: daca nu vii, n-o sa-ti mai vezi copilul niciodata", What.threat),
    # a violent verb and its object, telegraphic, with a word of now
    ("pt", "socorro o encarregado bate na minha colega agora na cozinha", What.violence),
    ("ro", "seful loveste pe colega meu acum in curte", What.violence),
    ("en", "boss kicking the girl now in the kitchen, pls", What.violence),
    ("es", "el capataz golpea a mi compañero ahorita en el galpón", What.violence),
    # a habit word does not outweigh a blow happening now in its own sentence
    ("fr", "il boit parfois mais là il me frappe en ce moment, venez vite", What.violence),
    # someone in a room, a car, alone with a man, said in the present: now
    (
        "it",
        "la nipotina di mia moglie, 10 anni, è in camera con il padrone di casa, la sento urlare",
        What.sexual_exploitation,
    ),
    (
        "ro",
        "fetita vecinei, are vreo 11 ani, e in camera cu un strain care i-a dat bani mamei",
        What.sexual_exploitation,
    ),
    (
        "en",
        "our foster girl is 13 and she is in a room with two grown men at the party, she sent a pic",
        What.sexual_exploitation,
    ),
    # a child made to perform in front of a camera, now
    (
        "es",
        "en este momento un hombre pone a una niña de unos 9 años frente a la cámara y cobra a los que miran",
        What.sexual_exploitation,
    ),
    # it has been some minutes: a move just begun
    (
        "fr",
        "ma coloc m'a texté « ils me mettent dans un camion ». ça fait 5 minutes, elle répond plus",
        What.moved,
    ),
    # not letting her out, every object pronoun
    (
        "it",
        "mia cugina ha 15 anni, mi ha appena scritto che non la lasciano uscire dall'appartamento",
        What.confinement,
    ),
    (
        "de",
        "meine Schwester ist 14 und hat gerade geschrieben, sie lassen sie nicht raus aus der Wohnung",
        What.confinement,
    ),
    (
        "pl",
        "siostrzenica ma 13 lat, właśnie napisała, że nie pozwalają jej wyjść z mieszkania",
        What.confinement,
    ),
    # to kill said another way
    ("en", "she whispered on the phone that they will finish her off if she talks", What.death_threat),
    ("it", "mi ha detto che stanotte mi fanno fuori se non porto i soldi", What.death_threat),
    # giving one's things away
    (
        "en",
        "I gave away my things to the girls in the house. thank you for being kind before",
        What.self_harm,
    ),
    ("pt", "já dei as minhas coisas para a minha prima. obrigada por tudo", What.self_harm),
    # about to jump, a goodbye (SMS forms)
    ("fr", "chui sur le pont jacques cartier, jvais sauter, dites a ma mere pardon", What.self_harm),
    (
        "es",
        "estoy arriba del edificio y me voy a aventar, diganle a mi hermana que lo siento",
        What.self_harm,
    ),
    ("en", "im up on the parking garage roof gonna jump tonight", What.self_harm),
    # grabbed and put into a car, a child, a word of now
    (
        "pt",
        "pegaram minha sobrinha de 12 anos e botaram num carro preto há cinco minutos",
        What.moved,
    ),
    ("es", "se la llevaron a mi hija de 15 hace 10 minutos en una camioneta blanca", What.moved),
    # they are outside, parked, said in the present
    (
        "en",
        "they are parked across the road from my sister's place, the two guys from the restaurant",
        What.pursuit,
    ),
    ("fr", "les deux gars du garage sont stationnés devant l'école de ma fille", What.pursuit),
    ("de", "die zwei Männer vom Hof parken vor dem Frauenhaus", What.pursuit),
    # calling without stopping, with a word of now
    ("it", "sono scappata stamattina e mi chiamano in continuazione, ho paura", What.pursuit),
    # to disfigure, to throw acid
    ("en", "he texted that he will throw acid on me when I come out of work", What.death_threat),
    ("es", "el patrón dijo que me va a cortar la cara si hablo con alguien", What.death_threat),
    # locked in somewhere, Haitian Creole passive
    ("ht", "m fenmen nan yon depo dèyè restoran an, pa gen limyè", What.confinement),
    # a relative or a child sold, tonight (a little sister is a child)
    (
        "fr",
        "mon beau-père vend ma petite cousine cette nuit à un client de son bar",
        What.sexual_exploitation,
    ),
    (
        "es",
        "mi padrastro va a vender a mi hermanita esta noche a un señor del rancho",
        What.sexual_exploitation,
    ),
    (
        "de",
        "der Freund meiner Mutter verkauft heute Nacht meine Tochter an einen Mann",
        What.sexual_exploitation,
    ),
    ("ht", "matant mwen ap vann ti sè m aswè a bay yon nèg ki gen lajan", What.sexual_exploitation),
    # being put into a car, tonight
    ("es", "me subieron a una camioneta hace diez minutos, no se adonde vamos", What.moved),
]


@pytest.mark.parametrize(("language", "text", "what"), EMERGENCIES)
def test_families_reach_emergency_by_a_rule(language: str, text: str, what: What) -> None:
    result = triage.analyze(text)
    assert result.language == language
    assert result.urgency is Urgency.emergency
    # the rules' own reading says it, not only the learned second opinion
    assert any(r.what is what and r.level is Urgency.emergency for r in result.reasons), result.explanations


NOT_EMERGENCIES: list[tuple[str, str]] = [
    # a key or a door of everyday life, nothing of now
    ("en", "the landlord took the keys back when I moved out last year, can he keep my deposit?"),
    ("fr", "la porte fermée à clé le soir, c'est normal dans une résidence étudiante?"),
    ("pt", "o senhorio levou as chaves quando saí do apartamento no ano passado, posso pedir o depósito?"),
    # an adult with a man, a marriage, a chat: no child in a room now
    ("es", "Me casé con un hombre de Montreal hace tres años y quiero saber cómo patrocinar a mi madre"),
    ("pt", "minha filha de 15 anos conversa com um homem no Instagram que promete trabalho de modelo"),
    # a violent verb in a story that is over, or in a habit
    ("en", "my stepfather used to hit my mom when I was little, now I want counselling"),
    ("pt", "o meu ex-patrão batia na minha colega há dois anos, agora estamos bem"),
    # a blow told as a habit (sometimes, when he drinks), calm today
    ("fr", "le contremaître nous frappe parfois quand il boit. Aujourd'hui c'est calme, on peut faire quoi?"),
    ("pt", "o chefe às vezes bate na gente quando bebe. Hoje está tudo calmo, o que podemos fazer?"),
    ("pl", "brygadzista czasami nas bije, kiedy pije. Dzisiaj jest spokój, co możemy zrobić?"),
    # an injury that cannot wait, with care refused
    # (the injury is medical: checked in test_injury_that_cannot_wait below)
    # to jump, to throw oneself, said of everyday things
    ("es", "estoy muerta del cansancio, me voy a tirar a dormir un rato antes del turno"),
    ("fr", "je vais sauter le souper ce soir, trop de travail à l'entrepôt"),
    ("en", "we are gonna jump on a call with the lawyer tonight, is that ok?"),
    # selling things, not people
    ("fr", "ma tante vend les vêtements de sa fille au marché aux puces samedi prochain"),
    ("es", "mi tía vende tamales con su hija en el mercado los domingos, ¿necesita permiso?"),
    # alone with a parent, a door closing, numb hands at work, children's clothes sold
    ("en", "my son is 12 and he is alone with his father this weekend, how do I ask for custody?"),
    ("en", "I can't feel my toes after a shift in the cold room, is that legal?"),
    ("es", "la vecina vende ropa de niña en el tianguis hoy, ¿necesita permiso?"),
    # a weekday as a name or a routine
    ("ro", "sunt profesoară la școala de sâmbătă și vrem o lecție despre recrutare online"),
    ("de", "Ich arbeite seit Montag in einer Bäckerei und möchte wissen, wie viele Stunden erlaubt sind"),
]


@pytest.mark.parametrize(("language", "text"), NOT_EMERGENCIES)
def test_everyday_words_of_the_families_are_no_emergency(language: str, text: str) -> None:
    result = triage.analyze(text)
    assert result.language == language
    assert result.urgency is not Urgency.emergency, result.explanations


INJURIES: list[tuple[str, str]] = [
    ("es", "se me cayó una caja en el pie y ya no siento los dedos, el patrón dice que no hay doctor"),
    ("fr", "je sens plus mes doigts depuis l'accident à la ferme et le patron veut pas d'hôpital"),
    ("pt", "o meu dedo ficou preto depois do corte e o encarregado não deixa ir ao médico"),
    ("de", "mein Finger ist schwarz geworden nach dem Unfall, der Chef sagt kein Arzt"),
]


@pytest.mark.parametrize(("language", "text"), INJURIES)
def test_injury_that_cannot_wait(language: str, text: str) -> None:
    result = triage.analyze(text, second_opinion=False)
    assert result.language == language
    assert result.urgency is Urgency.emergency, result.explanations


SHORT_SMS: list[tuple[str, str]] = [
    # short messages whose language was misread (Spanish, Italian, Romanian marker words)
    ("es", "dijo que me va a cortar la cara si me voy"),
    ("it", "ho preso tutte le pastiglie, mi gira la testa"),
    ("it", "stanotte ci portano in un'altra città col camion"),
    ("ro", "am luat toate pastilele, ma simt rau"),
]


@pytest.mark.parametrize(("language", "text"), SHORT_SMS)
def test_short_sms_read_in_its_language(language: str, text: str) -> None:
    result = triage.analyze(text, second_opinion=False)
    assert result.language == language
    assert result.urgency is Urgency.emergency, result.explanations
