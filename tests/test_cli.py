from __future__ import annotations

import json
import os
import socket
import subprocess
import uuid
from pathlib import Path

import pytest
from typer.testing import CliRunner

from app.cli.commands import cli
from app.conversations import ownership
from app.conversations.actions import get_for_update
from app.live import events
from app.live.schemas import StaffUpdatedFrame
from app.models import User
from app.security.auth import authenticate
from app.storage.db import Database
from tests.conftest import OPERATOR_PASSWORD
from tests.factories import make_user, receive
from tests.hotline_command import run_hotline


def run(
    *args: str,
    stdin: str = "",
    stdin_bytes: bytes | None = None,
    database_url: str | None = None,
    console_script: bool = False,
) -> subprocess.CompletedProcess[str]:
    """`hotline <args>` in a process of its own (forked from the worker's zygote unless
    `console_script`: tests/hotline_command.py)."""
    env = {**os.environ, "HOTLINE_ENV": "test"}
    if database_url:
        env["HOTLINE_DATABASE_URL"] = database_url
    return run_hotline(
        list(args), env=env, stdin=stdin_bytes or stdin.encode(), console_script=console_script
    )


def invoke(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[str]:
    """The command run in this process (no interpreter start-up); `run` checks the installed
    `hotline` script end to end."""
    result = CliRunner().invoke(cli, list(args), input=stdin, env={"HOTLINE_ENV": "test"})
    return subprocess.CompletedProcess(args, result.exit_code, result.stdout, result.stderr)


class TestCreateUser:
    async def test_password_is_read_from_stdin(self, database_url: str, database: Database) -> None:
        # The installed console script itself, end to end (the other runs fork the same main).
        result = run(
            "create-user",
            "Sup@Example.org",
            "--role",
            "supervisor",
            stdin="a long enough password\n",
            database_url=database_url,
            console_script=True,
        )
        assert result.returncode == 0, result.stderr
        assert "a long enough password" not in result.stdout + result.stderr
        async with database.sessions() as session:
            user = await authenticate(session, email="sup@example.org", password="a long enough password")
        assert user is not None and user.role == "supervisor"

    async def test_an_account_given_back_is_announced_live(
        self, database_url: str, database: Database
    ) -> None:
        await make_user(database, email="back@example.org", password=OPERATOR_PASSWORD)
        deactivated = run("deactivate-user", "back@example.org", database_url=database_url)
        assert deactivated.returncode == 0, deactivated.stderr
        async with database.sessions() as session:
            seen = await events.last_id(session)
        result = run(
            "create-user", "back@example.org", stdin="a long enough password\n", database_url=database_url
        )
        assert result.returncode == 0, result.stderr
        async with database.sessions() as session:
            frames = [events.frame(event) for event in await events.after(session, event_id=seen)]
        staff = [frame.staff for frame in frames if isinstance(frame, StaffUpdatedFrame)]
        assert [(s.email, s.active) for s in staff] == [("back@example.org", True)]

    def test_short_password_is_refused(self, database_url: str) -> None:
        result = run("create-user", "a@example.org", stdin="short\n", database_url=database_url)
        assert result.returncode == 2 and "at least" in result.stderr

    def test_unknown_role_is_refused(self, database_url: str) -> None:
        result = run(
            "create-user",
            "a@example.org",
            "--role",
            "root",
            stdin="a long enough password\n",
            database_url=database_url,
        )
        assert result.returncode != 0


class TestDeactivateUser:
    async def test_the_account_stops_and_its_conversations_wait_again(
        self, database_url: str, database: Database
    ) -> None:
        await make_user(database, email="a@example.org", password=OPERATOR_PASSWORD)
        accepted = await receive(database, "Bonjour")
        async with database.transaction() as session:
            user = await authenticate(session, email="a@example.org", password=OPERATOR_PASSWORD)
            assert user is not None
            await ownership.take(
                session,
                conversation=await get_for_update(
                    session, conversation_id=uuid.UUID(accepted.conversation_id)
                ),
                operator=user,
                limit=5,
            )
        result = run("deactivate-user", "A@example.org", database_url=database_url)
        assert result.returncode == 0, result.stderr
        assert "1 open conversation(s) back in the queue" in result.stdout
        async with database.sessions() as session:
            assert await authenticate(session, email="a@example.org", password=OPERATOR_PASSWORD) is None
            found = await session.get(User, user.id)
            assert found is not None and found.active is False
        unknown = run("deactivate-user", "nobody@example.org", database_url=database_url)
        assert unknown.returncode == 1 and "no such account" in unknown.stderr


class TestTriageCommand:
    def test_json_lines_in_order_with_errors_inline(self) -> None:
        lines = "\n".join(
            [
                json.dumps({"id": "m1", "text": "je suis enfermée, appelez le 514 555 0148"}),
                "not json",
                json.dumps({"id": "m3"}),
                json.dumps({"id": "m4", "text": "what is human trafficking?"}),
            ]
        )
        result = run("triage", stdin=lines + "\n")
        assert result.returncode == 0
        out = [json.loads(line) for line in result.stdout.splitlines()]
        assert [o["id"] for o in out] == ["m1", None, "m3", "m4"]
        assert out[0]["urgency"] == "emergency" and "[PHONE]" in out[0]["redacted"]
        assert "514 555 0148" not in out[0]["redacted"]
        assert "error" in out[1] and "error" in out[2]
        assert set(out[3]) >= {
            "language",
            "urgency",
            "needs",
            "indicators",
            "exploitation",
            "region",
            "redacted",
            "entities",
            "explanations",
        }

    def test_malformed_input_never_stops_the_run(self) -> None:
        good = json.dumps({"id": "last", "text": "help, they took my passport"}).encode()
        lines = [
            b"\xff\xfe broken utf-8",
            b'{"id": "x", "text": ',  # truncated JSON
            b"[1, 2, 3]",
            b"[" * 100_000 + b"]" * 100_000,  # too deep for the parser (RecursionError)
            json.dumps({"id": "n", "text": None}).encode(),
            json.dumps({"id": {"nested": 1}, "text": "hi"}).encode(),
            json.dumps({"id": "h", "text": "hola", "language_hint": 5}).encode(),
            json.dumps({"id": "big", "text": "a" * 20_001}).encode(),
            b"   ",
            good,
        ]
        result = invoke("triage", stdin=b"\n".join(lines) + b"\n")
        assert result.returncode == 0, result.stderr
        out = [json.loads(line) for line in result.stdout.splitlines()]
        # One line per non-blank input, in order; every bad line says why.
        assert [o["id"] for o in out] == [None, None, None, None, "n", None, "h", "big", "last"]
        reasons = [o.get("error", "") for o in out[:-1]]
        assert all(reasons), reasons
        assert "UTF-8" in reasons[0] and "JSON" in reasons[1] and "object" in reasons[2]
        assert "JSON" in reasons[3]
        assert "text" in reasons[4] and "id" in reasons[5] and "language_hint" in reasons[6]
        assert out[-1]["urgency"] in {"high", "emergency"}

    def test_languages_option_restricts_detection(self) -> None:
        line = (json.dumps({"id": "1", "text": "el jefe no me paga y tengo miedo"}) + "\n").encode()
        assert json.loads(invoke("triage", stdin=line).stdout)["language"] == "es"
        restricted = invoke("triage", "--languages", "fr,en", stdin=line)
        assert json.loads(restricted.stdout)["language"] != "es"


class TestDemo:
    async def test_demo_prints_working_logins_and_keeps_the_passwords_unless_asked(
        self, database_url: str, database: Database
    ) -> None:
        def passwords(result: subprocess.CompletedProcess[str]) -> list[str]:
            assert result.returncode == 0, result.stderr
            lines = result.stdout.splitlines()
            return [line.split(":", 1)[1].strip() for line in lines if "Password:" in line]

        async def works(email: str, password: str) -> bool:
            async with database.sessions() as session:
                return await authenticate(session, email=email, password=password) is not None

        operator, supervisor = "intervenant@demo.example.org", "superviseure@demo.example.org"
        # The first run prints the console's link and two working logins, of their two roles.
        printed = run("demo", "--console-url", "http://127.0.0.1:8123/console", database_url=database_url)
        assert "http://127.0.0.1:8123/console" in printed.stdout
        first = passwords(printed)
        assert len(first) == 2
        async with database.sessions() as session:
            roles = [
                await authenticate(session, email=email, password=password)
                for email, password in zip((operator, supervisor), first, strict=True)
            ]
        assert [user.role if user else None for user in roles] == ["operator", "supervisor"]
        again = passwords(run("demo", database_url=database_url))
        assert all(line.startswith("unchanged") and "--new-passwords" in line for line in again)
        assert await works(operator, first[0]) and await works(supervisor, first[1])
        renewed = passwords(run("demo", "--new-passwords", database_url=database_url))
        assert not await works(operator, first[0])
        assert await works(operator, renewed[0]) and await works(supervisor, renewed[1])


class TestPortCheck:
    def test_a_taken_port_is_refused_before_anything_starts(self) -> None:
        with socket.socket() as taken:
            taken.bind(("127.0.0.1", 0))
            taken.listen()
            port = taken.getsockname()[1]
            checked = run("serve", "--check-port", "--port", str(port))
            served = run("serve", "--port", str(port))
        for result in (checked, served):
            assert result.returncode == 1
            assert f"port {port}" in result.stderr and f"make run PORT={port + 1}" in result.stderr
            assert "embedded PostgreSQL" not in result.stderr  # refused before the database starts
        assert run("serve", "--check-port", "--port", str(port)).returncode == 0  # free again

    def test_make_run_checks_the_port_before_the_demo_resets_anything(self) -> None:
        root = Path(__file__).resolve().parents[1]
        planned = subprocess.run(
            ["make", "-n", "run", "PORT=8123"], cwd=root, capture_output=True, text=True, check=True
        ).stdout.splitlines()
        steps = [
            next(index for index, line in enumerate(planned) if needle in line)
            for needle in ("serve --check-port", "hotline migrate", "hotline demo", "serve --host")
        ]
        assert steps == sorted(steps) and "--port 8123" in planned[steps[0]]


@pytest.mark.parametrize(
    "command",
    ["serve", "migrate", "create-user", "deactivate-user", "demo", "triage", "check-config", "purge"],
)
def test_every_command_has_help(command: str) -> None:
    assert invoke(command, "--help").returncode == 0
