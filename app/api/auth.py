"""`/api/auth`: login (password, then a TOTP or recovery code), logout, password change,
and two-factor enrolment."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request, Response
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from app.api.error_responses import EMPTY_JSON_BODY, documented
from app.api.text_fields import StoredText
from app.dependencies import ContextDep, CurrentOperator, JsonOnly, SessionDep, get_context, read_login
from app.errors import ErrorRead, FieldRefused, Unauthorized
from app.models import User
from app.security import login, sessions, two_factor, users
from app.security.auth import SessionData
from app.security.schemas import UserRead, read_user
from app.security.session_cookie import clear_session_cookie, promote_session, set_session_cookie

router = APIRouter(prefix="/api/auth", tags=["auth"])


class LoginRequest(BaseModel):
    email: StoredText = Field(min_length=3, max_length=320)
    password: str = Field(min_length=1, max_length=1024)
    totp: str | None = Field(default=None, max_length=32, description="TOTP or recovery code")


_LOGIN_RESPONSES = {
    **documented(400, 422),
    401: {
        "model": ErrorRead,
        "description": "Wrong e-mail, password or code; with "
        '`"totp_required": true` when the account has two-factor login and no code was given',
    },
    403: {
        "model": ErrorRead,
        "description": "Two-factor login must be set up first: an "
        "enrolment-only session is set and `enrol` names the route; or (no `enrol`) the time to "
        "set it up has passed and an administrator must reset it",
    },
    429: {"model": ErrorRead, "description": "Too many attempts: wait `Retry-After` seconds"},
}


@router.post("/login", response_model=UserRead, responses=_LOGIN_RESPONSES)
async def login_route(body: LoginRequest, request: Request, context: ContextDep) -> Response:
    """Sets the session cookie (HttpOnly, SameSite=Strict)."""
    client = request.client.host if request.client else None
    result = await login.attempt(
        context, email=body.email, password=body.password, code=body.totp, client=client
    )
    if result.outcome is login.Outcome.throttled:
        return JSONResponse(
            {"error": "too many attempts; try again later"},
            status_code=429,
            headers={"Retry-After": str(result.retry_after)},
        )
    if result.outcome is login.Outcome.code_required:
        return JSONResponse({"error": "two-factor code required", "totp_required": True}, status_code=401)
    if result.outcome is login.Outcome.enrolment_expired:
        return JSONResponse(
            {"error": "two-factor login was not set up in time; an administrator must reset it"},
            status_code=403,
        )
    if result.user is None or result.user.id is None:
        raise Unauthorized("invalid email or password")
    if result.stage == sessions.ENROL:
        response: Response = JSONResponse(
            {"error": "two-factor enrolment required", "enrol": "/api/auth/totp/setup"}, status_code=403
        )
    else:
        response = JSONResponse(read_user(result.user).model_dump(mode="json"))
    set_session_cookie(response, context, result.session_id)
    return response


@router.post(
    "/logout",
    status_code=204,
    dependencies=[JsonOnly],  # a form posted from another page of the site ends nothing
    responses=documented(400, 415, 422),
    openapi_extra=EMPTY_JSON_BODY,
)
async def logout(request: Request, response: Response, session: SessionDep) -> None:
    """Ends every session of the user, on every device, websockets included."""
    found = await read_login(request, session) or await read_login(request, session, stage=sessions.ENROL)
    if found is not None:
        await sessions.end_all(session, user_id=found[0].user_id)
    clear_session_cookie(response, secure=get_context(request).settings.secure_cookies)


@router.get("/me", responses=documented(401))
async def me(user: CurrentOperator) -> UserRead:
    return read_user(user)


class PasswordChange(BaseModel):
    current_password: str = Field(min_length=1, max_length=1024)
    new_password: str = Field(min_length=1, max_length=1024)


@router.post(
    "/password",
    status_code=204,
    dependencies=[JsonOnly],
    response_model=None,
    responses={**documented(400, 401, 415, 422), 429: _LOGIN_RESPONSES[429]},
)
async def change_password(
    body: PasswordChange,
    response: Response,
    session: SessionDep,
    context: ContextDep,
    user: CurrentOperator,
) -> Response | None:
    """A new password ends every session of the user, this one included: log in again. A wrong
    current password counts against the account as a failed login does (429 while it waits)."""
    wait = await login.check_current_password(context, session, user=user, password=body.current_password)
    if wait is not None:
        return JSONResponse(
            {"error": "too many attempts; try again later"},
            status_code=429,
            headers={"Retry-After": str(wait)},
        )
    try:
        await users.change_password(session, user=user, new_password=body.new_password)
    except users.WeakPassword as exc:
        raise FieldRefused("body.new_password", str(exc)) from None
    clear_session_cookie(response, secure=context.settings.secure_cookies)
    return None


async def enrolling_login(request: Request, session: SessionDep) -> tuple[SessionData, User]:
    """A full session, or one that may only enrol its second factor."""
    found = await read_login(request, session) or await read_login(request, session, stage=sessions.ENROL)
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


@router.post(
    "/totp/setup",
    dependencies=[JsonOnly],
    responses=documented(400, 401, 409, 415, 422),
    openapi_extra=EMPTY_JSON_BODY,
)
async def totp_setup(login_: EnrollingLogin, session: SessionDep, context: ContextDep) -> TotpSetup:
    """The session's pending secret and its QR code (SVG), the same until confirmed or expired (30
    minutes); refused (409) once two-factor login is on."""
    data, user = login_
    uri, svg, _ = await two_factor.begin(session, user=user, key=context.keys.vault_key, holder=data.id_hash)
    return TotpSetup(otpauth_uri=uri, qr_svg=svg)


@router.post("/totp/confirm", dependencies=[JsonOnly], responses=documented(400, 401, 409, 415, 422))
async def totp_confirm(
    body: TotpConfirm, login_: EnrollingLogin, session: SessionDep, context: ContextDep, response: Response
) -> RecoveryCodes:
    """The first code enables two-factor login; the recovery codes are shown this once."""
    data, user = login_
    codes = await two_factor.confirm(
        session, user=user, key=context.keys.vault_key, code=body.code, holder=data.id_hash
    )
    if codes is None:
        raise FieldRefused("body.code", "the code does not match; check the device's clock")
    await promote_session(response, context, session, data=data)
    return RecoveryCodes(recovery_codes=codes)
