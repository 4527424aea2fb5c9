"""One embedded PostgreSQL for the test run; a fresh database per test from a template."""

from __future__ import annotations

import atexit
import itertools
import json
import os
import shutil
import signal
import subprocess
import tempfile
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import psutil

from app.storage.database_url import with_database
from app.storage.embedded_postgres import EmbeddedPostgres

TEMPLATE = "hotline_template"


PREFIX = "hotline-tests-pg-"

# Each test's database is a file copy of the template (about 300 files) and is dropped after it,
# so the servers mostly create and remove small files. On the CI machine's disk, measured under
# load: initdb 5.4-6.7 s, 20 copies of the template 3.4-4.2 s, removing a server's 2,345 files at
# exit 4.3-5.2 s (on the path to the end of the run); in /dev/shm 1.75 s, 0.9 s and 0.06 s.
MEMORY_ROOTS = (Path("/dev/shm"),)
# A worker's server holds the template and a few databases (tens of MB each): a small /dev/shm
# (Docker gives 64 MB) is passed over.
MEMORY_NEEDED = 2 * 1024**3


def data_root(candidates: tuple[Path, ...] = MEMORY_ROOTS, needed: int = MEMORY_NEEDED) -> Path:
    """Where test servers keep their data: the first memory-backed folder that is writable and has
    `needed` bytes free, else the temporary folder."""
    for candidate in candidates:
        try:
            if os.access(candidate, os.W_OK | os.X_OK) and shutil.disk_usage(candidate).free >= needed:
                return candidate
        except OSError:
            continue
    return Path(tempfile.gettempdir())


def private_data_dir() -> Path:
    """A folder of this run's own, removed at exit after the server has stopped.

    Not under pytest's temporary root: every pytest session that starts on the machine
    makes that root private again (chmod 700), and the server, which runs as another user,
    could then no longer reach its files; concurrent runs failed in `initdb` that way.
    """
    root = data_root()
    for searched in dict.fromkeys((root, Path(tempfile.gettempdir()))):
        stop_orphaned_servers(searched)
    folder = Path(tempfile.mkdtemp(prefix=PREFIX, dir=root))
    # Registered before the server starts, so it runs after the server's own stop at exit.
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    return folder


def stop_orphaned_servers(root: Path) -> list[Path]:
    """Stop the test servers under `root` that no living process holds, and remove their folders.

    A test process killed without its exit handlers (a timeout, a kill) leaves its server running
    for good; the next run stops it. A server some living process still holds is left alone.
    """
    stopped = []
    for pgdata in root.glob(f"{PREFIX}*/postgres"):
        try:
            holders = json.loads((pgdata / ".handle_pids.json").read_text())
        except (OSError, ValueError):
            continue  # still starting, or not ours
        if any(isinstance(pid, int) and psutil.pid_exists(pid) for pid in holders):
            continue
        _stop_postmaster(pgdata)
        shutil.rmtree(pgdata.parent, ignore_errors=True)
        stopped.append(pgdata.parent)
    return stopped


def _stop_postmaster(pgdata: Path) -> None:
    """Fast shutdown (SIGINT) of the server of `pgdata`, if its postmaster is still that server."""
    try:
        pid = int((pgdata / "postmaster.pid").read_text().split()[0])
        postmaster = psutil.Process(pid)
        if str(pgdata) not in postmaster.cmdline():
            return  # the number went to another process
        postmaster.send_signal(signal.SIGINT)
        postmaster.wait(timeout=60)
    except (OSError, ValueError, IndexError, psutil.Error):
        return


class PostgresForTests:
    def __init__(self, data_dir: Path) -> None:
        self.server = EmbeddedPostgres(data_dir)
        self.url = self.server.start()
        self._counter = itertools.count(1)
        # Throw-away data: nothing needs to survive a crash, so nothing waits for the disk
        # (each test creates a database and commits many times).
        self.server.psql(
            "ALTER SYSTEM SET fsync = off; ALTER SYSTEM SET synchronous_commit = off;"
            " ALTER SYSTEM SET full_page_writes = off; SELECT pg_reload_conf();"
        )
        # Copying the template takes ~0.2 s and dropping a database ~0.05 s: both are done in
        # the background while a test runs, so the next test finds its database ready.
        self._background = ThreadPoolExecutor(max_workers=1, thread_name_prefix="test-databases")
        self._ready: Future[str] | None = None
        # Registered after the server's own stop at exit, so it runs before it.
        atexit.register(self._background.shutdown, wait=True, cancel_futures=True)

    def create_database(self, *, template: str | None = TEMPLATE) -> str:
        """A new database, a copy of `template` (the migrated schema) unless None."""
        if template != TEMPLATE:
            return self._create(template)
        ready, self._ready = self._ready, self._background.submit(self._create, TEMPLATE)
        return ready.result() if ready is not None else self._create(TEMPLATE)

    def _create(self, template: str | None) -> str:
        name = f"test_{next(self._counter)}"
        # FILE_COPY copies the template's files (and checkpoints, cheap without fsync) instead of
        # writing every block to the WAL: about 0.025 s of server CPU a copy instead of 0.045,
        # and 0.012 s instead of 0.02 to drop it.
        source = f" TEMPLATE {template} STRATEGY FILE_COPY" if template else ""
        self.server.psql(f"CREATE DATABASE {name}{source};")
        return with_database(self.url, name)

    def drop_database(self, url: str) -> None:
        """Each test database holds a copy of the template (tens of MB): dropped after its test,
        the data folder stays small and is removed quickly at exit (xdist gives a worker 10 s).
        In the background: the next test need not wait for it."""
        self._background.submit(
            self.server.psql, f"DROP DATABASE IF EXISTS {database_name(url)} WITH (FORCE);"
        )

    def create_template(self) -> str:
        self.server.psql(f"DROP DATABASE IF EXISTS {TEMPLATE}; CREATE DATABASE {TEMPLATE};")
        return with_database(self.url, TEMPLATE)

    def dump(self, url: str) -> str:
        """Everything the database holds, as pg_dump writes it."""
        from embedded_postgres._commands import POSTGRES_BIN_PATH

        return subprocess.run(
            [str(POSTGRES_BIN_PATH / "pg_dump"), "--data-only", url],
            check=True,
            capture_output=True,
            text=True,
        ).stdout


def database_name(url: str) -> str:
    from urllib.parse import urlsplit

    return urlsplit(url).path.lstrip("/")
