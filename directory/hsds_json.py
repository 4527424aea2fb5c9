"""HSDS 3 JSON: nested objects (service_full, organization_full, Page envelopes) to rows and back.

Reading flattens nested objects into tabular rows, setting each child's link to its parent. Writing
nests every row under its most specific parent inside one envelope:
`{"hsds_version", "profile", "organizations": [...], "taxonomies": [...], ...}`.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from directory.dataset import Dataset, Record
from directory.fields import ALL_TABLES, TABULAR_FILES

HSDS_VERSION = "3.1"
PROFILE_URL = "https://github.com/hotline/hotline/blob/main/directory/profile.md"

PLURAL: dict[str, str] = {
    "organization": "organizations",
    "service": "services",
    "location": "locations",
    "service_at_location": "service_at_locations",
    "address": "addresses",
    "contact": "contacts",
    "phone": "phones",
    "schedule": "schedules",
    "language": "languages",
    "service_area": "service_areas",
    "taxonomy": "taxonomies",
    "taxonomy_term": "taxonomy_terms",
    "attribute": "attributes",
    "unit": "units",
    "service_capacity": "capacities",
    "program": "programs",
    "funding": "funding",
    "cost_option": "cost_options",
    "accessibility": "accessibility",
    "required_document": "required_documents",
    "url": "urls",
    "metadata": "metadata",
    "organization_identifier": "organization_identifiers",
    "meta_table_description": "meta_table_descriptions",
}
_LIST_KEYS: dict[str, str] = {
    **{plural: table for table, plural in PLURAL.items()},
    "additional_websites": "url",
    "additional_urls": "url",
    "service_capacities": "service_capacity",
}
_SINGLE_KEYS: dict[str, tuple[str, str]] = {
    "organization": ("organization", "organization_id"),
    "program": ("program", "program_id"),
    "location": ("location", "location_id"),
    "service": ("service", "service_id"),
    "unit": ("unit", "unit_id"),
    "taxonomy_term": ("taxonomy_term", "taxonomy_term_id"),
    "taxonomy_detail": ("taxonomy", "taxonomy_id"),
}
_FILE_TABLES = {file: table for table, file in TABULAR_FILES.items()}
_STEM_TABLES = {
    "service": "service",
    "organization": "organization",
    "location": "location",
    "service_at_location": "service_at_location",
    "taxonomy": "taxonomy",
    "taxonomy_term": "taxonomy_term",
}


# HSDS 1.x (the Ohana and HSDA 1.x APIs): the hours of a service or location in two lists
_LEGACY_SCHEDULES = {
    "regular_schedules": "regular",
    "regular_schedule": "regular",
    "holiday_schedules": "holiday",
    "holiday_schedule": "holiday",
}
_LEGACY_OWNERS = ("service", "location", "service_at_location")


def _legacy_schedule(kind: str, item: Any) -> Any:
    """A 1.x schedule as an HSDS 3 row (as directory.legacy_csv reads the 1.x files): `weekday`
    stays (weekly on that day, read at import); a holiday's `start_date`..`end_date` become
    `valid_from`..`valid_to`, a closure of whole days when `closed` (its hours, if any, ignored),
    else that day's hours; its id is prefixed, 1.x numbering regular and holiday rows apart."""
    if kind == "regular" or not isinstance(item, dict):
        return item
    closed = item.get("closed") is True or str(item.get("closed")).strip().lower() in ("true", "1", "yes")
    start = item.get("start_date")
    data = {key: value for key, value in item.items() if key not in ("start_date", "end_date")}
    return {
        **data,
        **({"id": f"holiday-{item['id']}"} if item.get("id") not in (None, "") else {}),
        "closed": closed,
        "valid_from": start,
        "valid_to": item.get("end_date") or start,
        **({"opens_at": None, "closes_at": None} if closed else {}),
    }


def parent_link(child: str, parent: str) -> tuple[str, str | None]:
    """(field pointing at the parent, field naming the parent's table or None)."""
    if child == "attribute":
        return "link_id", "link_entity"
    if child == "metadata":
        return "resource_id", "resource_type"
    return f"{parent}_id", None


def _flatten(
    dataset: Dataset, table: str, obj: Any, source: str, parent: tuple[str, str] | None = None
) -> str | None:
    if not isinstance(obj, dict):
        dataset.reject(source, table, None, "expected a JSON object")
        return None
    row: Record = {}
    children: list[tuple[str, str, list[Any]]] = []
    singles: list[tuple[str, str, dict[str, Any]]] = []
    for key, value in obj.items():
        if key in _LEGACY_SCHEDULES and isinstance(value, list):
            if table in _LEGACY_OWNERS:
                kind = _LEGACY_SCHEDULES[key]
                children.append(("schedule", key, [_legacy_schedule(kind, item) for item in value]))
            elif value:
                dataset.reject(
                    f"{source}/{key}",
                    "schedule",
                    None,
                    f"HSDS 1.x {key} inside an object read as {table} are not read (an HSDS 1.x API "
                    "location?): give HSDS 3 JSON (schedules) or the HSDS 1.x CSV files",
                )
        elif key in _LIST_KEYS and isinstance(value, list) and (not value or isinstance(value[0], dict)):
            children.append((_LIST_KEYS[key], key, value))
        elif key in _SINGLE_KEYS and isinstance(value, dict):
            singles.append((key, *_SINGLE_KEYS[key][:1], value))
        else:
            row[key] = value
    for key, child_table, value in singles:
        child_id = _flatten(dataset, child_table, value, f"{source}/{key}")
        if child_id is not None:
            row[_SINGLE_KEYS[key][1]] = child_id
    if parent is not None:
        link, entity = parent_link(table, parent[0])
        if row.get(link) in (None, ""):
            row[link] = parent[1]
        if entity is not None and row.get(entity) in (None, ""):
            row[entity] = parent[0]
    row_id = row.get("id")
    dataset.add(table, row, source)
    if row_id in (None, ""):
        return None
    for child_table, key, items in children:
        for index, item in enumerate(items):
            _flatten(dataset, child_table, item, f"{source}/{key}/{index}", (table, str(row_id)))
    return str(row_id)


def _guess(obj: dict[str, Any]) -> str | None:
    if "service_at_locations" in obj or ("organization" in obj and "status" in obj):
        return "service"
    if "service" in obj and "location" in obj:
        return "service_at_location"
    if {"services", "locations", "organization_identifiers", "legal_status"} & obj.keys():
        return "organization"
    if {"latitude", "addresses", "location_type"} & obj.keys():
        return "location"
    if {"taxonomy_detail", "term_uri", "code"} & obj.keys():
        return "taxonomy_term"
    if "status" in obj:
        return "service"
    return None


def read_document(document: Any, name: str, dataset: Dataset) -> None:
    """One parsed JSON document; `name` is the file name (its stem hints at the object type)."""
    stem = Path(name).stem.removesuffix("_full").removesuffix("_list")
    hint = _STEM_TABLES.get(stem)
    if isinstance(document, dict) and any(str(key).endswith(".csv") for key in document):
        for file, rows in document.items():  # tabular.json: {"services.csv": [rows]}
            table = _FILE_TABLES.get(str(file))
            if table is None or not isinstance(rows, list):
                dataset.notes.append(f"{name}: {file} is not an HSDS table, skipped")
                continue
            for index, row in enumerate(rows):
                _flatten(dataset, table, row, f"{name}#/{file}/{index}")
        return
    if isinstance(document, dict) and set(PLURAL.values()) & document.keys():
        for table in ALL_TABLES:
            items = document.get(PLURAL[table])
            if isinstance(items, list):
                for index, item in enumerate(items):
                    _flatten(dataset, table, item, f"{name}#/{PLURAL[table]}/{index}")
        return
    pointer: str | None
    if isinstance(document, dict) and isinstance(document.get("contents"), list):
        objects: list[Any] = document["contents"]
        pointer = "/contents"
    elif isinstance(document, list):
        objects, pointer = document, ""
    elif isinstance(document, dict):
        if "openapi_url" in document and "id" not in document:
            dataset.notes.append(f"{name}: API base document, no records")
            return
        objects, pointer = [document], None
    else:
        dataset.reject(name, "?", None, "not an HSDS JSON document")
        return
    for index, item in enumerate(objects):
        source = f"{name}#{pointer}/{index}" if pointer is not None else f"{name}#"
        table = hint or (_guess(item) if isinstance(item, dict) else None)
        if table is None:
            dataset.reject(source, "?", None, "cannot tell which HSDS object this is")
            continue
        _flatten(dataset, table, item, source)


def read_file(path: Path, dataset: Dataset) -> None:
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError, RecursionError) as exc:  # nested too deep
        dataset.reject(path.name, "?", None, f"invalid JSON ({exc.__class__.__name__})")
        return
    read_document(document, path.name, dataset)


# Most specific parent first: a row is nested under the first of these links that is set.
_NEST_UNDER: dict[str, tuple[str, ...]] = {
    "service": ("organization",),
    "location": ("organization",),
    "service_at_location": ("service",),
    "address": ("location",),
    "contact": ("service_at_location", "service", "location", "organization"),
    "phone": ("contact", "service_at_location", "service", "location", "organization"),
    "schedule": ("service_at_location", "service", "location"),
    "language": ("phone", "service", "location"),
    "service_area": ("service_at_location", "service"),
    "service_capacity": ("service",),
    "program": ("organization",),
    "funding": ("service", "organization"),
    "cost_option": ("service",),
    "accessibility": ("location",),
    "required_document": ("service",),
    "url": ("service", "organization"),
    "organization_identifier": ("organization",),
}
_CHILD_KEY = {"url": "additional_urls"}


def to_document(rows: dict[str, list[Record]]) -> dict[str, Any]:
    """Rows (already in export form) to one nested HSDS JSON envelope."""
    objects: dict[tuple[str, str], Record] = {}
    for table, table_rows in rows.items():
        for row in table_rows:
            objects[(table, str(row["id"]))] = dict(row)
    top: dict[str, list[Record]] = {}
    for table in ALL_TABLES:
        for row in rows.get(table, []):
            obj = objects[(table, str(row["id"]))]
            parent = _parent_of(table, obj, objects)
            if parent is None:
                top.setdefault(PLURAL[table], []).append(obj)
                continue
            parent_table, parent_obj = parent
            link, entity = parent_link(table, parent_table)
            obj.pop(link, None)
            if entity is not None:
                obj.pop(entity, None)
            key = _CHILD_KEY.get(table, PLURAL[table])
            if table == "url" and parent_table == "organization":
                key = "additional_websites"
            parent_obj.setdefault(key, []).append(obj)
    document: dict[str, Any] = {"hsds_version": HSDS_VERSION, "profile": PROFILE_URL}
    for table in ALL_TABLES:
        if PLURAL[table] in top:
            document[PLURAL[table]] = top[PLURAL[table]]
    return document


def _parent_of(table: str, obj: Record, objects: dict[tuple[str, str], Record]) -> tuple[str, Record] | None:
    if table in ("attribute", "metadata"):
        link, entity = parent_link(table, "")
        parent_table = obj.get(entity or "")
        parent_id = obj.get(link)
        if isinstance(parent_table, str) and parent_id is not None:
            found = objects.get((parent_table, str(parent_id)))
            if found is not None:
                return parent_table, found
        return None
    for parent_table in _NEST_UNDER.get(table, ()):
        parent_id = obj.get(f"{parent_table}_id")
        if parent_id is None:
            continue
        found = objects.get((parent_table, str(parent_id)))
        if found is not None:
            return parent_table, found
    return None


def write_file(path: Path, rows: dict[str, list[Record]]) -> None:
    path.write_text(
        json.dumps(to_document(rows), ensure_ascii=False, indent=1, default=str) + "\n", encoding="utf-8"
    )
