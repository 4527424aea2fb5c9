"""`hotline directory import PATH` and `hotline directory export PATH`."""

from __future__ import annotations

import asyncio
import csv
from pathlib import Path
from typing import Annotated

import typer

from app.settings import Settings
from app.storage.db import Database, resolve_database_url

directory_cli = typer.Typer(help="Resource directory (Open Referral HSDS 3).", no_args_is_help=True)


def _url() -> str:
    url, embedded = resolve_database_url(Settings())
    if embedded is not None:
        typer.echo(f"embedded PostgreSQL running under {embedded.pgdata}", err=True)
    return url


class _Aborted(Exception):
    pass


@directory_cli.command("import")
def import_command(
    path: Annotated[
        Path,
        typer.Argument(
            help="HSDS 3 JSON file or directory, tabular datapackage directory, or HSDS 1.x CSV directory."
        ),
    ],
    strict: Annotated[bool, typer.Option(help="Import nothing when any row is rejected.")] = False,
) -> None:
    """Import partners in one transaction; re-import updates by HSDS id, never duplicates."""
    import directory
    from directory.importer import import_dataset
    from directory.readers import UnknownFormat, read_path

    try:
        dataset = read_path(path)
    except (UnknownFormat, OSError, csv.Error) as exc:  # csv.Error: a field over 128 KiB
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    url = _url()

    async def run() -> directory.ImportReport:
        database = Database.connect(url, pool_size=1)
        try:
            with typer.progressbar(length=dataset.count(), label="importing", file=None) as bar:
                async with database.transaction() as session:
                    report = await import_dataset(session, dataset, progress=bar.update, strict=strict)
                    if strict and report.rejected:
                        raise _Aborted
            return report
        finally:
            await database.dispose()

    try:
        report = asyncio.run(run())
    except _Aborted:
        report = None
    rejected = report.rejected if report else dataset.rejected
    if report is None:
        typer.echo("rejected rows, nothing imported (--strict):", err=True)
    for item in report.rejected if report else []:
        typer.echo(f"rejected: {item}", err=True)
    if report is None:
        raise typer.Exit(1)
    for item in report.warnings:
        typer.echo(f"warning: {item}", err=True)
    for note in report.notes:
        typer.echo(f"note: {note}", err=True)
    counts = ", ".join(f"{table} {count}" for table, count in report.imported.items())
    typer.echo(
        f"imported {report.total} rows ({counts}); {len(rejected)} rejected, "
        f"{len(report.warnings)} warnings (links to nothing, rows kept)"
    )


@directory_cli.command("export")
def export_command(
    path: Annotated[
        Path, typer.Argument(help="A .json file (HSDS 3 JSON) or a directory (tabular datapackage).")
    ],
    view: Annotated[
        str,
        typer.Option(
            help="public (default), members (partners: contacts, no confidential address) or full (backup)."
        ),
    ] = "public",
    hsds1: Annotated[bool, typer.Option("--hsds1", help="Write the HSDS 1.1 CSV layout (lossy).")] = False,
) -> None:
    """Export the directory for one audience."""
    import directory

    try:
        chosen = directory.View(view)
    except ValueError as exc:
        typer.echo("error: --view must be public, members or full", err=True)
        raise typer.Exit(2) from exc
    url = _url()

    async def run() -> int:
        database = Database.connect(url, pool_size=1)
        try:
            async with database.transaction() as session:
                return await directory.export_path(session, path, chosen, hsds1=hsds1)
        finally:
            await database.dispose()

    count = asyncio.run(run())
    typer.echo(f"exported {count} rows ({chosen.value} view) to {path}")
