"""Runs the retention purge every `HOTLINE_RETENTION_INTERVAL_SECONDS`: one asyncio task per
app process, any number of processes (the purge locks its rows with SKIP LOCKED)."""

from __future__ import annotations

import asyncio
import contextlib
import logging

from app.models.base import utcnow
from app.security import retention
from app.storage.db import Database

log = logging.getLogger(__name__)


class RetentionWorker:
    def __init__(
        self, *, database: Database, policy: retention.RetentionPolicy, interval_seconds: float
    ) -> None:
        self._database = database
        self._policy = policy
        self._interval_seconds = interval_seconds
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        self._task = asyncio.create_task(self.run(), name="retention-worker")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None

    async def run(self) -> None:
        while True:
            try:
                await self.run_once()
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # storage down: keep the loop, try again later
                log.warning("retention purge failed [%s]", type(exc).__name__)
            await asyncio.sleep(self._interval_seconds)

    async def run_once(self) -> retention.PurgeCounts:
        """One full pass at the current time; the counts purged (logged, never any text)."""
        counts = await retention.purge(self._database, now=utcnow(), policy=self._policy)
        if counts.total:
            log.info("retention purge: %s vault entries, %s sealed originals",
                     counts.vault_entries, counts.sealed_originals)
        return counts
