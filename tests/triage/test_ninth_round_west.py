"""Issue 11, ninth round: urgency in en, fr, ht, es, pt, ro, it, de and pl, on sentences written
for this round (not taken from any corpus file). Structure, not phrases: a negation that agrees
with the refusal after it, a habit said in the sentence of a trip, seasons and jobs left that
place a story in the past, a verb of time spent before a number of years."""

from __future__ import annotations

import pytest

import triage
from triage.codes import Indicator, Urgency

EMERGENCIES: list[tuple[str, str]] = [
    # negative concord: "no X, no doctor" keeps the refusal, the first negation agrees with it
    ("it", "gamba ferita, il padrone dice niente contratto niente dottore"),
    ("en", "I cut my hand bad at the plant, the boss says no papers no doctor"),
    # seen by the pursuer, who is at the entrance now
    (
        "es",
        "estoy escondida en la terminal de buses, el primo del patrón está en la entrada "
        "y me vio. no tengo a dónde ir",
    ),
    # a child in a car with men who will not let her out, a word of now anywhere
    (
        "fr",
        "Ma fille de 15 ans m'a écrit il y a 5 minutes : elle est dans une voiture avec "
        "deux hommes sur l'autoroute et ils la laissent pas descendre",
    ),
    (
        "es",
        "Mi hija de 16 años me escribió hace 10 minutos, está en un coche con dos "
        "hombres que no la dejan bajar",
    ),
    (
        "pt",
        "A minha sobrinha de 13 anos me mandou mensagem agora, está num carro com dois "
        "homens que não deixam ela descer",
    ),
    # a cry of "let me go" heard for an hour
    ("ht", "depi inèdtan m tande pitit fi vwazen an ap rele lage m, gen yon gason avè l"),
    # a few minutes to write in secret: a word of now
    ("en", "I have 10 minutes while he showers. my uncle sold me to a man, I am 16"),
    # a lock told telegraphically, with a word of now
    ("en", "they lock. cant call, text only"),
    # the door the person is behind being forced
    ("en", "the boss is kicking down the door of the bathroom I'm in"),
    # a child taken up to a room by a man, or a tourist with a child, a word of now anywhere
    (
        "es",
        "Trabajo en la recepción de un motel. Hace veinte minutos subió a la habitación con una niña "
        "de unos 12 años un señor, ¿a quién llamo?",
    ),
    (
        "en",
        "I work nights at a motel. A tourist with a young girl, maybe 12, checked in half an hour ago. "
        "What do I do right now?",
    ),
    (
        "fr",
        "Je travaille à l'accueil d'un hôtel. Il y a une demi-heure, un touriste avec une fillette de 11 ans "
        "est monté. J'appelle qui?",
    ),
    # an escape said plainly or telegraphically, minutes ago, searched for by car
    (
        "en",
        "we ran from the camp about 40 min ago, now hiding in a barn. the crew boss van keep driving up "
        "and down the road",
    ),
    (
        "es",
        "yo y mi prima nos salimos por la cocina hace media hora, estamos escondidas en una gasolinera, "
        "el patrón nos anda buscando",
    ),
    ("pt", "saímos correndo da fazenda faz uma hora, estamos escondidos no mato, eles estão nos procurando"),
]

NOT_EMERGENCIES: list[tuple[str, str, Urgency]] = [
    # a trip that is a habit ("on weekends") is no child taken now, even with "today" elsewhere
    (
        "es",
        "Mi sobrina de 14 años sale con un señor mayor que la lleva a fiestas los fines de semana. "
        "Hoy la vi en el mercado. ¿Qué hago?",
        Urgency.high,
    ),
    (
        "fr",
        "Ma voisine de 15 ans : un homme l'emmène dans des soirées tous les week-ends. "
        "Aujourd'hui elle est à l'école. Qui dois-je appeler?",
        Urgency.high,
    ),
    # seasons gone by, a job left, a return home: over
    (
        "en",
        "I picked apples in Quebec last summer and the farmer kept half my pay. I went back home "
        "in October. Can I still get the money?",
        Urgency.standard,
    ),
    (
        "pt",
        "Trabalhei na colheita de café na safra passada e não me pagaram tudo. Não trabalho mais lá. "
        "Como reclamo?",
        Urgency.standard,
    ),
    (
        "ro",
        "Vara trecută am lucrat la o fermă în Italia fără contract și nu m-au plătit. Nu mai lucrez "
        "acolo. Ce pot face?",
        Urgency.standard,
    ),
    # seen long ago, minutes to fill in a form: no pursuit, no danger now
    (
        "en",
        "My old manager saw me at the bank last year and said hi. Can I still claim my unpaid wages?",
        Urgency.standard,
    ),
    (
        "es",
        "Tengo 5 minutos para llenar la encuesta sobre mi trabajo en la fábrica, ¿me ayudan?",
        Urgency.low,
    ),
    # a word of joking in quotation marks is the abuser's pretext, not the writer's joke
    (
        "fr",
        "L'an dernier, le contremaître nous a enfermés dans le congélateur une heure, « pour rire ». "
        "Je suis rentré au Mexique. Je peux porter plainte?",
        Urgency.standard,
    ),
    (
        "es",
        "El capataz nos encerró en la cámara fría como 'broma' el año pasado. Ya no trabajo ahí. "
        "¿Puedo denunciarlo?",
        Urgency.standard,
    ),
    # a story the writer is making: fiction
    ("fr", "Dans mon court métrage, un homme séquestre une fille et la bat. Est-ce crédible?", Urgency.low),
    (
        "en",
        "In my short film a girl is locked in a basement by her boss. Would she call a hotline like yours?",
        Urgency.low,
    ),
    # a witness who hedges and has seen no violence: a suspicion
    (
        "fr",
        "Ma collègue est peut-être exploitée par son patron, elle dort au resto. Je n'ai rien vu de violent. "
        "Quoi faire?",
        Urgency.standard,
    ),
    # Haitian "sot" is also "comes from": no word of now
    (
        "ht",
        "Kouzin mwen ki sot Jakmèl ap travay lakay yon fanmi san lajan. M pa wè okenn vyolans. Kisa m ka fè?",
        Urgency.standard,
    ),
    # the imperfect of a threat ("me disait toujours"): a habit of the past
    (
        "fr",
        "Le patron me disait toujours qu'il allait me tuer si je parlais. Ça fait 3 ans, il est en prison "
        "maintenant. Je voudrais un avocat.",
        Urgency.standard,
    ),
    # a note passed in secret by a neighbour is no phone hidden by the writer
    (
        "de",
        "Meine Kollegin darf nicht allein raus. Gestern hat sie mir heimlich einen Zettel zugesteckt. "
        "Was soll ich tun?",
        Urgency.high,
    ),
    # Italian "padrone" (the boss) is no Spanish "padrote" (a pimp) with a typo
    (
        "it",
        "La mia vicina di casa mi ha passato di nascosto un biglietto ieri, dice che il padrone le tiene "
        "il passaporto. Cosa posso fare?",
        Urgency.high,
    ),
    # "months of days" (for months) is a duration, no word of now
    (
        "ro",
        "Acum 6 ani m-au ținut închisă luni de zile într-o casă. Acum sunt bine și am o familie.",
        Urgency.standard,
    ),
]


@pytest.mark.parametrize(("language", "text"), EMERGENCIES)
def test_emergencies(language: str, text: str) -> None:
    result = triage.analyze(text)
    assert result.language == language
    assert result.urgency is Urgency.emergency, result.explanations


@pytest.mark.parametrize(("language", "text", "urgency"), NOT_EMERGENCIES)
def test_not_emergencies(language: str, text: str, urgency: Urgency) -> None:
    result = triage.analyze(text)
    assert result.language == language
    assert result.urgency is urgency, result.explanations


@pytest.mark.parametrize(
    "text",
    [
        "J'ai travaillé 4 ans dans une usine sans contrat, j'ai arrêté l'an dernier.",
        "Trabajé 6 años en una finca de fresas y nunca me dieron papeles.",
        "Ho lavorato 5 anni in un ristorante a Milano senza contratto.",
        "I worked 3 years on a farm in Ontario and never got a pay stub.",
    ],
)
def test_years_worked_are_no_age(text: str) -> None:
    assert Indicator.minor_involved not in triage.analyze(text).indicators


@pytest.mark.parametrize("text", ["qwrtz", "sdfghj xcvb", "lkjhg k"])
def test_keys_hit_at_random_are_low(text: str) -> None:
    assert triage.analyze(text).urgency is Urgency.low


@pytest.mark.parametrize("text", ["pomocy", "help", "ajuda"])
def test_a_cry_for_help_is_no_random_keys(text: str) -> None:
    assert triage.analyze(text).urgency is not Urgency.low


@pytest.mark.parametrize(
    "text",
    [
        "My boss has promised the work permit for months and nothing. Is that legal?",
        "Il datore mi ha promesso il permesso di soggiorno se pago 5000 euro. È una truffa?",
    ],
)
def test_a_having_word_before_a_participle_holds_no_document(text: str) -> None:
    assert Indicator.retention_of_documents not in triage.analyze(text).indicators


def test_german_machen_is_no_girl() -> None:
    result = triage.analyze("Die Arbeiter machen jeden Tag Überstunden auf dem Hof. Ist das erlaubt?")
    assert Indicator.minor_involved not in result.indicators


@pytest.mark.parametrize(
    "text",
    [
        # "la școală" (at school) is no training request: a pupil of 14 is a child's case
        "Eleva mea de 14 ani nu mai vine la școală, zice că lucrează noaptea pentru un unchi. "
        "Cum o pot ajuta?",
        "Nepoata mea de 13 ani a fost dusă la un bărbat. Acum nu mai merge la școală.",
    ],
)
def test_a_pupil_at_school_is_a_case_not_a_topic(text: str) -> None:
    result = triage.analyze(text)
    assert result.urgency.rank <= Urgency.high.rank  # high or emergency (rank 0 is the most urgent)
    assert Indicator.minor_involved in result.indicators


def test_only_a_question_is_information() -> None:
    text = "Solo una pregunta, ¿cuánto cuesta llamar a la línea desde Guatemala?"
    assert triage.analyze(text).urgency is Urgency.low


def test_a_man_with_a_girl_in_a_park_is_no_child_sold() -> None:
    text = "Vi a un hombre con una niña en el parque hoy, parecía su papá."
    assert triage.analyze(text).urgency is not Urgency.emergency


def test_let_me_run_is_no_escape() -> None:
    text = "let me run to the store and I will call you back about my work permit"
    assert triage.analyze(text).urgency is not Urgency.emergency
