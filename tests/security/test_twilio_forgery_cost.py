"""A forged Twilio request of thousands of fields is refused before any signature is computed.

No secret is needed to post to the Twilio webhooks, and each request was parsed whole and its
signature computed over every field before it was refused: a 64 KB body of 9,000 short fields
cost the server 45 to 78 ms of CPU on the event loop (a real message takes under 1 ms), so a
stranger's forgeries alone could keep a process busy. Twilio's own requests carry a few dozen
fields (an SMS with ten pictures about fifty); more than 200 cannot be Twilio's.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest
from twilio.request_validator import RequestValidator

from channels.base import MalformedPayload
from channels.twilio.signature import MAX_FIELDS, read_form
from tests.channels.conftest import post_signed, twilio_sms_example
from tests.channels.test_twilio_parsing import webhook_app
from tests.fakes.core import FakeCore

pytestmark = pytest.mark.pure

PATHS = ("/channels/twilio/sms", "/channels/twilio/status", "/channels/twilio/voice")


@pytest.fixture
async def client() -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=webhook_app(FakeCore()))
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
        yield http


async def test_thousands_of_fields_are_refused_before_the_signature(
    client: httpx.AsyncClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    computed: list[str] = []
    original = RequestValidator.compute_signature

    def counted(self: RequestValidator, uri: str, params: object) -> str:
        computed.append(uri)
        return str(original(self, uri, params))

    monkeypatch.setattr(RequestValidator, "compute_signature", counted)
    body = "&".join(f"a{n}={n}" for n in range(9000))[:65000]
    for path in PATHS:
        answer = await client.post(
            path,
            content=body,
            headers={
                "X-Twilio-Signature": "A" * 27 + "=",
                "Content-Type": "application/x-www-form-urlencoded",
            },
        )
        assert answer.status_code == 403, path
    assert computed == []


async def test_twilios_own_requests_still_pass(client: httpx.AsyncClient) -> None:
    params = twilio_sms_example()
    params.update({f"MediaContentType{n}": "image/jpeg" for n in range(10)})
    params.update({f"MediaUrl{n}": f"https://api.twilio.com/media/{n}" for n in range(10)})
    params["NumMedia"] = "10"
    assert (await post_signed(client, "/channels/twilio/sms", params)).status_code == 200


def test_the_limit() -> None:
    read_form("&".join(f"a{n}=1" for n in range(MAX_FIELDS)).encode())
    with pytest.raises(MalformedPayload, match="fields"):
        read_form("&".join(f"a{n}=1" for n in range(MAX_FIELDS + 1)).encode())
