"""Flood control's pure rules: fixed windows, the wait they give, keys that hide what they count."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from app.security import flood_control

pytestmark = pytest.mark.pure

AT = datetime(2026, 12, 5, 22, 2, 41, 500000, tzinfo=UTC)


class TestWindows:
    def test_a_minute_window_starts_on_the_minute(self) -> None:
        rate = flood_control.per_minute(10)
        assert rate.window_start(AT) == datetime(2026, 12, 5, 22, 2, tzinfo=UTC)
        assert rate.window_start(AT + timedelta(seconds=19)) == datetime(2026, 12, 5, 22, 3, tzinfo=UTC)

    def test_the_wait_is_until_the_next_window_and_never_zero(self) -> None:
        rate = flood_control.per_minute(10)
        assert rate.retry_after(AT) == 19  # 18.5 s left, rounded up
        assert rate.retry_after(datetime(2026, 12, 5, 22, 2, 59, 999999, tzinfo=UTC)) == 1

    def test_other_window_sizes(self) -> None:
        rate = flood_control.Rate(limit=3, window=timedelta(seconds=10))
        assert rate.window_start(AT) == datetime(2026, 12, 5, 22, 2, 40, tzinfo=UTC)
        assert rate.retry_after(AT) == 9


class TestKeys:
    def test_a_key_is_a_keyed_hash_that_does_not_hold_the_token(self) -> None:
        token = "visitor-token-" + "x" * 30
        found = flood_control.key(b"secret", "webchat-session", token)
        assert len(found) == 64 and token not in found
        assert found == flood_control.key(b"secret", "webchat-session", token)
        assert found != flood_control.key(b"other", "webchat-session", token)
        assert found != flood_control.key(b"secret", "webchat-socket", token)
