"""`/api/auth`: login (password, then a TOTP or recovery code), logout, password change,
and two-factor enrolment."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request, Response
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from app.dependencies import ContextDep, CurrentOperator, JsonOnly, SessionDep, read_login
from app.errors import HotlineError, Unauthorized
from app.models import User
from app.security import login, sessions, two_factor, users
from app.security.auth import SessionData
from app.security.passwords import verify_password_async
from app.security.session_cookie import clear_session_cookie, open_session

router = APIRouter(prefix="/api/auth", tags=["auth"])


class LoginRequest(BaseModel):
    email: str = Field(min_length=3, max_length=320)
    password: str = Field(min_length=1, max_length=1024)
    totp: str | None = Field(default=None, max_length=32, description="TOTP or recovery code")


class Me(BaseModel):
    id: int
    email: str
    role: str
    totp_enabled: bool


def _me(user: User) -> Me:
    assert user.id is not None
    return Me(id=user.id, email=user.email, role=user.role, totp_enabled=user.totp_enabled)


@router.post("/login", response_model=Me)
async def login_route(
    body: LoginRequest, request: Request, session: SessionDep, context: ContextDep
) -> Response:
    client = request.client.host if request.client else None
    result = await login.attempt(context, email=body.email, password=body.password, code=body.totp,
                                 client=client)
    if result.outcome is login.Outcome.throttled:
        return JSONResponse({"error": "too many attempts; try again later"}, status_code=429,
                            headers={"Retry-After": str(result.retry_after)})
    if result.outcome is login.Outcome.code_required:
        return JSONResponse({"error": "two-factor code required", "totp_required": True},
                            status_code=401)
    if result.user is None or result.user.id is None:
        raise Unauthorized("invalid email or password")
    if result.stage == sessions.ENROL:
        response: Response = JSONResponse(
            {"error": "two-factor enrolment required", "enrol": "/api/auth/totp/setup"},
            status_code=403)
    else:
        response = JSONResponse(_me(result.user).model_dump())
    await open_session(response, context, session, user_id=result.user.id, stage=result.stage)
    return response


@router.post("/logout", status_code=204)
async def logout(request: Request, response: Response, session: SessionDep) -> None:
    """Ends every session of the user, on every device, websockets included."""
    found = await read_login(request, session) or await read_login(request, session,
                                                                    stage=sessions.ENROL)
    if found is not None:
        await sessions.end_all(session, user_id=found[0].user_id)
    clear_session_cookie(response)


@router.get("/me")
async def me(user: CurrentOperator) -> Me:
    return _me(user)


class PasswordChange(BaseModel):
    current_password: str = Field(min_length=1, max_length=1024)
    new_password: str = Field(min_length=1, max_length=1024)


@router.post("/password", status_code=204, dependencies=[JsonOnly])
async def change_password(
    body: PasswordChange, response: Response, session: SessionDep, user: CurrentOperator
) -> None:
    """A new password ends every session of the user, this one included: log in again."""
    if not await verify_password_async(user.password_hash, body.current_password):
        raise Unauthorized("current password does not match")
    try:
        await users.change_password(session, user=user, new_password=body.new_password)
    except users.WeakPassword as exc:
        raise HotlineError(str(exc), 422) from None
    clear_session_cookie(response)


async def enrolling_login(request: Request, session: SessionDep) -> tuple[SessionData, User]:
    """A full session, or one that may only enrol its second factor."""
    found = await read_login(request, session) or await read_login(request, session,
                                                                    stage=sessions.ENROL)
    if found is None:
        raise Unauthorized("login required")
    return found


EnrollingLogin = Annotated[tuple[SessionData, User], Depends(enrolling_login)]


class TotpSetup(BaseModel):
    otpauth_uri: str
    qr_svg: str


class TotpConfirm(BaseModel):
    code: str = Field(min_length=6, max_length=10)


class RecoveryCodes(BaseModel):
    recovery_codes: list[str]


@router.post("/totp/setup", dependencies=[JsonOnly])
async def totp_setup(login_: EnrollingLogin, session: SessionDep, context: ContextDep) -> TotpSetup:
    uri, svg = await two_factor.begin(session, user=login_[1], key=context.keys.vault_key)
    return TotpSetup(otpauth_uri=uri, qr_svg=svg)


@router.post("/totp/confirm", dependencies=[JsonOnly])
async def totp_confirm(
    body: TotpConfirm, login_: EnrollingLogin, session: SessionDep, context: ContextDep
) -> RecoveryCodes:
    """The first code enables two-factor login; the recovery codes are shown this once."""
    data, user = login_
    codes = await two_factor.confirm(session, user=user, key=context.keys.vault_key, code=body.code)
    if codes is None:
        raise HotlineError("the code does not match; check the device's clock", 422)
    await sessions.promote(session, id_hash=data.id_hash)
    return RecoveryCodes(recovery_codes=codes)

