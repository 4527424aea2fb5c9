"""A periodic background loop survives a failed round and logs only the error's type."""

from __future__ import annotations

import asyncio

import pytest

from app.background_task import PeriodicTask

pytestmark = pytest.mark.pure


class Flaky(PeriodicTask):
    name = "flaky-worker"
    interval_seconds = 0.001

    def __init__(self) -> None:
        self.rounds = 0

    async def run_once(self) -> int:
        self.rounds += 1
        if self.rounds == 1:
            raise RuntimeError("secret text from +15145550123")
        return self.rounds


async def test_a_failed_round_is_logged_by_type_and_the_loop_goes_on(
    caplog: pytest.LogCaptureFixture,
) -> None:
    task = Flaky()
    task.start()
    for _ in range(200):
        if task.rounds >= 3:
            break
        await asyncio.sleep(0.005)
    await task.stop()
    assert task.rounds >= 3
    assert "flaky-worker: round failed [RuntimeError]" in caplog.text
    assert "5550123" not in caplog.text and "secret" not in caplog.text
