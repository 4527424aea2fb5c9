"""Round 24's general rules beyond the tester's cases (tests/directory/test_hours_round24.py), on
cases written here: words on a recurring row that close days of the week (directory/closed_days.py,
directory/weekday_words.py) are read in English, French, Spanish, Portuguese and Haitian Creole:
- closed and the days, or the days and closed, plurals and weekends included ("Cerrado los
  domingos", "Fechado aos sábados e domingos", "Encerrado ao domingo", "Fèmen samdi ak dimanch",
  "los fines de semana", "fins de semana", "wikenn", "Domingo: cerrado"), spans ("de segunda a
  quarta", "lendi rive mèkredi");
- the days an opening leaves out ("Ouvert 7j/7 sauf le dimanche", "Abierto todos los días excepto
  los domingos", "Aberto todos os dias exceto domingo", "Louvri chak jou eksepte dimanch", "Lundi
  au samedi sauf le mercredi", "24/7 except Sundays"), not those a closure or a break leaves out
  ("Fermé sauf le dimanche": open only on Sundays; "Lunch break 12-1 except Saturdays";
  "Closed every day except Sunday");
- the profile's limits hold in every language: some of the days ("Fermé un dimanche sur deux",
  "Cerrado el primer domingo de cada mes", "Fechado no primeiro domingo do mês", "cerrado domingos
  alternos"), some hours ("cerrado los domingos por la tarde", "sauf le dimanche matin") or denied
  ("Nou pa fèmen dimanch", "No cerramos los domingos", "Não fechamos aos domingos") close nothing,
  and a Portuguese ordinal that is no day ("a segunda quinzena de julho") names none.
"""

from __future__ import annotations

from datetime import date

import pytest

from directory.closed_days import days_said_closed
from directory.place_schedules import always_open_at_a_place
from tests.directory.hours_round14 import EVERY_DAY, WEEKDAYS, Case, check, weekly

pytestmark = pytest.mark.pure

TORONTO_PLACE = {"time_zone": "America/Toronto", "state_province": "ON", "country": "CA"}
SATURDAY = "2026-06-13T11:00-04:00"
SUNDAY = "2026-06-14T11:00-04:00"
MONDAY = "2026-06-15T11:00-04:00"
WEDNESDAY = "2026-06-17T11:00-04:00"


@pytest.mark.parametrize(
    ("words", "days"),
    [
        ("Cerrado los domingos", {6}),
        ("Cerrado: sábados, domingos y festivos", {5, 6}),
        ("Sábados y domingos cerrados", {5, 6}),
        ("Domingo: cerrado", {6}),
        ("Cerrado los fines de semana", {5, 6}),
        ("cerrado de lunes a miércoles", {0, 1, 2}),
        ("Fechado aos sábados e domingos", {5, 6}),
        ("Encerrado ao domingo", {6}),
        ("Domingos e feriados: encerrado", {6}),
        ("Fechado nos fins de semana", {5, 6}),
        ("Fechado às segundas-feiras", {0}),
        ("Fechado 2ª feira", {0}),
        ("Fechado de segunda a quarta", {0, 1, 2}),
        ("Fèmen dimanch", {6}),
        ("Nou fèmen le dimanch", {6}),
        ("Fèmen samdi ak dimanch", {5, 6}),
        ("Fèmen wikenn", {5, 6}),
        ("Fèmen lendi rive mèkredi", {0, 1, 2}),
        ("Fermé les samedis et dimanches", {5, 6}),
        ("Fermé en fin de semaine", {5, 6}),
        ("Fermé dim.", {6}),
        ("Ouvert de 9 h à 17 h. Fermeture hebdomadaire : lundi", {0}),
        ("Ouvert 7j/7 sauf le dimanche", {6}),
        ("Ouvert 7 jours sur 7, de 10 h à 18 h, sauf le dimanche", {6}),
        ("Tous les jours sauf le lundi", {0}),
        ("Lundi au samedi sauf le mercredi", {2}),
        ("Open daily except Sundays", {6}),
        ("Open Mon. to Sat. 9-5 except Wed.", {2}),
        ("Crisis line 24/7 except Sundays", {6}),
        ("Abierto todos los días excepto los domingos", {6}),
        ("Abierto todos los días menos domingos", {6}),
        ("Horario: lunes a domingo 10-18, excepto martes", {1}),
        ("Aberto todos os dias exceto domingo", {6}),
        ("Louvri chak jou eksepte dimanch", {6}),
        # what the exception is taken from is no opening: nothing closed
        ("Fermé sauf le dimanche", set()),
        ("Closed every day except Sunday", set()),
        ("Lunch break 12-1 except Saturdays", set()),
        ("Open 9-5, lunch break 12-1 except Saturdays", set()),
        ("Open daily, closes at 5 except Sundays", set()),
        ("Ouvert du lundi au vendredi, sauf les jours fériés.", set()),
        # some of the days or some hours
        ("Fermé un dimanche sur deux", set()),
        ("Cerrado el primer domingo de cada mes", set()),
        ("Fechado no primeiro domingo do mês", set()),
        ("Cerrado domingos alternos", set()),
        ("Closed Sundays every other week", set()),
        ("Cerrado los domingos por la tarde", set()),
        ("Fechado aos domingos de manhã", set()),
        ("Fèmen dimanch apremidi", set()),
        ("Ouvert tous les jours sauf le dimanche matin", set()),
        ("Open every day except Sunday afternoon", set()),
        ("Closed Sunday and Monday mornings", set()),
        ("Fermé le dimanche sauf en décembre", set()),
        ("Cerrado los domingos en verano", set()),
        ("Fermeture le samedi à 16 h", set()),
        ("Lundi au samedi - fermé les jours fériés", set()),
        # denied
        ("Nou pa fèmen dimanch", set()),
        ("No cerramos los domingos", set()),
        ("Não fechamos aos domingos", set()),
        ("Il n'est pas fermé le dimanche", set()),
        # no day
        ("Fechado na segunda quinzena de julho", set()),
        ("Cerrado por vacaciones", set()),
    ],
)
def test_days_said_closed_in_the_languages_partners_write(words: str, days: set[int]) -> None:
    assert days_said_closed(words) == days


def _every_day(words: str, field: str = "description") -> list[dict[str, str]]:
    return [weekly(EVERY_DAY, "10:00", "18:00", **{field: words})]


WORDS_ON_A_ROW: dict[str, Case] = {
    "cerrado-los-domingos-closes-sunday": (
        _every_day("Cerrado los domingos"),
        TORONTO_PLACE,
        SUNDAY,
        ("closed", "2026-06-15T10:00-04:00", None, False),
    ),
    "the-other-days-stay-open": (
        _every_day("Cerrado los domingos"),
        TORONTO_PLACE,
        SATURDAY,
        ("open", "2026-06-13T18:00-04:00", None, False),
    ),
    "encerrado-aos-sabados-e-domingos-in-the-notes": (
        _every_day("Encerrado aos sábados e domingos", "notes"),
        TORONTO_PLACE,
        SATURDAY,
        ("closed", "2026-06-15T10:00-04:00", None, False),
    ),
    "femen-wikenn": (
        _every_day("Fèmen wikenn"),
        TORONTO_PLACE,
        SUNDAY,
        ("closed", "2026-06-15T10:00-04:00", None, False),
    ),
    "lundi-au-samedi-sauf-le-mercredi": (
        _every_day("Lundi au samedi sauf le mercredi"),
        TORONTO_PLACE,
        WEDNESDAY,
        ("closed", "2026-06-18T10:00-04:00", None, False),
    ),
    "louvri-chak-jou-eksepte-dimanch": (
        _every_day("Louvri chak jou eksepte dimanch"),
        TORONTO_PLACE,
        SUNDAY,
        ("closed", "2026-06-15T10:00-04:00", None, False),
    ),
    "ferme-sauf-le-dimanche-leaves-the-fields": (
        _every_day("Fermé sauf le dimanche"),
        TORONTO_PLACE,
        SUNDAY,
        ("open", "2026-06-14T18:00-04:00", None, False),
    ),
    "some-sundays-close-nothing": (
        _every_day("Cerrado el primer domingo de cada mes"),
        TORONTO_PLACE,
        SUNDAY,
        ("open", "2026-06-14T18:00-04:00", None, False),
    ),
    "some-hours-close-nothing": (
        _every_day("Fechado aos domingos de manhã"),
        TORONTO_PLACE,
        SUNDAY,
        ("open", "2026-06-14T18:00-04:00", None, False),
    ),
    "a-denied-closure-closes-nothing": (
        _every_day("Nou pa fèmen dimanch"),
        TORONTO_PLACE,
        SUNDAY,
        ("open", "2026-06-14T18:00-04:00", None, False),
    ),
    "a-second-fortnight-is-no-monday": (
        _every_day("Fechado na segunda quinzena de julho"),
        TORONTO_PLACE,
        MONDAY,
        ("open", "2026-06-15T18:00-04:00", None, False),
    ),
    "a-summer-rows-words-close-only-its-summer": (
        [
            weekly(WEEKDAYS, "09:00", "17:00"),
            weekly("SU", "12:00", "16:00"),
            weekly(
                EVERY_DAY,
                "10:00",
                "18:00",
                valid_from="07-01",
                valid_to="08-31",
                description="Cerrado los domingos",
            ),
        ],
        TORONTO_PLACE,
        SUNDAY,
        ("closed", "2026-06-14T12:00-04:00", None, False),
    ),
    "and-close-its-summer-sundays": (
        [
            weekly(WEEKDAYS, "09:00", "17:00"),
            weekly("SU", "12:00", "16:00"),
            weekly(
                EVERY_DAY,
                "10:00",
                "18:00",
                valid_from="07-01",
                valid_to="08-31",
                description="Cerrado los domingos",
            ),
        ],
        TORONTO_PLACE,
        "2026-07-12T11:00-04:00",
        ("closed", "2026-07-13T10:00-04:00", None, False),
    ),
}


@pytest.mark.parametrize("name", sorted(WORDS_ON_A_ROW))
def test_words_that_close_days_in_every_language(name: str) -> None:
    check(WORDS_ON_A_ROW[name])


def test_a_line_open_around_the_clock_except_sundays_is_not_24_7() -> None:
    rows = [weekly(EVERY_DAY, "00:00", "24:00", service_id="s", description="Ligne 24/7 sauf le dimanche")]
    assert not always_open_at_a_place(rows, "s", [("sal", "l")], date(2026, 6, 16))
    rows = [{**rows[0], "description": "Ligne 24/7, même le dimanche"}]
    assert always_open_at_a_place(rows, "s", [("sal", "l")], date(2026, 6, 16))
