"""Gaps read in the fourteenth round's unseen set after its end score (issue 11): general
shapes, each with near misses that must not move."""

from __future__ import annotations

import pytest

import triage
from triage.codes import Urgency

pytestmark = pytest.mark.pure


@pytest.mark.parametrize(
    "text",
    [
        # A weapon in the instrumental case, and someone chasing people with it, now.
        "господар напився і ганяється за хлопцями з рушницею, ми сховалися в сараї, прошу швидше",
        "хозяин напился и гоняется за ребятами с ружьём, мы спрятались в сарае, быстрее",
        "бригадир зараз біля гуртожитку з пістолетом, кричить що знайде нас",
        "он сейчас стоит у двери с пистолетом и орёт",
    ],
)
def test_a_weapon_in_any_case_and_a_chase_now_are_an_emergency(text: str) -> None:
    assert triage.analyze(text).urgency is Urgency.emergency


@pytest.mark.parametrize(
    "text",
    [
        "Мой дед в 1990 году ходил на охоту с ружьём, я просто вспомнила эту историю",
        "Мій дід у 1995 році ходив на полювання з рушницею, просто згадала",
    ],
)
def test_a_weapon_in_a_story_of_long_ago_is_not(text: str) -> None:
    assert triage.analyze(text).urgency is not Urgency.emergency
