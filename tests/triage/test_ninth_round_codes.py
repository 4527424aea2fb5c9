"""Issue 11, ninth round: needs an operator ticks from the situation, read in every language
by families of words (`triage/lexicons/codes/claim.toml`, `support.toml`, `home.toml`).

Sentences of their own (not the corpus's), one class per test:
- a claim before the law (money or damages to recover, a case to testify in) asks for `legal`;
- a counsellor, a support group or the marks of trauma ask for `mental_health`;
- a relative held in a scam compound abroad asks for `repatriation`;
- pay held until the end of a contract, or never seen, is `withholding_of_wages`.
"""

from __future__ import annotations

import pytest

import triage
from triage.codes import Indicator, Need, Urgency


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


class TestPayWithheld:
    @pytest.mark.parametrize(
        "text",
        [
            "I clean rooms at a motel in Regina. They say my wages come at the end of the contract, in May.",
            "Trabalho numa estufa há oito meses e nunca vi o salário, o patrão diz que está guardado.",
            "Saya kerja di dapur restoran di Surrey sudah 4 bulan tidak dibayar sama sekali.",
            "Ninafanya kazi nyumbani kwa familia moja Calgary, sipati mshahara tangu Januari.",
            "أشتغل في مزرعة دواجن من غير مرتب من خمسة شهور.",
            "Anh ấy nợ em 5 tháng lương rồi mà vẫn bắt làm ở tiệm.",
            "Je travaille à la ferme depuis mars, ils disent que le salaire c'est à la fin du contrat.",
        ],
    )
    def test_pay_not_paid_or_held_is_withheld_wages(self, text: str) -> None:
        assert Indicator.withholding_of_wages in triage.analyze(text).indicators

    def test_a_contract_alone_withholds_nothing(self) -> None:
        result = triage.analyze("My contract ends in May and I want to know how to renew my work permit.")
        assert Indicator.withholding_of_wages not in result.indicators


class TestNoVulnerabilityFromEverydayWords:
    @pytest.mark.parametrize(
        "text",
        [
            # "lumabas" (went out) is not "lumayas" (ran away from home)
            "Lumabas ako kahapon. Kinuha ng amo ang pasaporte ko at hindi ako binabayaran.",
            # the sponsor (kafeel) is named in most domestic workers' stories: no vulnerability by itself
            "الكفيل أخذ جوازي ويخليني أشتغل ١٦ ساعة بدون راتب.",
        ],
    )
    def test_a_word_of_the_story_is_no_vulnerability(self, text: str) -> None:
        result = triage.analyze(text)
        assert Indicator.withholding_of_wages in result.indicators
        assert Indicator.abuse_of_vulnerability not in result.indicators


class TestForcedWorkAsksForLabourRights:
    @pytest.mark.parametrize(
        "text",
        [
            "I pick apples on a farm near Kelowna. The owner keeps my passport and says I owe him $9,000.",
            "Trabajo en una planta de carne en Brooks, el jefe tiene mi pasaporte y dice que le debo 7000.",
            "Я работаю на стройке в Торонто, бригадир держит мой паспорт и говорит, что я должен ему 5000.",
        ],
    )
    def test_an_adult_forced_to_work_now_asks_for_labour_rights(self, text: str) -> None:
        result = triage.analyze(text)
        assert result.urgency is Urgency.high
        assert Need.labour_rights in result.needs

    def test_a_child_made_to_work_is_youth_protections_case(self) -> None:
        result = triage.analyze("My nephew is 14, he works on a farm and the owner keeps his passport.")
        assert Need.youth_protection in result.needs
        assert Need.labour_rights not in result.needs


class TestLockedInTelegraphic:
    @pytest.mark.parametrize(
        "text",
        [
            "boss door lock every night, me inside kitchen, work no money",
            "aami dokane, malik tala diye rekheche 3 din",
            "ネパール人 店 出れない オーナー こわい",
            "they lock us in container at night, boss have key",
            "depo kapisi kilitli, patron anahtari aldi",
        ],
    )
    def test_a_lock_said_in_few_words_is_restriction_of_movement(self, text: str) -> None:
        assert Indicator.restriction_of_movement in triage.analyze(text).indicators

    def test_a_lock_denied_is_none(self) -> None:
        result = triage.analyze("Nobody door locked us, we can go out, but the boss keeps all our pay.")
        assert Indicator.restriction_of_movement not in result.indicators


class TestAShelterAlreadyFoundIsNoNeed:
    @pytest.mark.parametrize(
        "text",
        [
            "It's over, the police came in May. I'm in a shelter in Sudbury now, I need help with papers.",
            "C'est fini depuis mars, je suis dans une maison d'hébergement à Gatineau. Je veux étudier.",
            "Já acabou, estou num abrigo em Laval há duas semanas, preciso de um médico.",
            "Все позади, я сейчас в приюте в Оттаве. Нужна помощь с документами.",
            "一切都结束了，我现在住在庇护所，想学英语找工作。",
        ],
    )
    def test_a_person_in_a_shelter_is_housed(self, text: str) -> None:
        assert Need.shelter not in triage.analyze(text).needs

    @pytest.mark.parametrize(
        "text",
        [
            "I left the farm last week and I have nowhere to sleep, do you know a shelter?",
            "Me fui de esa casa ayer y no tengo dónde dormir, ¿conocen un albergue?",
        ],
    )
    def test_a_shelter_asked_for_is_a_need(self, text: str) -> None:
        assert Need.shelter in triage.analyze(text).needs

    def test_housing_as_a_cost_is_no_shelter_asked_for(self) -> None:
        text = "Patwon an kenbe paspò m epi li retire 200 dola chak semèn pou lojman."
        assert Need.shelter not in triage.analyze(text).needs


class TestDocumentsInSomeoneElsesHands:
    @pytest.mark.parametrize(
        "text",
        [
            "Ninafanya kazi ya ndani Mombasa Road, pasipoti yangu iko kwa wakala tangu nifike.",
            "Çiftlikte çalışıyoruz, patron pasaportlarımızı aldı, vermiyor.",
            "Kami kerja di pabrik ikan, paspor kami ditahan sama agen.",
            "Moje dokumenty? Nie — szef trzyma paszport w biurze i nie oddaje.",
            "ایجنٹ نے میرا پاسپورٹ اپنے پاس رکھا ہے۔",
        ],
    )
    def test_a_passport_with_the_employer_is_retained(self, text: str) -> None:
        assert Indicator.retention_of_documents in triage.analyze(text).indicators


class TestADebtToBeFreed:
    @pytest.mark.parametrize(
        "text",
        [
            "Ndugu yangu yuko Dubai, wanasema anadaiwa deni la dola 4000 kabla ya kuondoka.",
            "Şirket sahibi borcumuz 6000 dolar diyor, bitene kadar çalışacağız.",
            "Họ đòi tiền chuộc 7000 đô mới thả em tôi ra.",
        ],
    )
    def test_a_debt_or_a_ransom_with_its_amount_is_debt_bondage(self, text: str) -> None:
        assert Indicator.debt_bondage in triage.analyze(text).indicators


class TestLongHoursInLightLexicons:
    @pytest.mark.parametrize(
        "text",
        [
            "Kami kerja 15 jam sehari di kebun, tidak ada hari libur.",
            "Waxaan shaqeynaa 16 saac maalin kasta beerta.",
        ],
    )
    def test_hours_far_above_the_limit_are_excessive_overtime(self, text: str) -> None:
        assert Indicator.excessive_overtime in triage.analyze(text).indicators

    def test_a_clock_time_is_no_length_of_work(self) -> None:
        result = triage.analyze("Saya bangun jam 5 pagi untuk sholat, lalu sarapan.")
        assert Indicator.excessive_overtime not in result.indicators


class TestViolenceDeniedFartherBack:
    @pytest.mark.parametrize(
        "text",
        [
            "Hindi naman po ako sinasaktan ng amo, pero kinukuha niya ang sahod ko buwan-buwan.",
            "No, a mí la señora nunca jamás me ha pegado, pero se queda con mi sueldo.",
        ],
    )
    def test_a_hit_denied_a_few_words_before_is_no_violence(self, text: str) -> None:
        result = triage.analyze(text)
        assert Indicator.withholding_of_wages in result.indicators
        assert Indicator.physical_sexual_violence not in result.indicators
