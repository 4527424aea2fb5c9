"""Issue 11, ninth round: urgency in bn, ne, hi, zh, vi, tl, ko, ja, th and id, on sentences
written for this round (not taken from any corpus file): Bengali and Nepali typed in Latin
letters, negations that come after the verb in Bengali and Nepali, a hidden phone and a move
tonight, and the harmless neighbours of each new word."""

from __future__ import annotations

import pytest

import triage
from triage.codes import Urgency

EMERGENCIES: list[tuple[str, str]] = [
    # Bengali typed in Latin letters: read through its danger cues (two marker words needed)
    ("bn", "ami ekhon bathroom er pashe lukiye achi, malik er lok amake khujche"),
    ("bn", "amar bon ke ekhon marche, ami pasher ghor theke shunte pacchi"),
    ("bn", "oi lok bolse amake mere felbe, o ekhon barir samne dariye ache"),
    ("bn", "amake ghore tala mere rekheche, 2 din ber hote dicche na"),
    ("bn", "ami sob ghumer oshudh kheye felechi, ar bachte chai na"),
    ("bn", "haat bhenge geche, onek rokto, malik hospital e jete dicche na"),
    ("bn", "kaj korte giye haat bhenge gese, boss bole hospital e gele police dakbe"),
    # Nepali: moved tonight, a hidden phone, in Devanagari and in Latin letters
    ("ne", "आज राति हामीलाई अर्को सहर लैजान्छन् रे, मैले फोन लुकाएर राखेको छु"),
    ("ne", "aaja rati malai arko thau laijanchan, maile phone lukayera rakheko chhu"),
    ("ne", "sahu le aile malai kutdai chha, bachaunus"),
    # a person drugged, with a word of now (the family is new in every language)
    ("hi", "meri saheli ko unhone neend ki goli de kar rakha hai, wo abhi bagal wale kamre me hai"),
    ("zh", "他们给那个女孩下了药，现在她在隔壁房间"),
    ("vi", "họ chuốc thuốc chị tôi, bây giờ chị ấy nằm ở phòng bên cạnh"),
    ("id", "adik saya dibius sama bosnya, sekarang dia di kamar sebelah"),
    ("tl", "pinainom ng pampatulog yung pamangkin ko, nasa kabilang kwarto siya ngayon"),
    # found out I reported; a child shown on a camera now; a call for the police with a child
    ("tl", "nalaman ng amo ko na nagsumbong ako sa inyo, nasa labas siya ng apartment"),
    ("tl", "yung batang kapitbahay namin 10 years old, pinapalive sa cam ngayon sa kabilang kwarto"),
    ("tl", "May 14 years old na babae dito sa bar, pinapaupo sa customer. Kailangan namin ng pulis"),
    # Cantonese: broken, care refused; hitting now
    ("zh", "我隻手打斷咗，老闆唔俾我去醫院"),
    ("zh", "佢而家喺度打緊我阿妹"),
    # "不知道" (don't know) denies the knowing, not the hidden phone after it
    ("zh", "我们在货车后面 不知道去哪里 手机藏在袜子里"),
    # probes of the shapes in the languages that lacked one word of them
    ("id", "saya kabur sejam yang lalu, mereka cari saya pakai mobil"),
    ("zh", "隔壁房间关着一个14岁的女孩，那个男的在睡觉"),
    ("tl", "alam ng amo ko na tumawag ako sa inyo, nandiyan siya ngayon sa labas ng dorm"),
    # a child to be handed, sent or given to a man tonight or after school (a teacher reports)
    ("zh", "我是她的班主任，这个女孩12岁，她说今晚继父要把她送去给一个男人"),
    (
        "tl",
        "guro po ako, yung estudyante ko 12 years old sabi "
        "ibibigay daw siya ng stepfather niya sa isang lalaki mamaya",
    ),
    ("ko", "제 학생이 13살인데 오늘 밤 삼촌이 어떤 남자한테 보낸다고 해요"),
    ("th", "นักเรียนของฉันอายุ 12 ปี บอกว่าคืนนี้พ่อเลี้ยงจะส่งไปให้ผู้ชายคนหนึ่ง"),
    ("id", "murid saya umur 12 tahun bilang malam ini dia mau dikasih ke seorang laki-laki oleh pamannya"),
    ("bn", "আমার ছাত্রী ১২ বছরের, বলছে আজ রাতে ওর চাচা ওকে একটা লোকের কাছে পাঠাবে"),
    (
        "hi",
        "main teacher hu, meri student 12 saal ki hai, aaj school ke baad uska mama use ek aadmi ko de dega",
    ),
    ("ne", "मेरी विद्यार्थी १२ वर्षकी हो, आज राति उसलाई एउटा मान्छेकहाँ पठाउँदैछन्"),
    ("ja", "生徒は12歳で、今夜おじに男のところに連れて行かれると言っています"),
    # wishing to disappear, pills taken, said plainly
    ("hi", "ab lagta hai gayab ho jaun, koi yaad nahi karega"),
    ("hi", "maine 20 goli kha li hai neend wali"),
    ("zh", "真的觉得消失了也好，没有人会在乎"),
    ("vi", "em uống hết vỉ thuốc ngủ rồi, xin lỗi mọi người"),
    ("ja", "もう消えたい。だれにも会いたくない"),
    ("ko", "그냥 사라지고 싶어요, 아무도 모를 거예요"),
    ("id", "aku pengen menghilang aja, capek semuanya"),
    # hurt at sea, the captain will not go to port; telegraphic Thai; SMS Indonesian
    ("tl", "yung kasama ko sa bangka di maigalaw ang braso, ayaw ng kapitan bumalik sa port"),
    ("th", "แขน หัก ตก บันได นาย ไม่ พา หมอ"),
    ("id", "sy d kunci di gudang sm bos, hp ini sy sembunyikan"),
    ("th", "เขาขู่ว่าจะส่งรูปโป๊ให้ครอบครัว ตอนนี้ผู้ชายกำลังขึ้นมา"),
    ("ne", "usle bhanyo police lai bhanis bhane timro bhai lai maarchhu"),
    ("bn", "amar 15 bochorer bon ke aj rate biye dite niye jacche, ghore atkano"),
    # a wish to disappear with a word of now in its sentence stays an emergency, plan denied or not
    ("zh", "我想消失，今晚就吃药。我没有别的计划"),
]

# The level expected, or None: anything but an emergency.
NOT_EMERGENCIES: list[tuple[str, str, Urgency | None]] = [
    # over, denied or asked about: the same words, no danger now
    ("bn", "3 bochor age malik amake marto, ekhon ami nirapod achi, ukil dorkar", Urgency.standard),
    ("bn", "malik amake ekhon marche na, shudhu kaj beshi", None),
    ("bn", "amar ammu school er gate e opekkha korche", Urgency.standard),
    ("ne", "2 barsa aghi sahule malai kutthyo, aba ma surakshit chhu", Urgency.standard),
    # a negation after the verb denies what stands before it, not the next clause
    ("ne", "साहुले दुई महिनाको तलब दिएको छैन र फोनमा धम्की दिन्छ", Urgency.high),
    ("bn", "মালিক বেতন দেয় না আর ফোনে হুমকি দেয়", Urgency.high),
    # over: Cantonese, romanised Hindi, Vietnamese without tones, Tagalog "back home"
    ("zh", "上年我喺工地受傷，依家已經轉咗工，想問點樣索償", Urgency.standard),
    (
        "hi",
        "pichle mahine maine wo job chhod di, malik ne ek baar thappad maara tha. ab main bhai ke paas hoon",
        Urgency.standard,
    ),
    ("vi", "truoc lam nha hang bi giu luong, gio em nghi roi, muon hoc nghe", Urgency.standard),
    (
        "tl",
        "Nakauwi na ako sa Batangas, sinaktan ako ng amo ko sa Kuwait. Saan po pwede magpa-counsel?",
        Urgency.standard,
    ),
    # a fiction, an imagined case asked "just out of curiosity"
    (
        "hi",
        "main ek web series likh raha hu jisme ladki ko kamre me band karke peet te hain, "
        "kuch real cases bata sakte ho?",
        Urgency.low,
    ),
    ("th", "สมมติว่ามีคนถูกล็อกไว้ในโกดัง ตำรวจจะมาไหม ถามเฉยๆ", Urgency.low),
    # a key pressed to test the line
    ("vi", "a", Urgency.low),
    ("hi", "k", Urgency.low),
    # medicine given as care, a "don't know" before nothing dangerous
    ("ko", "엄마가 약을 먹여 줬어요, 감기가 다 나았어요", Urgency.standard),
    ("zh", "我不知道哪里有庇护所，可以告诉我吗？", None),
    # a threat that waits on the person's act, in Cantonese: an intimidation that goes on
    ("zh", "老闆成日講你再唔聽話我就打電話俾移民局", Urgency.high),
    # a mother waiting outside the school is no pursuer, in every script
    ("ja", "母が学校の前で待っています。相談の時間を知りたいです", Urgency.standard),
    ("th", "แม่รออยู่หน้าโรงเรียน อยากถามเวลาทำการของสายด่วน", None),
    ("vi", "mẹ em đang đợi trước cổng trường, em muốn hỏi giờ làm việc", Urgency.standard),
    ("ko", "엄마가 학교 앞에서 기다리고 있어요. 상담 시간 알려 주세요", Urgency.standard),
    ("zh", "我妈妈在学校门口等我，想问一下你们几点下班", Urgency.standard),
    ("id", "ibu saya nunggu di depan sekolah, saya mau tanya jam buka kantor", Urgency.standard),
    ("tl", "hinihintay ako ng nanay ko sa labas ng school, anong oras po kayo bukas?", Urgency.standard),
    # a grandmother or an uncle fetching a child after school
    ("ko", "방과 후에 할머니가 데리러 와요", Urgency.standard),
    ("ja", "放課後は祖母が迎えに来ます", Urgency.standard),
    ("tl", "pagkatapos ng klase sinusundo siya ng lola niya", Urgency.standard),
    ("zh", "放学后她叔叔来接她回家，我想问问课后托管的事", Urgency.standard),
    # a thought of self-harm the writer says they will not act on: a risk that goes on
    (
        "hi",
        "kabhi kabhi lagta hai gayab ho jaun, par main aisa kuch nahi karungi, bas baat karni hai",
        Urgency.high,
    ),
    ("zh", "有时候想消失，但我不会做傻事，只是想找人聊聊", Urgency.high),
    ("tl", "minsan gusto ko nang mawala, pero hindi ko gagawin, may anak ako", Urgency.high),
    # "สายด่วน" (hotline) holds "ด่วน" (urgent): asking about the hotline is no word of now
    ("th", "สายด่วนนี้เปิดกี่โมงคะ มีคนพูดภาษาไทยไหม", Urgency.low),
    # a student (ছাত্রী) may be at university: no minor by that word alone
    ("bn", "আমি বিশ্ববিদ্যালয়ের ছাত্রী, মানব পাচার নিয়ে গবেষণা করছি, কিছু তথ্য দরকার", Urgency.low),
    # a short story, a question asked "just to know"
    (
        "vi",
        "Tôi đang viết truyện ngắn về một cô gái bị bán và bị đánh, cho tôi hỏi vài chi tiết thật",
        Urgency.low,
    ),
    (
        "hi",
        "agar kisi ladki ko koi kamre me band kar de to kya police khud case karegi? bas jaanna tha",
        Urgency.low,
    ),
    # papers with the boss, in Cantonese: documents held, an ongoing situation
    ("zh", "老闆話要調我哋去第二個城市做嘢，護照都喺佢度，點算？", Urgency.high),
    # no plan, said in another sentence (TRIAGE.md: suicidal *with intent* is an emergency)
    ("zh", "有时候觉得消失了也好。我没有计划，只是想找人说说", Urgency.high),
    ("hi", "kabhi lagta hai gayab ho jaun. koi plan nahi hai, bas baat karni thi", Urgency.high),
    ("vi", "nhiều lúc em muốn biến mất. Em không có ý định làm gì đâu, chỉ muốn có người nghe", Urgency.high),
]


@pytest.mark.parametrize(("language", "text"), EMERGENCIES)
def test_emergencies_of_the_ninth_round(language: str, text: str) -> None:
    result = triage.analyze(text, second_opinion=False)
    assert result.urgency is Urgency.emergency, (language, text, result.explanations)


@pytest.mark.parametrize(("language", "text", "level"), NOT_EMERGENCIES)
def test_the_same_words_without_a_danger_now(language: str, text: str, level: Urgency | None) -> None:
    result = triage.analyze(text, second_opinion=False)
    if level is None:
        assert result.urgency is not Urgency.emergency, (language, text, result.explanations)
    else:
        assert result.urgency is level, (language, text, result.explanations)
