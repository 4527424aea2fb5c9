"""Issue 11, eleventh round: urgency in ar, ru, uk, hi, fa, tr, zh and ko, on sentences written
for this round (not taken from any corpus file): families of words and structure, each tried in
several languages, with the harmless neighbours of each new word."""

from __future__ import annotations

import pytest

import triage
from triage.codes import Indicator, Urgency

EMERGENCIES: list[tuple[str, str]] = [
    # not let go, in every person of "to let", with a child and a word of now
    ("hi", "मेरी बहन 14 साल की है, अभी उसका मैसेज आया, वो लोग उसे होटल से जाने नहीं दे रहे"),
    # a relative just texted: the cry it quotes is now
    ("tr", "Yeğenim 14 yaşında, şimdi mesaj attı: adam odayı kilitledi, çıkamıyorum diyor"),
    # a whole supply of pills swallowed, and a word for one's mother
    ("ko", "수면제 한 통 다 먹었어 미안해 엄마한테 전해줘"),
    ("tr", "bütün hapları içtim, anneme söyleyin onu seviyorum"),
    ("ar", "اخذت كل الحبوب اللي عندي، قولوا لامي اني اسفة"),
    # a worker dragged inside and screaming, seen by a neighbour now
    ("ar", "الجيران يسمعون الخادمة تصرخ الحين والكفيل يجرها لجوا البيت"),
    # Persian in Latin letters (Finglish): a jump tonight
    ("fa", "emshab az roye pol mipparam, dige nemitoonam"),
    # fled, and watched now ("می‌پان": colloquial "they keep watch on me")
    ("fa", "از کارگاه فرار کردم، الان دو نفر بیرون منو می‌پان"),
    # Chinese in pinyin without tones: a child writing in secret while he sleeps next door
    ("zh", "jiu ming, ta zai ge bi fang jian shui jiao, wo 15 sui, bu neng da dianhua"),
    # "in danger", with a blow now, is still an emergency
    ("uk", "Вона в небезпеці, він зараз її б'є, допоможіть"),
    # a farewell and "I will end it now"; romanised Hindi with its own words; Finglish, a door shut
    ("ko", "엄마한테 미안하다고 전해주세요. 이제 끝낼게요"),
    ("hi", "ab bardasht nahi hota, maine neend ki saari goliyan le li"),
    ("fa", "tu otagh ye hotel hastam, dar ro az biroon bastan, komak"),
    # "take me away from here" from a child among adult men
    ("ru", "Мама, забери меня, я в каком-то доме под Ростовом, здесь взрослые мужчины, мне 15"),
    # Nepali writing in hiding still reads as such
    ("ne", "म लुकेर लेख्दै छु, मालिक बाहिर छ, मद्दत गर्नुहोस्"),
]

# Below `emergency`, each at the level it is read at (a guard against a rule that raises it).
NOT_EMERGENCIES: list[tuple[str, str, Urgency]] = [
    # not let go home for years: a restriction that goes on
    ("hi", "मालिक मुझे गांव जाने नहीं देता, तीन साल से छुट्टी नहीं मिली", Urgency.high),
    # a relative just texted that all is well
    ("tr", "Kızım şimdi mesaj attı, okulda her şey yolunda, sadece vize sorusu var", Urgency.standard),
    # the cold medicine finished; tired of a job
    ("ko", "의사가 준 감기약 다 먹었는데 아직 기침이 나요 괜찮을까요", Urgency.standard),
    ("ko", "더는 못 버티겠어요, 일을 그만두고 싶어요", Urgency.standard),
    # a child screaming at bedtime
    ("ar", "ابني يصرخ كل ما اطفي التلفزيون، هل هذا طبيعي؟", Urgency.standard),
    # Finglish, tired of a job: no lexicon reads it, so a person reads it (`high`), but no emergency
    ("fa", "dige nemitoonam inja kar konam, mikham beram ye kar dige peyda konam", Urgency.high),
    # pinyin: a nanny kept in, every day: ongoing, not now
    (
        "zh",
        "wo zai Toronto zuo baomu, mei tian gong zuo 12 xiao shi, laoban bu rang wo chu men",
        Urgency.high,
    ),
    # a marriage planned for the summer or the holidays: a danger to come, not now
    ("fa", "خواهرم ۱۶ سالشه، تابستون می‌خوان ببرنش ایران که شوهرش بدن", Urgency.high),
    ("ru", "Моей сестре 15 лет, летом родители хотят увезти её в деревню и выдать замуж", Urgency.high),
    ("zh", "我表妹十六岁，暑假家里要把她带回老家嫁人，她现在在学校", Urgency.high),
    # exploited, but "right now she is not in danger"
    ("uk", "Подруга працює в клубі, паспорт забрали, але зараз вона не в небезпеці", Urgency.high),
    # Hindi "लेकर" (taking) folds like Nepali "लुकेर" (in hiding): no writing in secret
    ("hi", "मैं दोस्त से पैसे लेकर आया हूँ, क्या वीज़ा के बारे में पूछ सकता हूँ", Urgency.standard),
]


@pytest.mark.parametrize(("language", "text"), EMERGENCIES)
def test_emergency(language: str, text: str) -> None:
    result = triage.analyze(text)
    assert result.urgency is Urgency.emergency, result.explanations


@pytest.mark.parametrize(("language", "text", "expected"), NOT_EMERGENCIES)
def test_not_an_emergency(language: str, text: str, expected: Urgency) -> None:
    result = triage.analyze(text)
    assert result.urgency is expected, result.explanations


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "Я живу у мужа в семье, паспорт у его матери, одна из дома не выхожу"),
        ("uk", "Працюю на фермі, паспорт у менеджера, кажуть віддадуть після сезону"),
        # no blows, no lock: the passport not given back
        ("zh", "他不打我，也不关我，就是不给我护照"),
    ],
)
def test_document_at_someones(language: str, text: str) -> None:
    result = triage.analyze(text)
    assert Indicator.retention_of_documents in result.indicators, result.explanations
    assert result.urgency is Urgency.high, result.explanations


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # Korean laughter in jamo: a joke asks for nothing; one "ㅋ" is no laugh
        ("ko", "우리 사장님 주말 출근 시키는 거 완전 감옥이에요 ㅋㅋㅋ 이거 신고 되나요?", Urgency.low),
        ("ko", "살려주세요 사장이 때려요 지금 ㅋ", Urgency.emergency),
        # an overseas text header: spam
        ("ko", "[국외발신] 부업 모집 하루 30만원 카톡 문의", Urgency.low),
        # teaching material asked for a class
        ("zh", "我是社工，下个月要给学生讲防拐卖，有没有中文教材？", Urgency.low),
        # "飞过去" is flying over there, not the past: a marriage to come goes on
        ("zh", "我妹妹二十岁，家里逼她嫁给一个老头换彩礼，下个月就要飞过去了", Urgency.high),
        # pay cut every month by the agency; the phone taken every night
        (
            "tr",
            "Şirket her ay maaşımızdan yemek parası diye 300 dolar kesiyor, sözleşmede yoktu",
            Urgency.high,
        ),
        ("hi", "मेरी बहन जिस घर में काम करती है वो लोग उसका फ़ोन हर रात ले लेते हैं", Urgency.high),
        # a client who went through forced labour, in a shelter now: a survivor's request
        (
            "uk",
            "Моя клієнтка пройшла через примусову працю, тепер живе в притулку, потрібен юрист",
            Urgency.standard,
        ),
        # a webtoon, a drama script, a story, a novel: fiction; a reporter covering a case
        (
            "ko",
            "웹툰을 그리고 있는데 주인공이 감금당하는 장면이 있어요. 실제로 어떻게 탈출하나요?",
            Urgency.low,
        ),
        ("ko", "드라마 대본을 쓰는데 인신매매 피해자가 경찰에 신고하는 장면 자문 부탁드려요", Urgency.low),
        ("fa", "داستان می‌نویسم درباره دختری که تو یه خونه زندانیه، واقعیه که گوشیشو می‌گیرن؟", Urgency.low),
        (
            "tr",
            "Bir hikaye yazıyorum, karakterim kilitli bir odada tutuluyor, gerçekte polis ne yapar?",
            Urgency.low,
        ),
        ("zh", "我在写小说，情节里女主角被关在地下室，现实中警察会怎么处理？", Urgency.low),
        # fiction words do not hide a lock now
        ("ko", "사장이 문을 잠갔어요 지금 나갈 수 없어요 도와주세요", Urgency.emergency),
        # a cousin just wrote (Gulf "توها"): locked in now
        ("ar", "بنت عمي توها ارسلت لي انهم قافلين عليها الباب وما تقدر تطلع", Urgency.emergency),
        # every weekend, every week: a habit; a word of now still places a lock now
        ("tr", "Hafta sonları patron bizi başka bir şehre götürüyor, pasaportlarımız onda", Urgency.high),
        ("zh", "每个周末他都带她去见客人，现在她被锁在房间里，救命", Urgency.emergency),
        # Turkish says "not" inside the verb: denied blows and locks are no danger; affirmed ones are
        ("tr", "Kimse beni dövmüyor ya da kilitlemiyor, sadece maaşımı vermiyorlar", Urgency.high),
        ("tr", "Patron bizi odaya kilitledi, yardım edin", Urgency.emergency),
        ("tr", "Kocam beni öldürmek istiyor, lütfen gelin", Urgency.emergency),
        # Vietnamese without tones is not read as pinyin
        ("vi", "toi bi chu nha danh, xin giup do", Urgency.high),
    ],
)
def test_level(language: str, text: str, expected: Urgency) -> None:
    result = triage.analyze(text)
    assert result.urgency is expected, result.explanations
    assert result.language == language
