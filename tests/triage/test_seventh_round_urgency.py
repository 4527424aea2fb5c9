"""Issue 11, seventh round, urgency: classes of error the outsider files showed, fixed as classes.

Each test is a class, in several languages, with sentences of its own (not the corpus's): a
sentence placed years back keeps its dangers there whatever the tense of a cue; an abuser's
arrest is no lock on the writer; a journalist, researcher or trainer names dangers as a topic.
"""

from __future__ import annotations

import pytest

import triage
from triage.codes import Urgency


def _rules(text: str) -> Urgency:
    return triage.analyze(text, second_opinion=False).urgency


class TestASentenceYearsBackStaysInThePast:
    @pytest.mark.parametrize(
        "text",
        [
            "ya 5 ans mon ex m'a enfermée dans un sous-sol à Laval. aujourd'hui ça va, je "
            "veux juste parler à une avocate",
            "Cách đây 3 năm tôi bị nhốt trong một xưởng may. Bây giờ tôi đã ổn, tôi muốn học nghề",
            "قبل سبع سنوات حبسوني في بيت في بيروت. الآن أنا بخير وأريد محامية",
            "Há oito anos fui trancada num quarto pelo patrão. Hoje estou bem e quero estudar",
        ],
    )
    def test_an_old_lock_is_a_survivor_request(self, text: str) -> None:
        assert _rules(text) not in (Urgency.emergency, Urgency.low)

    @pytest.mark.parametrize(
        "text",
        [
            "il y a 10 minutes il m'a enfermée dans la chambre, aidez-moi",
            "hace 5 minutos me encerró en el baño, ayúdenme",
        ],
    )
    def test_a_lock_minutes_ago_is_still_now(self, text: str) -> None:
        assert _rules(text) is Urgency.emergency

    @pytest.mark.parametrize(
        "text",
        [
            "Meu antigo patrão foi preso semana passada. Posso pedir os salários que ele me deve?",
            "Le gars qui m'exploitait est en prison maintenant. Est-ce que je peux réclamer mon salaire?",
        ],
    )
    def test_the_abusers_arrest_is_no_lock_on_the_writer(self, text: str) -> None:
        assert _rules(text) is not Urgency.emergency


class TestAProfessionalNamesDangersAsATopic:
    @pytest.mark.parametrize(
        "text",
        [
            "I'm a reporter for a radio station in Cebu, our piece is about nannies who say "
            "they were 'locked in and beaten'. Could your team comment?",
            "Soy periodista de un diario de Lima, preparo una nota sobre costureras que "
            "denunciaron golpes y encierro en talleres. ¿Pueden darme una entrevista?",
            "Sunt jurnalist la un post de radio, pregătim un material despre muncitori care "
            "spun că au fost bătuți și închiși într-o baracă. Ne puteți răspunde?",
            "Je suis journaliste pour un hebdo de l'Outaouais, un témoin dit avoir été battu "
            "et enfermé sur une ferme. Pouvez-vous commenter?",
        ],
    )
    def test_a_journalists_quote_is_low(self, text: str) -> None:
        assert _rules(text) is Urgency.low

    @pytest.mark.parametrize(
        "text",
        [
            "CBC producer here, doing a doc about farm workers, is there a spokesperson this month?",
            "Bonjour, on aimerait une formation sur la traite pour nos intervenants du centre "
            "jeunesse. Offrez-vous ça?",
        ],
    )
    def test_producers_and_trainers_are_low(self, text: str) -> None:
        assert _rules(text) is Urgency.low

    def test_a_journalist_in_danger_now_is_not_a_topic(self) -> None:
        text = "I'm a journalist and right now two men are outside my hotel room, hitting the door, help"
        assert _rules(text) is Urgency.emergency
