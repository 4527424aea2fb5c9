"""Runs the retention purge every `HOTLINE_RETENTION_INTERVAL_SECONDS`: one asyncio task per
app process, any number of processes (the purge locks its rows with SKIP LOCKED)."""

from __future__ import annotations

import logging

from app.background_task import PeriodicTask
from app.models.base import utcnow
from app.security import retention
from app.storage.db import Database

log = logging.getLogger(__name__)


class RetentionWorker(PeriodicTask):
    name = "retention-worker"

    def __init__(
        self, *, database: Database, policy: retention.RetentionPolicy, interval_seconds: float
    ) -> None:
        self._database = database
        self._policy = policy
        self.interval_seconds = interval_seconds

    async def run_once(self) -> retention.PurgeCounts:
        """One full pass at the current time; the counts purged (logged, never any text)."""
        counts = await retention.purge(self._database, now=utcnow(), policy=self._policy)
        if counts.total:
            log.info(
                "retention purge: %s vault entries, %s sealed originals, texts of %s and"
                " notes of %s conversations",
                counts.vault_entries,
                counts.sealed_originals,
                counts.texts,
                counts.notes,
            )
        return counts
