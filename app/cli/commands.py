"""The `hotline` command: serve, migrate, create-user, deactivate-user, demo, triage, purge,
audit."""

from __future__ import annotations

import asyncio
import getpass
import signal
import sys
from typing import Annotated

import typer

from app import logging_setup
from app.cli import config_check
from app.cli.directory import directory_cli
from app.cli.ports import port_in_use, port_taken_message
from app.models import Role
from app.settings import Settings
from app.storage.db import Database, resolve_database_url
from app.storage.embedded_postgres import EmbeddedPostgres

cli = typer.Typer(help="Anti-trafficking hotline platform.", no_args_is_help=True, add_completion=False)
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
    check_port: Annotated[
        bool,
        typer.Option("--check-port", help="Only check that the port is free (exit 1 if not), then exit."),
    ] = False,
) -> None:
    """Serve the platform (API, console, chat, webhooks)."""
    if port_in_use(host, port):
        typer.echo(port_taken_message(host, port), err=True)
        raise typer.Exit(1)
    if check_port:
        return
    import uvicorn

    from app.main import create_app
    from app.security.slow_clients import server_options

    settings = Settings()
    logging_setup.configure(settings.log_level)
    if settings.is_production:
        found, _warnings = config_check.check(settings)
        if found:
            for problem in found:
                typer.echo(f"error: {problem}", err=True)
            typer.echo("production refuses to start; see `hotline check-config`", err=True)
            raise typer.Exit(1)
    url, _embedded = _database(settings)
    app = create_app(settings, database_url=url)
    # uvicorn shuts down gracefully on SIGTERM, then re-raises it with the previous
    # handler: make that an orderly exit so the embedded server is stopped too.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    # Slow and idle clients, the request-head deadline, no `server` header: app.security.slow_clients.
    uvicorn.run(app, host=host, port=port, **server_options(forwarded_allow_ips=settings.forwarded_allow_ips))


@cli.command("check-config")
def check_config() -> None:
    """Check the HOTLINE_* environment as a production configuration; exit 1 on any problem."""
    found, warnings = config_check.problems()
    for warning in warnings:
        typer.echo(f"warning: {warning}")
    for problem in found:
        typer.echo(f"problem: {problem}")
    if found:
        raise typer.Exit(1)
    typer.echo("ok: this configuration is ready for production")


@cli.command()
def migrate() -> None:
    """Bring the database schema to the current version (alembic upgrade head)."""
    from app.storage import migrations

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
    """Create a staff account (or reset its password, or give a deactivated account back); the
    password is read from stdin. The supervisor room and consoles see the account at once."""
    from app.conversations import workload
    from app.live import events
    from app.security import users

    tty = sys.stdin.isatty()
    password = getpass.getpass("Password: ") if tty else sys.stdin.readline().rstrip("\r\n")
    settings = Settings()
    url, _embedded = _database(settings)

    async def run() -> None:
        database = Database.connect(url, pool_size=1)
        try:
            async with database.transaction() as session:
                user = await users.create_or_reset(session, email=email, password=password, role=role)
                await events.append(session, *await workload.changed(session, user.id))
        finally:
            await database.dispose()

    try:
        asyncio.run(run())
    except (users.WeakPassword, users.InvalidEmail) as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    typer.echo(f"{role.value} account ready")


@cli.command("deactivate-user")
def deactivate_user(email: Annotated[str, typer.Argument(help="Login e-mail.")]) -> None:
    """Deactivate a staff account: it cannot log in, its sessions end, its open conversations
    go back to the queue (audited). `create-user` gives it back."""
    from sqlmodel import col, select

    from app.models import User
    from app.security import users
    from app.supervision import deactivation

    settings = Settings()
    url, _embedded = _database(settings)

    async def run() -> int | None:
        database = Database.connect(url, pool_size=1)
        try:
            async with database.transaction() as session:
                found = (
                    await session.exec(select(User).where(col(User.email) == users.normalise_email(email)))
                ).first()
                if found is None:
                    return None
                return len(await deactivation.deactivate(session, user=found, actor_id=None))
        finally:
            await database.dispose()

    try:
        released = asyncio.run(run())
    except users.InvalidEmail as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    if released is None:
        typer.echo("error: no such account", err=True)
        raise typer.Exit(1)
    typer.echo(f"account deactivated; {released} open conversation(s) back in the queue")


@cli.command()
def demo(
    console_url: Annotated[
        str, typer.Option(help="Where the console will be served, for the printed link.")
    ] = "http://127.0.0.1:8000/console",
    new_passwords: Annotated[
        bool, typer.Option("--new-passwords", help="Give the demo accounts new passwords even if they exist.")
    ] = False,
) -> None:
    """Load demo data and print the demo operator and supervisor logins. Their passwords are set
    when the accounts are created (or with --new-passwords), and kept otherwise."""
    from app.cli import demo_data

    settings = Settings()
    url, _embedded = _database(settings)
    passwords = asyncio.run(demo_data.load(url, settings=settings, new_passwords=new_passwords))
    unchanged = "unchanged (printed when it was set; `hotline demo --new-passwords` sets a new one)"
    typer.echo("")
    typer.echo(f"  Operator console: {console_url}")
    typer.echo(f"  Operator login:   {demo_data.OPERATOR_EMAIL}")
    typer.echo(f"  Password:         {passwords.get(demo_data.OPERATOR_EMAIL, unchanged)}")
    typer.echo(f"  Supervisor login: {demo_data.SUPERVISOR_EMAIL}  (edits the resource directory)")
    typer.echo(f"  Password:         {passwords.get(demo_data.SUPERVISOR_EMAIL, unchanged)}")
    typer.echo("")


@cli.command("triage")
def triage_command(
    languages: Annotated[
        str | None,
        typer.Option(help="Comma-separated languages to detect among (default: HOTLINE_LANGUAGES)."),
    ] = None,
) -> None:
    """Read JSON lines {"id", "text"} on stdin; write one triage result per line (TRIAGE.md)."""
    from app.cli.triage_stream import triage_lines

    allowed = (
        [code.strip() for code in languages.split(",") if code.strip()] if languages else Settings().languages
    )
    try:
        for output in triage_lines(sys.stdin.buffer, languages=allowed):
            sys.stdout.write(output)
            sys.stdout.flush()
    except OSError as exc:
        typer.echo(f"error: standard input cannot be read: {exc.strerror or exc}", err=True)
        raise typer.Exit(1) from exc


@cli.command()
def purge() -> None:
    """Purge what retention says must go (vault entries, sealed originals, texts and notes of
    conversations closed long enough); print the counts. The app processes also do this
    every HOTLINE_RETENTION_INTERVAL_SECONDS."""
    from app.models.base import utcnow
    from app.security import retention

    settings = Settings()
    logging_setup.configure(settings.log_level)
    url, _embedded = _database(settings)

    async def run() -> retention.PurgeCounts:
        database = Database.connect(url, pool_size=1)
        try:
            policy = retention.RetentionPolicy.from_settings(settings)
            return await retention.purge(database, now=utcnow(), policy=policy)
        finally:
            await database.dispose()

    counts = asyncio.run(run())
    typer.echo(f"vault entries purged: {counts.vault_entries}")
    typer.echo(f"sealed originals purged: {counts.sealed_originals}")
    typer.echo(f"conversations whose texts were purged: {counts.texts}")
    typer.echo(f"conversations whose notes were purged: {counts.notes}")


audit_cli = typer.Typer(help="The audit log.", no_args_is_help=True)
cli.add_typer(audit_cli, name="audit")


@audit_cli.command("verify")
def audit_verify(
    known: Annotated[
        list[str] | None,
        typer.Option(
            "--known",
            help="A head hash noted earlier (printed by a previous verify); the check "
            "fails if it is no longer in the chain, which finds removed last entries too.",
        ),
    ] = None,
) -> None:
    """Recompute the audit log's hash chain; exit 1 at the first changed or removed entry."""
    from app.security import audit

    settings = Settings()
    logging_setup.configure(settings.log_level)
    url, _embedded = _database(settings)

    async def run() -> tuple[audit.Verification, set[str]]:
        database = Database.connect(url, pool_size=1)
        try:
            async with database.sessions() as session:
                verification = await audit.verify(session)
                found = await audit.hashes_present(session, known or [])
                return verification, found
        finally:
            await database.dispose()

    verification, found = asyncio.run(run())
    if not verification.intact:
        typer.echo(f"audit log BROKEN at entry {verification.broken_at}: {verification.reason}", err=True)
        raise typer.Exit(1)
    missing = [value for value in known or [] if value not in found]
    if missing:
        typer.echo(
            f"audit log BROKEN: the known head {missing[0]} is no longer in the chain "
            "(entries after it were removed)",
            err=True,
        )
        raise typer.Exit(1)
    typer.echo(f"audit log intact: {verification.entries} entries, head {verification.head}")


telegram_cli = typer.Typer(help="Telegram bot set-up.", no_args_is_help=True)
cli.add_typer(telegram_cli, name="telegram")


@telegram_cli.command("set-webhook")
def telegram_set_webhook() -> None:
    """Register HOTLINE_PUBLIC_URL/channels/telegram/webhook with Telegram, with the secret token."""
    from channels.telegram import TelegramAdapter
    from channels.telegram.config import TelegramConfig

    settings = Settings()
    if settings.telegram_bot_token is None or settings.telegram_secret_token is None:
        typer.echo("error: set HOTLINE_TELEGRAM_BOT_TOKEN and HOTLINE_TELEGRAM_SECRET_TOKEN", err=True)
        raise typer.Exit(2)
    adapter = TelegramAdapter(TelegramConfig.model_validate(settings.model_dump()))
    url = adapter.webhook_url
    if not url.startswith("https://"):
        typer.echo("warning: Telegram only calls https:// webhooks", err=True)
    channel = adapter.build_sender()
    assert channel is not None  # the bot token is set

    async def run() -> bool:
        try:
            return await channel.set_webhook(
                url,
                settings.telegram_secret_token.get_secret_value() if settings.telegram_secret_token else "",
            )
        finally:
            await channel.close()

    try:
        ok = asyncio.run(run())
    except Exception as exc:  # the token is in Telegram's URLs: show the kind of error only
        typer.echo(f"error: Telegram refused the webhook ({type(exc).__name__})", err=True)
        raise typer.Exit(1) from None
    if not ok:
        typer.echo("error: Telegram refused the webhook", err=True)
        raise typer.Exit(1)
    typer.echo(f"webhook set: {url}")


def main() -> None:
    cli()
