"""Check digits: Luhn (cards, Canadian SIN) and ISO 13616 mod-97 (IBAN)."""

from __future__ import annotations


def luhn_valid(digits: str) -> bool:
    """True when the digit string passes the Luhn check (payment cards, SIN)."""
    if not digits.isdigit() or len(digits) < 2:
        return False
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = int(char)
        if position % 2 == 1:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total % 10 == 0


def luhn_complete(body: str) -> str:
    """`body` with the Luhn check digit that makes it valid appended (for test and benchmark data)."""
    return next(body + digit for digit in "0123456789" if luhn_valid(body + digit))


def iban_valid(compact: str) -> bool:
    """True for an IBAN without spaces whose mod-97 check gives 1."""
    code = compact.upper()
    if len(code) < 15 or len(code) > 34 or not code[:2].isalpha() or not code[2:4].isdigit():
        return False
    if not code.isalnum() or not code.isascii():
        return False
    rearranged = code[4:] + code[:4]
    number = "".join(str(int(ch, 36)) for ch in rearranged)
    return int(number) % 97 == 1
