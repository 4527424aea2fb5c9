"""Issue 11, fourth round: general cues the second unseen holdout showed missing.

Each test is a class, in several languages, with sentences of its own (not the corpus's):
hours of work far above any limit, a relative or pupil named with an age under 18 and no
word of age, and the labour rights a sign of labour exploitation asks for.
"""

from __future__ import annotations

import pytest

import triage
from triage.codes import Indicator, Need, Urgency
from triage.folding import fold_plain
from triage.hours import overtime


class TestLongHours:
    @pytest.mark.parametrize(
        "text",
        [
            "I clean rooms 14 hours every day at the motel",
            "on travaille 16h par jour à la ferme",
            "trabajamos 13 horas diarias en la planta",
            "a gente faz 12h todo dia no restaurante",
            "lucrez 15 ore pe zi la depozit",
            "mwen travay 70 èdtan chak semèn nan faktori a",
            "работаю по 14 часов на стройке",
            "працюю 13 годин щодня",
            "रोज़ 16 घंटे काम करवाते हैं",
            "kankhdem 14 sa3a f nhar",
            "每天工作13个小时",
            "tôi làm 15 tiếng mỗi ngày ở xưởng",
        ],
    )
    def test_eleven_hours_a_day_or_sixty_a_week_is_excessive_overtime(self, text: str) -> None:
        assert overtime(fold_plain(text)) is not None
        assert Indicator.excessive_overtime in triage.analyze(text).indicators

    @pytest.mark.parametrize(
        "text",
        [
            "I work 8 hours a day and I like it",
            "il arrive à 23h ce soir",
            "the line is open 24h?",
            "trabajo 40 horas por semana",
            "我等了3个小时",
            "he pays me 12 $ an hour",
            "I have waited since 14h",
        ],
    )
    def test_ordinary_hours_clock_times_and_pay_are_not(self, text: str) -> None:
        assert overtime(fold_plain(text)) is None


class TestAMinorByARelativesAge:
    @pytest.mark.parametrize(
        "text",
        [
            "my niece, 15, works every night in a bar for a man",
            "ma fille de 14 ne rentre plus à la maison, un homme la garde",
            "mi hijo de 13 trabaja en la obra del tío",
            "meu sobrinho 16 está trabalhando numa fazenda sem pagamento",
            "bint 3ammi 14 sana tekhdem f dar wa7ed",
            "mera bhatija 12 saal ka hai, dhabe pe kaam karta hai",
            "моя дочь 15 не приходит домой, живёт у взрослого мужчины",
            "племінниця 16 працює у нічному клубі",
            "我女儿14在一个男人那里干活",
            "con gái tôi 13 tuổi phải làm ở quán nhậu",
        ],
    )
    def test_a_relative_and_a_number_under_18_is_a_minor(self, text: str) -> None:
        result = triage.analyze(text)
        assert Indicator.minor_involved in result.indicators
        assert Need.youth_protection in result.needs
        assert result.urgency.rank <= Urgency.high.rank

    @pytest.mark.parametrize(
        "text",
        [
            "my daughter 3 days ago told me about a job offer, is it real?",
            "ma soeur 2 enfants cherche un avocat pour son permis",
            "mi hijo de 25 años trabaja en una granja",
            "my brother 10 dollars an hour, is that legal?",
        ],
    )
    def test_a_time_an_amount_or_an_adult_is_not(self, text: str) -> None:
        assert Indicator.minor_involved not in triage.analyze(text).indicators


class TestLabourRightsOfALabourSign:
    @pytest.mark.parametrize(
        "text",
        [
            "we work 15 hours a day at the farm and the boss keeps saying next month for the pay",
            "trabajo 14 horas diarias en la cocina, siete días",
            "працюю по 13 годин на складі, вихідних нема",
        ],
    )
    def test_an_ongoing_labour_sign_asks_for_labour_rights(self, text: str) -> None:
        result = triage.analyze(text)
        assert result.urgency is Urgency.high
        assert Need.labour_rights in result.needs

    def test_an_emergency_keeps_only_the_needs_of_now(self) -> None:
        result = triage.analyze("they locked us in the barn right now, we work 15 hours a day")
        assert result.urgency is Urgency.emergency
        assert Need.labour_rights not in result.needs


class TestWritingInSecretAndFoundOut:
    @pytest.mark.parametrize(
        "text",
        [
            "I hid the phone under the sink, the boss is downstairs",
            "j'ai caché mon cell dans ma botte, on est six dans la maison",
            "escondí el celular en el baño, no sé dónde estamos",
            "escondi o telefone na mochila, estamos num galpão",
            "am ascuns telefonul sub saltea, suntem 5 fete",
            "tinago ko ang cp sa bag, hindi kami pinapalabas",
            "m kache telefòn nan soulye m, nou 3 fanm",
            "tôi giấu điện thoại trong túi, họ canh cửa",
            "خبيت التلفون بالمطبخ، نحنا 4 بنات",
            "मैंने फ़ोन छुपाया है, हम तीन लड़कियाँ हैं",
            "я спрятала телефон в сапоге, нас пятеро",
            "я сховала телефон під подушкою, нас четверо",
            "我偷偷藏了手机，我们有五个人在楼上",
        ],
    )
    def test_a_hidden_phone_is_an_emergency(self, text: str) -> None:
        result = triage.analyze(text, second_opinion=False)
        assert result.urgency is Urgency.emergency
        assert Indicator.restriction_of_movement in result.indicators

    @pytest.mark.parametrize(
        "text",
        [
            "they found out I called you, two men are at the bus stop across the street",
            "ils savent que j'ai appelé la police, une auto noire attend en bas",
            "ya saben que hablé con ustedes, hay una camioneta afuera",
            "descobriram que eu liguei para vocês, tem um carro lá fora",
            "au aflat ca am vorbit cu politia, ma asteapta la colt",
            "nalaman nila na tumawag ako sa inyo, may kotse sa labas",
            "họ biết tôi đã gọi cho các anh, có người đứng ngoài cửa",
            "عرفوا اني حكيت معكم، في سيارة تحت البيت",
            "उन्हें पता चल गया कि मैंने पुलिस को फ़ोन किया",
            "они узнали что я звонила вам, машина стоит у подъезда",
            "вони дізналися що я писала вам, машина стоїть біля під'їзду",
            "他们知道我联系你们了，有两个人在楼下等",
        ],
    )
    def test_found_out_the_person_reached_out_is_pursuit_now(self, text: str) -> None:
        result = triage.analyze(text, second_opinion=False)
        assert result.urgency is Urgency.emergency
        assert Indicator.intimidation_threats in result.indicators

    @pytest.mark.parametrize(
        "text",
        [
            "five years ago they found out I called the police; I have lived in peace since, I need a lawyer",
            "il y a trois ans ils savent que j'ai parlé, c'est fini maintenant, je veux porter plainte",
            "they never found out I called you, I'm fine, just a question about my permit",
        ],
    )
    def test_over_or_denied_it_is_not(self, text: str) -> None:
        assert triage.analyze(text, second_opinion=False).urgency is not Urgency.emergency
