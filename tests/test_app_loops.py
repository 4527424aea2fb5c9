"""The app's lifespan starts its three background loops when its settings leave them on (the
default) and stops them at shutdown. The other in-process tests build apps with the loops off
(tests/conftest.py LOOPS_OFF) and run a loop's rounds themselves where they test it."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI

from app.background_task import BackgroundTask
from app.main import create_app
from app.settings import Settings
from tests.conftest import LOOPS_OFF

LOOPS = ("outbox_worker", "retention_worker", "referral_worker")


def loops(app: FastAPI) -> list[BackgroundTask]:
    return [getattr(app.state, name) for name in LOOPS]


async def test_the_lifespan_starts_the_three_loops_and_stops_them(database_url: str, tmp_path: Path) -> None:
    settings = Settings(database_url=database_url, data_dir=tmp_path, env="test")
    assert all(getattr(settings, name) for name in LOOPS)  # on unless switched off
    app = create_app(settings, database_url=database_url)
    async with app.router.lifespan_context(app):
        running = [loop._task for loop in loops(app)]
        assert all(task is not None and not task.done() for task in running)
    assert all(task is not None and task.cancelled() for task in running)
    assert all(loop._task is None for loop in loops(app))


async def test_the_tests_settings_leave_them_off(database_url: str, tmp_path: Path) -> None:
    app = create_app(
        Settings(database_url=database_url, data_dir=tmp_path, env="test", **LOOPS_OFF),
        database_url=database_url,
    )
    async with app.router.lifespan_context(app):
        assert [loop._task for loop in loops(app)] == [None, None, None]
