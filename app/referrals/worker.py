"""The referral worker of one app process: expires referrals whose acknowledgement deadline
passed and sends partner notices, each round in short transactions of its own. Any number of
processes run it side by side (rows are claimed with SKIP LOCKED)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta

from sqlmodel.ext.asyncio.session import AsyncSession

from app.background_task import PeriodicTask
from app.delivery.outbox_worker import RetryPolicy
from app.models import PartnerNotice, Referral
from app.models.base import utcnow
from app.referrals import deadlines, links, notice_texts, notices, partner_service
from app.referrals.notice_delivery import Notice, NoticeSender
from app.settings import Settings
from app.storage.db import Database
from channels.base import DeliveryFailed

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]


class ReferralWorker(PeriodicTask):
    name = "referral-worker"

    def __init__(
        self,
        *,
        database: Database,
        settings: Settings,
        sender: NoticeSender,
        clock: Clock = utcnow,
        policy: RetryPolicy | None = None,
    ) -> None:
        self._database = database
        self._settings = settings
        self._sender = sender
        self._clock = clock
        self._policy = policy or RetryPolicy.from_settings(settings)
        self.interval_seconds = settings.referral_poll_seconds

    async def run_once(self) -> tuple[int, int]:
        """Deadlines expired and notices handled in this round (consents past their end date
        are ended on the way)."""
        expired = 0
        while True:
            async with self._database.transaction() as session:
                batch = await deadlines.expire_due(session, now=self._clock())
            expired += batch
            if batch == 0:
                break
        while True:
            async with self._database.transaction() as session:
                if await deadlines.end_expired_consents(session, now=self._clock()) == 0:
                    break
        return expired, await self.send_notices()

    async def send_notices(self) -> int:
        async with self._database.transaction() as session:
            await notices.release_stale(session, now=self._clock())
            claimed = await notices.claim(
                session, limit=self._policy.batch, lease=self._policy.lease, now=self._clock()
            )
            prepared = [await self._prepare(session, notice) for notice in claimed]
        for notice, ready in zip(claimed, prepared, strict=True):
            await self._deliver(notice, ready)
        return len(claimed)

    async def _prepare(self, session: AsyncSession, notice: PartnerNotice) -> Notice:
        referral = await session.get(Referral, notice.referral_id)
        assert referral is not None
        service = await partner_service.find(session, referral.service_id)
        token = links.sign(
            self._settings.secret_key.get_secret_value(),
            referral_id=referral.id,
            organization_id=referral.organization_id,
            expires_at=self._clock() + timedelta(hours=self._settings.referral_link_hours),
        )
        deadline = referral.acknowledge_by.isoformat(timespec="minutes") if referral.acknowledge_by else ""
        return Notice(
            kind=notice.kind,
            method=notice.method,
            target=service.notification_target if service else None,
            referral_id=str(referral.id),
            link=f"{self._settings.public_url.rstrip('/')}/partner/r/{token}",
            deadline=deadline if notice.kind == "new" else "",
            idempotency_key=str(notice.idempotency_key),
            language=notice_texts.language(self._settings, service.notice_language if service else None),
        )

    async def _deliver(self, notice: PartnerNotice, ready: Notice) -> None:
        sent, reason, retry_at = True, None, None
        try:
            await self._sender.send(ready)
        except DeliveryFailed as failure:
            sent, reason = False, failure.reason
            if failure.retry and notice.attempts < self._policy.max_attempts:
                retry_at = self._clock() + timedelta(seconds=self._policy.backoff(notice.attempts))
        log.info(
            "partner notice %s: %s (attempt %s)%s",
            notice.id,
            "sent" if sent else "not sent",
            notice.attempts,
            f" {reason}" if reason else "",
        )
        assert notice.id is not None
        async with self._database.transaction() as session:
            await notices.finish(
                session, notice.id, attempts=notice.attempts, sent=sent, reason=reason, retry_at=retry_at
            )
