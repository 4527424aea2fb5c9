"""Drains the outbox: one asyncio task per app process, any number of processes.

Each round: fail the rows whose worker died mid-send, claim due rows (`FOR UPDATE SKIP
LOCKED`, committed as `sending` with a lease), then send each outside any transaction
and record the outcome. A temporary failure is retried after an exponential backoff with
full jitter, up to `max_attempts`; then the message is failed with the reason, visible
in the console, and an operator can retry it. The reply address is read from the vault
at send time and held in memory only for the call.
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import timedelta

from app.background_task import BackgroundTask
from app.conversations.intake import IntakeKeys
from app.delivery import outbox
from app.domain import ChannelKind, OutboundMessage
from app.models import Contact, Message, OutboxEntry, OutboxStatus
from app.models.base import utcnow
from app.security import vault
from app.settings import Settings
from app.storage.db import Database
from channels.base import DeliveryFailed, Sender

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    max_attempts: int = 8
    base_seconds: float = 2.0
    max_seconds: float = 300.0
    send_timeout_seconds: float = 10.0
    batch: int = 20
    concurrency: int = 8  # sends in flight per process (each holds a database session briefly)

    @classmethod
    def from_settings(cls, settings: Settings) -> RetryPolicy:
        return cls(
            max_attempts=settings.outbox_max_attempts,
            base_seconds=settings.outbox_backoff_seconds,
            max_seconds=settings.outbox_backoff_max_seconds,
            send_timeout_seconds=settings.outbox_send_timeout_seconds,
        )

    @property
    def lease(self) -> timedelta:
        # Longer than any send can take: a live worker never loses its rows.
        return timedelta(seconds=self.send_timeout_seconds * 3 + 30)

    def backoff(self, attempt: int, rng: random.Random | None = None) -> float:
        """Full jitter: uniform in [0, min(max, base * 2^(attempt-1))]."""
        ceiling = min(self.max_seconds, self.base_seconds * 2 ** max(0, attempt - 1))
        return (rng or random).uniform(0, ceiling)


@dataclass(frozen=True, slots=True)
class _Job:
    entry: OutboxEntry
    message: OutboundMessage


class OutboxWorker(BackgroundTask):
    name = "outbox-worker"

    def __init__(
        self,
        *,
        database: Database,
        keys: IntakeKeys,
        channels: Mapping[ChannelKind, Sender],
        policy: RetryPolicy,
        poll_seconds: float = 1.0,
    ) -> None:
        self._database = database
        self._keys = keys
        self._channels = channels
        self._policy = policy
        self._poll_seconds = poll_seconds

    async def run(self) -> None:
        while True:
            try:
                handled = await self.drain_once()
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # storage down: keep the loop, try again later
                log.warning("outbox round failed [%s]", type(exc).__name__)
                handled = 0
            if handled == 0:
                await asyncio.sleep(self._poll_seconds)

    async def drain(self) -> int:
        """Rounds until nothing is due (tests and the CLI); the number of rows handled."""
        total = 0
        while (handled := await self.drain_once()) > 0:
            total += handled
        return total

    async def drain_once(self) -> int:
        async with self._database.transaction() as session:
            await outbox.announce(session, await outbox.expire_leases(session))
        async with self._database.transaction() as session:
            claimed = await outbox.claim(session, limit=self._policy.batch, lease=self._policy.lease)
        # Different callers in parallel; one caller's messages one after another, in order.
        by_contact: dict[int, list[OutboxEntry]] = {}
        for entry in claimed:
            by_contact.setdefault(entry.contact_id, []).append(entry)
        slots = asyncio.Semaphore(self._policy.concurrency)
        await asyncio.gather(*(self._deliver_in_order(entries, slots) for entries in by_contact.values()))
        return len(claimed)

    async def _deliver_in_order(self, entries: list[OutboxEntry], slots: asyncio.Semaphore) -> None:
        for entry in entries:
            async with slots:
                await self._deliver(entry)

    async def _prepare(self, entry: OutboxEntry) -> _Job | None:
        """Check the contact and open the vault; finish the row when it must not be sent."""
        async with self._database.transaction() as session:
            contact = await session.get(Contact, entry.contact_id)
            message = await session.get(Message, entry.message_id)
            reason, status = None, OutboxStatus.failed
            address = None
            if contact is None or message is None:
                reason = outbox.REASON_ERASED
            elif outbox.erased(message):  # erased while a worker held it: never sent blank
                reason, status = outbox.REASON_ERASED, OutboxStatus.cancelled
            elif contact.stopped_at is not None:
                reason, status = outbox.REASON_STOPPED, OutboxStatus.cancelled
            elif contact.safe_to_reply is False:
                reason, status = outbox.REASON_UNSAFE, OutboxStatus.cancelled
            elif ChannelKind(entry.channel) not in self._channels:
                reason = "channel_not_configured"
            else:
                address = await vault.reveal(session, key=self._keys.vault_key, contact_id=contact.id or 0)
                if address is None:
                    reason = "address_expired_or_erased"
            if reason is not None or message is None or address is None:
                fresh = await session.get(OutboxEntry, entry.id, with_for_update=True)
                if fresh is not None and fresh.status == OutboxStatus.sending.value:
                    await outbox.announce(
                        session,
                        [await outbox.finish(session, fresh, status=status, reason=reason or "unknown")],
                    )
                return None
            return _Job(
                entry,
                OutboundMessage(
                    channel=ChannelKind(entry.channel),
                    address=address,
                    text=message.body_redacted,
                    idempotency_key=str(entry.idempotency_key),
                ),
            )

    async def _deliver(self, entry: OutboxEntry) -> None:
        job = await self._prepare(entry)
        if job is None:
            return
        channel = self._channels[job.message.channel]
        outcome: tuple[OutboxStatus, str | None, str | None, float | None]
        try:
            provider_id = await asyncio.wait_for(
                channel.send(job.message), timeout=self._policy.send_timeout_seconds * 2
            )
            outcome = (OutboxStatus.sent, None, provider_id, None)
        except DeliveryFailed as failure:
            outcome = self._after_failure(entry, failure)
        except TimeoutError:
            timed_out = DeliveryFailed("provider_timeout", retry=False, unknown=True)
            outcome = self._after_failure(entry, timed_out)
        del job  # the address is not kept beyond the call
        status, reason, provider_id, delay = outcome
        log.info(
            "outbox message %s: %s (attempt %s)%s",
            entry.message_id,
            status.value,
            entry.attempts,
            f" {reason}" if reason else "",
        )
        async with self._database.transaction() as session:
            fresh = await session.get(OutboxEntry, entry.id, with_for_update=True)
            settled = fresh is None or fresh.status != OutboxStatus.sending.value
            if fresh is None or settled or fresh.attempts != entry.attempts:
                return  # the lease ran out and the row was already settled
            retry_at = utcnow() + timedelta(seconds=delay) if delay is not None else None
            message = await outbox.finish(
                session, fresh, status=status, reason=reason, provider_id=provider_id, retry_at=retry_at
            )
            await outbox.announce(session, [message])

    def _after_failure(
        self, entry: OutboxEntry, failure: DeliveryFailed
    ) -> tuple[OutboxStatus, str | None, str | None, float | None]:
        if failure.unknown:
            return OutboxStatus.failed, f"{failure.reason}_delivery_unknown", None, None
        if failure.retry and entry.attempts < self._policy.max_attempts:
            return OutboxStatus.pending, failure.reason, None, self._policy.backoff(entry.attempts)
        suffix = f"_after_{entry.attempts}_attempts" if failure.retry else ""
        return OutboxStatus.failed, f"{failure.reason}{suffix}", None, None
