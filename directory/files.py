"""Import from and export to a path: `.json` is HSDS 3 JSON, a directory is the tabular package."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.ext.asyncio import AsyncSession

from directory import hsds_json, legacy_export, tabular
from directory.exporter import View, export_rows
from directory.importer import ImportReport, Progress, import_dataset
from directory.readers import read_path

DEMO_FILE = Path(__file__).resolve().parent / "demo" / "quebec_partners.json"


async def import_path(
    session: AsyncSession, path: Path, *, progress: Progress | None = None, strict: bool = False
) -> ImportReport:
    return await import_dataset(session, read_path(path), progress=progress, strict=strict)


async def export_path(
    session: AsyncSession, path: Path, view: View = View.public, *, hsds1: bool = False
) -> int:
    """`.json`: HSDS 3 JSON; a directory: the HSDS 3 tabular package, or the 1.1 layout (`hsds1`)."""
    rows = await export_rows(session, view)
    if hsds1:
        legacy_export.write(path, rows)
    elif path.suffix.lower() == ".json":
        hsds_json.write_file(path, rows)
    else:
        tabular.write(path, rows)
    return sum(len(table_rows) for table_rows in rows.values())


async def load_demo(session: AsyncSession) -> ImportReport:
    """The fictional Québec partners (idempotent: ids are fixed, re-import updates)."""
    return await import_path(session, DEMO_FILE, strict=True)
