"""`POST /channels/twilio/voice` and its sub-paths: each request is checked with Twilio's
`RequestValidator` (403 before anything is stored), each step reported to the core, each
answer a TwiML document from `twiml`.

The call: greeting and language menu -> language (or the danger key) -> the danger key once
more in the caller's language -> the queue, with hold messages (out of the hotline's opening
hours, or waiting too long: a partner's line open now, or safety information and the offer
of a text, `/follow-up`) -> an operator's phone
answers (`/operator`), the caller is redirected from the queue into the call's conference
(`/join`). The caller's status callback (`/status`) ends the call; hung up while waiting,
it is abandoned and leaves the queue.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

from fastapi import APIRouter, Request
from fastapi.responses import Response

from app.domain import CallState, CallStep, CallUpdate, Core
from channels.base import (
    ChannelNotConfigured,
    DeliveryFailed,
    ForgedRequest,
    MalformedPayload,
    PayloadTooLarge,
    StorageUnavailable,
    refusal,
)
from channels.twilio.config import TwilioConfig
from channels.twilio.signature import FormParams, verified_form
from channels.twilio.voice import paths, payload, twiml
from channels.twilio.voice.menus import Menu
from channels.twilio.voice.rest import TwilioCalls

log = logging.getLogger(__name__)

Step = Callable[[FormParams, Request], Awaitable[str | None]]
REFUSED = (ForgedRequest, MalformedPayload, PayloadTooLarge, ChannelNotConfigured, StorageUnavailable)


class VoiceLine:
    """The steps of a call, one method per webhook."""

    def __init__(self, config: TwilioConfig, core: Core, calls: TwilioCalls | None) -> None:
        self.config, self.core, self.calls = config, core, calls
        self.line = twiml.Line(
            public_url=config.public_url,
            default_language=config.default_language,
            words=lambda prompt, language, values: core.call_prompt(prompt, language=language, **values),
        )

    def menu(self) -> Menu:
        return Menu.of(self.core.call_languages(), self.config.twilio_voice_danger_key)

    def language_of(self, request: Request) -> str:
        wanted = request.query_params.get("lang", "")
        return wanted if wanted in self.menu().languages else self.config.default_language

    async def step(self, call_sid: str, step: CallStep, **fields: str | None) -> str | None:
        """Report a step; the call's status after it (None: a call never started here)."""
        state = await self.core.record_call(CallUpdate(call_sid, step, **fields))  # type: ignore[arg-type]
        return state.status if state else None

    async def incoming(self, params: FormParams, request: Request) -> str | None:
        call_sid = payload.sid(params)
        await self.step(call_sid, CallStep.ringing, address=payload.caller(params, call_sid))
        return twiml.greeting(self.line, self.menu())

    async def language(self, params: FormParams, request: Request) -> str | None:
        call_sid = payload.sid(params)
        menu = self.menu()
        chosen, danger = menu.choose(digits=payload.digits(params), speech=payload.speech(params))
        language = chosen or self.config.default_language
        # The danger key chooses no language: the timeline says so, the default one is spoken.
        reported = await (
            self.step(call_sid, CallStep.danger)
            if danger
            else self.step(call_sid, CallStep.language, language=language)
        )
        if reported is None:
            return twiml.goodbye(self.line, language)
        if danger:
            return await self.enqueue(call_sid, language, danger=True)
        return twiml.danger_offer(self.line, menu, language)

    async def enqueue(self, call_sid: str, language: str, *, danger: bool) -> str:
        """Into the queue; out of the hotline's opening hours, straight elsewhere instead."""
        if danger:
            await self.step(call_sid, CallStep.danger)
        if not self.core.line_open():
            return await self.elsewhere(call_sid, language, closed=True)
        await self.step(call_sid, CallStep.waiting)
        return twiml.enqueue(self.line, language, danger=danger)

    async def elsewhere(self, call_sid: str, language: str, *, closed: bool = False) -> str:
        """Nobody can answer: a partner's line open now, or safety information and the offer
        of a text (only where an SMS can be sent)."""
        found = await self.core.overflow(call_sid, closed=closed)
        if found.number:
            return twiml.overflow(self.line, language, found.number)
        offer = found.text_offer and bool(self.config.twilio_from)
        return twiml.safety_information(self.line, language, offer_text=offer)

    async def follow_up(self, params: FormParams, request: Request) -> str | None:
        """The caller's key after the text offer: only `TEXT_KEY` sends it."""
        agreed = payload.digits(params) == twiml.TEXT_KEY
        dialled = payload.single(params, "To") or payload.single(params, "Called")
        sent = await self.core.text_follow_up(payload.sid(params), agreed=agreed, callback_number=dialled)
        language = self.language_of(request)
        return twiml.text_sent(self.line, language) if sent else twiml.goodbye(self.line, language)

    async def queue(self, params: FormParams, request: Request) -> str | None:
        danger = payload.digits(params) == self.config.twilio_voice_danger_key
        return await self.enqueue(payload.sid(params), self.language_of(request), danger=danger)

    async def wait(self, params: FormParams, request: Request) -> str | None:
        limit = self.config.twilio_voice_overflow_seconds
        if limit and (payload.number(params, "QueueTime") or 0) >= limit:
            return twiml.leave()
        position = payload.number(params, "QueuePosition")
        return twiml.hold(self.line, self.language_of(request), position=position)

    async def queue_ended(self, params: FormParams, request: Request) -> str | None:
        result = payload.single(params, "QueueResult")
        if result in ("bridged", "redirected"):
            return twiml.empty()
        if result == "leave":  # nobody answered in time (`wait`)
            return await self.elsewhere(payload.sid(params), self.language_of(request))
        status = await self.step(payload.sid(params), CallStep.abandoned, outcome=f"queue_{result}"[:20])
        if result == "hangup" or status is None:
            return twiml.empty()
        return twiml.goodbye(self.line, self.language_of(request))

    async def status(self, params: FormParams, request: Request) -> str | None:
        status = payload.status(params)
        if status in payload.FINAL_STATUSES:
            await self.step(payload.sid(params), CallStep.ended, outcome=status)
        return None

    async def operator(self, params: FormParams, request: Request) -> str | None:
        """The operator's phone answered: the caller joins them, unless the caller is gone."""
        leg = payload.sid(params)
        state = await self.core.record_call(CallUpdate(_caller_sid(request), CallStep.answered, leg=leg))
        return await self.bridge(state, leg)

    async def browser(self, params: FormParams, request: Request) -> str | None:
        """An operator's browser phone called (the TwiML App) to answer a waiting call."""
        leg = payload.sid(params)
        state = await self.core.record_call(
            CallUpdate(
                "",
                CallStep.answered,
                leg=leg,
                operator_id=payload.operator_identity(params),
                conversation_id=payload.conversation(params),
            )
        )
        return await self.bridge(state, leg)

    async def bridge(self, state: CallState | None, leg: str) -> str:
        """The operator's leg `leg` answered the call: the caller joins it from the queue;
        a leg that did not get the call (taken, or the caller gone) is told goodbye."""
        if state is None or state.status != "answered" or state.operator_leg != leg or self.calls is None:
            return twiml.goodbye(self.line, self.config.default_language)
        caller_sid = state.call_sid
        try:
            await self.calls.redirect(call_sid=caller_sid, path=paths.JOIN)
        except DeliveryFailed as exc:
            log.warning("caller %s could not be bridged: %s", caller_sid, exc.reason)
            return twiml.goodbye(self.line, self.config.default_language)
        return twiml.operator_bridge(self.line, caller_sid)

    async def operator_status(self, params: FormParams, request: Request) -> str | None:
        if payload.status(params) in payload.FINAL_STATUSES - {"completed"}:
            await self.step(_caller_sid(request), CallStep.operator_missed, leg=payload.sid(params))
        return None

    async def join(self, params: FormParams, request: Request) -> str | None:
        caller_sid = _caller_sid(request)
        if payload.sid(params) != caller_sid:
            raise MalformedPayload("CallSid is not the call to bridge")
        return twiml.caller_bridge(caller_sid)


def _caller_sid(request: Request) -> str:
    """The caller's call, named in the URL of an operator leg's webhooks."""
    return payload.checked_sid(request.query_params.get("call", ""), "call")


def build_router(config: TwilioConfig, core: Core, calls: TwilioCalls | None) -> APIRouter:
    router = APIRouter(include_in_schema=False)
    voice = VoiceLine(config, core, calls)
    steps: dict[str, Step] = {
        paths.VOICE: voice.incoming,
        paths.LANGUAGE: voice.language,
        paths.QUEUE: voice.queue,
        paths.WAIT: voice.wait,
        paths.QUEUE_ENDED: voice.queue_ended,
        paths.STATUS: voice.status,
        paths.OPERATOR: voice.operator,
        paths.OPERATOR_STATUS: voice.operator_status,
        paths.JOIN: voice.join,
        paths.BROWSER: voice.browser,
        paths.FOLLOW_UP: voice.follow_up,
    }
    for path, step in steps.items():
        router.add_api_route(path, _endpoint(config, step), methods=["POST"])
    return router


def _endpoint(config: TwilioConfig, step: Step) -> Callable[[Request], Awaitable[Response]]:
    async def endpoint(request: Request) -> Response:
        try:
            document = await step(await verified_form(request, config), request)
        except REFUSED as exc:
            if isinstance(exc, StorageUnavailable):
                log.warning("twilio voice step not stored, answered 503")
            return refusal(exc)
        if document is None:
            return Response(status_code=204)
        return Response(document, media_type="text/xml")

    return endpoint
