"""The `hotline` command: serve, migrate, create-user, demo, triage."""

from __future__ import annotations

import asyncio
import getpass
import json
import secrets
import signal
import sys
from typing import Annotated

import typer

from app import logging_setup
from app.db import Database, resolve_database_url
from app.directory_cli import directory_cli
from app.embedded_postgres import EmbeddedPostgres
from app.models import Role
from app.settings import Settings

cli = typer.Typer(help="Anti-trafficking hotline platform.", no_args_is_help=True,
                  add_completion=False)
cli.add_typer(directory_cli, name="directory")


def _database(settings: Settings) -> tuple[str, EmbeddedPostgres | None]:
    url, embedded = resolve_database_url(settings)
    if embedded is not None:
        typer.echo(f"embedded PostgreSQL running under {embedded.pgdata}", err=True)
    return url, embedded


@cli.command()
def serve(
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
) -> None:
    """Serve the platform (API, console, chat, webhooks)."""
    import uvicorn

    from app.main import create_app

    settings = Settings()
    logging_setup.configure(settings.log_level)
    url, _embedded = _database(settings)
    app = create_app(settings, database_url=url)
    # uvicorn shuts down gracefully on SIGTERM, then re-raises it with the previous
    # handler: make that an orderly exit so the embedded server is stopped too.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    uvicorn.run(app, host=host, port=port, access_log=False, log_config=None,
                proxy_headers=True, ws="websockets-sansio")


@cli.command()
def migrate() -> None:
    """Bring the database schema to the current version (alembic upgrade head)."""
    from app import migrations

    settings = Settings()
    logging_setup.configure(settings.log_level)
    url, _embedded = _database(settings)
    migrations.upgrade(url)
    typer.echo(f"database at revision {migrations.head_revision()}")


@cli.command("create-user")
def create_user(
    email: Annotated[str, typer.Argument(help="Login e-mail.")],
    role: Annotated[Role, typer.Option(help="operator, supervisor or admin.")] = Role.operator,
) -> None:
    """Create a staff account (or reset its password); the password is read from stdin."""
    from app import users

    tty = sys.stdin.isatty()
    password = getpass.getpass("Password: ") if tty else sys.stdin.readline().rstrip("\r\n")
    settings = Settings()
    url, _embedded = _database(settings)

    async def run() -> None:
        database = Database.connect(url, pool_size=1)
        try:
            async with database.transaction() as session:
                await users.create_or_reset(session, email=email, password=password, role=role)
        finally:
            await database.dispose()

    try:
        asyncio.run(run())
    except users.WeakPassword as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    typer.echo(f"{role.value} account ready")


@cli.command()
def demo() -> None:
    """Load demo data and print a demo operator login (a new password each time)."""
    from app import demo_data

    settings = Settings()
    url, _embedded = _database(settings)
    password = secrets.token_urlsafe(12)
    asyncio.run(demo_data.load(url, settings=settings, operator_password=password))
    typer.echo("")
    typer.echo("  Operator console: http://127.0.0.1:8000/console")
    typer.echo(f"  Login:    {demo_data.OPERATOR_EMAIL}")
    typer.echo(f"  Password: {password}")
    typer.echo("")


@cli.command("triage")
def triage_command() -> None:
    """Read JSON lines {"id", "text"} on stdin; write one triage result per line."""
    import triage

    for line in sys.stdin:
        if not line.strip():
            continue
        message_id = None
        try:
            record = json.loads(line)
            if not isinstance(record, dict):
                raise ValueError("a line must be a JSON object")
            message_id = record.get("id")
            text = record.get("text")
            if not isinstance(text, str):
                raise ValueError("missing text")
            result = {"id": message_id, **triage.analyze(text).to_json()}
        except ValueError as exc:
            reason = "invalid JSON" if isinstance(exc, json.JSONDecodeError) else str(exc)
            result = {"id": message_id, "error": reason}
        sys.stdout.write(json.dumps(result, ensure_ascii=False) + "\n")
        sys.stdout.flush()


def main() -> None:
    cli()
