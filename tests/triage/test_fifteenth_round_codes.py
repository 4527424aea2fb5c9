"""Issue 11, fifteenth round: needs and indicators on messages from new writers, read after the
level so that it never moves (`triage/threats.py`, `triage/late_signs.py`,
`triage/settled_needs.py`, `triage/lexicons/codes/`).

Sentences of their own (not the corpus's), one class per test, each with its near miss:
- a denunciation or a removal that someone says they will bring on the person, with no "if"
  ("he says he will call immigration", "dice que nos reporta a migración", "говорит, что
  депортируют") is `intimidation_threats`; the same words in a question, or a harm told as
  done ("she says he hit her"), are not;
- a request for facts (`low`) for material, training or a volunteer post in a language
  ("brochures in Russian", "un atelier en créole") asks for `information`, not
  `interpretation`; asking whether someone speaks the language still asks for an interpreter;
- a dwelling without heat, a window, a shower or a toilet is `abusive_conditions` and asks for
  no `basic_needs`; no food or no water still asks for them;
- a recruiting job in quotation marks ("a 'modelling contract'", "un « casting »", "«хостес»",
  "“模特”") is `deception`: the writer's doubt; the same job unquoted, or a quoted
  'boyfriend', is not;
- a job paid for that did not exist ("the employer had never heard of me", "l'entreprise
  n'existe pas", "公司不存在", "नकली ऑफ़र") is `deception`; the job paid for and started is not;
- pay far below a minimum wage in the folded Arabic and Hindi forms ("6 دولار بالساعة", "हफ्ते के
  250 डॉलर"), with its period first ("monthly: $700"), in Romanian "250 de dolari", in "євро" or
  "one month" is `withholding_of_wages`; a duration
  counted before it ("for 3 months 900 dollars") or hours alone are not;
- money taken from a person made to beg ("pide limosna", "mendie", "cerșește") is
  `withholding_of_wages` but asks for no `labour_rights`; a worker's unpaid wages, or a plea
  "I'm begging you", still do;
- going out only in company, in the forms the lists missed ("ما بطلع من البيت الا معهم", "pa janm
  kite m soti pou kont mwen", "出门一定要有人跟着", "solo me deja salir"), is
  `restriction_of_movement`; going out alone is not;
- being thrown out onto the street is a harm a condition threatens ("si no limpio su restaurante
  me echa", "把我赶出去"): `intimidation_threats`; moving out by one's own plan is not;
- nowhere to stay, or a place to stay asked for, in the forms the lexicons missed ("yon kote pou m
  rete", "matitirhan", "nu am unde sta", "rehne ki jagah"), asks for `shelter`; a person housed
  by family does not.
"""

from __future__ import annotations

import pytest

import triage
from triage.codes import Indicator, Need, Urgency


def _indicators(text: str) -> set[Indicator]:
    return set(triage.analyze(text).indicators)


class TestDenunciationSaidIsAThreat:
    @pytest.mark.parametrize(
        "text",
        [
            "I pick mushrooms near Kingston and the crew boss told us the cops will send us back.",
            "My cousin drives for a mover in Surrey and the owner keeps saying he will tell the college.",
            "Trabajo en una bodega en Surrey y el encargado dice que nos reporta a migración el viernes.",
            "O encarregado da obra em Toronto disse que liga pra imigração amanhã de manhã.",
            "Я работаю на складе в Калгари, бригадир говорит, что нас всех депортируют.",
            "Господар ферми каже, що нас усіх депортують до кінця місяця.",
            "工头说要把我们送回国内去。",
            "Il padrone della pizzeria a Toronto dice che chiama l'immigrazione domani.",
            "Szef mówi, że zgłosi nas na policję w poniedziałek.",
        ],
    )
    def test_a_denunciation_someone_says_they_will_bring(self, text: str) -> None:
        assert Indicator.intimidation_threats in _indicators(text)

    @pytest.mark.parametrize(
        "text",
        [
            "I clean offices in Red Deer. My friend says immigration can deport people like me, true?",
            "O meu irmão disse que foi deportado em 2019 e agora está bem em Lisboa.",
            "Моя подруга говорит, что её брата депортировали в прошлом году.",
            "Моя сестра работает в кафе, она говорит, что хозяин её бьёт.",
        ],
    )
    def test_a_question_news_of_a_removal_or_a_harm_told_as_done_is_none(self, text: str) -> None:
        assert Indicator.intimidation_threats not in _indicators(text)


class TestMaterialInALanguageIsNoInterpreter:
    @pytest.mark.parametrize(
        "text",
        [
            "Bonjour, notre paroisse aimerait offrir un atelier en créole sur la traite. Est-ce possible?",
            "Olá, sou voluntária numa associação em Mississauga. Vocês têm panfletos em português?",
            "Здравствуйте, мы община в Калгари. Есть ли у вас брошюры на русском языке о торговле людьми?",
            "Xin chào, tôi muốn làm tình nguyện viên thông dịch tiếng Việt cho đường dây này, được không?",
        ],
    )
    def test_material_training_or_volunteering_in_a_language(self, text: str) -> None:
        result = triage.analyze(text)
        assert result.urgency is Urgency.low
        assert set(result.needs) == {Need.information}

    def test_asking_whether_someone_speaks_it_still_asks_for_an_interpreter(self) -> None:
        result = triage.analyze("Do you speak Creole?")
        assert Need.interpretation in result.needs


class TestNoHeatIsAConditionNotABasicNeed:
    @pytest.mark.parametrize(
        "text",
        [
            "The boss keeps our passports and we sleep twelve to a trailer with no heat.",
            "Le patron garde nos passeports et on dort dans une roulotte sans chauffage.",
            "El patrón se queda con los pasaportes y en la casa no hay ventana ni ducha.",
            "O patrão ficou com os passaportes e a casa não tem aquecimento.",
            "Хозяин забрал паспорта, живём в вагончике без отопления.",
            "老板扣着护照，宿舍没有暖气。",
        ],
    )
    def test_a_dwelling_without_heat_or_a_shower(self, text: str) -> None:
        result = triage.analyze(text)
        assert Indicator.abusive_conditions in result.indicators
        assert Need.basic_needs not in result.needs

    @pytest.mark.parametrize(
        "text",
        [
            "The boss keeps our passports and we have had no food for two days.",
            "Le patron garde nos passeports et on a pas d'eau depuis hier.",
        ],
    )
    def test_no_food_or_water_still_asks_for_basic_needs(self, text: str) -> None:
        assert Need.basic_needs in triage.analyze(text).needs


class TestAJobInQuotationMarksIsDeception:
    @pytest.mark.parametrize(
        "text",
        [
            "My cousin went to Calgary for a 'modelling contract' and now she lives in the manager's flat.",
            "Ma sœur est partie à Laval pour un « casting » et maintenant elle vit chez le gérant.",
            'Mi prima se fue a Monterrey por una "beca" y ahora trabaja en la casa del señor que la llevó.',
            "Моя сестра поехала в Торонто «хостес» в ресторан, теперь живёт в квартире у администратора.",
            "我表姐去温哥华做“模特”，现在住在经理的公寓里，跟几个女孩一起。",
        ],
    )
    def test_a_recruiting_job_quoted(self, text: str) -> None:
        assert Indicator.deception in _indicators(text)

    @pytest.mark.parametrize(
        "text",
        [
            "My cousin works as a model in Calgary and she lives in the manager's flat with two other girls.",
            "My cousin calls him her 'boyfriend' and now she lives in his flat with four other girls.",
        ],
    )
    def test_the_job_unquoted_or_a_quoted_boyfriend(self, text: str) -> None:
        assert Indicator.deception not in _indicators(text)


class TestAJobThatDidNotExistIsDeception:
    @pytest.mark.parametrize(
        "text",
        [
            "I paid a consultant in Manila for a job in Regina, but the employer had never heard of me.",
            "J'ai payé une agence à Dakar pour un poste à Sherbrooke, mais l'entreprise n'existe pas.",
            "Pagué a un reclutador en Lima por un empleo en Calgary y resultó que la empresa no existe.",
            "Я заплатил агенту в Киеве за работу в Виннипеге, а фирмы не существует.",
            "我在国内交了五万块给中介，来了才知道公司不存在。",
            "मैंने एजेंट को पैसे दिए, यहाँ आकर पता चला कि नकली ऑफ़र था।",
        ],
    )
    def test_a_job_paid_for_that_did_not_exist(self, text: str) -> None:
        assert Indicator.deception in _indicators(text)

    def test_a_job_paid_for_and_started(self) -> None:
        text = "I paid a consultant in Manila for a caregiver job in Regina and I started there in March."
        assert Indicator.deception not in _indicators(text)


class TestPayFarBelowAMinimumInMoreForms:
    @pytest.mark.parametrize(
        "text",
        [
            "أعمل في مغسلة سيارات في وندسور، يعطيني صاحبها 6 دولار بالساعة فقط.",
            "मैं ब्रैम्पटन में एक गोदाम में काम करता हूँ, हफ्ते के 250 डॉलर मिलते हैं।",
            "I clean three houses in Oakville, monthly: $700 cash and nothing else.",
            "Lucrez la o spălătorie în Laval, patronul ne plătește 250 de dolari pe lună pentru toată munca.",
            "Працюю на складі у Варшаві, бригадир дає по 90 євро на тиждень.",
            "I work in a bakery in Brampton and the owner only gives 400 dollar one month.",
        ],
    )
    def test_low_pay_with_its_period(self, text: str) -> None:
        assert Indicator.withholding_of_wages in _indicators(text)

    @pytest.mark.parametrize(
        "text",
        [
            "I cleaned three houses in Oakville for 3 months 900 dollars total and then moved to Ottawa.",
            "मैं ब्रैम्पटन में एक गोदाम में 12 घंटे काम करता हूँ।",
            "Lucrez la o spălătorie în Laval de 12 de ore pe zi, dar plata e corectă.",
        ],
    )
    def test_a_duration_or_hours_alone(self, text: str) -> None:
        assert Indicator.withholding_of_wages not in _indicators(text)


class TestBeggingAsksForNoLabourComplaint:
    @pytest.mark.parametrize(
        "text",
        [
            "Mi vecino de 12 años pide limosna en el metro de Toronto y un hombre le quita todo el dinero.",
            "Mon voisin handicapé mendie au métro Berri et deux hommes lui prennent tout l'argent.",
            "Un copil de 10 ani cerșește la semafor în Montreal și seara un bărbat îi ia toți banii.",
        ],
    )
    def test_money_taken_from_begging(self, text: str) -> None:
        result = triage.analyze(text)
        assert Indicator.withholding_of_wages in result.indicators
        assert Need.labour_rights not in result.needs

    @pytest.mark.parametrize(
        "text",
        [
            "I'm begging you, my boss in Surrey has not paid me for three months and keeps all the money.",
            "Мій брат на фермі під Вінніпегом, власник забирає всю зарплату.",
        ],
    )
    def test_a_workers_wages_still_ask_for_labour_rights(self, text: str) -> None:
        assert Need.labour_rights in triage.analyze(text).needs


class TestGoingOutOnlyInCompany:
    @pytest.mark.parametrize(
        "text",
        [
            "أشتغل عند عيلة بدبي، ما بطلع من البيت الا معهم.",
            "Patwon an pa janm kite m soti pou kont mwen, menm pou al lapòs.",
            "在餐馆打工，出门一定要有人跟着。",
            "La señora solo me deja salir los domingos con ella.",
        ],
    )
    def test_out_only_with_them(self, text: str) -> None:
        assert Indicator.restriction_of_movement in _indicators(text)

    def test_going_out_alone(self) -> None:
        text = "I go out alone every evening after my shift at the bakery."
        assert Indicator.restriction_of_movement not in _indicators(text)


class TestEvictionThreatened:
    @pytest.mark.parametrize(
        "text",
        [
            "The landlord says if I complain about the work again he will throw me out.",
            "Le propriétaire dit que si je refuse de travailler au dépanneur il va me mettre dehors.",
            "El dueño del cuarto dice que si no limpio su restaurante me echa.",
            "Хозяин квартиры сказал: если не будешь работать бесплатно, выгоню на улицу.",
            "房东说如果我不去他店里干活就把我赶出去。",
        ],
    )
    def test_thrown_out_if_the_person_does_not_obey(self, text: str) -> None:
        assert Indicator.intimidation_threats in _indicators(text)

    def test_moving_out_by_ones_own_plan(self) -> None:
        text = "If I find a better job I will move out of the landlord's basement in spring."
        assert Indicator.intimidation_threats not in _indicators(text)


class TestNowhereToStayAsksForShelter:
    @pytest.mark.parametrize(
        "text",
        [
            "M soti kay moun ki t ap eksplwate m nan mwa pase, m bezwen yon kote pou m rete ak pitit mwen.",
            "Umalis na po ako sa amo ko noong Lunes, kailangan ko ng matitirhan dito sa Calgary.",
            "Am scăpat de la ferma din Ontario luna trecută și acum nu am unde sta.",
            "main farm se nikal aaya pichhle hafte, ab rehne ki jagah chahiye Surrey me.",
        ],
    )
    def test_a_place_to_stay_asked_for(self, text: str) -> None:
        assert Need.shelter in triage.analyze(text).needs

    def test_housed_by_family(self) -> None:
        text = "I left that job last spring and now I live with my sister in Regina, she has a spare room."
        assert Need.shelter not in triage.analyze(text).needs
