"""FastAPI's per-app work on the routers every app shares, done once per test process.

FastAPI builds what it needs to serve a route of an included router (the dependency tree, the
response models' fields, the wrapped handler) lazily, once per app: the first request of every
new app spent about 0.35 s building it for the whole API, even a request that ends in a 404.
The tests create about six hundred apps (one per database test). The routers defined at module
level (`router = APIRouter(...)` in app/api, app/pages...) are the same objects in every app,
included the same way, so what FastAPI builds for them is the same: built for the first app,
it is handed to the next ones. Routers built per app (the channel adapters' routes, which hold
that app's channel core) are not shared and are built for each app as before.

FastAPI keeps one thing of the app in what it builds: the app itself, where it looks up
`dependency_overrides` at each request. No code sets any (tests/test_route_contexts.py checks
it), so the first app's empty overrides and the current app's are the same; an app that had
some when its routes are built gets its own.
"""

from __future__ import annotations

import dataclasses
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from fastapi import APIRouter
from fastapi import routing as fastapi_routing

# The modules whose module-level routers every app includes.
APP_PACKAGES = ("app.", "channels.", "directory.", "web.")


def module_level_routers() -> set[int]:
    """The ids of the routers that are module globals of the app's packages (alive for the
    whole process: an id is never reused while they live)."""
    return {
        id(value)
        for name, module in list(sys.modules.items())
        if name.startswith(APP_PACKAGES) and module is not None
        for value in list(vars(module).values())
        if isinstance(value, APIRouter)
    }


def share_route_contexts() -> Callable[[], None]:
    """From now on in this process, FastAPI builds a module-level route's serving context once
    per way it is included (prefix, tags, dependencies, responses...), not once per app.
    Returns what undoes it. A FastAPI without this private hook (a later release may rename it)
    leaves everything as it is: slower tests, the same results."""
    context_class: Any = getattr(fastapi_routing, "_EffectiveRouteContext", None)
    if context_class is None or "from_api_route" not in context_class.__dict__:
        return lambda: None  # another FastAPI: every app builds its routes itself, as in production
    original = context_class.__dict__["from_api_route"]
    build: Callable[..., Any] = original.__func__
    shared = module_level_routers()
    built: dict[int, list[tuple[Any, Any]]] = {}

    def from_api_route(cls: type, *, original_route: Any, include_context: Any) -> Any:
        overrides = getattr(include_context.dependency_overrides_provider, "dependency_overrides", None)
        if id(include_context.included_router) not in shared or overrides:
            return build(cls, original_route=original_route, include_context=include_context)
        way = dataclasses.replace(include_context, dependency_overrides_provider=None)
        contexts = built.setdefault(id(original_route), [])
        for seen_way, context in contexts:
            if seen_way == way:
                return context
        context = build(cls, original_route=original_route, include_context=include_context)
        contexts.append((way, context))
        return context

    context_class.from_api_route = classmethod(from_api_route)
    return lambda: setattr(context_class, "from_api_route", original)


@contextmanager
def shared_route_contexts() -> Iterator[None]:
    undo = share_route_contexts()
    try:
        yield
    finally:
        undo()
