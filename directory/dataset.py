"""Rows read from a file, in HSDS tabular shape, before they reach the database.

Every reader (HSDS JSON, tabular datapackage, 1.x CSV) produces a `Dataset`; the importer checks and
writes it; the exporter builds one from the database and the writers turn it into files.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

Record = dict[str, Any]


@dataclass(frozen=True)
class Rejected:
    """A row left out, with where it came from (file:line or file#/json/pointer) and why."""

    source: str
    table: str
    row_id: str | None
    reason: str

    def __str__(self) -> str:
        ident = f" id={self.row_id}" if self.row_id else ""
        return f"{self.source}: {self.table}{ident}: {self.reason}"


@dataclass
class Row:
    table: str
    data: Record
    source: str


@dataclass
class Dataset:
    rows: dict[str, dict[str, Row]] = field(default_factory=dict)
    rejected: list[Rejected] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def add(self, table: str, data: Record, source: str) -> None:
        """Adds a row; a row seen twice (nested JSON repeats objects) is merged, later values win."""
        raw_id = data.get("id")
        if raw_id is None or raw_id == "":
            self.reject(source, table, None, "missing id")
            return
        row_id = str(raw_id)
        data["id"] = row_id
        by_id = self.rows.setdefault(table, {})
        existing = by_id.get(row_id)
        if existing is None:
            by_id[row_id] = Row(table, data, source)
            return
        for key, value in data.items():
            if value is not None and value != "":
                existing.data[key] = value

    def reject(self, source: str, table: str, row_id: str | None, reason: str) -> None:
        self.rejected.append(Rejected(source, table, row_id, reason))

    def table(self, table: str) -> list[Row]:
        return list(self.rows.get(table, {}).values())

    def count(self) -> int:
        return sum(len(rows) for rows in self.rows.values())

    def merge(self, other: Dataset) -> None:
        for table, rows in other.rows.items():
            for row in rows.values():
                self.add(table, row.data, row.source)
        self.rejected.extend(other.rejected)
        self.notes.extend(other.notes)
