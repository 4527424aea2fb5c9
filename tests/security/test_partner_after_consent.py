"""Once the caller withdraws consent, the partner sees nothing of what was shared, the purpose
included.

The referral's purpose is what the operator wrote for the partner ("a bed tonight for a mother
and her two children"): part of what the caller agreed to share, with the facts. After a
revocation the partner's page said "nothing is shared any more" and still showed it.
"""

from __future__ import annotations

from fastapi import FastAPI

from app.storage.db import Database
from tests.security.partner_setup import accepted_referral

PURPOSE = "Une place ce soir pour Amina et ses deux enfants, rue Quattlebaum"


async def test_the_purpose_goes_with_the_consent(app: FastAPI, database: Database) -> None:
    async with accepted_referral(app, database, purpose=PURPOSE) as portal:
        page = f"/partner/referrals/{portal.referral}"
        assert "rue Quattlebaum" in (await portal.partner.get(page)).text
        revoked = await portal.staff.post(f"/api/referrals/{portal.referral}/revoke", json={})
        assert revoked.status_code == 200
        after = (await portal.partner.get(page)).text
        assert 'id="consent-ended"' in after and "Quattlebaum" not in after
        assert "Quattlebaum" not in (await portal.partner.get("/partner/")).text
