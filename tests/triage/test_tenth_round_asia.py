"""Issue 11, tenth round: emergencies in Chinese, Vietnamese, Tagalog, Thai, Indonesian and
Korean as people write them in a hurry (spaces for commas, no diacritics, SMS shorthand), and
the messages on the other side of the line. Sentences written for this test, not taken from the
corpus."""

from __future__ import annotations

import pytest

import triage

EMERGENCIES = [
    # Chinese: telegraphic, a space for a comma; the "not" of "not let out" does not reach the blood
    "救救我 老板不给出门 刚才打我 手臂流血",
    "朋友说 他们不给她出去 门锁着 她腿受伤很严重",
    # a lock kept for two days, then the passport taken, in one line with spaces
    "快 我被锁在仓库里已经一天 没水喝 他们收走我的护照",
    # a child taken to a hotel by a man, now
    "我外甥女13岁 现在被一个男人带到宾馆 她给我发信息",
    # Vietnamese: "cha" is a father, not "chả" (not)
    "cha duong dang danh em gai toi, no moi 12 tuoi, cuu voi",
    "con gái tôi 14 tuổi đang ở nhà nghỉ với một ông lạ",
    # Tagalog: torture verbs, "I'm next"
    "tinortyur nila yung kasama ko kagabi, ako na daw ang susunod, tulungan nyo po kami",
    "yung anak ng kapitbahay 12 yrs old kasama ng lalaki sa motel ngayon",
    # Thai: the lock with whom it holds; hiding after an escape an hour ago
    "เจ้าของร้านขังผมไว้ในโกดัง ไม่มีน้ำ ช่วยผมด้วย",
    "หนีออกมาได้เมื่อชั่วโมงก่อน ตอนนี้หลบอยู่หลังร้าน พวกมันขับรถวนหาผม",
    # Indonesian SMS shorthand
    "tlg sy, majikan lg nyariin sy, sy ngumpet di toilet",
    "adik sy 15 thn lg di hotel sama om2, dia takut bgt",
    # Korean: escaped, being searched for by car
    "아까 도망쳐 나왔어요 그 남자들이 차로 찾고 있어요 무서워요",
    # found out the person spoke to us, waiting in a parking lot (Japanese, Korean)
    "店長に通報したのがばれた 今コンビニの駐車場で待ってる",
    "경찰에 신고한 거 알고 지금 건물 주차장에서 기다리고 있대요",
    # padlocked in; unable to stand and refused a hospital (Tagalog)
    "nakapadlock yung pinto ng barracks, di kami makalabas, tulong",
    "sinipa ako sa tiyan ng foreman, hindi ako makatayo, ayaw niya ako ipa-ospital",
    # hauled away tonight with a phone hidden (Thai, Indonesian)
    "คืนนี้เขาจะขนพวกเราไปอีกที่ ผมซ่อนโทรศัพท์ไว้ในกางเกง",
    "ntar malam kami dipindah ke kapal lain, hp sy umpetin di baju",
    # standing where one would jump (Vietnamese without diacritics)
    "em dang dung tren san thuong chung cu, ko muon song nua",
    # a child shown live on a camera right now (Tagalog); a child in a stranger's car (Korean)
    "ngayon mismo pinapa-live yung anak ng amo ko sa cam, 9 years old lang siya",
    "지금 우리 딸(13살)이 모르는 남자 차에 있어요 안 내려준대요",
    # pills taken after "I can't go on" (Thai: the "not" of "can't go on" denies nothing after it)
    "ผมไม่ไหวแล้ว กินยาไปหมดแผงแล้ว ฝากดูแลลูกด้วย",
    # told to serve customers, 15, the boss asleep next door (Korean: not a name before 라고)
    "지금 사장 옆방에서 자요 저 15살인데 손님 상대하라고 해요",
    # teencode Vietnamese: just ran away, being searched for; a wife held under a death threat
    "e vua bo tron khoi quan karaoke, tui no dang di kiem e khap noi",
    "chung no giu con toi, noi neu bao cong an thi giet con toi",
    # a child carried off by an adult, not home, not answering (Tagalog, Indonesian, Thai)
    "yung anak kong 14 tinangay ng lalaking nakilala sa online, di pa umuuwi, di sumasagot",
    "ponakan sy 13 thn diculik om2, hp nya mati",
    "ลูกสาวอายุ 12 โดนผู้ชายลากขึ้นรถไป ตอนนี้โทรไม่ติด",
    # chased to the door (Chinese); bleeding that will not stop, care forbidden (Cantonese)
    "佢哋追到我屋企 一直按門鈴",
    "我手指俾刀切到 血流唔停 老細唔准去醫院",
    # strangled (Japanese); a child not let go home, told by a message (Japanese)
    "夫に首を絞められた 今トイレに隠れてる",
    "姪(12)が知らない男の家にいて帰してくれないって連絡きた",
    # the passport taken and locked in a warehouse, with a space between the clauses (Thai)
    "นายจ้างยึดพาสปอร์ต ขังพวกเราไว้ในโกดัง ไม่มีน้ำ",
    # a dormitory under guard, unable to get away (Indonesian): "cannot escape" is no escape over
    "paspor ditahan agen, kami dikurung di asrama, dijaga preman, gk bisa kabur",
    # a relay: beaten as the sister speaks, then the line cut (Thai); tonight across a border (Cantonese)
    "น้องโทรมาบอกว่าแฟนกำลังทุบตี แล้วสายก็ตัดไป",
    "社工嚟講 有個13歲女仔話今晚有人帶佢過境",
    # Vietnamese "nó" (he) folds to "no": a runner-up language's "no" denies nothing in it
    "cuu em!!! no cam dao doi giet em!!!",
    "no nhot em trong phong, cuu em",
    # English words inside the sentence: lock, help, wait, parking
    "我朋友被 lock 在 basement 三天了 没吃的",
    "boss lock 门 我们出不去 help",
    "사장이 저를 room에 lock했어요 help",
    "ボスに部屋にlockされた 出れない help",
    "tui no dang wait e o parking, e so qua",
    # an English relation before a Thai word is no name of one letter ("boss ล็อค...")
    "boss ล็อคห้องหนู ออกไม่ได้ ช่วยด้วย",
    # Japanese "ない" before a noun ends a relative clause ("a man I don't know"), no denial
    "友達(15)が今知らない男に監禁されてるってLINEきた",
    # a stranger: "whom I don't know" denies nothing he does (Tagalog, Indonesian, Thai)
    "yung lalaking hindi ko kilala, kinukulong ako ngayon sa van, tulong",
    "om2 yg gk sy kenal lg ngurung sy di kos, tlg",
    "ผู้ชายที่ไม่รู้จักขังผมไว้ในรถตอนนี้",
    # a wrist cut, a bottle swallowed (Chinese, Korean, Indonesian)
    "刚才划了手腕 好多血",
    "수면제 다 삼켰어요 미안해요",
    "sy barusan sayat tangan, darahnya gk berhenti",
    # a finger cut off by a machine, told not to see a doctor (Tagalog, Japanese, Korean, Thai, Indonesian)
    "naputulan ako ng daliri sa makina, sabi ng foreman wag na daw mag ospital",
    "機械で指を切断した 店長が病院に行くなって",
    "공장에서 손가락이 잘렸는데 사장이 병원 가지 말래요",
    "นิ้วขาดเพราะเครื่องตัด หัวหน้าบอกว่าไม่ต้องไปหาหมอ",
    "jari sy putus kena mesin, mandor bilang gk usah ke rs",
]

NOT_EMERGENCIES = [
    # Thai: a banana plantation is no fear; a childhood punishment is over
    "ผมทำงานในสวนกล้วยที่ราชบุรี อยากถามเรื่องใบอนุญาตทำงาน",
    "ตอนเด็กพ่อเคยขังผมไว้ในห้อง ตอนนี้ผมโตแล้ว อยากถามเรื่องวีซ่านักเรียน",
    # Korean: looking for a job, an escape long over
    "요즘 식당 일자리 찾고 있어요 워홀 비자 연장 되나요",
    "몇 년 전에 도망쳐 나왔고 지금은 안전해요 상담 받고 싶어요",
    # Tagalog: a debt "they say" is no "I'm next"
    "May utang daw ako na 5,000 sa agency, kinakaltas sa sweldo ko",
    # Chinese: a passport kept in a drawer
    "我的护照锁在抽屉里 想问怎么续签",
    # a lie found out, a truck driven tonight, money hidden, a hammer used at work
    "거짓말한 거 들켰어요 사장이 화났어요 월급은 받았어요",
    "ผมขับรถบรรทุกคืนนี้ เงินเดือนไม่ครบ อยากถามสิทธิ",
    "sy umpetin uang gaji di lemari biar gk diambil suami, mau tanya soal cerai",
    "toi lam tho moc, hay lay bua dong dinh, tay bi dau, muon hoi ve bao hiem",
    "ayaw ko pumunta sa ospital kasi walang pera, may libreng clinic ba",
    # a passive wish the writer says they will not act on (Chinese)
    "有时候觉得消失了也好 但我不会干傻事 只是太累了 想找人聊聊",
    # writing in secret on someone else's phone, about a situation that goes on
    "我妹妹在工厂做了一年，每个月只拿一点钱，她是偷偷用同事的手机跟我联系的，想问能不能换工作。",
    # having given up at work is no self-harm (Thai)
    "ทำงานหนักไม่ไหวแล้ว นายจ้างไม่จ่ายค่าล่วงเวลา อยากเปลี่ยนงาน",
    # arrested last year; a farm chore; parents taking someone home; a boyfriend's courtship
    "anh trai em bi canh sat bat giu o Dai Loan nam ngoai, gio can luat su",
    "chu bat em giet con ga moi ngay o trang trai, luong thap qua",
    "sy mau pulang, dibawa orang tua ke Jakarta bulan depan, mau tanya dokumen",
    "我男朋友终于追到我了哈哈 想问一下签证的事",
    "di pa umuuwi yung asawa ko galing Dubai, gusto ko lang magtanong tungkol sa OWWA",
    # a suitcase or a phone locked; waiting for a sister; minding a child
    "我的行李被lock在机场 怎么办",
    "ロックされたスマホを開けたい ビザの質問です",
    "em dang doi em gai em sang Canada, can hoi ve visa",
    "chi dang canh con nho o nha, ko di lam duoc, muon hoi tro cap",
    # Japanese denial after the verb still denies
    "閉じ込められてはいません ビザの相談です",
    # Indonesian SMS negation still denies
    "sy gk dikurung, cuma gaji gk dibayar",
    # no need of a hospital for a fever, a doctor's word; tired of work
    "sy cuma demam, gk usah ke rs kan? mau tanya soal asuransi",
    "病院に行かなくていいと医者に言われた ビザの質問です",
    "我不想醒来 每天上班太累了 想换工作",
]


def test_a_passport_at_the_employers_is_high() -> None:
    """Chinese says a passport is held as "at someone's place" (护照在老板那里)."""
    result = triage.analyze("我在餐馆洗碗，护照在老板那里，每天干十三个小时。", second_opinion=False)
    assert result.urgency.value == "high", result.explanations


def test_korean_order_is_no_name() -> None:
    """ "손님 상대하라고 해요" (they tell me to serve customers) is an order told, not "I'm called X"."""
    result = triage.analyze("사장이 매일 손님 상대하라고 해요", second_opinion=False)
    assert "상대하" in result.redacted
    assert "[PERSON]" in triage.analyze("저는 민지라고 해요", second_opinion=False).redacted


@pytest.mark.parametrize("text", EMERGENCIES)
def test_emergency_in_hurried_writing(text: str) -> None:
    result = triage.analyze(text, second_opinion=False)
    assert result.urgency.value == "emergency", result.explanations


@pytest.mark.parametrize("text", NOT_EMERGENCIES)
def test_no_emergency_on_the_other_side(text: str) -> None:
    result = triage.analyze(text, second_opinion=False)
    assert result.urgency.value != "emergency", result.explanations


def test_indonesian_sms_is_indonesian() -> None:
    assert triage.analyze("sy udh gk kuat lg, tlg sy bgt", second_opinion=False).language == "id"
