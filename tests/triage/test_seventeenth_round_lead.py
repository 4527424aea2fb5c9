"""Issue 11, seventeenth round: causes the lead found and fixed, each on sentences of our own."""

from __future__ import annotations

import pytest

from triage import analyze
from triage.codes import Urgency


def test_a_file_office_code_after_the_last_slash_is_redacted() -> None:
    result = analyze("Our reference: 24/0871/TR, please call back about the referral")
    assert "TR" not in result.redacted
    assert "0871" not in result.redacted


@pytest.mark.parametrize(
    ("text", "minor"),
    [
        # approximate ages
        ("دخل رجل مع بنت تبدو في ١٣ من عمرها إلى الصيدلية", True),
        ("she looks 13 maybe 14", True),
        ("Сосед привёл девочку лет 13 к себе", True),
        ("Я работаю тут лет 13, хозяин не платит", False),
        ("about 8 maybe 9 girls work there", False),
        # more ways to say a child's age
        ("Ma coloc de 16 ans est partie avec un client à 22h", True),
        ("our foster girl is 13 and she is in a room with two men", True),
        ("mimi nina miaka 14, mjomba aliniuza kwa mzee huyu", True),
        ("the girl is 15 minutes away from the station, she works with me", False),
        ("mon amie de 20 ans travaille avec moi", False),
        # time spent somewhere is no age
        ("I worked there 13 years for the same family", False),
        ("Trabajé allí 13 años sin papeles", False),
        ("Trabalhei lá 13 anos sem contrato", False),
        ("the girl there, 13 years old, cleans the rooms", True),
        # a bare number of years is a duration (en "years", ru "года", uk "роки" alone: 27 of 27
        # in the corpus were durations); an age keeps its "old", its "мне/ей", its "عمرها"
        ("3 years driving his truck, no salary, owner says I still owe", False),
        ("Я 3 года работала там без выходных", False),
        ("نحن ١٢ عامل سوري بمزرعة فطر قرب كينغزفيل", False),
        ("بنت الجيران عندها 14 عام، ما كتمشيش للمدرسة", True),
        ("دختر همسایه ۱۳ سالشه، الان یه مرد اومده", True),
        ("my niece is 14 years old and works in his house", True),
        ("ей 3 года, она с матерью в подвале", True),
    ],
)
def test_ages_said_and_durations_that_look_like_them(text: str, minor: bool) -> None:
    indicators = {code.value for code in analyze(text, second_opinion=False).indicators}
    assert ("minor_involved" in indicators) is minor


@pytest.mark.parametrize(
    "text",
    [
        # a whole night with no year: still now
        "In 2019 my boss locked me in the basement all night and beat me.",
        "En 2018, il m'a enfermée toute la nuit dans la cave et m'a frappée.",
        "En 2017 el patrón me encerró toda la noche en el galpón y me pegó.",
        "Em 2018 o patrão me trancou a noite toda no depósito e me bateu.",
        "În 2019 șeful m-a închis toată noaptea în pivniță și m-a bătut.",
        "В 2019 году хозяин всю ночь держал меня запертой в подвале и бил.",
        "Noong 2019, ikinulong ako ng amo ko buong gabi at sinaktan ako.",
        "2019 में मालिक ने मुझे पूरी रात कमरे में बंद रखा और मारा।",
    ],
)
def test_a_whole_night_in_a_dated_story_is_over(text: str) -> None:
    assert analyze(text, second_opinion=False).urgency is Urgency.standard
    # nor does the learned opinion raise a story the rules read as over to emergency (round 18:
    # it raised the French one on "la, dans, toute" at 0.93)
    assert analyze(text).urgency is not Urgency.emergency


@pytest.mark.parametrize(
    "text",
    [
        "my boss locked me in the basement all night and beat me",
        "il m'a enfermée toute la nuit dans la cave et m'a frappée, je suis encore dedans",
        "хозяин всю ночь держит меня запертой в подвале и бьёт",
        # a door beaten, a move by car tonight (the lead's own sentences, read as standard)
        "il tape sur la porte, il est saoul, j'ai peur",
        "kinakalampag niya ang pinto, lasing siya, takot ako",
        "esta noche nos quieren llevar en carro a Vancouver, a mí y a dos chicas",
        "tonight they want to take me and two other girls by car to Vancouver",
        # read after holdout17's end score: dragged, locked in, a jump, a gun, a lock
        "він щойно затягнув Олега в сарай і я чую, як він кричить",
        "он только что затащил Олега в сарай, я слышу крики",
        "Pomocy, brygadzista zamknął nas w kontenerze na budowie",
        "me voy a tirar del techo esta noche",
        "he put the gun to my head, he is still here",
        "वह कमरे में बंद है, अभी मदद करो",
    ],
)
def test_danger_now_is_an_emergency(text: str) -> None:
    assert analyze(text, second_opinion=False).urgency is Urgency.emergency


@pytest.mark.parametrize(
    "text",
    [
        # a trip by car long ago is no move now
        "In 2018 we came by car to Montreal from New York, now I want to know about permits",
        "Fuimos en carro a Toronto el año pasado para buscar trabajo.",
        # read after holdout17's end score: "her gün" is no "her gun", a fall from a roof,
        # "incall", "foi presa", "ماذا لو", a phone switched off
        "Yeğenim 20 yaşında. Her gün ağlayarak arıyor, ne yapabiliriz?",  # "her gün" is no "her gun"
        "Mi esposo tiene una lesión en la espalda por una caída del techo, ya regresó a Oaxaca.",
        "Not an emergency: I do independent sex work and want to share an incall apartment. Is it legal?",
        "Minha filha foi presa no aeroporto em janeiro, agora espera o julgamento em liberdade.",
        "هربت الأسبوع الماضي وأنا عند صديقة. ماذا لو عرف مكاني وجاء؟ هل يمكن أن أحصل على أمر حماية؟",
        "मेरी बहन का फ़ोन सोमवार से बंद है, क्या पुलिस पता कर सकती है?",
    ],
)
def test_look_alikes_of_danger_words_are_no_emergency(text: str) -> None:
    assert analyze(text, second_opinion=False).urgency is not Urgency.emergency
