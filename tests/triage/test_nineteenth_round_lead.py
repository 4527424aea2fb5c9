"""Issue 11, nineteenth round: causes the lead fixed beside the helpers, each on sentences of
the lead's own (none copied from a corpus message), with look-alikes that must not change."""

from __future__ import annotations

import pytest

import triage

pytestmark = pytest.mark.pure


def _minor(text: str) -> bool:
    return "minor_involved" in {indicator.value for indicator in triage.analyze(text).indicators}


@pytest.mark.parametrize(
    ("text", "minor"),
    [
        # French "X de 15 ans" where X is whom the person is to the writer: an age
        ("Ma patiente de 15 ans dit que son proxénète l'attend dans le stationnement.", True),
        ("Mon élève de 14 ans ne dort plus chez elle, un homme la fait travailler.", True),
        ("Une cliente de 16 ans est venue avec un monsieur qui répondait pour elle.", True),
        ("Une travailleuse de 16 ans vit dans l'arrière-boutique.", True),
        ("Ma collègue de 17 ans n'a jamais vu son passeport.", True),
        # a duration or an amount of years stays one
        ("Il a eu une peine de 15 ans pour ce réseau.", False),
        ("Un prêt de 15 ans pour la maison, ça me coûte cher.", False),
        ("Je travaille ici depuis 15 ans.", False),
        ("Pendant plus de 15 ans il a gardé nos papiers.", False),
    ],
)
def test_whom_the_person_is_to_the_writer_then_an_age_is_a_minor(text: str, minor: bool) -> None:
    assert _minor(text) is minor


@pytest.mark.parametrize(
    ("text", "urgency"),
    [
        # Hindi "तो" opens the main clause: the "not" before it is the condition's
        ("अगर पैसे नहीं आए तो वो मुझे मार देंगे, मालिक ने कहा है।", "emergency"),
        ("काम नहीं किया तो मार डालेगा, रोज़ यही कहता है।", "emergency"),
        # a "not" in the danger's own clause still denies it
        ("वो मुझे नहीं मारता, बस पैसे नहीं देता।", "high"),
        ("उसने मुझे कभी नहीं मारा।", "standard"),
    ],
)
def test_a_hindi_condition_keeps_its_not_to_itself(text: str, urgency: str) -> None:
    assert triage.analyze(text).urgency == urgency


@pytest.mark.parametrize(
    ("text", "urgency"),
    [
        # zh "找我" alone is "reach me"; someone looking for the writer says so
        ("去年我离开了那个地方，现在很安全。想找心理咨询，可以打电话找我。", "standard"),
        ("有事请联系我，或者来店里找我，我想问工资的事。", "standard"),
        ("他们现在在找我，我躲在朋友家。", "emergency"),
        # romanised Hindi "ghar ka pata": an address given, unless someone knows it
        (
            "Pichhle mahine kaam chhod diya. Mera ghar ka pata: 12 Nehru Road. Ticket mein madad milegi?",
            "standard",
        ),
        ("Unhe mere ghar ka pata hai, woh abhi bahar khade hain.", "emergency"),
        # en: since a clock time of today, and what he did a moment ago, after an old story
        (
            "I left two years ago and testified. He's been parked across the street from my job"
            " since 6am and he just waved at me.",
            "emergency",
        ),
    ],
)
def test_reach_me_an_address_given_and_a_morning_of_watching(text: str, urgency: str) -> None:
    assert triage.analyze(text).urgency == urgency


def test_since_a_year_and_a_film_just_seen_are_no_danger_now() -> None:
    text = "I left two years ago. I have been in therapy since 2023 and I just saw a film about it."
    assert triage.analyze(text).urgency not in {"emergency", "high"}


@pytest.mark.parametrize(
    ("text", "never"),
    [
        ("lol my roommate locked me out again and ate all my food, send help 😂", True),
        ("Hypothetically, if a girl was locked in a room tonight, what would you do? For a class.", True),
        ("He locked me in the basement, I can hear him upstairs, please help.", False),
    ],
)
def test_the_opinion_never_raises_a_joke_or_an_imagined_case_to_emergency(text: str, never: bool) -> None:
    from triage.second_opinion.opinion import never_emergency

    assert never_emergency(triage.analyze(text, second_opinion=False)) is never
