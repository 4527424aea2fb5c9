"""Issue 11, fifth round: causes the third unseen holdout showed, fixed as classes.

Each test is a class, in several languages, with sentences of its own (not the corpus's):
a plan of suicide told by its preparations, care refused under a condition, "they will find
me", an arrival in minutes and a relay just received (words of now), a child beaten while the
adult who writes is with the child now, and "un român" that folding makes "a novel".
"""

from __future__ import annotations

import pytest

import triage
from triage import supported_languages
from triage.codes import Urgency
from triage.lexicon import load_lexicons
from triage.quotes import quoted_languages


def _rules(text: str) -> Urgency:
    return triage.analyze(text, second_opinion=False).urgency


class TestASelfHarmPlanToldByItsPreparations:
    @pytest.mark.parametrize(
        "text",
        [
            "I wrote a letter to my son and I won't be here when he wakes up",
            "dejé cartas para mis hijos en la mesa, ya no voy a estar mañana",
            "amanhã já não vou estar, deixei cartas para os meus filhos",
            "j'ai écrit des lettres à mes enfants, demain je ne serai plus là",
            "я собрала все таблетки из аптечки, завтра меня не будет",
            "зібрала всі таблетки, вибачте мені",
            "明天我就不在了，对不起妈妈",
            "جمعت كل الحبوب اللي عندي وخلاص",
            "bukas wala na ako, pasensya na sa lahat",
        ],
    )
    def test_is_an_emergency_with_no_word_of_now(self, text: str) -> None:
        assert _rules(text) is Urgency.emergency


class TestCareRefusedUnderACondition:
    @pytest.mark.parametrize(
        "text",
        [
            "my hand is cut deep, the boss says if we go to the hospital he calls the police on us",
            "tiene la pierna rota y el jefe dice que si vamos al hospital nos denuncia",
            "ele está com febre alta, o patrão diz que se formos ao hospital perde o trabalho",
            "у брата сломана нога, хозяин сказал врача не будет",
            "ang sugat niya malalim, ayaw siyang dalhin ng amo sa ospital",
            "مفيش دكتور هنا وإيده بتنزف من امبارح",
        ],
    )
    def test_an_injury_with_care_refused_is_an_emergency(self, text: str) -> None:
        assert _rules(text) is Urgency.emergency


class TestTheyWillFindMe:
    @pytest.mark.parametrize(
        "text",
        [
            "the boss phoned my mother: they will find me and bring me back",
            "salí del taller y el dueño dice que me va a encontrar",
            "ils m'ont dit qu'ils vont me retrouver partout",
            "сказали, что найдут меня где угодно",
        ],
    )
    def test_is_pursuit_and_an_emergency(self, text: str) -> None:
        assert _rules(text) is Urgency.emergency


class TestWordsOfNow:
    @pytest.mark.parametrize(
        "text",
        [
            "my sister just texted me: he is beating her again",
            "mi prima me acaba de escribir que el patrón la golpea",
            "моя подруга только что написала: он бьёт её",
        ],
    )
    def test_a_relay_just_received_places_the_danger_now(self, text: str) -> None:
        assert _rules(text) is Urgency.emergency

    @pytest.mark.parametrize(
        "text",
        [
            "my student, 11 years old, says her stepfather beats her; he picks her up in 20 minutes",
            "mi alumna de 10 años dice que su tío le pega, viene a buscarla en 15 minutos",
            "учениця, 12 років, каже що дядько її б'є, він приїде через 20 хвилин",
        ],
    )
    def test_a_child_beaten_with_the_abuser_due_in_minutes_is_an_emergency(self, text: str) -> None:
        assert _rules(text) is Urgency.emergency

    def test_a_child_beaten_years_ago_is_not(self) -> None:
        text = "when I was 12 years old my uncle beat me, I am 30 now and want to talk"
        assert _rules(text) is not Urgency.emergency

    def test_a_child_handed_to_a_man_tonight_is_an_emergency_in_hindi(self) -> None:
        text = "मेरी भतीजी 15 साल की है, आज रात मालिक उसे एक आदमी के पास भेजेगा"
        assert _rules(text) is Urgency.emergency


class TestARomanianIsNotANovel:
    @pytest.mark.parametrize(
        "text",
        [
            "lucrez pentru un român care mă bate și mi-a încuiat ușa acum",
            "je travaille pour un roumain, un român comme il dit, il m'a enfermée ce soir",
        ],
    )
    def test_un_roman_folded_is_no_fiction(self, text: str) -> None:
        assert _rules(text) is Urgency.emergency

    @pytest.mark.parametrize(
        "text", ["scriu un roman despre un om închis într-o casă", "j'écris un roman sur une fille enfermée"]
    )
    def test_a_novel_being_written_is_still_fiction(self, text: str) -> None:
        assert _rules(text) is Urgency.low


class TestAQuoteIsReadInItsOwnLanguage:
    @pytest.mark.parametrize(
        ("text", "quoted"),
        [
            ("my aunt sent me this an hour ago: 'el patrón me está golpeando' and nothing since", "es"),
            ("ma voisine vient de m'écrire « он меня бьёт, помогите » puis plus rien", "ru"),
            ("mi hermana me mandó “he is beating me, come” y no contesta", "en"),
            ("kuya texted me 'ele está me batendo agora' tapos wala na", "pt"),
        ],
    )
    def test_a_relayed_danger_in_another_language_is_read(self, text: str, quoted: str) -> None:
        assert quoted in quoted_languages(text, load_lexicons(), supported_languages())
        assert _rules(text) is Urgency.emergency

    @pytest.mark.parametrize(
        "text", ["he's hitting me, I don't know what to do", "no quotes here at all", "it's 'ok'"]
    )
    def test_apostrophes_and_short_quotes_open_nothing(self, text: str) -> None:
        assert quoted_languages(text, load_lexicons(), supported_languages()) == []


class TestAQuestionThatIsNotTheWritersCase:
    @pytest.mark.parametrize(
        "text",
        [
            "What rights does a seasonal worker have here? Just asking in general, not my case.",
            "¿Qué pasa si un patrón no paga las horas extra? No es mi caso, pregunto en general.",
            "Quels sont les recours d'un travailleur étranger? Ce n'est pas mon cas, je demande en général.",
            "Чем отличается трудовая эксплуатация от обычного нарушения? Спрашиваю заранее, это не про меня.",
            "Як перевірити агенцію з працевлаштування? Питаю заздалегідь.",
            "外国工人在加拿大有什么权利？只是好奇，不是我的情况。",
        ],
    )
    def test_is_a_request_for_information(self, text: str) -> None:
        assert _rules(text) is Urgency.low

    @pytest.mark.parametrize(
        "text",
        [
            "It's not my case, it's my sister: right now her boss has locked her in the basement",
            "No es mi caso, es mi prima: el jefe la tiene encerrada ahora mismo",
        ],
    )
    def test_a_danger_told_for_someone_else_still_counts(self, text: str) -> None:
        assert _rules(text) is Urgency.emergency


class TestSinceSomeTimeAgoIsAStartNotAnEnd:
    @pytest.mark.parametrize(
        "text",
        [
            "employer kept my passport since i landed 8 months ago. never a day off.",
            "le patron garde mon passeport depuis mon arrivée il y a 8 mois. jamais de congé.",
            "el patrón tiene mi pasaporte desde que llegué hace 8 meses, nunca un día libre",
            "o patrão tem o meu passaporte desde que cheguei há 8 meses, nunca um dia de folga",
        ],
    )
    def test_a_situation_that_began_months_ago_goes_on(self, text: str) -> None:
        assert _rules(text) is Urgency.high

    @pytest.mark.parametrize(
        "text",
        [
            "my boss hit me 8 months ago, I left since then",
            "il m'a frappée il y a 8 mois, je suis partie depuis",
        ],
    )
    def test_a_danger_some_time_ago_is_still_over(self, text: str) -> None:
        assert _rules(text) is Urgency.standard
