"""Issue 11, twentieth round: indicators read from the concept, not from a word that often
comes with it (`triage/lexicons/codes/`, `triage/late_signs.py`).

Sentences of their own (not the corpus's), one class per cause, each with its look-alikes:
- going out allowed only on one day or only in company, said with "only" apart from "with"
  ("I can only go out with the boss on Sundays", "je ne peux sortir que le dimanche", "solo la
  dejan salir con la señora", "أستطيع الخروج يوم الجمعة فقط"), or someone who refuses that the
  person leave ("il refuse qu'elle parte", "yo pa vle kite l soti"), is
  `restriction_of_movement`; going out when one wants, or wanting only to leave a job, is none.
"""

from __future__ import annotations

import pytest

import triage
from triage.codes import Indicator


def _indicators(text: str) -> set[Indicator]:
    return set(triage.analyze(text).indicators)


class TestOutingsAllowedOnlyAtTimesOrInCompany:
    @pytest.mark.parametrize(
        "text",
        [
            "I clean their house every day. I can only go out with the boss on Sundays.",
            "The workers at the lodge were never allowed into town.",
            "Je fais le ménage chez eux tous les jours. Je ne peux sortir que le dimanche avec la patronne.",
            "Il y a un homme dans la chambre qui refuse qu'elle parte.",
            "Limpio su casa todos los días. Solo la dejan salir con la patrona.",
            "Limpo a casa deles todos os dias. Só posso sair aos domingos com a patroa.",
            "Naglilinis ako araw-araw. Makakalabas lang kami tuwing Linggo kasama ang amo.",
            "M netwaye kay la chak jou. M ka soti sèlman dimanch avèk madanm nan.",
            "Yo pa vle kite l soti nan chanm nan.",
            "Fac curat în casa lor zilnic. Pot ieși doar duminica cu patroana.",
            "أنظف البيت كل يوم. أستطيع الخروج يوم الجمعة فقط مع السيدة.",
            "Я прибираю щодня. Я можу виходити лише в неділю з господинею.",
            "मैं रोज़ घर साफ़ करती हूँ। मैं सिर्फ़ रविवार को मालकिन के साथ बाहर जा सकती हूँ।",
            "我每天打扫房子。我只能星期天跟她出门。",
        ],
    )
    def test_restriction(self, text: str) -> None:
        assert Indicator.restriction_of_movement in _indicators(text)

    @pytest.mark.parametrize(
        "text",
        [
            "I work at the farm. I can go out whenever I want.",
            "I work at the farm. I only want to leave this job.",
            "I work at the farm. We go to town on Sundays.",
            "Je travaille à la ferme. Je peux sortir quand je veux.",
            "Trabajo en la granja. Puedo salir cuando quiero.",
            "Trabalho na fazenda. Posso sair quando quero.",
            "Lucrez la fermă. Mi-au dat actele înapoi doar când am plecat.",
            "Я працюю на фермі. Я можу виходити коли хочу.",
            "我在农场工作。我可以随时出门。",
        ],
    )
    def test_no_restriction(self, text: str) -> None:
        assert Indicator.restriction_of_movement not in _indicators(text)
