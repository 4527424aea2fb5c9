"""Field values from files to column values: CSV strings and JSON values to the HSDS types."""

from __future__ import annotations

import json
import math
from datetime import UTC, datetime
from typing import Any

from directory.dataset import Record
from directory.fields import CORE, Kind

_TRUE = {"true", "t", "yes", "y", "1", "oui"}
_FALSE = {"false", "f", "no", "n", "0", "non"}


class BadValue(ValueError):
    pass


def _empty(value: Any) -> bool:
    return value is None or (isinstance(value, str) and value.strip() == "")


def coerce(kind: Kind, value: Any) -> Any:
    if _empty(value):
        return None
    if kind is Kind.text:
        if isinstance(value, dict | list):
            raise BadValue("expected text, got an object or a list")
        return str(value)
    if kind is Kind.integer or kind is Kind.number:
        if isinstance(value, bool):
            raise BadValue("expected a number, got true/false")
        try:
            number = float(str(value).strip())
        except ValueError:
            raise BadValue("expected a number") from None
        if not math.isfinite(number):
            raise BadValue("expected a finite number")
        if kind is Kind.integer:
            if not number.is_integer():
                raise BadValue("expected a whole number")
            return int(number)
        return number
    if kind is Kind.boolean:
        if isinstance(value, bool):
            return value
        text = str(value).strip().lower()
        if text in _TRUE:
            return True
        if text in _FALSE:
            return False
        raise BadValue("expected true or false")
    if kind is Kind.timestamp:
        if isinstance(value, datetime):
            moment = value
        else:
            try:
                moment = datetime.fromisoformat(str(value).strip().replace("Z", "+00:00"))
            except ValueError:
                raise BadValue("expected an ISO 8601 date-time") from None
        return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    if isinstance(value, list):
        return [str(item) for item in value if not _empty(item)]
    text = str(value).strip()
    if text.startswith("["):
        try:
            loaded = json.loads(text)
        except json.JSONDecodeError:
            raise BadValue("expected a list") from None
        return [str(item) for item in loaded]
    return [part.strip() for part in text.split(",") if part.strip()]


def split_row(table: str, raw: Record) -> tuple[Record, Record]:
    """(known columns, unknown fields kept as extra); raises BadValue naming the field."""
    spec = CORE[table]
    readable = spec.readable
    known: Record = {}
    extra: Record = {}
    for key, value in raw.items():
        kind = readable.get(key)
        if kind is Kind.text and type(value) is str:  # the common case, kept fast
            known[key] = value if value and not value.isspace() else None
            continue
        if kind is None:
            if key not in spec.derived and not _empty(value):
                extra[key] = value
            continue
        try:
            known[key] = coerce(kind, value)
        except BadValue as exc:
            raise BadValue(f"field {key}: {exc}") from None
    for name in spec.required:
        if known.get(name) is None:
            raise BadValue(f"missing required field {name}")
    return known, extra


def export_value(kind: Kind, value: Any) -> Any:
    """Column value to its JSON form: whole numbers without '.0', timestamps as ISO 8601."""
    if value is None:
        return None
    if kind is Kind.number and isinstance(value, float) and value.is_integer():
        return int(value)
    if kind is Kind.timestamp and isinstance(value, datetime):
        return value.isoformat()
    return value
