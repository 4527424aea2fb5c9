"""The composition root: `create_app(settings)` wires database, events, channels and web."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from typing import Any

import httpx
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException
from starlette.routing import Match

import triage
import web.rendering as rendering
from app import channel_registry
from app.api import auth as auth_api
from app.api import calls as calls_api
from app.api import canned_responses as canned_responses_api
from app.api import case as case_api
from app.api import console_stream, health, openapi_document
from app.api import conversations as conversations_api
from app.api import delivery as delivery_api
from app.api import directory as directory_api
from app.api import metrics as metrics_api
from app.api import ownership as ownership_api
from app.api import partner_organizations as partner_organizations_api
from app.api import partner_users as partner_users_api
from app.api import queue as queue_api
from app.api import referrals as referrals_api
from app.api import retention as retention_api
from app.api import statistics as statistics_api
from app.api import supervision as supervision_api
from app.api import users as users_api
from app.context import AppContext
from app.conversations.channel_core import ChannelCore
from app.conversations.intake import IntakeKeys
from app.delivery.outbox_worker import OutboxWorker, RetryPolicy
from app.domain import ChannelKind
from app.errors import (
    ErrorRead,
    FieldRefused,
    HotlineError,
    InvalidField,
    Unauthorized,
    ValidationErrorRead,
)
from app.head_requests import HeadAsGet
from app.live.event_hub import EventHub
from app.pages import canned_responses as canned_responses_pages
from app.pages import console as console_pages
from app.pages import directory as directory_pages
from app.pages import partner as partner_pages
from app.pages import partner_chat as partner_chat_pages
from app.pages import partner_chat_socket, quick_exit
from app.pages import partner_login as partner_login_pages
from app.pages import partner_password as partner_password_pages
from app.pages import partner_two_factor as partner_two_factor_pages
from app.pages import partner_users as partner_users_pages
from app.pages import statistics as statistics_pages
from app.pages import supervision as supervision_pages
from app.pages import two_factor as two_factor_pages
from app.pages.chat_assets import CHAT_ASSETS_PATH, ChatAssets
from app.pages.error_pages import error_page
from app.referrals.notice_delivery import NoticeSender
from app.referrals.worker import ReferralWorker
from app.security import retention
from app.security.auth import SessionSigner
from app.security.body_limit import BodyLimit
from app.security.cross_origin import CrossOriginWrites
from app.security.headers import SecurityHeaders
from app.security.retention_worker import RetentionWorker
from app.settings import Settings
from app.storage.db import Database
from app.storage.migrations import ensure_current
from channels.base import Sender

log = logging.getLogger(__name__)

# In the order they are matched: the JSON API (and the console websocket), then the pages.
API_ROUTERS = (
    health.router,
    auth_api.router,
    ownership_api.router,
    conversations_api.router,
    case_api.router,
    calls_api.router,
    canned_responses_api.router,
    delivery_api.router,
    retention_api.router,
    directory_api.router,
    queue_api.router,
    users_api.router,
    supervision_api.router,
    statistics_api.router,
    console_stream.router,
    metrics_api.router,
)
PAGE_ROUTERS = (
    quick_exit.router,
    directory_pages.router,
    two_factor_pages.router,
    supervision_pages.router,
    statistics_pages.router,
    console_pages.router,
    canned_responses_pages.router,
)


class JinjaRenderer:
    """Adapts `web.rendering` to `pages.PageRenderer`."""

    languages = tuple(rendering.SUPPORTED_LANGUAGES)

    def __init__(self) -> None:
        self._environments = {lang: rendering.build_environment(lang) for lang in self.languages}

    def choose_language(
        self, query_lang: str | None, cookie_lang: str | None, accept_language: str | None
    ) -> str:
        return rendering.choose_language(query_lang, cookie_lang, accept_language)

    def render(self, template: str, *, lang: str, **context: Any) -> str:
        page = self._environments[lang].get_template(template)
        return page.render(lang=lang, **context)


def create_app(settings: Settings, *, database_url: str) -> FastAPI:
    """The ASGI app for one process; `database_url` is already resolved (embedded or not)."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        triage.warm()  # the first caller's message does not wait for 31 lexicons to load
        database = Database.connect(database_url)
        await ensure_current(database.engine)
        hub = EventHub(database_url=database.url, sessions=database.sessions)
        await hub.start()
        context = AppContext(
            settings=settings,
            database=database,
            hub=hub,
            signer=SessionSigner(
                settings.secret_key.get_secret_value(),
                max_age_seconds=settings.session_max_age_hours * 3600,
            ),
            keys=IntakeKeys.from_settings(settings),
            call_control=channel_registry.find_call_control(adapters),
        )
        app.state.context = context
        senders = channel_registry.build_senders(adapters)
        worker, purger = _start_workers(app, context, senders)
        referrer, http = _start_referral_worker(app, context, senders)
        try:
            yield
        finally:
            await _stop_referral_worker(referrer, http)
            await purger.stop()
            await worker.stop()
            await channel_registry.close_senders(senders)
            await hub.stop()
            await database.dispose()

    adapters = channel_registry.build_adapters(settings)
    app = FastAPI(title="Hotline", version="0.1.0", lifespan=lifespan, **_docs(settings))
    app.state.renderer = JinjaRenderer()
    app.add_middleware(HeadAsGet)
    app.add_middleware(BodyLimit)
    app.add_middleware(CrossOriginWrites, public_url=settings.public_url)
    app.add_middleware(SecurityHeaders, public_url=settings.public_url)
    app.mount("/static", StaticFiles(directory=rendering.STATIC_DIR), name="static")
    app.mount(CHAT_ASSETS_PATH, ChatAssets(directory=rendering.STATIC_DIR), name="chat-static")
    for api_router in API_ROUTERS:
        app.include_router(api_router)
    core = ChannelCore(lambda: app.state.context)
    for adapter in adapters:
        app.include_router(adapter.build_router(core))
    for page_router in PAGE_ROUTERS:
        app.include_router(page_router)
    _include_referrals(app)
    _install_error_handlers(app)
    openapi_document.install(app)
    return app


def _include_referrals(app: FastAPI) -> None:
    """The referral API and the partner portal."""
    app.include_router(referrals_api.router)
    app.include_router(partner_users_api.router)
    app.include_router(partner_organizations_api.router)
    app.include_router(partner_login_pages.router)
    app.include_router(partner_password_pages.router)
    app.include_router(partner_two_factor_pages.router)
    app.include_router(partner_users_pages.router)
    app.include_router(partner_chat_socket.router)
    app.include_router(partner_chat_pages.router)  # before /partner/referrals/{id}/{action}
    app.include_router(partner_pages.router)


def _start_workers(
    app: FastAPI, context: AppContext, senders: Mapping[ChannelKind, Sender]
) -> tuple[OutboxWorker, RetentionWorker]:
    """The outbox worker and the retention purge of this process (each can be switched off)."""
    settings, database = context.settings, context.database
    worker = OutboxWorker(
        database=database,
        keys=context.keys,
        channels=senders,
        policy=RetryPolicy.from_settings(settings),
        poll_seconds=settings.outbox_poll_seconds,
    )
    app.state.outbox_worker = worker
    if settings.outbox_worker:
        worker.start()
    purger = RetentionWorker(
        database=database,
        policy=retention.RetentionPolicy.from_settings(settings),
        interval_seconds=settings.retention_interval_seconds,
    )
    app.state.retention_worker = purger
    if settings.retention_worker:
        purger.start()
    return worker, purger


def _start_referral_worker(
    app: FastAPI, context: AppContext, senders: Mapping[ChannelKind, Sender]
) -> tuple[ReferralWorker, httpx.AsyncClient]:
    """Deadlines and partner notices of this process (switched off by HOTLINE_REFERRAL_WORKER=0)."""
    http = httpx.AsyncClient(follow_redirects=False)
    worker = ReferralWorker(
        database=context.database,
        settings=context.settings,
        sender=NoticeSender(context.settings, senders=senders, http=http),
    )
    app.state.referral_worker = worker
    if context.settings.referral_worker:
        worker.start()
    return worker, http


async def _stop_referral_worker(worker: ReferralWorker, http: httpx.AsyncClient) -> None:
    await worker.stop()
    await http.aclose()


def _docs(settings: Settings) -> dict[str, Any]:
    """The API description is for developers: not published by a production server. FastAPI's
    `/docs` and `/redoc` pages load their scripts from a CDN, which our pages never do (and
    the Content-Security-Policy would refuse): they are off everywhere; `/openapi.json` is the
    description, for any OpenAPI viewer a developer runs locally."""
    if settings.is_production:
        return {"docs_url": None, "redoc_url": None, "openapi_url": None}
    return {"docs_url": None, "redoc_url": None}


def _wants_page(request: Request) -> bool:
    return request.url.path.startswith("/console")


# Paths answered in JSON (the API, webhooks, probes and the scraper); every other path's errors
# are pages (`app.pages.error_pages`).
_JSON_PATHS = ("/api/", "/channels/")
_MACHINE_PATHS = frozenset({"/healthz", "/readyz", "/metrics", "/openapi.json"})


def _wants_json(request: Request) -> bool:
    path = request.url.path
    return path.startswith(_JSON_PATHS) or path in _MACHINE_PATHS


def _allowed_methods(request: Request) -> str:
    """Every method of the path, not only those of the first route that matched it (two
    routers may serve one path: GET and PATCH `/api/conversations/{id}`)."""
    routes = request.app.router.routes
    return ", ".join(
        method
        for method in ("DELETE", "GET", "PATCH", "POST", "PUT")
        if any(route.matches({**request.scope, "method": method})[0] is Match.FULL for route in routes)
    )


def _install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(HotlineError)
    async def hotline_error(request: Request, exc: HotlineError) -> Response:
        if isinstance(exc, Unauthorized) and _wants_page(request):
            return RedirectResponse("/console/login", status_code=303)
        if not _wants_json(request):
            return error_page(request, exc.status_code, detail=exc.message)
        if isinstance(exc, FieldRefused):
            body = ValidationErrorRead(
                error=exc.message, details=[InvalidField(field=exc.field, reason=exc.message)]
            )
            return JSONResponse(body.model_dump(), status_code=exc.status_code)
        return JSONResponse(ErrorRead(error=exc.message).model_dump(), status_code=exc.status_code)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        # The framework's own refusals (an unknown path, a wrong method, a body that is not
        # JSON): the API's error shape, or a page of our own in the visitor's language.
        headers = dict(exc.headers or {})
        if exc.status_code == 405:
            headers["Allow"] = _allowed_methods(request)
        if not _wants_json(request):
            response = error_page(request, exc.status_code)
            response.headers.update(headers)
            return response
        return JSONResponse(
            ErrorRead(error=str(exc.detail)).model_dump(), status_code=exc.status_code, headers=headers
        )

    @app.exception_handler(Exception)
    async def unexpected_error(request: Request, exc: Exception) -> Response:
        # Starlette's last resort answered "Internal Server Error" in plain text (the error
        # itself is logged by type only, app.logging_setup).
        if _wants_json(request):
            return JSONResponse(ErrorRead(error="internal error").model_dump(), status_code=500)
        return error_page(request, 500)

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, exc: RequestValidationError) -> Response:
        if not _wants_json(request):
            return error_page(request, 422)
        # Field locations and messages only: never echo the submitted values.
        reasons = [
            InvalidField(
                field=".".join(str(part) for part in error.get("loc", ())), reason=error.get("msg", "invalid")
            )
            for error in exc.errors()
        ]
        body = ValidationErrorRead(error="invalid request", details=reasons)
        return JSONResponse(body.model_dump(), status_code=422)
