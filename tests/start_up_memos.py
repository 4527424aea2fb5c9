"""Two things every app start computes alike, computed once per test process.

- The TLS context of an httpx client: each `httpx.Client` or `AsyncClient` without a transport
  of its own builds one and loads the whole CA bundle into it (25 to 80 ms of CPU). Every app's
  lifespan opens one (the partner-notice client) and Telegram's bot another; each poll of
  `/readyz` while a test server starts used a new one. With the default arguments (verify with
  the system's or certifi's bundle, no client certificate) the context is the same every time:
  built once and handed to every client of the process. Any other arguments build their own.
- The newest migration (`app.storage.migrations.head_revision`): each app start read and parsed
  every file of alembic/versions to find it (about 25 ms; the app itself now reads it once per
  process, `migrations.running_head`, for `/readyz`). The files do not change while the tests
  run: read once per process.

tests/conftest.py applies both for the test process (and undoes them at its end);
tests/server_zygote.py applies them before it forks, so each `hotline serve` it forks starts
with them built.
"""

from __future__ import annotations

import functools
import os
import ssl
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from httpx._config import create_ssl_context as build_ssl_context
from httpx._transports import default as httpx_transports

from app.storage import migrations


def share_default_ssl_context() -> Callable[[], None]:
    """From now on in this process, httpx clients with the default TLS arguments share one
    context per CA source. Returns what undoes it."""
    original = build_ssl_context
    built: dict[tuple[str | None, str | None], ssl.SSLContext] = {}

    def create_ssl_context(verify: Any = True, cert: Any = None, trust_env: bool = True) -> ssl.SSLContext:
        if verify is not True or cert is not None or not trust_env:
            return original(verify=verify, cert=cert, trust_env=trust_env)
        source = (os.environ.get("SSL_CERT_FILE"), os.environ.get("SSL_CERT_DIR"))
        if source not in built:
            built[source] = original(verify=verify, cert=cert, trust_env=trust_env)
        return built[source]

    setattr(httpx_transports, "create_ssl_context", create_ssl_context)  # noqa: B010 - not exported
    return lambda: setattr(httpx_transports, "create_ssl_context", original)


def read_head_revision_once() -> Callable[[], None]:
    """From now on in this process, the newest migration is read from alembic/versions once.
    Returns what undoes it."""
    original = migrations.head_revision
    migrations.head_revision = functools.cache(original)
    return lambda: setattr(migrations, "head_revision", original)


def warm() -> None:
    """Build both now (in the zygote, before it forks)."""
    share_default_ssl_context()
    read_head_revision_once()
    getattr(httpx_transports, "create_ssl_context")()  # noqa: B009 - not exported
    migrations.head_revision()


@contextmanager
def start_up_memos() -> Iterator[None]:
    undo = [share_default_ssl_context(), read_head_revision_once()]
    try:
        yield
    finally:
        for step in reversed(undo):
            step()
