"""`POST /api/auth/login` and `/api/auth/logout`."""

from __future__ import annotations

from fastapi import APIRouter, Response
from pydantic import BaseModel, Field

from app.dependencies import ContextDep, CurrentOperator, SessionDep
from app.errors import Unauthorized
from app.security import auth
from app.security.session_cookie import clear_session_cookie, set_session_cookie

router = APIRouter(prefix="/api/auth", tags=["auth"])


class LoginRequest(BaseModel):
    email: str = Field(min_length=3, max_length=320)
    password: str = Field(min_length=1, max_length=1024)


class Me(BaseModel):
    id: int
    email: str
    role: str


@router.post("/login")
async def login(
    body: LoginRequest, response: Response, session: SessionDep, context: ContextDep
) -> Me:
    user = await auth.authenticate(session, email=body.email, password=body.password)
    if user is None or user.id is None:
        raise Unauthorized("invalid email or password")
    set_session_cookie(response, context, user_id=user.id)
    return Me(id=user.id, email=user.email, role=user.role)


@router.post("/logout", status_code=204)
async def logout(response: Response) -> None:
    clear_session_cookie(response)


@router.get("/me")
async def me(user: CurrentOperator) -> Me:
    assert user.id is not None
    return Me(id=user.id, email=user.email, role=user.role)
