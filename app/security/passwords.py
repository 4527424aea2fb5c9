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
from argon2.profiles import CHEAPEST, RFC_9106_LOW_MEMORY

_pool = ThreadPoolExecutor(max_workers=max(1, (os.cpu_count() or 2) - 1), thread_name_prefix="argon2")

# Verified against when the e-mail is unknown, so timing does not reveal accounts. Written out
# rather than hashed at import (a fifth of a second of CPU in every process that imports the
# app: each CLI command, each server start); each carries its hasher's parameters, so checking
# against it costs what checking a real password does (tests/test_security_rules.py holds them
# to the parameters).
_PRODUCTION_DUMMY = (
    "$argon2id$v=19$m=65536,t=3,p=4$/RgpVCsJp6MVs+zQgteFrA$gF5lYiZuL8RZBpo3uz4av1BjCVGgg+JVDTZzr7aMd0A"
)
_TEST_DUMMY = "$argon2id$v=19$m=8,t=1,p=1$bhaqYATf09c$nzEyjw"


def hasher_for(env: str | None) -> tuple[PasswordHasher, str]:
    """The hasher and its timing dummy: RFC 9106's low-memory profile (argon2-cffi's default:
    64 MiB, 3 passes, 4 lanes; 0.13 s of CPU a hash here) everywhere but under
    `HOTLINE_ENV=test`, where argon2's cheapest parameters, made for test suites, take 50 µs:
    the suite makes and checks thousands of passwords. Development keeps the real cost."""
    if env == "test":
        return PasswordHasher.from_parameters(CHEAPEST), _TEST_DUMMY
    return PasswordHasher.from_parameters(RFC_9106_LOW_MEMORY), _PRODUCTION_DUMMY


_hasher, _DUMMY_HASH = hasher_for(os.environ.get("HOTLINE_ENV"))


def hash_password(password: str) -> str:
    return str(_hasher.hash(password))


def verify_password(password_hash: str | None, password: str) -> bool:
    try:
        return bool(_hasher.verify(password_hash or _DUMMY_HASH, password)) and bool(password_hash)
    except (VerificationError, InvalidHashError):
        return False


def upgraded_hash(password_hash: str | None, password: str) -> str | None:
    """After `password` matched `password_hash`: a new hash with the current parameters when the
    stored one was made with others (an older, cheaper profile, or before `hasher_for` changed),
    else None. Made at login, the only time the password is at hand (argon2-cffi's
    `check_needs_rehash`)."""
    if not password_hash:
        return None
    try:
        stale = _hasher.check_needs_rehash(password_hash)
    except InvalidHashError:
        return None
    return hash_password(password) if stale else None


async def upgraded_hash_async(password_hash: str | None, password: str) -> str | None:
    return await asyncio.get_running_loop().run_in_executor(_pool, upgraded_hash, password_hash, password)


async def hash_password_async(password: str) -> str:
    return await asyncio.get_running_loop().run_in_executor(_pool, hash_password, password)


async def verify_password_async(password_hash: str | None, password: str) -> bool:
    return await asyncio.get_running_loop().run_in_executor(_pool, verify_password, password_hash, password)
