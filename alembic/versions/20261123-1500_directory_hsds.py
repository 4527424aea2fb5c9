"""directory: HSDS 3 tables (hsds_*), earthdistance and accent-insensitive search

Revision ID: 4d1e0c7a9b21
Revises: 5c4a7e2b8f10
Create Date: 2026-11-23 13:00:00

The Open Referral HSDS 3.1 core as hsds_<table> (HSDS names and ids, unknown fields in `extra`),
the hotline profile fields (directory/profile.md), hsds_other for the HSDS tables kept whole.
Extensions cube + earthdistance (distance), unaccent + pg_trgm (French search); unaccent() is
only STABLE, so `hsds_unaccent` wraps it as IMMUTABLE for the trigram index.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

from alembic import op

revision: str = "4d1e0c7a9b21"
down_revision: str | None = "5c4a7e2b8f10"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


_EXTENSIONS = ("cube", "earthdistance", "unaccent", "pg_trgm")


def upgrade() -> None:
    for extension in _EXTENSIONS:
        op.execute(f"CREATE EXTENSION IF NOT EXISTS {extension}")
    op.execute(
        "CREATE OR REPLACE FUNCTION hsds_unaccent(text) RETURNS text "
        "LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT "
        "AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$"
    )
    op.create_table(
        "hsds_organization",
        sa.Column("id", sa.Text(), nullable=False),
        sa.Column("name", sa.Text(), nullable=True),
        sa.Column("alternate_name", sa.Text(), nullable=True),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("email", sa.Text(), nullable=True),
        sa.Column("website", sa.Text(), nullable=True),
        sa.Column("tax_status", sa.Text(), nullable=True),
        sa.Column("tax_id", sa.Text(), nullable=True),
        sa.Column("year_incorporated", sa.Float(), nullable=True),
        sa.Column("legal_status", sa.Text(), nullable=True),
        sa.Column("logo", sa.Text(), nullable=True),
        sa.Column("uri", sa.Text(), nullable=True),
        sa.Column("parent_organization_id", sa.Text(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=True),
        sa.Column(
            "extra",
            postgresql.JSONB(astext_type=sa.Text()),
            server_default=sa.text("'{}'::jsonb"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["parent_organization_id"],
            ["hsds_organization.id"],
            ondelete="CASCADE",
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(
        op.f("ix_hsds_organization_parent_organization_id"),
        "hsds_organization",
        ["parent_organization_id"],
        unique=False,
    )
    op.create_table(
        "hsds_other",
        sa.Column("resource", sa.Text(), nullable=False),
        sa.Column("id", sa.Text(), nullable=False),
        sa.Column("data", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.PrimaryKeyConstraint("resource", "id"),
    )
    op.create_table(
        "hsds_taxonomy",
        sa.Column("id", sa.Text(), nullable=False),
        sa.Column("name", sa.Text(), nullable=True),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("uri", sa.Text(), nullable=True),
        sa.Column("version", sa.Text(), nullable=True),
        sa.Column(
            "extra",
            postgresql.JSONB(astext_type=sa.Text()),
            server_default=sa.text("'{}'::jsonb"),
            nullable=False,
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "hsds_unit",
        sa.Column("id", sa.Text(), nullable=False),
        sa.Column("name", sa.Text(), nullable=True),
        sa.Column("scheme", sa.Text(), nullable=True),
        sa.Column("identifier", sa.Text(), nullable=True),
        sa.Column("uri", sa.Text(), nullable=True),
        sa.Column(
            "extra",
            postgresql.JSONB(astext_type=sa.Text()),
            server_default=sa.text("'{}'::jsonb"),
            nullable=False,
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "hsds_location",
        sa.Column("id", sa.Text(), nullable=False),
        sa.Column("location_type", sa.Text(), nullable=True),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("organization_id", sa.Text(), nullable=True),
        sa.Column("name", sa.Text(), nullable=True),
        sa.Column("alternate_name", sa.Text(), nullable=True),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("transportation", sa.Text(), nullable=True),
        sa.Column("latitude", sa.Float(), nullable=True),
        sa.Column("longitude", sa.Float(), nullable=True),
        sa.Column("external_identifier", sa.Text(), nullable=True),
        sa.Column("external_identifier_type", sa.Text(), nullable=True),
        sa.Column("time_zone", sa.Text(), nullable=True),
        sa.Column("confidential", sa.Boolean(), nullable=True),
        sa.Column(
            "extra",
            postgresql.JSONB(astext_type=sa.Text()),
            server_default=sa.text("'{}'::jsonb"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["hsds_organization.id"],
            ondelete="CASCADE",
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(
        op.f("ix_hsds_location_organization_id"), "hsds_location", ["organization_id"], unique=False
    )
    op.create_table(
        "hsds_service",
        sa.Column("id", sa.Text(), nullable=False),
        sa.Column("organization_id", sa.Text(), nullable=True),
        sa.Column("program_id", sa.Text(), nullable=True),
        sa.Column("name", sa.Text(), nullable=True),
        sa.Column("alternate_name", sa.Text(), nullable=True),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("email", sa.Text(), nullable=True),
        sa.Column("status", sa.Text(), nullable=True),
        sa.Column("interpretation_services", sa.Text(), nullable=True),
        sa.Column("application_process", sa.Text(), nullable=True),
        sa.Column("fees_description", sa.Text(), nullable=True),
        sa.Column("wait_time", sa.Text(), nullable=True),
        sa.Column("fees", sa.Text(), nullable=True),
        sa.Column("accreditations", sa.Text(), nullable=True),
        sa.Column("eligibility_description", sa.Text(), nullable=True),
        sa.Column("minimum_age", sa.Float(), nullable=True),
        sa.Column("maximum_age", sa.Float(), nullable=True),
        sa.Column("assured_date", sa.Text(), nullable=True),
        sa.Column("assurer_email", sa.Text(), nullable=True),
        sa.Column("licenses", sa.Text(), nullable=True),
        sa.Column("alert", sa.Text(), nullable=True),
        sa.Column("last_modified", sa.Text(), nullable=True),
        sa.Column("referral_mode", sa.Text(), nullable=True),
        sa.Column("acknowledgement_minutes", sa.Integer(), nullable=True),
        sa.Column("notification_method", sa.Text(), nullable=True),
        sa.Column("notification_target", sa.Text(), nullable=True),
        sa.Column("genders", postgresql.ARRAY(sa.Text()), nullable=True),
        sa.Column("accepts_minors", sa.Boolean(), nullable=True),
        sa.Column("accepts_without_status", sa.Boolean(), nullable=True),
        sa.Column("always_open", sa.Boolean(), nullable=True),
        sa.Column("needs", postgresql.ARRAY(sa.Text()), nullable=True),
        sa.Column("language_codes", postgresql.ARRAY(sa.Text()), nullable=True),
        sa.Column(
            "extra",
            postgresql.JSONB(astext_type=sa.Text()),
            server_default=sa.text("'{}'::jsonb"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["hsds_organization.id"],
            ondelete="CASCADE",
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(
        "ix_hsds_service_language_codes",
        "hsds_service",
        ["language_codes"],
        unique=False,
        postgresql_using="gin",
    )
    op.create_index("ix_hsds_service_needs", "hsds_service", ["needs"], unique=False, postgresql_using="gin")
    op.create_index(
        op.f("ix_hsds_service_organization_id"), "hsds_service", ["organization_id"], unique=False
    )
    op.create_table(
        "hsds_taxonomy_term",
        sa.Column("id", sa.Text(), nullable=False),
        sa.Column("code", sa.Text(), nullable=True),
        sa.Column("name", sa.Text(), nullable=True),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("parent_id", sa.Text(), nullable=True),
        sa.Column("taxonomy", sa.Text(), nullable=True),
        sa.Column("language", sa.Text(), nullable=True),
        sa.Column("taxonomy_id", sa.Text(), nullable=True),
        sa.Column("term_uri", sa.Text(), nullable=True),
        sa.Column(
            "extra",
            postgresql.JSONB(astext_type=sa.Text()),
            server_default=sa.text("'{}'::jsonb"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["parent_id"],
            ["hsds_taxonomy_term.id"],
            ondelete="CASCADE",
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["taxonomy_id"], ["hsds_taxonomy.id"], ondelete="CASCADE", initially="DEFERRED", deferrable=True
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(
        op.f("ix_hsds_taxonomy_term_parent_id"), "hsds_taxonomy_term", ["parent_id"], unique=False
    )
    op.create_index(
        op.f("ix_hsds_taxonomy_term_taxonomy_id"), "hsds_taxonomy_term", ["taxonomy_id"], unique=False
    )
    op.create_table(
        "hsds_address",
        sa.Column("id", sa.Text(), nullable=False),
        sa.Column("location_id", sa.Text(), nullable=True),
        sa.Column("attention", sa.Text(), nullable=True),
        sa.Column("address_1", sa.Text(), nullable=True),
        sa.Column("address_2", sa.Text(), nullable=True),
        sa.Column("city", sa.Text(), nullable=True),
        sa.Column("region", sa.Text(), nullable=True),
        sa.Column("state_province", sa.Text(), nullable=True),
        sa.Column("postal_code", sa.Text(), nullable=True),
        sa.Column("country", sa.Text(), nullable=True),
        sa.Column("address_type", sa.Text(), nullable=True),
        sa.Column(
            "extra",
            postgresql.JSONB(astext_type=sa.Text()),
            server_default=sa.text("'{}'::jsonb"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["location_id"], ["hsds_location.id"], ondelete="CASCADE", initially="DEFERRED", deferrable=True
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_hsds_address_location_id"), "hsds_address", ["location_id"], unique=False)
    op.create_table(
        "hsds_attribute",
        sa.Column("id", sa.Text(), nullable=False),
        sa.Column("link_id", sa.Text(), nullable=True),
        sa.Column("taxonomy_term_id", sa.Text(), nullable=True),
        sa.Column("link_type", sa.Text(), nullable=True),
        sa.Column("link_entity", sa.Text(), nullable=True),
        sa.Column("value", sa.Text(), nullable=True),
        sa.Column("label", sa.Text(), nullable=True),
        sa.Column(
            "extra",
            postgresql.JSONB(astext_type=sa.Text()),
            server_default=sa.text("'{}'::jsonb"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["taxonomy_term_id"],
            ["hsds_taxonomy_term.id"],
            ondelete="CASCADE",
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_hsds_attribute_link_id", "hsds_attribute", ["link_id"], unique=False)
    op.create_index(
        op.f("ix_hsds_attribute_taxonomy_term_id"), "hsds_attribute", ["taxonomy_term_id"], unique=False
    )
    op.create_table(
        "hsds_service_at_location",
        sa.Column("id", sa.Text(), nullable=False),
        sa.Column("service_id", sa.Text(), nullable=True),
        sa.Column("location_id", sa.Text(), nullable=True),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column(
            "extra",
            postgresql.JSONB(astext_type=sa.Text()),
            server_default=sa.text("'{}'::jsonb"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["location_id"], ["hsds_location.id"], ondelete="CASCADE", initially="DEFERRED", deferrable=True
        ),
        sa.ForeignKeyConstraint(
            ["service_id"], ["hsds_service.id"], ondelete="CASCADE", initially="DEFERRED", deferrable=True
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(
        op.f("ix_hsds_service_at_location_location_id"),
        "hsds_service_at_location",
        ["location_id"],
        unique=False,
    )
    op.create_index(
        op.f("ix_hsds_service_at_location_service_id"),
        "hsds_service_at_location",
        ["service_id"],
        unique=False,
    )
    op.create_table(
        "hsds_service_capacity",
        sa.Column("id", sa.Text(), nullable=False),
        sa.Column("service_id", sa.Text(), nullable=True),
        sa.Column("unit_id", sa.Text(), nullable=True),
        sa.Column("available", sa.Float(), nullable=True),
        sa.Column("maximum", sa.Float(), nullable=True),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("updated", sa.DateTime(timezone=True), nullable=True),
        sa.Column(
            "extra",
            postgresql.JSONB(astext_type=sa.Text()),
            server_default=sa.text("'{}'::jsonb"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["service_id"], ["hsds_service.id"], ondelete="CASCADE", initially="DEFERRED", deferrable=True
        ),
        sa.ForeignKeyConstraint(
            ["unit_id"], ["hsds_unit.id"], ondelete="CASCADE", initially="DEFERRED", deferrable=True
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(
        op.f("ix_hsds_service_capacity_service_id"), "hsds_service_capacity", ["service_id"], unique=False
    )
    op.create_index(
        op.f("ix_hsds_service_capacity_unit_id"), "hsds_service_capacity", ["unit_id"], unique=False
    )
    op.create_table(
        "hsds_contact",
        sa.Column("id", sa.Text(), nullable=False),
        sa.Column("organization_id", sa.Text(), nullable=True),
        sa.Column("service_id", sa.Text(), nullable=True),
        sa.Column("service_at_location_id", sa.Text(), nullable=True),
        sa.Column("location_id", sa.Text(), nullable=True),
        sa.Column("name", sa.Text(), nullable=True),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("department", sa.Text(), nullable=True),
        sa.Column("email", sa.Text(), nullable=True),
        sa.Column(
            "extra",
            postgresql.JSONB(astext_type=sa.Text()),
            server_default=sa.text("'{}'::jsonb"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["location_id"], ["hsds_location.id"], ondelete="CASCADE", initially="DEFERRED", deferrable=True
        ),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["hsds_organization.id"],
            ondelete="CASCADE",
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["service_at_location_id"],
            ["hsds_service_at_location.id"],
            ondelete="CASCADE",
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["service_id"], ["hsds_service.id"], ondelete="CASCADE", initially="DEFERRED", deferrable=True
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_hsds_contact_location_id"), "hsds_contact", ["location_id"], unique=False)
    op.create_index(
        op.f("ix_hsds_contact_organization_id"), "hsds_contact", ["organization_id"], unique=False
    )
    op.create_index(
        op.f("ix_hsds_contact_service_at_location_id"),
        "hsds_contact",
        ["service_at_location_id"],
        unique=False,
    )
    op.create_index(op.f("ix_hsds_contact_service_id"), "hsds_contact", ["service_id"], unique=False)
    op.create_table(
        "hsds_schedule",
        sa.Column("id", sa.Text(), nullable=False),
        sa.Column("service_id", sa.Text(), nullable=True),
        sa.Column("location_id", sa.Text(), nullable=True),
        sa.Column("service_at_location_id", sa.Text(), nullable=True),
        sa.Column("valid_from", sa.Text(), nullable=True),
        sa.Column("valid_to", sa.Text(), nullable=True),
        sa.Column("dtstart", sa.Text(), nullable=True),
        sa.Column("timezone", sa.Float(), nullable=True),
        sa.Column("until", sa.Text(), nullable=True),
        sa.Column("count", sa.Integer(), nullable=True),
        sa.Column("wkst", sa.Text(), nullable=True),
        sa.Column("freq", sa.Text(), nullable=True),
        sa.Column("interval", sa.Integer(), nullable=True),
        sa.Column("byday", sa.Text(), nullable=True),
        sa.Column("byweekno", sa.Text(), nullable=True),
        sa.Column("bymonthday", sa.Text(), nullable=True),
        sa.Column("byyearday", sa.Text(), nullable=True),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("opens_at", sa.Text(), nullable=True),
        sa.Column("closes_at", sa.Text(), nullable=True),
        sa.Column("schedule_link", sa.Text(), nullable=True),
        sa.Column("attending_type", sa.Text(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("closed", sa.Boolean(), nullable=True),
        sa.Column(
            "extra",
            postgresql.JSONB(astext_type=sa.Text()),
            server_default=sa.text("'{}'::jsonb"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["location_id"], ["hsds_location.id"], ondelete="CASCADE", initially="DEFERRED", deferrable=True
        ),
        sa.ForeignKeyConstraint(
            ["service_at_location_id"],
            ["hsds_service_at_location.id"],
            ondelete="CASCADE",
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["service_id"], ["hsds_service.id"], ondelete="CASCADE", initially="DEFERRED", deferrable=True
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_hsds_schedule_location_id"), "hsds_schedule", ["location_id"], unique=False)
    op.create_index(
        op.f("ix_hsds_schedule_service_at_location_id"),
        "hsds_schedule",
        ["service_at_location_id"],
        unique=False,
    )
    op.create_index(op.f("ix_hsds_schedule_service_id"), "hsds_schedule", ["service_id"], unique=False)
    op.create_table(
        "hsds_service_area",
        sa.Column("id", sa.Text(), nullable=False),
        sa.Column("service_id", sa.Text(), nullable=True),
        sa.Column("service_at_location_id", sa.Text(), nullable=True),
        sa.Column("name", sa.Text(), nullable=True),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("extent", sa.Text(), nullable=True),
        sa.Column("extent_type", sa.Text(), nullable=True),
        sa.Column("uri", sa.Text(), nullable=True),
        sa.Column(
            "extra",
            postgresql.JSONB(astext_type=sa.Text()),
            server_default=sa.text("'{}'::jsonb"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["service_at_location_id"],
            ["hsds_service_at_location.id"],
            ondelete="CASCADE",
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["service_id"], ["hsds_service.id"], ondelete="CASCADE", initially="DEFERRED", deferrable=True
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(
        op.f("ix_hsds_service_area_service_at_location_id"),
        "hsds_service_area",
        ["service_at_location_id"],
        unique=False,
    )
    op.create_index(
        op.f("ix_hsds_service_area_service_id"), "hsds_service_area", ["service_id"], unique=False
    )
    op.create_table(
        "hsds_phone",
        sa.Column("id", sa.Text(), nullable=False),
        sa.Column("location_id", sa.Text(), nullable=True),
        sa.Column("service_id", sa.Text(), nullable=True),
        sa.Column("organization_id", sa.Text(), nullable=True),
        sa.Column("contact_id", sa.Text(), nullable=True),
        sa.Column("service_at_location_id", sa.Text(), nullable=True),
        sa.Column("number", sa.Text(), nullable=True),
        sa.Column("extension", sa.Float(), nullable=True),
        sa.Column("type", sa.Text(), nullable=True),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column(
            "extra",
            postgresql.JSONB(astext_type=sa.Text()),
            server_default=sa.text("'{}'::jsonb"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"], ["hsds_contact.id"], ondelete="CASCADE", initially="DEFERRED", deferrable=True
        ),
        sa.ForeignKeyConstraint(
            ["location_id"], ["hsds_location.id"], ondelete="CASCADE", initially="DEFERRED", deferrable=True
        ),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["hsds_organization.id"],
            ondelete="CASCADE",
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["service_at_location_id"],
            ["hsds_service_at_location.id"],
            ondelete="CASCADE",
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["service_id"], ["hsds_service.id"], ondelete="CASCADE", initially="DEFERRED", deferrable=True
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_hsds_phone_contact_id"), "hsds_phone", ["contact_id"], unique=False)
    op.create_index(op.f("ix_hsds_phone_location_id"), "hsds_phone", ["location_id"], unique=False)
    op.create_index(op.f("ix_hsds_phone_organization_id"), "hsds_phone", ["organization_id"], unique=False)
    op.create_index(
        op.f("ix_hsds_phone_service_at_location_id"), "hsds_phone", ["service_at_location_id"], unique=False
    )
    op.create_index(op.f("ix_hsds_phone_service_id"), "hsds_phone", ["service_id"], unique=False)
    op.create_table(
        "hsds_language",
        sa.Column("id", sa.Text(), nullable=False),
        sa.Column("service_id", sa.Text(), nullable=True),
        sa.Column("location_id", sa.Text(), nullable=True),
        sa.Column("phone_id", sa.Text(), nullable=True),
        sa.Column("name", sa.Text(), nullable=True),
        sa.Column("code", sa.Text(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column(
            "extra",
            postgresql.JSONB(astext_type=sa.Text()),
            server_default=sa.text("'{}'::jsonb"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["location_id"], ["hsds_location.id"], ondelete="CASCADE", initially="DEFERRED", deferrable=True
        ),
        sa.ForeignKeyConstraint(
            ["phone_id"], ["hsds_phone.id"], ondelete="CASCADE", initially="DEFERRED", deferrable=True
        ),
        sa.ForeignKeyConstraint(
            ["service_id"], ["hsds_service.id"], ondelete="CASCADE", initially="DEFERRED", deferrable=True
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_hsds_language_location_id"), "hsds_language", ["location_id"], unique=False)
    op.create_index(op.f("ix_hsds_language_phone_id"), "hsds_language", ["phone_id"], unique=False)
    op.create_index(op.f("ix_hsds_language_service_id"), "hsds_language", ["service_id"], unique=False)
    op.execute(
        "CREATE INDEX ix_hsds_location_earth ON hsds_location USING gist "
        "(ll_to_earth(latitude, longitude)) WHERE latitude IS NOT NULL AND longitude IS NOT NULL"
    )
    op.execute(
        "CREATE INDEX ix_hsds_service_search ON hsds_service USING gin "
        "(hsds_unaccent(lower(coalesce(name, '') || ' ' || coalesce(description, ''))) gin_trgm_ops)"
    )


def downgrade() -> None:
    op.execute("DROP INDEX IF EXISTS ix_hsds_service_search")
    op.execute("DROP INDEX IF EXISTS ix_hsds_location_earth")
    op.drop_index(op.f("ix_hsds_language_service_id"), table_name="hsds_language")
    op.drop_index(op.f("ix_hsds_language_phone_id"), table_name="hsds_language")
    op.drop_index(op.f("ix_hsds_language_location_id"), table_name="hsds_language")
    op.drop_table("hsds_language")
    op.drop_index(op.f("ix_hsds_phone_service_id"), table_name="hsds_phone")
    op.drop_index(op.f("ix_hsds_phone_service_at_location_id"), table_name="hsds_phone")
    op.drop_index(op.f("ix_hsds_phone_organization_id"), table_name="hsds_phone")
    op.drop_index(op.f("ix_hsds_phone_location_id"), table_name="hsds_phone")
    op.drop_index(op.f("ix_hsds_phone_contact_id"), table_name="hsds_phone")
    op.drop_table("hsds_phone")
    op.drop_index(op.f("ix_hsds_service_area_service_id"), table_name="hsds_service_area")
    op.drop_index(op.f("ix_hsds_service_area_service_at_location_id"), table_name="hsds_service_area")
    op.drop_table("hsds_service_area")
    op.drop_index(op.f("ix_hsds_schedule_service_id"), table_name="hsds_schedule")
    op.drop_index(op.f("ix_hsds_schedule_service_at_location_id"), table_name="hsds_schedule")
    op.drop_index(op.f("ix_hsds_schedule_location_id"), table_name="hsds_schedule")
    op.drop_table("hsds_schedule")
    op.drop_index(op.f("ix_hsds_contact_service_id"), table_name="hsds_contact")
    op.drop_index(op.f("ix_hsds_contact_service_at_location_id"), table_name="hsds_contact")
    op.drop_index(op.f("ix_hsds_contact_organization_id"), table_name="hsds_contact")
    op.drop_index(op.f("ix_hsds_contact_location_id"), table_name="hsds_contact")
    op.drop_table("hsds_contact")
    op.drop_index(op.f("ix_hsds_service_capacity_unit_id"), table_name="hsds_service_capacity")
    op.drop_index(op.f("ix_hsds_service_capacity_service_id"), table_name="hsds_service_capacity")
    op.drop_table("hsds_service_capacity")
    op.drop_index(op.f("ix_hsds_service_at_location_service_id"), table_name="hsds_service_at_location")
    op.drop_index(op.f("ix_hsds_service_at_location_location_id"), table_name="hsds_service_at_location")
    op.drop_table("hsds_service_at_location")
    op.drop_index(op.f("ix_hsds_attribute_taxonomy_term_id"), table_name="hsds_attribute")
    op.drop_index("ix_hsds_attribute_link_id", table_name="hsds_attribute")
    op.drop_table("hsds_attribute")
    op.drop_index(op.f("ix_hsds_address_location_id"), table_name="hsds_address")
    op.drop_table("hsds_address")
    op.drop_index(op.f("ix_hsds_taxonomy_term_taxonomy_id"), table_name="hsds_taxonomy_term")
    op.drop_index(op.f("ix_hsds_taxonomy_term_parent_id"), table_name="hsds_taxonomy_term")
    op.drop_table("hsds_taxonomy_term")
    op.drop_index(op.f("ix_hsds_service_organization_id"), table_name="hsds_service")
    op.drop_index("ix_hsds_service_needs", table_name="hsds_service", postgresql_using="gin")
    op.drop_index("ix_hsds_service_language_codes", table_name="hsds_service", postgresql_using="gin")
    op.drop_table("hsds_service")
    op.drop_index(op.f("ix_hsds_location_organization_id"), table_name="hsds_location")
    op.drop_table("hsds_location")
    op.drop_table("hsds_unit")
    op.drop_table("hsds_taxonomy")
    op.drop_table("hsds_other")
    op.drop_index(op.f("ix_hsds_organization_parent_organization_id"), table_name="hsds_organization")
    op.drop_table("hsds_organization")
    op.execute("DROP FUNCTION IF EXISTS hsds_unaccent(text)")
    # The extensions stay: other schemas may use them and dropping needs more privileges.
