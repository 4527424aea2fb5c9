"""Run one `hotline` command as a process, as the console script would, and collect what it did.

By default the process is forked from the worker's server zygote (tests/server_zygote.py), which
has imported the app and warmed triage: a command takes a tenth of a second instead of the one
to three seconds a fresh interpreter spends importing. The child runs the same
`app.cli.commands.main` the console script runs, with exactly the environment, arguments and
standard input given, in its own process. `console_script=True` (or HOTLINE_TESTS_FORK=0 for a
whole run) starts the installed `hotline` script instead: a few tests keep doing so, so the
script itself stays checked end to end.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from tests.live_server import fork_server

HOTLINE = Path(sys.executable).with_name("hotline")


def run_hotline(
    args: list[str],
    *,
    env: dict[str, str],
    stdin: bytes = b"",
    timeout: float = 60.0,
    console_script: bool = False,
) -> subprocess.CompletedProcess[str]:
    if console_script or os.environ.get("HOTLINE_TESTS_FORK", "1") != "1":
        completed = subprocess.run(
            [str(HOTLINE), *args], input=stdin, env=env, capture_output=True, timeout=timeout
        )
        return subprocess.CompletedProcess(
            completed.args, completed.returncode, completed.stdout.decode(), completed.stderr.decode()
        )
    with tempfile.TemporaryDirectory(prefix="hotline-command-") as folder:
        files = {name: Path(folder, name) for name in ("stdin", "stdout", "stderr", "status")}
        files["stdin"].write_bytes(stdin)
        process = fork_server(args, env, files["stdout"], **{name: str(path) for name, path in files.items()})
        try:
            process.wait(timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            raise
        # The status file is written just before the child exits; a child killed by a signal
        # (or that crashed) never writes it.
        code = int(files["status"].read_text()) if files["status"].exists() else -1
        return subprocess.CompletedProcess(
            [str(HOTLINE), *args],
            code,
            files["stdout"].read_text(errors="replace"),
            files["stderr"].read_text(errors="replace"),
        )
