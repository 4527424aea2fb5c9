"""Issue 11, eighth round: urgency in zh, vi, tl, ko, th, ja, ne and id, on sentences written for
this round (not taken from any corpus file): the shapes new writers used (pills taken, a lock
then "cannot go out", pursuers waiting for hours, care refused after poisoning, a minor made to
serve customers, romanised Nepali), and the harmless words that folded into danger words."""

from __future__ import annotations

import pytest

import triage
from triage.codes import PiiType, Urgency

EMERGENCIES: list[tuple[str, str]] = [
    # Cantonese with English loan words: read as Chinese, its words not taken for a name
    ("zh", "boss 锁咗门 我出唔到去, 好惊, please help"),
    ("zh", "他们在楼下等我已经两个小时了，我不敢下楼"),
    ("zh", "我个仔14岁，班人唔俾佢走，今晚仲要逼佢送货"),
    ("th", "พวกมันตามเจอแล้ว รถจอดอยู่หน้าบ้านตั้งแต่เช้า ไม่กล้าออกไปไหน"),
    ("th", "ฉันกินยานอนหลับไปทั้งขวดแล้ว"),
    ("th", "น้องอาเจียนเป็นเลือด หายใจไม่ออก นายจ้างไม่ยอมพาไปโรงพยาบาล"),
    # a lock, then "cannot go out": the negation belongs to the new verb, not to the lock
    ("ja", "部屋に外から鍵をかけられて出られません"),
    ("ja", "足が折れたのに、店長は病院に行かせてくれません"),
    ("ja", "隣の部屋で12歳の子が男に連れ込まれて、「やめて」という声が聞こえます"),
    ("ko", "조카가 15살인데 지금 사장이 손님 상대하라고 시켜요. 사장은 옆방에 있어요"),
    ("ne", "मैले सबै निद्राको चक्की खाइसकेँ"),
    ("ne", "मेरी भान्जी १४ वर्षकी हो, अहिले उसलाई कोठामा थुनेर राखेका छन्"),
    ("ne", "malai sahuji le kothama thunera rakheko cha, bahira jana didaina, help garnus"),
    ("ne", "ma aaja rati nai jhundinchhu, sab sakiyo"),
    ("tl", "yung pinsan ko 15 years old nasa bahay ng amo ngayon, ayaw siyang pauwiin, tulungan niyo po"),
    ("id", "gw dikunciin di kamar ama bos, ga bisa keluar, tolongin"),
    ("id", "Adik saya umur 15 dikurung di kamar oleh majikan, malam ini ada laki-laki datang"),
    ("id", "Keponakan saya 14 tahun dijual, sekarang dia di hotel dengan pria itu"),
    ("id", "Saya baru kabur dari penampungan agen, mereka lagi nyari saya pakai motor"),
    ("ko", "친구가 약을 한 움큼 먹었다고 문자가 왔어요, 지금 연락이 안 돼요"),
    ("ko", "숙소에서 도망쳤는데 사장이 저를 찾고 있어요"),
    ("ja", "さっき寮から逃げました。社長たちが私を探している"),
    # Korean "안" (inside) is no negation: "트럭 안에 갇혀" is locked in a truck
    ("ko", "컨테이너 안에 갇혀 있어요, 밖에서 잠갔어요"),
    # a child with a man in a hotel, now, in four languages
    ("ko", "초등학교 6학년 조카가 지금 호텔에 남자랑 있어요"),
    ("ja", "14歳の姪が今ホテルで男と一緒にいます"),
    ("th", "หลานอายุ 13 อยู่ในโรงแรมกับผู้ชายตอนนี้"),
    ("id", "Adik saya kelas 7, sekarang di hotel sama om om"),
    ("ja", "友達から今LINEが来て、店長に殴られて事務所から出られないって"),
    ("ne", "malai sahu le aaja rati truck ma arko sahar laijadai cha"),
    # hiding from someone asleep next door, writing for help, in every register
    ("zh", "我躲在洗手间发短信，他睡着了，快帮帮我"),
    ("ko", "화장실에 숨어서 문자 보내요. 그 남자가 자고 있어요"),
    ("ja", "浴室に隠れて連絡しています。彼は寝ています"),
    ("vi", "em dang tron trong toilet, ong ta ngu roi, cuu em"),
    ("tl", "nasa cr aq nagtatago, tulog na c sir, tulong"),
    ("th", "หลบอยู่ในห้องน้ำ เขาหลับอยู่ ช่วยด้วย"),
    ("id", "aku ngumpet di kamar mandi, bos lagi tidur, tolong"),
    ("tl", "buntis ako at dinudugo, ayaw akong palabasin ng amo"),
    ("vi", "chung no lay het dt, em muon dt cua khach de nhan tin, toi nay chung no chuyen em di"),
    # told to bear an injury or an illness, or kept at sea: care refused
    ("zh", "手指被机器夹了，肿得发紫，老板叫我忍着点继续干"),
    ("vi", "ban em bi may can tay, sung va sot, chu bao chiu dung di"),
    ("tl", "naipit ang paa ko sa makina, namamaga na, sabi ng foreman tiisin ko lang"),
    ("ko", "기계에 손이 끼어서 부었는데 반장이 참으래요"),
    ("ja", "機械に挟まれて指が腫れていますが、班長は我慢しろと言います"),
    ("th", "นิ้วโดนเครื่องจักรหนีบ บวมมาก หัวหน้าบอกให้ทน"),
    ("id", "jari saya kejepit mesin, bengkak, mandor bilang tahan saja"),
    ("zh", "船上一个兄弟发高烧好几天了，船长不肯靠岸"),
    # pills gathered for tonight; found where one lives, a car outside since morning
    ("vi", "thuoc em gom du roi, dem nay em uong het"),
    ("id", "obat sudah aku kumpulin, malam ini aku minum semua"),
    ("ja", "睡眠薬を集めました。今夜飲みます"),
    ("tl", "alam na nila kung saan ako nakatira, may sasakyan sa labas simula kaninang umaga"),
    ("ja", "家がばれました。朝から車が外に止まっています"),
    ("zh", "我同事被带到一个陌生的地方，她手机快没电了，叫我报警"),
    ("vi", "con be 14 tuoi, toi nay ho dan no di gap khach"),
    # a farewell without the word: no longer a burden, standing on a roof
    ("zh", "明天起我就不会再拖累家里了，谢谢你们"),
    ("vi", "tu mai em khong con la ganh nang cua ai, cam on moi nguoi"),
    ("tl", "bukas hindi na ako magiging pabigat sa inyo"),
    ("ko", "이제 가족한테 짐이 되지 않을 거예요"),
    ("th", "ต่อไปนี้จะไม่เป็นภาระใครอีก"),
    ("id", "mulai besok aku tidak akan jadi beban keluarga"),
    ("ja", "会社の屋上に立っています"),
    # calls that do not stop, and a threat to where the children study
    ("tl", "tawag sila nang tawag, 30 missed calls na, alam nila kung saan nag-aaral anak ko"),
    ("vi", "ho goi lien tuc, 30 cuoc goi nho, noi biet con toi hoc truong nao"),
    ("id", "mereka terus menelepon, 30 panggilan tak terjawab, katanya tahu sekolah anak saya"),
    # packed up, a truck at midnight
    ("zh", "老板叫我们收拾东西，今天半夜有卡车来接"),
    ("tl", "pinag-impake kami ng amo, may van na susundo ng hatinggabi"),
    # an escape inside a word of the past is over; one told now is not
    ("zh", "我刚逃出来，他们开车到处找我"),
]

LEVELS: list[tuple[str, str, Urgency]] = [
    # Thai folding: "รายงาน" (a report) is no "ทำร้าย" (to hurt); "หนึ่ง" (one) and
    # "หนังสือเดินทาง" (passport) are no "หนัง" (a film); "ตอน" (when) is no "ตอนนั้น" (back then)
    ("th", "ฉันทำรายงานส่งอาจารย์เรื่องการค้ามนุษย์ ขอข้อมูลหน่อยค่ะ", Urgency.low),
    ("th", "นายจ้างเก็บหนังสือเดินทางของฉันไว้ ทำงานวันละหนึ่งร้อยบาท", Urgency.high),
    ("zh", "我离开那家餐馆两个月了，老板还欠我工资，怎么投诉？", Urgency.standard),
    ("ne", "पाँच वर्ष अगाडि मलाई कोठामा थुनेर राखेका थिए, अहिले म सुरक्षित छु", Urgency.standard),
    (
        "tl",
        "Grade 10 student po ako, may school project kami tungkol sa trafficking, "
        "ano po ang mga palatandaan?",
        Urgency.low,
    ),
    ("ja", "アニメで監禁された少女がこっそり助けを呼ぶ場面を作っています。", Urgency.low),
    ("zh", "想問下熱線幾點開門？", Urgency.low),
    (
        "vi",
        "Nhà đối diện có nhiều cô gái trẻ ra vào, xe van đón mỗi tối. "
        "Có phải là buôn người không? Tôi nên làm gì?",
        Urgency.standard,
    ),
]

NOT_EMERGENCIES: list[tuple[str, str]] = [
    # "有没有" asks whether there is one: its "没有" refuses no care
    ("zh", "有没有会说广东话的心理医生？以前老板打过我，现在还是睡不着"),
    ("zh", "我逃出来以后一直住在朋友家，想回国"),
    ("vi", "Con trai tôi được giải cứu khỏi xưởng may năm ngoái, giờ cần tư vấn tâm lý"),
    ("vi", "hoi truoc chi bi nhot o Malaysia, gio chi ve nuoc roi, muon hoi ve boi thuong"),
    # "nạp" (to top up) folds like "nấp" (to hide)
    ("vi", "em đang nạp tiền điện thoại trong nhà vệ sinh công cộng, tối nay gọi về nhà"),
    ("ja", "閉じ込められていません。でも給料がもらえません"),
    # looking for a job is no pursuer; noodles (칼국수) and a total (총) are no weapon
    ("ja", "新しい仕事を探している。ビザのことも知りたい"),
    ("ko", "일자리를 찾고 있어요. 무료 한국어 수업이 있나요?"),
    ("ko", "오늘 밤 칼국수 먹으러 가요. 총 세 명이에요"),
    ("ne", "ma kaam khojdai chu, English class free cha?"),
    ("id", "Saya lagi cari kerja, bisa bantu cari saya pengacara?"),
    # a roof for the washing is no roof to jump from
    ("zh", "我在楼顶上晒衣服，老板不给工资"),
    # borrowing a phone is no phone hidden
    ("vi", "Hàng xóm tôi hay mượn điện thoại của tôi để gọi về nhà, tôi có nên báo không?"),
    # taken to Canada (a story told), a job sought, overtime borne: no danger now
    ("vi", "Tôi bị đưa tới Canada bằng visa du lịch, giờ muốn hỏi về giấy tờ"),
    ("zh", "老板说加班的时候忍忍就好，我每天工作12小时"),
    # Korean negation after the verb ("-지 않아요")
    ("ko", "방에 갇혀 있지는 않아요. 그런데 여권을 사장이 가지고 있어요"),
]


def _label(case: tuple[str, ...]) -> str:
    return f"{case[0]}-{str(case[1])[:24]}"


@pytest.mark.parametrize("case", EMERGENCIES, ids=_label)
def test_an_emergency_told_by_a_new_writer_is_one(case: tuple[str, str]) -> None:
    assert triage.analyze(case[1]).urgency is Urgency.emergency


@pytest.mark.parametrize("case", LEVELS, ids=_label)
def test_the_level_of_a_message_that_is_no_emergency(case: tuple[str, str, Urgency]) -> None:
    assert triage.analyze(case[1]).urgency is case[2]


@pytest.mark.parametrize("case", NOT_EMERGENCIES, ids=_label)
def test_a_piece_of_another_word_is_no_emergency(case: tuple[str, str]) -> None:
    assert triage.analyze(case[1]).urgency is not Urgency.emergency


def test_chinese_with_english_loan_words_is_chinese_and_keeps_its_words() -> None:
    result = triage.analyze("boss 锁咗门 我出唔到去, 好惊, please help")
    assert result.language == "zh"
    assert "锁咗门" in result.redacted


def test_a_chinese_name_after_an_english_relation_is_still_redacted() -> None:
    result = triage.analyze("my boss 王建国 hit me again")
    assert "王建国" not in result.redacted
    assert any(e.type is PiiType.PERSON for e in result.entities)


@pytest.mark.parametrize(
    "text",
    [
        "Paspor saya ditahan agen dan gaji saya belum dibayar",  # Indonesian "dan": and
        "toi nay ho dan em di gap khach",  # Vietnamese "dẫn" (to lead) without tones
    ],
)
def test_dan_is_a_word_in_lower_case(text: str) -> None:
    assert " dan " in triage.analyze(text).redacted


def test_dan_with_a_capital_mid_sentence_is_still_a_name() -> None:
    assert "Dan" not in triage.analyze("I told Dan Miller about the passport").redacted


def test_a_chinese_phrase_in_an_english_message_is_read_too() -> None:
    result = triage.analyze("hello, i write from the farm, boss said 今晚把我们锁在仓库 please call police")
    assert result.urgency is Urgency.emergency
