"""The outbox's retry policy and each sender's failures, against the fake provider APIs:
no database, no app."""

from __future__ import annotations

import random
from collections.abc import Iterator

import pytest

from app.delivery.outbox_worker import OutboxWorker, RetryPolicy
from app.domain import ChannelKind, OutboundMessage
from app.models import OutboxEntry, OutboxStatus
from app.settings import Settings
from channels.base import DeliveryFailed
from channels.telegram.sender import TelegramSender
from channels.twilio.sender import IDEMPOTENCY_HEADER, TwilioSender
from tests.channels.conftest import CALLER, TWILIO_NUMBER
from tests.fakes.telegram_api import BOT_TOKEN, FakeTelegram
from tests.fakes.twilio_api import ACCOUNT_SID, AUTH_TOKEN, FakeTwilio

pytestmark = pytest.mark.pure


class TestBackoff:
    def test_the_ceiling_doubles_from_the_base_up_to_the_maximum(self) -> None:
        policy = RetryPolicy(base_seconds=2.0, max_seconds=60.0)
        top = random.Random()
        top.uniform = lambda low, high: high  # type: ignore[method-assign]
        assert [policy.backoff(attempt, top) for attempt in range(0, 8)] == [
            2.0,
            2.0,
            4.0,
            8.0,
            16.0,
            32.0,
            60.0,
            60.0,
        ]

    def test_full_jitter_spreads_from_zero_to_the_ceiling(self) -> None:
        policy = RetryPolicy(base_seconds=1.0, max_seconds=300.0)
        delays = [policy.backoff(4, random.Random(seed)) for seed in range(300)]
        assert 0 <= min(delays) < 1.0 and 7.0 < max(delays) <= 8.0

    def test_a_lease_outlasts_any_send(self) -> None:
        policy = RetryPolicy(send_timeout_seconds=10.0)
        assert policy.lease.total_seconds() > 2 * policy.send_timeout_seconds  # a send times out at 2x

    def test_the_policy_comes_from_the_settings(self) -> None:
        settings = Settings(
            env="test",
            outbox_max_attempts=3,
            outbox_backoff_seconds=0.5,
            outbox_backoff_max_seconds=9,
            outbox_send_timeout_seconds=4,
        )
        assert RetryPolicy.from_settings(settings) == RetryPolicy(
            max_attempts=3, base_seconds=0.5, max_seconds=9, send_timeout_seconds=4
        )


def entry(attempts: int) -> OutboxEntry:
    return OutboxEntry(message_id=1, contact_id=1, channel="sms", attempts=attempts)


class TestAfterFailure:
    """What the worker records after a failed attempt (`OutboxWorker._after_failure`)."""

    @pytest.fixture
    def worker(self) -> OutboxWorker:
        policy = RetryPolicy(max_attempts=4, base_seconds=1.0, max_seconds=10.0)
        return OutboxWorker(database=None, keys=None, channels={}, policy=policy)  # type: ignore[arg-type]

    def test_a_temporary_failure_is_retried_after_a_backoff(self, worker: OutboxWorker) -> None:
        status, reason, provider_id, delay = worker._after_failure(
            entry(2), DeliveryFailed("twilio_http_503", retry=True)
        )
        assert (status, reason, provider_id) == (OutboxStatus.pending, "twilio_http_503", None)
        assert delay is not None and 0 <= delay <= 2.0

    def test_the_last_attempt_fails_saying_how_many_were_made(self, worker: OutboxWorker) -> None:
        assert worker._after_failure(entry(4), DeliveryFailed("twilio_http_503", retry=True)) == (
            OutboxStatus.failed,
            "twilio_http_503_after_4_attempts",
            None,
            None,
        )

    def test_a_refusal_fails_at_once(self, worker: OutboxWorker) -> None:
        assert worker._after_failure(entry(1), DeliveryFailed("twilio_rejected_400", retry=False)) == (
            OutboxStatus.failed,
            "twilio_rejected_400",
            None,
            None,
        )

    def test_an_unknown_outcome_is_never_resent_on_its_own(self, worker: OutboxWorker) -> None:
        failure = DeliveryFailed("provider_timeout", retry=True, unknown=True)
        assert failure.retry is False
        assert worker._after_failure(entry(1), failure) == (
            OutboxStatus.failed,
            "provider_timeout_delivery_unknown",
            None,
            None,
        )

    def test_a_reason_is_cut_to_fit_its_column(self) -> None:
        assert len(DeliveryFailed("x" * 500, retry=False).reason) == 200


def message(address: str = CALLER, key: str = "0b1e2c3d-0000-4000-8000-000000000001") -> OutboundMessage:
    return OutboundMessage(channel=ChannelKind.sms, address=address, text="We are here", idempotency_key=key)


@pytest.fixture
def twilio() -> Iterator[FakeTwilio]:
    fake = FakeTwilio().start()
    yield fake
    fake.stop()


def twilio_sender(fake: FakeTwilio, sender: str = TWILIO_NUMBER, timeout: float = 5.0) -> TwilioSender:
    return TwilioSender(
        account_sid=ACCOUNT_SID,
        auth_token=AUTH_TOKEN,
        sender=sender,
        api_base=fake.url,
        timeout=timeout,
        status_callback=lambda key: f"https://h.example.org/s?k={key}",
    )


class TestTwilioSender:
    async def test_a_send_carries_the_idempotency_key_and_the_status_callback(
        self, twilio: FakeTwilio
    ) -> None:
        sid = await twilio_sender(twilio).send(message())
        sent = twilio.sent[0]
        assert sid == sent["sid"] and sent["To"] == CALLER and sent["From"] == TWILIO_NUMBER
        assert sent["idempotency_key"] == message().idempotency_key
        assert sent["StatusCallback"] == f"https://h.example.org/s?k={message().idempotency_key}"
        assert IDEMPOTENCY_HEADER.lower() == "i-twilio-idempotency-token"

    async def test_whatsapp_gets_the_prefixed_sender_and_a_service_sid_is_used_as_is(
        self, twilio: FakeTwilio
    ) -> None:
        await twilio_sender(twilio).send(message("whatsapp:" + CALLER))
        await twilio_sender(twilio, sender="MG" + "1" * 32).send(message())
        assert twilio.sent[0]["From"] == "whatsapp:" + TWILIO_NUMBER
        assert twilio.sent[1]["MessagingServiceSid"] == "MG" + "1" * 32 and "From" not in twilio.sent[1]

    @pytest.mark.parametrize(
        ("status", "reason", "retry"),
        [
            (500, "twilio_http_500_20500", True),
            (503, "twilio_http_503_20500", True),
            (429, "twilio_http_429_20429", True),
        ],
    )
    async def test_an_outage_or_rate_limit_may_be_retried(
        self, twilio: FakeTwilio, status: int, reason: str, retry: bool
    ) -> None:
        twilio.fail_next(1, status=status)
        with pytest.raises(DeliveryFailed) as failed:
            await twilio_sender(twilio).send(message())
        assert (failed.value.reason, failed.value.retry, failed.value.unknown) == (reason, retry, False)

    async def test_a_rejected_number_is_not_retried(self, twilio: FakeTwilio) -> None:
        twilio.reject_next(1)
        with pytest.raises(DeliveryFailed) as failed:
            await twilio_sender(twilio).send(message())
        assert (failed.value.reason, failed.value.retry) == ("twilio_rejected_400_21211", False)

    async def test_no_answer_in_time_is_an_unknown_outcome(self, twilio: FakeTwilio) -> None:
        twilio.hang_next(1, seconds=5)
        with pytest.raises(DeliveryFailed) as failed:
            await twilio_sender(twilio, timeout=0.3).send(message())
        assert (failed.value.reason, failed.value.unknown, failed.value.retry) == (
            "provider_timeout",
            True,
            False,
        )

    async def test_nobody_listening_may_be_retried(self) -> None:
        sender = TwilioSender(
            account_sid=ACCOUNT_SID,
            auth_token=AUTH_TOKEN,
            sender=TWILIO_NUMBER,
            api_base="http://127.0.0.1:9",
            timeout=2,
        )
        with pytest.raises(DeliveryFailed) as failed:
            await sender.send(message())
        assert (failed.value.reason, failed.value.retry) == ("provider_unreachable", True)


@pytest.fixture
def telegram() -> Iterator[FakeTelegram]:
    fake = FakeTelegram().start()
    yield fake
    fake.stop()


class TestTelegramSender:
    async def test_a_send_goes_to_the_chat_and_keeps_no_provider_id(self, telegram: FakeTelegram) -> None:
        sender = TelegramSender(token=BOT_TOKEN, api_base=telegram.url, timeout=5)
        try:
            assert await sender.send(message("1111111")) is None
        finally:
            await sender.close()
        assert int(telegram.sent[0]["chat_id"]) == 1111111 and telegram.sent[0]["text"] == "We are here"

    @pytest.mark.filterwarnings("ignore:Deprecated since version v22.2")  # python-telegram-bot's own
    @pytest.mark.parametrize(
        ("status", "reason", "retry"),
        [
            (403, "telegram_forbidden_bot_blocked", False),
            (429, "telegram_rate_limited", True),
            (502, "provider_unreachable", True),
            (400, "telegram_rejected_BadRequest", False),
        ],
    )
    async def test_failures_say_whether_to_retry(
        self, telegram: FakeTelegram, status: int, reason: str, retry: bool
    ) -> None:
        sender = TelegramSender(token=BOT_TOKEN, api_base=telegram.url, timeout=5)
        telegram.fail_next(1, status=status)
        try:
            with pytest.raises(DeliveryFailed) as failed:
                await sender.send(message("1111111"))
        finally:
            await sender.close()
        assert (failed.value.reason, failed.value.retry) == (reason, retry)
