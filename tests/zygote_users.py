"""Which collected tests start `hotline` processes from the worker's server zygote
(tests/server_zygote.py): those that use a live server fixture, and those of a module that
starts servers or commands itself (it imports `LiveServer` or `run_hotline`)."""

from __future__ import annotations

from collections.abc import Iterable
from types import ModuleType

import pytest

from tests.hotline_command import run_hotline
from tests.live_server import LiveServer

SERVER_FIXTURES = frozenset({"live_server", "shared_live_server"})
STARTERS = (LiveServer, run_hotline)


def any_uses_the_zygote(items: Iterable[pytest.Item]) -> bool:
    modules_seen: set[int] = set()
    for item in items:
        if SERVER_FIXTURES.intersection(getattr(item, "fixturenames", ())):
            return True
        module = getattr(item, "module", None)
        if module is None or id(module) in modules_seen:
            continue
        modules_seen.add(id(module))
        if _starts_processes(module):
            return True
    return False


def _starts_processes(module: ModuleType) -> bool:
    return any(value is starter for value in vars(module).values() for starter in STARTERS)
