"""Issue 11, twentieth round: indicators read from the concept, not from a word that often
comes with it (`triage/lexicons/codes/`, `triage/late_signs.py`).

Sentences of their own (not the corpus's), one class per cause, each with its look-alikes:
- going out allowed only on one day or only in company, said with "only" apart from "with"
  ("I can only go out with the boss on Sundays", "je ne peux sortir que le dimanche", "solo la
  dejan salir con la señora", "أستطيع الخروج يوم الجمعة فقط"), or someone who refuses that the
  person leave ("il refuse qu'elle parte", "yo pa vle kite l soti"), is
  `restriction_of_movement`; going out when one wants, or wanting only to leave a job, is none.
- the person's location kept on or watched at all times ("he can see where I am all the time",
  "вимагає, щоб була ввімкнена геолокація", "老板要求我一直开着定位") is `restriction_of_movement`;
  a location sent to a friend, a place's location, or "he does not know where I am" is none.
- nowhere to go, or housing asked for ("wala akong mapupuntahan", "m pa konn kote pou m ale",
  "мені нема куди йти", "потрібне житло", "نحتاج مكان نسكن فيه", "我没有地方去"), is the need
  `shelter`; a room or a place to live that the person has is none.
- pay not seen or not paid for the last months ("faz 3 meses que não vejo salário", "never saw a
  cent", "no me pagó los últimos meses"), or a share taken written with the Arabic percent sign
  ("يأخذ 70٪"), is `withholding_of_wages`; the person not paying someone ("todavía no le pago")
  is none.
- a word of the law inside a threat, the person being the one to be reported ("she will report
  me", "me denuncia a migración", "举报我") or the complaint being the threat's condition ("if I
  complain", "si me quejo", "अगर शिकायत की तो"), is `intimidation_threats` and no `legal`; a report
  or a complaint the person wants to make, or asks about, still is `legal`.
"""

from __future__ import annotations

import pytest

import triage
from triage.codes import Indicator, Need


def _indicators(text: str) -> set[Indicator]:
    return set(triage.analyze(text).indicators)


class TestOutingsAllowedOnlyAtTimesOrInCompany:
    @pytest.mark.parametrize(
        "text",
        [
            "I clean their house every day. I can only go out with the boss on Sundays.",
            "The workers at the lodge were never allowed into town.",
            "Je fais le ménage chez eux tous les jours. Je ne peux sortir que le dimanche avec la patronne.",
            "Il y a un homme dans la chambre qui refuse qu'elle parte.",
            "Limpio su casa todos los días. Solo la dejan salir con la patrona.",
            "Limpo a casa deles todos os dias. Só posso sair aos domingos com a patroa.",
            "Naglilinis ako araw-araw. Makakalabas lang kami tuwing Linggo kasama ang amo.",
            "M netwaye kay la chak jou. M ka soti sèlman dimanch avèk madanm nan.",
            "Yo pa vle kite l soti nan chanm nan.",
            "Fac curat în casa lor zilnic. Pot ieși doar duminica cu patroana.",
            "أنظف البيت كل يوم. أستطيع الخروج يوم الجمعة فقط مع السيدة.",
            "Я прибираю щодня. Я можу виходити лише в неділю з господинею.",
            "मैं रोज़ घर साफ़ करती हूँ। मैं सिर्फ़ रविवार को मालकिन के साथ बाहर जा सकती हूँ।",
            "我每天打扫房子。我只能星期天跟她出门。",
        ],
    )
    def test_restriction(self, text: str) -> None:
        assert Indicator.restriction_of_movement in _indicators(text)

    @pytest.mark.parametrize(
        "text",
        [
            "I work at the farm. I can go out whenever I want.",
            "I work at the farm. I only want to leave this job.",
            "I work at the farm. We go to town on Sundays.",
            "Je travaille à la ferme. Je peux sortir quand je veux.",
            "Trabajo en la granja. Puedo salir cuando quiero.",
            "Trabalho na fazenda. Posso sair quando quero.",
            "Lucrez la fermă. Mi-au dat actele înapoi doar când am plecat.",
            "Я працюю на фермі. Я можу виходити коли хочу.",
            "我在农场工作。我可以随时出门。",
        ],
    )
    def test_no_restriction(self, text: str) -> None:
        assert Indicator.restriction_of_movement not in _indicators(text)


class TestWhereaboutsWatchedAtAllTimes:
    @pytest.mark.parametrize(
        "text",
        [
            "I work at his spa. The owner put an app on my phone so he can see where I am all the time.",
            "Je travaille au salon. Le patron m'oblige à garder ma localisation activée.",
            "Trabajo en su casa. La señora me obliga a compartir mi ubicación todo el tiempo.",
            "Trabalho na casa deles. A patroa me obriga a deixar a localização ligada o tempo todo.",
            "Nagtatrabaho ako sa spa. Gusto ng amo na palagi naka-on ang location ko.",
            "M travay nan yon salon. Patwon an mete yon app pou li wè kote m ye tout tan.",
            "Lucrez la fermă. Șeful cere să am locația pornită tot timpul.",
            "Tôi làm ở tiệm nail. Chủ bắt phải bật định vị suốt ngày.",
            "أعمل في مزرعة. المدير يجبرني أن يكون الموقع مفتوح طول الوقت.",
            "Я работаю на ферме. Хозяин требует, чтобы у меня всегда была включена геолокация.",
            "Я працюю на фермі. Фермер вимагає, щоб у мене постійно була ввімкнена геолокація.",
            "मैं फार्म पर काम करता हूँ। मालिक मुझे हमेशा लोकेशन चालू रखने को मजबूर करता है।",
            "我在农场工作。老板要求我一直开着手机定位。",
        ],
    )
    def test_restriction(self, text: str) -> None:
        assert Indicator.restriction_of_movement in _indicators(text)

    @pytest.mark.parametrize(
        "text",
        [
            "Mi amiga me mandó su ubicación, está en un hotel en Laval.",
            "I work at the farm. I always tell my mother where I am when I go out.",
            "I work at the farm. The location of the farm is near Leamington.",
            "Моя дочь прислала геолокацию, она в Монреале.",
            "Kounye a m nan yon refij, li pa konn kote m ye. M bezwen pale ak yon sikològ.",
            "我在农场工作，农场的位置在安大略。",
        ],
    )
    def test_no_restriction(self, text: str) -> None:
        assert Indicator.restriction_of_movement not in _indicators(text)


class TestNowhereToGoOrHousingAskedFor:
    @pytest.mark.parametrize(
        "text",
        [
            "I left the house yesterday with my two kids. We need a place to live.",
            "J'ai quitté la maison hier avec mes enfants. J'ai besoin d'un logement.",
            "Salí de la casa ayer con mis hijos. Necesitamos un lugar para vivir.",
            "Saí da casa ontem com meus filhos. Não sei para onde ir.",
            "Hawak nila ang passport ko, walang sahod. Wala akong mapupuntahan.",
            "Li kenbe papye m, m travay san lajan. M pa konn kote pou m ale.",
            "Am plecat ieri de acolo cu copiii. Nu știu unde să mă duc.",
            "Họ giữ hộ chiếu, tôi làm không lương. Tôi không có chỗ nào để đi.",
            "خرجت من البيت مع اولادي. نحتاج مكان نسكن فيه.",
            "Я ушла оттуда вчера с детьми. Нам нужно жильё.",
            "Мій паспорт у господині, працюю без оплати. Мені нема куди йти.",
            "वो मेरा पासपोर्ट रखते हैं, बिना पैसे काम करती हूँ। मेरे पास जाने के लिए कोई जगह नहीं है।",
            "他们扣着我的护照，我干活没有工资。我没有地方去。",
        ],
    )
    def test_shelter(self, text: str) -> None:
        assert Need.shelter in set(triage.analyze(text).needs)

    @pytest.mark.parametrize(
        "text",
        [
            "I left that restaurant a year ago. I have a new job and a room, I am fine now.",
            "Me salí del restaurante hace un año. Ya tengo otro trabajo y un cuarto donde vivir.",
            "Saí da casa de massagem há dois meses. Estou bem agora, tenho onde morar.",
        ],
    )
    def test_no_shelter(self, text: str) -> None:
        assert Need.shelter not in set(triage.analyze(text).needs)


class TestPayNotSeenOrAShareTaken:
    @pytest.mark.parametrize(
        "text",
        [
            "أعمل في التوصيل. صاحب الحساب يأخذ 70٪ من أرباحي.",
            "أعمل في التوصيل. صاحب الحساب يأخذ ٧٠٪ من المال.",
            "أعمل في المحل. صاحب المحل يخصم من أجورنا ثمن الفيزا.",
            "Trabajo en la granja. El patrón no me pagó los últimos 2 meses.",
            "Trabalho na fazenda. O patrão não pagou os últimos três meses.",
            "Trabalho na fazenda. Faz 3 meses que não vejo salário.",
            "I worked on the farm for him and I never saw a cent.",
        ],
    )
    def test_withholding(self, text: str) -> None:
        assert Indicator.withholding_of_wages in _indicators(text)

    @pytest.mark.parametrize(
        "text",
        [
            "Trabajo en la granja. No pago renta porque vivo con mi tía.",
            "El reclutador me pide 3000 dólares por el trabajo. Todavía no le pago.",
            "Trabalho na fazenda. Ele não pagou a passagem, eu paguei.",
            "I work at the farm. The survey says 70٪ of workers are happy.",
        ],
    )
    def test_no_withholding(self, text: str) -> None:
        assert Indicator.withholding_of_wages not in _indicators(text)


class TestALawWordInsideAThreatAsksForNoLawyer:
    @pytest.mark.parametrize(
        "text",
        [
            "I clean 12 hours a day. She says if I complain she will report me to immigration.",
            "Je fais le ménage 12 heures par jour. Elle dit que si je me plains elle va me dénoncer.",
            "Limpio 12 horas al día. Ella dice que si me quejo me denuncia a migración.",
            "Limpo 12 horas por dia. Ela diz que se eu reclamar ela me denuncia.",
            "M netwaye 12 è pa jou. Li di si m plenyen l ap denonse m bay imigrasyon.",
            "Tôi dọn dẹp 12 tiếng mỗi ngày. Bà ấy nói nếu tôi khiếu nại bà sẽ tố cáo tôi với di trú.",
            "मैं रोज़ 12 घंटे सफाई करती हूँ। वो कहती है अगर शिकायत की तो इमिग्रेशन को बता देगी।",
            "我每天打扫12个小时。她说如果我投诉，她就举报我给移民局。",
        ],
    )
    def test_threat_and_no_legal(self, text: str) -> None:
        result = triage.analyze(text)
        assert Indicator.intimidation_threats in set(result.indicators)
        assert Need.legal not in set(result.needs)

    @pytest.mark.parametrize(
        "text",
        [
            "I clean for the family 12 hours a day without pay. I want to report her and file a complaint.",
            "Limpio 12 horas al día sin sueldo. Quiero denunciar a mi patrona.",
            "Limpo 12 horas por dia sem salário. Quero denunciar a patroa.",
            "Je fais le ménage 12 heures par jour sans salaire. Je veux porter plainte contre elle.",
            "Si je porte plainte contre mon ex, est-ce que je vais devoir aller en cour?",
            "我每天打扫12个小时，没有工资。我想投诉老板。",
        ],
    )
    def test_legal(self, text: str) -> None:
        assert Need.legal in set(triage.analyze(text).needs)
