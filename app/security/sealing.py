"""AES-256-GCM sealing for the vault and for original message texts.

A sealed value is `version(1) | nonce(12) | ciphertext+tag`. The associated data binds
it to its row, so a sealed value copied onto another row does not open.
"""

from __future__ import annotations

import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

_VERSION = b"\x01"


class SealBroken(ValueError):
    """The value was tampered with, belongs to another row, or the key changed."""


def seal(key: bytes, plaintext: str, *, context: str) -> bytes:
    nonce = os.urandom(12)
    ciphertext = AESGCM(key).encrypt(nonce, plaintext.encode(), context.encode())
    return _VERSION + nonce + ciphertext


def unseal(key: bytes, sealed: bytes, *, context: str) -> str:
    if sealed[:1] != _VERSION:
        raise SealBroken("unknown seal version")
    try:
        return AESGCM(key).decrypt(sealed[1:13], sealed[13:], context.encode()).decode()
    except InvalidTag as exc:
        raise SealBroken("seal does not open") from exc
