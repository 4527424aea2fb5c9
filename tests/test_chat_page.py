"""The public chat page names the hotline's own emergency number, in the visitor's language."""

from __future__ import annotations

import httpx
import pytest

from app.main import create_app
from app.settings import Settings


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("fr", "En cas de danger immédiat, composez le 112."),
        ("en", "If you are in immediate danger, call 112."),
    ],
)
async def test_the_chat_page_gives_the_configured_emergency_number(
    settings: Settings, database_url: str, lang: str, sentence: str
) -> None:
    app = create_app(settings.model_copy(update={"emergency_number": "112"}), database_url=database_url)
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
            page = await client.get(f"/chat?lang={lang}")
    assert page.status_code == 200
    assert sentence in page.text and "911" not in page.text
