"""Statistics without a database: the period, small-cell suppression, the report, the CSV rows
and the SVG charts."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from app.errors import FieldRefused
from app.statistics import period as periods
from app.statistics import report, service
from app.statistics.queries import FirstAnswer, RawCounts
from app.statistics.referrals import ReferralCounts
from app.statistics.suppression import shown
from web.charts import bar_chart

pytestmark = pytest.mark.pure

TORONTO = ZoneInfo("America/Toronto")
PERIOD = periods.Period(date(2026, 12, 1), date(2026, 12, 3), TORONTO)


def raw(**overrides: object) -> RawCounts:
    values: dict[str, object] = {
        "per_day": {
            (date(2026, 12, 1), "sms"): 12,
            (date(2026, 12, 1), "webchat"): 3,
            (date(2026, 12, 2), "webchat"): 25,
        },
        "urgency": {"high": 15, "low": 25},
        "languages": {"fr": 31, "ht": 2},
        "needs": {"shelter": 11, "legal": 9},
        "first_answer": FirstAnswer(answered=12, median_seconds=95.0, p90_seconds=600.0),
        "abandoned": 4,
    }
    values.update(overrides)
    return RawCounts(**values)  # type: ignore[arg-type]


class TestSuppression:
    @pytest.mark.parametrize(
        ("count", "expected"), [(0, "<10"), (1, "<10"), (9, "<10"), (10, 10), (250, 250)]
    )
    def test_a_count_under_ten_is_never_shown(self, count: int, expected: object) -> None:
        assert shown(count) == expected


class TestPeriod:
    def test_the_default_is_the_last_30_days_in_the_hotline_zone(self) -> None:
        # 02:00 UTC on 1 December is still 30 November in Toronto.
        chosen = periods.choose(None, None, zone=TORONTO, now=datetime(2026, 12, 1, 2, tzinfo=UTC))
        assert (chosen.first_day, chosen.last_day) == (date(2026, 11, 1), date(2026, 11, 30))
        assert chosen.start.utcoffset() is not None and chosen.start.hour == 0

    def test_from_after_to_and_over_a_year_are_refused(self) -> None:
        now = datetime(2026, 12, 1, tzinfo=UTC)
        with pytest.raises(FieldRefused):
            periods.choose(date(2026, 12, 2), date(2026, 12, 1), zone=TORONTO, now=now)
        with pytest.raises(FieldRefused):
            periods.choose(date(2024, 1, 1), date(2026, 12, 1), zone=TORONTO, now=now)


class TestReport:
    def test_every_count_is_suppressed_under_ten(self) -> None:
        stats = report.build(raw(), period=PERIOD, referrals=None, languages=("fr", "en"))
        assert stats.total == 40
        assert stats.by_channel["sms"] == 12 and stats.by_channel["webchat"] == 28
        assert stats.by_channel["telegram"] == "<10"
        # 1 December's 15 is hidden too: less its 12 by SMS it bounded the web chat's 3 to 0-3
        # (tests/security/test_statistics_differencing.py).
        assert [d.total for d in stats.days] == ["<10", 25, "<10"]
        assert stats.days[0].by_channel["webchat"] == "<10"
        assert stats.urgency == {"emergency": "<10", "high": 15, "standard": "<10", "low": 25}
        assert stats.needs["shelter"] == 11 and stats.needs["legal"] == "<10"
        assert stats.languages == {"fr": 31, "en": "<10", "ht": "<10"}
        assert stats.abandoned == "<10"
        assert stats.first_answer.answered == 12 and stats.first_answer.median_seconds == 95.0

    def test_times_to_answer_are_hidden_under_ten_answers(self) -> None:
        few = raw(first_answer=FirstAnswer(answered=9, median_seconds=60.0, p90_seconds=90.0))
        stats = report.build(few, period=PERIOD, referrals=None, languages=())
        assert stats.first_answer.answered == "<10"
        assert stats.first_answer.median_seconds is None and stats.first_answer.p90_seconds is None

    def test_referrals_are_not_available_until_wired_never_zero(self) -> None:
        missing = report.build(raw(), period=PERIOD, referrals=None, languages=())
        assert missing.referrals.available is False and missing.referrals.sent is None
        wired = report.build(
            raw(), period=PERIOD, referrals=ReferralCounts(sent=30, accepted=4), languages=()
        )
        assert (wired.referrals.sent, wired.referrals.accepted) == (30, "<10")

    def test_the_json_uses_from_and_to(self) -> None:
        stats = report.build(raw(), period=PERIOD, referrals=None, languages=())
        dumped = stats.model_dump(mode="json")
        assert (dumped["from"], dumped["to"]) == ("2026-12-01", "2026-12-03")


class TestCsv:
    def test_the_csv_shows_the_same_suppressed_cells_and_no_small_number(self) -> None:
        stats = report.build(raw(), period=PERIOD, referrals=None, languages=("fr",))
        text = service.to_csv(stats)
        lines = text.splitlines()
        assert lines[0] == "section,key,channel,value"
        assert "contacts_per_day,2026-12-01,webchat,<10" in lines
        # The SMS's 12 of 1 December is hidden with its day's total (they bounded the web chat's 3).
        assert "contacts_per_day,2026-12-01,sms,<10" in lines and "contacts,channel,sms,12" in lines
        assert "contacts_per_day,2026-12-02,,25" in lines
        assert "needs,legal,,<10" in lines and "languages,ht,,<10" in lines
        assert "referrals,sent,,not available" in lines
        counts = [line.rsplit(",", 1)[1] for line in lines[3:] if not line.startswith("first_answer,")]
        assert all(not value.isdigit() or int(value) >= 10 for value in counts)


class TestCharts:
    def test_a_suppressed_bar_is_an_outline_as_tall_as_ten(self) -> None:
        svg = bar_chart([("a", "<10"), ("b", 10), ("c", 30)], label="x")
        heights = re.findall(r'<rect class="chart-bar[^"]*" [^>]*height="([0-9.]+)"', svg)
        assert heights[0] == heights[1] and "chart-bar-suppressed" in svg and "&lt;10" in svg

    def test_bars_are_escaped_and_scaled(self) -> None:
        svg = bar_chart([("<b>", 20), ("c", 40)], label='"quoted"')
        assert "<b>" not in svg and "&lt;b&gt;" in svg and "&#34;quoted&#34;" in svg
        heights = [float(h) for h in re.findall(r'<rect class="chart-bar" [^>]*height="([0-9.]+)"', svg)]
        assert heights[1] == pytest.approx(2 * heights[0])
