"""Issue 11, eleventh round: needs and indicators that follow from the whole picture, read after
the level so that the level never moves (`triage/vulnerability.py`, `triage/late_signs.py`,
`triage/settled_needs.py`).

Sentences of their own (not the corpus's), one class per test, each with its near miss:
- a lack of status used as leverage (care refused for it, a threat, the immigration
  authorities named) is `abuse_of_vulnerability`; "no papers" said of an escape is not;
- a child drawn in with gifts or money by an adult is `abuse_of_vulnerability`;
- medical care refused after a beating is the violence, not `abusive_conditions`; after an
  accident at work it is the conditions;
- poison or a box of pills swallowed asks for `medical`;
- pay taken, in Indonesian and Polish words, is `withholding_of_wages`;
- a professional asking for material in their language asks for `information`, not for an
  interpreter; a question about a therapist after a situation that is over asks for the
  therapist, not for facts.
"""

from __future__ import annotations

import pytest

import triage
from triage.codes import Indicator, Need, Urgency


class TestStatusUsedIsAbuseOfVulnerability:
    @pytest.mark.parametrize(
        "text",
        [
            "I cut my arm on the saw at the mill, the foreman says no hospital for me, no papers.",
            "Brûlé à la cuisine, le patron veut pas m'amener à l'urgence, j'ai pas de papiers.",
            "Me caí del techo ayer, el jefe no me lleva al médico porque estoy sin papeles.",
            "Сломал палец на складе, хозяин не везёт в больницу, говорит я без документов.",
            "Mon employeur dit que si je me plains il appelle l'immigration, j'ai un permis fermé avec lui.",
        ],
    )
    def test_status_used(self, text: str) -> None:
        assert Indicator.abuse_of_vulnerability in triage.analyze(text).indicators

    @pytest.mark.parametrize(
        "text",
        [
            "I ran from the farm this morning, I have no papers and no money, where can I sleep tonight?",
            "Je suis sortie de la maison hier, pas de papiers, pas d'argent, je suis chez une amie.",
        ],
    )
    def test_no_papers_alone_is_not_abuse(self, text: str) -> None:
        assert Indicator.abuse_of_vulnerability not in triage.analyze(text).indicators


class TestGiftsToAChildAreAbuseOfVulnerability:
    @pytest.mark.parametrize(
        "text",
        [
            "My son is 14 and a man of 35 he met online keeps buying him gifts and now wants to meet him.",
            "Ma nièce de 15 ans a un ami de 30 ans qui lui achète des vêtements et des cadeaux.",
            "Mi hija de 13 años recibe regalos de un hombre mayor que conoció en un juego.",
        ],
    )
    def test_gifts_to_a_minor(self, text: str) -> None:
        result = triage.analyze(text)
        assert Indicator.minor_involved in result.indicators
        assert Indicator.abuse_of_vulnerability in result.indicators

    def test_gifts_to_an_adult_are_not(self) -> None:
        result = triage.analyze("My sister is 30, her boss buys her gifts but keeps her passport.")
        assert Indicator.abuse_of_vulnerability not in result.indicators


class TestCareRefusedAfterABeating:
    def test_beaten_and_refused_care_is_violence_only(self) -> None:
        result = triage.analyze(
            "The supervisor beat me with a pipe, my head is bleeding and he won't take me to the hospital."
        )
        assert Indicator.physical_sexual_violence in result.indicators
        assert Indicator.abusive_conditions not in result.indicators

    def test_accident_and_refused_care_is_the_conditions(self) -> None:
        result = triage.analyze(
            "My hand got caught in the machine, it is bleeding and the boss won't take me to the hospital."
        )
        assert Indicator.abusive_conditions in result.indicators


class TestPoisonSwallowedAsksForMedical:
    @pytest.mark.parametrize(
        "text",
        [
            "I want to die, I just took all the panadol in the cupboard, tell my sister sorry.",
            "Saya sudah minum racun tikus tadi, maaf semuanya.",
            "J'ai avalé toute la plaquette de somnifères, je veux que ça finisse.",
        ],
    )
    def test_swallowed(self, text: str) -> None:
        result = triage.analyze(text)
        assert result.urgency is Urgency.emergency
        assert Need.medical in result.needs


class TestPayTakenInMoreLanguages:
    @pytest.mark.parametrize(
        "text",
        [
            "Majikan saya ambil semua gaji saya setiap bulan, saya kerja di rumah mereka di Hong Kong.",
            "Szef bierze moje pieniądze i trzyma mój paszport, pracuję na budowie w Niemczech.",
            "Na farmie w Holandii nie płacili nam przez trzy miesiące, szef trzyma nasze paszporty.",
            "My cousin cleans his office every night and he never pays her, she lives in his basement.",
            "Lavoro in un ristorante a Napoli, il padrone si prende metà della paga ogni mese.",
        ],
    )
    def test_pay_taken(self, text: str) -> None:
        assert Indicator.withholding_of_wages in triage.analyze(text).indicators


class TestWhatAQuestionAsksFor:
    def test_a_journalist_asks_for_information_not_an_interpreter(self) -> None:
        result = triage.analyze(
            "Je suis journaliste et je prépare un reportage sur le travail forcé. Avez-vous des chiffres?"
        )
        assert result.urgency is Urgency.low
        assert set(result.needs) == {Need.information}

    def test_a_survivor_asks_for_a_therapist_not_for_facts(self) -> None:
        result = triage.analyze(
            "I got out of that house two years ago, I'm safe now, but I have nightmares. Any therapist?"
        )
        assert Need.mental_health in result.needs
        assert Need.information not in result.needs


class TestThreatsToldAsConditions:
    @pytest.mark.parametrize(
        "text",
        [
            "Mandor bilang kalau saya kabur, dia akan dipukul sampai mati, adik saya juga.",
            "She has to go with him tonight or he'll hurt her mother, that is what the message says.",
            "Dicen que si no vendo las cajas lo paga mi primo en Honduras.",
        ],
    )
    def test_condition_and_harm(self, text: str) -> None:
        assert Indicator.intimidation_threats in triage.analyze(text).indicators

    def test_a_condition_without_harm_is_no_threat(self) -> None:
        result = triage.analyze("Kalau saya pulang ke Cirebon nanti, saya mau ikut kursus bahasa Inggris.")
        assert Indicator.intimidation_threats not in result.indicators


class TestAPastClaimAsksForTheLaw:
    @pytest.mark.parametrize(
        "text",
        [
            "Years ago I was sold in Vancouver and arrested. I'm safe now; can I get my record cleared?",
            "Há sete anos fui explorada numa boate em Lisboa. Hoje estou bem. Ainda posso apresentar queixa?",
        ],
    )
    def test_claim(self, text: str) -> None:
        assert Need.legal in triage.analyze(text).needs

    def test_pay_owed_after_leaving_asks_for_the_money_not_facts(self) -> None:
        result = triage.analyze(
            "I left the warehouse in March, they never paid my last 6 weeks. Can I get it back?"
        )
        assert Need.labour_rights in result.needs
        assert Need.information not in result.needs


class TestAMoveThatKeepsNoOneIn:
    @pytest.mark.parametrize(
        "text",
        [
            "School counsellor here: a man of 40 is picking up our 13 year old student after class "
            "today to take her to a 'party' downtown. What do I do?",
            "Un homme en camionnette dépose les filles du salon de massage le matin et les reprend le soir.",
        ],
    )
    def test_no_restriction_of_movement(self, text: str) -> None:
        assert Indicator.restriction_of_movement not in triage.analyze(text).indicators

    def test_adults_moved_tonight_against_their_will_are_kept_in(self) -> None:
        result = triage.analyze(
            "They say tonight they take us in a van to another farm, nobody knows where. I hid this phone."
        )
        assert Indicator.restriction_of_movement in result.indicators


class TestAWatcherThatThreatensNoOneNow:
    def test_a_man_waiting_for_a_child_is_no_threat_to_the_writer(self) -> None:
        result = triage.analyze("Ma fille de 14 ans me dit qu'un homme l'attend devant l'école en ce moment.")
        assert Indicator.minor_involved in result.indicators
        assert Indicator.intimidation_threats not in result.indicators

    def test_men_hunting_an_adult_now_are_a_threat(self) -> None:
        result = triage.analyze(
            "I ran away an hour ago and the boss and his brother are driving around looking for me."
        )
        assert Indicator.intimidation_threats in result.indicators


class TestTrainingOnceOut:
    @pytest.mark.parametrize(
        "text",
        [
            "I left the farm last year, I'm safe now. I'm looking for a job and an English course.",
            "Saí da casa onde trabalhava há três meses, estou bem. Queria um curso e encontrar emprego.",
        ],
    )
    def test_asks_for_training(self, text: str) -> None:
        result = triage.analyze(text)
        assert result.urgency is Urgency.standard
        assert Need.employment_education in result.needs

    def test_not_while_the_situation_goes_on(self) -> None:
        result = triage.analyze(
            "My boss keeps my passport and won't let me take an English course. I work 14 hours a day."
        )
        assert Need.employment_education not in result.needs


class TestNoFoodAsksForFood:
    def test_locked_in_without_food(self) -> None:
        result = triage.analyze(
            "They locked us in the storeroom two days ago, no food, only tap water. Please help."
        )
        assert Need.basic_needs in result.needs


class TestKeptInAndOwingInMoreWords:
    @pytest.mark.parametrize(
        "text",
        [
            "Adik saya kerja di kapal ikan, sudah setahun tidak boleh turun ke darat.",
            "Na fazenda de café ninguém pode ir na cidade sem o capataz.",
            "Ils veulent pas me laisser partir de l'appartement, je travaille pour eux depuis mai.",
        ],
    )
    def test_kept_in(self, text: str) -> None:
        assert Indicator.restriction_of_movement in triage.analyze(text).indicators

    @pytest.mark.parametrize(
        "text",
        [
            "Le patron disait que je lui devais encore 6000 $ pour le billet d'avion et le logement.",
            "Trabalho na obra e não aguento mais dever dinheiro ao empreiteiro que me trouxe.",
        ],
    )
    def test_owing(self, text: str) -> None:
        assert Indicator.debt_bondage in triage.analyze(text).indicators


class TestALackOfStatusAsksForImmigration:
    @pytest.mark.parametrize(
        "text",
        [
            "Der Chef behält meinen Lohn und sagt, wer sich beschwert, wird abgeschoben.",
            "I work at a car wash in Surrey without papers and the owner pays me half. What can I do?",
        ],
    )
    def test_immigration(self, text: str) -> None:
        assert Need.immigration in triage.analyze(text).needs


class TestNoPlaceToSleep:
    @pytest.mark.parametrize(
        "text",
        [
            "I look after an old man in Victoria, I sleep on a cot in his room and they pay me $500 a month.",
            "Lucrez la o familie în Milano, dorm pe un fotoliu în sufragerie și nu am zi liberă.",
        ],
    )
    def test_abusive_conditions(self, text: str) -> None:
        assert Indicator.abusive_conditions in triage.analyze(text).indicators
