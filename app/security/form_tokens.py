"""Comparing a form's CSRF token with the expected one, in constant time.

`secrets.compare_digest` raises TypeError on a str holding anything but ASCII, and a token
comes from whoever posts the form: both sides are compared as UTF-8 bytes instead.
"""

from __future__ import annotations

import hmac


def tokens_match(expected: str, submitted: str) -> bool:
    """True when `submitted` is `expected` (never for an empty expected token)."""
    return bool(expected) and hmac.compare_digest(
        expected.encode("utf-8", "surrogatepass"), submitted.encode("utf-8", "surrogatepass")
    )
