"""The partner login's rules after the right password, without a database: which session stage
a worker gets (`partner_two_factor.after_password`) and that staff and partner secrets are sealed
apart (both kinds of account number from 1)."""

from __future__ import annotations

import pytest

from app.models import PartnerUser, User
from app.referrals import partner_two_factor
from app.referrals.partner_accounts import FULL
from app.referrals.partner_two_factor import CODE, ENROL, Refused
from app.security import two_factor
from app.security.sealing import SealBroken, seal, unseal

KEY = bytes(32)


@pytest.mark.parametrize(
    ("enabled", "required", "may_enrol", "stage"),
    [
        (True, True, False, CODE),  # set up: always the code, window or not
        (True, False, True, CODE),  # set up where not required: the code too
        (False, False, False, FULL),
        (False, True, True, ENROL),
        (False, True, False, Refused.enrolment_expired),
    ],
)
def test_the_stage_after_the_password(enabled: bool, required: bool, may_enrol: bool, stage: str) -> None:
    assert partner_two_factor.after_password(enabled=enabled, required=required, may_enrol=may_enrol) == stage


def test_half_logged_in_sessions_are_short() -> None:
    assert partner_two_factor.stage_seconds(CODE, full_seconds=43_200) == 300
    assert partner_two_factor.stage_seconds(FULL, full_seconds=43_200) == 43_200


def test_a_partner_secret_does_not_open_as_the_staff_account_of_the_same_id() -> None:
    worker = PartnerUser(id=1, organization_id="o", email="w@example.org", display_name="W")
    staff = User(id=1, email="s@example.org", password_hash="x", role="operator")
    worker.totp_sealed = seal(KEY, "JBSWY3DPEHPK3PXP", context=two_factor._context(worker))
    assert unseal(KEY, worker.totp_sealed, context=two_factor._context(worker)) == "JBSWY3DPEHPK3PXP"
    with pytest.raises(SealBroken):
        unseal(KEY, worker.totp_sealed, context=two_factor._context(staff))
