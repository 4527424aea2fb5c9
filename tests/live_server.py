"""A real `hotline serve` process on a free port, for websocket and browser tests."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

HOTLINE = Path(sys.executable).with_name("hotline")


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
        self._process: subprocess.Popen[bytes] | None = None

    def start(self, timeout: float = 30.0) -> LiveServer:
        log = self.log_path.open("ab")
        self._process = subprocess.Popen(
            [str(HOTLINE), "serve", "--host", "127.0.0.1", "--port", str(self.port)],
            env=self.env, stdout=log, stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                raise RuntimeError(f"server exited: {self.log_path.read_text()[-2000:]}")
            try:
                if httpx.get(f"{self.base_url}/readyz", timeout=1.0).status_code == 200:
                    return self
            except httpx.HTTPError:
                pass
            time.sleep(0.1)
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
