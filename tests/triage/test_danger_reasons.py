""" "Why this triage?" in plain words, French and English, and the structured reasons."""

from __future__ import annotations

import pytest

import triage
from triage.codes import Urgency
from triage.danger.kinds import What, When, Who
from triage.danger.reasons import Reason, phrases, render


def test_a_death_threat_now_reads_in_french_and_english() -> None:
    reason = Reason("il va me tuer", What.death_threat, When.now, Who.writer, Urgency.emergency)
    assert render(reason, "fr") == "« il va me tuer » : menace de mort, en ce moment → Urgence"
    assert render(reason, "en") == '"il va me tuer": death threat, happening now → Emergency'


def test_who_is_said_when_it_is_not_the_writer() -> None:
    reason = Reason("ils me frappent", What.violence, When.now, Who.third_party, Urgency.emergency)
    assert render(reason, "fr") == (
        "« ils me frappent » : violence, en ce moment, signalé par une autre personne → Urgence"
    )
    assert render(reason, "en").endswith("happening now, reported by someone else → Emergency")


def test_a_denied_danger_has_no_effect() -> None:
    reason = Reason("hit me", What.violence, When.denied, Who.writer, None)
    assert render(reason, "en") == '"hit me": violence, denied → no effect'
    assert render(reason, "fr") == "« hit me » : violence, nié → sans effet"


def test_another_language_reads_english() -> None:
    reason = Reason("x", What.pursuit, When.now, Who.writer, Urgency.emergency)
    assert render(reason, "es") == render(reason, "en")


@pytest.mark.parametrize("language", ["en", "fr"])
def test_every_code_has_words_and_no_code_leaks_into_the_line(language: str) -> None:
    phrases()  # raises if a code has no phrase
    for what in What:
        for when in When:
            for who in Who:
                line = render(Reason("q", what, when, who, Urgency.high), language)
                assert "_" not in line and "None" not in line  # no code such as death_threat


def test_a_message_gets_structured_reasons_and_the_explanations_still_hold_strings() -> None:
    result = triage.analyze("il est devant ma porte en ce moment avec un couteau, il va me tuer")
    assert result.urgency is Urgency.emergency
    threat = next(r for r in result.reasons if "tuer" in r.quote)
    assert threat.what is What.death_threat and threat.when is When.now and threat.level is Urgency.emergency
    assert all(isinstance(line, str) for line in result.explanations)
    assert result.explanations[0] == render(result.reasons[0], "en")
    as_json = result.to_json()
    assert as_json["reasons"][0]["level"] == "emergency" and "quote" in as_json["reasons"][0]


def test_a_quote_shows_the_redacted_text_never_the_personal_data() -> None:
    result = triage.analyze("he is outside my door at 4410 rue Jarry Est right now, call me 514 555 0148")
    assert all("514" not in r.quote and "4410" not in r.quote for r in result.reasons)
