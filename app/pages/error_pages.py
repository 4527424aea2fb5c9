"""Error pages of our own for every path that is not the JSON API or a webhook.

Starlette answered an unknown address or a wrong method anywhere but `/api` and `/channels`
with its own JSON (`{"detail":"Not Found"}`, even on console and chat pages), and an unhandled
error with its plain `Internal Server Error`. Every such answer is now a page in the visitor's
language (`?lang=`, the cookie, then Accept-Language, as every page), with the status in words
and a link to the start page of the part of the site asked for; no framework name, version or
trace. Nothing here is remembered on the device (no language cookie: a chat address mistyped
by a caller leaves nothing behind)."""

from __future__ import annotations

from fastapi import Request
from fastapi.responses import PlainTextResponse, Response

from app.pages.responses import page

# The start page of each part of the site, and where its pages' own files are served from.
_PARTS = (
    ("/console", "/console", "/static"),
    ("/partner", "/partner/", "/static"),
    ("/chat", "/chat", "/chat/static"),
)


def _part(path: str) -> tuple[str, str]:
    for prefix, home, assets in _PARTS:
        if path == prefix or path.startswith(prefix + "/"):
            return home, assets
    return "/chat", "/static"


def error_page(request: Request, status_code: int, *, detail: str | None = None) -> Response:
    """The error page for `status_code`; `detail` is the console's own reason (ids and codes)."""
    home, assets = _part(request.url.path)
    try:
        return page(
            request,
            "error.html",
            status_code=status_code,
            remember_language=False,
            status=status_code,
            home=home,
            assets=assets,
            detail=detail,
        )
    except Exception:  # the renderer itself failed (or is not set yet): still no framework text
        return PlainTextResponse("error", status_code=status_code)
