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
