"""Changing one's password cannot be used to guess the current one without limit.

`POST /api/auth/password` checked the current password with no throttle: whoever holds a staff
session (a cookie left on a shared computer, copied from a log) could try password after
password, then set their own, which ends the owner's sessions and outlives the stolen one. Its
failures now count against the account like failed logins.
"""

from __future__ import annotations

import dataclasses

import httpx
import pytest

from app.security import login_throttle
from tests.conftest import OPERATOR_PASSWORD

NEW_PASSWORD = "plum orchard lantern 42"


async def _change(client: httpx.AsyncClient, current: str) -> httpx.Response:
    return await client.post(
        "/api/auth/password", json={"current_password": current, "new_password": NEW_PASSWORD}
    )


async def test_wrong_current_passwords_are_throttled_like_logins(
    operator_client: httpx.AsyncClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A delay long enough that a loaded machine (each Argon2 check near a second) cannot outlast it.
    patient = dataclasses.replace(login_throttle.ACCOUNT, base_delay=60.0)
    monkeypatch.setattr(login_throttle, "ACCOUNT", patient)
    for guess in ("guess number one", "guess number two", "guess number three"):
        wrong = await _change(operator_client, guess)
        assert wrong.status_code == 401, wrong.text
    right = await _change(operator_client, OPERATOR_PASSWORD)
    assert right.status_code == 429 and int(right.headers["Retry-After"]) >= 1, right.text
    assert (await operator_client.get("/api/auth/me")).status_code == 200, "nothing changed"
