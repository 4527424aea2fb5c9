"""Issue 11, eighth round: needs and indicators as the writers of the unseen sets tick them.

Sentences of their own (not the corpus's), in several languages, one class per test:
- fear alone ("I am scared") is no threat: `intimidation_threats` needs someone who threatens;
- "ménage" (housework) is no typo of "menacé";
- a marriage forced on the person asks for legal help, not a labour complaint;
- no day off, or seven days a week, is excessive overtime, not degrading conditions.
"""

from __future__ import annotations

import pytest

import triage
from triage.codes import Exploitation, Indicator, Need


class TestFearAloneIsNoThreat:
    @pytest.mark.parametrize(
        "text",
        [
            "The owner keeps my passport and pays me $300 a month. I am scared all the time.",
            "Le patron garde mon passeport et me paie 300 $ par mois. J'ai tellement peur.",
            "El dueño tiene mi pasaporte y me paga 300 dólares al mes. Tengo mucho miedo.",
            "Хозяин держит мой паспорт и платит 300 долларов в месяц. Мне очень страшно.",
            "老板拿着我的护照，一个月只给300块，我很害怕。",
        ],
    )
    def test_fear_with_other_signs_names_no_threat(self, text: str) -> None:
        result = triage.analyze(text)
        assert Indicator.retention_of_documents in result.indicators
        assert Indicator.intimidation_threats not in result.indicators

    @pytest.mark.parametrize(
        "text",
        [
            "The owner keeps my passport and says if I leave he will call immigration.",
            "Le patron garde mon passeport et me menace de me faire déporter.",
        ],
    )
    def test_a_threat_still_is(self, text: str) -> None:
        assert Indicator.intimidation_threats in triage.analyze(text).indicators


def test_housework_is_no_typo_of_threatened() -> None:
    text = "Je fais le ménage et la cuisine chez eux tous les jours et ils gardent mon passeport."
    assert Indicator.intimidation_threats not in triage.analyze(text).indicators


class TestAForcedMarriageAsksForLegalHelp:
    @pytest.mark.parametrize(
        "text",
        [
            "My parents want to marry me off to a man of 45 back home next summer and they took my passport.",
            "Mon père veut me marier à un homme de son village et il a pris mon passeport.",
            "Părinții m-au măritat la 18 ani cu un om pe care nu-l cunoșteam și soțul îmi ține actele.",
            "Ailem beni yazın amcamın oğluyla evlendirmek istiyor, pasaportumu aldılar.",
            "Tôi lấy chồng qua môi giới, chồng giữ hộ chiếu và không cho tôi ra ngoài một mình.",
        ],
    )
    def test_legal_help_and_the_marriage_named(self, text: str) -> None:
        result = triage.analyze(text)
        assert Exploitation.forced_marriage in result.exploitation
        assert Need.legal in result.needs

    def test_work_for_the_spouses_family_asks_no_labour_complaint(self) -> None:
        text = (
            "My family married me off to a man I never met. He keeps my passport and I work in "
            "his brother's shop every day without pay."
        )
        result = triage.analyze(text)
        assert Need.legal in result.needs
        assert Need.labour_rights not in result.needs


class TestNoDayOffIsExcessiveOvertime:
    @pytest.mark.parametrize(
        "text",
        [
            "I clean their house and mind the kids, no day off since March, and she keeps my passport.",
            "Je garde les enfants, aucun congé depuis six mois, et madame garde mon passeport.",
            "Cuido a la señora, sin día libre desde enero, y la hija tiene mi pasaporte.",
            "Lucrez la o fermă, nicio zi liberă de trei luni, și șeful îmi ține pașaportul.",
            "Работаю на складе, выходных нет уже три месяца, паспорт у бригадира.",
            "我在餐馆打工，全年无休，老板拿着我的护照。",
        ],
    )
    def test_no_day_off(self, text: str) -> None:
        result = triage.analyze(text)
        assert Indicator.excessive_overtime in result.indicators
        assert Indicator.abusive_conditions not in result.indicators

    def test_seven_days_of_something_else_is_no_overtime(self) -> None:
        text = "He locked me in the basement for 7 days last year, now I live with my aunt."
        assert Indicator.excessive_overtime not in triage.analyze(text).indicators


class TestAWorkingDayToldByItsClockTimes:
    @pytest.mark.parametrize(
        "text",
        [
            "I look after their children from 6am to 11pm and they pay me $500 a month.",
            "Je travaille de 6h à minuit à la cuisine et ils ne me paient pas.",
            "Trabalho na fazenda das 5h às 22h e o patrão fica com o meu passaporte.",
            "Працюю з 6 ранку до 11 вечора, а господиня тримає мій паспорт.",
            "Lucrez de la 6 dimineața până la 10 seara și șeful îmi ține pașaportul.",
            "每天从早上8点干到晚上11点，老板拿着我的护照。",
        ],
    )
    def test_morning_to_night_is_excessive_overtime(self, text: str) -> None:
        assert Indicator.excessive_overtime in triage.analyze(text).indicators

    @pytest.mark.parametrize(
        "text",
        [
            "I work from 9am to 5pm but the boss keeps my passport.",
            "He took my passport at 11pm yesterday.",
        ],
    )
    def test_office_hours_or_one_time_are_not(self, text: str) -> None:
        assert Indicator.excessive_overtime not in triage.analyze(text).indicators


@pytest.mark.parametrize(
    "text",
    [
        "Pracujemy po 14 godzin, a kierownik trzyma nasze paszporty.",
        "Haftada 72 saat çalışıyoruz, patron pasaportlarımızı aldı.",
        "하루 14시간 일하는데 사장이 여권을 가져갔어요.",
        "Waxaan shaqeeyaa 15 saacadood maalin walba, baasaboorkayga wuu haystaa.",
    ],
)
def test_hours_in_the_lighter_lexicons_languages(text: str) -> None:
    assert Indicator.excessive_overtime in triage.analyze(text).indicators


class TestIntimateImagesUsedAsAThreatAskForLegalHelp:
    @pytest.mark.parametrize(
        "text",
        [
            "He keeps the money from my shows and says if I quit he will post the videos for my family.",
            "Il garde l'argent et dit que si j'arrête il va envoyer les photos à mes parents.",
            "Se eu parar ele manda os vídeos para a minha família.",
            "Он забирает деньги и говорит, что иначе разошлёт мои фото всем знакомым.",
            "他说如果我不听话就把照片发给我同学。",
        ],
    )
    def test_sextortion(self, text: str) -> None:
        assert Need.legal in triage.analyze(text).needs

    @pytest.mark.parametrize(
        "text",
        [
            "My daughter of 15 sent photos to a man she met online who promised her a modelling job.",
            "Il publie mes photos sur un site d'annonces et garde tout l'argent.",
        ],
    )
    def test_photos_sent_or_posted_without_a_threat_are_not(self, text: str) -> None:
        assert Need.legal not in triage.analyze(text).needs


class TestATestOrAJokeAsksForNothing:
    @pytest.mark.parametrize(
        "text",
        [
            "test test, is this number working?",
            "essai 1 2 3, est-ce que le message se rend?",
            "проверка, сообщение доходит или нет?",
            "prueba prueba, ¿les llega el mensaje?",
        ],
    )
    def test_a_test_message_has_no_need(self, text: str) -> None:
        assert triage.analyze(text).needs == ()

    @pytest.mark.parametrize(
        "text",
        [
            "lol my manager makes us stay late on fridays, is that forced labour?? 😂",
            "jajaja mi jefa me hace lavar los platos, ¿eso es trata? 🤣",
        ],
    )
    def test_a_joke_has_no_need(self, text: str) -> None:
        assert triage.analyze(text).needs == ()

    def test_a_story_still_asks_for_information(self) -> None:
        text = (
            "I'm writing a novel where a girl is locked in a basement. "
            "How would your hotline answer her text?"
        )
        assert Need.information in triage.analyze(text).needs


class TestPayHeldBackToldInMoreWays:
    @pytest.mark.parametrize(
        "text",
        [
            # paid only at the end of the season, or whenever the boss likes
            "The skipper says our wages come at the end of the season, we sleep on deck.",
            "Le patron nous paye en cash quand il veut, jamais le même montant.",
            "O capataz diz que o salário é só no fim da temporada.",
            # owes months of wages
            "Il mio ex datore di lavoro mi deve ancora tre mesi di stipendio.",
            "Mein Chef schuldet mir noch den Lohn vom Sommer.",
            "Chủ tiệm còn nợ tôi ba tháng lương.",
            # not paid, in the lighter lexicons' languages
            "Şirket üç aydır maaşımı vermedi, pasaportum da onlarda.",
            "식당 사장이 석 달째 월급을 안 줘요.",
            "कम्पनीले चार महिनादेखि तलब दिएन।",
        ],
    )
    def test_withholding_of_wages(self, text: str) -> None:
        assert Indicator.withholding_of_wages in triage.analyze(text).indicators

    def test_a_pension_taken_is_pay_held_back(self) -> None:
        text = "Мой дядя живёт у чужого человека, тот забирает всю его пенсию."
        assert Indicator.withholding_of_wages in triage.analyze(text).indicators


class TestKeptFromGoingOut:
    @pytest.mark.parametrize(
        "text",
        [
            "We pick apples all day and we are not allowed to go to town without the supervisor.",
            "La patronne ne me laisse pas sortir, seulement avec elle le dimanche.",
            "El capataz no nos deja salir de la granja, solo con él.",
            "Muncim pe vas și căpitanul nu ne lasă să coborâm pe uscat.",
            "Хозяйка говорит, что выйти можно только с ней.",
            "Mąż nie pozwala mi wychodzić bez niego.",
            "Wanafanya kazi melini na hawaruhusiwi kushuka bandarini.",
            "老板不让我们出门，只能在店里。",
        ],
    )
    def test_restriction_of_movement(self, text: str) -> None:
        assert Indicator.restriction_of_movement in triage.analyze(text).indicators

    def test_going_out_freely_is_not(self) -> None:
        text = "He takes all the money from my clients but I go out whenever I want."
        assert Indicator.restriction_of_movement not in triage.analyze(text).indicators


class TestMoreCrimesAskForLegalHelp:
    @pytest.mark.parametrize(
        "text",
        [
            "A man from a game chat is blackmailing my son, he wants more pictures.",
            "Un type fait du chantage à ma sœur sur Instagram depuis un mois.",
            "Alguien está haciendo chantaje a mi hija por internet.",
            "Какой-то мужчина шантажирует мою дочь в телеграме.",
            "Un bărbat o șantajează pe fiica mea pe internet.",
        ],
    )
    def test_blackmail(self, text: str) -> None:
        assert Need.legal in triage.analyze(text).needs

    @pytest.mark.parametrize(
        "text",
        [
            "They make my cousin carry packages across the city for them, he says he owes them the flight.",
            "Lo obligan a llevar paquetes de droga en su carro porque dice que les debe el viaje.",
            "Вони забрали його паспорт і змушують возити пакунки між містами.",
        ],
    )
    def test_an_adult_made_to_carry_drugs(self, text: str) -> None:
        assert Need.legal in triage.analyze(text).needs

    @pytest.mark.parametrize(
        "text",
        [
            "Sora mea de 18 ani a fost logodită de tata cu un om pe care nu-l cunoaște.",
            "Moja siostra wyszła za mąż przez agencję matrymonialną i mąż trzyma jej paszport.",
            "meri shaadi zabardasti karwa di, ab pati mera passport rakhta hai",
        ],
    )
    def test_a_forced_marriage_told_in_other_words(self, text: str) -> None:
        result = triage.analyze(text)
        assert Exploitation.forced_marriage in result.exploitation
        assert Need.legal in result.needs


class TestGoingHomeAsksForRepatriation:
    @pytest.mark.parametrize(
        "text",
        [
            "I left the farm two weeks ago and I want to go home but I have no money for the ticket.",
            "Je suis sortie de cette maison, je veux rentrer au Sénégal mais je n'ai plus de passeport.",
            "Я вже пішла з тієї ферми і хочу повернутися додому, але немає грошей.",
            "我已经离开那家店了，只想回国，可是护照还在老板那里。",
            "Nimeondoka kwa bosi, nataka kurudi nyumbani lakini sina pesa ya tiketi.",
            "Mon frère est dans un centre d'arnaque au Myanmar, comment le faire revenir?",
        ],
    )
    def test_repatriation(self, text: str) -> None:
        assert Need.repatriation in triage.analyze(text).needs


@pytest.mark.parametrize(
    "text",
    [
        "They brought me here supposedly as a waitress, now I must sit with clients every night.",
        "Меня привезли якобы работать официанткой, а паспорт забрали.",
        "La trajeron diciendo que era su novio y ahora la obliga a trabajar en un club.",
        "Його привезли нібито на роботу в ресторан, а тепер не платять.",
    ],
)
def test_a_job_or_a_love_used_as_a_pretext_is_deception(text: str) -> None:
    assert Indicator.deception in triage.analyze(text).indicators


class TestAbusiveLivingConditions:
    @pytest.mark.parametrize(
        "text",
        [
            "Faccio la badante e dormo sul divano, la signora ha il mio passaporto.",
            "Ich arbeite auf dem Hof und schlafe in der Garage, der Bauer hat meinen Pass.",
            "Dada yangu analala jikoni na wamechukua pasipoti yake.",
            "Trabalho como empregada e durmo na lavandaria, a patroa guarda o meu passaporte.",
        ],
    )
    def test_sleeping_where_no_one_should(self, text: str) -> None:
        assert Indicator.abusive_conditions in triage.analyze(text).indicators

    @pytest.mark.parametrize(
        "text",
        [
            "We are 9 men sharing one basement and the boss keeps our passports.",
            "On est 12 gars dans une roulotte pis le boss garde nos passeports.",
            "Живемо 10 людей в одній кімнаті, паспорти забрав бригадир.",
        ],
    )
    def test_many_people_in_one_room(self, text: str) -> None:
        assert Indicator.abusive_conditions in triage.analyze(text).indicators

    def test_a_family_in_a_house_is_not(self) -> None:
        text = "We are 4 people in a small house and the owner keeps my passport."
        assert Indicator.abusive_conditions not in triage.analyze(text).indicators
