"""A login refused by the throttle, unchecked, writes no audit entry.

Every refused attempt was appended to the audit log, which nothing may delete (a trigger refuses
it) and whose writers all wait on one lock: a stranger's 1,000 logins against one staff e-mail
wrote 1,000 permanent entries, 997 of them for attempts the throttle refused without checking
anything, each holding the lock every audited staff action waits on. The attempts that were
checked (and led to the block) are still there; the throttle's own table counts the rest.
"""

from __future__ import annotations

import httpx

from app.storage.db import Database
from tests.security.test_audit_wiring import entries, user_id


async def test_only_the_attempts_that_were_checked_are_audited(
    client: httpx.AsyncClient, operator: str, database: Database
) -> None:
    before = len(await entries(database))
    statuses = [
        (await client.post("/api/auth/login", json={"email": operator, "password": f"wrong {n}"})).status_code
        for n in range(15)
    ]
    assert statuses.count(429) >= 10
    added = (await entries(database))[before:]
    assert len(added) == statuses.count(401)
    known = await user_id(database, operator)
    assert [(entry.action, entry.actor_id, entry.detail) for entry in added] == [
        ("login.failed", known, {"outcome": "invalid"})
    ] * statuses.count(401)


async def test_an_unknown_email_refused_by_the_throttle_adds_nothing_either(
    client: httpx.AsyncClient, database: Database
) -> None:
    before = len(await entries(database))
    statuses = [
        (
            await client.post("/api/auth/login", json={"email": "nobody@example.org", "password": "x"})
        ).status_code
        for _ in range(15)
    ]
    assert statuses.count(429) >= 10
    assert len((await entries(database))[before:]) == statuses.count(401)
