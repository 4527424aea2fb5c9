"""Twilio forms, signatures and the webhooks' refusals, against a fake core: no database."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any
from urllib.parse import urlencode

import httpx
import pytest
from fastapi import FastAPI

import channels.twilio
from app.domain import ChannelKind
from channels.base import ForgedRequest, MalformedPayload
from channels.twilio.messaging import parse_inbound, parse_status
from channels.twilio.signature import read_form, verify_signature, webhook_url
from channels.twilio.voice import payload
from tests.channels.conftest import CALLER, PUBLIC_URL, TWILIO_NUMBER, post_signed, sign, twilio_sms_example
from tests.fakes.core import FakeCore
from tests.fakes.twilio_api import ACCOUNT_SID, AUTH_TOKEN

pytestmark = pytest.mark.pure

SMS = "/channels/twilio/sms"
STATUS = "/channels/twilio/status"


class TestForm:
    def test_a_repeated_field_becomes_a_list_and_blanks_are_kept(self) -> None:
        assert read_form(b"A=1&B=&A=2&A=3&C=%C3%A9t%C3%A9+ici") == {
            "A": ["1", "2", "3"],
            "B": "",
            "C": "été ici",
        }

    def test_a_body_that_is_not_utf8_is_malformed(self) -> None:
        with pytest.raises(MalformedPayload, match="UTF-8"):
            read_form(b"Body=\xff\xfe")

    def test_the_url_twilio_signed_is_the_public_one(self) -> None:
        assert webhook_url("https://h.example.org/", SMS) == "https://h.example.org" + SMS
        assert (
            webhook_url("https://h.example.org", STATUS, "k=1") == "https://h.example.org" + STATUS + "?k=1"
        )


class TestSignature:
    def test_twilios_own_signature_verifies(self) -> None:
        params = twilio_sms_example()
        verify_signature(AUTH_TOKEN, PUBLIC_URL + SMS, params, sign(PUBLIC_URL + SMS, params))

    @pytest.mark.parametrize(
        "case",
        ["missing", "garbage", "other token", "other url", "tampered body", "tampered sender", "extra field"],
    )
    def test_anything_else_is_forged(self, case: str) -> None:
        params = twilio_sms_example()
        url = PUBLIC_URL + SMS
        signature: str | None = sign(url, params)
        if case == "missing":
            signature = None
        elif case == "garbage":
            signature = "bm90IGEgc2lnbmF0dXJl"
        elif case == "other token":
            signature = sign(url, params, token="someone-elses-auth-token")
        elif case == "other url":
            url = "http://testserver" + SMS
        elif case == "tampered body":
            params = {**params, "Body": "Hello, send money"}
        elif case == "tampered sender":
            params = {**params, "From": "+15550000000"}
        else:
            params = {**params, "Extra": "1"}
        with pytest.raises(ForgedRequest):
            verify_signature(AUTH_TOKEN, url, params, signature)


class TestInbound:
    def test_twilios_example_becomes_an_sms_with_its_sid(self) -> None:
        inbound = parse_inbound(twilio_sms_example())
        assert (inbound.channel, inbound.address, inbound.text, inbound.provider_id) == (
            ChannelKind.sms,
            CALLER,
            "Hello",
            "SM1f0e8ae6ade43cb3c0ce4525424e404f",
        )

    def test_a_whatsapp_sender_makes_a_whatsapp_message(self) -> None:
        inbound = parse_inbound(twilio_sms_example(From="whatsapp:" + CALLER, To="whatsapp:" + TWILIO_NUMBER))
        assert inbound.channel is ChannelKind.whatsapp and inbound.address == "whatsapp:" + CALLER

    def test_media_is_counted_and_typed_never_fetched(self) -> None:
        params = twilio_sms_example(
            Body="",
            NumMedia="2",
            MediaContentType0="image/jpeg",
            MediaUrl0="https://api.twilio.com/Media/ME1",
            MediaContentType1="audio/ogg; codecs=<script>",
        )
        assert parse_inbound(params).text == "[media: 2 (image/jpeg, unknown)]"
        with_text = parse_inbound(
            twilio_sms_example(Body="voici", NumMedia="1", MediaContentType0="image/png")
        )
        assert with_text.text == "voici\n[media: 1 (image/png)]"

    def test_an_empty_message_is_marked_and_a_long_one_cut(self) -> None:
        assert parse_inbound(twilio_sms_example(Body="")).text == "[no text]"
        assert len(parse_inbound(twilio_sms_example(Body="a" * 5000)).text) == 4000

    def test_the_sms_sid_stands_in_for_a_missing_message_sid(self) -> None:
        params = twilio_sms_example()
        del params["MessageSid"]
        assert parse_inbound(params).provider_id == params["SmsSid"]

    @pytest.mark.parametrize(
        ("change", "reason"),
        [
            ({"From": ""}, "From"),
            ({"From": "   "}, "From"),
            ({"MessageSid": "", "SmsSid": ""}, "MessageSid"),
            ({"MessageSid": "SM" + "1" * 70}, "MessageSid"),
            ({"NumMedia": "two"}, "NumMedia"),
            # Digits int() refuses (a superscript, more than Python converts): 500s before.
            ({"NumMedia": "\u00b2"}, "NumMedia"),
            ({"NumMedia": "9" * 5000}, "NumMedia"),
            ({"Body": ["a", "b"]}, "Body"),
        ],
    )
    def test_what_cannot_be_read_is_malformed_with_the_reason(
        self, change: dict[str, Any], reason: str
    ) -> None:
        params: dict[str, Any] = {**twilio_sms_example(), **change}
        with pytest.raises(MalformedPayload, match=reason):
            parse_inbound(params)


class TestStatus:
    def test_a_report_with_its_error_code_and_the_callback_key(self) -> None:
        report = parse_status(
            {"MessageSid": "SM1", "MessageStatus": "Undelivered", "ErrorCode": "30003"}, key="k1"
        )
        assert (report.provider_id, report.status, report.error_code, report.key) == (
            "SM1",
            "undelivered",
            "30003",
            "k1",
        )

    def test_the_sms_fields_stand_in_and_a_non_numeric_code_is_dropped(self) -> None:
        report = parse_status({"SmsSid": "SM2", "SmsStatus": "delivered", "ErrorCode": "x1"})
        assert (report.provider_id, report.status, report.error_code, report.key) == (
            "SM2",
            "delivered",
            None,
            None,
        )

    @pytest.mark.parametrize("code", ["\u00b2", "9" * 300])
    def test_an_error_code_in_other_digits_or_too_long_is_dropped(self, code: str) -> None:
        """The code is kept in a 200-character column: 300 digits failed in the database, a
        503 Twilio would retry for ever."""
        report = parse_status({"MessageSid": "SM3", "MessageStatus": "failed", "ErrorCode": code})
        assert report.error_code is None

    @pytest.mark.parametrize(
        "params",
        [
            {"MessageStatus": "sent"},
            {"MessageSid": "SM1"},
            {"MessageSid": "SM1", "MessageStatus": "lost"},
        ],
    )
    def test_a_report_without_sid_or_known_status_is_malformed(self, params: dict[str, str]) -> None:
        with pytest.raises(MalformedPayload):
            parse_status(params)


def webhook_app(core: FakeCore, **settings: Any) -> FastAPI:
    values = {
        "public_url": PUBLIC_URL,
        "twilio_account_sid": ACCOUNT_SID,
        "twilio_auth_token": AUTH_TOKEN,
        "twilio_from": TWILIO_NUMBER,
        **settings,
    }
    application = FastAPI()
    application.include_router(channels.twilio.adapter(values).build_router(core))
    return application


@pytest.fixture
def core() -> FakeCore:
    return FakeCore()


@pytest.fixture
async def client(core: FakeCore) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=webhook_app(core))
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
        yield http


class TestWebhook:
    async def test_a_signed_message_reaches_the_core_and_twilio_gets_empty_twiml(
        self, client: httpx.AsyncClient, core: FakeCore
    ) -> None:
        response = await post_signed(client, SMS, twilio_sms_example())
        assert response.status_code == 200 and response.headers["content-type"].startswith("text/xml")
        assert response.text.endswith("<Response></Response>")
        assert [(m.channel, m.text) for m in core.received] == [(ChannelKind.sms, "Hello")]

    async def test_unsigned_forged_and_tampered_requests_never_reach_the_core(
        self, client: httpx.AsyncClient, core: FakeCore
    ) -> None:
        params = twilio_sms_example()
        refused = [
            await post_signed(client, SMS, params, signature=""),
            await post_signed(client, SMS, params, signature="bm90IGEgc2lnbmF0dXJl"),
            await post_signed(client, SMS, params, signature=sign(PUBLIC_URL + SMS, params, token="other")),
            await post_signed(client, SMS, {**params, "Body": "send money"}, signed_params=params),
        ]
        # What the app sees behind the proxy is not what Twilio signed.
        for url in ("http://testserver" + SMS, PUBLIC_URL + STATUS, "https://evil.example.org" + SMS):
            refused.append(await post_signed(client, SMS, params, signed_url=url))
        assert [r.status_code for r in refused] == [403] * 7
        assert core.received == []

    async def test_a_body_that_is_not_utf8_cannot_carry_a_signature(
        self, client: httpx.AsyncClient, core: FakeCore
    ) -> None:
        response = await client.post(
            SMS,
            content=b"Body=\xff",
            headers={"Content-Type": "application/x-www-form-urlencoded", "X-Twilio-Signature": "x"},
        )
        assert response.status_code == 403 and core.received == []

    async def test_a_signed_form_without_sender_is_a_clear_400(
        self, client: httpx.AsyncClient, core: FakeCore
    ) -> None:
        params = twilio_sms_example()
        del params["From"]
        response = await post_signed(client, SMS, params)
        assert response.status_code == 400 and "From" in response.text
        assert core.received == []

    async def test_a_body_over_the_limit_is_refused_before_it_is_read(
        self, client: httpx.AsyncClient, core: FakeCore
    ) -> None:
        params = twilio_sms_example(Body="x" * 70_000)
        assert (await post_signed(client, SMS, params)).status_code == 413
        assert core.received == []

    async def test_storage_down_answers_503_and_the_retry_is_accepted(
        self, client: httpx.AsyncClient, core: FakeCore
    ) -> None:
        core.unavailable = True
        assert (await post_signed(client, SMS, twilio_sms_example())).status_code == 503
        core.unavailable = False
        assert (await post_signed(client, SMS, twilio_sms_example())).status_code == 200
        assert len(core.received) == 1

    async def test_a_status_callback_signed_with_its_key_is_reported(
        self, client: httpx.AsyncClient, core: FakeCore
    ) -> None:
        callback = PUBLIC_URL + STATUS + "?k=abc"
        report = {"MessageSid": "SM9", "MessageStatus": "delivered", "AccountSid": ACCOUNT_SID}
        response = await post_signed(client, STATUS + "?k=abc", report, signed_url=callback)
        assert response.status_code == 204
        assert [(r.provider_id, r.status, r.key) for r in core.reports] == [("SM9", "delivered", "abc")]
        # the key is part of what Twilio signed
        forged = await post_signed(client, STATUS + "?k=other", report, signed_url=callback)
        assert forged.status_code == 403 and len(core.reports) == 1

    async def test_not_configured_answers_503(self, core: FakeCore) -> None:
        transport = httpx.ASGITransport(app=webhook_app(core, twilio_auth_token=None))
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
            response = await post_signed(http, SMS, twilio_sms_example())
            status = await http.post(STATUS, content=urlencode({"MessageSid": "SM1"}))
        assert response.status_code == status.status_code == 503
        assert core.received == []


class TestVoiceNumbers:
    """Numbers in voice forms are ASCII digits: `str.isdigit` also takes "²" and "٣", which
    `int` refuses or reads, so a signed form answered 500."""

    @pytest.mark.parametrize("value", ["\u00b2", "9" * 5000, "-1", ""])
    def test_a_queue_time_that_is_not_ascii_digits_is_no_number(self, value: str) -> None:
        assert payload.number({"QueueTime": value}, "QueueTime") is None

    def test_a_queue_time_in_digits_is_read(self) -> None:
        assert payload.number({"QueueTime": "300"}, "QueueTime") == 300

    @pytest.mark.parametrize("identity", ["client:operator-\u00b2", "client:operator-\u0663"])
    def test_an_operator_identity_in_other_digits_is_malformed(self, identity: str) -> None:
        with pytest.raises(MalformedPayload):
            payload.operator_identity({"From": identity})
