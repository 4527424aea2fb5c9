"""The RFC 5545 (3.3.10) rule parts a schedule row may not combine, refused at import: the row
says no day one can be sure of, and a hotline shows "Hours unknown" rather than a guessed opening.
Each reason names the field (`bysetpos: only with another by... field (RFC 5545)`).

- a `by...` field with a `freq` RFC 5545 forbids it with (`byweekno` other than YEARLY, `byyearday`
  with DAILY, WEEKLY or MONTHLY, `bymonthday` with WEEKLY); a row without `freq` is not checked;
- an ordinal `byday` (`1MO`) with `freq` DAILY (RFC 5545: only MONTHLY or YEARLY; the profile
  reads it as monthly with WEEKLY or no `freq`, as partners write the first Monday), nor with
  `byweekno` (RFC 5545: not with YEARLY when BYWEEKNO is given);
- `bysetpos` with no other `by...` field (the n-th of what?);
- `count` with `until` (RFC 5545: one or the other; the two ends disagree).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

_DAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
# The frequencies RFC 5545 (3.3.10) allows each of these fields with.
_FREQUENCIES_OF: dict[str, tuple[str, ...]] = {
    "byweekno": ("YEARLY",),
    "byyearday": ("YEARLY",),
    "bymonthday": ("DAILY", "MONTHLY", "YEARLY"),
}
_SET_BY = ("byday", "bymonthday", "byyearday", "byweekno", "bymonth")


def _text(value: Any) -> str:
    return "" if value is None else str(value).strip()


def _written(row: Mapping[str, Any], name: str) -> bool:
    return _text(row.get(name)) not in ("", "[]", "()")


def forbidden(row: Mapping[str, Any], freq_name: str, days: Sequence[tuple[int, int | None]]) -> str | None:
    """The reason (`field: ...`) the row's rule parts may not go together; None when they may.
    `freq_name` is the frequency as written (empty: none), `days` the row's `byday` read."""
    if freq_name:
        for name, allowed in _FREQUENCIES_OF.items():
            if _written(row, name) and freq_name not in allowed:
                return f"{name}: only with freq {' or '.join(allowed)} (RFC 5545), not {freq_name}"
    ordinals = [f"{ordinal}{_DAY_CODES[day]}" for day, ordinal in days if ordinal is not None]
    if freq_name == "DAILY" and ordinals:
        return f"byday: ordinal {ordinals[0]!r} only with freq MONTHLY or YEARLY (RFC 5545), not DAILY"
    if ordinals and _written(row, "byweekno"):
        return f"byday: ordinal {ordinals[0]!r} not with byweekno (RFC 5545): the n-th day of a week?"
    if _written(row, "bysetpos") and not any(_written(row, name) for name in _SET_BY):
        return "bysetpos: only with another by... field (RFC 5545): the n-th of which days?"
    if _written(row, "count") and _written(row, "until"):
        return "count: with until, RFC 5545 allows only one of them: give one"
    return None
