"""Look-alike e-mail addresses: a new staff account or partner invitation whose address mixes
alphabets (a Cyrillic `а` in `аdmin@…`) or looks the same as an existing account's is refused with
a reason; accounts made before the rule keep logging in."""

from __future__ import annotations

import httpx
import pytest
import sqlalchemy as sa
from fastapi import FastAPI

from app.models import Role
from app.security import lookalike_emails, users
from app.storage.db import Database
from tests.conftest import OPERATOR_PASSWORD
from tests.factories import make_user
from tests.referrals.helpers import make_service

CYRILLIC_A = "\u0430"
ADMIN = "admin@hotline.example"


class TestRules:
    @pytest.mark.parametrize(
        "email",
        [
            f"{CYRILLIC_A}dmin@hotline.example",  # local part: Latin with one Cyrillic letter
            "admin@h\u03bftline.example",  # a domain label: Latin with a Greek omicron
            "p\u0430ypal@example.org",
        ],
    )
    def test_mixed_alphabets_are_refused(self, email: str) -> None:
        reason = lookalike_emails.refusal(email, existing=[])
        assert reason is not None and "mixes alphabets" in reason

    @pytest.mark.parametrize(
        "email",
        [
            "marie@maison.example",
            "\u0438\u0432\u0430\u043d@\u043f\u043e\u0447\u0442\u0430.\u0440\u0444",  # all Cyrillic
            "ivan@\u043f\u043e\u0447\u0442\u0430.\u0440\u0444",  # one script per part and label
            "\u5c71\u7530taro@example.jp",  # Latin with Han: TR39 highly restrictive allows it
            "jos\u00e9.o'neil-2@example.org",
        ],
    )
    def test_one_script_per_part_is_accepted(self, email: str) -> None:
        assert lookalike_emails.refusal(email, existing=[ADMIN]) is None

    @pytest.mark.parametrize(
        "email",
        [
            "\u0430\u0441\u0435@hotline.example",  # all Cyrillic, reads "ace"
            "adrnin@hotline.example",  # rn reads m
            "admin@hotline.examp1e",  # 1 reads l
        ],
    )
    def test_an_address_that_looks_like_an_existing_one_is_refused(self, email: str) -> None:
        existing = [ADMIN, "ace@hotline.example", "admin@hotline.example"]
        reason = lookalike_emails.refusal(email, existing=existing)
        assert reason is not None and "looks the same" in reason

    def test_the_same_address_is_not_its_own_look_alike(self) -> None:
        assert lookalike_emails.refusal(ADMIN, existing=[ADMIN]) is None


async def test_a_staff_account_is_refused_a_look_alike_address(database: Database) -> None:
    await make_user(database, email=ADMIN, password=OPERATOR_PASSWORD, role=Role.admin)
    for email in (f"{CYRILLIC_A}dmin@hotline.example", "adrnin@hotline.example"):
        with pytest.raises(users.LookAlikeEmail):
            await make_user(database, email=email, password=OPERATOR_PASSWORD)
    await make_user(database, email=ADMIN, password=OPERATOR_PASSWORD, role=Role.admin)  # a reset


async def test_an_account_made_before_the_rule_still_logs_in(app: FastAPI, database: Database) -> None:
    await make_user(database, email=ADMIN, password=OPERATOR_PASSWORD, role=Role.operator)
    lookalike = f"{CYRILLIC_A}dmin@hotline.example"
    async with database.transaction() as session:  # as an older version let it be made
        await session.execute(
            sa.text("UPDATE users SET email = :new WHERE email = :old"), {"new": lookalike, "old": ADMIN}
        )
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://testserver"
    ) as client:
        login = await client.post("/api/auth/login", json={"email": lookalike, "password": OPERATOR_PASSWORD})
        assert login.status_code == 200, login.text
    await make_user(database, email=lookalike, password=OPERATOR_PASSWORD)  # and can be reset


async def test_a_partner_invitation_is_refused_a_look_alike_address(app: FastAPI, database: Database) -> None:
    await make_user(database, email="sup@example.org", password=OPERATOR_PASSWORD, role=Role.supervisor)
    _service, organization = await make_service(database)
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://testserver"
    ) as staff:
        await staff.post("/api/auth/login", json={"email": "sup@example.org", "password": OPERATOR_PASSWORD})
        refused = await staff.post(
            "/api/partner-users",
            json={
                "organization_id": organization,
                "email": f"sup@ex{CYRILLIC_A}mple.org",
                "display_name": "S",
            },
        )
        assert refused.status_code == 422
        assert "mixes alphabets" in refused.text and CYRILLIC_A not in refused.text
        twin = await staff.post(
            "/api/partner-users",
            json={"organization_id": organization, "email": "sup@examp1e.org", "display_name": "S"},
        )
        assert twin.status_code == 422 and "looks the same" in twin.text
        fine = await staff.post(
            "/api/partner-users",
            json={"organization_id": organization, "email": "marie@maison.example", "display_name": "M"},
        )
        assert fine.status_code == 201, fine.text
