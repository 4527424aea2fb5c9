"""The HSDS tables in PostgreSQL (`hsds_<name>`), built from `directory.fields` on SQLModel's metadata.

SQLAlchemy Core tables rather than SQLModel classes: rows travel as HSDS dicts between files and the
database, and unknown fields of an imported row are kept in its `extra` JSONB column.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import ARRAY, JSONB
from sqlmodel import SQLModel

from directory.fields import CORE, Kind, TableSpec

metadata = SQLModel.metadata

_TYPES: dict[Kind, sa.types.TypeEngine[Any]] = {
    Kind.text: sa.Text(),
    Kind.integer: sa.Integer(),
    Kind.number: sa.Float(),
    Kind.boolean: sa.Boolean(),
    Kind.timestamp: sa.DateTime(timezone=True),
    Kind.text_list: ARRAY(sa.Text()),
}


def table_name(table: str) -> str:
    return f"hsds_{table}"


def _build(spec: TableSpec) -> sa.Table:
    columns: list[sa.Column[Any]] = []
    for name, kind in spec.columns.items():
        if name == "id":
            columns.append(sa.Column("id", sa.Text(), primary_key=True))
            continue
        target = spec.links.get(name)
        if target is not None:
            columns.append(
                sa.Column(
                    name,
                    sa.Text(),
                    sa.ForeignKey(
                        f"{table_name(target)}.id", ondelete="CASCADE", deferrable=True, initially="DEFERRED"
                    ),
                    nullable=True,
                    index=True,
                )
            )
            continue
        columns.append(sa.Column(name, _TYPES[kind], nullable=True))
    columns.append(sa.Column("extra", JSONB(), nullable=False, server_default=sa.text("'{}'::jsonb")))
    return sa.Table(table_name(spec.name), metadata, *columns)


TABLES: dict[str, sa.Table] = {name: _build(spec) for name, spec in CORE.items()}

sa.Index("ix_hsds_service_needs", TABLES["service"].c.needs, postgresql_using="gin")
sa.Index("ix_hsds_service_language_codes", TABLES["service"].c.language_codes, postgresql_using="gin")
sa.Index("ix_hsds_attribute_link_id", TABLES["attribute"].c.link_id)

OTHER = sa.Table(
    "hsds_other",
    metadata,
    sa.Column("resource", sa.Text(), primary_key=True),
    sa.Column("id", sa.Text(), primary_key=True),
    sa.Column("data", JSONB(), nullable=False),
)
"""HSDS tables the hotline does not read (programs, funding, cost options...), kept whole."""

# Expression indexes (created in the migration, declared here so that autogenerate knows them).
sa.Index(
    "ix_hsds_location_earth",
    sa.text("ll_to_earth(latitude, longitude)"),
    _table=TABLES["location"],
    postgresql_using="gist",
    postgresql_where=sa.text("latitude IS NOT NULL AND longitude IS NOT NULL"),
)
SEARCH_EXPRESSION = "hsds_unaccent(lower(coalesce(name, '') || ' ' || coalesce(description, '')))"
sa.Index(
    "ix_hsds_service_search",
    sa.text(f"{SEARCH_EXPRESSION} gin_trgm_ops"),
    _table=TABLES["service"],
    postgresql_using="gin",
)
