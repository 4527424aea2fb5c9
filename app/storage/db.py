"""Engine, sessions and the database the process runs on."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field

from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker, create_async_engine
from sqlmodel.ext.asyncio.session import AsyncSession

from app.settings import Settings
from app.storage.database_url import to_libpq, to_sqlalchemy
from app.storage.embedded_postgres import EmbeddedPostgres


def resolve_database_url(settings: Settings) -> tuple[str, EmbeddedPostgres | None]:
    """The configured URL, or a started embedded server's URL."""
    if settings.database_url:
        return to_libpq(settings.database_url), None
    server = EmbeddedPostgres(settings.data_dir)
    return server.start(), server


@dataclass
class Database:
    url: str
    engine: AsyncEngine
    sessions: async_sessionmaker[AsyncSession] = field(init=False)

    def __post_init__(self) -> None:
        self.sessions = async_sessionmaker(self.engine, class_=AsyncSession, expire_on_commit=False)

    @classmethod
    def connect(cls, url: str, *, pool_size: int = 10) -> Database:
        engine = create_async_engine(
            to_sqlalchemy(url), pool_size=pool_size, max_overflow=10, pool_pre_ping=True
        )
        return cls(url=to_libpq(url), engine=engine)

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[AsyncSession]:
        """One unit of work: commits on success, rolls back on error."""
        async with self.sessions() as session:
            try:
                yield session
                await session.commit()
            except BaseException:
                await session.rollback()
                raise

    async def dispose(self) -> None:
        await self.engine.dispose()


# What a lost or refused database connection raises, or a pool with none left (SQLAlchemy's
# TimeoutError after `pool_timeout`): callers answer "retry later" on these.
STORAGE_ERRORS: tuple[type[Exception], ...] = (
    OSError,
    OperationalError,
    DBAPIError,
    ConnectionError,
    PoolTimeout,
)
