"""Argon2id password hashing, run off the event loop.

A hash or a check takes tens of milliseconds of CPU; in a worker thread (argon2 releases
the GIL) the event loop keeps serving health checks, websockets and webhooks meanwhile.
The pool is small so a burst of logins cannot take every core.
"""

from __future__ import annotations

import asyncio
import os
from concurrent.futures import ThreadPoolExecutor

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

_hasher = PasswordHasher()
_pool = ThreadPoolExecutor(max_workers=max(1, (os.cpu_count() or 2) - 1), thread_name_prefix="argon2")

# Verified against when the e-mail is unknown, so timing does not reveal accounts. Written out
# rather than hashed at import (a fifth of a second of CPU in every process that imports the
# app: each CLI command, each server start); it carries the hasher's parameters, so checking
# against it costs what checking a real password does (tests/test_security_rules.py holds it to
# the hasher's current parameters).
_DUMMY_HASH = (
    "$argon2id$v=19$m=65536,t=3,p=4$/RgpVCsJp6MVs+zQgteFrA$gF5lYiZuL8RZBpo3uz4av1BjCVGgg+JVDTZzr7aMd0A"
)


def hash_password(password: str) -> str:
    return str(_hasher.hash(password))


def verify_password(password_hash: str | None, password: str) -> bool:
    try:
        return bool(_hasher.verify(password_hash or _DUMMY_HASH, password)) and bool(password_hash)
    except (VerificationError, InvalidHashError):
        return False


async def hash_password_async(password: str) -> str:
    return await asyncio.get_running_loop().run_in_executor(_pool, hash_password, password)


async def verify_password_async(password_hash: str | None, password: str) -> bool:
    return await asyncio.get_running_loop().run_in_executor(_pool, verify_password, password_hash, password)
