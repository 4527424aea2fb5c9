"""The HSDS 3 tabular data package: one CSV per table plus datapackage.json."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from directory.dataset import Dataset, Record
from directory.fields import ALL_TABLES, CORE, TABULAR_FILES, Kind, links_of
from directory.hsds_json import HSDS_VERSION, PROFILE_URL

_FILE_TABLES = {file: table for table, file in TABULAR_FILES.items()}
_FRICTIONLESS_TYPES = {Kind.text: "string", Kind.integer: "integer", Kind.number: "number",
                       Kind.boolean: "boolean", Kind.timestamp: "datetime", Kind.text_list: "string"}


def read_csv(path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    """(line number of the record's first line, record); BOM and blank lines tolerated."""
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        _ = reader.fieldnames  # reads the header line
        line = reader.line_num + 1
        for record in reader:
            if any(value for value in record.values() if value):
                yield line, {key: value for key, value in record.items() if key is not None}
            line = reader.line_num + 1


def table_files(directory: Path) -> list[tuple[str, Path]]:
    """(HSDS table, CSV file) for the package's files that are HSDS tables."""
    package = directory / "datapackage.json"
    found: list[tuple[str, Path]] = []
    if package.exists():
        descriptor = json.loads(package.read_text(encoding="utf-8"))
        for resource in descriptor.get("resources", []):
            file = str(resource.get("path", ""))
            table = _FILE_TABLES.get(Path(file).name) or (
                resource.get("name") if resource.get("name") in ALL_TABLES else None)
            if table and inside(directory, file) and (directory / file).exists():
                found.append((str(table), directory / file))
    else:
        found = [(table, directory / file) for table, file in TABULAR_FILES.items()
                 if inside(directory, file) and (directory / file).exists()]
    return found


def inside(directory: Path, file: str) -> bool:
    """`file` is one of the package's own: not an absolute path nor one that leaves the folder
    (`../`, a symbolic link out), which would import any file the importer can read."""
    root = directory.resolve()
    return (root / file).resolve().is_relative_to(root)


def read(directory: Path) -> Dataset:
    dataset = Dataset()
    for table, path in table_files(directory):
        for line, record in read_csv(path):
            dataset.add(table, dict(record), f"{path.name}:{line}")
    return dataset


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ",".join(str(item) for item in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _columns(table: str, rows: list[Record]) -> list[str]:
    names: list[str] = list(CORE[table].readable) if table in CORE else ["id"]
    seen = set(names)
    for row in rows:
        for key in row:
            if key not in seen:
                seen.add(key)
                names.append(key)
    return names


def write(directory: Path, rows: dict[str, list[Record]]) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    resources: list[dict[str, Any]] = []
    for table in ALL_TABLES:
        table_rows = rows.get(table, [])
        if not table_rows:
            continue
        columns = _columns(table, table_rows)
        file = TABULAR_FILES[table]
        with (directory / file).open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(columns)
            for row in table_rows:
                writer.writerow([_cell(row.get(column)) for column in columns])
        kinds = CORE[table].readable if table in CORE else {}
        resources.append({
            "name": table, "path": file, "profile": "tabular-data-resource",
            "schema": {
                "fields": [{"name": column, "type": _FRICTIONLESS_TYPES[kinds.get(column, Kind.text)]}
                           for column in columns],
                "primaryKey": "id",
                "foreignKeys": [
                    {"fields": link, "reference": {"resource": target, "fields": "id"}}
                    for link, target in links_of(table).items() if link in columns
                ],
            },
        })
    descriptor = {"name": "hotline-directory", "profile": "tabular-data-package",
                  "version": HSDS_VERSION, "hotline_profile": PROFILE_URL, "resources": resources}
    (directory / "datapackage.json").write_text(json.dumps(descriptor, indent=1) + "\n", encoding="utf-8")
