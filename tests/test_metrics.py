"""`GET /metrics`: off without a token, refused without the right one, and counts only."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI
from prometheus_client.parser import text_string_to_metric_families
from pydantic import ValidationError

from app.main import create_app
from app.settings import Settings
from app.storage.db import Database
from tests.factories import receive

TOKEN = "metrics-token-for-the-tests-0123456789"
PLANTED = "Je m'appelle Rosalie Tremblay, mon numéro est 514-555-0199, il va me tuer ce soir"


@pytest.fixture
async def metrics_client(database_url: str, tmp_path: Path) -> AsyncIterator[httpx.AsyncClient]:
    settings = Settings(database_url=database_url, data_dir=tmp_path, env="test", metrics_token=TOKEN)
    application: FastAPI = create_app(settings, database_url=database_url)
    async with application.router.lifespan_context(application):
        transport = httpx.ASGITransport(app=application)
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
            yield http


def samples(text: str) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    return {
        (sample.name, tuple(sorted(sample.labels.items()))): sample.value
        for family in text_string_to_metric_families(text)
        for sample in family.samples
    }


async def test_there_is_no_metrics_page_without_a_token(client: httpx.AsyncClient) -> None:
    assert (await client.get("/metrics")).status_code == 404


@pytest.mark.parametrize("header", [None, "Bearer wrong", f"Basic {TOKEN}", f"Bearer {TOKEN}x", "Bearer"])
async def test_a_scraper_without_the_token_is_refused(
    metrics_client: httpx.AsyncClient, header: str | None
) -> None:
    headers = {"Authorization": header} if header else {}
    answer = await metrics_client.get("/metrics", headers=headers)
    assert answer.status_code == 401
    assert "hotline_conversations" not in answer.text


async def test_the_line_state_is_counted_without_personal_data(
    metrics_client: httpx.AsyncClient, database: Database
) -> None:
    await receive(database, PLANTED)
    await receive(database, "Bonjour, quelles sont vos heures d'ouverture?")
    answer = await metrics_client.get("/metrics", headers={"Authorization": f"Bearer {TOKEN}"})
    assert answer.status_code == 200
    assert answer.headers["content-type"].startswith("text/plain")
    found = samples(answer.text)
    waiting = {labels: value for (name, labels), value in found.items() if name == "hotline_conversations"}
    assert waiting[(("status", "waiting"), ("urgency", "emergency"))] == 1
    assert sum(waiting.values()) == 2
    wait = {
        labels: value for (name, labels), value in found.items() if name == "hotline_longest_wait_seconds"
    }
    assert ((("urgency", "emergency"),)) in wait and wait[(("urgency", "emergency"),)] >= 0
    assert any(name == "process_resident_memory_bytes" for name, _ in found)
    # The names, labels and help of the page, not its numbers: a memory size such as
    # 8.51468288e+08 holds "514" and is no phone number.
    words = "\n".join(
        line if line.startswith("#") else line.rsplit(" ", 1)[0] for line in answer.text.splitlines()
    )
    for value in ("Rosalie", "Tremblay", "514", "555-0199", "tuer"):
        assert value not in words


def test_production_refuses_a_short_metrics_token(tmp_path: Path) -> None:
    strong = "x" * 48
    with pytest.raises(ValidationError, match="HOTLINE_METRICS_TOKEN"):
        Settings(
            env="production",
            data_dir=tmp_path,
            secret_key=strong,
            pseudonym_key=strong,
            vault_key="MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=",
            metrics_token="short",
        )
