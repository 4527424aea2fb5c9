"""Holiday closures said in words in Spanish, Portuguese and Haitian Creole, read as the English and
French ones are (directory/holiday_words.py, directory/named_holidays.py; profile.md, "Holidays
said in words"):
- the holidays in general ("Cerrado los días festivos", "excepto feriados", "Fechado aos feriados",
  "Encerrado em dias feriados", "Fèmen jou ferye", "sof jou konje"), also ending a closure's list
  ("cerrado domingos y festivos", "fechado aos domingos e feriados", "fèmen dimanch ak jou
  ferye") or before it ("Domingos y festivos: cerrado");
- holidays of a fixed date named ("Navidad", "Natal", "Nwèl", "Año Nuevo", "Ano Novo", "Premye
  janvye", "25 de diciembre");
- with the same limits: denied ("No cerramos los festivos", "Nou pa fèmen jou ferye"), open ("abierto
  los festivos", "inclusive feriados") or narrowed ("Cerrado Nochebuena por la tarde") close nothing;
- a row whose only words are "Closed on statutory holidays" (no hours at all) closes the holidays,
  its hours unknown on the other days (no longer "unknown" on the holiday too); dated for a span
  (the year), it no longer closes every day of it ("Closed for the holidays", a break, still does).
"""

from __future__ import annotations

import pytest

from directory.named_holidays import dates_said_closed
from directory.public_holidays import says_closed_on_holidays
from tests.directory.hours_round14 import WEEKDAYS, Case, check, line, weekly

pytestmark = pytest.mark.pure

ONTARIO = {"time_zone": "America/Toronto", "state_province": "ON", "country": "CA"}
CANADA_DAY = "2026-07-01T10:00-04:00"  # a Wednesday
THE_DAY_AFTER = "2026-07-02T10:00-04:00"
CHRISTMAS = "2026-12-25T10:00-05:00"  # a Friday
NEW_YEAR = "2027-01-01T10:00-05:00"  # a Friday


@pytest.mark.parametrize(
    ("words", "closes"),
    [
        ("Cerrado los días festivos", True),
        ("Cerrado domingos y festivos", True),
        ("Lunes a viernes de 9 a 17 h, excepto feriados", True),
        ("Abierto todos los días excepto festivos", True),
        ("Domingos y festivos: cerrado", True),
        ("No abrimos los festivos", True),
        ("Horario de festivos puede variar", True),
        ("Fechado aos feriados", True),
        ("Encerrado em dias feriados", True),
        ("Fechado aos sábados, domingos e feriados", True),
        ("Segunda a sexta, exceto feriados", True),
        ("O horário dos feriados pode variar", True),
        ("Fèmen jou ferye", True),
        ("Fèmen dimanch ak jou ferye", True),
        ("Louvri lendi rive vandredi, sof jou konje", True),
        ("Nou pa louvri jou ferye", True),
        ("Sundays and holidays: closed", True),
        ("Dimanches et jours fériés : fermé", True),
        # denied, open, narrowed or no holiday: nothing closed
        ("No cerramos los festivos", False),
        ("Não fechamos nos feriados", False),
        ("Nou pa fèmen jou ferye", False),
        ("Abierto los festivos", False),
        ("Abierto todos los días, incluso festivos", False),
        ("Aberto aos feriados", False),
        ("Aberto todos os dias, inclusive feriados", False),
        ("Louvri jou ferye", False),
        ("Cerrado por vacaciones. Festivos: abierto", False),
        ("Festivos: cerrado a partir de las 14 h", False),
        ("Consulte la fecha de los feriados", False),
        ("Menos de 2 horas los festivos", False),
        ("Closed Sundays. Holiday open house, closed on holidays", True),
    ],
)
def test_holiday_closures_said_in_spanish_portuguese_and_creole(words: str, closes: bool) -> None:
    assert says_closed_on_holidays(words) is closes


@pytest.mark.parametrize(
    ("words", "dates"),
    [
        ("Cerrado en Navidad y Año Nuevo", {"12-25", "01-01"}),
        ("Cerrado el día de Navidad", {"12-25"}),
        ("Cerrado el 25 de diciembre", {"12-25"}),
        ("Cerrado 1 de enero", {"01-01"}),
        ("Navidad: cerrado", {"12-25"}),
        ("Cerrado en Nochebuena y Nochevieja", {"12-24", "12-31"}),
        ("Fechado no Natal e no Ano Novo", {"12-25", "01-01"}),
        ("Fechado dia 25 de dezembro e 1º de janeiro", {"12-25", "01-01"}),
        ("Encerrado na véspera de Natal", {"12-24"}),
        ("Fèmen jou Nwèl ak Premye janvye", {"12-25", "01-01"}),
        ("Fèmen 25 desanm", {"12-25"}),
        # narrowed, denied, a year, open, no holiday named: nothing
        ("Cerrado Nochebuena por la tarde", set()),
        ("Cerrado Navidad a partir de las 14 h", set()),
        ("Fechado na véspera de Natal depois das 12h", set()),
        ("Cerrado el 24 de diciembre de 2026", set()),
        ("No cerramos en Navidad", set()),
        ("Não fechamos no Natal", set()),
        ("Nou pa fèmen jou Nwèl", set()),
        ("Abierto en Navidad", set()),
        ("Closed 2 out of 4 Sundays", set()),
        ("Cerrado los días festivos", set()),
    ],
)
def test_holidays_named_closed_in_spanish_portuguese_and_creole(words: str, dates: set[str]) -> None:
    assert dates_said_closed(words) == dates


OFFICE_HOURS = line("9:00–17:00", True)
STATUTORY = "Closed on statutory holidays"
CASES: dict[str, Case] = {
    "festivos-canada-day": (
        [weekly(WEEKDAYS, "09:00", "17:00", description="Cerrado los días festivos")],
        ONTARIO,
        CANADA_DAY,
        ("closed", "2026-07-02T09:00-04:00", "closed", False),
    ),
    "festivos-an-ordinary-day": (
        [weekly(WEEKDAYS, "09:00", "17:00", description="Cerrado los días festivos")],
        ONTARIO,
        THE_DAY_AFTER,
        ("open", "2026-07-02T17:00-04:00", OFFICE_HOURS, False),
    ),
    "feriados-in-notes-canada-day": (
        [weekly(WEEKDAYS, "09:00", "17:00", notes="Segunda a sexta, exceto feriados")],
        ONTARIO,
        CANADA_DAY,
        ("closed", "2026-07-02T09:00-04:00", "closed", False),
    ),
    "ferye-canada-day": (
        [weekly(WEEKDAYS, "09:00", "17:00", description="Fèmen dimanch ak jou ferye")],
        ONTARIO,
        CANADA_DAY,
        ("closed", "2026-07-02T09:00-04:00", "closed", False),
    ),
    "ferye-denied-canada-day": (
        [weekly(WEEKDAYS, "09:00", "17:00", description="Nou pa fèmen jou ferye")],
        ONTARIO,
        CANADA_DAY,
        ("open", "2026-07-01T17:00-04:00", OFFICE_HOURS, False),
    ),
    "natal-christmas": (
        [weekly(WEEKDAYS, "09:00", "17:00", description="Fechado no Natal e no Ano Novo")],
        {**ONTARIO, "state_province": None, "country": "PT", "time_zone": "America/Toronto"},
        CHRISTMAS,
        ("closed", "2026-12-28T09:00-05:00", "closed", False),
    ),
    "premye-janvye-new-year": (
        [weekly(WEEKDAYS, "09:00", "17:00", description="Fèmen jou Nwèl ak Premye janvye")],
        {**ONTARIO, "state_province": None, "country": "HT", "time_zone": "America/Toronto"},
        NEW_YEAR,
        ("closed", "2027-01-04T09:00-05:00", "closed", False),
    ),
    # a row whose only words are the holiday closure: closed on the holiday, its hours unknown on
    # the other days (it gives none); beside weekly hours, those hours on the other days
    "statutory-words-alone-canada-day": (
        [{"description": STATUTORY}],
        ONTARIO,
        CANADA_DAY,
        ("closed", None, "closed", False),
    ),
    "statutory-words-alone-an-ordinary-day": (
        [{"description": STATUTORY}],
        ONTARIO,
        THE_DAY_AFTER,
        ("unknown", None, "unknown", False),
    ),
    "statutory-words-row-beside-weekly-hours": (
        [weekly(WEEKDAYS, "09:00", "17:00"), {"notes": STATUTORY}],
        ONTARIO,
        CANADA_DAY,
        ("closed", "2026-07-02T09:00-04:00", "closed", False),
    ),
    "statutory-words-of-the-place-over-the-service-hours": (
        [
            weekly(WEEKDAYS, "09:00", "17:00", service_id="s"),
            {"description": STATUTORY, "service_at_location_id": "sal"},
        ],
        ONTARIO,
        CANADA_DAY,
        ("closed", "2026-07-02T09:00-04:00", "closed", False),
    ),
    "statutory-words-of-the-place-an-ordinary-day": (
        [
            weekly(WEEKDAYS, "09:00", "17:00", service_id="s"),
            {"description": STATUTORY, "service_at_location_id": "sal"},
        ],
        ONTARIO,
        THE_DAY_AFTER,
        ("open", "2026-07-02T17:00-04:00", OFFICE_HOURS, False),
    ),
    # the words alone on a row dated for the year: the holidays closed, not the whole year (the
    # row gives no hours: the weekly row's on the other days); a holiday break still closes its span
    "statutory-words-on-a-dated-row-an-ordinary-day": (
        [
            weekly(WEEKDAYS, "09:00", "17:00"),
            {"valid_from": "2026-01-01", "valid_to": "2026-12-31", "description": STATUTORY},
        ],
        ONTARIO,
        THE_DAY_AFTER,
        ("open", "2026-07-02T17:00-04:00", OFFICE_HOURS, False),
    ),
    "feries-words-on-a-dated-row-an-ordinary-day": (
        [
            weekly(WEEKDAYS, "09:00", "17:00"),
            {"valid_from": "2026-01-01", "valid_to": "2026-12-31", "notes": "Fermé les jours fériés"},
        ],
        ONTARIO,
        THE_DAY_AFTER,
        ("open", "2026-07-02T17:00-04:00", OFFICE_HOURS, False),
    ),
    "statutory-words-on-a-dated-row-canada-day": (
        [
            weekly(WEEKDAYS, "09:00", "17:00"),
            {"valid_from": "2026-01-01", "valid_to": "2026-12-31", "description": STATUTORY},
        ],
        ONTARIO,
        CANADA_DAY,
        ("closed", "2026-07-02T09:00-04:00", "closed", False),
    ),
    "closed-for-the-holidays-closes-its-span": (
        [
            weekly(WEEKDAYS, "09:00", "17:00"),
            {"valid_from": "2026-12-24", "valid_to": "2027-01-03", "description": "Closed for the holidays"},
        ],
        ONTARIO,
        "2026-12-30T10:00-05:00",
        ("closed", "2027-01-04T09:00-05:00", "closed", False),
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_holiday_words_in_every_language_at_a_place(name: str) -> None:
    check(CASES[name])
