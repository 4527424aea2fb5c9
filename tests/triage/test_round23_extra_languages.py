"""Issue 11, round 23, the four extra languages (Amharic, Persian, Japanese, Somali): danger
words of the languages in general, Amharic typed in Latin letters, and Japanese in romaji,
tested on sentences of our own (none of them from the corpus)."""

from __future__ import annotations

import pytest

import triage
from triage import Indicator, Need, Urgency
from triage.romaji import is_romaji_word, plainly_romaji
from triage.tokens import tokenize


@pytest.mark.parametrize(
    ("text", "urgency"),
    [
        # Amharic: he cannot leave, his passport held, taken to another country tonight.
        ("ወንድሜ ከቤት መውጣት አይችልም፣ አሰሪው ፓስፖርቱን ይዞበታል። ዛሬ ማታ ወደ ሌላ አገር ሊወስዱት ነው።", Urgency.emergency),
        # Amharic in Latin letters: "please help me, now I want to kill myself".
        ("selam, ebakachu erdugn. ahun rasen legdel efelgalehu, betam dekemku.", Urgency.emergency),
        # Somali: her passport taken, she cannot leave the house, she is not paid.
        ("Gabadhayda baasaboorkeeda way qaateen, guriga kama bixi karto, mushahar ma siiyaan.", Urgency.high),
        # Japanese in romaji: beaten today, hiding in a room now.
        ("tasukete. kyou kare ni nagurarete, ima heya ni kakurete imasu. onegai", Urgency.emergency),
        # Japanese in romaji: passport taken and not given back, threatened.
        (
            "shachou ni pasupooto torarete kaeshite kurenai desu. yametai tte ittara odosareta kedo "
            "dou sureba ii desu ka",
            Urgency.high,
        ),
        # Japanese: "if he runs away" (逃げたら) is a threat, not a flight that is over.
        (
            "逃げたら国の家族に借金を払わせると言われています。パスポートを会社に取られています。",
            Urgency.high,
        ),
        # Persian: a girl of 16 in a carpet workshop (a workshop where one works, no training), not
        # let go home.
        ("خواهرم ۱۶ سالشه توی یه کارگاه قالیبافی کار میکنه، نمیذارن بره خونه", Urgency.high),
        # Persian: a former boss beat me, now I am safe and all is well: over, not a danger now.
        ("رئیس قبلی‌ام منو کتک میزد ولی الان امن هستم و همه چیز خوبه. میخوام شکایت کنم.", Urgency.standard),
        # Persian: a training workshop is still a topic.
        ("برای یک کارگاه آموزشی درباره قاچاق انسان آمار می‌خواهم", Urgency.low),
    ],
)
def test_danger_words_of_the_extra_languages(text: str, urgency: Urgency) -> None:
    assert triage.analyze(text, second_opinion=False).urgency is urgency


def test_romaji_is_read_as_japanese() -> None:
    result = triage.analyze("tasukete. kyou kare ni nagurarete, ima heya ni kakurete imasu. onegai")
    assert result.language == "ja"
    assert Indicator.physical_sexual_violence in result.indicators


def test_somali_going_home_is_repatriation() -> None:
    result = triage.analyze("Waxaan rabaa in walaashay dalka ku soo laabato, waxay ku jirtaa Riyadh.")
    assert Need.repatriation in result.needs


@pytest.mark.parametrize(
    "text",
    [
        "no tengo dinero, me pegaron ayer en la casa de mi patrona",
        "sono in casa, non ho il passaporto, mi picchia ogni sera",
        "mimi nina shida sana, tafadhali nisaidie, bosi wangu ananipiga",
        "ako po ay nasa bahay ng amo ko, hindi ako makalabas",
    ],
)
def test_languages_spelled_in_open_syllables_are_no_romaji(text: str) -> None:
    assert not plainly_romaji(tokenize(text).words)


def test_romaji_words() -> None:
    assert all(map(is_romaji_word, ["kakurete", "toire", "nan", "itte", "shachou", "tsukareta"]))
    assert not any(map(is_romaji_word, ["help", "casa", "street", "x"]))


@pytest.mark.parametrize(
    ("text", "need"),
    [
        ("ከኩዌት ከመጣሁ ሁለት ወር ሆነኝ። ስራ እፈልጋለሁ፣ የት ልጠይቅ?", Need.employment_education),
        ("ከኩዌት ከመጣሁ በኋላ መተኛት አልችልም። የሥነ ልቦና እርዳታ የት አገኛለሁ?", Need.mental_health),
        ("Waxaan rabaa koorso luqadda ah, xagee ayaan ka heli karaa?", Need.employment_education),
        ("از وقتی برگشتم دنبال کار هستم، کسی می‌تواند کمک کند؟", Need.employment_education),
        ("بعد از آن سال‌ها به یک روانپزشک احتیاج دارم", Need.mental_health),
    ],
)
def test_need_words_of_the_extra_languages(text: str, need: Need) -> None:
    assert need in triage.analyze(text, second_opinion=False).needs
