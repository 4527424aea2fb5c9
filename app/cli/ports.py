"""Is the port `hotline serve` will listen on free? Checked before anything is changed."""

from __future__ import annotations

import socket


def port_in_use(host: str, port: int) -> bool:
    """True when binding host:port fails as uvicorn's bind would (SO_REUSEADDR, so a port only
    in TIME_WAIT counts as free)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except socket.gaierror:
        return False  # not ours to judge: uvicorn reports an unknown host itself
    family, kind, proto, _name, address = infos[0]
    with socket.socket(family, kind, proto) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(address)
        except OSError:
            return True
    return False


def port_taken_message(host: str, port: int) -> str:
    return (
        f"error: port {port} on {host} is already in use (is `hotline serve` already running?). "
        f"Stop that server, or choose another port: make run PORT={port + 1} "
        f"(or hotline serve --port {port + 1}). Nothing was changed."
    )
