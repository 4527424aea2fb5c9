"""Only the conversation's owner (or a supervisor or an admin) refers its caller to a partner.

A referral shares the caller's facts (their callback number, from the vault) with a partner and,
when consent is written, sends the caller a text: an act on the caller's behalf, like a reply,
which the role model leaves to the owner. Any operator could make one on a colleague's
conversation.
"""

from __future__ import annotations

import httpx
import sqlalchemy as sa

from app.domain import ChannelKind
from app.storage.db import Database
from tests.factories import receive
from tests.referrals.helpers import make_service, mark_safe, refer
from tests.staff_fixtures import Staff, other_operator, staff, supervisor

__all__ = ["other_operator", "staff", "supervisor"]  # fixtures


async def test_a_colleague_cannot_refer_the_owners_caller(
    operator_client: httpx.AsyncClient,
    database: Database,
    staff: Staff,
    other_operator: str,
    supervisor: str,
) -> None:
    accepted = await receive(
        database, "I need a safe place tonight", channel=ChannelKind.sms, address="+15145550111"
    )
    conversation_id = str(accepted.conversation_id)
    await mark_safe(database, conversation_id)
    service_id, _ = await make_service(database)
    taken = await operator_client.post(f"/api/conversations/{conversation_id}/take", json={})
    assert taken.status_code == 200, taken.text
    async with staff(other_operator) as colleague:
        for method in ("verbal", "written"):
            refused = await refer(
                colleague, conversation_id, service_id, method=method, share=("callback_number", "first_name")
            )
            assert refused.status_code == 409, (method, refused.text)
    async with database.transaction() as session:
        made = (await session.execute(sa.text("SELECT count(*) FROM referrals"))).scalar_one()
        sent = (
            await session.execute(sa.text("SELECT count(*) FROM messages WHERE direction = 'out'"))
        ).scalar_one()
    assert (made, sent) == (0, 0)
    async with staff(supervisor) as overseer:
        assert (await refer(overseer, conversation_id, service_id)).status_code == 201
    assert (await refer(operator_client, conversation_id, service_id, method="written")).status_code == 201
