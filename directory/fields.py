"""The HSDS 3.1 tables kept as columns, their field types, links, and the hotline extension fields.

One source of truth for the tables (`directory.tables`), the readers, the importer and the exporter.
Tables are named `hsds_<HSDS table name>`; HSDS field names and ids are kept as is.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Kind(StrEnum):
    text = "text"
    integer = "integer"
    number = "number"
    boolean = "boolean"
    timestamp = "timestamp"
    text_list = "text_list"


@dataclass(frozen=True)
class TableSpec:
    name: str
    fields: dict[str, Kind]
    # field -> referenced table; checked by the importer, DEFERRABLE foreign keys in the database.
    links: dict[str, str] = field(default_factory=dict)
    # Hotline profile fields (see directory/profile.md); exported, not part of HSDS itself.
    extensions: dict[str, Kind] = field(default_factory=dict)
    # Derived on import/edit from other rows; never read from a file, never exported.
    derived: dict[str, Kind] = field(default_factory=dict)
    required: tuple[str, ...] = ()

    @property
    def columns(self) -> dict[str, Kind]:
        return {**self.fields, **self.extensions, **self.derived}

    @property
    def readable(self) -> dict[str, Kind]:
        """Fields accepted from a file (HSDS + extensions)."""
        return {**self.fields, **self.extensions}


T, INT, N, B, TS, L = Kind.text, Kind.integer, Kind.number, Kind.boolean, Kind.timestamp, Kind.text_list

CORE: dict[str, TableSpec] = {
    spec.name: spec
    for spec in (
        TableSpec(
            "organization",
            {
                "id": T,
                "name": T,
                "alternate_name": T,
                "description": T,
                "email": T,
                "website": T,
                "tax_status": T,
                "tax_id": T,
                "year_incorporated": N,
                "legal_status": T,
                "logo": T,
                "uri": T,
                "parent_organization_id": T,
            },
            links={"parent_organization_id": "organization"},
            extensions={"active": B, "notice_language": T},
            required=("id", "name"),
        ),
        TableSpec(
            "service",
            {
                "id": T,
                "organization_id": T,
                "program_id": T,
                "name": T,
                "alternate_name": T,
                "description": T,
                "url": T,
                "email": T,
                "status": T,
                "interpretation_services": T,
                "application_process": T,
                "fees_description": T,
                "wait_time": T,
                "fees": T,
                "accreditations": T,
                "eligibility_description": T,
                "minimum_age": N,
                "maximum_age": N,
                "assured_date": T,
                "assurer_email": T,
                "licenses": T,
                "alert": T,
                "last_modified": T,
            },
            links={"organization_id": "organization"},
            extensions={
                "referral_mode": T,
                "acknowledgement_minutes": INT,
                "notification_method": T,
                "notification_target": T,
                "genders": L,
                "accepts_minors": B,
                "accepts_without_status": B,
            },
            derived={"always_open": B, "needs": L, "language_codes": L},
            required=("id", "name"),
        ),
        TableSpec(
            "location",
            {
                "id": T,
                "location_type": T,
                "url": T,
                "organization_id": T,
                "name": T,
                "alternate_name": T,
                "description": T,
                "transportation": T,
                "latitude": N,
                "longitude": N,
                "external_identifier": T,
                "external_identifier_type": T,
            },
            links={"organization_id": "organization"},
            extensions={"time_zone": T, "confidential": B},
            required=("id",),
        ),
        TableSpec(
            "service_at_location",
            {"id": T, "service_id": T, "location_id": T, "description": T},
            links={"service_id": "service", "location_id": "location"},
            required=("id", "service_id", "location_id"),
        ),
        TableSpec(
            "address",
            {
                "id": T,
                "location_id": T,
                "attention": T,
                "address_1": T,
                "address_2": T,
                "city": T,
                "region": T,
                "state_province": T,
                "postal_code": T,
                "country": T,
                "address_type": T,
            },
            links={"location_id": "location"},
            required=("id", "location_id"),
        ),
        TableSpec(
            "contact",
            {
                "id": T,
                "organization_id": T,
                "service_id": T,
                "service_at_location_id": T,
                "location_id": T,
                "name": T,
                "title": T,
                "department": T,
                "email": T,
            },
            links={
                "organization_id": "organization",
                "service_id": "service",
                "service_at_location_id": "service_at_location",
                "location_id": "location",
            },
            required=("id",),
        ),
        TableSpec(
            "phone",
            {
                "id": T,
                "location_id": T,
                "service_id": T,
                "organization_id": T,
                "contact_id": T,
                "service_at_location_id": T,
                "number": T,
                "extension": N,
                "type": T,
                "description": T,
            },
            links={
                "location_id": "location",
                "service_id": "service",
                "organization_id": "organization",
                "contact_id": "contact",
                "service_at_location_id": "service_at_location",
            },
            required=("id", "number"),
        ),
        TableSpec(
            "schedule",
            {
                "id": T,
                "service_id": T,
                "location_id": T,
                "service_at_location_id": T,
                "valid_from": T,
                "valid_to": T,
                "dtstart": T,
                "timezone": N,
                "until": T,
                "count": INT,
                "wkst": T,
                "freq": T,
                "interval": INT,
                "byday": T,
                "byweekno": T,
                "bymonthday": T,
                "byyearday": T,
                "description": T,
                "opens_at": T,
                "closes_at": T,
                "schedule_link": T,
                "attending_type": T,
                "notes": T,
            },
            links={
                "service_id": "service",
                "location_id": "location",
                "service_at_location_id": "service_at_location",
            },
            # RFC 5545 fields HSDS lacks, read so a row is not open on days it excludes
            extensions={"closed": B, "bysetpos": T, "exdate": T},
            required=("id",),
        ),
        TableSpec(
            "language",
            {"id": T, "service_id": T, "location_id": T, "phone_id": T, "name": T, "code": T, "note": T},
            links={"service_id": "service", "location_id": "location", "phone_id": "phone"},
            required=("id",),
        ),
        TableSpec(
            "service_area",
            {
                "id": T,
                "service_id": T,
                "service_at_location_id": T,
                "name": T,
                "description": T,
                "extent": T,
                "extent_type": T,
                "uri": T,
            },
            links={"service_id": "service", "service_at_location_id": "service_at_location"},
            required=("id",),
        ),
        TableSpec(
            "taxonomy",
            {"id": T, "name": T, "description": T, "uri": T, "version": T},
            required=("id", "name"),
        ),
        TableSpec(
            "taxonomy_term",
            {
                "id": T,
                "code": T,
                "name": T,
                "description": T,
                "parent_id": T,
                "taxonomy": T,
                "language": T,
                "taxonomy_id": T,
                "term_uri": T,
            },
            links={"parent_id": "taxonomy_term", "taxonomy_id": "taxonomy"},
            required=("id", "name"),
        ),
        TableSpec(
            "attribute",
            {
                "id": T,
                "link_id": T,
                "taxonomy_term_id": T,
                "link_type": T,
                "link_entity": T,
                "value": T,
                "label": T,
            },
            links={"taxonomy_term_id": "taxonomy_term"},
            required=("id", "link_id", "taxonomy_term_id"),
        ),
        TableSpec(
            "unit", {"id": T, "name": T, "scheme": T, "identifier": T, "uri": T}, required=("id", "name")
        ),
        TableSpec(
            "service_capacity",
            {
                "id": T,
                "service_id": T,
                "unit_id": T,
                "available": N,
                "maximum": N,
                "description": T,
                "updated": TS,
            },
            links={"service_id": "service", "unit_id": "unit"},
            required=("id", "service_id", "unit_id", "available", "updated"),
        ),
    )
}

# HSDS tables kept whole as JSON (their rows round-trip, nothing in the hotline reads them).
OTHER_TABLES: tuple[str, ...] = (
    "program",
    "funding",
    "cost_option",
    "accessibility",
    "required_document",
    "url",
    "metadata",
    "organization_identifier",
    "meta_table_description",
)

# Links of the tables kept as JSON, checked like the core ones.
OTHER_LINKS: dict[str, dict[str, str]] = {
    "program": {"organization_id": "organization"},
    "funding": {"organization_id": "organization", "service_id": "service"},
    "cost_option": {"service_id": "service"},
    "accessibility": {"location_id": "location"},
    "required_document": {"service_id": "service"},
    "url": {"organization_id": "organization", "service_id": "service"},
    "organization_identifier": {"organization_id": "organization"},
}

# Insertion order (parents first); the tabular file name of each table.
ORDER: tuple[str, ...] = (
    "organization",
    "taxonomy",
    "taxonomy_term",
    "unit",
    "location",
    "service",
    "service_at_location",
    "address",
    "contact",
    "phone",
    "schedule",
    "language",
    "service_area",
    "attribute",
    "service_capacity",
)

TABULAR_FILES: dict[str, str] = {
    "organization": "organizations.csv",
    "service": "services.csv",
    "location": "locations.csv",
    "service_at_location": "service_at_location.csv",
    "address": "addresses.csv",
    "contact": "contacts.csv",
    "phone": "phones.csv",
    "schedule": "schedules.csv",
    "language": "languages.csv",
    "service_area": "service_areas.csv",
    "taxonomy": "taxonomies.csv",
    "taxonomy_term": "taxonomy_terms.csv",
    "attribute": "attributes.csv",
    "unit": "units.csv",
    "service_capacity": "service_capacity.csv",
    "program": "programs.csv",
    "funding": "funding.csv",
    "cost_option": "cost_options.csv",
    "accessibility": "accessibility.csv",
    "required_document": "required_documents.csv",
    "url": "url.csv",
    "metadata": "metadata.csv",
    "organization_identifier": "organization_identifiers.csv",
    "meta_table_description": "meta_table_descriptions.csv",
}

ALL_TABLES: tuple[str, ...] = (*ORDER, *OTHER_TABLES)


def links_of(table: str) -> dict[str, str]:
    if table in CORE:
        return CORE[table].links
    return OTHER_LINKS.get(table, {})


NEEDS_TAXONOMY_ID = "hotline-needs"
