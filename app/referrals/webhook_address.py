"""Where a partner's webhook notice may go: a public address, never the hotline's own network.

A webhook URL comes from the directory (an import or an edit), so whoever can change the
directory could otherwise make the server POST to its database host, a cloud metadata address
or an admin port on localhost (server-side request forgery). Before each notice the host is
resolved once; every address it resolves to must be globally routable, and the request then
goes to that checked address (the `Host` header and TLS name stay the partner's), so a second
DNS answer cannot swap in an internal one. Hosts a deployment trusts on its own network are
named in `HOTLINE_PARTNER_WEBHOOK_PRIVATE_HOSTS`; those may also use plain `http://`.

An IPv6 address that carries an IPv4 one (NAT64, 6to4, IPv4-compatible) is public only when the
IPv4 address is: Python 3.11 calls `64:ff9b::a9fe:a9fe` global, and on a network with a NAT64
gateway it is the metadata address 169.254.169.254.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from collections.abc import Collection
from dataclasses import dataclass
from urllib.parse import SplitResult, urlsplit, urlunsplit

from channels.base import DeliveryFailed

Address = ipaddress.IPv4Address | ipaddress.IPv6Address
_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")  # RFC 6052: the IPv4 address in the last 32 bits
_NAT64_LOCAL = ipaddress.IPv6Network("64:ff9b:1::/48")  # RFC 8215: local use, never public
_IPV4_COMPATIBLE = ipaddress.IPv6Network("::/96")  # deprecated, the IPv4 address in the last 32 bits


@dataclass(frozen=True, slots=True)
class WebhookAddress:
    url: str  # the URL with the checked IP address in place of the host name
    host: str  # the partner's host name, for TLS (server name and certificate check)
    host_header: str  # the partner's host name, and its port when one is given


async def checked(url: str, *, private_hosts: Collection[str]) -> WebhookAddress:
    """Raises `DeliveryFailed` (a code, never the URL) when the URL may not be called."""
    parts = _parts(url)
    host = parts.hostname or ""
    trusted = host in {name.lower() for name in private_hosts}
    if parts.scheme != "https" and not trusted:
        raise DeliveryFailed("webhook_url_not_https", retry=False)
    address = await _resolve(host, parts.port or (443 if parts.scheme == "https" else 80))
    if not trusted and not is_public(address):
        raise DeliveryFailed("webhook_address_not_public", retry=False)
    return WebhookAddress(
        url=_with_host(parts, address), host=host, host_header=f"{host}:{parts.port}" if parts.port else host
    )


def _parts(url: str) -> SplitResult:
    try:
        parts = urlsplit(url.strip())
        parts.port  # noqa: B018 - raises on a port that is not a number
    except ValueError as exc:
        raise DeliveryFailed("webhook_url_invalid", retry=False) from exc
    if parts.scheme not in ("http", "https") or not parts.hostname or parts.username or parts.password:
        raise DeliveryFailed("webhook_url_invalid", retry=False)
    return parts


def is_public(address: Address) -> bool:
    """Globally routable, and so is any IPv4 address it carries."""
    if not address.is_global:
        return False
    if address.version == 4:
        return True
    assert isinstance(address, ipaddress.IPv6Address)
    if address in _NAT64_LOCAL:
        return False
    if address.sixtofour is not None:
        return address.sixtofour.is_global
    if address in _NAT64 or address in _IPV4_COMPATIBLE:
        return ipaddress.IPv4Address(int(address) & 0xFFFF_FFFF).is_global
    return True


async def _resolve(host: str, port: int) -> Address:
    try:
        answers = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError) as exc:
        raise DeliveryFailed("webhook_host_not_found", retry=True) from exc
    addresses = [ipaddress.ip_address(str(answer[4][0]).split("%")[0]) for answer in answers]
    if not addresses:
        raise DeliveryFailed("webhook_host_not_found", retry=True)
    if any(not is_public(item) for item in addresses):
        # One internal answer is enough to refuse: a host that resolves both ways is rebinding bait.
        return next(item for item in addresses if not is_public(item))
    return addresses[0]


def _with_host(parts: SplitResult, address: Address) -> str:
    literal = f"[{address}]" if address.version == 6 else str(address)
    netloc = f"{literal}:{parts.port}" if parts.port else literal
    return urlunsplit((parts.scheme, netloc, parts.path or "/", parts.query, ""))
