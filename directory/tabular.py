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
from directory.spreadsheet_cells import neutralise, restore

_FILE_TABLES = {file: table for table, file in TABULAR_FILES.items()}
_FRICTIONLESS_TYPES = {
    Kind.text: "string",
    Kind.integer: "integer",
    Kind.number: "number",
    Kind.boolean: "boolean",
    Kind.timestamp: "datetime",
    Kind.text_list: "string",
}


def read_csv(path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    """(line number of the record's first line, record); BOM and blank lines tolerated; a cell the
    export kept from running as a formula (`spreadsheet_cells`) is read as the value it was."""
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        try:
            _ = reader.fieldnames  # reads the header line
            line = reader.line_num + 1
            for record in reader:
                if any(value for value in record.values() if value):
                    yield (
                        line,
                        {
                            key: restore(value) if isinstance(value, str) else value
                            for key, value in record.items()
                            if key is not None
                        },
                    )
                line = reader.line_num + 1
        except UnicodeDecodeError:
            raise MalformedPackage(f"{path}: not UTF-8 text (save it as UTF-8, then import again)") from None


class MalformedPackage(ValueError):
    """A file of the package cannot be read: its datapackage.json is not the shape the
    Frictionless spec gives it, or a CSV file is not UTF-8 text."""


def table_files(directory: Path) -> list[tuple[str, Path]]:
    """(HSDS table, CSV file) for the package's files that are HSDS tables."""
    package = directory / "datapackage.json"
    found: list[tuple[str, Path]] = []
    if package.exists():
        for name, file in _resources(package):
            table = _FILE_TABLES.get(Path(file).name) or (name if name in ALL_TABLES else None)
            if table and inside(directory, file) and (directory / file).is_file():
                found.append((table, directory / file))
    else:
        found = [
            (table, directory / file)
            for table, file in TABULAR_FILES.items()
            if inside(directory, file) and (directory / file).is_file()
        ]
    return found


def _resources(package: Path) -> list[tuple[str | None, str]]:
    """(name, path) of each resource the descriptor lists: an object whose `resources` is a list
    of objects, each with a `path` naming one file. Anything else, `MalformedPackage` naming the
    file and what is wrong (the file may come from a third party)."""
    try:
        descriptor = json.loads(package.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError, RecursionError) as exc:
        raise MalformedPackage(f"{package}: not valid JSON ({exc.__class__.__name__})") from None
    if not isinstance(descriptor, dict):
        raise MalformedPackage(f"{package}: {_kind(descriptor)}, expected an object with `resources`")
    resources = descriptor.get("resources")
    if not isinstance(resources, list):
        raise MalformedPackage(f"{package}: `resources` is {_kind(resources)}, expected a list")
    found: list[tuple[str | None, str]] = []
    for index, resource in enumerate(resources):
        where = f"{package}: resources[{index}]"
        if not isinstance(resource, dict):
            raise MalformedPackage(f"{where} is {_kind(resource)}, expected an object")
        path, name = resource.get("path"), resource.get("name")
        if not isinstance(path, str) or not path.strip() or "\0" in path:
            raise MalformedPackage(f"{where}: `path` is {_kind(path)}, expected one file name")
        if name is not None and not isinstance(name, str):
            raise MalformedPackage(f"{where}: `name` is {_kind(name)}, expected a string")
        found.append((name, path))
    return found


def _kind(value: object) -> str:
    """What a JSON value is, in words, without quoting it."""
    if value is None:
        return "missing"
    if isinstance(value, str):
        return "an empty string" if not value.strip() else "a string with a NUL character"
    kinds = {dict: "an object", list: "a list", bool: "a boolean", int: "a number", float: "a number"}
    return kinds.get(type(value), "a JSON value")


def inside(directory: Path, file: str) -> bool:
    """`file` is one of the package's own: not an absolute path nor one that leaves the folder
    (`../`, a symbolic link out), which would import any file the importer can read."""
    root = directory.resolve()
    return (root / file).resolve().is_relative_to(root)


def read(files: list[tuple[str, Path]]) -> Dataset:
    """The rows of the package's table files (`table_files`)."""
    dataset = Dataset()
    for table, path in files:
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
    return neutralise(value) if isinstance(value, str) else str(value)


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
        resources.append(
            {
                "name": table,
                "path": file,
                "profile": "tabular-data-resource",
                "schema": {
                    "fields": [
                        {"name": column, "type": _FRICTIONLESS_TYPES[kinds.get(column, Kind.text)]}
                        for column in columns
                    ],
                    "primaryKey": "id",
                    "foreignKeys": [
                        {"fields": link, "reference": {"resource": target, "fields": "id"}}
                        for link, target in links_of(table).items()
                        if link in columns
                    ],
                },
            }
        )
    descriptor = {
        "name": "hotline-directory",
        "profile": "tabular-data-package",
        "version": HSDS_VERSION,
        "hotline_profile": PROFILE_URL,
        "resources": resources,
    }
    (directory / "datapackage.json").write_text(json.dumps(descriptor, indent=1) + "\n", encoding="utf-8")
