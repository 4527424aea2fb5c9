"""The log filter: client addresses in every form are masked; the server's own start-up lines
(its listening address, its PID) are left as uvicorn wrote them. Pure: no database."""

from __future__ import annotations

import logging

import pytest

from app.logging_setup import RedactingFilter, scrub

CLIENT_ADDRESSES = [
    "203.0.113.7",
    "203.0.113.7:51234",
    "2001:db8::1234:0",
    "2001:db8::1234:0:443",
    "[2001:db8::1234:0]:51234",
    "[::1]:8000",
    "::1",
    "::ffff:203.0.113.7",
    "[::ffff:203.0.113.7]:80",
    "fe80::1%eth0",
    "2001:0db8:85a3:0000:0000:8a2e:0370:7334",
]


@pytest.mark.parametrize("address", CLIENT_ADDRESSES)
def test_client_addresses_are_masked_in_every_form(address: str) -> None:
    line = f'{address} - "WebSocket /channels/webchat/ws" [accepted]'
    assert scrub(line) == '[IP] - "WebSocket /channels/webchat/ws" [accepted]'


@pytest.mark.parametrize("kept", ["at 12:30:45", "took 3 ms", "message 1234 stored", "a:b:c"])
def test_times_counts_and_ids_are_not_addresses(kept: str) -> None:
    assert scrub(kept) == kept


def _record(name: str, msg: str, *args: object) -> logging.LogRecord:
    return logging.LogRecord(name, logging.INFO, __file__, 1, msg, args, None)


def test_uvicorn_start_up_lines_keep_the_address_and_pid() -> None:
    running = _record(
        "uvicorn.error", "Uvicorn running on %s://%s:%d (Press CTRL+C to quit)", "http", "127.0.0.1", 8000
    )
    started = _record("uvicorn.error", "Started server process [%d]", 4321)
    for record in (running, started):
        RedactingFilter().filter(record)
    assert running.getMessage() == "Uvicorn running on http://127.0.0.1:8000 (Press CTRL+C to quit)"
    assert started.getMessage() == "Started server process [4321]"


def test_a_client_address_in_uvicorn_lines_is_still_masked() -> None:
    record = _record("uvicorn.error", '%s - "WebSocket %s" [accepted]', "2001:db8::1234:0", "/console/ws")
    RedactingFilter().filter(record)
    assert record.getMessage() == '[IP] - "WebSocket /console/ws" [accepted]'


@pytest.mark.parametrize("ending", ["[accepted]", "403", "500"])
def test_a_websocket_handshake_line_keeps_no_query_string(ending: str) -> None:
    # The path is the route's; the query is the client's to fill (an event id, or anything a
    # stranger puts there: a name, a token).
    record = _record(
        "uvicorn.error",
        f'%s - "WebSocket %s" {ending}',
        "10.0.0.1:5555",
        "/channels/webchat/ws?name=Jean%20Tremblay&token=abc",
    )
    RedactingFilter().filter(record)
    assert record.getMessage() == f'[IP] - "WebSocket /channels/webchat/ws" {ending}'


def test_another_logger_cannot_borrow_the_start_up_wording() -> None:
    record = _record("app.x", "Uvicorn running on %s", "198.51.100.4:80")
    RedactingFilter().filter(record)
    assert record.getMessage() == "Uvicorn running on [IP]"
