"""Which referral transitions are allowed, and who may make them (pure rules).

States follow FHIR Task status plus `expired`: a partner accepts or rejects a requested
referral, starts and completes an accepted one; the hotline cancels one that is still open;
the acknowledgement deadline expires a requested one; a delivery that cannot be made fails it.
"""

from __future__ import annotations

from enum import StrEnum

from app.models.referral import ReferralStatus as S


class Actor(StrEnum):
    operator = "operator"
    partner = "partner"
    caller = "caller"
    system = "system"


OPEN = frozenset({S.requested, S.accepted, S.in_progress})
FINAL = frozenset({S.rejected, S.completed, S.cancelled, S.failed, S.expired})

_ALLOWED: dict[tuple[S, S], frozenset[Actor]] = {
    (S.requested, S.accepted): frozenset({Actor.partner}),
    (S.requested, S.rejected): frozenset({Actor.partner}),
    (S.accepted, S.in_progress): frozenset({Actor.partner}),
    (S.accepted, S.completed): frozenset({Actor.partner}),
    (S.in_progress, S.completed): frozenset({Actor.partner}),
    (S.requested, S.expired): frozenset({Actor.system}),
    (S.requested, S.failed): frozenset({Actor.system}),
    # A revoked consent cancels whatever is still open, whoever revoked it.
    (S.requested, S.cancelled): frozenset({Actor.operator, Actor.caller, Actor.system}),
    (S.accepted, S.cancelled): frozenset({Actor.operator, Actor.caller, Actor.system}),
    (S.in_progress, S.cancelled): frozenset({Actor.operator, Actor.caller, Actor.system}),
}

# Why a partner declines: codes, never free text (a reason typed by a partner could name someone).
DECLINE_REASONS = ("no_capacity", "not_eligible", "cannot_reach", "other")


def allowed(current: S, target: S, actor: Actor) -> bool:
    return actor in _ALLOWED.get((current, target), frozenset())


def partner_targets(current: S) -> list[S]:
    """What a partner can do next from `current` (the portal's buttons)."""
    return [
        target
        for (source, target), actors in _ALLOWED.items()
        if source is current and Actor.partner in actors
    ]
