"""Export to the HSDS 1.1 data package layout, for partners whose tools still read 1.x.

Lossy by nature (1.x has no attributes, capacities or profile fields): weekly schedules become one
`regular_schedules` row per day (weekday 1 = Monday), dated closures and holiday hours become
`holiday_schedules`, addresses split into physical and postal, need attributes into
`services_taxonomy`. Import reads it back (directory.legacy_csv).
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

from directory.dataset import Record
from directory.schedule_rows import rule_from_row
from directory.schedules import DAY_CODES, BadSchedule
from directory.spreadsheet_cells import neutralise

_FILES: dict[str, list[str]] = {
    "organizations.csv": [
        "id",
        "name",
        "alternate_name",
        "description",
        "email",
        "url",
        "tax_status",
        "tax_id",
        "year_incorporated",
        "legal_status",
    ],
    "locations.csv": [
        "id",
        "organization_id",
        "name",
        "alternate_name",
        "description",
        "transportation",
        "latitude",
        "longitude",
    ],
    "services.csv": [
        "id",
        "organization_id",
        "program_id",
        "name",
        "alternate_name",
        "description",
        "url",
        "email",
        "status",
        "interpretation_services",
        "application_process",
        "wait_time",
        "fees",
        "accreditations",
        "licenses",
    ],
    "services_at_location.csv": ["id", "service_id", "location_id", "description"],
    "phones.csv": [
        "id",
        "location_id",
        "service_id",
        "organization_id",
        "contact_id",
        "service_at_location_id",
        "number",
        "extension",
        "type",
        "language",
        "description",
    ],
    "contacts.csv": [
        "id",
        "organization_id",
        "service_id",
        "service_at_location_id",
        "name",
        "title",
        "department",
        "email",
    ],
    "physical_addresses.csv": [
        "id",
        "location_id",
        "attention",
        "address_1",
        "address_2",
        "city",
        "region",
        "state_province",
        "postal_code",
        "country",
    ],
    "postal_addresses.csv": [
        "id",
        "location_id",
        "attention",
        "address_1",
        "address_2",
        "city",
        "region",
        "state_province",
        "postal_code",
        "country",
    ],
    "regular_schedules.csv": [
        "id",
        "service_id",
        "location_id",
        "service_at_location_id",
        "weekday",
        "opens_at",
        "closes_at",
    ],
    "holiday_schedules.csv": [
        "id",
        "service_id",
        "location_id",
        "service_at_location_id",
        "closed",
        "opens_at",
        "closes_at",
        "start_date",
        "end_date",
    ],
    "languages.csv": ["id", "service_id", "location_id", "language"],
    "service_areas.csv": ["id", "service_id", "service_area", "description"],
    "taxonomy.csv": ["id", "name", "parent_id", "parent_name", "vocabulary"],
    "services_taxonomy.csv": ["id", "service_id", "taxonomy_id", "taxonomy_detail"],
}


def _rows(rows: dict[str, list[Record]]) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {file: [] for file in _FILES}
    out["organizations.csv"] = [{**row, "url": row.get("website")} for row in rows.get("organization", [])]
    out["locations.csv"] = list(rows.get("location", []))
    out["services.csv"] = [
        {**row, "fees": row.get("fees_description") or row.get("fees")} for row in rows.get("service", [])
    ]
    out["services_at_location.csv"] = list(rows.get("service_at_location", []))
    out["phones.csv"] = list(rows.get("phone", []))
    out["contacts.csv"] = list(rows.get("contact", []))
    for address in rows.get("address", []):
        file = "postal_addresses.csv" if address.get("address_type") == "postal" else "physical_addresses.csv"
        out[file].append(address)
    for schedule in rows.get("schedule", []):
        if schedule.get("closed") or (not schedule.get("freq") and schedule.get("valid_from")):
            out["holiday_schedules.csv"].append(
                {
                    **schedule,
                    "closed": "true" if _closes(schedule) else "false",
                    "start_date": schedule.get("valid_from"),
                    "end_date": schedule.get("valid_to"),
                }
            )
            continue
        byday = str(schedule.get("byday") or ",".join(DAY_CODES))
        days = [code.strip()[-2:].upper() for code in byday.split(",")]
        for code in days:
            if code in DAY_CODES and schedule.get("opens_at") and schedule.get("closes_at"):
                out["regular_schedules.csv"].append(
                    {**schedule, "id": f"{schedule['id']}-{code}", "weekday": DAY_CODES.index(code) + 1}
                )
    out["languages.csv"] = [
        {**row, "language": row.get("name") or row.get("code")}
        for row in rows.get("language", [])
        if not row.get("phone_id")
    ]
    out["service_areas.csv"] = [
        {**row, "service_area": row.get("name")} for row in rows.get("service_area", [])
    ]
    out["taxonomy.csv"] = [
        {**row, "vocabulary": row.get("taxonomy")} for row in rows.get("taxonomy_term", [])
    ]
    out["services_taxonomy.csv"] = [
        {
            "id": row["id"],
            "service_id": row.get("link_id"),
            "taxonomy_id": row.get("taxonomy_term_id"),
            "taxonomy_detail": row.get("value"),
        }
        for row in rows.get("attribute", [])
        if row.get("link_entity") == "service"
    ]
    return out


def _closes(schedule: Record) -> bool:
    """Closed on its dates as the hours read it: `closed`, or a date without hours (HSDS 3 has no
    `closed` field; directory.schedule_rows), so the 1.1 holiday row keeps the closure."""
    try:
        rule = rule_from_row(schedule)
    except BadSchedule:
        return bool(schedule.get("closed"))
    return bool(schedule.get("closed")) or (rule is not None and rule.closed)


def _cell(value: object) -> str:
    if value is None:
        return ""
    return neutralise(value) if isinstance(value, str) else str(value)


def write(directory: Path, rows: dict[str, list[Record]]) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    resources = []
    for file, table_rows in _rows(rows).items():
        columns = _FILES[file]
        with (directory / file).open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(columns)
            for row in table_rows:
                writer.writerow([_cell(row.get(column)) for column in columns])
        resources.append(
            {
                "name": file.removesuffix(".csv"),
                "path": file,
                "schema": {"fields": [{"name": column, "type": "string"} for column in columns]},
            }
        )
    descriptor = {
        "name": "hotline-directory-hsds-1.1",
        "profile": "tabular-data-package",
        "version": "1.1",
        "resources": resources,
    }
    (directory / "datapackage.json").write_text(json.dumps(descriptor, indent=1) + "\n", encoding="utf-8")
