"""Changing one's password cannot be used to guess the current one without limit.

`POST /api/auth/password` checked the current password with no throttle: whoever holds a staff
session (a cookie left on a shared computer, copied from a log) could try password after
password, then set their own, which ends the owner's sessions and outlives the stolen one. Its
failures now count against the account like failed logins.
"""

from __future__ import annotations

import httpx

from tests.conftest import OPERATOR_PASSWORD

NEW_PASSWORD = "plum orchard lantern 42"


async def _change(client: httpx.AsyncClient, current: str) -> httpx.Response:
    return await client.post("/api/auth/password",
                             json={"current_password": current, "new_password": NEW_PASSWORD})


async def test_wrong_current_passwords_are_throttled_like_logins(operator_client: httpx.AsyncClient) -> None:
    for guess in ("guess number one", "guess number two", "guess number three"):
        wrong = await _change(operator_client, guess)
        assert wrong.status_code == 401, wrong.text
    right = await _change(operator_client, OPERATOR_PASSWORD)
    assert right.status_code == 429 and int(right.headers["Retry-After"]) >= 1, right.text
    assert (await operator_client.get("/api/auth/me")).status_code == 200, "nothing changed"
