"""Issue 11, thirteenth round: needs and indicators read after the level, so that the level
never moves (`triage/late_signs.py`, `triage/settled_needs.py`, `triage/lexicons/codes/`).

Sentences of their own (not the corpus's), one class per test, each with its near miss:
- an illness, an injury or a pregnancy named asks for `medical` at any level, an ongoing
  situation (`high`) too; denied ("nobody is hurt"), or a health card, it asks for none.
"""

from __future__ import annotations

import pytest

import triage
from triage.codes import Need, Urgency


class TestAilmentNamedAsksForCare:
    @pytest.mark.parametrize(
        "text",
        [
            "The boss keeps our passports at the orchard and my cousin has had a fever for four days.",
            "Le patron garde nos passeports à la ferme et mon collègue a une brûlure au bras qui s'infecte.",
            "El dueño se queda con nuestros pasaportes y yo estoy embarazada de cuatro meses.",
            "Хозяин забрал паспорта, у меня астма, а ингалятор закончился неделю назад.",
            "老板扣着我们的护照，我同事发烧三天了。",
        ],
    )
    def test_ailment_named(self, text: str) -> None:
        result = triage.analyze(text)
        assert result.urgency is Urgency.high
        assert Need.medical in result.needs

    @pytest.mark.parametrize(
        "text",
        [
            "The boss keeps our passports at the orchard. Nobody is injured but we are tired.",
            "Le patron garde nos passeports et ma carte d'assurance maladie, personne n'est blessé.",
            "Der Chef hat unsere Pässe, keine Verletzungen, aber wir arbeiten jeden Tag.",
        ],
    )
    def test_no_ailment_no_care(self, text: str) -> None:
        assert Need.medical not in triage.analyze(text).needs
