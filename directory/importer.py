"""Import a dataset in one transaction: check every row, report rejects, upsert the rest by HSDS id."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from directory.by_month import BadMonths, month_window
from directory.coercion import BadValue, split_row
from directory.dataset import Dataset, Record, Rejected, Row
from directory.derived import refresh
from directory.fields import CORE, ORDER, OTHER_TABLES, links_of
from directory.recurrence import weekday_codes
from directory.schedule_rows import rule_from_row
from directory.schedules import BadSchedule, is_time_zone
from directory.tables import OTHER, TABLES
from directory.zones import BadOffset, read_offset

Progress = Callable[[int], None]
_BATCH = 20_000
_ANALYZE_AFTER = 5_000


@dataclass
class ImportReport:
    imported: dict[str, int] = field(default_factory=dict)
    rejected: list[Rejected] = field(default_factory=list)
    warnings: list[Rejected] = field(default_factory=list)  # rows kept without a link to nothing
    notes: list[str] = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(self.imported.values())


def _check(table: str, row: Row) -> tuple[Record, Record]:
    if table not in CORE:
        return {"id": row.data["id"]}, {
            key: value for key, value in row.data.items() if key != "id" and value is not None and value != ""
        }
    known, extra = split_row(table, _schedule_forms(row.data) if table == "schedule" else row.data)
    if table == "location" and known.get("time_zone") and not is_time_zone(str(known["time_zone"])):
        raise BadValue(f"field time_zone: unknown IANA time zone {known['time_zone']!r}")
    if table == "location":
        for name, low, high in (("latitude", -90, 90), ("longitude", -180, 180)):
            if known.get(name) is not None and not low <= known[name] <= high:
                raise BadValue(f"field {name}: out of range")
    if table == "schedule":
        try:
            rule_from_row(known)
        except BadSchedule as exc:
            raise BadValue(f"field {exc}") from None
    return known, extra


def _schedule_forms(data: Record) -> Record:
    """Older forms of a schedule row read as HSDS 3: `schedule.timezone` is a number of hours from
    UTC, an offset written as text (`-05:00`, `UTC-5`) is read as one, a zone's name (`EST`)
    refused with what to give instead; an HSDS 1.x/2.0 `weekday` (1 = Monday, `Monday`) without
    `freq` nor `byday` is weekly on that day (kept as an extra field); an RFC 5545 `bymonth` is
    said as a validity every year (directory.by_month), or refused with the reason."""
    written = data.get("timezone")
    try:
        hours = read_offset(written)
    except BadOffset as exc:
        raise BadValue(
            f"field timezone: {exc}: give hours from UTC (-5, -3.5, -05:00), or the location's "
            "time_zone (IANA, e.g. America/Toronto) instead"
        ) from None
    if hours is not None:
        data = {**data, "timezone": hours}
    if "bymonth" in data:
        try:
            data = month_window(data)
        except BadMonths as exc:
            raise BadValue(f"field {exc}") from None
    weekday = data.get("weekday")
    if weekday not in (None, "") and not data.get("freq") and not data.get("byday"):
        try:
            data = {**data, "freq": "WEEKLY", "byday": weekday_codes(weekday)}
        except ValueError as exc:
            raise BadValue(f"field {exc}") from None
    return data


async def _existing_ids(session: AsyncSession, table: str) -> set[str]:
    if table in TABLES:
        result = await session.execute(sa.select(TABLES[table].c.id))
    else:
        result = await session.execute(sa.select(OTHER.c.id).where(OTHER.c.resource == table))
    return {str(value) for value in result.scalars()}


# Links that may point at a row the dataset does not hold: the row is kept, the link value moves to
# the row's extra fields (so it is exported again) and a warning is reported.
_OPTIONAL_LINKS: dict[str, set[str]] = {
    "organization": {"parent_organization_id"},
    "taxonomy_term": {"parent_id", "taxonomy_id"},
    "location": {"organization_id"},
    "service": {"program_id"},
}
# Rows that belong to one of several owners: a broken link is optional while another link holds.
_SEVERAL_OWNERS = {"contact", "phone", "schedule", "language", "service_area", "funding", "url"}


@dataclass
class Checked:
    accepted: dict[str, list[tuple[Row, Record, Record]]]
    rejected: list[Rejected]
    warnings: list[Rejected]


async def check(session: AsyncSession, dataset: Dataset) -> Checked:
    """Rows that pass, per table; the rejected ones (bad values, required links to nothing); and
    warnings for optional links to nothing (row kept)."""
    rejected: list[Rejected] = list(dataset.rejected)
    warnings: list[Rejected] = []
    accepted: dict[str, dict[str, tuple[Row, Record, Record]]] = {}
    for table in (*ORDER, *OTHER_TABLES):
        for row in dataset.table(table):
            try:
                known, extra = _check(table, row)
            except BadValue as exc:
                rejected.append(Rejected(row.source, table, str(row.data.get("id")), str(exc)))
                continue
            accepted.setdefault(table, {})[str(known["id"])] = (row, known, extra)
    for table in dataset.rows:
        if table not in CORE and table not in OTHER_TABLES:
            for row in dataset.table(table):
                rejected.append(Rejected(row.source, table, row.data.get("id"), "not an HSDS table"))
    existing: dict[str, set[str]] = {}

    async def known_ids(table: str) -> set[str]:
        if table not in existing:
            existing[table] = await _existing_ids(session, table)
        return existing[table]

    dropped: dict[tuple[str, str], set[str]] = {}
    changed = True
    while changed:  # a rejected parent breaks its children's links in turn
        changed = False
        for table, rows in accepted.items():
            for row_id in list(rows):
                row, known, extra = rows[row_id]
                skip = dropped.get((table, row_id), set())
                links = _links(table, {**extra, **known}, skip)
                broken = [
                    (link, target, value)
                    for link, target, value in links
                    if value not in accepted.get(target, {}) and value not in await known_ids(target)
                ]
                if not broken:
                    continue
                changed = True
                holding = len(links) > len(broken)
                optional = _OPTIONAL_LINKS.get(table, set())
                if all(link in optional or (table in _SEVERAL_OWNERS and holding) for link, _, _ in broken):
                    for link, target, value in broken:
                        if link in known:
                            extra[link] = known.pop(link)
                        dropped.setdefault((table, row_id), set()).add(link)
                        reason = f"{link} {value} points at no {target}: row kept without it"
                        warnings.append(Rejected(row.source, table, row_id, reason))
                    continue
                del rows[row_id]
                link, target, value = next((item for item in broken if item[0] not in optional), broken[0])
                rejected.append(Rejected(row.source, table, row_id, f"{link} {value} points at no {target}"))
    return Checked({table: list(rows.values()) for table, rows in accepted.items()}, rejected, warnings)


def _links(table: str, values: Record, skip: set[str]) -> list[tuple[str, str, str]]:
    """(field, target table, target id) of every link set on the row."""
    links = dict(links_of(table))
    if table == "service":
        links["program_id"] = "program"
    if table == "attribute" and values.get("link_entity") in CORE:
        links["link_id"] = str(values["link_entity"])
    return [
        (link, target, str(values[link]))
        for link, target in links.items()
        if link not in skip and values.get(link) not in (None, "")
    ]


def _merge_statement(table: str, staging: str, columns: list[str]) -> sa.Insert:
    """INSERT ... SELECT from the staging table, upserting by HSDS id, in SQLAlchemy Core."""
    target = TABLES[table]
    source = sa.table(staging, *(sa.column(name) for name in columns))
    statement = insert(target).from_select(columns, sa.select(*(source.c[name] for name in columns)))
    extensions = CORE[table].extensions
    updates = {
        # profile fields a plain HSDS file lacks keep their value
        name: sa.func.coalesce(statement.excluded[name], target.c[name])
        if name in extensions
        else statement.excluded[name]
        for name in columns
        if name != "id"
    }
    return statement.on_conflict_do_update(index_elements=[target.c.id], set_=updates)


async def _copy_upsert(
    session: AsyncSession, table: str, columns: list[str], records: list[tuple[Any, ...]]
) -> None:
    """COPY into a temporary table, then one upsert statement: fast for large imports."""
    staging = f"hsds_import_{table}"
    await session.execute(sa.text(f"DROP TABLE IF EXISTS {staging}"))
    await session.execute(
        sa.text(f"CREATE TEMPORARY TABLE {staging} (LIKE hsds_{table} INCLUDING DEFAULTS) ON COMMIT DROP")
    )
    connection = await session.connection()
    raw = await connection.get_raw_connection()
    driver: Any = raw.driver_connection
    await driver.copy_records_to_table(staging, records=records, columns=columns)
    await session.execute(_merge_statement(table, staging, columns))


async def write(
    session: AsyncSession,
    accepted: dict[str, list[tuple[Row, Record, Record]]],
    progress: Progress | None = None,
) -> dict[str, int]:
    counts: dict[str, int] = {}
    for table in ORDER:
        rows = accepted.get(table, [])
        if not rows:
            continue
        columns = [*CORE[table].readable, "extra"]
        for start in range(0, len(rows), _BATCH):
            batch = rows[start : start + _BATCH]
            records = [
                (*(known.get(name) for name in columns[:-1]), json.dumps(extra, default=str))
                for _, known, extra in batch
            ]
            await _copy_upsert(session, table, columns, records)
            if progress:
                progress(len(batch))
        counts[table] = len(rows)
    other_statement = insert(OTHER)
    other_statement = other_statement.on_conflict_do_update(
        index_elements=[OTHER.c.resource, OTHER.c.id], set_={"data": other_statement.excluded.data}
    )
    for table in OTHER_TABLES:
        rows = accepted.get(table, [])
        if rows:
            await session.execute(
                other_statement,
                [{"resource": table, "id": known["id"], "data": extra} for _, known, extra in rows],
            )
            if progress:
                progress(len(rows))
            counts[table] = len(rows)
    return counts


async def import_dataset(
    session: AsyncSession, dataset: Dataset, *, progress: Progress | None = None, strict: bool = False
) -> ImportReport:
    """Runs inside the caller's transaction: the caller commits, or rolls back on any error."""
    checked = await check(session, dataset)
    accepted = checked.accepted
    report = ImportReport(rejected=checked.rejected, warnings=checked.warnings, notes=list(dataset.notes))
    if strict and report.rejected:
        return report
    await session.execute(sa.text("SET CONSTRAINTS ALL DEFERRED"))
    report.imported = await write(session, accepted, progress)
    await refresh(session)
    if report.total >= _ANALYZE_AFTER:  # fresh planner statistics once the import commits
        await session.execute(sa.text("ANALYZE " + ", ".join(f"hsds_{table}" for table in ORDER)))
    return report
