"""Issue 11, sixteenth round: false alarms read by the lead in earlier rounds' notes, fixed by
rules tested on sentences written for these tests."""

from __future__ import annotations

import triage
from triage.codes import Indicator, Urgency


def test_a_man_who_only_shouts_is_no_violence_happening_now() -> None:
    result = triage.analyze("Mi esposo nunca me pegó, solo grita mucho. ¿Eso es violencia?")
    assert result.urgency is not Urgency.emergency
    assert Indicator.physical_sexual_violence not in result.indicators


def test_being_shouted_at_by_the_employer_is_degrading_treatment() -> None:
    result = triage.analyze("cuido a los niños de una familia en Laval, la patrona me grita todo el día")
    assert Indicator.abusive_conditions in result.indicators
    assert Indicator.physical_sexual_violence not in result.indicators


def test_someone_heard_screaming_while_beaten_is_still_an_emergency() -> None:
    result = triage.analyze("la vecina está gritando, la están golpeando ahora mismo")
    assert result.urgency is Urgency.emergency
