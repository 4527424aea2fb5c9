"""A pool with no connection left is storage unavailable, like a database that is down.

When every pooled connection is taken, SQLAlchemy raises its own TimeoutError after
`pool_timeout`: no DBAPIError, OSError or OperationalError. The chat then dropped the socket
with an error logged instead of telling the visitor "unavailable" (the page keeps the text and
retries), and a provider webhook answered 500 instead of 503. Seen while 60 logins held the
pool of a running server (before they stopped holding it while waiting for argon2).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from types import SimpleNamespace
from typing import Any, cast

import pytest
from sqlalchemy import exc

from app.context import AppContext
from app.conversations import webchat_sessions
from app.domain import StorageUnavailable

pytestmark = pytest.mark.pure


class _PoolExhausted:
    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[Any]:
        raise exc.TimeoutError("QueuePool limit of size 10 overflow 10 reached")
        yield  # pragma: no cover


async def test_an_exhausted_pool_is_storage_unavailable_to_the_chat() -> None:
    context = cast(AppContext, SimpleNamespace(database=_PoolExhausted(), keys=None, settings=None))
    with pytest.raises(StorageUnavailable):
        await webchat_sessions.open_session(context, "t" * 43)
