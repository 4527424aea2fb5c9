"""FastAPI dependencies: the process context, a unit of work, the current operator."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import Depends, Request
from sqlmodel.ext.asyncio.session import AsyncSession
from starlette.requests import HTTPConnection

from app.context import AppContext
from app.errors import HotlineError, Unauthorized
from app.models import User
from app.security.auth import SESSION_COOKIE, SessionData, active_user


def get_context(connection: HTTPConnection) -> AppContext:
    context: AppContext = connection.app.state.context
    return context


ContextDep = Annotated[AppContext, Depends(get_context)]


async def get_session(context: ContextDep) -> AsyncIterator[AsyncSession]:
    """One transaction per request, committed before the response is sent."""
    async with context.database.transaction() as session:
        yield session


SessionDep = Annotated[AsyncSession, Depends(get_session, scope="function")]


def read_session_cookie(connection: HTTPConnection) -> SessionData | None:
    context = get_context(connection)
    return context.signer.loads(connection.cookies.get(SESSION_COOKIE))


async def current_operator(request: Request, session: SessionDep) -> User:
    data = read_session_cookie(request)
    if data is None:
        raise Unauthorized("login required")
    user = await active_user(session, user_id=data.user_id)
    if user is None:
        raise Unauthorized("login required")
    return user


CurrentOperator = Annotated[User, Depends(current_operator)]


def require_json(request: Request) -> None:
    """Cookie-authenticated writes must be JSON: a cross-site form cannot send it."""
    content_type = request.headers.get("content-type", "")
    if not content_type.split(";")[0].strip().lower() == "application/json":
        raise HotlineError("expected Content-Type: application/json", 415)


JsonOnly = Depends(require_json)
