"""Logins: argon2 off the event loop, throttling with 429 and Retry-After, strong
passwords and valid e-mails."""

from __future__ import annotations

import asyncio
import dataclasses
import threading

import httpx
import pytest
import sqlalchemy as sa

from app.security import login_throttle, passwords, users
from app.settings import Settings
from app.storage.db import Database
from tests.conftest import OPERATOR_PASSWORD
from tests.test_cli import run


async def _post_login(client: httpx.AsyncClient, email: str, password: str, **extra: str) -> httpx.Response:
    return await client.post("/api/auth/login", json={"email": email, "password": password, **extra})


class TestArgon2OffTheLoop:
    async def test_health_answers_while_a_password_is_being_checked(
        self, client: httpx.AsyncClient, operator: str, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """No clock: the check waits until the test lets it go, so a check run on the event loop
        would hold it until its wait ran out, and /healthz would answer only after that."""
        real = passwords.verify_password
        entered, released, ran_out = threading.Event(), threading.Event(), threading.Event()

        def held(password_hash: str | None, password: str) -> bool:
            entered.set()
            if not released.wait(timeout=10):
                ran_out.set()
            return real(password_hash, password)

        monkeypatch.setattr(passwords, "verify_password", held)
        login = asyncio.create_task(_post_login(client, operator, "wrong password"))
        while not entered.is_set():
            await asyncio.sleep(0.01)
        assert (await client.get("/healthz")).status_code == 200
        assert not ran_out.is_set(), "the password check held the event loop"
        released.set()
        assert (await login).status_code == 401


class TestThrottling:
    async def test_after_60_wrong_passwords_the_right_one_waits_for_the_lock(
        self, client: httpx.AsyncClient, operator: str, database: Database, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        # Delays of a minute, not a second: on a loaded machine a one-second block after the third
        # failure can end while the fourth password is still being hashed (seen once).
        slow = dataclasses.replace(login_throttle.ACCOUNT, base_delay=60.0, max_delay=600.0)
        monkeypatch.setattr(login_throttle, "ACCOUNT", slow)
        statuses = [(await _post_login(client, operator, f"wrong {n}")).status_code for n in range(60)]
        assert statuses[:3] == [401, 401, 401]
        assert set(statuses[3:]) == {429}
        refused = await _post_login(client, operator, OPERATOR_PASSWORD)
        assert refused.status_code == 429
        assert int(refused.headers["Retry-After"]) > 600  # locked for minutes, not seconds
        async with database.transaction() as session:  # the lock expires
            await session.execute(sa.text("UPDATE login_throttle SET blocked_until = now() - interval '1 s'"))
        assert (await _post_login(client, operator, OPERATOR_PASSWORD)).status_code == 200

    async def test_the_delay_grows(
        self, client: httpx.AsyncClient, operator: str, database: Database
    ) -> None:
        waits = []
        for n in range(6):
            response = await _post_login(client, operator, f"wrong {n}")
            if response.status_code == 429:
                waits.append(int(response.headers["Retry-After"]))
            async with database.transaction() as session:
                await session.execute(sa.text("UPDATE login_throttle SET blocked_until = NULL"))
        blocked = await _post_login(client, operator, "wrong again")
        assert blocked.status_code == 401 and waits == []
        async with database.transaction() as session:
            rows = (
                await session.execute(
                    sa.text(
                        "SELECT failures, blocked_until - last_failure_at AS wait FROM login_throttle "
                        "ORDER BY failures"
                    )
                )
            ).all()
        assert [row.failures for row in rows] == [7, 7]
        waits_now = sorted(row.wait.total_seconds() for row in rows if row.wait is not None)
        assert len(waits_now) == 1 and waits_now[0] == 16  # the account's: 1 s doubled 4 times

    async def test_one_client_is_throttled_across_accounts(
        self, client: httpx.AsyncClient, database: Database
    ) -> None:
        statuses = [
            (await _post_login(client, f"nobody{n}@example.org", "wrong")).status_code for n in range(12)
        ]
        assert statuses[:10] == [401] * 10 and 429 in statuses[10:]

    async def test_look_alike_spellings_of_an_account_share_its_counter(
        self, client: httpx.AsyncClient, operator: str
    ) -> None:
        fullwidth = "".join(chr(ord(c) + 0xFEE0) if c.isascii() and c.isalpha() else c for c in operator)
        assert (await _post_login(client, fullwidth, OPERATOR_PASSWORD)).status_code == 200  # one account
        for spelling in (fullwidth, operator.upper(), fullwidth.upper()):
            assert (await _post_login(client, spelling, "wrong")).status_code == 401
        assert (await _post_login(client, operator, OPERATOR_PASSWORD)).status_code == 429

    async def test_no_address_or_email_in_the_table(
        self, client: httpx.AsyncClient, operator: str, database: Database
    ) -> None:
        await _post_login(client, operator, "wrong")
        async with database.transaction() as session:
            keys = (await session.execute(sa.text("SELECT key FROM login_throttle"))).scalars().all()
        assert len(keys) == 2 and all(len(key) == 64 and "@" not in key for key in keys)


class TestPasswordsAndEmails:
    @pytest.mark.parametrize("password", ["password12", " " * 10, "aaaaaaaaaa", "operator2024"])
    def test_weak_passwords_are_refused(self, password: str) -> None:
        with pytest.raises(users.WeakPassword):
            users.check_password(password, email="operator@example.org")

    def test_a_passphrase_is_accepted(self) -> None:
        users.check_password("correct horse battery", email="operator@example.org")

    @pytest.mark.parametrize("email", ["not an email <script>", "a@b", "<script>@example.org"])
    def test_invalid_emails_are_refused(self, email: str) -> None:
        with pytest.raises(users.InvalidEmail):
            users.normalise_email(email)

    @pytest.mark.parametrize("email", ["ＯＰＳ@example.org", "ｏｐｓ@ｅｘａｍｐｌｅ.org", " Ops@EXAMPLE.org"])
    def test_a_look_alike_spelling_is_the_same_address(self, email: str) -> None:
        assert users.normalise_email(email) == "ops@example.org"

    def test_create_user_refuses_both(self, database_url: str) -> None:
        weak = run("create-user", "ops@example.org", stdin="password12\n", database_url=database_url)
        assert weak.returncode == 2 and "weak" in weak.stderr
        bad = run(
            "create-user", "not an email <script>", stdin="correct horse battery\n", database_url=database_url
        )
        assert bad.returncode == 2 and "e-mail" in bad.stderr


def test_two_factor_is_required_in_production_only_unless_configured() -> None:
    assert Settings(env="development").totp_required is False
    assert Settings(env="development", require_totp=True).totp_required is True
    assert (
        Settings(
            env="production",
            secret_key="s" * 40,
            pseudonym_key="p" * 40,
            vault_key="dmF1bHQta2V5LWZvci10ZXN0cy0zMi1ieXRlcyEhISE=",
        ).totp_required
        is True
    )
