"""Thirteenth round, after holdout13's end score (issue 11): three general gaps its misses showed,
each with near misses that must stay below `emergency`. The sentences are new, written for
these tests (not the holdout's)."""

from __future__ import annotations

import pytest

import triage
from triage.codes import Urgency


@pytest.mark.parametrize(
    "text",
    [
        # Turkish reported past (-mış): what a relative was told ("she said he locked her in").
        "Ablam Köln'de çalışıyor, az önce yazdı: patron onu depoya kilitlemiş, çıkamıyor.",
        "Arkadaşım mesaj attı, adam onu odasına kilitlemişler, telefonunu da almışlar.",
        # Polish: the writer hides behind a door she locked; things thrown at a person.
        "Przed chwilą siostra napisała: zamknęłam się w toalecie, on wali w drzwi.",
        "Szef jest pijany, rzucił we mnie butelką, jestem w magazynie, pomóżcie.",
        # French: a man paying cash for a minor, now.
        "Un client vient d'entrer dans la chambre avec une fille de 13 ans, il a payé comptant.",
    ],
)
def test_the_gaps_are_emergencies(text: str) -> None:
    assert triage.analyze(text).urgency is Urgency.emergency


@pytest.mark.parametrize(
    "text",
    [
        "Yıllar önce patron beni depoya kilitlemişti, şimdi güvendeyim. Çalışma izni nasıl alınır?",
        "Zamknęłam drzwi i poszłam do pracy. Gdzie mogę zapytać o urlop?",
        "Dawno temu szef rzucił we mnie krzesłem, to było 6 lat temu, teraz szukam pracy.",
        "Je travaille au noir, le patron m'a payé comptant la semaine passée, est-ce légal?",
    ],
)
def test_their_near_misses_are_not(text: str) -> None:
    assert triage.analyze(text).urgency is not Urgency.emergency
