"""Conversions between the libpq URL operators configure and what each driver wants."""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

_LIBPQ_SCHEMES = ("postgresql", "postgres")


class InvalidDatabaseUrl(ValueError):
    pass


def to_libpq(url: str) -> str:
    """Normalise `postgres://` / `postgresql+driver://` to the plain libpq form."""
    parts = urlsplit(url)
    scheme = parts.scheme.split("+", 1)[0]
    if scheme not in _LIBPQ_SCHEMES:
        raise InvalidDatabaseUrl("HOTLINE_DATABASE_URL must start with postgresql://")
    return urlunsplit(("postgresql", parts.netloc, parts.path, parts.query, parts.fragment))


def to_sqlalchemy(url: str) -> str:
    """The SQLAlchemy URL for asyncpg; `?host=/socket/dir` is understood by both."""
    libpq = to_libpq(url)
    return "postgresql+asyncpg" + libpq[len("postgresql") :]


def with_database(url: str, database: str) -> str:
    """The same server, another database name."""
    parts = urlsplit(to_libpq(url))
    return urlunsplit((parts.scheme, parts.netloc, "/" + database, parts.query, parts.fragment))


def describe(url: str) -> str:
    """A log-safe description: host and database, never the password."""
    parts = urlsplit(to_libpq(url))
    host = parts.hostname or "unix socket"
    return f"{host}/{parts.path.lstrip('/')}"
