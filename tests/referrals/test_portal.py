"""The partner portal: invitation, login, the organisation's referrals with the consented facts
only, accept / decline / progress / complete, capacity; signed links refused when forged,
altered or expired; another organisation's partner refused everywhere."""

from __future__ import annotations

import asyncio
import re
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from email import message_from_bytes

import httpx
import pytest
import sqlalchemy as sa
from fastapi import FastAPI

import directory
from app.partners import suggestions as partner_suggestions
from app.referrals import links
from app.referrals.notice_delivery import NoticeSender
from app.referrals.worker import ReferralWorker
from app.security import passwords
from app.settings import Settings
from app.storage.db import Database
from directory.tables import TABLES
from tests.factories import make_user, receive
from tests.referrals.conftest import Inbox
from tests.referrals.helpers import make_service, refer

PARTNER_PASSWORD = "maison marguerite accueille"
SUPERVISOR = "supervisor@example.org"
CALLER = "webchat-token-of-the-caller-0123456789"


def _client(app: FastAPI) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://testserver")


async def _csrf(client: httpx.AsyncClient, path: str) -> str:
    page = await client.get(path)
    found = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
    assert found, page.text[:500]
    return found.group(1)


@asynccontextmanager
async def _partner(
    app: FastAPI, operator_client: httpx.AsyncClient, organization: str, email: str
) -> AsyncIterator[httpx.AsyncClient]:
    """A partner user invited by the supervisor (logged in on `operator_client`), logged in."""
    invited = await operator_client.post(
        "/api/partner-users", json={"organization_id": organization, "email": email, "display_name": "Marie"}
    )
    assert invited.status_code == 201, invited.text
    path = "/partner/" + invited.json()["invitation_url"].split("/partner/", 1)[1]
    async with _client(app) as client:
        token = await _csrf(client, path)
        accepted = await client.post(path, data={"password": PARTNER_PASSWORD, "csrf_token": token})
        assert accepted.status_code == 303
        assert (await client.get(path)).status_code == 404  # an invitation works once
        token = await _csrf(client, "/partner/login")
        login = await client.post(
            "/partner/login",
            data={"email": email, "password": PARTNER_PASSWORD, "csrf_token": token, "next": "/partner/"},
        )
        assert login.status_code == 303 and "hotline_partner" in login.cookies
        yield client


@pytest.fixture
async def supervisor_client(app: FastAPI, database: Database) -> AsyncIterator[httpx.AsyncClient]:
    from app.models import Role

    await make_user(database, email=SUPERVISOR, password="supervisor horse battery", role=Role.supervisor)
    async with _client(app) as client:
        login = await client.post(
            "/api/auth/login", json={"email": SUPERVISOR, "password": "supervisor horse battery"}
        )
        assert login.status_code == 200
        yield client


def _link(settings: Settings, referral_id: str, organization: str, *, hours: float = 72) -> str:
    return links.sign(
        settings.secret_key.get_secret_value(),
        referral_id=uuid.UUID(referral_id),
        organization_id=organization,
        expires_at=datetime.now(UTC) + timedelta(hours=hours),
    )


async def test_match_consent_notice_acceptance_and_completion(
    app: FastAPI,
    supervisor_client: httpx.AsyncClient,
    database: Database,
    settings: Settings,
    smtp: tuple[Inbox, int],
) -> None:
    # Match: the console's first suggestion for this conversation.
    async with database.transaction() as session:
        await directory.load_demo(session)
    accepted = await receive(database, "il m'a frappée, je cherche un hébergement ce soir à Montréal")
    async with database.sessions() as session:
        found = await partner_suggestions.suggest(
            session,
            summary={"needs": ["shelter"], "region": "Montréal"},
            conversation={"language": "fr", "urgency": "high"},
            at=datetime.now(UTC),
        )
    service, organization = found[0]["service"]["id"], found[0]["service"]["organization"]["id"]
    async with database.transaction() as session:
        await session.execute(
            sa.update(TABLES["service"])
            .where(TABLES["service"].c.id == service)
            .values(notification_method="email", notification_target="intake@partner.example")
        )
    # Consent (verbal, recorded by the operator) makes the referral.
    made = (
        await refer(
            supervisor_client,
            accepted.conversation_id,
            service,
            share=("first_name", "summary", "needs"),
            first_name="Amina",
        )
    ).json()
    assert made["status"] == "requested"
    # Notice: an e-mail with the signed link only.
    mailing = settings.model_copy(
        update={"smtp_host": "127.0.0.1", "smtp_port": smtp[1], "smtp_from": "hotline@example.org"}
    )
    async with httpx.AsyncClient() as http:
        await ReferralWorker(
            database=database, settings=mailing, sender=NoticeSender(mailing, senders={}, http=http)
        ).send_notices()
    [(_, raw)] = smtp[0].messages
    body = message_from_bytes(raw).get_payload(decode=True).decode()  # type: ignore[union-attr]
    assert "Amina" not in body
    link = "/partner/r/" + body.split("/partner/r/")[1].split()[0]
    # Acceptance: the partner follows the link, reads the consented facts, accepts, completes.
    async with _partner(app, supervisor_client, organization, "marie@maison.example") as partner:
        opened = await partner.get(link)
        assert opened.status_code == 303 and opened.headers["location"] == f"/partner/referrals/{made['id']}"
        page = await partner.get(opened.headers["location"])
        assert page.status_code == 200 and "Amina" in page.text and "needs a bed" in page.text
        assert "frappée" not in page.text  # never the conversation's text
        listed = await partner.get("/partner/")
        assert made["id"] in listed.text and "Amina" not in listed.text
        for action in ("accept", "start", "complete"):
            token = await _csrf(partner, f"/partner/referrals/{made['id']}")
            done = await partner.post(f"/partner/referrals/{made['id']}/{action}", data={"csrf_token": token})
            assert done.status_code == 303, done.text
        closed = await partner.get(f"/partner/referrals/{made['id']}")
        assert "Amina" not in closed.text and 'id="consent-ended"' in closed.text
    detail = (await supervisor_client.get(f"/api/referrals/{made['id']}")).json()
    assert [(e["action"], e["actor"]) for e in detail["events"]] == [
        ("requested", "operator"),
        ("consent.given", "operator"),
        ("accepted", "partner"),
        ("in-progress", "partner"),
        ("completed", "partner"),
    ]


async def test_decline_needs_a_reason_code(
    app: FastAPI, supervisor_client: httpx.AsyncClient, database: Database
) -> None:
    service, organization = await make_service(database)
    accepted = await receive(database, "Bonjour")
    made = (await refer(supervisor_client, accepted.conversation_id, service)).json()
    async with _partner(app, supervisor_client, organization, "marie@maison.example") as partner:
        token = await _csrf(partner, f"/partner/referrals/{made['id']}")
        url = f"/partner/referrals/{made['id']}/decline"
        assert "error=reason" in (await partner.post(url, data={"csrf_token": token})).headers["location"]
        await partner.post(url, data={"csrf_token": token, "reason": "no_capacity"})
    detail = (await supervisor_client.get(f"/api/referrals/{made['id']}")).json()
    assert detail["status"] == "rejected" and detail["events"][-1]["reason"] == "no_capacity"


async def test_revocation_after_acceptance_removes_what_the_partner_sees(
    app: FastAPI, supervisor_client: httpx.AsyncClient, database: Database
) -> None:
    service, organization = await make_service(database)
    accepted = await receive(database, "Bonjour")
    made = (await refer(supervisor_client, accepted.conversation_id, service, first_name="Amina")).json()
    async with _partner(app, supervisor_client, organization, "marie@maison.example") as partner:
        token = await _csrf(partner, f"/partner/referrals/{made['id']}")
        await partner.post(f"/partner/referrals/{made['id']}/accept", data={"csrf_token": token})
        revoked = await supervisor_client.post(f"/api/referrals/{made['id']}/revoke", json={})
        assert revoked.json()["status"] == "cancelled"
        page = await partner.get(f"/partner/referrals/{made['id']}")
        assert "Amina" not in page.text and 'id="consent-ended"' in page.text
        assert 'id="action-' not in page.text


async def test_links_forged_altered_or_expired_are_refused(
    app: FastAPI, supervisor_client: httpx.AsyncClient, database: Database, settings: Settings
) -> None:
    service, organization = await make_service(database)
    accepted = await receive(database, "Bonjour")
    made = (await refer(supervisor_client, accepted.conversation_id, service)).json()
    good = _link(settings, made["id"], organization)
    payload, mac = good.split(".")
    forged = links.sign(
        "another-secret-entirely-0123456789abcdef",
        referral_id=uuid.UUID(made["id"]),
        organization_id=organization,
        expires_at=datetime.now(UTC) + timedelta(hours=1),
    )
    expired = _link(settings, made["id"], organization, hours=-1)
    altered = f"{payload[:-2]}{'A' if payload[-2] != 'A' else 'B'}{payload[-1]}.{mac}"
    async with _client(app) as anyone:
        for token in (forged, expired, altered, "x"):
            refused = await anyone.get(f"/partner/r/{token}")
            assert refused.status_code == 404 and 'id="link-refused"' in refused.text
        assert (await anyone.get(f"/partner/r/{good}")).headers["location"].startswith("/partner/login")


async def test_another_partner_is_refused_everywhere(
    app: FastAPI, supervisor_client: httpx.AsyncClient, database: Database, settings: Settings
) -> None:
    service, organization = await make_service(database)
    _, other_organization = await make_service(database, name="Autre organisme")
    accepted = await receive(database, "Bonjour")
    made = (await refer(supervisor_client, accepted.conversation_id, service, first_name="Amina")).json()
    async with _partner(app, supervisor_client, other_organization, "autre@organisme.example") as other:
        assert made["id"] not in (await other.get("/partner/")).text
        page = await other.get(f"/partner/referrals/{made['id']}")
        assert page.status_code == 404 and "Amina" not in page.text
        link = await other.get(f"/partner/r/{_link(settings, made['id'], organization)}")
        assert link.status_code == 403
        token = await _csrf(other, "/partner/")
        act = await other.post(f"/partner/referrals/{made['id']}/accept", data={"csrf_token": token})
        assert act.status_code == 404
        capacity = await other.post(
            f"/partner/services/{service}/capacity", data={"csrf_token": token, "available": "3"}
        )
        assert capacity.status_code == 404
        # Nor does a partner session open the console or its API.
        assert (await other.get("/api/conversations")).status_code == 401
    assert (await supervisor_client.get(f"/api/referrals/{made['id']}")).json()["status"] == "requested"


async def test_a_partner_updates_places_available(
    app: FastAPI, supervisor_client: httpx.AsyncClient, database: Database
) -> None:
    service, organization = await make_service(database)
    async with _partner(app, supervisor_client, organization, "marie@maison.example") as partner:
        token = await _csrf(partner, "/partner/")
        saved = await partner.post(
            f"/partner/services/{service}/capacity", data={"csrf_token": token, "available": "4"}
        )
        assert saved.status_code == 303
        assert 'value="4"' in (await partner.get("/partner/")).text
        for unreadable in ("²", "3²", "-1", "1.5"):  # "²".isdigit(), yet int("²") fails
            refused = await partner.post(
                f"/partner/services/{service}/capacity", data={"csrf_token": token, "available": unreadable}
            )
            assert refused.status_code == 422, unreadable
        hours = await partner.post(
            f"/partner/services/{service}/hours",
            data={"csrf_token": token, "opens_MO": "09:00", "closes_MO": "17:00"},
        )
        assert hours.status_code == 303
        page = (await partner.get("/partner/")).text
        assert 'name="opens_MO"' in page and 'value="09:00"' in page
        half = await partner.post(
            f"/partner/services/{service}/hours", data={"csrf_token": token, "opens_TU": "09:00"}
        )
        assert half.status_code == 422


async def test_two_submissions_of_one_invitation_set_one_password(
    app: FastAPI, supervisor_client: httpx.AsyncClient, database: Database
) -> None:
    """A link opened in two tabs (or stolen and raced): one submission sets the password, the
    other is refused, and only the first password logs in."""
    _, organization = await make_service(database)
    invited = await supervisor_client.post(
        "/api/partner-users",
        json={"organization_id": organization, "email": "deux@onglets.example", "display_name": "Lina"},
    )
    path = "/partner/" + invited.json()["invitation_url"].split("/partner/", 1)[1]
    passwords = ("premier onglet accueille bien", "second onglet arrive trop tard")
    async with _client(app) as first, _client(app) as second:
        tokens = [await _csrf(first, path), await _csrf(second, path)]
        answers = await asyncio.gather(
            *(
                tab.post(path, data={"password": password, "csrf_token": token})
                for tab, password, token in zip((first, second), passwords, tokens, strict=True)
            )
        )
        statuses = sorted(answer.status_code for answer in answers)
        assert statuses == [303, 404], statuses
        won = passwords[[answer.status_code for answer in answers].index(303)]
        lost = passwords[1 - passwords.index(won)]
        for password, logs_in in ((lost, False), (won, True)):
            token = await _csrf(first, "/partner/login")
            login = await first.post(
                "/partner/login",
                data={"email": "deux@onglets.example", "password": password, "csrf_token": token},
            )
            assert (login.status_code == 303) is logs_in, (password, login.status_code)


async def test_an_invitations_password_is_hashed_with_no_connection_held(
    app: FastAPI, supervisor_client: httpx.AsyncClient, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """argon2 waits its turn in a small pool: a submission holding a pooled connection meanwhile
    would take it from the chats and webhooks (as logins once did)."""
    _, organization = await make_service(database)
    invited = await supervisor_client.post(
        "/api/partner-users",
        json={"organization_id": organization, "email": "sans@connexion.example", "display_name": "Ana"},
    )
    path = "/partner/" + invited.json()["invitation_url"].split("/partner/", 1)[1]
    pool = app.state.context.database.engine.pool
    seen: list[int] = []
    real = passwords.hash_password

    def watched(password: str) -> str:
        seen.append(pool.checkedout())
        return real(password)

    monkeypatch.setattr(passwords, "hash_password", watched)
    async with _client(app) as client:
        token = await _csrf(client, path)
        for _ in range(100):  # the event hub's first reads give their connection back
            if pool.checkedout() == 0:
                break
            await asyncio.sleep(0.05)
        accepted = await client.post(path, data={"password": PARTNER_PASSWORD, "csrf_token": token})
    assert accepted.status_code == 303
    assert seen == [0]


async def test_only_supervisors_invite(operator_client: httpx.AsyncClient, database: Database) -> None:
    _, organization = await make_service(database)
    refused = await operator_client.post(
        "/api/partner-users",
        json={"organization_id": organization, "email": "x@example.org", "display_name": "X"},
    )
    assert refused.status_code == 403


@pytest.mark.parametrize("name", ["Marie\u202eeivraM", "Ma\u200brie", "\u2067Marie\u2069", "   "])
async def test_a_partner_name_that_hides_or_reorders_text_is_refused(
    supervisor_client: httpx.AsyncClient, database: Database, name: str
) -> None:
    """The caller sees this name when the worker joins the chat: no text can hide in it."""
    _, organization = await make_service(database)
    refused = await supervisor_client.post(
        "/api/partner-users",
        json={"organization_id": organization, "email": "x@example.org", "display_name": name},
    )
    assert refused.status_code == 422 and "display_name" in refused.text


async def test_a_partner_joins_the_chat_sees_only_what_follows_and_leaves(
    app: FastAPI, supervisor_client: httpx.AsyncClient, database: Database
) -> None:
    from app.conversations import inbound
    from app.domain import ChannelKind, InboundMessage

    service, organization = await make_service(database)
    accepted = await receive(database, "mon patron garde mon passeport", address=CALLER)
    made = (await refer(supervisor_client, accepted.conversation_id, service)).json()
    context = app.state.context
    async with _partner(app, supervisor_client, organization, "marie@maison.example") as partner:
        token = await _csrf(partner, f"/partner/referrals/{made['id']}")
        await partner.post(f"/partner/referrals/{made['id']}/accept", data={"csrf_token": token})
        joined = await partner.post(f"/partner/referrals/{made['id']}/join", data={"csrf_token": token})
        assert joined.status_code == 303, joined.text
        assert joined.headers["location"].endswith("/chat")
        chat = await partner.get(joined.headers["location"])
        assert "passeport" not in chat.text  # nothing from before joining
        assert "Marie" in chat.text and "Maison Marguerite (organisation)" in chat.text  # told
        # The caller agrees: the operator leaves.
        said = await receive(database, "oui", address=CALLER)
        assert said.conversation_id == accepted.conversation_id
        await inbound.answer_consent(
            context, said, InboundMessage(channel=ChannelKind.webchat, address=CALLER, text="oui")
        )
        detail = (await supervisor_client.get(f"/api/referrals/{made['id']}")).json()
        assert detail["operator_left_at"] is not None
        assert [e["action"] for e in detail["events"]][-2:] == ["handover.joined", "handover.operator_left"]
        refused = await supervisor_client.post(
            f"/api/conversations/{accepted.conversation_id}/messages", json={"text": "Je suis encore là"}
        )
        assert refused.status_code == 409  # the operator has left
        sent = await partner.post(
            f"/partner/referrals/{made['id']}/lines",
            data={"csrf_token": token, "text": "Bonjour, ici Marie."},
        )
        assert sent.status_code == 201
        lines = (await partner.get(f"/partner/referrals/{made['id']}/lines")).json()["lines"]
        texts = [line["text"] for line in lines]
        assert "oui" in texts and "Marie: Bonjour, ici Marie." in texts
        assert not any("passeport" in text for text in texts)
        beyond = await partner.get(f"/partner/referrals/{made['id']}/lines", params={"after": 10**20})
        assert beyond.status_code == 422  # past PostgreSQL's bigint: refused, not a 500
        await partner.post(f"/partner/referrals/{made['id']}/leave", data={"csrf_token": token})
        after = await partner.get(f"/partner/referrals/{made['id']}/lines")
        assert after.json() == {"present": False, "lines": []}
    url = f"/api/conversations/{accepted.conversation_id}/messages"
    messages = (await supervisor_client.get(url)).json()
    assert any("has left the conversation" in m["text"] or "a quitté" in m["text"] for m in messages)


async def test_one_client_trying_many_partner_emails_is_throttled(app: FastAPI) -> None:
    """As on the console login: a counter per client address too, not only per account, so
    one client cannot try a password against every partner e-mail."""
    async with _client(app) as stranger:
        statuses = []
        for n in range(12):
            token = await _csrf(stranger, "/partner/login")
            tried = await stranger.post(
                "/partner/login",
                data={"email": f"nobody{n}@partner.example", "password": "wrong", "csrf_token": token},
            )
            statuses.append(tried.status_code)
    assert statuses[:10] == [401] * 10 and 429 in statuses[10:]
