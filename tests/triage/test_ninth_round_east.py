"""Issue 11, ninth round: urgency in ar, ru, uk, fa, ur, tr, am, so and sw, on sentences written
for this round (not taken from any corpus file). Russian and Ukrainian inflect and order their
words freely: a lock told by a woman ("замкнула", "закрыла меня"), a pronoun before the verb with a
word of time between ("нас сегодня ночью везут"), a phone hidden with the object first; and the
harmless words that looked like danger (Ukrainian "ніж" is "than" as well as "knife")."""

from __future__ import annotations

import pytest

import triage
from triage.codes import Urgency

EMERGENCIES: list[tuple[str, str]] = [
    # a lock, any gender, either word order, a room or a person within three words
    ("ru", "хозяйка закрыла меня в кладовке, выйти не могу"),
    ("ru", "меня вчера вечером хозяин закрыл в подвале и уехал"),
    ("uk", "сусідка каже, що її доньку замкнула господиня в кімнаті"),
    ("uk", "нас бригадир зачинив на складі, вийти не можемо"),
    # a word of time between the pronoun and the verb: the move is tonight
    ("ru", "меня завтра утром везут в другой город, я не хочу"),
    ("uk", "нас сьогодні вночі везуть кудись на новому бусі"),
    # told to pack, another place, with tonight
    ("ru", "сегодня ночью сказали собрать вещи, отправят на новую точку"),
    # the phone hidden, the object first
    ("ru", "телефон я спрятала под матрасом, пишу пока он в душе"),
    ("uk", "телефон сховала в шкарпетці, він поруч"),
    # pursuers standing near the person now (present tense, plural)
    ("ru", "двое мужчин стоят у входа в общежитие уже час, это его люди"),
    ("uk", "вони сидять у машині під будинком, та сама машина що й учора"),
    # a relay cut off, then a plea to send someone
    ("ru", "сестра позвонила, сказала что он её душит, и связь оборвалась. пришлите кого-нибудь"),
    ("uk", "подруга написала що її б'ють, потім тиша. надішліть когось будь ласка"),
    # farewell notes in any number and order
    ("ru", "записку маме я уже оставила на столе"),
    ("uk", "я написала записки дітям, більше не можу"),
    # a companion who never leaves a child's side, now
    ("ru", "я учительница, у нас девочка 13 лет, мужчина с ней не отходит ни на шаг, сейчас уводит её"),
    # Amharic "to beat" in any person; "is beating" now; ending one's life tonight
    ("am", "ጎረቤቴ ደወለች፣ ባሏ አሁን እየደበደባት ነው፣ እርዱኝ"),
    ("am", "ዛሬ ማታ ህይወቴን ላጠፋ ነው"),
]

NOT_EMERGENCIES: list[tuple[str, str, Urgency]] = [
    # a habit, not now: the blows happen "when he drinks", today it is quiet
    ("uk", "бригадир іноді б'є хлопців коли нап'ється. сьогодні поки тихо", Urgency.high),
    ("ru", "хозяин бывает бьет нас когда выпьет. сегодня все спокойно", Urgency.high),
    # Ukrainian "ніж" as "than"
    ("uk", "ми працюємо більше ніж 12 годин, а платять менше ніж обіцяли", Urgency.high),
    # no longer working there: over
    ("ru", "я больше не работаю в том салоне, документы у меня, нужен билет домой", Urgency.standard),
    # a thesis: research, low
    ("uk", "я пишу дипломну роботу про трудову експлуатацію, чи є у вас статистика?", Urgency.low),
    # the same pronoun and verb, every day: not a move tonight
    ("ru", "нас каждый день везут на стройку в шесть утра", Urgency.high),
    # a mother waiting outside a school
    ("ru", "мама стоит у школы и ждёт меня", Urgency.standard),
    # a permit tied to the employer is no person tied up; the writer left that house
    ("ar", "تركت البيت اللي كنت شغالة فيه، بس تصريحي مربوط بالكفيل، بدي محامي", Urgency.standard),
    # a supposed case, "just a general question"
    ("ar", "لنفترض ان صاحب العمل اخذ جواز العامل، شو القانون؟ مجرد سؤال", Urgency.low),
    # the door locked on the workers every night: a lasting restriction, not now
    ("ar", "الكفيل بيسكر الباب علينا كل ليلة وبيفتح الصبح", Urgency.high),
    # Urdu: what is the difference between two words
    ("ur", "جبری مشقت اور غلامی میں کیا فرق ہے؟", Urgency.low),
]


def test_urdu_passport_kept_with_the_agent_and_unpaid_work() -> None:
    text = "مالک نے میرا پاسپورٹ اپنے پاس رکھا ہوا ہے، کہتا ہے پیسے واپس کرو، مفت میں کام کرواتا ہے"
    result = triage.analyze(text)
    assert result.urgency is Urgency.high, result.explanations
    assert {"retention_of_documents", "debt_bondage"} <= {i.value for i in result.indicators}


@pytest.mark.parametrize(("language", "text"), EMERGENCIES)
def test_emergency(language: str, text: str) -> None:
    result = triage.analyze(text)
    assert result.language == language
    assert result.urgency is Urgency.emergency, result.explanations


@pytest.mark.parametrize(("language", "text", "expected"), NOT_EMERGENCIES)
def test_not_an_emergency(language: str, text: str, expected: Urgency) -> None:
    result = triage.analyze(text)
    assert result.language == language
    assert result.urgency is not Urgency.emergency, result.explanations
    assert result.urgency.rank >= expected.rank, result.explanations  # no higher than expected


@pytest.mark.parametrize(
    "text",
    [
        # a death threat on a condition ("if I run"): "run" is no escape gone by, in Levantine
        # Arabic typed in Latin letters, in Arabic script and in Russian
        "el kafil 2alli iza hrabt bi2tolni. bas ana mni7a",
        "الكفيل قال لي اذا هربت بيقتلني",
        "он сказал если сбегу убьет меня",
    ],
)
def test_a_supposed_escape_is_no_past(text: str) -> None:
    result = triage.analyze(text)
    assert result.urgency is Urgency.emergency, result.explanations


# The second half of train9 (read after its unseen score was taken): the same families again.
SECOND_HALF_EMERGENCIES: list[str] = [
    # pills by any case, a pack swallowed
    "я проглотила полпачки снотворного, мне уже всё равно",
    "випила цілу упаковку таблеток годину тому",
    # sold, the pronoun first
    "её продал хозяин какому-то мужчине, она прямо сейчас у него",
    # broken, in broken grammar; "not let" a doctor in any form
    "нога сломан. хозяин не пускать больница. помогите",
    # a guest after closing, a child
    "мне 16, сегодня ночью меня отправят к важному гостю",
    # just left while they slept, he writes he will find me
    "ушла из дома пока они спали, час назад. он пишет что найдёт меня",
    # drunk again, the door broken, screaming now
    "він знову п'яний, вибиває двері, діти кричать",
    # a minor in a room with a man now (Darija in Latin letters)
    "khti 15 3am, hiya f chambre m3a rajel db, 3ayto lboulis",
]

SECOND_HALF_CALM: list[tuple[str, Urgency]] = [
    # a negation inside the gap of a cue denies it
    ("меня никто не закрывал и её не продавали, просто спрашиваю про визу", Urgency.standard),
    ("нас не везут никуда, мы сами уехали", Urgency.standard),
    # a past fear, a past escape, a past threat ("колись", "когда-то", "كان ي")
    ("коли я втекла, я довго боялася що мене знайдуть. тепер живу в Торонто", Urgency.standard),
    ("когда-то он грозил меня убить. Мы давно развелись, нужен юрист", Urgency.standard),
    ("طليقي كان يهددني ويقفل علي الباب، هلق انا مطلقة وبدي محامي", Urgency.standard),
    # "worried" is no "found me"; the name Roman is no novel
    ("نحنا قلقانين على جارتنا، بس ما في خطر هلق", Urgency.high),
    # a screenplay question
    ("пишу сценарий: героиню закрыли в подвале, что она напишет на горячую линию?", Urgency.low),
]


@pytest.mark.parametrize("text", SECOND_HALF_EMERGENCIES)
def test_second_half_emergency(text: str) -> None:
    result = triage.analyze(text)
    assert result.urgency is Urgency.emergency, result.explanations


@pytest.mark.parametrize(("text", "at_most"), SECOND_HALF_CALM)
def test_second_half_not_an_emergency(text: str, at_most: Urgency) -> None:
    result = triage.analyze(text)
    assert result.urgency.rank >= at_most.rank, result.explanations  # ranks: emergency 0


def test_the_name_roman_is_no_novel() -> None:
    result = triage.analyze("Роман щойно дзвонив: вони дізналися що я вам писала, він вже їде сюди")
    assert result.urgency is Urgency.emergency, result.explanations


LIGHT_EMERGENCIES: list[tuple[str, str]] = [
    # Urdu: rat poison swallowed; wishing to sleep and never wake, today again; a pupil beaten
    ("ur", "میں نے زہر پی لیا ہے، سب کو خدا حافظ"),
    ("ur", "دل کرتا ہے سو جاؤں اور کبھی نہ اٹھوں، آج بھی یہی سوچ رہی ہوں"),
    ("ur", "میری شاگرد 11 سال کی ہے، اس کے جسم پر نشان ہیں، آج بھی وہ اسے ماریں گے"),
    # Persian: a girl of 12 being put into a car now
    ("fa", "دختر ۱۲ ساله همسایه رو الان دارن سوار ماشین می‌کنن، کمک کنید"),
]

LIGHT_CALM: list[tuple[str, str, Urgency]] = [
    # Urdu: a city whose name starts like "van"; a training request; a job left
    ("ur", "ہم وینکوور میں ایک ورکشاپ کے لیے آگاہی مواد چاہتے ہیں", Urgency.low),
    (
        "ur",
        "میں نے وہ فیکٹری چھوڑ دی جہاں تنخواہ نہیں ملتی تھی، اب دوسری جگہ ہوں، شکایت کیسے کروں؟",
        Urgency.standard,
    ),
    # Somali: a supposed case, "just a question"
    ("so", "Haddii qof baasaboorkiisa la qaato, maxaa dhacaya? Su'aal keliya", Urgency.low),
    # Amharic: wages not paid last year, now in another city
    ("am", "ባለፈው አመት ደሞዝ አልተከፈለኝም ነበር፣ አሁን ሌላ ከተማ ነኝ። ምን ማድረግ እችላለሁ?", Urgency.standard),
]


@pytest.mark.parametrize(("language", "text"), LIGHT_EMERGENCIES)
def test_light_language_emergency(language: str, text: str) -> None:
    result = triage.analyze(text)
    assert result.language == language
    assert result.urgency is Urgency.emergency, result.explanations


@pytest.mark.parametrize(("language", "text", "at_most"), LIGHT_CALM)
def test_light_language_not_an_emergency(language: str, text: str, at_most: Urgency) -> None:
    result = triage.analyze(text)
    assert result.language == language
    assert result.urgency.rank >= at_most.rank, result.explanations  # ranks: emergency 0


def test_romanised_urdu_locked_in_a_room_is_an_emergency() -> None:
    # Urdu typed in Latin letters is told as Hindi; its own words are read too (ninth round)
    result = triage.analyze("shohar ne mujhe kamray me band kiya, do din se khana nahi mila")
    assert result.urgency is Urgency.emergency, result.explanations


def test_romanised_urdu_a_sister_of_15_is_a_minor() -> None:
    result = triage.analyze("meri choti behan 15 saal ki hai, abbu ne uska rishta tay kar diya")
    assert result.urgency is Urgency.high, result.explanations
    assert "minor_involved" in {i.value for i in result.indicators}


OTHER_FILES_EMERGENCIES: list[str] = [
    # Arabic: the door locked by a woman ("قفلت علي"), since yesterday
    "الست قفلت علي باب المطبخ من امبارح، ساعدوني",
    # Somali: a girl locked in ("ku xidhan"), men brought tonight
    "Gabadh 13 jir ah ayaa guri ku xidhan, caawa rag ayuu u keenayaa",
    # Swahili: she will burn me with the iron, she is heating it now
    "Bosi amesema atanichoma kwa pasi, sasa hivi anapasha pasi jikoni",
    # Persian: tonight I jump from the roof of this building
    "امشب از پشت بام این ساختمان خودمو پرت می‌کنم",
    # Russian: a relay hears a man yelling and something breaking, just now
    "сестра только что позвонила, слышно как мужчина орёт и что-то разбилось, она плачет",
]


@pytest.mark.parametrize("text", OTHER_FILES_EMERGENCIES)
def test_other_files_families(text: str) -> None:
    result = triage.analyze(text)
    assert result.urgency is Urgency.emergency, result.explanations


def test_turkish_day_is_no_english_gun() -> None:
    # "gün" (day) folds to "gun": the English loan needs its article or its use
    result = triage.analyze("Haftada yedi gün çalışıyoruz, patron pasaportları aldı")
    assert result.urgency is Urgency.high, result.explanations
    assert triage.analyze("he has a gun and says he will use it tonight").urgency is Urgency.emergency


@pytest.mark.parametrize(
    "text",
    [
        # standing in a parking lot, sitting in a car: no pursuer without a word of now
        "рабочие стоят на парковке и ждут автобус, нам не платят уже два месяца",
        "вони сидять у машині і чекають на мене, це мої друзі",
        # notes to the children for school are no farewell
        "записки детям пишу каждый день в школу",
        # a door locked by a grandmother going to bed, a kitchen closed
        "бабушка замкнула двері і пішла спати",
        # Swahili: no hot water in the shower; a mother ironing
        "Hakuna maji ya moto bafuni sasa, tunaomba msaada wa makazi",
        "Mama anapasha pasi sasa hivi, mimi napika",
        # Urdu: "I will die" said of a threat to be sent back is no plan
        "اگر اس نے مجھے واپس بھیجا تو میں مر جاؤں گی",
    ],
)
def test_harmless_words_near_the_new_families(text: str) -> None:
    assert triage.analyze(text).urgency is not Urgency.emergency


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # wages: "they will not pay until the end", either order, ru and uk
        ("бригадир сказал що до кінця сезону платити не будуть", "withholding_of_wages"),
        ("хозяин говорит, что не будет платить, пока не отработаем долг", "withholding_of_wages"),
        # made to carry parcels with drugs
        ("він змушує мене возити посилки з наркотиками по місту", "forced_criminality"),
        ("меня заставляют забирать наркотики у курьеров", "forced_criminality"),
    ],
)
def test_ongoing_exploitation_is_high(text: str, code: str) -> None:
    result = triage.analyze(text)
    assert result.urgency is Urgency.high, result.explanations
    found = {i.value for i in result.indicators} | {e.value for e in result.exploitation}
    assert code in found
