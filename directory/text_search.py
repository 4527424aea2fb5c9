"""Text search of the directory: services by name or description, accents and case ignored.

`hsds_unaccent` + pg_trgm (`word_similarity`, `<%`) over the expression of the index
ix_hsds_service_search, so that the index serves the search.
"""

from __future__ import annotations

import functools
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession

from directory.queries import Rows, literal_text
from directory.tables import TABLES


def _search_document(service: sa.FromClause) -> sa.ColumnElement[Any]:
    """Name and description, lower case, accents removed: the expression of ix_hsds_service_search."""
    text = (
        sa.func.coalesce(service.c.name, literal_text(""))
        .op("||")(literal_text(" "))
        .op("||")(sa.func.coalesce(service.c.description, literal_text("")))
    )
    return sa.func.hsds_unaccent(sa.func.lower(text))


@functools.cache
def _search_statement() -> sa.Executable:
    service = TABLES["service"].alias("s")
    query = sa.func.hsds_unaccent(sa.func.lower(sa.bindparam("text", type_=sa.Text())))
    document = _search_document(service)
    rank = sa.func.word_similarity(query, document).label("rank")
    return (
        sa.select(service.c.id, service.c.name, service.c.organization_id, rank)
        .where(query.op("<%", is_comparison=True)(document))
        .order_by(rank.desc(), service.c.name, service.c.id)
        .limit(sa.bindparam("limit", type_=sa.Integer()))
    )


async def search(session: AsyncSession, text: str, *, limit: int = 20) -> Rows:
    """Services by name or description, accent-insensitive (unaccent + trigram similarity)."""
    result = await session.execute(_search_statement(), {"text": text, "limit": limit})
    return [dict(row) for row in result.mappings()]
