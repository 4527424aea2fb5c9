"""An `http://` page of the hotline's host is not the hotline's `https://` site.

Where the public URL is not the Host a request reached (a second name, an address), the origin
checks fell back to comparing the Origin's host with the Host header and ignored the scheme. A
network attacker can serve any page as `http://hotline.example.org` (plain HTTP is theirs to
write, before HSTS is known to the browser); that page's websockets to
`wss://hotline.example.org` passed the chat's and the console's origin checks (the console's
with the operator's cookie, sent by browsers that do not count the scheme in SameSite), and,
for a browser that sends no Sec-Fetch-Site, its writes passed the cross-origin check. Now the
Origin must name the scheme the request came by (`https` for `wss`).

The sockets are driven in process through ASGI (no server started): the first message the app
sends says whether the handshake was accepted.
"""

from __future__ import annotations

import httpx
from fastapi import FastAPI
from starlette.types import Message

HOST = "testserver"


async def _handshake(app: FastAPI, path: str, *, origin: str, scheme: str, cookie: str = "") -> str:
    headers = [(b"host", HOST.encode()), (b"origin", origin.encode())]
    if cookie:
        headers.append((b"cookie", cookie.encode()))
    scope = {
        "type": "websocket",
        "asgi": {"version": "3.0"},
        "scheme": scheme,
        "path": path,
        "raw_path": path.encode(),
        "root_path": "",
        "query_string": b"",
        "headers": headers,
        "client": ("127.0.0.1", 50000),
        "server": (HOST, 443),
        "subprotocols": [],
        "extensions": {},
        "app": app,
    }
    incoming = [{"type": "websocket.connect"}, {"type": "websocket.disconnect", "code": 1000}]
    sent: list[Message] = []

    async def receive() -> Message:
        return incoming.pop(0) if incoming else {"type": "websocket.disconnect", "code": 1000}

    async def send(message: Message) -> None:
        sent.append(message)

    await app(scope, receive, send)
    return str(sent[0]["type"])


async def test_the_chat_socket_wants_the_sockets_own_scheme(app: FastAPI) -> None:
    path = "/channels/webchat/ws"
    assert await _handshake(app, path, origin=f"http://{HOST}", scheme="wss") == "websocket.close"
    assert await _handshake(app, path, origin=f"https://{HOST}", scheme="ws") == "websocket.close"
    assert await _handshake(app, path, origin=f"https://{HOST}", scheme="wss") == "websocket.accept"
    assert await _handshake(app, path, origin=f"http://{HOST}", scheme="ws") == "websocket.accept"


async def test_the_console_socket_too(app: FastAPI, operator_client: httpx.AsyncClient) -> None:
    cookie = "; ".join(f"{name}={value}" for name, value in operator_client.cookies.items())
    path = "/console/ws"
    plain = await _handshake(app, path, origin=f"http://{HOST}", scheme="wss", cookie=cookie)
    assert plain == "websocket.close"
    assert (
        await _handshake(app, path, origin=f"https://{HOST}", scheme="wss", cookie=cookie)
        == "websocket.accept"
    )


async def test_a_write_from_the_plain_http_page_is_refused(client: httpx.AsyncClient) -> None:
    login = {"email": "someone@example.org", "password": "x" * 12}
    plain = await client.post(
        f"https://{HOST}/api/auth/login", json=login, headers={"Origin": f"http://{HOST}"}
    )
    assert plain.status_code == 403 and plain.json() == {"error": "cross-origin request refused"}
    own = await client.post(
        f"https://{HOST}/api/auth/login", json=login, headers={"Origin": f"https://{HOST}"}
    )
    assert own.status_code == 401
