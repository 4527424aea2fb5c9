"""The demo partners are where their addresses say: each location within a few km of its town's
centre (issue 10: "Clinique juridique Longueuil" was placed in Montréal). Pure: reads the file."""

from __future__ import annotations

import math

from directory.files import DEMO_FILE
from directory.readers import read_path

# Each demo town as a circle: its centre (city hall or downtown, from public maps) and a rough
# radius in km (Montréal's island is large, Longueuil faces it across the river). A new demo town
# must be added here.
TOWNS = {
    "Montréal": (45.5017, -73.5673, 12),
    "Longueuil": (45.5312, -73.5181, 6),
    "Laval": (45.6066, -73.7124, 10),
    "Saint-Jérôme": (45.7804, -74.0036, 5),
    "Drummondville": (45.8803, -72.4843, 5),
    "Rimouski": (48.4489, -68.5230, 5),
    "Gatineau": (45.4765, -75.7013, 8),
    "Saguenay": (48.4280, -71.0686, 10),
    "Québec": (46.8139, -71.2080, 8),
    "Granby": (45.4000, -72.7333, 5),
    "Sherbrooke": (45.4042, -71.8929, 6),
    "Trois-Rivières": (46.3432, -72.5477, 6),
}


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    (lat1, lon1), (lat2, lon2) = (tuple(map(math.radians, point)) for point in (a, b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def _reach(point: tuple[float, float], town: str) -> float:
    """Distance to the town's centre in town radii: below 1 is inside the town."""
    latitude, longitude, radius = TOWNS[town]
    return _km(point, (latitude, longitude)) / radius


def _town_of(point: tuple[float, float]) -> str:
    return min(TOWNS, key=lambda town: _reach(point, town))


def test_every_demo_location_is_in_the_town_of_its_address() -> None:
    demo = read_path(DEMO_FILE)
    locations = {row.data["id"]: row.data for row in demo.table("location")}
    wrong = []
    for address in demo.table("address"):
        location, city = locations[address.data["location_id"]], address.data["city"]
        assert city in TOWNS, f"{city}: add it to TOWNS"
        point = (location["latitude"], location["longitude"])
        if _reach(point, city) > 1 or _town_of(point) != city:
            wrong.append(
                f"{location['name']}: {_reach(point, city):.2f} radii from {city}, in {_town_of(point)}"
            )
    assert wrong == []
    assert len(demo.table("address")) >= 40


def test_the_check_sees_a_location_in_the_wrong_town() -> None:
    old_longueuil_clinic = (45.50676, -73.55036)  # across the river, in Montréal
    assert _town_of(old_longueuil_clinic) == "Montréal"
    assert _town_of((45.5265, -73.5162)) == "Longueuil"
