"""`POST /api/auth/login` and `/api/auth/logout`, `GET /api/auth/me`."""

from __future__ import annotations

from fastapi import APIRouter, Response
from pydantic import BaseModel, Field

from app.api.error_responses import documented
from app.api.text_fields import StoredText
from app.dependencies import ContextDep, CurrentOperator, SessionDep
from app.errors import Unauthorized
from app.security import auth
from app.security.schemas import UserRead, read_user
from app.security.session_cookie import clear_session_cookie, set_session_cookie

router = APIRouter(prefix="/api/auth", tags=["auth"])


class LoginRequest(BaseModel):
    email: StoredText = Field(min_length=3, max_length=320)
    password: str = Field(min_length=1, max_length=1024)


@router.post("/login", responses=documented(400, 401, 422))
async def login(
    body: LoginRequest, response: Response, session: SessionDep, context: ContextDep
) -> UserRead:
    """Sets the session cookie (HttpOnly, SameSite=Strict)."""
    user = await auth.authenticate(session, email=body.email, password=body.password)
    if user is None or user.id is None:
        raise Unauthorized("invalid email or password")
    set_session_cookie(response, context, user_id=user.id)
    return read_user(user)


@router.post("/logout", status_code=204)
async def logout(response: Response) -> None:
    clear_session_cookie(response)


@router.get("/me", responses=documented(401))
async def me(user: CurrentOperator) -> UserRead:
    return read_user(user)
