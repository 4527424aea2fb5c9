"""Issue 11, sixth round: the danger vocabulary in breadth, in the 13 lexicon languages.

The fourth unseen set missed emergencies told in words the lexicons did not know ("rope is
ready", "nas zakryli v vagonchike", "jma3t ga3 dwa", "gospodar zakryv", a crushed hand at sea).
Each class below is one danger kind or one word of time, with sentences of its own (not the
corpus's), in many languages and registers: colloquial, SMS, without accents, romanised
(Russian and Ukrainian transliterated, arabizi in several dialects, Hinglish). The tempting
negatives use the same words in past stories, negations, information requests and everyday
questions: none of them may become an emergency.
"""

from __future__ import annotations

import pytest

import triage
from triage.codes import Urgency


def _rules(text: str) -> Urgency:
    return triage.analyze(text, second_opinion=False).urgency


class TestASelfHarmPlanToldIndirectly:
    @pytest.mark.parametrize(
        "text",
        [
            "the rope is ready in the garage, sorry for everything",
            "tonight i finish it all. tell my son i love him",
            "im done with life, i have the pills here",
            "ce soir j'en finis, la corde est prête. dites à ma fille que je l'aime",
            "jveux pu vivre, j'ai ramassé des pilules toute la semaine",
            "esta noche acabo con esto, la soga está lista",
            "junté todas mis pastillas, díganle a mi hija que la quiero",
            "juntei os comprimidos do mês, amanhã já não estarei",
            "am strans pastile de o luna, maine nu mai sunt",
            "m ranmase grenn yo, di manman m m renmen l, demen m p ap la",
            "inipon ko ang gamot ko, bukas wala na ako. paalam sa inyong lahat",
            "रस्सी तैयार है, आज रात सब खत्म कर दूंगी",
            "bas ab aur nahi, rassi taiyar hai, maa ko bolna maaf kar dena maa",
            "em đã gom thuốc ngủ mấy tuần nay, tối nay em sẽ kết thúc",
            "绳子准备好了，今晚就结束，妈妈对不起",
            "الحبل جاهز، سامحيني يا امي",
            "ana 3yit, jma3t dwa dyal chhar kaml, smhili a mama",
            "ana ta3bana awi, gama3t el bersham kollo, sam7ini ya mama",
            "ana ta3bane ktir, ma 3ad baddi 3ish, jam3t el 7bob",
            "веревка готова, мама прости меня",
            "ya ne hochu zhit, verevka gotova, prostite menya",
            "мотузка готова, мамо пробач",
            "mai aur nahi jee sakti, aaj raat sab khatam",
            "我唔想再活落去，今晚會食晒啲藥",
            "7abibti ana ta3bane, jama3et kel el dawa w ra7 eshrabo el leile",
            "m bouke, m pral fini ak lavi m aswe a, di pitit mwen yo m renmen yo",
            "ya no aguanto, me voy a aventar del puente hoy, perdon mami",
        ],
    )
    def test_is_an_emergency(self, text: str) -> None:
        assert _rules(text) is Urgency.emergency


class TestViolenceHeardBySomeoneNearItNow:
    @pytest.mark.parametrize(
        "text",
        [
            "my cousin just sent me a voice note, a man shouting and something thrown "
            "against the wall, what do i do",
            "My neighbour's girl is on the balcony crying, the man inside is yelling and I "
            "heard a slap just now",
            "ma soeur vient de m'envoyer un vocal, j'entends des coups contre le mur, elle répond plus",
            "mi amiga me acaba de mandar un audio, se oyen golpes y un hombre gritando, ya no contesta",
            "a minha amiga acabou de mandar um audio, ouço gritos e batendo na parede, agora "
            "o celular desligado",
            "prietena mea tocmai mi-a trimis un mesaj vocal, o bate acum, nu mai raspunde",
            "मेरी दोस्त ने अभी अभी वॉइस मैसेज भेजा, वो उसे पीट रहा है",
            "chị tôi vừa gửi tin nhắn thoại, nghe tiếng la hét, giờ điện thoại tắt",
            "我朋友刚发给我语音消息，听到尖叫，现在手机关机",
            "сестра только что прислала голосовое, он ее бьет, теперь телефон выключен",
            "Sè m voye yon vokal kounye a, m tande y ap bat li, li pa reponn ankò",
            "yung pinsan ko nag voice message umiiyak, may lalaking sumisigaw, ngayon di na sumasagot",
            "sora mea mi-a scris acum 10 minute ca o bate si nu mai raspunde la telefon",
            "मेरी बहन का अभी फोन आया, उसका पति उसे मार रहा है, अब फोन बंद है",
            "我妹妹剛剛傳語音給我，聽到有人在打她，現在手機關機了",
            "Сестра щойно надіслала голосове, чути крики, він її б'є, тепер не відповідає",
            "ukhti b3atetli voice w hiye 3am t3ayyet, jouza 3am yedrobha",
        ],
    )
    def test_is_an_emergency(self, text: str) -> None:
        assert _rules(text) is Urgency.emergency


class TestLockedInToldManyWays:
    @pytest.mark.parametrize(
        "text",
        [
            "right now the boss locked the container from outside with us inside",
            "pls dont call. he took my shoes and my coat so i cant leave, the door has a chain",
            "le boss nous a barrés de l'extérieur dans la roulotte, au secours",
            "el patrón nos encerró con llave por fuera en la bodega, por favor ayúdenme ahorita",
            "o patrão trancou a gente por fora no galpão, socorro",
            "seful ne-a incuiat pe dinafara in baraca, ajutor",
            "Yo pa ka sòti, yo pran paspò nou, mèt la fèmen pòt la ak kadna, gen yon moun ki malad anpil",
            "ikinulong kami ng amo, naka lock sa labas, tulong po",
            "tulong po, ikinandado kami sa bodega, walang pagkain since kahapon",
            "thekedar ne bahar se tala laga diya, hum 6 log andar hai, madad karo",
            "didi please help, malik ne room lock kar diya, 2 din se khana nahi diya",
            "chủ khóa trái cửa, tụi em không mở được cửa, cứu với",
            "老板从外面锁了门，我们出不去，救命",
            "el ra2ees 2afel 3alena el bab men barra, ana ma3 3 banat, sa3dona",
            "ana m7bousa f dar, sidi sd 3liya lbab b sarout, 3afak 3awnouni",
            "Я закрыта в квартире, он забрал паспорт и телефон, пишу с планшета, помогите",
            "nas zaperli na ferme, hozyain uehal s klyuchami, pomogite",
            "ja na fermi, gospodar zamknuv nas, dopomozhit bud laska",
            "patwon an fèmen nou nan depo a depi yè swa, nou pa ka soti, gen yon fi ansent k ap senyen",
            "suntem inchisi in container, seful a plecat cu cheile, e frig si un baiat are febra mare",
            "to trancada no quarto, ele levou a chave e o meu celular, to usando o tablet escondido",
            "bạn em nhắn là bị nhốt trong kho, chủ cầm chìa khóa đi rồi, giờ gọi không nghe máy",
            "हमें कमरे में बंद करके चाबी ले गया, दो दिन से खाना नहीं मिला",
            "我被鎖在房間裡，老闆把鑰匙拿走了，救命",
            "ana w sa7bati m7boussin f l'appartement, l patron sd 3lina, 3afakom",
            "Нас замкнули в гуртожитку, бригадир забрав ключі, у хлопця температура і рука опухла",
            "佢哋鎖咗我哋喺貨倉，攞咗鎖匙，救命",
            "yal kafeel 7abesni fel beit w akhad el jawaz, sa3edooni",
            "bhai please help, humko godown mein band kar diya hai, ek ladke ka sar phat gaya, khoon aa raha",
            "pomogite, nas derzhat v podvale, khozyain zabral klyuchi",
        ],
    )
    def test_is_an_emergency(self, text: str) -> None:
        assert _rules(text) is Urgency.emergency


class TestAGraveInjuryWithNoCare:
    @pytest.mark.parametrize(
        "text",
        [
            "his fingers got crushed in the winch and they are turning black, we are still at sea",
            "la main écrasée dans la machine, du pus partout, le patron veut pas l'amener à l'hôpital",
            "el capataz le quebró la muñeca a mi compa y no lo deja ir a la clínica, ya está morada",
            "se le aplastó la mano y ya sale pus, el patrón no lo quiere llevar al hospital",
            "o dedo dele está com pus e ficando preto, o patrão não deixa ele ir ao hospital",
            "pomogite, u brata ruka razdrobilo, krov idet, hozyain ne puskaet k vrachu",
            "ngón tay nó bị dập, chảy mủ, chủ không đưa đi bệnh viện",
            "他的手指夹断了，一直流血，老板不让去医院",
            "ek ladke ka haath kuchal gaya, khoon beh raha, seth hospital nahi le ja raha",
        ],
    )
    def test_is_an_emergency(self, text: str) -> None:
        assert _rules(text) is Urgency.emergency


class TestMovedTonight:
    @pytest.mark.parametrize(
        "text",
        [
            "the driver said they are taking us to another town tonight, we are 9 in the house",
            "el jefe dijo que esta noche nos van a llevar a otra ciudad",
            "ils vont nous déplacer ce soir, je sais pas où",
            "el mo3allem 2al el lela di hayna2alna fi van",
            "сегодня ночью нас перевезут в другой город",
            "she texted 'help they r taking me' and now nothing",
            "My sister is 15, a man took her in his car an hour ago, she said help and phone went off",
        ],
    )
    def test_is_an_emergency(self, text: str) -> None:
        assert _rules(text) is Urgency.emergency


class TestAChildSoldOrWaitedForNow:
    @pytest.mark.parametrize(
        "text",
        [
            "im 15, hes asleep in the other room and says 3 guys are coming tonight",
            "una alumna de 13 me dice que un señor la va a recoger en 10 minutos, anoche la "
            "hizo dormir con un hombre",
            "ученица 13 лет, он будет ждать ее у школы через 15 минут, заставляет "
            "встречаться с друзьями за деньги",
            "मालिक 14 साल की लड़की को अभी दूसरे आदमी के साथ अंदर भेज रहा है",
            "我是社工，一个11岁的男孩说那个人正在外面找他，他不敢出去",
            "a menina de 13 anos tá no quarto com um homem agora, o dono da casa recebeu dinheiro",
            "Meu sobrinho de 12 anos está agora no carro de um homem, estão indo pra Toronto",
            "my son is 10, right now he is in a man's car, they are driving to the border",
            "Ma coloc de 16 ans est partie avec un client à 22h, son cell est mort depuis, j'ai peur",
        ],
    )
    def test_is_an_emergency(self, text: str) -> None:
        assert _rules(text) is Urgency.emergency


class TestTheSameWordsThatAreNoEmergency:
    @pytest.mark.parametrize(
        "text",
        [
            # past stories
            "Five years ago the boss locked the trailer from outside. Today I am safe in "
            "Ottawa and I want to testify.",
            "Il y a deux ans, le patron nous barrait de l'extérieur la nuit. Je suis en sécurité maintenant.",
            "hace dos años nos encerraron con llave por fuera en el rancho, ahora estoy bien "
            "y quiero denunciar",
            "acum 4 ani seful ne-a incuiat pe dinafara, acum sunt in siguranta si vreau sa depun marturie",
            "noong 2020 ikinulong kami ng amo, ngayon ligtas na ako",
            "पाँच साल पहले मालिक ने बाहर से ताला लगा दिया था, अब मैं सुरक्षित हूँ",
            "4 năm trước chủ khóa trái cửa, giờ tôi đã an toàn",
            "五年前老板从外面锁了门，现在我很安全",
            "قبل خمس سنين قفل علينا من برا، هلق انا بأمان",
            "5 лет назад бригадир уехал с ключами и нас закрыли снаружи, сейчас я в безопасности",
            "my hand got crushed at work in 2021, the wound healed but I still can't grip. compensation?",
            # negations
            "nobody locked us from outside, we can leave but the pay is very low",
            "el patrón nunca nos encerró, pero nos paga muy poco",
            "Он никогда не закрывал нас снаружи, но паспорт держит у себя",
            # everyday questions with the same words
            "I finished this contract, now I want to change employers, what are my rights?",
            "my phone is off most of the day at work, can I call you tonight?",
            "the captain refuses to go back to port until the hold is full, is it legal to "
            "fish 20 hours a day?",
            "tell my daughter i love her is a song we sing at church lol",
            "my cousin is 16, tonight he starts a dishwasher job, is that legal?",
            "voice note from my boss says we work tonight until 2am, is that overtime?",
            "mi hija de 15 tiene un trabajo de verano, esta noche vamos a revisar el contrato",
            "ana ma3ndich mochkil, ghir bghit n3ref wach kayn khedma, daba ana f Montreal",
            "el jefe 2al ennaharda fi shoghl kteer, 3ayez a3raf el ajr",
            "hum log abhi kaam par hai, malik bahut accha hai, bas visa ke baare mein poochna tha",
            "chúng tôi làm việc trên tàu cá, thuyền trưởng tốt, chỉ hỏi về lương",
            "我们在渔船上工作，船长很好，只是想问工资",
            "beti ko bolna ki homework kare, main der se aaungi",
            "i drank the whole bottle of wine last night lol",
            "my coworker got crushed by debt, he wants to know about bankruptcy",
            "ce soir je finis à 23h, est-ce que le patron doit payer le taxi?",
            "aaj raat hum dusre shehar shift ho rahe hai, naye kaam ke liye, visa ka sawal hai",
            "el jefe dijo que mañana nos van a llevar a otra granja a trabajar, ¿eso es legal?",
            "mi celular está apagado en el trabajo, ¿puedo llamar mañana?",
            "minha filha de 14 vai dormir na casa de uma amiga hoje, preciso de autorização?",
            "tối nay em đi làm ca đêm, muốn hỏi về lương",
            "сегодня ночью я работаю в другом городе, вопрос про визу",
            "i'm 16 and want to work at a restaurant this summer, how many hours can I work?",
            "we were locked out of the house, the landlord took the keys, is that legal?",
            "estou no Canadá há 2 meses, qual programa de imigração devo procurar?",
        ],
    )
    def test_is_no_emergency(self, text: str) -> None:
        assert _rules(text) is not Urgency.emergency

    @pytest.mark.parametrize(
        "text",
        [
            "I'm doing research on fishing crews whose captain refuses to land injured "
            "workers, any statistics?",
            "for a staff training we want to play a voice message about forced labour, do you have one?",
            "what is the difference between smuggling and trafficking? do you have training for our staff",
            "soy investigadora, ¿cuántos casos de trabajadores en barcos de pesca reciben al año?",
        ],
    )
    def test_an_information_request_stays_low(self, text: str) -> None:
        assert _rules(text) is Urgency.low
