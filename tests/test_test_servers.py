"""The tests' own embedded PostgreSQL: a server left running by a test process that was killed
(a timeout, a kill, so no exit handler ran) is stopped by the next run, and a server a living
process holds is left alone."""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

from tests.postgres import PREFIX, data_root, stop_orphaned_servers

ROOT = Path(__file__).resolve().parents[1]
HOLD = """
import sys, time
from pathlib import Path
from tests.postgres import PostgresForTests
PostgresForTests(Path(sys.argv[1]))
print("up", flush=True)
time.sleep(600)
"""


def _postmaster(folder: Path) -> int:
    return int((folder / "postgres" / "postmaster.pid").read_text().split()[0])


def _gone(pid: int) -> bool:
    for _ in range(100):
        if not psutil.pid_exists(pid) or psutil.Process(pid).status() == psutil.STATUS_ZOMBIE:
            return True
        time.sleep(0.1)
    return False


def test_a_server_whose_holder_was_killed_is_stopped_and_a_held_one_is_not() -> None:
    root = Path(tempfile.mkdtemp(prefix="hotline-orphans-", dir=data_root()))
    folder = Path(tempfile.mkdtemp(prefix=PREFIX, dir=root))
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(folder)], cwd=ROOT, stdout=subprocess.PIPE)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == b"up"
        server = _postmaster(folder)
        assert stop_orphaned_servers(root) == []  # its holder lives
        assert psutil.pid_exists(server)
    finally:
        holder.kill()  # no exit handler runs: the server stays up
        holder.wait()
    assert psutil.pid_exists(server)
    assert stop_orphaned_servers(root) == [folder]
    assert _gone(server)
    assert not folder.exists()
    root.rmdir()


def test_servers_keep_their_data_in_the_first_memory_folder_with_room(tmp_path: Path) -> None:
    roomy = tmp_path / "roomy"
    roomy.mkdir()
    assert data_root((tmp_path / "missing", roomy), needed=1) == roomy
    assert data_root((roomy,), needed=2**62) == Path(tempfile.gettempdir())  # too small: the disk
