"""Pure rules: transitions and who makes them, deadlines by urgency, portal links."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest

from app.models.referral import ReferralStatus as S
from app.referrals import consent_words, links
from app.referrals.partner_service import acknowledgement_delay
from app.referrals.states import Actor, allowed, partner_targets

pytestmark = pytest.mark.pure
SECRET = "a-test-secret-that-is-long-enough-for-hmac"


class TestTransitions:
    def test_a_partner_accepts_or_rejects_a_requested_referral(self) -> None:
        assert allowed(S.requested, S.accepted, Actor.partner)
        assert allowed(S.requested, S.rejected, Actor.partner)
        assert partner_targets(S.requested) == [S.accepted, S.rejected]

    def test_an_operator_cannot_accept_for_the_partner(self) -> None:
        assert not allowed(S.requested, S.accepted, Actor.operator)

    def test_only_the_worker_expires_and_only_a_requested_referral(self) -> None:
        assert allowed(S.requested, S.expired, Actor.system)
        assert not allowed(S.requested, S.expired, Actor.partner)
        assert not allowed(S.accepted, S.expired, Actor.system)

    def test_final_states_go_nowhere(self) -> None:
        for final in (S.rejected, S.completed, S.cancelled, S.failed, S.expired):
            assert not any(allowed(final, target, actor) for target in S for actor in Actor)

    def test_revocation_cancels_an_accepted_or_started_referral(self) -> None:
        assert allowed(S.accepted, S.cancelled, Actor.caller)
        assert allowed(S.in_progress, S.cancelled, Actor.operator)
        assert not allowed(S.completed, S.cancelled, Actor.caller)


class TestDeadlines:
    def test_the_directory_delay_wins(self) -> None:
        assert acknowledgement_delay(45, "emergency") == timedelta(minutes=45)

    @pytest.mark.parametrize(
        ("urgency", "delay"),
        [
            ("emergency", timedelta(minutes=15)),
            ("high", timedelta(hours=2)),
            ("standard", timedelta(hours=24)),
            ("low", timedelta(hours=24)),
        ],
    )
    def test_defaults_by_urgency(self, urgency: str, delay: timedelta) -> None:
        assert acknowledgement_delay(None, urgency) == delay


class TestLinks:
    now = datetime(2026, 12, 5, 22, 0, tzinfo=UTC)

    def _link(self, hours: int = 72) -> tuple[uuid.UUID, str]:
        referral = uuid.uuid4()
        return referral, links.sign(
            SECRET,
            referral_id=referral,
            organization_id="org-1",
            expires_at=self.now + timedelta(hours=hours),
        )

    def test_a_valid_link_names_its_referral_and_organisation(self) -> None:
        referral, token = self._link()
        assert links.verify(SECRET, token, now=self.now) == links.LinkTarget(referral, "org-1")

    def test_an_expired_link_is_refused(self) -> None:
        _, token = self._link(hours=1)
        assert links.verify(SECRET, token, now=self.now + timedelta(hours=1, seconds=1)) is None

    def test_an_altered_link_is_refused(self) -> None:
        _, token = self._link()
        payload, mac = token.split(".")
        other = links.sign(
            SECRET,
            referral_id=uuid.uuid4(),
            organization_id="org-1",
            expires_at=self.now + timedelta(hours=72),
        ).split(".")[0]
        assert links.verify(SECRET, f"{other}.{mac}", now=self.now) is None
        assert links.verify(SECRET, f"{payload}.{mac[:-2]}AA", now=self.now) is None

    def test_a_link_signed_with_another_key_or_malformed_is_refused(self) -> None:
        _, token = self._link()
        assert links.verify(SECRET + "x", token, now=self.now) is None
        assert links.verify(SECRET, "not-a-link", now=self.now) is None
        assert links.verify(SECRET, "", now=self.now) is None


class TestConsentWords:
    @pytest.mark.parametrize("text", ["oui", "YES", "Sí", "да", "نعم", "是", "Wi!"])
    def test_yes_in_several_languages(self, text: str) -> None:
        assert consent_words.match(text) is consent_words.ConsentWord.yes

    @pytest.mark.parametrize("text", ["Révoquer", "REVOKE", "revocar", "撤回", "відкликати", "thu hồi"])
    def test_revocation_keyword_in_several_languages(self, text: str) -> None:
        assert consent_words.match(text) is consent_words.ConsentWord.revoke

    def test_every_hotline_language_has_both_words(self) -> None:
        import triage

        for language in triage.supported_languages():
            assert language in consent_words.YES_KEYWORD and language in consent_words.REVOKE_KEYWORD

    def test_a_sentence_is_not_a_keyword(self) -> None:
        assert consent_words.match("oui je veux bien mais pas maintenant") is None
