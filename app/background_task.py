"""One named asyncio task per app process for a background loop (outbox, retention), started
in the lifespan and cancelled cleanly at shutdown."""

from __future__ import annotations

import asyncio
import contextlib


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
