"""Twilio's REST API for calls, with twilio's own `Client` pointed at `api_base` (a local
fake in tests): ring an operator's phone, move a caller from the queue into a conference."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

import requests
from twilio.base.exceptions import TwilioRestException
from twilio.http.http_client import TwilioHttpClient
from twilio.jwt.access_token import AccessToken
from twilio.jwt.access_token.grants import VoiceGrant
from twilio.rest import Client

from channels.base import DeliveryFailed
from channels.twilio.voice import paths, payload
from channels.twilio.voice.twiml import conference_name

_Result = TypeVar("_Result")
# A browser phone token lives five minutes: the console asks for a new one a minute before it
# ends, for as long as the operator's session lives; after logout (or a revoked session) the
# last one lapses within those minutes, rather than an hour.
TOKEN_SECONDS = 300


@dataclass(frozen=True, slots=True)
class BrowserPhone:
    """The API key that signs browser phone tokens, and the TwiML App they may call."""

    api_key_sid: str
    api_key_secret: str
    twiml_app_sid: str


class TwilioCalls:
    """`app.domain.CallControl` for Twilio, plus what the webhooks need (`redirect`)."""

    def __init__(
        self,
        *,
        account_sid: str,
        auth_token: str,
        caller_id: str | None,
        public_url: str,
        api_base: str = "https://api.twilio.com",
        timeout: float = 10.0,
        ring_seconds: int = 25,
        browser: BrowserPhone | None = None,
    ) -> None:
        self._account_sid = account_sid
        self._browser = browser
        self._client = Client(account_sid, auth_token, http_client=TwilioHttpClient(timeout=timeout))
        self._client.api.base_url = api_base.rstrip("/")
        self._caller_id = caller_id
        self._public_url = public_url.rstrip("/")
        self._ring_seconds = ring_seconds

    def _url(self, path: str, call_sid: str) -> str:
        return f"{self._public_url}{path}?call={call_sid}"

    async def _run(self, action: Callable[[], _Result]) -> _Result:
        try:
            return await asyncio.to_thread(action)
        except TwilioRestException as exc:
            code = f"_{exc.code}" if isinstance(exc.code, int) else ""
            raise DeliveryFailed(
                f"twilio_http_{exc.status}{code}", retry=exc.status == 429 or exc.status >= 500
            ) from None
        except requests.exceptions.ReadTimeout:
            raise DeliveryFailed("provider_timeout", retry=False, unknown=True) from None
        except (requests.exceptions.ConnectionError, requests.exceptions.Timeout):
            raise DeliveryFailed("provider_unreachable", retry=True) from None

    def browser_token(self, *, operator_id: int) -> str | None:
        """An access token (`TOKEN_SECONDS`) for the browser phone: it may call the TwiML App only."""
        if self._browser is None:
            return None
        token = AccessToken(
            self._account_sid,
            self._browser.api_key_sid,
            self._browser.api_key_secret,
            identity=payload.OPERATOR_IDENTITY + str(operator_id),
            ttl=TOKEN_SECONDS,
        )
        token.add_grant(
            VoiceGrant(outgoing_application_sid=self._browser.twiml_app_sid, incoming_allow=False)
        )
        return str(token.to_jwt())

    async def ring_operator(self, *, call_sid: str, phone: str) -> str:
        """Ring `phone`; when it answers, `/voice/operator` bridges it to the caller."""
        if self._caller_id is None:
            raise DeliveryFailed("no_voice_caller_id", retry=False)
        arguments: dict[str, Any] = {
            "to": phone,
            "from_": self._caller_id,
            "url": self._url(paths.OPERATOR, call_sid),
            "method": "POST",
            "status_callback": self._url(paths.OPERATOR_STATUS, call_sid),
            "status_callback_method": "POST",
            "timeout": self._ring_seconds,
        }
        created = await self._run(lambda: self._client.calls.create(**arguments))
        return str(created.sid)

    async def redirect(self, *, call_sid: str, path: str) -> None:
        """Give a live call new instructions (the caller, out of the queue into the conference)."""
        url = self._url(path, call_sid)
        await self._run(lambda: self._client.calls(call_sid).update(url=url, method="POST"))

    async def _conference(self, call_sid: str) -> str:
        """The SID of the call's conference in progress (its name is `hotline-<CallSid>`)."""
        name = conference_name(call_sid)
        found = await self._run(
            lambda: self._client.conferences.list(friendly_name=name, status="in-progress", limit=1)
        )
        if not found:
            raise DeliveryFailed("no_conference", retry=False)
        return str(found[0].sid)

    async def add_to_conference(self, *, call_sid: str, number: str) -> str:
        """Dial `number` into the call's conference (a partner's line, an interpreter); the
        conference ends when it hangs up. The new participant's call id."""
        if self._caller_id is None:
            raise DeliveryFailed("no_voice_caller_id", retry=False)
        conference = await self._conference(call_sid)
        caller_id = self._caller_id
        added = await self._run(
            lambda: self._client.conferences(conference).participants.create(
                from_=caller_id,
                to=number,
                beep="false",
                end_conference_on_exit=True,
                timeout=self._ring_seconds,
            )
        )
        return str(added.call_sid)

    async def leave_conference(self, *, call_sid: str, leg: str) -> None:
        """The operator leaves after the introduction: the conference goes on without them."""
        conference = await self._conference(call_sid)
        await self._run(
            lambda: (
                self._client.conferences(conference).participants(leg).update(end_conference_on_exit=False)
            )
        )
        await self._run(lambda: self._client.calls(leg).update(status="completed"))
