"""The danger model's rule families, each on its own: pure functions, no database.

Composition (`triage.danger.compose`) is checked on findings built by hand; reading
(`triage.danger.reading`) through `triage.analyze` on short English and French messages
written for these tests; the cue finder and the cue file checks on their own.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import triage
from triage.codes import Indicator, Need, Urgency
from triage.danger.compose import decide, judge, level_of
from triage.danger.cues import parse
from triage.danger.finder import CueFinder
from triage.danger.kinds import What, When, Who
from triage.danger.reading import Finding, Reading
from triage.lexicon import LexiconError
from triage.tokens import tokenize


def finding(what: What, when: When, *, grave: bool = False, who: Who = Who.writer) -> Finding:
    return Finding(0, 4, what, when, who, grave)


def reading(*findings: Finding, **flags: bool) -> Reading:
    values = {
        "not_serious": False,
        "minor": False,
        "third_party": False,
        "now": False,
        "past": False,
        "information": False,
        "question": False,
    }
    values.update(flags)
    return Reading(tuple(findings), **values)


class TestLevelOfOneFinding:
    @pytest.mark.parametrize("what", [What.violence, What.confinement, What.moved, What.sexual_exploitation])
    def test_harm_happening_now_is_an_emergency(self, what: What) -> None:
        assert level_of(finding(what, When.now)) is Urgency.emergency

    def test_harm_that_goes_on_is_high(self) -> None:
        assert level_of(finding(What.violence, When.ongoing)) is Urgency.high

    def test_a_finished_danger_is_standard(self) -> None:
        assert level_of(finding(What.death_threat, When.past, grave=True)) is Urgency.standard

    def test_a_denied_danger_counts_for_nothing(self) -> None:
        assert level_of(finding(What.violence, When.denied)) is None

    def test_an_injury_alone_raises_nothing(self) -> None:
        assert level_of(finding(What.medical, When.ongoing)) is None


class TestVerdict:
    def test_a_denied_indicator_is_taken_back(self) -> None:
        verdict = judge(reading(finding(What.violence, When.denied)))
        assert verdict.denied == {Indicator.physical_sexual_violence} and not verdict.emergency

    def test_the_same_indicator_found_elsewhere_stays(self) -> None:
        denied, pursued = finding(What.threat, When.denied), finding(What.pursuit, When.now, grave=True)
        verdict = judge(reading(denied, pursued))
        assert Indicator.intimidation_threats in verdict.indicators and not verdict.denied

    def test_self_harm_needs_mental_health_and_an_injury_medical_care(self) -> None:
        pills, hurt = finding(What.self_harm, When.now, grave=True), finding(What.medical, When.now)
        verdict = judge(reading(pills, hurt))
        assert {Need.mental_health, Need.medical} <= verdict.needs

    def test_a_joke_is_never_an_emergency(self) -> None:
        joke = reading(finding(What.confinement, When.now, grave=True), not_serious=True)
        assert not judge(joke).emergency
        assert decide(judge(joke), joke, [], set(), True, False)[0] is Urgency.low


class TestDecide:
    def test_information_request_is_low_even_naming_exploitation(self) -> None:
        request = reading(information=True)
        assert decide(judge(request), request, [Urgency.high], set(), True, True)[0] is Urgency.low

    def test_information_request_with_a_sign_of_ones_own_stays_high(self) -> None:
        request = reading(information=True)
        indicators = {Indicator.withholding_of_wages}
        assert decide(judge(request), request, [], indicators, True, False)[0] is Urgency.high

    def test_a_finished_story_with_signs_is_standard(self) -> None:
        story = reading(finding(What.violence, When.past), past=True)
        signs = {Indicator.physical_sexual_violence}
        assert decide(judge(story), story, [], signs, True, False)[0] is Urgency.standard

    def test_a_minor_in_an_ongoing_situation_is_high(self) -> None:
        ongoing = reading(minor=True)
        assert decide(judge(ongoing), ongoing, [], {Indicator.minor_involved}, True, False)[0] is Urgency.high


def urgency(text: str) -> Urgency:
    return triage.analyze(text).urgency


class TestWhatWhenWho:
    """Whole messages in English and French, each testing one composition rule."""

    @pytest.mark.parametrize(
        "text",
        [
            "they are hitting her right now in the kitchen",
            "my boss locked the door from the outside, we cannot get out",
            "two men are waiting for me in the parking lot right now",
            "je suis enfermée dans la chambre depuis hier soir",
        ],
    )
    def test_present_danger_with_any_harm_is_an_emergency(self, text: str) -> None:
        assert urgency(text) is Urgency.emergency

    @pytest.mark.parametrize(
        "text",
        [
            "i took all my sleeping pills an hour ago",
            "j'ai écrit une lettre à mes enfants, je veux en finir",
            "I have the rope ready",
        ],
    )
    def test_self_harm_intent_plan_or_act_is_an_emergency(self, text: str) -> None:
        result = triage.analyze(text)
        assert result.urgency is Urgency.emergency
        assert Indicator.self_harm_risk in result.indicators and Need.mental_health in result.needs

    def test_a_minor_sold_tonight_is_an_emergency(self) -> None:
        result = triage.analyze("a 14 year old girl is being sold to men tonight at a motel")
        assert result.urgency is Urgency.emergency and Indicator.minor_involved in result.indicators

    def test_a_minor_in_an_ongoing_situation_is_high(self) -> None:
        assert urgency("my niece is 15 and works every weekend in a bar for an older man") is Urgency.high

    def test_a_third_partys_report_counts_as_the_persons_own(self) -> None:
        result = triage.analyze("my friend just texted me that her boss is beating her")
        assert result.urgency is Urgency.emergency
        assert any(reason.who is Who.third_party for reason in result.reasons)

    @pytest.mark.parametrize(
        "text",
        [
            "he never hit me and I am not locked in, but he keeps my passport",
            "il ne me frappe pas et je ne suis pas enfermée, mais il garde mon passeport",
        ],
    )
    def test_denied_danger_is_not_an_emergency_nor_an_indicator(self, text: str) -> None:
        result = triage.analyze(text)
        assert result.urgency is Urgency.high
        assert Indicator.physical_sexual_violence not in result.indicators
        assert Indicator.retention_of_documents in result.indicators

    @pytest.mark.parametrize(
        "text",
        [
            "Five years ago he locked me in a basement and beat me. I am safe now and need a lawyer.",
            "Il y a trois ans, il m'enfermait et me battait. C'est fini, je cherche une avocate.",
        ],
    )
    def test_a_finished_situation_is_standard(self, text: str) -> None:
        assert urgency(text) is Urgency.standard

    @pytest.mark.parametrize(
        "text",
        [
            "Do you offer a training for our hotel staff on recognizing sexual exploitation?",
            "I'm writing a novel where the heroine is locked in a cellar and threatened with death",
            "lol my wife locked me out because I came home late, call the police 😂",
        ],
    )
    def test_information_fiction_and_jokes_are_low(self, text: str) -> None:
        assert urgency(text) is Urgency.low

    def test_a_call_for_help_alone_is_not_an_emergency(self) -> None:
        assert urgency("please help me") is Urgency.standard

    def test_ongoing_for_months_is_high_not_emergency(self) -> None:
        text = "they have kept us locked in the factory for 3 months and don't pay us"
        assert urgency(text) is Urgency.high


class TestFinder:
    def test_every_occurrence_with_gaps_and_prefixes(self) -> None:
        terms = [("right now", "now"), ("saign*", "blood"), ("took ~ keys", "keys")]
        finder = CueFinder(terms, substring=False, where="t")
        found = finder.find(tokenize("right now il saignait, right now he took all the keys"))
        assert [f.payload for f in found] == ["now", "blood", "now", "keys"]

    def test_a_space_asks_for_a_word_boundary_in_substring_languages(self) -> None:
        finder = CueFinder([(" ما ", "not")], substring=True, where="t")
        assert len(finder.find(tokenize("ما بيضربني"))) == 1
        assert finder.find(tokenize("ماما هون")) == []


class TestCueFiles:
    def test_every_shipped_file_is_valid(self) -> None:
        from triage.danger.cues import load_cues

        assert set(load_cues()) == set(triage.supported_languages())

    @pytest.mark.parametrize(
        ("body", "problem"),
        [
            ('[cues]\ncode = "xx"\n[[what]]\nkind = "nonsense"\nterms = ["a b"]\n', "unknown kind"),
            ('[cues]\ncode = "yy"\n', "code must be"),
            ('[cues]\ncode = "xx"\nnow = [""]\n', "now"),
            ('[cues]\ncode = "xx"\nnegation_reach = 40\n', "negation_reach"),
        ],
    )
    def test_a_broken_file_names_the_problem(self, tmp_path: Path, body: str, problem: str) -> None:
        path = tmp_path / "xx.toml"
        path.write_text(body, encoding="utf-8")
        with pytest.raises(LexiconError, match=problem):
            parse(path, substring=False)

    def test_a_substring_term_that_folds_to_one_letter_is_refused(self, tmp_path: Path) -> None:
        path = tmp_path / "xx.toml"
        path.write_text('[cues]\ncode = "xx"\nnot_serious = ["ههه"]\n', encoding="utf-8")
        with pytest.raises(LexiconError, match="less than two letters"):
            parse(path, substring=True)
