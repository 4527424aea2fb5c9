from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.auth import authenticate
from app.db import Database

HOTLINE = Path(sys.executable).with_name("hotline")


def run(*args: str, stdin: str = "", database_url: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HOTLINE_ENV": "test"}
    if database_url:
        env["HOTLINE_DATABASE_URL"] = database_url
    return subprocess.run([str(HOTLINE), *args], input=stdin, env=env, capture_output=True,
                          text=True, timeout=60)


class TestCreateUser:
    async def test_password_is_read_from_stdin(self, database_url: str, database: Database) -> None:
        result = run("create-user", "Sup@Example.org", "--role", "supervisor",
                     stdin="a long enough password\n", database_url=database_url)
        assert result.returncode == 0, result.stderr
        assert "a long enough password" not in result.stdout + result.stderr
        async with database.sessions() as session:
            user = await authenticate(session, email="sup@example.org",
                                      password="a long enough password")
        assert user is not None and user.role == "supervisor"

    def test_short_password_is_refused(self, database_url: str) -> None:
        result = run("create-user", "a@example.org", stdin="short\n", database_url=database_url)
        assert result.returncode == 2 and "at least" in result.stderr

    def test_unknown_role_is_refused(self, database_url: str) -> None:
        result = run("create-user", "a@example.org", "--role", "root",
                     stdin="a long enough password\n", database_url=database_url)
        assert result.returncode != 0


class TestTriageCommand:
    def test_json_lines_in_order_with_errors_inline(self) -> None:
        lines = "\n".join([
            json.dumps({"id": "m1", "text": "je suis enfermée, appelez le 514 555 0148"}),
            "not json",
            json.dumps({"id": "m3"}),
            json.dumps({"id": "m4", "text": "what is human trafficking?"}),
        ])
        result = run("triage", stdin=lines + "\n")
        assert result.returncode == 0
        out = [json.loads(line) for line in result.stdout.splitlines()]
        assert [o["id"] for o in out] == ["m1", None, "m3", "m4"]
        assert out[0]["urgency"] == "emergency" and "[PHONE]" in out[0]["redacted"]
        assert "514 555 0148" not in out[0]["redacted"]
        assert "error" in out[1] and "error" in out[2]
        assert set(out[3]) >= {"language", "urgency", "needs", "indicators", "exploitation",
                               "region", "redacted", "entities", "explanations"}


@pytest.mark.parametrize("command", ["serve", "migrate", "create-user", "demo", "triage"])
def test_every_command_has_help(command: str) -> None:
    assert run(command, "--help").returncode == 0
