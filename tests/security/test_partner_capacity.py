"""The partner portal's places available are read as the console's directory form reads them.

A partner worker who sent 5,000 digits got a 500 and a logged traceback: the page checked the
digits with `isdecimal()` and then called `int()`, which refuses more than 4,300 of them.
"""

from __future__ import annotations

import re

from fastapi import FastAPI

from app.storage.db import Database
from tests.security.partner_setup import accepted_referral

NOT_PLACES = ["9" * 5000, "1" * 4301, "nan", "-1", "100001", "2.5", "", "x"]


async def test_a_number_the_form_cannot_hold_is_a_422(app: FastAPI, database: Database) -> None:
    async with accepted_referral(app, database) as portal:
        found = re.search(
            r'action="/partner/services/([^/"]+)/capacity"', (await portal.partner.get("/partner/")).text
        )
        assert found is not None
        path = f"/partner/services/{found.group(1)}/capacity"
        for available in NOT_PLACES:
            answer = await portal.partner.post(path, data={"csrf_token": portal.csrf, "available": available})
            assert answer.status_code == 422, available[:20]
        saved = await portal.partner.post(path, data={"csrf_token": portal.csrf, "available": " 7 "})
        assert saved.status_code == 303
        assert re.search(r'name="available"[^>]*value="7"', (await portal.partner.get("/partner/")).text)
