"""A real `hotline serve` process on a free port, for websocket and browser tests.

The process is forked from a per-worker process that has already imported the app
(tests/server_zygote.py: a second instead of three at each start); HOTLINE_TESTS_FORK=0
starts each one from the `hotline` console script instead.
"""

from __future__ import annotations

import atexit
import contextlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Protocol

import httpx

HOTLINE = Path(sys.executable).with_name("hotline")
ROOT = Path(__file__).resolve().parents[1]


class ServerProcess(Protocol):
    pid: int

    def poll(self) -> int | None: ...
    def terminate(self) -> None: ...
    def kill(self) -> None: ...
    def wait(self, timeout: float | None = None) -> int: ...


class ForkedServer:
    """A server the zygote forked: not this process's child (the zygote reaps it), so it is
    watched by its pid."""

    def __init__(self, pid: int) -> None:
        self.pid = pid

    def poll(self) -> int | None:
        try:
            os.kill(self.pid, 0)
        except ProcessLookupError:
            return -1
        return None

    def terminate(self) -> None:
        self._signal(signal.SIGTERM)

    def kill(self) -> None:
        self._signal(signal.SIGKILL)

    def _signal(self, number: int) -> None:
        with contextlib.suppress(ProcessLookupError):
            os.kill(self.pid, number)

    def wait(self, timeout: float | None = None) -> int:
        deadline = time.monotonic() + (timeout if timeout is not None else 3600.0)
        while self.poll() is None:
            if time.monotonic() > deadline:
                raise subprocess.TimeoutExpired(f"hotline serve (pid {self.pid})", timeout or 0.0)
            time.sleep(0.02)
        return -1


_zygote: tuple[subprocess.Popen[bytes], str] | None = None
_launched: tuple[subprocess.Popen[bytes], str] | None = None


def _launch_zygote() -> tuple[subprocess.Popen[bytes], str]:
    folder = tempfile.mkdtemp(prefix="hotline-zygote-")
    path = os.path.join(folder, "socket")
    process = subprocess.Popen([sys.executable, "-m", "tests.server_zygote", path], cwd=ROOT)
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    atexit.register(process.kill)
    return process, path


def start_zygote() -> None:
    """Launch this worker's zygote now and return at once: it imports the app and warms triage
    (3 to 9 s) while the worker runs the tests before its first server or command, which then
    finds it ready instead of waiting for it (conftest's `pytest_collection_finish`)."""
    global _launched
    forks = os.environ.get("HOTLINE_TESTS_FORK", "1") == "1"  # else no server nor command forks
    if forks and _zygote is None and _launched is None:
        _launched = _launch_zygote()


def zygote_socket() -> str:
    """The Unix socket of this worker's zygote, started on first use unless `start_zygote` has
    launched it already, killed at exit."""
    global _zygote, _launched
    if _zygote is not None and _zygote[0].poll() is None:
        return _zygote[1]
    process, path = _launched if _launched is not None else _launch_zygote()
    _launched = None
    deadline = time.monotonic() + 60.0
    while not os.path.exists(path):
        if process.poll() is not None or time.monotonic() > deadline:
            raise RuntimeError("the test server zygote did not start")
        time.sleep(0.05)
    _zygote = (process, path)
    return path


def fork_server(args: list[str], env: dict[str, str], log_path: Path, **files: str) -> ForkedServer:
    """A forked `hotline <args>`; `files` are the zygote's optional stdin, stdout, stderr and
    status paths (tests/hotline_command.py)."""
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as connection:
        connection.connect(zygote_socket())
        request = {"args": args, "env": env, "log": str(log_path), **files}
        connection.sendall(json.dumps(request).encode() + b"\n")
        answer = json.loads(connection.makefile("rb").readline())
    return ForkedServer(int(answer["pid"]))


# A server is ready 0.4-0.7 s after its fork: polled every 0.1 s, each start waited 0.05 s more
# on average. Until the port accepts, a poll is one refused connect, not an HTTP client's request.
READY_POLL_SECONDS = 0.02


def _accepts(port: int) -> bool:
    with socket.socket() as sock:
        return sock.connect_ex(("127.0.0.1", port)) == 0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class LiveServer:
    def __init__(self, database_url: str, log_path: Path, **env: str) -> None:
        self.port = free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        self.ws_url = f"ws://127.0.0.1:{self.port}"
        self.log_path = log_path
        self.env = {
            **os.environ,
            "HOTLINE_DATABASE_URL": database_url,
            "HOTLINE_ENV": "test",
            "HOTLINE_PUBLIC_URL": self.base_url,
            **env,
        }
        self._process: ServerProcess | None = None

    def start(self, timeout: float = 30.0) -> LiveServer:
        args = ["serve", "--host", "127.0.0.1", "--port", str(self.port)]
        if os.environ.get("HOTLINE_TESTS_FORK", "1") == "1":
            self._process = fork_server(args, self.env, self.log_path)
        else:
            with self.log_path.open("ab") as log:
                self._process = subprocess.Popen(
                    [str(HOTLINE), *args], env=self.env, stdout=log, stderr=subprocess.STDOUT
                )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                raise RuntimeError(f"server exited: {self.log_path.read_text()[-2000:]}")
            if _accepts(self.port):
                try:
                    if httpx.get(f"{self.base_url}/readyz", timeout=1.0).status_code == 200:
                        return self
                except httpx.HTTPError:
                    pass
            time.sleep(READY_POLL_SECONDS)
        raise RuntimeError("server did not become ready")

    def stop(self, *, kill: bool = False) -> None:
        """SIGTERM and wait for the graceful shutdown (~0.9 s, most of it the interpreter's own
        exit), or with `kill` SIGKILL at once: what fixtures do after their test, where nothing
        checks the shutdown (tests/e2e/test_live_chat.py and test_live_outbox.py do)."""
        if self._process is None:
            return
        if kill:
            self._process.kill()
        else:
            self._process.terminate()
        try:
            self._process.wait(10)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait(5)
        self._process = None

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")
