"""`hotline serve` for the tests, forked from a process that has already imported the app.

A fresh interpreter spends one to three seconds importing the app before it serves; the
websocket and browser tests start about seventy servers. This process imports the app once
(per pytest worker), then forks: each child sets the environment and the command line it was
sent and runs the real `hotline` command (`app.cli.commands.main`), exactly what the console
script runs. Nothing is shared between children but the imported code and what it builds alike
for every app: no thread, event loop, connection or setting exists before the fork (checked
below).

What every server builds alike from the code alone is built here too, before the fork: FastAPI's
serving state for the routers defined at module level (see `_warm_app`), the TLS context of
its httpx clients and the newest migration (tests/start_up_memos.py). The heap is then frozen
(tests/frozen_heap.py): a child's garbage collector does not walk what it inherited.

The same fork runs the short `hotline` commands of the CLI tests (create-user, demo, triage...):
about a tenth of a second each instead of the interpreter's start and the app's imports.

Protocol, one request per connection on a Unix socket: a JSON line
`{"args": [...], "env": {...}, "log": "/path"}`, answered by `{"pid": N}`. A command run adds
`"stdin"`, `"stdout"`, `"stderr"` (paths in place of the log) and `"status"`, a path where the
child writes its exit code just before it exits. The zygote reaps its children, so a test sees
a stopped process disappear (tests/live_server.py).

Run as `python -m tests.server_zygote SOCKET_PATH`; it exits when its parent does.
"""

from __future__ import annotations

import importlib
import json
import os
import signal
import socket
import sys
import threading
from typing import Any

from tests.frozen_heap import freeze_built_heap

# Imported by each child as it began to serve (uvicorn's protocols, loop and lifespan; httpcore and
# anyio's backend for the app's httpx clients): 0.08 s of CPU a server, now imported once here.
SERVING_MODULES = (
    "uvicorn.protocols.http.auto",
    "uvicorn.protocols.websockets.websockets_sansio_impl",
    "uvicorn.lifespan.on",
    "uvicorn.loops.auto",
    "httpcore",
    "anyio._backends._asyncio",
)


def _reap(*_: object) -> None:
    while True:
        try:
            pid, _status = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return


def _run_child(request: dict[str, Any]) -> None:
    """In the forked child: become `hotline <args>` with the request's environment and log."""
    signal.signal(signal.SIGCHLD, signal.SIG_DFL)
    if "stdin" in request:
        _redirect(0, os.open(request["stdin"], os.O_RDONLY))
    for fd, name in ((1, "stdout"), (2, "stderr")):
        _redirect(
            fd, os.open(request.get(name, request["log"]), os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        )
    os.environ.clear()
    os.environ.update(request["env"])
    sys.argv = ["hotline", *request["args"]]
    from app.cli.commands import main

    code: object = 0
    try:
        main()
    except SystemExit as exit_:
        code = exit_.code
    except BaseException:  # the log says why, as the console script would
        import traceback

        traceback.print_exc()
        code = 1
    if code is not None and not isinstance(code, int):  # sys.exit("message"), as Python does
        print(code, file=sys.stderr)
    sys.stdout.flush()
    sys.stderr.flush()
    status = 0 if code is None else code if isinstance(code, int) else 1
    if "status" in request:  # written last: once it exists, the command has finished its work
        with open(request["status"] + ".writing", "w") as written:
            written.write(str(status))
        os.rename(request["status"] + ".writing", request["status"])
    os._exit(status)


def _redirect(fd: int, opened: int) -> None:
    os.dup2(opened, fd)
    os.close(opened)


def _warm_app() -> None:
    """What every server builds the same way, built once here and shared by the children:
    FastAPI's serving state for the module-level routers (tests/route_contexts.py; each child
    built it for the whole API at its first request, about 0.35 s). Each child still builds
    its own app, settings, lifespan, database pool and workers, after the fork."""
    import asyncio

    import httpx

    from app.main import create_app
    from app.settings import Settings
    from tests.route_contexts import share_route_contexts

    share_route_contexts()
    app = create_app(Settings(env="test"), database_url="postgresql+asyncpg://unused/unused")

    async def first_request() -> None:  # walks every router, as a 404 does
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://zygote") as client:
            await client.get("/no/such/page")

    asyncio.run(first_request())


def prepare() -> None:
    """What every child shares, built before the first fork; then the heap is frozen, so that a
    child's collector skips what it inherits (tests/frozen_heap.py)."""
    for module in ("app.cli.commands", "app.main", *SERVING_MODULES):  # what every child imports
        importlib.import_module(module)
    importlib.import_module("triage").warm()  # lexicons and matchers, shared by every child
    importlib.import_module("tests.start_up_memos").warm()  # TLS context, newest migration
    _warm_app()
    freeze_built_heap()


def serve(path: str) -> None:
    prepare()
    assert threading.active_count() == 1, "a thread started at import: forking would copy it"
    parent = os.getppid()
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    # Bound under another name and renamed once listening: the test process waits for `path`
    # to exist, and a connection between bind and listen would be refused.
    listener.bind(path + ".binding")
    listener.listen(16)
    os.rename(path + ".binding", path)
    listener.settimeout(1.0)
    signal.signal(signal.SIGCHLD, _reap)
    while os.getppid() == parent:  # the pytest worker that started it is still there
        try:
            connection, _ = listener.accept()
        except TimeoutError:
            continue
        with connection:
            connection.settimeout(None)
            request = json.loads(connection.makefile("rb").readline())
            pid = os.fork()
            if pid == 0:
                listener.close()
                connection.close()
                _run_child(request)
            connection.sendall(json.dumps({"pid": pid}).encode() + b"\n")


if __name__ == "__main__":
    serve(sys.argv[1])
