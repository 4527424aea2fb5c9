"""What a test process and the server zygote build before their work is frozen out of the
garbage collector's walks (tests/frozen_heap.py)."""

from __future__ import annotations

import gc
import importlib

import pytest
import uvicorn

import triage
from tests import server_zygote, start_up_memos

BUILT_AT_COLLECTION: list[object] = [[]]


def _walked_by_the_collector(thing: object) -> bool:
    return any(tracked is thing for tracked in gc.get_objects())


def test_what_the_run_built_before_its_first_test_is_frozen() -> None:
    assert gc.get_freeze_count() > 0
    assert not _walked_by_the_collector(BUILT_AT_COLLECTION)


def test_the_zygote_freezes_what_its_children_inherit(monkeypatch: pytest.MonkeyPatch) -> None:
    for owner in (server_zygote, triage, start_up_memos):  # built already in this process
        monkeypatch.setattr(owner, "_warm_app" if owner is server_zygote else "warm", lambda: None)
    built_before_the_fork: list[object] = [[]]
    assert _walked_by_the_collector(built_before_the_fork)
    server_zygote.prepare()
    assert not _walked_by_the_collector(built_before_the_fork)


def test_the_zygote_imports_the_protocols_a_server_serves_with() -> None:
    """`hotline serve`'s uvicorn settings choose these classes; their modules are imported before
    the fork, not in each server."""

    async def asgi(scope: object, receive: object, send: object) -> None:  # pragma: no cover
        return None

    config = uvicorn.Config(asgi, ws="websockets-sansio", log_config=None, proxy_headers=True)
    config.load()
    chosen = {config.http_protocol_class, config.ws_protocol_class, config.lifespan_class}
    modules = [importlib.import_module(name) for name in server_zygote.SERVING_MODULES]
    reachable = {id(value) for module in modules for value in vars(module).values()}
    assert {id(cls) for cls in chosen} <= reachable
