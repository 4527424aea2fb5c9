"""Issue 11, seventh round: danger vocabulary of the 18 light lexicons, romanised Hindi and Persian.

Sentences of their own (not the corpus's): in each light language, emergencies of varied shapes
(violence now, a locked door and the key taken, a self-harm plan, a watcher outside, a minor
taken to men tonight, bleeding with care refused, a death threat with a weapon) and hard
negatives (a story that is over, a research or press request, a denied danger).
"""

from __future__ import annotations

import pytest

import triage
from triage.codes import Urgency

EMERGENCIES: list[tuple[str, str]] = [
    # Polish
    ("pl", "Pomocy, on mnie teraz bije w kuchni"),
    ("pl", "Zamknął mnie w piwnicy i zabrał klucz"),
    ("pl", "Mam już tabletki i napisałam list do mamy, dziś w nocy to skończę"),
    ("pl", "Ten facet stoi przed blokiem i czeka na mnie od godziny"),
    ("pl", "Moja siostrzenica ma 14 lat, dziś wieczorem on wiezie ją do klientów"),
    ("pl", "Powiedział że mnie zabije, ma nóż w ręku"),
    ("pl", "Krwawię z głowy, a szef nie pozwala jechać do szpitala"),
    # Swahili
    ("sw", "Mume wangu amenifungia ndani ya chumba na ameondoka na ufunguo"),
    ("sw", "Bosi anampiga dada yangu sasa hivi, nasikia kelele zake"),
    ("sw", "Nimeandika barua kwa watoto wangu, usiku huu nitajirusha kutoka kwenye daraja"),
    ("sw", "Yule mtu amesimama nje ya nyumba ananisubiri tangu saa moja"),
    ("sw", "Mpwa wangu ana miaka 15, wanamlazimisha kulala na wanaume leo usiku"),
    ("sw", "Ninavuja damu kichwani na bosi hataki nipelekwe hospitali"),
    ("sw", "Amesema atanichinja usiku huu, ameshika kisu"),
    # Korean
    ("ko", "지금 남편이 저를 때리고 있어요 도와주세요"),
    ("ko", "사장님이 방문을 밖에서 잠그고 열쇠를 가져갔어요"),
    ("ko", "약을 다 모아놨어요 오늘 밤에 다 먹을 거예요"),
    ("ko", "그 남자가 지금 회사 밖에서 저를 기다리고 있어요"),
    ("ko", "열네 살 조카를 오늘 밤 손님한테 보낸대요"),
    ("ko", "팔이 부러졌는데 사장이 병원에 못 가게 해요"),
    ("ko", "이제 그만 끝내고 싶어요 다리에서 뛰어내릴 거예요"),
    # Japanese
    ("ja", "今、夫に殴られています。助けて"),
    ("ja", "もう生きていたくない。今夜、薬を全部飲みます"),
    ("ja", "あの男がアパートの前で私を待っています。すぐ来てください"),
    ("ja", "妹は15歳です。店長が今夜客を取らせると言っています"),
    ("ja", "血が止まらないのに社長が病院に行かせてくれない"),
    ("ja", "包丁を持って殺すと言っています"),
    # Thai
    ("th", "ตอนนี้แฟนกำลังตีฉันอยู่ ช่วยด้วย"),
    ("th", "นายจ้างล็อคประตูห้องจากข้างนอกแล้วเอากุญแจไป"),
    ("th", "คืนนี้ฉันจะกินยาให้หมดขวด ไม่อยากอยู่แล้ว"),
    ("th", "ผู้ชายคนนั้นรออยู่หน้าบ้านตอนนี้ เขาตามหาฉัน"),
    ("th", "หลานสาวอายุ 14 ถูกบังคับให้ไปรับแขกคืนนี้"),
    ("th", "เลือดออกเยอะมาก แต่เจ้านายไม่ยอมให้ไปโรงพยาบาล"),
    ("th", "เขาบอกว่าจะฆ่าฉัน เขามีมีดอยู่"),
    # Persian
    ("fa", "همین الان شوهرم داره منو کتک میزنه، کمک کنید"),
    ("fa", "صاحبکار در اتاق رو از بیرون قفل کرده و کلید رو برده"),
    ("fa", "امشب همه قرص‌ها رو میخورم، برای مادرم نامه نوشتم"),
    ("fa", "اون مرد الان جلوی ساختمون وایساده و منتظرمه"),
    ("fa", "دختر ۱۴ ساله همسایه رو امشب میبرن پیش مردها"),
    ("fa", "گفته امشب منو با چاقو میکشه"),
    # Urdu
    ("ur", "میرا شوہر ابھی مجھے مار رہا ہے، مدد کریں"),
    ("ur", "مالک نے کمرے میں بند کر دیا ہے اور چابی لے گیا"),
    ("ur", "آج رات میں خودکشی کر لوں گی، سب گولیاں جمع کر لی ہیں"),
    ("ur", "وہ آدمی ابھی گھر کے باہر میرا انتظار کر رہا ہے"),
    ("ur", "میری بھانجی چودہ سال کی ہے، آج رات اسے گاہکوں کے پاس لے جا رہے ہیں"),
    ("ur", "خون بہہ رہا ہے مگر سیٹھ ہسپتال نہیں جانے دیتا"),
    ("ur", "کہتا ہے جان سے مار دوں گا، اس کے پاس پستول ہے"),
    # Bengali
    ("bn", "আমার স্বামী এখন আমাকে মারছে, বাঁচান"),
    ("bn", "মালিক ঘরে তালা দিয়ে চাবি নিয়ে গেছে"),
    ("bn", "আজ রাতে আমি আত্মহত্যা করব, সব ঘুমের ওষুধ জমিয়েছি"),
    ("bn", "লোকটা এখন বাড়ির বাইরে আমার জন্য অপেক্ষা করছে"),
    ("bn", "আমার ভাগ্নির বয়স ১৪, আজ রাতে তাকে খদ্দেরের কাছে নিয়ে যাবে"),
    ("bn", "রক্ত পড়ছে কিন্তু মালিক হাসপাতালে যেতে দিচ্ছে না"),
    ("bn", "বলেছে আমাকে মেরে ফেলবে, তার হাতে ছুরি"),
    # Punjabi
    ("pa", "ਮੇਰਾ ਪਤੀ ਹੁਣ ਮੈਨੂੰ ਕੁੱਟ ਰਿਹਾ ਹੈ, ਮਦਦ ਕਰੋ"),
    ("pa", "ਮਾਲਕ ਨੇ ਮੈਨੂੰ ਕਮਰੇ ਵਿੱਚ ਬੰਦ ਕਰ ਦਿੱਤਾ ਅਤੇ ਚਾਬੀ ਲੈ ਗਿਆ"),
    ("pa", "ਅੱਜ ਰਾਤ ਮੈਂ ਖੁਦਕੁਸ਼ੀ ਕਰ ਲਵਾਂਗੀ"),
    ("pa", "ਉਹ ਬੰਦਾ ਹੁਣ ਘਰ ਦੇ ਬਾਹਰ ਮੇਰੀ ਉਡੀਕ ਕਰ ਰਿਹਾ ਹੈ"),
    ("pa", "ਕਹਿੰਦਾ ਹੈ ਜਾਨ ਤੋਂ ਮਾਰ ਦੇਵਾਂਗਾ, ਉਸ ਕੋਲ ਚਾਕੂ ਹੈ"),
    ("pa", "ਖੂਨ ਵਗ ਰਿਹਾ ਹੈ ਪਰ ਮਾਲਕ ਹਸਪਤਾਲ ਨਹੀਂ ਜਾਣ ਦਿੰਦਾ"),
    # Nepali
    ("ne", "मेरो श्रीमानले अहिले मलाई कुटिरहेको छ, बचाउनुस्"),
    ("ne", "साहुले मलाई कोठामा थुनेर साँचो लिएर गयो"),
    ("ne", "आज राति म आत्महत्या गर्छु, सबै चक्की जम्मा गरेको छु"),
    ("ne", "त्यो मान्छे अहिले घर बाहिर मलाई पर्खिरहेको छ"),
    ("ne", "मार्छु भन्छ, उसको हातमा चक्कु छ"),
    ("ne", "रगत बगिरहेको छ तर साहुले अस्पताल जान दिँदैन"),
    # Amharic
    ("am", "ባሌ አሁን እየደበደበኝ ነው፣ እርዱኝ"),
    ("am", "አሰሪዬ ክፍሉን ከውጭ ቆልፎ ቁልፉን ወሰደው"),
    ("am", "ዛሬ ማታ ራሴን አጠፋለሁ"),
    ("am", "ሰውዬው አሁን ከቤቱ ውጭ እየጠበቀኝ ነው"),
    ("am", "እገድልሻለሁ ብሎ ቢላ ይዟል"),
    ("am", "ደም እየፈሰሰኝ ነው ግን ሆስፒታል እንድሄድ አይፈቅድም"),
    # Tigrinya
    ("ti", "ሕጂ ሰብኣየይ ይወቕዓኒ ኣሎ፣ ሓግዙኒ"),
    ("ti", "ሎሚ ለይቲ ርእሰይ ክቐትል እየ"),
    ("ti", "ክቐትለኪ እየ ኢሉ ካራ ሒዙ ኣሎ"),
    ("ti", "ኣብ ክፍሊ ዓጽዩኒ ኣሎ፣ ክወጽእ ኣይክእልን"),
    # German
    ("de", "Hilfe, mein Mann schlägt mich gerade, bitte schnell"),
    ("de", "Der Chef hat mich im Zimmer eingesperrt und den Schlüssel mitgenommen"),
    ("de", "Ich habe alle Tabletten gesammelt, heute Nacht mache ich Schluss"),
    ("de", "Der Typ steht gerade vor dem Haus und wartet auf mich"),
    ("de", "Meine Nichte ist 14, heute Abend bringt er sie zu Freiern"),
    ("de", "Ich blute stark am Kopf, aber er lässt mich nicht ins Krankenhaus"),
    ("de", "Er hat ein Messer und sagt er bringt mich um"),
    # Italian
    ("it", "Aiuto, mio marito mi sta picchiando adesso"),
    ("it", "Il padrone mi ha chiusa a chiave nella stanza e si è preso le chiavi"),
    ("it", "Stanotte la faccio finita, ho già tutte le pastiglie"),
    ("it", "Quell'uomo è qui fuori sotto casa che mi aspetta adesso"),
    ("it", "Mia nipote ha 14 anni, stasera la portano dai clienti"),
    ("it", "Ho il braccio rotto e perdo sangue, il capo non mi porta in ospedale"),
    ("it", "Ha un coltello e dice che mi ammazza"),
    # Dutch
    ("nl", "Help, mijn vriend slaat me nu, kom snel"),
    ("nl", "De baas heeft me in de kamer opgesloten en de sleutel meegenomen"),
    ("nl", "Ik wil niet meer leven, vannacht neem ik alle pillen"),
    ("nl", "Die man staat nu voor de deur op me te wachten"),
    ("nl", "Mijn nichtje is 14, vanavond brengt hij haar naar klanten"),
    ("nl", "Ik bloed heel erg maar hij laat me niet naar het ziekenhuis gaan"),
    ("nl", "Hij heeft een mes en zegt dat hij me vermoordt"),
    # Turkish
    ("tr", "Yardım edin, kocam şu an beni dövüyor"),
    ("tr", "Patron odanın kapısını dışarıdan kilitledi, anahtarı da aldı"),
    ("tr", "Bu gece her şeyi bitireceğim, bütün ilaçları içeceğim"),
    ("tr", "O adam şu an apartmanın önünde beni bekliyor"),
    ("tr", "Yeğenim 14 yaşında, bu gece onu müşterilere götürecekler"),
    ("tr", "Kolum kırıldı, kanıyor ama patron hastaneye götürmüyor"),
    ("tr", "Elinde bıçak var, seni öldüreceğim diyor"),
    # Indonesian
    ("id", "Tolong, suami saya sedang memukuli saya sekarang"),
    ("id", "Majikan mengunci saya di kamar dan membawa kuncinya"),
    ("id", "Malam ini saya mau mengakhiri hidup, obatnya sudah saya kumpulkan"),
    ("id", "Laki-laki itu sekarang menunggu saya di depan rumah"),
    ("id", "Keponakan saya umur 14, malam ini dia mau dibawa ke tamu"),
    ("id", "Tangan saya patah dan berdarah, majikan tidak mau bawa ke rumah sakit"),
    ("id", "Dia pegang pisau dan bilang mau bunuh saya"),
    # Somali
    ("so", "I caawiya, ninkaygu hadda wuu i garaacayaa"),
    ("so", "Qolka ayuu igu xiray furihiina wuu qaatay"),
    ("so", "Caawa waan is dilayaa, kaniiniyada oo dhan ayaan liqayaa"),
    ("so", "Ninkaas hadda guriga hortiisa ayuu ku sugayaa"),
    ("so", "Mindi ayuu sitaa wuxuuna leeyahay waan ku dilayaa"),
    ("so", "Dhiig baa iga socda laakiin isbitaal ima geynayo"),
    # Romanised Hindi / Urdu
    ("hi", "mera pati abhi mujhe maar raha hai, please help karo"),
    ("hi", "seth ne kamre ka darwaza bahar se band kar diya aur chaabi le gaya"),
    ("hi", "aaj raat main sab goliyan kha lungi, mummy ke liye chitthi likh di hai"),
    ("hi", "wo aadmi abhi ghar ke bahar khada hai, mera intezaar kar raha hai"),
    ("hi", "bola hai mujhe jaan se maar dega, uske paas chaku hai"),
    ("hi", "main ab jeena nahi chahti, aaj raat sab khatam kar dungi"),
    # Romanised Persian
    ("fa", "komak konid, shoharam alan dare mizaname"),
    ("fa", "dar ro ghofl karde, kelid ro borde, nemitoonam beram biroon"),
    ("fa", "emshab mikham khodamo bekosham, ghorsa ro jam kardam"),
    ("fa", "oon mard alan jeloye khoone vaysade montazere mane"),
    ("fa", "bahash chaghoo dare, goft emshab mikoshamet"),
    # Arabic in Latin letters (Levantine, Darija)
    ("ar", "el rajel wa2ef bara el beit hala2 w 3am yestanani"),
    ("ar", "bade ente7er el leila, katabt risale la emmi"),
    ("ar", "2afal 3alaya el bab w akhad el miftah"),
    ("ar", "ana mjro7a w mabghach ywdini l sbitar"),
]

# Misses the light danger words could not reach in the seventh round: a Persian
# message without the letters that tell Persian from Arabic was read as Arabic, and a Japanese
# negation after a lock read the whole unspaced run as one word and denied the lock. Both are
# read since the eighth round: the Persian case in tests/triage/test_eighth_round_east.py, the
# Japanese one (a new verb between the lock and the negation takes it) in
# test_eighth_round_asia.py.
OUT_OF_REACH: list[tuple[str, str]] = [
    ("fa", "دستم شکسته و خون میاد، نمیذاره برم بیمارستان"),
    ("ja", "部屋に外から鍵をかけられて出られません"),
]

# A story that is over: standard.
PAST: list[tuple[str, str]] = [
    ("pl", "Pięć lat temu szef bił mnie i zamykał w pokoju, teraz mieszkam w Gdańsku i jest dobrze"),
    ("sw", "Miaka mitatu iliyopita bosi alinipiga na kunifungia, sasa niko salama nyumbani"),
    ("ja", "三年前に監禁されていましたが、今は安全に暮らしています"),
    ("th", "เมื่อห้าปีก่อนฉันถูกขังไว้ แต่ตอนนี้ปลอดภัยแล้ว"),
    ("fa", "پنج سال پیش منو زندانی کرده بود ولی الان در امان هستم"),
    ("ur", "پانچ سال پہلے مالک مجھے مارتا تھا، اب میں محفوظ ہوں"),
    ("bn", "পাঁচ বছর আগে মালিক আমাকে মারত, এখন আমি নিরাপদ"),
    ("de", "Vor fünf Jahren hat mich mein Chef eingesperrt, heute lebe ich sicher in Köln"),
    ("it", "Tre anni fa mi tenevano chiusa in casa, ora sto bene e lavoro"),
    ("nl", "Vijf jaar geleden werd ik opgesloten, nu ben ik veilig"),
    ("tr", "Beş yıl önce beni odaya kilitliyorlardı, şimdi güvendeyim"),
    ("id", "Lima tahun lalu saya dikurung majikan, sekarang saya sudah aman"),
    ("hi", "do saal pehle malik mujhe marta tha, ab main surakshit hoon"),
    ("fa", "chand sal pish zendani boodam vali alan dar amanam"),
]

# Everyday words near a danger word (a haircut, a bridge crossed, washing hung, a video call,
# blood pressure, a friend at the door, a truck of goods): no emergency.
EVERYDAY: list[tuple[str, str]] = [
    ("it", "Stasera mi taglio i capelli e poi sono passata dal ponte per tornare a casa"),
    ("pl", "Dziś wieczorem skoczę do sklepu po chleb, mama czeka w domu"),
    ("de", "Heute Abend muss ich noch die Wäsche aufhängen und meine Mutter anrufen"),
    ("ko", "오늘 밤에 화상 회의가 있어서 지금 준비하고 있어요"),
    ("so", "Hooyaday dhiig kar ayay qabtaa, caawa waxaan u kaxaynayaa dhakhtarka"),
    ("hi", "mere ghar ke bahar aaj ek dost aayi thi, hum chai pe gaye"),
    ("hi", "kal raat hum truck me saaman le gaye, naya ghar mil gaya"),
    ("it", "L'ultimo messaggio che mi ha mandato il capo parla dei turni di stasera"),
    ("nl", "Vanavond komt mijn zus langs en we brengen ons oude bed naar de stort"),
    ("ar", "ma bade ro7 3al shoghol el yom, ta3bane"),
]

# Over by the rules, raised to high by the learned second opinion (not a word list's doing).
PAST_RAISED: list[tuple[str, str]] = [("ko", "5년 전에 그 사람이 저를 가뒀지만 지금은 안전하게 살고 있어요")]

# A request for research, the press or training: low.
INFORMATION: list[tuple[str, str]] = [
    ("pl", "Piszę pracę magisterską o handlu ludźmi, czy mogę przeprowadzić wywiad z waszym zespołem?"),
    ("sw", "Mimi ni mwanafunzi, nafanya utafiti kuhusu biashara ya binadamu, naomba takwimu"),
    ("ko", "인신매매에 대한 논문을 쓰고 있는데 통계를 받을 수 있을까요?"),
    ("ja", "人身取引について大学でレポートを書いています。統計を教えてください"),
    ("th", "ฉันเป็นนักศึกษา ทำวิจัยเรื่องการค้ามนุษย์ ขอสถิติได้ไหม"),
    ("fa", "من دانشجو هستم و درباره قاچاق انسان تحقیق میکنم، آمار دارید؟"),
    ("de", "Ich schreibe eine Masterarbeit über Menschenhandel, haben Sie Statistiken?"),
    ("it", "Sono una giornalista, sto scrivendo un articolo sulla tratta, posso intervistarvi?"),
    ("nl", "Ik ben student en doe onderzoek naar mensenhandel, heeft u cijfers?"),
    ("tr", "İnsan ticareti üzerine tez yazıyorum, istatistik verebilir misiniz?"),
    ("id", "Saya mahasiswa, sedang meneliti perdagangan orang, boleh minta data?"),
    ("hi", "main human trafficking par research kar raha hoon, kya aap data de sakte ho?"),
]

# A danger denied, with a lasting sign left: no emergency.
DENIED: list[tuple[str, str]] = [
    ("pl", "Nikt mnie nie bije ani nie zamyka, tylko szef nie płaci mi od dwóch miesięcy"),
    ("sw", "Hajawahi kunipiga, ila ameshika pasipoti yangu"),
    ("ko", "저를 때리지는 않아요, 그냥 월급을 석 달째 안 줘요"),
    ("ja", "殴られたことはありません。でも給料が払われていません"),
    ("th", "เขาไม่เคยตีฉัน แต่เขายึดพาสปอร์ตไว้"),
    ("fa", "هیچوقت منو نزده، فقط حقوقم رو نمیده"),
    ("de", "Er schlägt mich nicht, aber er hat meinen Pass und zahlt keinen Lohn"),
    ("it", "Non mi ha mai picchiata, però mi ha preso il passaporto"),
    ("nl", "Hij heeft me nooit geslagen, maar hij houdt mijn paspoort"),
    ("tr", "Beni hiç dövmedi ama pasaportumu aldı"),
    ("id", "Dia tidak pernah memukul saya, tapi paspor saya ditahan"),
]


def _label(case: tuple[str, str]) -> str:
    return f"{case[0]}-{case[1][:24]}"


@pytest.mark.parametrize("case", EMERGENCIES, ids=_label)
def test_an_emergency_in_a_light_language_is_one(case: tuple[str, str]) -> None:
    assert triage.analyze(case[1]).urgency is Urgency.emergency


@pytest.mark.parametrize("case", OUT_OF_REACH, ids=_label)
def test_the_former_misses_are_emergencies_now(case: tuple[str, str]) -> None:
    assert triage.analyze(case[1]).urgency is Urgency.emergency


@pytest.mark.parametrize("case", EVERYDAY, ids=_label)
def test_everyday_words_near_a_danger_word_are_no_emergency(case: tuple[str, str]) -> None:
    assert triage.analyze(case[1]).urgency is not Urgency.emergency


@pytest.mark.parametrize("case", PAST, ids=_label)
def test_a_story_that_is_over_is_standard(case: tuple[str, str]) -> None:
    assert triage.analyze(case[1]).urgency is Urgency.standard


@pytest.mark.parametrize("case", PAST_RAISED, ids=_label)
def test_a_story_over_by_the_rules(case: tuple[str, str]) -> None:
    assert triage.analyze(case[1], second_opinion=False).urgency is Urgency.standard


@pytest.mark.parametrize("case", INFORMATION, ids=_label)
def test_a_research_or_press_request_is_low(case: tuple[str, str]) -> None:
    assert triage.analyze(case[1]).urgency is Urgency.low


@pytest.mark.parametrize("case", DENIED, ids=_label)
def test_a_denied_danger_is_no_emergency(case: tuple[str, str]) -> None:
    assert triage.analyze(case[1]).urgency is not Urgency.emergency
