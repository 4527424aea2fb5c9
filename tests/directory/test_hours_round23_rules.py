"""Round 23's general rules beyond the tester's cases (tests/directory/test_hours_round23.py), on
cases written here:
- overseas places keep their own clock (directory/overseas_places.py): French overseas regions,
  departments and collectivities with the country `FR`, by region, department number or town
  (the region first: Saint-Pierre in La Réunion is La Réunion's; Saint-Pierre alone stays
  Miquelon's, Saint-Denis alone Paris's), or written as the country (`MQ`, `La Réunion`,
  `Polynésie française`, its Marquesas and Gambier their own); other countries' overseas places
  (Canary Islands, Azores, Caribbean Netherlands, British territories, Greenland, Faroe, US
  territories); Portugal is Lisbon's clock; Palma (Mallorca) and French towns stay their country's;
- holidays: Alsace-Moselle (Bas-Rhin, Haut-Rhin, Moselle; Grand Est unless the town is one of
  its other departments') keeps Good Friday and 26 December, with no substitute day; the French
  overseas regions keep the days their law adds (the abolition of slavery, Mi-Carême in
  Guadeloupe...); an overseas place of another country keeps its country's holidays.
"""

from __future__ import annotations

from datetime import date

import pytest

from directory.public_holidays import holidays
from directory.zones import holiday_region, location_zone
from tests.directory.hours_round14 import WEEKDAYS, Case, check, weekly


@pytest.mark.parametrize(
    ("city", "state", "country", "zone"),
    [
        ("Fort-de-France", None, "FR", "America/Martinique"),
        ("Le Lamentin", "Martinique", "France", "America/Martinique"),
        (None, "972", "FR", "America/Martinique"),
        ("Pointe-à-Pitre", None, "FR", "America/Guadeloupe"),
        ("Cayenne", "Guyane", "FR", "America/Cayenne"),
        ("Saint-Denis", "La Réunion", "FR", "Indian/Reunion"),
        ("Saint-Pierre", "974", "FR", "Indian/Reunion"),
        ("Saint-Pierre", None, "FR", "America/Miquelon"),
        ("Saint-Denis", "Seine-Saint-Denis", "FR", "Europe/Paris"),
        ("Saint-Denis", None, "FR", "Europe/Paris"),
        ("Ré", "Charente-Maritime", "FR", "Europe/Paris"),
        ("RE", None, "FR", "Europe/Paris"),
        ("Mamoudzou", None, "FR", "Indian/Mayotte"),
        ("Papeete", None, "FR", "Pacific/Tahiti"),
        ("Nuku Hiva", None, "Polynésie française", "Pacific/Marquesas"),
        ("Rikitea", "Polynésie française", "FR", "Pacific/Gambier"),
        (None, None, "PF", "Pacific/Tahiti"),
        ("Nouméa", "Nouvelle-Calédonie", "FR", "Pacific/Noumea"),
        ("Marigot", None, "FR", "America/Marigot"),
        ("Gustavia", None, "FR", "America/St_Barthelemy"),
        ("Mata-Utu", "Wallis-et-Futuna", "FR", "Pacific/Wallis"),
        (None, None, "La Réunion", "Indian/Reunion"),
        (None, None, "MQ", "America/Martinique"),
        ("Strasbourg", "Bas-Rhin", "FR", "Europe/Paris"),
        ("Las Palmas de Gran Canaria", None, "ES", "Atlantic/Canary"),
        ("Arrecife", "Canarias", "España", "Atlantic/Canary"),
        ("Palma", "Illes Balears", "ES", "Europe/Madrid"),
        ("Lisboa", None, "PT", "Europe/Lisbon"),
        ("Funchal", "Madeira", "Portugal", "Europe/Lisbon"),
        ("Ponta Delgada", "Açores", "PT", "Atlantic/Azores"),
        ("Kralendijk", "Bonaire", "NL", "America/Kralendijk"),
        ("Amsterdam", None, "NL", "Europe/Amsterdam"),
        (None, "Gibraltar", "GB", "Europe/Gibraltar"),
        ("London", None, "GB", "Europe/London"),
        ("Nuuk", None, "DK", "America/Nuuk"),
        ("Tórshavn", None, "DK", "Atlantic/Faroe"),
        ("Hagåtña", "Guam", "US", "Pacific/Guam"),
        ("Charlotte Amalie", "VI", "USA", "America/St_Thomas"),
        ("Saipan", "Northern Mariana Islands", "US", "Pacific/Saipan"),
    ],
)
def test_an_overseas_place_keeps_its_own_clock(
    city: str | None, state: str | None, country: str, zone: str
) -> None:
    found = location_zone(None, "America/Toronto", state_province=state, country=country, city=city)
    assert str(found) == zone


def test_a_zone_written_for_the_place_still_wins() -> None:
    found = location_zone("Europe/Paris", "America/Toronto", country="FR", city="Fort-de-France")
    assert str(found) == "Europe/Paris"


@pytest.mark.parametrize(
    ("city", "state", "country", "region"),
    [
        ("Strasbourg", "Bas-Rhin", "FR", "FR-AM"),
        ("Colmar", "68", "France", "FR-AM"),
        (None, "Moselle", "FR", "FR-AM"),
        ("Metz", None, "FR", "FR-AM"),
        (None, "Grand Est", "FR", "FR-AM"),
        ("Reims", "Grand Est", "FR", "FR"),
        ("Nancy", "Meurthe-et-Moselle", "FR", "FR"),
        ("Lyon", "Rhône", "FR", "FR"),
        ("Fort-de-France", None, "FR", "FR-MQ"),
        ("Saint-Pierre", "La Réunion", "FR", "FR-RE"),
        ("Saint-Pierre", None, "FR", "FR"),
        (None, None, "Guadeloupe", "FR-GP"),
        ("Nuku Hiva", None, "PF", "FR-PF"),
        ("Las Palmas de Gran Canaria", None, "ES", "XX"),
        (None, "Gibraltar", "GB", "GB"),
        ("Hagåtña", "Guam", "US", "US"),
    ],
)
def test_the_holidays_of_a_french_region_come_from_the_address(
    city: str | None, state: str | None, country: str, region: str
) -> None:
    assert holiday_region(state, country, city) == region


@pytest.mark.parametrize(
    ("region", "kept", "not_kept"),
    [
        # Good Friday 2027 is 26 March; 26 December 2027 a Sunday: no substitute Monday in France
        ("FR-AM", ["2027-03-26", "2027-12-26", "2027-03-29", "2027-07-14"], ["2027-12-27", "2027-05-22"]),
        ("FR", ["2027-03-29", "2027-07-14", "2027-05-08"], ["2027-03-26", "2027-12-26"]),
        ("FR-MQ", ["2027-03-26", "2027-05-22", "2027-07-21"], ["2027-05-27", "2027-12-26"]),
        # Mi-Carême 2027: 24 days before Easter Sunday, 28 March
        ("FR-GP", ["2027-03-26", "2027-03-04", "2027-05-27", "2027-07-21"], ["2027-05-22"]),
        ("FR-GF", ["2027-06-10"], ["2027-03-26", "2027-05-22"]),
        ("FR-RE", ["2027-12-20"], ["2027-03-26"]),
        ("FR-YT", ["2027-04-27"], ["2027-12-20"]),
        ("FR-MF", ["2027-05-28"], ["2027-05-27"]),
        ("FR-BL", ["2027-10-09"], ["2027-05-28"]),
        ("FR-NC", ["2027-09-24"], ["2027-03-26"]),
        ("FR-PF", ["2027-03-26", "2027-03-05", "2027-06-29"], ["2027-09-24"]),
        ("FR-WF", ["2027-04-28", "2027-07-29"], ["2027-03-26"]),
    ],
)
def test_french_regions_keep_the_days_their_law_adds(
    region: str, kept: list[str], not_kept: list[str]
) -> None:
    days = holidays(2027, region)
    assert all(date.fromisoformat(day) in days for day in kept)
    assert not any(date.fromisoformat(day) in days for day in not_kept)


def _place(city: str | None, state: str | None, country: str) -> dict[str, str | None]:
    return {"time_zone": None, "city": city, "state_province": state, "country": country}


HOLIDAY_WORDS = weekly(WEEKDAYS, "09:00", "17:00", description="Fermé les jours fériés")
ONE_ROW = weekly(WEEKDAYS, "09:00", "17:00")

OVERSEAS: list[Case] = [
    # Friday 26 December 2025 in Metz (town alone): Saint Stephen's Day, next Monday 29th
    ([HOLIDAY_WORDS], _place("Metz", None, "FR"), "2025-12-26T10:00:00+01:00",
     ("closed", "2025-12-29T09:00:00+01:00", None, False)),
    # in Lyon the same hour: open until 17:00 Paris time
    ([HOLIDAY_WORDS], _place("Lyon", None, "FR"), "2025-12-26T10:00:00+01:00",
     ("open", "2025-12-26T17:00:00+01:00", None, False)),
    # Monday 27 December 2027, after a Sunday 26th in Moselle: no substitute day, open
    ([HOLIDAY_WORDS], _place(None, "Moselle", "France"), "2027-12-27T10:00:00+01:00",
     ("open", "2027-12-27T17:00:00+01:00", None, False)),
    # Monday 20 December 2027 in Saint-Denis, La Réunion: abolition of slavery, next Tuesday +04:00
    ([HOLIDAY_WORDS], _place("Saint-Denis", "La Réunion", "FR"), "2027-12-20T10:00:00+04:00",
     ("closed", "2027-12-21T09:00:00+04:00", None, False)),
    # Saint-Denis with no region: beside Paris, open that Monday on Paris's clock
    ([HOLIDAY_WORDS], _place("Saint-Denis", None, "FR"), "2027-12-20T10:00:00+01:00",
     ("open", "2027-12-20T17:00:00+01:00", None, False)),
    # Thursday 12 March 2026, Mi-Carême in Guadeloupe: closed, next Friday 09:00 -04:00
    ([HOLIDAY_WORDS], _place("Pointe-à-Pitre", "Guadeloupe", "FR"), "2026-03-12T10:00:00-04:00",
     ("closed", "2026-03-13T09:00:00-04:00", None, False)),
    # 18:00Z is 08:30 in the Marquesas (-09:30): closed, opens 09:00 there
    ([ONE_ROW], _place("Nuku Hiva", None, "Polynésie française"), "2026-07-06T18:00:00+00:00",
     ("closed", "2026-07-06T09:00:00-09:30", None, False)),
    # 07:30Z in July is 08:30 in Las Palmas (+01:00), 09:30 in Madrid: closed until 09:00 there
    ([ONE_ROW], _place("Las Palmas de Gran Canaria", None, "ES"), "2026-07-06T07:30:00+00:00",
     ("closed", "2026-07-06T09:00:00+01:00", None, False)),
    ([ONE_ROW], _place("Madrid", None, "ES"), "2026-07-06T07:30:00+00:00",
     ("open", "2026-07-06T17:00:00+02:00", None, False)),
    # Lisbon's clock (+01:00 in July), no longer the hotline's Toronto
    ([ONE_ROW], _place("Lisboa", None, "PT"), "2026-07-06T08:30:00+00:00",
     ("open", "2026-07-06T17:00:00+01:00", None, False)),
]  # fmt: skip


@pytest.mark.parametrize("case", OVERSEAS)
def test_hours_overseas_and_in_alsace_moselle(case: Case) -> None:
    check(case)
