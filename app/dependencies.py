"""FastAPI dependencies: the process context, a unit of work, the current operator."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import Depends, Request
from sqlmodel.ext.asyncio.session import AsyncSession
from starlette.requests import HTTPConnection

from app.context import AppContext
from app.errors import FieldRefused, HotlineError, Unauthorized
from app.models import User
from app.security import sessions
from app.security.auth import SessionData, session_cookie_name
from app.supervision import access


def get_context(connection: HTTPConnection) -> AppContext:
    context: AppContext = connection.app.state.context
    return context


ContextDep = Annotated[AppContext, Depends(get_context)]


async def get_session(context: ContextDep) -> AsyncIterator[AsyncSession]:
    """One transaction per request, committed before the response is sent."""
    async with context.database.transaction() as session:
        yield session


SessionDep = Annotated[AsyncSession, Depends(get_session, scope="function")]


async def read_login(
    connection: HTTPConnection, session: AsyncSession, *, stage: str = sessions.FULL
) -> tuple[SessionData, User] | None:
    """The live session the cookie names, at the given stage, and its user."""
    context = get_context(connection)
    cookie = connection.cookies.get(session_cookie_name(secure=context.settings.secure_cookies))
    session_id = context.signer.loads(cookie)
    if session_id is None:
        return None
    found = await sessions.resolve(session, session_id=session_id)
    if found is None or found[0].stage != stage:
        return None
    return found


async def current_login(request: Request, session: SessionDep) -> tuple[SessionData, User]:
    found = await read_login(request, session)
    if found is None:
        raise Unauthorized("login required")
    return found


CurrentLogin = Annotated[tuple[SessionData, User], Depends(current_login)]


async def current_operator(login: CurrentLogin) -> User:
    return login[1]


CurrentOperator = Annotated[User, Depends(current_operator)]


async def current_supervisor(login: CurrentLogin) -> User:
    """A supervisor or an administrator; anyone else is refused with 403."""
    return access.require_supervisor(login[1])


CurrentSupervisor = Annotated[User, Depends(current_supervisor)]


async def optional_operator(request: Request, session: SessionDep) -> User | None:
    found = await read_login(request, session)
    return found[1] if found else None


OptionalOperator = Annotated[User | None, Depends(optional_operator)]


async def require_json(request: Request) -> None:
    """Cookie-authenticated writes must be JSON: a cross-site form cannot send it. A body,
    when there is one, is a JSON object (routes that take no fields ignore it)."""
    content_type = request.headers.get("content-type", "")
    if not content_type.split(";")[0].strip().lower() == "application/json":
        raise HotlineError("expected Content-Type: application/json", 415)
    body = await request.body()  # already read and cached for routes with a body model
    if body:  # white space alone is no JSON object either (found by the OpenAPI fuzz test)
        try:
            parsed = json.loads(body)
        except (ValueError, RecursionError):
            parsed = None
        if not isinstance(parsed, dict):
            raise FieldRefused("body", "expected a JSON object")


JsonOnly = Depends(require_json)
