"""The audit log in PostgreSQL: appended in transactions, refused changes, `hotline audit verify`."""

from __future__ import annotations

import asyncio

import pytest
import sqlalchemy as sa
from sqlalchemy.exc import DBAPIError
from typer.testing import CliRunner

from app.cli.commands import cli
from app.security import audit
from app.storage.db import Database


async def write(database: Database, count: int, *, actor_id: int = 1) -> None:
    for number in range(count):
        async with database.sessions() as session:
            await audit.record(
                session,
                action="conversation.transfer",
                actor_id=actor_id,
                subject_type="conversation",
                subject_id=f"c-{number}",
                detail={"to_user": number + 2},
            )
            await session.commit()


async def run_sql(database: Database, *statements: str) -> None:
    async with database.sessions() as session:
        for statement in statements:
            await session.execute(sa.text(statement))
        await session.commit()


TAMPER = "ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only"


def verify(database_url: str, *options: str) -> tuple[int, str]:
    env = {"HOTLINE_ENV": "test", "HOTLINE_DATABASE_URL": database_url}
    result = CliRunner().invoke(cli, ["audit", "verify", *options], env=env)
    return result.exit_code, result.output


async def test_concurrent_writers_make_one_intact_chain(database: Database) -> None:
    await asyncio.gather(*(write(database, 5, actor_id=n) for n in range(4)))
    async with database.sessions() as session:
        verification = await audit.verify(session)
    assert verification.intact and verification.entries == 20


async def test_an_entry_rolled_back_with_its_transaction_leaves_no_trace(
    database: Database,
) -> None:
    async with database.sessions() as session:
        await audit.record(session, action="login", actor_id=1, subject_type="user")
        await session.rollback()
    await write(database, 1)
    async with database.sessions() as session:
        verification = await audit.verify(session)
    assert verification.intact and verification.entries == 1


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE audit_log SET actor_id = 7",
        "DELETE FROM audit_log",
        "TRUNCATE audit_log",
    ],
)
async def test_the_table_refuses_changes(database: Database, statement: str) -> None:
    await write(database, 2)
    with pytest.raises(DBAPIError, match="append-only"):
        await run_sql(database, statement)


async def test_verify_finds_a_changed_entry(database_url: str, database: Database) -> None:
    await write(database, 4)
    code, output = await asyncio.to_thread(verify, database_url)
    assert code == 0 and "intact: 4 entries" in output
    await run_sql(database, TAMPER, "UPDATE audit_log SET subject_id = 'c-9' WHERE id = 2")
    code, output = await asyncio.to_thread(verify, database_url)
    assert code == 1 and "BROKEN at entry 2" in output and "changed" in output


async def test_verify_finds_a_deleted_entry(database_url: str, database: Database) -> None:
    await write(database, 4)
    await run_sql(database, TAMPER, "DELETE FROM audit_log WHERE id = 2")
    code, output = await asyncio.to_thread(verify, database_url)
    assert code == 1 and "BROKEN at entry 3" in output and "removed" in output


async def test_a_noted_head_finds_removed_last_entries(
    database_url: str,
    database: Database,
) -> None:
    await write(database, 3)
    code, output = await asyncio.to_thread(verify, database_url)
    head = output.rsplit("head ", 1)[1].strip()
    await write(database, 1)
    assert (await asyncio.to_thread(verify, database_url, "--known", head))[0] == 0
    await run_sql(database, TAMPER, "DELETE FROM audit_log WHERE id >= 3")
    code, output = await asyncio.to_thread(verify, database_url, "--known", head)
    assert code == 1 and "no longer in the chain" in output
