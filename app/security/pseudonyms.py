"""Keyed pseudonyms: a returning caller is recognised without storing the address."""

from __future__ import annotations

import hashlib
import hmac

from app.domain import ChannelKind


def pseudonym(key: bytes, channel: ChannelKind, address: str) -> str:
    """HMAC-SHA256 of channel and normalised address, hex (64 characters).

    Phone numbers and provider ids are normalised (spaces, case); a web-chat token is a
    secret and is taken exactly: the same token in another case is another visitor."""
    normalised = address if channel is ChannelKind.webchat else "".join(address.split()).casefold()
    message = f"{channel.value}\x1f{normalised}".encode()
    return hmac.new(key, message, hashlib.sha256).hexdigest()
