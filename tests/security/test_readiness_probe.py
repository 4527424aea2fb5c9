"""`GET /readyz` answers anyone (the proxy passes it like any path) and must stay cheap.

Each call read and parsed every file of alembic/versions to find the code's newest migration:
about 75 ms of CPU on the event loop, during which the process answered nothing. A stranger's
100 readiness requests sent together held a caller's chat message 7.2 s before its
acknowledgement (0.15 s idle). The code's newest migration cannot change under a running
process: it is read once; the database's own revision is still read at every call.
"""

from __future__ import annotations

import inspect

import httpx
import pytest
from alembic.script import ScriptDirectory

from app.storage import migrations


async def test_the_migration_files_are_read_at_most_once(
    client: httpx.AsyncClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The test process memoises head_revision (tests/start_up_memos.py): undo that here, so the
    # count is the app's own.
    monkeypatch.setattr(migrations, "head_revision", inspect.unwrap(migrations.head_revision))
    reads = []
    original = ScriptDirectory.from_config

    def counted(*args: object, **kwargs: object) -> ScriptDirectory:
        reads.append(1)
        return original(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(ScriptDirectory, "from_config", staticmethod(counted))
    for _ in range(20):
        answer = await client.get("/readyz")
        assert answer.status_code == 200 and answer.json()["status"] == "ready"
    assert len(reads) <= 1


async def test_a_database_behind_the_code_is_still_not_ready(
    client: httpx.AsyncClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert (await client.get("/readyz")).status_code == 200

    async def older(_engine: object) -> str:
        return "0000_older"

    monkeypatch.setattr(migrations, "current_revision", older)
    answer = await client.get("/readyz")
    assert answer.status_code == 503 and answer.json()["reason"] == "migrations_pending"
