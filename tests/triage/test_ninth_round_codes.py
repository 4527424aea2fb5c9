"""Issue 11, ninth round: needs an operator ticks from the situation, read in every language
by families of words (`triage/lexicons/codes/claim.toml`, `support.toml`, `home.toml`).

Sentences of their own (not the corpus's), one class per test:
- a claim before the law (money or damages to recover, a case to testify in) asks for `legal`;
- a counsellor, a support group or the marks of trauma ask for `mental_health`;
- a relative held in a scam compound abroad asks for `repatriation`.
"""

from __future__ import annotations

import pytest

import triage
from triage.codes import Need, Urgency


class TestClaimAsksForLegal:
    @pytest.mark.parametrize(
        "text",
        [
            "I left the bakery in March, they still owe me six weeks. Too late to get my money back?",
            "J'ai quitté la ferme l'automne dernier, pas payé trois semaines. Je peux réclamer?",
            "Trabajé en una pizzería el año pasado, nunca me pagaron. ¿Puedo pedir una indemnización?",
            "Há dois anos trabalhei numa obra sem receber. Queria saber se ainda posso processar a empresa.",
            "Năm ngoái chủ xưởng nợ tôi 4 tháng lương, giờ tôi nghỉ rồi. Có đòi lại được không?",
            "W 2023 pracowałem na budowie bez wypłaty, teraz jestem w domu. Czy mogę dostać odszkodowanie?",
            "Mwaka jana nilifanya kazi shambani bila kulipwa. Naweza kudai fidia sasa?",
            "去年我在餐馆干了半年，老板一直没给工资，我已经不在那里了，还能要求赔偿吗？",
        ],
    )
    def test_a_claim_for_money_owed_asks_for_legal(self, text: str) -> None:
        assert Need.legal in triage.analyze(text).needs

    @pytest.mark.parametrize(
        "text",
        [
            "Four years ago I was held in a flat and sold. I'm safe now, the prosecutor asked me to testify.",
            "Acum cinci ani am fost ținută într-o casă în Italia. Acum sunt bine și vreau să depun mărturie.",
            "Cztery lata temu byłam zmuszana do pracy w Niemczech. Teraz chcę zeznawać przeciwko niemu.",
        ],
    )
    def test_testifying_asks_for_legal(self, text: str) -> None:
        result = triage.analyze(text)
        assert Need.legal in result.needs
        assert result.urgency is Urgency.standard

    def test_everyday_words_ask_for_no_legal(self) -> None:
        result = triage.analyze("Hola, ¿a qué hora abren mañana? Quiero reclamar un paquete en la oficina.")
        assert Need.legal not in result.needs


class TestSupportAsksForMentalHealth:
    @pytest.mark.parametrize(
        "text",
        [
            "It has been three years since I got out of that farm, but I still have nightmares every week.",
            "Il y a deux ans j'ai quitté ce salon, c'est fini, mais je voudrais voir un psychologue.",
            "Salí de esa casa hace un año y estoy bien, pero no duermo. ¿Tienen un grupo de apoyo?",
            "Торік я втекла з того салону, тепер у безпеці, але мені потрібен психолог.",
            "Due anni fa mi tenevano chiusa in una serra. Ora sto bene, ma ho ancora gli incubi ogni notte.",
            "三年前我被关在按摩店里，现在安全了，但是一直失眠，想找心理咨询。",
        ],
    )
    def test_trauma_after_a_past_situation_asks_for_support(self, text: str) -> None:
        result = triage.analyze(text)
        assert Need.mental_health in result.needs
        assert result.urgency is Urgency.standard


class TestScamCompoundAsksForRepatriation:
    @pytest.mark.parametrize(
        "text",
        [
            "My cousin took a job in Bangkok but was driven to Myawaddy, they make him scam people online.",
            "Mi hermano está en Camboya, lo obligan a estafar por internet y le piden 6000 dólares.",
            "Мій брат у Камбоджі, його змушують обманювати людей в інтернеті, вимагають викуп.",
            "我弟弟被骗到缅甸的园区，每天逼他在网上骗人，要五万才放人。",
        ],
    )
    def test_a_relative_held_in_a_compound_abroad_is_to_be_brought_home(self, text: str) -> None:
        assert Need.repatriation in triage.analyze(text).needs

    def test_a_trip_to_the_region_asks_for_nothing(self) -> None:
        result = triage.analyze("We are planning a holiday in Cambodia next spring, any tips on visas?")
        assert Need.repatriation not in result.needs
