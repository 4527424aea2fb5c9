"""One named asyncio task per app process for a background loop (outbox, retention, referrals),
started in the lifespan and cancelled cleanly at shutdown."""

from __future__ import annotations

import asyncio
import contextlib
import logging

log = logging.getLogger(__name__)


class BackgroundTask:
    """Subclasses give `run()` (a loop that never returns) and a task `name`."""

    name = "background-task"
    _task: asyncio.Task[None] | None = None

    async def run(self) -> None:
        raise NotImplementedError

    def start(self) -> None:
        self._task = asyncio.create_task(self.run(), name=self.name)

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None


class PeriodicTask(BackgroundTask):
    """A round (`run_once`) every `interval_seconds`. A failed round (the database down) is
    logged by its error's type only, never its text, and the loop goes on."""

    interval_seconds: float = 60.0

    async def run_once(self) -> object:
        raise NotImplementedError

    async def run(self) -> None:
        while True:
            try:
                await self.run_once()
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # storage down: keep the loop, try again later
                log.warning("%s: round failed [%s]", self.name, type(exc).__name__)
            await asyncio.sleep(self.interval_seconds)
