"""The `hotline triage` contract of TRIAGE.md: JSON lines in, one JSON line out per line.

A line that is not UTF-8, not JSON, not an object, or has no string `text` gives
`{"id": <id or null>, "error": "..."}` and the run goes on. Blank lines are skipped.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable, Iterator
from typing import Any

import triage

MAX_TEXT_CHARS = 20_000


def _error(message_id: Any, reason: str) -> dict[str, Any]:
    return {"id": message_id, "error": reason}


def triage_line(raw: bytes, *, languages: Collection[str] | None = None) -> dict[str, Any] | None:
    """The output record for one input line, or None for a blank line."""
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return _error(None, f"line is not UTF-8 (byte {exc.start})")
    if not line.strip():
        return None
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return _error(None, f"invalid JSON: {exc.msg} at column {exc.colno}")
    except RecursionError:
        return _error(None, "invalid JSON: nested too deeply")
    if not isinstance(record, dict):
        return _error(None, "a line must be a JSON object")
    message_id = record.get("id")
    if isinstance(message_id, (dict, list)):
        return _error(None, "`id` must be a string, a number or null")
    text = record.get("text")
    if not isinstance(text, str):
        return _error(message_id, "`text` is missing or not a string")
    if len(text) > MAX_TEXT_CHARS:
        return _error(message_id, f"`text` is longer than {MAX_TEXT_CHARS} characters")
    hint = record.get("language_hint")
    if hint is not None and not isinstance(hint, str):
        return _error(message_id, "`language_hint` must be a string")
    result = triage.analyze(text, language_hint=hint, languages=languages)
    return {"id": message_id, **result.to_json()}


def triage_lines(lines: Iterable[bytes], *, languages: Collection[str] | None = None) -> Iterator[str]:
    """One JSON line (with its newline) per non-blank input line, in order."""
    for raw in lines:
        record = triage_line(raw, languages=languages)
        if record is not None:
            yield json.dumps(record, ensure_ascii=False) + "\n"
