"""Issue 11, eighth round: emergencies of ar, ru, uk, ro, hi, ur, fa, tr, sw by their structure.

Sentences of their own (not the corpus's). Each class is tried in several languages, with hard
negatives beside it: care kept away by a threat on going to the hospital (a condition before
the word of care, or after it in Turkish), a burn told in Arabic typed in Latin letters, an
escape through a window an hour ago, a watcher who says he knows where the person is, a child
handed over to a man today, a death threat "ten minutes ago" in a long romanised sentence that
also names a year gone by.
"""

from __future__ import annotations

import pytest

import triage
from triage.codes import Urgency

CARE_UNDER_THREAT: list[tuple[str, str]] = [
    ("tr", "Sıcak su bacağıma döküldü, derim soyuldu. Şef hastaneye gidersem beni işten atacağını söylüyor."),
    ("sw", "Nimeungua mkono na damu inatoka sana, bosi anasema nikienda hospitali ataniita polisi."),
    (
        "ru",
        "Мне на стройке разбили голову, кровь течёт. Бригадир "
        "говорит если поеду в больницу, сдаст меня миграционной.",
    ),
    (
        "hi",
        "Malik ne rod se mara, sar se khoon beh raha hai, kehta hai agar hospital gaya to deport karwa dega",
    ),
    ("en", "The foreman broke my wrist with a pipe. He says if I go to the hospital he calls immigration."),
]

CARE_NOT_REFUSED: list[tuple[str, str]] = [
    # A condition and a word of care without any injury or violence: a question, not a danger.
    ("tr", "Hastaneye gidersem sigortam olmadan ücret öder miyim?"),
    ("ru", "Если я пойду к врачу без страховки, сколько это стоит?"),
    ("en", "If I go to the doctor without a health card, will they ask about my status?"),
]

EMERGENCIES: list[tuple[str, str]] = [
    # A burn in Arabic typed in Latin letters (the root ḥ-r-q), and care refused by "mesh".
    ("ar", "el m3alem 7ara2 rigli bel mayya el s5na w mesh 3ayez ywadini el mostashfa, el waga3 gamed"),
    # Out through a window an hour ago, with the watchers still after the person.
    ("uk", "Я вибралася через вікно годину тому, поки господар спав, тепер сиджу на зупинці."),
    ("ru", "Вылезла через окно полчаса назад, сижу в кафе, они уже 20 раз звонили."),
    # The watcher says he knows where the person is (Arabic in Latin letters), with a call to come fast.
    ("ar", "el ragel elli kan shaghalni wa2ef odam el mahal, ba3atli 'e7na 3arfin enti fein', ta3alo bsor3a"),
    # A child handed over to a man today (Hindi, Devanagari and romanised).
    ("hi", "मेरी 13 साल की भतीजी को आज शाम उसके चाचा एक आदमी के हवाले कर देंगे, उसने पैसे दे दिए हैं"),
    ("hi", "meri student 14 saal ki hai, aaj raat uske papa use ek aadmi ke ghar chhod denge"),
    # A death threat "ten minutes ago" in a run-on sentence that also says when the writer came.
    (
        "hi",
        "main 2022 me aaya tha, sab theek tha, par abhi 15 minute "
        "pehle seth ne chaku dikha ke bola maar dalunga, wo bahar hi hai",
    ),
]

NOT_EMERGENCIES: list[tuple[str, str]] = [
    # A threat "they will find him" about a teenager, nothing now: an ongoing situation.
    ("uk", "Мій брат, йому 16, працює на людей, які пишуть йому, що знайдуть, якщо він піде."),
    # A window, an hour ago, without any escape or danger.
    (
        "ru",
        "Час назад вышла через окно на балкон покурить, соседи шумят. Где найти юриста по трудовым делам?",
    ),
    # A year gone by, with nothing now: the threat is over.
    ("hi", "2019 me seth ne chaku dikha ke dhamki di thi, ab main safe hoon, bas case karna hai"),
]


@pytest.mark.parametrize(("lang", "text"), CARE_UNDER_THREAT)
def test_care_kept_away_by_a_threat_on_going_is_an_emergency(lang: str, text: str) -> None:
    result = triage.analyze(text)
    assert result.urgency is Urgency.emergency, (lang, result.explanations)


@pytest.mark.parametrize(("lang", "text"), CARE_NOT_REFUSED)
def test_a_condition_on_care_without_harm_is_no_emergency(lang: str, text: str) -> None:
    result = triage.analyze(text)
    assert result.urgency is not Urgency.emergency, (lang, result.explanations)


@pytest.mark.parametrize(("lang", "text"), EMERGENCIES)
def test_eighth_round_emergencies(lang: str, text: str) -> None:
    result = triage.analyze(text)
    assert result.urgency is Urgency.emergency, (lang, result.explanations)


@pytest.mark.parametrize(("lang", "text"), NOT_EMERGENCIES)
def test_eighth_round_not_emergencies(lang: str, text: str) -> None:
    result = triage.analyze(text)
    assert result.urgency is not Urgency.emergency, (lang, result.explanations)


# Classes of the second step, each in several languages, with their hard negatives.
EMERGENCIES_2: list[tuple[str, str]] = [
    # Blows and screams heard now, by a neighbour.
    ("ru", "Пишу от соседей: за стенкой слышны удары и женщина кричит, уже минут пять."),
    ("uk", "Сусідка пише: чути удари і крики з квартири навпроти, прямо зараз."),
    ("ro", "Se aud tipete de la vecini chiar acum, un barbat o loveste cu cureaua."),
    # A beating now, told by its instrument.
    ("hi", "Abhi seth ladke ko danda se maar raha hai, wo ro raha hai"),
    ("fa", "همین الان صاحبکار با کمربند میزنتش، خون میاد"),
    ("tr", "Şu an patron onu kemerle dövüyor"),
    # A child sent to a guest tonight.
    ("ru", "Мне 14. Сегодня ночью хозяйка отправит меня к гостю."),
    ("uk", "Мені 15, сьогодні вночі мене відправлять до гостя на третій поверх"),
    ("sw", "Binti yangu wa miaka 14 atapelekwa usiku huu kwa mzee kama mke"),
    # Breathing badly, and the doctor refused: the negation after the word of care.
    ("ru", "Моя подруга упала в цеху, плохо дышит, а врача хозяин не вызывает."),
    ("ro", "Colega mea a cazut, respira greu, iar la doctor nu o lasa seful."),
    ("hi", "Meri roommate gir gayi, saans nahi le pa rahi, aur hospital nahi le ja raha malik"),
    # A hidden phone, moved tonight (romanised Hindi).
    ("hi", "phone chupa ke likh raha hu, aaj raat gaadi aayegi aur hume le jayenge border ke paar"),
    # Fled an hour ago, searched for (Darija in Latin letters: the root d-w-r before "on me").
    ("ar", "3afak 3awnini, rani hrabt men l ferma, chi sa3a hadi. l patron kaydorou 3liya b tomobil"),
    # A man waiting outside for a child, said with a bare "now".
    (
        "ro",
        "Acum e la mine in magazin o fetita de 13 ani, zice "
        "ca barbatul care o trimite la cersit o asteapta afara.",
    ),
    (
        "hi",
        "Abhi mere dukaan pe 11 saal ki ladki aayi hai, jo "
        "aadmi usse bheekh mangwata hai wo bahar intezaar kar raha hai",
    ),
    (
        "ru",
        "Сейчас у школы мальчик 12 лет, говорит мужчина, "
        "который заставляет его попрошайничать, ждёт его в машине.",
    ),
]

NOT_EMERGENCIES_2: list[tuple[str, str]] = [
    ("ru", "Он бил меня ремнём два года назад, теперь я в безопасности и хочу подать в суд."),
    ("ru", "Просто хочу, чтобы кто-то знал, как с нами обращались на ферме в прошлом году."),
    ("uk", "Я знаю, де ти можеш знайти юриста: у центрі для мігрантів."),
    ("ar", "ana 3am dawwer 3ala shoghl jdid, 3andi sou2al 3an l permis"),
    ("hi", "Saas sasur bahar nahi jaane dete aur phone bhi le liya, shaadi ko 2 saal hue"),
]

# Requests about the news, a school play, a lesson, a test: the words of danger are the topic.
LOW: list[tuple[str, str]] = [
    ("ar", "شفت الخبر عن المزرعة اللي كانوا حابسين فيها العمال وضاربينهم. الله يعينهم، شكرا لشغلكم"),
    ("uk", "Бачили новину про ферму, де людей тримали під замком? Жах. Дякую за вашу роботу."),
    (
        "ru",
        "Мы с классом ставим спектакль о торговле людьми, "
        "там героиню держат взаперти. Есть ли у вас материалы?",
    ),
    (
        "hi",
        "हम स्कूल में मानव तस्करी पर नाटक कर रहे हैं, जिसमें लड़की को कमरे में बंद करते हैं। क्या आप सलाह देंगे?",
    ),
    ("sw", "HONGERA! Umeshinda zawadi ya shilingi 20,000, tuma PIN yako sasa"),
]

# A help word in a language its light lexicon reads is no floor: a vague plea stays standard.
STANDARD: list[tuple[str, str]] = [
    ("sw", "naomba msaada tafadhali"),
    ("tr", "Arkadaşıma nasıl yardım edebilirim? Detay veremiyorum şimdi."),
    ("fa", "سلام، کمک لازم دارم، نمیدونم چیکار کنم"),
]


@pytest.mark.parametrize(("lang", "text"), EMERGENCIES_2)
def test_second_step_emergencies(lang: str, text: str) -> None:
    result = triage.analyze(text)
    assert result.urgency is Urgency.emergency, (lang, result.explanations)


@pytest.mark.parametrize(("lang", "text"), NOT_EMERGENCIES_2)
def test_second_step_not_emergencies(lang: str, text: str) -> None:
    result = triage.analyze(text)
    assert result.urgency is not Urgency.emergency, (lang, result.explanations)


@pytest.mark.parametrize(("lang", "text"), LOW)
def test_news_plays_and_spam_are_low(lang: str, text: str) -> None:
    result = triage.analyze(text)
    assert result.urgency is Urgency.low, (lang, result.explanations)


@pytest.mark.parametrize(("lang", "text"), STANDARD)
def test_a_plea_read_by_a_light_lexicon_is_no_floor(lang: str, text: str) -> None:
    result = triage.analyze(text)
    assert result.urgency is Urgency.standard, (lang, result.explanations)


def test_a_help_word_in_an_unread_language_is_still_a_floor() -> None:
    # Hungarian has no lexicon: its "segítség" is still read as a plea that needs a person.
    result = triage.analyze("Segítség, kérem, nem tudom mit csináljak, a főnököm nem enged haza")
    assert result.urgency in (Urgency.high, Urgency.emergency), result.explanations


# Persian without پ چ ژ گ was told as Arabic and read by no Persian cue; its ک and ی, and the
# words of spoken Persian, tell it now. Arabic keeps its own letters and words.
PERSIAN_WITHOUT_ITS_LETTERS: list[tuple[str, str]] = [
    ("fa", "دستم شکسته و خون میاد، نمیذاره برم بیمارستان"),
    ("fa", "صاحب کار منو توی انبار زندانی کرده"),
    ("fa", "شوهرم منو میزنه"),
]


@pytest.mark.parametrize(("lang", "text"), PERSIAN_WITHOUT_ITS_LETTERS)
def test_persian_without_its_own_letters_is_persian(lang: str, text: str) -> None:
    assert triage.analyze(text).language == lang


def test_persian_broken_arm_and_hospital_refused_is_an_emergency() -> None:
    result = triage.analyze("دستم شکسته و خون میاد، نمیذاره برم بیمارستان")
    assert result.urgency is Urgency.emergency, result.explanations


def test_a_persian_verb_after_a_relation_is_no_name() -> None:
    # "My husband beats me": the verb after "شوهرم" was redacted as a name, hiding the violence.
    result = triage.analyze("شوهرم منو میزنه")
    assert "[PERSON]" not in result.redacted
    assert result.urgency is Urgency.high, result.explanations


@pytest.mark.parametrize(
    "text", ["انا في البيت وزوجي يضربني", "ساعدوني، الكفيل قفل علي الباب", "تو البيت في مشكلة"]
)
def test_arabic_stays_arabic(text: str) -> None:
    assert triage.analyze(text).language == "ar"


@pytest.mark.parametrize("text", ["میری مدد کریں", "مدد کریں، سیٹھ نے پاسپورٹ رکھ لیا ہے"])
def test_urdu_stays_urdu(text: str) -> None:
    assert triage.analyze(text).language == "ur"


def test_a_morning_in_a_schedule_is_no_now() -> None:
    # "Every day a van takes them at 4 in the morning, maybe I'm wrong, should I report it?"
    text = "पड़ोस के घर से कुछ औरतें एक वैन में सुबह 5 बजे निकलती हैं। शायद मैं गलत हूँ, क्या रिपोर्ट करनी चाहिए?"
    assert triage.analyze(text).urgency is not Urgency.emergency


def test_this_morning_is_still_now() -> None:
    text = "आज सुबह से मालिक ने मुझे कमरे में बंद कर रखा है"
    assert triage.analyze(text).urgency is Urgency.emergency


# A probe written for this round before its last step, in the shapes operators told us were
# missed (self-harm done or planned, a child sold tonight, violence relayed now, pursuers outside,
# escaped and searched for, injured and refused care, moved tonight with a hidden phone,
# telegraphic second-language writing), with past stories, research, jokes and pleas beside it.
PROBE_EMERGENCIES: list[tuple[str, str]] = [
    # ru
    ("ru", "Я выпила все таблетки что были, голова кружится. Простите меня."),
    (
        "ru",
        "Соседская девочка, ей лет 13, сейчас сидит у меня, говорит "
        "отчим продаёт её мужикам по вечерам и сегодня опять придут.",
    ),
    ("ru", "Сестра прислала смс: он меня душит, вызови полицию. Больше не отвечает."),
    ("ru", "Двое с фабрики стоят под окнами общежития и ждут меня, я в комнате с выключенным светом."),
    ("ru", "Сбежала с квартиры полчаса назад, босиком, они ездят по району на чёрной машине и ищут."),
    ("ru", "мне отрезало палец станком, мастер замотал тряпкой и сказал работать дальше, к врачу нельзя."),
    ("ru", "нас ночью повезут в Квебек в грузовике, телефон прячу под матрасом, нас 6."),
    ("ru", "бригадир бить арматура, я кровь голова, выйти нет, дверь замок"),
    # uk
    ("uk", "Я вже написала листа мамі і сиджу на даху. Не хочу більше нічого."),
    (
        "uk",
        "Моїй учениці 12 років, вона зараз у кабінеті медсестри і "
        "каже, що вітчим чекає біля школи щоб її забрати до якогось чоловіка.",
    ),
    ("uk", "Подруга записала голосове: він лупить її ременем, чути як вона плаче. Що робити?"),
    ("uk", "вони під'їхали до кафе де я ховаюсь, бачу їхню машину через вікно"),
    (
        "uk",
        "хазяїн розбив мені носа, кров не зупиняється, "
        "каже що в лікарню не повезе бо в мене немає документів",
    ),
    # ro
    (
        "ro",
        "Am luat toate pastilele de dormit acum 20 de "
        "minute. Vreau doar sa le spuneti copiilor ca ii iubesc.",
    ),
    (
        "ro",
        "Nepoata mea de 15 ani e inchisa intr-un apartament in Laval si in seara asta o vand unui barbat.",
    ),
    ("ro", "Colega de camera m-a sunat plangand, patronul o bate chiar acum in bucatarie."),
    ("ro", "sunt ascunsa in baie la benzinarie, sefu si fratele lui sunt afara in masina si ma cauta"),
    ("ro", "Mi-am rupt piciorul pe santier, seful nu ma lasa la spital, zice ca ma da afara din tara."),
    ("ro", "diseara ne muta cu duba la alta ferma, mi-au luat actele, scriu de pe un telefon ascuns"),
    # ar
    ("ar", "بلعت كل حبوب الدوا اللي عندي من ربع ساعه، ما بدي عيش"),
    ("ar", "بنت الجيران عمرها 13 سنه، هلق عندي بالبيت، بتقول ابوها باعها لرجال وجايين ياخدوها الليله"),
    ("ar", "اختي بعتتلي رساله: جوزها عم يضربها بالعصايه هلق، ما عم ترد"),
    ("ar", "الرجالة اللي كنت شغالة عندهم واقفين قدام الكافيه اللي مستخبية فيه"),
    ("ar", "انكسرت ايدي بالشغل والكفيل رافض ياخدني عالمستشفى وبيقول اذا رحت بيسفرني"),
    ("ar", "ana kharabt mn dar lmoul chi nos sa3a, w howa kaydor 3liya b tomobil, ana mkhbia f hanout"),
    ("ar", "el m3allem darabni bel 7adida 3ala rasi, el dam nazel, w mesh 3ayez ywadini el mostashfa"),
    # hi
    ("hi", "मैंने नींद की सारी गोलियाँ खा ली हैं, अब कुछ फर्क नहीं पड़ता"),
    ("hi", "मेरी 13 साल की भांजी को आज रात एक आदमी के साथ भेज रहे हैं जिसने पैसे दिए हैं, वो अभी रो रही है"),
    ("hi", "meri behen ka message aaya: jija mujhe abhi maar raha hai, police bulao"),
    ("hi", "jis ghar se bhaagi thi uske log bahar gaadi me baithe hai, main dukaan ke peeche chhupi hu"),
    ("hi", "मशीन में मेरा हाथ कुचल गया, खून बंद नहीं हो रहा, मालिक डॉक्टर के पास नहीं ले जा रहा"),
    # tr
    ("tr", "Bütün ilaçları içtim, başım dönüyor, son kez yazıyorum."),
    ("tr", "Komşumun 13 yaşındaki kızını bu gece bir adama verecekler, kız şu an ağlıyor."),
    ("tr", "patron beni depoya kilitledi, anahtarı aldı, 2 gündür yemek yok"),
    # fa
    ("fa", "همه قرص‌ها رو خوردم، دیگه نمیخوام زنده باشم"),
    ("fa", "دختر همسایه ۱۳ سالشه، امشب میخوان به یه مرد بفروشنش"),
    ("fa", "صاحبکار در انبار رو قفل کرده و کلید رو برده، ما ۵ نفر اینجاییم"),
    # ur
    ("ur", "میں نے ساری نیند کی گولیاں کھا لی ہیں، معاف کر دینا"),
    ("ur", "سیٹھ نے ہمیں کمرے میں بند کر دیا ہے اور چابی لے گیا، ابھی باہر نہیں نکل سکتے"),
    ("ur", "meri behen ko uska shohar abhi maar raha hai, woh cheekh rahi hai"),
    # sw
    ("sw", "Nimemeza vidonge vyote, nataka kufa tu."),
    ("sw", "Bosi amenifungia chumbani na kuondoka na funguo, naomba msaada sasa hivi."),
    ("sw", "Msichana wa jirani ana miaka 12, usiku huu wanampeleka kwa mwanaume aliyewapa pesa."),
]

PROBE_NOT_EMERGENCIES: list[tuple[str, str]] = [
    ("ru", "Три года назад хозяин бил меня и держал взаперти, теперь я в безопасности. Нужен адвокат."),
    ("ru", "Пишу диплом о торговле людьми, нужна статистика по Канаде."),
    ("ru", "Помогите пожалуйста, подскажите где бесплатные курсы английского."),
    ("uk", "Мене ніхто не б'є і не замикає, але зарплату не платять вже два місяці."),
    ("uk", "Ха-ха, начальник замкнув нас на нараді на 3 години, це вже торгівля людьми?"),
    (
        "ro",
        "Acum 5 ani am fost tinuta inchisa de un patron in Italia, acum sunt bine. Vreau sa ajut alte femei.",
    ),
    ("ro", "Sunt jurnalista la Radio Romania si fac un reportaj despre muncitorii sezonieri."),
    ("ar", "قبل سنتين كان الكفيل يضربني، هلق انا بكندا وبخير، بدي اعرف حقوقي"),
    ("ar", "انا طالبة بعمل بحث عن الاتجار بالبشر، عندكم احصائيات؟"),
    ("hi", "दो साल पहले मालिक मारता था, अब मैं सुरक्षित हूँ, बस केस के बारे में जानना है"),
    ("hi", "bhai mera boss mujhe overtime me band kar deta hai haha 😂"),
    ("tr", "Yıllar önce patronum beni dövüyordu, şimdi iyiyim, hukuki yardım lazım."),
    ("fa", "دو سال پیش صاحبکار منو کتک میزد، الان در امانم. وکیل میخوام."),
    ("sw", "Miaka miwili iliyopita bosi alinipiga, sasa niko salama. Nahitaji ushauri wa kisheria."),
    ("ur", "دو سال پہلے سیٹھ مارتا تھا، اب میں محفوظ ہوں، وکیل چاہیے"),
]


@pytest.mark.parametrize(("lang", "text"), PROBE_EMERGENCIES)
def test_probe_emergencies(lang: str, text: str) -> None:
    result = triage.analyze(text)
    assert result.urgency is Urgency.emergency, (lang, result.explanations)


@pytest.mark.parametrize(("lang", "text"), PROBE_NOT_EMERGENCIES)
def test_probe_not_emergencies(lang: str, text: str) -> None:
    result = triage.analyze(text)
    assert result.urgency is not Urgency.emergency, (lang, result.explanations)


# A second probe, telegraphic and transliterated, written after the first was passed and
# scored before the step it led to (23/28 found on main and before the step, 28/28 after):
# a lock or a hold with its place in either order, a move told in the present tense, the n-th
# day, Swahili told as Spanish, "I was locked in... now I am well". Beside it, pleas, stories
# that are over, and a boss who yells at the staff ("кричит на нас": no violence heard now).
PROBE2_EMERGENCIES: list[tuple[str, str]] = [
    ("ru", "я в подвале закрыт хозяин уехал телефон 5% помогите"),
    ("ru", "Privet, menya derzhat v kvartire, dver zakryta snaruzhi, pomogite srochno"),
    ("ru", "Дочке 14, она не пришла из школы, написала что её везут в машине какие-то мужчины в Торонто"),
    ("ru", "он сказал что убьёт если позвоню, нож у него, я в ванной"),
    ("ru", "Подруга порезала вены в душевой общежития, кровь, хозяйка не даёт вызвать скорую"),
    ("uk", "мене тримають в гаражі третій день, їсти не дають, пишу з телефона який знайшла"),
    ("uk", "Ya zamknena v kimnati, vin piv i kryche shcho vbye mene"),
    ("uk", "моя племінниця 15 років зараз в машині з тим чоловіком, він везе її в Монреаль"),
    ("ro", "sunt incuiata in camera, patronu a plecat cu cheia, nu am mancare de ieri"),
    (
        "ro",
        "Fata mea de 16 ani mi-a scris acum ca e intr-un apartament cu niste barbati si nu o lasa sa plece",
    ),
    ("ro", "ma bate cu pumnii acum, sunt in baie, am incuiat usa, ajutor"),
    ("ro", "am inghitit toate pastilele, nu mai pot"),
    ("ar", "محبوسه بالغرفه والباب مقفول من برا، الراجل راح وقال راجع الليله"),
    ("ar", "sa7bti b3tatli: howa 3am yedrobni hala2, ta3alo"),
    ("ar", "ابن اختي عمره 14 سنه ماخدينه بعربيه لمكان ما بنعرفه، بعتلنا من شوي"),
    ("ar", "انا نزفانه من امبارح بعد ما ضربني وما بيخليني روح عند دكتور"),
    ("hi", "mujhe kamre me band kar diya hai, seth chabi leke gaya, 2 din se khana nahi"),
    ("hi", "मेरी पत्नी को उसका भाई अभी पीट रहा है, मैं फोन पर सुन रहा हूँ"),
    ("hi", "meri 15 saal ki behen ko aaj raat ek aadmi ke paas bhej rahe hain, please jaldi"),
    ("hi", "जहर खा लिया है मैंने, अब सब खत्म"),
    ("ur", "mujhe kamre mein band kar diya hai aur chabi le gaya, madad karein"),
    ("ur", "میری بہن کو ابھی اس کا شوہر مار رہا ہے، وہ چیخ رہی ہے"),
    ("tr", "kocam şu an beni dövüyor, banyoya kilitlendim, yardım edin"),
    ("tr", "13 yaşında bir kız şu an bir adamın arabasında, onu götürüyorlar"),
    ("fa", "منو تو اتاق زندانی کردن، در قفله، کمک کنید"),
    ("fa", "شوهرم الان داره منو میزنه، بچه‌ها جیغ میزنن"),
    ("sw", "nimefungiwa ndani ya stoo, bosi ameondoka na funguo, nisaidieni"),
    ("sw", "mume wangu ananipiga sasa hivi, nimejificha chooni"),
]

PROBE2_NOT_EMERGENCIES: list[tuple[str, str]] = [
    ("ru", "Меня не держат взаперти и не бьют, просто не платят уже месяц. Куда жаловаться?"),
    ("ru", "В 2019 году меня держали в подвале в Польше, сейчас всё хорошо, хочу поделиться историей."),
    ("ru", "Работаю на складе, начальник кричит на нас, но платит вовремя. Это нормально?"),
    ("uk", "Два роки тому мене побив роботодавець, тепер я в безпеці, хочу подати позов"),
    ("uk", "Добрий день, чи є у вас юрист, що говорить українською?"),
    ("ro", "Acum doi ani seful ma batea, am plecat de mult. Ce drepturi am?"),
    ("ro", "Buna ziua, caut un curs de engleza gratuit in Montreal"),
    ("ar", "كنت محبوسه من سنتين عند عيله بالخليج، هلق انا بكندا ومرتاحه، بدي محامي"),
    ("ar", "انا ممرضه وبدي اعرف علامات الاتجار لاقدر ساعد المرضى"),
    ("hi", "pichhle saal malik ne passport rakh liya tha, ab wapas mil gaya, sab theek hai"),
    ("hi", "मैं एक कहानी लिख रही हूँ जिसमें लड़की को कमरे में बंद किया जाता है, क्या ये असली लगेगा?"),
    ("tr", "Geçen yıl patronum pasaportumu almıştı, şimdi geri aldım, her şey yolunda."),
    ("fa", "پارسال صاحبکار پاسپورتمو گرفته بود، الان پس گرفتم، فقط یه سوال دارم"),
    ("sw", "Mwaka jana bosi alichukua pasipoti yangu, sasa nimeirudisha, asanteni"),
    ("ur", "پچھلے سال سیٹھ نے پاسپورٹ رکھ لیا تھا، اب واپس مل گیا"),
    ("ru", "Моей дочке 15, она хочет работать летом в кафе. Какие у неё права?"),
    ("hi", "meri beti 16 saal ki hai, school ke baad part time job karna chahti hai, kya legal hai?"),
    ("ro", "Fiica mea are 14 ani si vrea sa faca voluntariat vara asta, e ok?"),
    ("ro", "S-a terminat, politia ne-a scos de la ferma. Acum stam la un motel, nu stim unde mergem dupa."),
]


@pytest.mark.parametrize(("lang", "text"), PROBE2_EMERGENCIES)
def test_probe2_emergencies(lang: str, text: str) -> None:
    result = triage.analyze(text)
    assert result.urgency is Urgency.emergency, (lang, result.explanations)


@pytest.mark.parametrize(("lang", "text"), PROBE2_NOT_EMERGENCIES)
def test_probe2_not_emergencies(lang: str, text: str) -> None:
    result = triage.analyze(text)
    assert result.urgency is not Urgency.emergency, (lang, result.explanations)


def test_swahili_is_not_told_as_spanish() -> None:
    assert triage.analyze("nimefungiwa ndani ya stoo, bosi ameondoka na funguo").language == "sw"


@pytest.mark.parametrize(
    "text",
    [
        "Бригадир сейчас кричит на нас из-за опоздания, можно ли пожаловаться?",
        "Бригадир зараз кричить на нас через запізнення",
    ],
)
def test_a_boss_yelling_at_the_staff_is_no_violence_heard_now(text: str) -> None:
    assert triage.analyze(text).urgency is not Urgency.emergency


# A third probe, the light languages and the dialects (26/27 after its step; 21/27 on main, 22/27
# before the step), and the brief's own hard negative in nine languages: a mother waiting outside
# the school is no pursuer (before the step, five of them came out `high`).
PROBE3_EMERGENCIES: list[tuple[str, str]] = [
    ("ur", "meri 14 saal ki bhanji ko aaj raat ek budhe aadmi ke saath nikah ke liye le ja rahe hain"),
    ("ur", "سیٹھ نے میرے بھائی کو ڈنڈے سے مارا، سر سے خون بہہ رہا ہے، ہسپتال نہیں لے جانے دیتا"),
    ("ur", "mein ne zeher pi liya hai, bas maaf kar dena"),
    ("ur", "woh log bahar khade hain, mujhe dhoond rahe hain, mein chhup ke likh rahi hoon"),
    ("fa", "دخترم ۱۴ سالشه، الان با یه مرد تو ماشینه و جواب نمیده"),
    ("fa", "کارفرما با چاقو تهدیدم کرد گفت امشب میکشمت"),
    ("fa", "از خونه فرار کردم یه ساعت پیش، دنبالم میگردن"),
    ("fa", "دستش تو دستگاه له شده، خون زیادی رفته، نمیذارن ببریمش بیمارستان"),
    ("tr", "Patron elimi makineye sıkıştırdı, parmaklarım ezildi, kan duruyor değil, hastaneye götürmüyor"),
    ("tr", "Bir saat önce evden kaçtım, beni arıyorlar, bir kafede saklanıyorum"),
    ("tr", "Kız kardeşim mesaj attı: şu an beni dövüyor, polis çağır"),
    ("tr", "yarın sabah bizi kamyonla başka şehre götürecekler, telefonu sakladım"),
    ("sw", "Bosi amenipiga na chuma kichwani, damu inatoka nyingi, hataki kunipeleka hospitali"),
    ("sw", "Nimetoroka saa moja iliyopita, wananitafuta kwa gari"),
    ("sw", "Dada yangu amenitumia ujumbe sasa hivi: ananipiga, njoo haraka"),
    ("sw", "Nimemeza dawa zote za usingizi, kwaheri"),
    ("ro", "am fugit azi dimineata de la ferma, ma cauta cu masina, sunt ascunsa intr-o biserica"),
    (
        "ro",
        "vecina are 13 ani, barbatul ala o tine inchisa in casa "
        "si vin barbati la ea in fiecare seara, si in seara asta",
    ),
    (
        "ro",
        "ma doare tare mana, cred ca e rupta, patronul "
        "zice ca daca merg la spital ma raporteaza la imigratie",
    ),
    ("ar", "hrabt mn l3a2ila l bare7, w houma ydawro 3laya daba, ana f mahatta"),
    ("ar", "اجو لعند البيت هلق وعم يدقوا عالباب، عرفوا وين انا"),
    ("hi", "Mere dost ka msg aaya hai ki malik use abhi belt se peet raha hai, plz kuch karo"),
    ("hi", "humein aaj raat truck me bhar ke border ke paar le jayenge, mera phone chhupa hua hai"),
    ("ru", "Zaperli nas v bytovke, brigadir uekhal, 3 den' bez edy"),
    ("ru", "Я сбежала утром, теперь они пишут что найдут меня и убьют, я на вокзале"),
    ("uk", "мені 16, хазяйка каже що сьогодні вночі я маю піти з її друзями, я не хочу"),
]

PROBE3_NOT_EMERGENCIES: list[tuple[str, str]] = [
    ("ur", "پچھلے سال مجھے مارا گیا تھا، اب میں محفوظ ہوں، قانونی مشورہ چاہیے"),
    ("fa", "پارسال صاحبکارم منو میزد، الان راحتم، وکیل لازم دارم"),
    ("tr", "Annem okulun önünde beni bekliyor, çıkınca görüşürüz."),
    ("tr", "Gazeteciyim, mevsimlik işçiler hakkında bir haber hazırlıyorum."),
    ("sw", "Mama yangu ananisubiri nje ya shule, nitamwona baadaye."),
    ("ro", "Mama ma asteapta in fata scolii, vorbim dupa."),
    ("ru", "Мама ждёт меня у школы, поговорим позже."),
    ("ar", "امي مستنياني قدام المدرسه، بكلمك بعدين"),
    ("hi", "मेरी माँ स्कूल के बाहर इंतज़ार कर रही है, बाद में बात करते हैं"),
    ("uk", "Мама чекає мене біля школи, поговоримо пізніше."),
    ("ru", "Хочу работать в Канаде сиделкой, как не попасть к мошенникам?"),
    ("ar", "بدي اعرف اذا عقد العمل اللي بعتولي حقيقي ولا نصب"),
    ("ro", "Sotul meu a murit anul trecut si ma simt singura. Exista grupuri de sprijin?"),
    (
        "hi",
        "meri dost ki shaadi pichhle saal zabardasti hui thi, ab woh theek hai, kya koi counselling milegi?",
    ),
]


@pytest.mark.parametrize(("lang", "text"), PROBE3_EMERGENCIES)
def test_probe3_emergencies(lang: str, text: str) -> None:
    result = triage.analyze(text)
    assert result.urgency is Urgency.emergency, (lang, result.explanations)


@pytest.mark.parametrize(("lang", "text"), PROBE3_NOT_EMERGENCIES)
def test_probe3_not_emergencies(lang: str, text: str) -> None:
    result = triage.analyze(text)
    assert result.urgency is not Urgency.emergency, (lang, result.explanations)


@pytest.mark.parametrize(
    "text",
    [
        "Annem okulun önünde beni bekliyor, çıkınca görüşürüz.",
        "Mama yangu ananisubiri nje ya shule, nitamwona baadaye.",
        "Mama ma asteapta in fata scolii, vorbim dupa.",
        "Мама ждёт меня у школы, поговорим позже.",
        "मेरी माँ स्कूल के बाहर इंतज़ार कर रही है, बाद में बात करते हैं",
        "My mom is waiting outside the school, talk later.",
    ],
)
def test_a_mother_waiting_outside_is_no_pursuer(text: str) -> None:
    result = triage.analyze(text)
    assert result.urgency in (Urgency.low, Urgency.standard), result.explanations


@pytest.mark.parametrize(
    "text",
    [
        "Мне 14, мужчина, который меня продал, ждёт меня у школы прямо сейчас",
        "Acum barbatul care m-a vandut ma asteapta in fata scolii",
        "Abhi woh aadmi jo mujhe bechta hai school ke bahar wait kar raha hai",
    ],
)
def test_a_man_waiting_outside_is_still_a_pursuer(text: str) -> None:
    assert triage.analyze(text).urgency is Urgency.emergency


# A fourth probe, of precision only: a child who does not answer at a football match, guests
# coming tonight, a beating that is over, the news, a grandmother at the door, a boss who yells
# but pays. On main three of these came out `emergency`.
PROBE4_NOT_EMERGENCIES: list[tuple[str, str]] = [
    ("ru", "Мой сын не отвечает на звонки уже час, он в походе с классом. Это нормально?"),
    (
        "ru",
        "Сегодня вечером к нам придут гости, а я не знаю, как объяснить начальнику, что не выйду на смену.",
    ),
    ("ru", "В прошлом году отец бил меня ремнём, сейчас живу отдельно. Есть ли психолог на русском?"),
    (
        "uk",
        "Моя мама не відповідає на телефон, вона в лікарні на операції. Чи можете допомогти з перекладачем?",
    ),
    ("uk", "Я волонтерка, хочу провести урок про безпеку в інтернеті для підлітків 13-15 років."),
    ("ro", "Fiul meu de 15 ani nu raspunde la telefon, e la un meci de fotbal. Sunt ingrijorata, e normal?"),
    ("ro", "Am vazut la stiri despre fermele din Ontario, ce pot face ca voluntar?"),
    ("ar", "ابني عمره 15 سنه ما عم يرد على التلفون، هو عند رفقاته. شو بعمل؟"),
    ("ar", "شفت بالاخبار عن بنات محبوسين بشقه، كيف بقدر اتطوع معكم؟"),
    ("hi", "मेरा बेटा 14 साल का है, फ़ोन नहीं उठा रहा, दोस्तों के साथ क्रिकेट खेलने गया है"),
    ("hi", "pichhle saal malik danda se maarta tha, ab main apne gaon wapas aa gaya hu, theek hu"),
    ("tr", "Oğlum 15 yaşında, telefonu kapalı, arkadaşlarıyla maçta. Endişelenmeli miyim?"),
    ("fa", "پسرم ۱۴ سالشه، گوشیش خاموشه، با دوستاش رفته فوتبال"),
    ("sw", "Mwanangu wa miaka 14 hapokei simu, yuko kwenye mechi na marafiki"),
    ("ur", "میرا بیٹا 15 سال کا ہے، فون نہیں اٹھا رہا، دوستوں کے ساتھ کرکٹ کھیلنے گیا ہے"),
    ("ru", "Бабушка ждёт меня у подъезда, я выйду через 10 минут."),
    ("uk", "Хазяїн кричить на нас щодня, але платить. Чи можна поскаржитися?"),
    ("ro", "Patronul striga la noi in fiecare zi, dar ne plateste. Pot sa ma plang?"),
    ("hi", "Seth roz chillata hai par paise time pe deta hai, kya complaint kar sakte hain?"),
    ("ar", "المدير بيزعق علينا كل يوم بس بيدفع، ممكن نشتكي؟"),
]


@pytest.mark.parametrize(("lang", "text"), PROBE4_NOT_EMERGENCIES)
def test_probe4_not_emergencies(lang: str, text: str) -> None:
    result = triage.analyze(text)
    assert result.urgency is not Urgency.emergency, (lang, result.explanations)


def test_swahili_about_a_son_is_not_told_as_portuguese() -> None:
    assert triage.analyze("Mwanangu wa miaka 14 hapokei simu, yuko kwenye mechi na marafiki").language == "sw"
