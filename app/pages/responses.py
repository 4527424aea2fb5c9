"""A page response: the template rendered in the visitor's language, and the console's
CSRF cookie. The renderer itself (Jinja2 and the catalogues) is set by the app factory."""

from __future__ import annotations

from typing import Any, Protocol

from fastapi import Request
from fastapi.responses import HTMLResponse, Response

from app.security.auth import HOST_ONLY_PREFIX
from app.security.form_tokens import tokens_match
from app.settings import DEFAULT_TIMEZONE

CSRF_COOKIE = "hotline_csrf"
LANG_COOKIE = "hotline_lang"


class PageRenderer(Protocol):
    languages: tuple[str, ...]

    def choose_language(
        self, query_lang: str | None, cookie_lang: str | None, accept_language: str | None
    ) -> str: ...

    def render(self, template: str, *, lang: str, **context: Any) -> str: ...


def _renderer(request: Request) -> PageRenderer:
    renderer: PageRenderer = request.app.state.renderer
    return renderer


def secure_cookies(request: Request) -> bool:
    """Cookies are `Secure` over https (`Settings.secure_cookies`; the context is set by the app's
    lifespan)."""
    context = getattr(request.app.state, "context", None)
    return bool(context is not None and context.settings.secure_cookies)


def _timezone(request: Request) -> str:
    """The hotline's zone (HOTLINE_TIMEZONE): every time on a page is shown in it."""
    context = getattr(request.app.state, "context", None)
    return context.settings.timezone if context is not None else DEFAULT_TIMEZONE


def page(
    request: Request,
    template: str,
    *,
    status_code: int = 200,
    remember_language: bool = True,
    **context: Any,
) -> Response:
    """The template in the visitor's language; a language chosen with `?lang=` is kept in a
    cookie unless `remember_language` is off (the public chat: no cookie on a caller's device)."""
    renderer = _renderer(request)
    query_lang = request.query_params.get("lang")
    lang = renderer.choose_language(
        query_lang, request.cookies.get(LANG_COOKIE), request.headers.get("accept-language")
    )
    other = next((code for code in renderer.languages if code != lang), lang)
    html = renderer.render(
        template, lang=lang, other_lang=other, path=request.url.path, timezone=_timezone(request), **context
    )
    response = HTMLResponse(html, status_code=status_code)
    if query_lang == lang and remember_language:
        response.set_cookie(
            LANG_COOKIE,
            lang,
            max_age=365 * 86400,
            samesite="strict",
            httponly=True,
            secure=secure_cookies(request),
        )
    return response


def form_token_cookie(name: str, *, path: str, secure: bool) -> tuple[str, str]:
    """A form token cookie's name and path: over https `__Host-<name>` for path /, which only this
    host can set (a sibling host of the same site could plant `<name>` for `path` with a token
    it knows, the double submit's one secret); over plain http `<name>` for `path`."""
    return (HOST_ONLY_PREFIX + name, "/") if secure else (name, path)


def issue_csrf(response: Response, token: str, *, secure: bool) -> None:
    name, path = form_token_cookie(CSRF_COOKIE, path="/console", secure=secure)
    response.set_cookie(name, token, httponly=True, samesite="strict", secure=secure, path=path)


def csrf_ok(request: Request, submitted: str) -> bool:
    name, _ = form_token_cookie(CSRF_COOKIE, path="/console", secure=secure_cookies(request))
    return tokens_match(request.cookies.get(name, ""), submitted)
