"""Issue 11, tenth round: needs and indicators read from two kinds of words in one clause, in
every language (`triage/lexicons/codes/contact.toml` [talk]/[barred], `rest.toml`,
`language.toml`, `home.toml` [returning]/[homeland]), after the level, so that the level never
moves.

Sentences of their own (not the corpus's), one class per test, each with its near miss:
- kept from talking to or calling others is `isolation` (TRIAGE.md: cut off from others);
- no day off, no rest, is `excessive_overtime`;
- a language named with a word of speaking it, or a service in it, asks for `interpretation`;
- a word of returning and the country, home or family to return to asks for `repatriation`;
- work for nothing, pay never received, is `withholding_of_wages` (`pay.toml` [unpaid]);
- a door closed on the person in telegraphic words, or a threat on going out of the place
  ("si je sors il me tue"), is `restriction_of_movement` (`movement.toml` [locked], [if_out]);
  a threat on quitting the job ("if I quit she calls immigration") is not;
- a divorce, an annulment or the custody of children asks for `legal` (civil proceedings,
  `claim.toml` [family_law]);
- a debt named by its noun, or work to pay it off, is `debt_bondage` without an amount beside it
  (`debt.toml` [debt_named]);
- pills or medicine swallowed ask for `medical` (an overdose is poisoning), a plan to take them
  does not (`medicine.toml`).
"""

from __future__ import annotations

import pytest

import triage
from triage.codes import Indicator, Need


class TestKeptFromTalkingIsIsolation:
    @pytest.mark.parametrize(
        "text",
        [
            "My aunt cleans for a family in Oakville. They won't let her call her sons back home.",
            "Ma cousine garde les enfants d'un couple à Laval, ils l'ont interdit de parler aux voisins.",
            "Mi hermana trabaja en una casa en Calgary y la señora no la deja hablar con su novio.",
            "O marido da minha amiga não a deixa ligar para a mãe dela no Recife.",
            "Sora mea are grijă de un bătrân la Torino, nu o lasă să vorbească cu familia.",
            "Брату на стройке не дают звонить домой, телефон только у бригадира.",
            "Сестрі в Польщі заборонили спілкуватися з іншими працівниками.",
            "मेरी भाभी को वो लोग मायके वालों से बात नहीं करने देते।",
            "他们不许我表妹跟家里联系，一个月才一次。",
            "Chị tôi làm giúp việc ở Đài Loan, chủ không cho liên lạc với gia đình.",
        ],
    )
    def test_contact_forbidden(self, text: str) -> None:
        assert Indicator.isolation in triage.analyze(text).indicators

    @pytest.mark.parametrize(
        "text",
        [
            "I just want to talk to someone about my options, is this the right number?",
            "Je veux seulement parler à une personne de mon dossier d'immigration.",
            "Quiero hablar con alguien sobre mi permiso de trabajo, por favor.",
            "Я не знаю, кому позвонить насчёт моего контракта.",
        ],
    )
    def test_asking_to_talk_is_no_isolation(self, text: str) -> None:
        assert Indicator.isolation not in triage.analyze(text).indicators


class TestNoDayOfRestIsExcessiveOvertime:
    @pytest.mark.parametrize(
        "text",
        [
            "I pick blueberries near Abbotsford and we never get a day off, not even Sundays.",
            "Je fais le ménage dans un hôtel à Gatineau, pas de congé depuis quatre mois.",
            "Trabajo en una lechería en Ontario, sin día libre desde que llegué.",
            "Na padaria onde trabalho em Brampton não tenho folga há meses.",
            "Працюю на птахофабриці, вихідних немає вже третій місяць.",
            "Nagtatrabaho ako sa isang bahay sa Toronto, walang day off mula Enero.",
            "Ninafanya kazi ya ndani Dubai, sina likizo wala siku ya kupumzika.",
            "我在农场干活，三个月没有休息日。",
        ],
    )
    def test_no_day_off(self, text: str) -> None:
        assert Indicator.excessive_overtime in triage.analyze(text).indicators

    @pytest.mark.parametrize(
        "text",
        [
            "I work at a bakery in Brampton and I have Sundays off, the boss keeps my passport though.",
            "Trabajo en un restaurante, tengo dos días libres por semana pero no me pagan.",
        ],
    )
    def test_days_off_had_are_no_sign(self, text: str) -> None:
        assert Indicator.excessive_overtime not in triage.analyze(text).indicators


class TestALanguageNamedAsksForAnInterpreter:
    @pytest.mark.parametrize(
        "text",
        [
            "I left the farm in May. Is there a lawyer who speaks Punjabi in Surrey?",
            "J'ai quitté la manufacture l'an passé, je cherche un psychologue qui parle tigrinya.",
            "Salí del restaurante hace dos meses y no hablo inglés, necesito un abogado.",
            "Saí da obra mês passado e não falo francês. Alguém que fale português pode me ajudar?",
            "Am plecat de la fermă acum o lună, nu vorbesc engleza, am nevoie de un avocat.",
            "Я ушла от хозяина в январе, по-английски не говорю, нужен юрист.",
            "我去年离开了餐馆，我不会说英语，想找一个会说中文的律师。",
            "Mwen kite travay la ane pase, m pa pale angle, m bezwen yon avoka.",
        ],
    )
    def test_a_language_and_speaking_it(self, text: str) -> None:
        assert Need.interpretation in triage.analyze(text).needs

    @pytest.mark.parametrize(
        "text",
        [
            "Hindi ko alam kung tama ang number na ito, pero may tanong ako tungkol sa trabaho.",
            "Our Filipino community centre would like a talk on recruitment fees next month.",
        ],
    )
    def test_a_word_spelled_like_a_language_is_no_request(self, text: str) -> None:
        assert Need.interpretation not in triage.analyze(text).needs


class TestReturningHomeAsksForRepatriation:
    @pytest.mark.parametrize(
        "text",
        [
            "I got out of the fish plant last month, I'm at a friend's. I just want to return to Nigeria.",
            "J'ai quitté la famille qui m'employait, je voudrais rentrer au Cameroun mais j'ai rien.",
            "Ya no trabajo en el rancho, quiero regresar a Honduras con mis hijos.",
            "Saí da casa da patroa, agora só quero voltar para Angola.",
            "Я ушла от них, живу у подруги, хочу вернуться в Кыргызстан к детям.",
            "मैं उस फैक्ट्री से निकल गया हूँ, अब बस वापस नेपाल जाना है।",
            "我已经离开那个工厂了，现在只想回四川老家。",
            "Nimeondoka kwa mwajiri, nataka kurudi Uganda kwa mama yangu.",
        ],
    )
    def test_wants_to_go_back(self, text: str) -> None:
        assert Need.repatriation in triage.analyze(text).needs

    @pytest.mark.parametrize(
        "text",
        [
            "I worked at a mushroom farm in 2023, then went back to Ghana. Can I still claim my wages?",
            "Mi primo estuvo en una granja en Quebec, ya regresó a México. ¿Puede reclamar?",
        ],
    )
    def test_a_return_already_made_asks_for_nothing(self, text: str) -> None:
        assert Need.repatriation not in triage.analyze(text).needs


class TestWorkForNothingIsWagesWithheld:
    @pytest.mark.parametrize(
        "text",
        [
            "My cousin cleans the boss's house and his restaurant, she works for free since March.",
            "Ma tante travaille gratuitement chez une famille à Longueuil depuis un an.",
            "Mi tío está en un barco en Perú, hace seis meses que el patrón no les paga.",
            "A minha irmã cuida de dois idosos em Lisboa sem receber há quatro meses.",
            "Vè 8 mwa manman m ap travay pou gremesi nan yon restoran.",
            "Моя мама работает бесплатно у родственников в Москве уже год.",
            "لم نستلم أجورنا منذ ثلاثة أشهر في المزرعة.",
            "我在他家的超市干了一年，老板一直没付工资。",
        ],
    )
    def test_pay_never_received(self, text: str) -> None:
        assert Indicator.withholding_of_wages in triage.analyze(text).indicators

    @pytest.mark.parametrize(
        "text",
        [
            "Is your service free? I want to ask about my work permit.",
            "Les consultations sont-elles gratuites? J'ai une question sur mon permis.",
        ],
    )
    def test_a_free_service_is_no_sign(self, text: str) -> None:
        assert Indicator.withholding_of_wages not in triage.analyze(text).indicators


class TestKeptInIsRestrictionOfMovement:
    @pytest.mark.parametrize(
        "text",
        [
            "patron ferme porte à clé, moi dans cuisine depuis hier",
            "الباب مسكر من امبارح وما في أكل",
            "老板把我们锁在宿舍里，三天了",
            "he says if i go out of the room he will break my legs",
            "dice que si salgo de la casa me mata",
            "каже якщо вийду з квартири, то вб'є",
            "sabi niya pag lumabas ako ng bahay sasaktan niya ako",
            "Mi hermano está en un barco en Ecuador y no puede salir del puerto.",
        ],
    )
    def test_kept_in(self, text: str) -> None:
        assert Indicator.restriction_of_movement in triage.analyze(text).indicators

    @pytest.mark.parametrize(
        "text",
        [
            "My employer says if I quit she will call immigration. I go out on Sundays with friends.",
            "La patronne dit que si je démissionne elle appelle l'immigration. Je sors quand je veux.",
        ],
    )
    def test_a_threat_on_quitting_is_no_confinement(self, text: str) -> None:
        assert Indicator.restriction_of_movement not in triage.analyze(text).indicators


class TestEndingAMarriageAsksForLegal:
    @pytest.mark.parametrize(
        "text",
        [
            "My parents married me to him in Lahore, he keeps my PR card. Can I get a divorce here?",
            "Mon mari me fait travailler dans son dépanneur sans salaire, je veux divorcer.",
            "Mi esposo no me deja trabajar, ¿cómo pido la custodia de mis hijos si me voy?",
            "Casaram-me com ele à força e fica com o meu passaporte. Como faço para me divorciar?",
            "Chồng giữ hộ chiếu của tôi, tôi muốn ly hôn nhưng không biết bắt đầu thế nào.",
            "Чоловік забрав мій паспорт і не випускає мене, хочу розлучитися.",
            "丈夫扣着我的护照，不让我出门，我想离婚。",
        ],
    )
    def test_divorce_or_custody(self, text: str) -> None:
        assert Need.legal in triage.analyze(text).needs

    def test_a_past_divorce_told_in_passing_asks_for_nothing_of_it(self) -> None:
        result = triage.analyze("I'm divorced now and doing fine. Do you have volunteer positions?")
        assert Need.legal not in result.needs


class TestADebtNamedIsDebtBondage:
    @pytest.mark.parametrize(
        "text",
        [
            "The agency says my brother has a debt with them and he cannot change employer.",
            "Le patron dit qu'on a une dette pour le logement, il la retire de chaque paie.",
            "Dicen que mi prima tiene una deuda con ellos por el viaje y la ponen a trabajar en un bar.",
            "Бригадир каже, що ми маємо відпрацювати борг за житло.",
            "Нас держат на ферме, пока не отработаем долг за дорогу.",
            "الشركة تقول إن عليه دين للفيزا ولازم يشتغل بلا راتب.",
            "工头说我们欠他的债还没还完，不能走。",
            "Patronul zice că am o datorie la el pentru cazare și mâncare.",
        ],
    )
    def test_debt_named(self, text: str) -> None:
        assert Indicator.debt_bondage in triage.analyze(text).indicators

    def test_a_girl_writing_in_thai_names_no_debt(self) -> None:
        """ "หนู" (a girl speaking of herself) folds like the word of debt: only longer forms count."""
        result = triage.analyze("หนูทำงานในร้านอาหารที่โตรอนโต เจ้าของเก็บพาสปอร์ตไว้")
        assert Indicator.debt_bondage not in result.indicators


class TestPillsSwallowedAskForMedical:
    @pytest.mark.parametrize(
        "text",
        [
            "i swallowed the whole bottle of my boss's pills ten minutes ago, sorry",
            "J'ai avalé tous les comprimés de la patronne, je veux dormir pour toujours.",
            "Me tomé las pastillas para dormir que tenía la señora, todas.",
            "Tomei todos os comprimidos da caixa, não aguento mais.",
            "Я выпила всё снотворное и таблетки от давления, простите.",
            "Em đã uống hết thuốc ngủ rồi.",
            "मैंने सारी दवा की गोलियाँ खा लीं।",
            "我把老板娘的安眠药都吃了。",
        ],
    )
    def test_pills_swallowed(self, text: str) -> None:
        result = triage.analyze(text)
        assert Need.medical in result.needs

    def test_a_pill_named_with_nothing_swallowed_asks_for_nothing_of_it(self) -> None:
        result = triage.analyze("The boss keeps our passports. Does your clinic give free pills?")
        assert Need.medical not in result.needs


def test_the_level_is_read_before_these_signs() -> None:
    """The same message with and without a sign of this round keeps its level."""
    plain = "My sister works for a family in Regina and they keep her passport."
    barred = plain + " They won't let her call our mother."
    assert triage.analyze(plain).urgency == triage.analyze(barred).urgency
