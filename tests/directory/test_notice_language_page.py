"""The partner form's notice language (`/console/directory`): French and English labels, saved on
the organisation, kept by an edit, and only a language with notice texts accepted."""

from __future__ import annotations

import re

import httpx
import sqlalchemy as sa

from app.models import Role
from app.storage.db import Database
from tests.directory.test_pages import _login

FORM = {
    "organization_name": "Legal Aid West Island",
    "service_name": "Legal Aid West Island",
    "needs": ["legal"],
    "languages": "en, fr",
    "time_zone": "America/Toronto",
    "referral_mode": "warm",
    "notification_method": "email",
}


async def _stored(database: Database) -> list[tuple[str, str | None]]:
    async with database.transaction() as session:
        rows = await session.execute(
            sa.text("SELECT name, notice_language FROM hsds_organization WHERE name = :name"),
            {"name": FORM["organization_name"]},
        )
        return [(row.name, row.notice_language) for row in rows]


def _selected(html: str) -> str:
    select = re.search(r'<select id="notice_language".*?</select>', html, re.S)
    assert select is not None
    chosen = re.search(r'<option value="([^"]*)"[^>]* selected', select[0])
    assert chosen is not None
    return chosen[1]


async def test_the_form_offers_the_notice_languages_in_french_and_english(
    client: httpx.AsyncClient, database: Database
) -> None:
    await _login(client, database, Role.supervisor)
    french = (await client.get("/console/directory/new?lang=fr")).text
    assert "Avis rédigés en" in french
    assert "Langue par défaut de la ligne d&#39;assistance (Français)" in french
    assert (
        '<option value="en">Anglais</option>' in french and '<option value="es">Espagnol</option>' in french
    )
    english = (await client.get("/console/directory/new?lang=en")).text
    assert "Notices written in" in english and "The hotline&#39;s default language (French)" in english
    assert _selected(french) == ""  # a new partner: the hotline's default


async def test_a_supervisor_sets_keeps_and_clears_it(client: httpx.AsyncClient, database: Database) -> None:
    csrf = await _login(client, database, Role.supervisor)
    created = await client.post(
        "/console/directory/new", data={**FORM, "csrf_token": csrf, "notice_language": "en"}
    )
    assert created.status_code == 303
    assert await _stored(database) == [(FORM["organization_name"], "en")]
    service_id = created.headers["location"].split("#service-")[1]
    page = await client.get(f"/console/directory/{service_id}")
    assert _selected(page.text) == "en"
    cleared = await client.post(
        f"/console/directory/{service_id}", data={**FORM, "csrf_token": csrf, "notice_language": ""}
    )
    assert cleared.status_code == 303
    assert await _stored(database) == [(FORM["organization_name"], None)]


async def test_a_language_without_notice_texts_is_refused_by_name(
    client: httpx.AsyncClient, database: Database
) -> None:
    csrf = await _login(client, database, Role.supervisor)
    refused = await client.post(
        "/console/directory/new", data={**FORM, "csrf_token": csrf, "notice_language": "de"}
    )
    assert refused.status_code == 422 and 'id="error-notice_language"' in refused.text
    assert await _stored(database) == []
