"""Schemathesis over `/openapi.json`, in process, logged in: no 5xx, responses as documented."""

from __future__ import annotations

import asyncio
import functools
import os
import uuid
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
import schemathesis
import sqlalchemy as sa
from hypothesis import HealthCheck, settings
from schemathesis.checks import load_all_checks, positive_data_acceptance
from schemathesis.generation.feedback import FeedbackSources
from schemathesis.pytest._test_builder import build_operation_test  # what @schema.parametrize() calls
from schemathesis.python import asgi
from schemathesis.python._constants.orchestrator import make_constants_value_source

from app.main import create_app
from app.settings import Settings
from app.storage.db import Database
from tests.conftest import OPERATOR_EMAIL, OPERATOR_PASSWORD
from tests.factories import make_user, receive
from tests.postgres import PostgresForTests

# The document needs no database: routes and models only.
schema = schemathesis.openapi.from_dict(
    create_app(Settings(env="test"), database_url="postgresql+asyncpg://unused/unused").openapi()
)
OPERATIONS = {operation.ok().label: operation.ok() for operation in schema.get_all_operations()}


CROSS_FIELD_RULES = {
    "/api/directory/service_at_locations",
    "/api/directory/match",
    # a well-formed code that is not the authenticator's is refused (422)
    "/api/auth/totp/confirm",
    # a date in the past, or beyond the longest keep, is refused (422)
    "/api/conversations/{conversation_id}/retention",
    # a partner transfer without the caller's recorded yes, or sharing a fact
    # the conversation does not have, is refused (422)
    "/api/conversations/{conversation_id}/call/transfer",
    # a text that holds nothing visible once hiding characters are taken out
    # ("\u0013", a zero-width space alone) is refused (422, "must hold visible text")
    "/api/conversations/{conversation_id}/messages",
    "/api/conversations/{conversation_id}/notes",
    "/api/conversations/{conversation_id}/call/notes",
    "/api/supervisor/conversations/{conversation_id}/whispers",
    "/api/conversations/{conversation_id}/referrals",
    "/api/canned-responses",
}


# These end the operator's sessions (logout, a password change): the fuzz logs in again after them.
ENDS_SESSIONS = {"/api/auth/logout", "/api/auth/password"}


@dataclass
class Fuzzed:
    client: asgi.ASGIClient
    conversation_id: str
    database_url: str

    def log_in(self) -> None:
        asyncio.run(_forget_failed_logins(self.database_url))  # the fuzz's own wrong logins
        response = self.client.post(
            "/api/auth/login", json={"email": OPERATOR_EMAIL, "password": OPERATOR_PASSWORD}
        )
        assert response.status_code == 200, response.text

    def log_in_again_if_logged_out(self) -> None:
        """After a case of an operation that can end the sessions: most of its cases are refused
        (422, 415) and end nothing, and a request that reads the session costs far less than a
        login (a database connection of its own to forget the fuzz's wrong logins, then a
        password hash): logged in again only when the session has gone."""
        if self.client.get("/api/auth/me").status_code != 200:
            self.log_in()


async def _forget_failed_logins(database_url: str) -> None:
    database = Database.connect(database_url, pool_size=1)
    try:
        async with database.transaction() as session:
            await session.execute(sa.text("DELETE FROM login_throttle"))
    finally:
        await database.dispose()


async def _seed(database_url: str) -> str:
    database = Database.connect(database_url, pool_size=1)
    try:
        await make_user(database, email=OPERATOR_EMAIL, password=OPERATOR_PASSWORD)
        accepted = await receive(database, "Bonjour, mon patron garde mon passeport")
    finally:
        await database.dispose()
    return accepted.conversation_id


@pytest.fixture(scope="module")
def fuzzed(postgres: PostgresForTests, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Fuzzed]:
    """The app with its lifespan running in schemathesis's event loop, logged in as an
    operator, and one conversation (a web chat: replies are stored, not sent)."""
    database_url = postgres.create_database()
    conversation_id = asyncio.run(_seed(database_url))
    settings_ = Settings(database_url=database_url, data_dir=tmp_path_factory.mktemp("fuzz"), env="test")
    application = create_app(settings_, database_url=database_url)
    with asgi.get_client(application) as client:
        # In process: no proxy to look up in the environment before each of ~2,400 requests
        # (requests' getproxies_environment, 1.8 s of the fuzz's 36 s under cProfile).
        client.trust_env = False
        fuzz = Fuzzed(client, conversation_id, database_url)
        fuzz.log_in()
        try:
            yield fuzz
        finally:
            asgi.shutdown_lifespans()


# Examples per operation: 10 in `make test` (each operation is also walked by the coverage
# phase); `make fuzz` runs 200.
EXAMPLES = int(os.environ.get("HOTLINE_FUZZ_EXAMPLES", "10"))


@pytest.mark.parametrize("label", OPERATIONS)
def test_no_server_error_and_responses_as_documented(label: str, fuzzed: Fuzzed) -> None:
    """One operation's examples, as `@schema.parametrize()` runs them (the same test builder,
    settings and seed: schemathesis derives the seed from the operation's label), built when
    the test runs: the builder draws the coverage phase's examples at once, 8 to 20 s of CPU
    that every xdist worker spent collecting all 57 operations' tests."""
    load_all_checks()
    operation_test = build_operation_test(
        config=schema.config,
        operation=OPERATIONS[label],
        test_func=_call_and_validate,
        given_kwargs={},
        feedback=_feedback(),
    )
    operation_test(fuzzed=fuzzed)


@functools.cache
def _feedback() -> FeedbackSources:
    """One for the process, as the plugin makes one for all the operations it collects."""
    return FeedbackSources(constants_value_source=make_constants_value_source(schema))


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
def _call_and_validate(case: schemathesis.Case, fuzzed: Fuzzed) -> None:
    # A random UUID is a 404 at once; the seeded conversation goes through the whole route.
    if _is_uuid((case.path_parameters or {}).get("conversation_id")):
        case.path_parameters = {**(case.path_parameters or {}), "conversation_id": fuzzed.conversation_id}
    # Rules across fields (lat with lon, need codes in a list) are not in the schema: those
    # routes may refuse schema-valid input with a 422 that says which field and why.
    excluded = [positive_data_acceptance] if case.path in CROSS_FIELD_RULES else []
    try:
        case.call_and_validate(base_url="http://testserver", session=fuzzed.client, excluded_checks=excluded)
    finally:
        if case.path in ENDS_SESSIONS:
            fuzzed.log_in_again_if_logged_out()


def _is_uuid(value: object) -> bool:
    try:
        uuid.UUID(str(value))
    except ValueError:
        return False
    return True
