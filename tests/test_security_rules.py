"""Staff sessions, passwords and the login redirect: rules only, no database."""

from __future__ import annotations

import time

import pytest
from itsdangerous import URLSafeTimedSerializer

from app.models import Role
from app.pages.console import _safe_next
from app.security import passwords, users
from app.security.auth import SessionSigner
from app.security.passwords import hash_password, verify_password

pytestmark = pytest.mark.pure


class TestSessionCookie:
    """The cookie only names a server-side session (tests/security/test_sessions.py)."""

    def test_a_signed_cookie_gives_back_the_session_id(self) -> None:
        signer = SessionSigner("s" * 40, max_age_seconds=60)
        assert signer.loads(signer.dumps("session-a")) == "session-a"
        assert signer.dumps("session-a") != signer.dumps("session-b")

    def test_a_cookie_signed_with_another_secret_or_tampered_is_nothing(self) -> None:
        cookie = SessionSigner("other" * 8, max_age_seconds=60).dumps("session-a")
        signer = SessionSigner("s" * 40, max_age_seconds=60)
        assert signer.loads(cookie) is None
        good = signer.dumps("session-a")
        assert signer.loads(good[:-2] + ("AA" if good[-2:] != "AA" else "BB")) is None
        assert signer.loads("") is None and signer.loads(None) is None

    def test_an_expired_cookie_is_nothing(self, monkeypatch: pytest.MonkeyPatch) -> None:
        signer = SessionSigner("s" * 40, max_age_seconds=60)
        cookie = signer.dumps("session-a")
        later = time.time() + 120
        monkeypatch.setattr(time, "time", lambda: later)
        assert signer.loads(cookie) is None

    def test_a_signed_value_of_the_wrong_shape_is_nothing(self) -> None:
        serializer = URLSafeTimedSerializer("s" * 40, salt="hotline.session")
        signer = SessionSigner("s" * 40, max_age_seconds=60)
        for value in ({"uid": 7}, [7], {"sid": 7}):
            assert signer.loads(serializer.dumps(value)) is None


class TestPasswords:
    def test_only_the_right_password_verifies_and_no_hash_never_does(self) -> None:
        stored = hash_password("correct horse battery")
        assert verify_password(stored, "correct horse battery")
        assert not verify_password(stored, "correct horse batter")
        assert not verify_password(None, "not-a-real-password")  # the timing dummy is no account
        assert not verify_password("not a hash", "x")

    def test_the_timing_dummy_has_the_hashers_parameters(self) -> None:
        """Checking an unknown e-mail's password costs what checking a real one does: the
        written-out dummy hash needs no rehash under the hasher's parameters, and a real hash
        carries the same ones."""
        for env in ("production", "development", "test"):
            hasher, dummy = passwords.hasher_for(env)
            assert not hasher.check_needs_rehash(dummy), env
            real = hasher.hash("correct horse battery")
            assert real.split("$")[3] == dummy.split("$")[3], env  # m=, t=, p=

    def test_only_the_test_environment_hashes_cheaply(self) -> None:
        """RFC 9106's low-memory profile (64 MiB, three passes) outside `HOTLINE_ENV=test`."""
        for env in ("production", "development", None, "Test", "testing"):
            hasher, _ = passwords.hasher_for(env)
            assert (hasher.memory_cost, hasher.time_cost) == (65536, 3), env
        assert passwords.hasher_for("test")[0].memory_cost < 1024

    async def test_a_short_password_is_refused_before_anything_is_stored(self) -> None:
        with pytest.raises(users.WeakPassword, match="at least 10"):
            await users.create_or_reset(
                None,
                email="a@example.org",
                password="short",  # type: ignore[arg-type]
                role=Role.operator,
            )


@pytest.mark.parametrize(
    ("asked", "given"),
    [
        (None, "/console"),
        ("", "/console"),
        ("/console?c=1", "/console?c=1"),
        ("/console/x", "/console/x"),
        ("https://evil.example.org/console", "/console"),
        ("//evil.example.org/console", "/console"),
        ("/chat", "/console"),
        ("javascript:alert(1)", "/console"),
    ],
)
def test_after_login_only_console_paths_of_this_site(asked: str | None, given: str) -> None:
    assert _safe_next(asked) == given
