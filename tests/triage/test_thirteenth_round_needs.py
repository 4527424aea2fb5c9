"""Issue 11, thirteenth round: needs and indicators read after the level, so that the level
never moves (`triage/late_signs.py`, `triage/settled_needs.py`, `triage/lexicons/codes/`).

Sentences of their own (not the corpus's), one class per test, each with its near miss:
- an illness, an injury or a pregnancy named asks for `medical` at any level, an ongoing
  situation (`high`) too; denied ("nobody is hurt"), or a health card, it asks for none;
- going out allowed only at set times ("only on Sundays", "можно только"), forbidden in the
  German, Polish, Romanian, Arabic forms of "he does not let her", or a door bolted or locked on
  the person, is `restriction_of_movement`; a worker who cannot quit, or a neighbour who never
  sees a woman go out, is not;
- a laughing joke taken back ("jk", "шутка", "brincadeira") and then a real question asks for
  `information`; a joke whose only question is the joke itself asks for nothing;
- a protection order, a criminal record to clear, a lawsuit, wages to claim back from abroad
  ask for `legal`;
- work to pay a fee off ("abarbeiten", "odrobić"), money owed to compatriots ("deve soldi"), a
  penalty for breaking a contract (违约金, 위약금) are `debt_bondage`; pay cut in Korean (월급에서
  떼요) or not paid in telegraphic Vietnamese ("ko tra tien") is `withholding_of_wages`;
- a hit or a strangling in the forms the lists missed ("le pegó", "marcas de estrangulamento",
  "dövdü", "폭행") is `physical_sexual_violence`; denied, it is not.
"""

from __future__ import annotations

import pytest

import triage
from triage.codes import Indicator, Need, Urgency


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


class TestKeptInIsRestrictionOfMovement:
    @pytest.mark.parametrize(
        "text",
        [
            "Wir arbeiten auf dem Hof, rausgehen darf ich nur sonntags mit dem Chef.",
            "Pracuję w szklarni, sama wyjść nie mogę, szef ma moje dokumenty.",
            "Sora mea lucreaza la o familie, nu o lasa sa iasa din casa, ii tin pasaportul.",
            "Мы на стройке, выходить можно только с бригадиром, паспорта у него.",
            "Le patron me barrait dans la chambre le soir et gardait mon passeport.",
        ],
    )
    def test_kept_in(self, text: str) -> None:
        assert Indicator.restriction_of_movement in triage.analyze(text).indicators

    @pytest.mark.parametrize(
        "text",
        [
            "Bòs la kenbe paspò m, li retire 200 dola chak semèn pou dèt la, m pa ka kite travay la.",
            "Ma voisine travaille chez une famille, elle ne sort jamais seule, je ne sais pas quoi faire.",
        ],
    )
    def test_not_kept_in(self, text: str) -> None:
        assert Indicator.restriction_of_movement not in triage.analyze(text).indicators


class TestQuestionAfterJokeTakenBack:
    @pytest.mark.parametrize(
        "text",
        [
            "my manager works me like a slave lol 😂 jk. do you have flyers we could put in the staff room?",
            "Mon boss me tue avec ses rapports 😂 je blague, vous offrez des formations pour les écoles?",
            "Мой начальник меня замучил 😂 шучу. А вы принимаете волонтёров?",
            "Chefe me escraviza kkkk brincadeira. Vocês têm material em português?",
        ],
    )
    def test_question_after_joke(self, text: str) -> None:
        result = triage.analyze(text)
        assert result.urgency is Urgency.low
        assert result.needs == (Need.information,)

    @pytest.mark.parametrize(
        "text",
        [
            "lol my manager makes me stay till 6, is that slavery?? 😂",
            "Mon boss me tue avec ses rapports 😂 je blague.",
        ],
    )
    def test_joke_alone_asks_nothing(self, text: str) -> None:
        assert triage.analyze(text).needs == ()


class TestCourtRemediesAskForLegal:
    @pytest.mark.parametrize(
        "text",
        [
            "I left that house last spring but he keeps calling. Can I get a restraining order against him?",
            "Sortie de ça il y a 5 ans, mais mon casier judiciaire m'empêche de travailler, que faire?",
            "Saí de lá há dois anos. Vocês ajudam a pedir uma medida protetiva?",
            "我已经回国了，老板欠我三个月工资，还能追讨吗？",
        ],
    )
    def test_legal(self, text: str) -> None:
        assert Need.legal in triage.analyze(text).needs


class TestDebtAndPayInMoreForms:
    @pytest.mark.parametrize(
        "text",
        [
            "Ich putze bei einer Familie in Wien und muss die Vermittlungsgebühr erst abarbeiten.",
            "Pracuję w barze i szef mówi, że muszę odrobić przelot.",
            "Mio fratello deve soldi al padrone del laboratorio e lavora lì tutti i giorni.",
            "经纪人说她要是不干了就要付违约金五万。",
        ],
    )
    def test_debt(self, text: str) -> None:
        assert Indicator.debt_bondage in triage.analyze(text).indicators

    @pytest.mark.parametrize(
        "text",
        [
            "사장이 숙소비라고 월급에서 매달 50만원씩 떼요.",
            "cong ty ko tra tien tang ca 3 thang roi",
        ],
    )
    def test_pay_withheld(self, text: str) -> None:
        assert Indicator.withholding_of_wages in triage.analyze(text).indicators


class TestViolenceInMoreForms:
    @pytest.mark.parametrize(
        "text",
        [
            "Mi prima trabaja en una casa en Monterrey, el patrón le pegó el sábado y le quita el sueldo.",
            "A patroa quase a estrangulou na semana passada, ela trabalha sem salário.",
            "Der Chef hat ihn geschlagen, er arbeitet ohne Lohn auf dem Bau.",
            "Patron onu dövdü, maaşını da vermiyor.",
        ],
    )
    def test_violence(self, text: str) -> None:
        assert Indicator.physical_sexual_violence in triage.analyze(text).indicators

    def test_violence_denied(self) -> None:
        text = "Patron beni hiç dövmedi ama maaşımı vermiyor."
        assert Indicator.physical_sexual_violence not in triage.analyze(text).indicators
