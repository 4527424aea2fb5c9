"""What TRIAGE.md keeps on purpose survives: places, organisations, ages, money, durations,
dates, times and job sectors - and none of them is taken for a phone or an id number."""

from __future__ import annotations

import pytest

from triage.redaction import redact

KEEP_CASES = [
    ("ma nièce de 15 ans est à Laval depuis 3 semaines", ["15 ans", "Laval", "3 semaines"]),
    ("il me doit 2 000 $ et 1500$ de salaire", ["2 000 $", "1500$"]),
    ("I owe $500 and $15,000 to the agency", ["$500", "$15,000"]),
    ("we work 16 hours a day, 12-hour shifts, 7 days a week", ["16 hours", "12-hour shifts", "7 days"]),
    ("it happened on 2026-12-24 at 23h30", ["2026-12-24", "23h30"]),
    ("le 24 décembre vers 23:30 il est revenu", ["24 décembre", "23:30"]),
    (
        "trabajo 14 horas al día desde el 24 de diciembre, me deben 3.000 pesos",
        ["14 horas", "24 de diciembre", "3.000 pesos"],
    ),
    ("tengo 17 años y estoy en Tijuana", ["17 años", "Tijuana"]),
    (
        "my visa expired on 15/06/2025, between 2019-2021 I was in Calgary",
        ["15/06/2025", "2019-2021", "Calgary"],
    ),
    ("she is 22, he is 45, they have 3 kids, rent is 1200 per month", ["22", "45", "1200"]),
    ("they take 40% of my pay, I sent 250 dollars to Manila", ["40%", "250 dollars", "Manila"]),
    ("Con trai tôi 17 tuổi ở Toronto, nợ 20.000 đô", ["17 tuổi", "Toronto", "20.000 đô"]),
    (
        "la DPJ, le CLSC, la police de Montréal et l'ambassade du Mexique sont au courant",
        ["DPJ", "CLSC", "police", "Montréal", "Mexique"],
    ),
    (
        "The RCMP and CBSA came to the farm in Leamington. IRCC gave me an open work permit.",
        ["RCMP", "CBSA", "farm", "Leamington", "IRCC", "work permit"],
    ),
    (
        "je travaille dans un salon de manucure à Brossard, avant dans une ferme à Saint-Rémi",
        ["salon de manucure", "Brossard", "ferme", "Saint-Rémi"],
    ),
    (
        "she works at a nail salon in Markham and a restaurant in Scarborough",
        ["nail salon", "Markham", "restaurant", "Scarborough"],
    ),
    ("Sofia, my friend from Colombia, works in Vaughan", ["Colombia", "Vaughan"]),
    ("Harm reduction worker in Victoria, a client in Regina too", ["Victoria", "Regina"]),
    ("call 911 or 811, the shelter is open 24/7", ["911", "811", "24/7"]),
    (
        "mi hija de 16 años trabaja en un invernadero en Leamington desde marzo",
        ["16 años", "invernadero", "Leamington", "marzo"],
    ),
    (
        "j'ai été recrutée au Honduras par une agence, arrivée à Québec le 3 mars 2025",
        ["Honduras", "Québec", "3 mars 2025"],
    ),
    (
        "we are 25 workers from Guatemala, 1200 km from Montreal",
        ["25 workers", "Guatemala", "1200 km", "Montreal"],
    ),
]


@pytest.mark.parametrize(("text", "keep"), KEEP_CASES, ids=[c[0][:40] for c in KEEP_CASES])
def test_keep_items_survive(text: str, keep: list[str]) -> None:
    redacted, _ = redact(text)
    for item in keep:
        assert item in redacted, (item, redacted)


@pytest.mark.parametrize(
    "text",
    [
        "I waited 2 days in court",
        "on est 6 dans la chambre",
        "il a 3 chiens et 2 chats",
        "the 5 pm shift at the plant",
        "Rose said it was fine",
        "Will you help me?",
        "Hope you can help",
        "ella tiene miedo",
        "Socorro! no puedo salir",
        "elle se marie en juin",
        "a john came last night",
    ],
)
def test_everyday_words_are_not_redacted(text: str) -> None:
    redacted, entities = redact(text)
    assert entities == () and redacted == text


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("il me doit 2 000 $ depuis mars", "2 000 $"),
        ("I owe $15,000.50 to the agency", "$15,000.50"),
        ("me deben 3.000,25 pesos", "3.000,25 pesos"),
        ("I owe 1,200 dollars", "1,200 dollars"),
    ],
)
def test_an_amount_with_thousands_and_cents_is_kept_whole(text: str, amount: str) -> None:
    """The money patterns read "2 000", "15,000.50": the whole amount is masked from the phone
    and id detectors as one kept number, not its last group alone."""
    from triage.redaction.keep import find_kept_numbers
    from triage.redaction.spans import Hints

    start = text.index(amount)
    assert (start, start + len(amount)) in list(find_kept_numbers(text, Hints.of(text)))
