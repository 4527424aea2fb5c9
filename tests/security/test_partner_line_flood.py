"""A partner worker's lines in a warm hand-over are counted: each is a message to the caller (a
text message on their phone for an SMS or WhatsApp caller). An account that wrote without limit
(a script posting the chat form, from a worker's stolen session or password) sent the caller a
message per request, as many as it liked, on the hotline's bill; now past
HOTLINE_PARTNER_LINES_PER_MINUTE (20) a line is refused (429, Retry-After) and never sent."""

from __future__ import annotations

import sqlalchemy as sa
from fastapi import FastAPI

from app.storage.db import Database
from tests.security.partner_setup import accepted_referral


async def _lines_to_the_caller(database: Database) -> int:
    async with database.sessions() as session:
        found = await session.execute(
            sa.text("SELECT count(*) FROM messages WHERE direction = 'out' AND body_redacted LIKE 'Marie: %'")
        )
        return int(found.scalar_one())


async def test_a_worker_cannot_flood_the_caller(app: FastAPI, database: Database) -> None:
    async with accepted_referral(app, database) as portal:
        base = f"/partner/referrals/{portal.referral}"
        joined = await portal.partner.post(f"{base}/join", data={"csrf_token": portal.csrf})
        assert joined.status_code == 303
        answers = [
            await portal.partner.post(f"{base}/lines", data={"csrf_token": portal.csrf, "text": f"ligne {n}"})
            for n in range(25)
        ]
        assert [answer.status_code for answer in answers] == [201] * 20 + [429] * 5
        refused = answers[-1]
        assert 1 <= int(refused.headers["retry-after"]) <= 60
        assert refused.json()["retry_after"] == int(refused.headers["retry-after"])
        assert await _lines_to_the_caller(database) == 20
