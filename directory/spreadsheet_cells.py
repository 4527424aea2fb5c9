"""CSV cells a spreadsheet will not run as formulas (OWASP "CSV injection"), read back exactly.

A spreadsheet opening a CSV file runs a cell that starts with `=`, `+`, `-`, `@`, a tab or a
carriage return as a formula: a partner named `=HYPERLINK("https://…","Open")` becomes a link,
`+cmd|' /C calc'!A0` a command. `neutralise` prefixes such a cell with a single quote, which a
spreadsheet shows as text and drops when it saves the sheet. Cells that are only a number or a
telephone number (`-73.57`, `+1 514 555-0100`) are left as they are: nothing in them can run, and
HSDS coordinates and phone numbers must stay what other tools read.

`restore` is its inverse, so a directory exported then imported again gives the same data: it
removes the one quote `neutralise` added (a cell saved again by a spreadsheet has lost it already
and is left alone). A value that itself starts with quotes before a formula character is given
one more quote on the way out, so the way back is exact for every value.
"""

from __future__ import annotations

import re

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
QUOTE = "'"
_NUMBER_OR_PHONE = re.compile(r"[+-][\d\s().,/-]*")


def _formula_after_quotes(text: str) -> bool:
    return text.lstrip(QUOTE).startswith(FORMULA_STARTS)


def neutralise(text: str) -> str:
    """The cell as a spreadsheet shows it as text (a leading quote where it would be a formula)."""
    if text.startswith(QUOTE):
        return QUOTE + text if _formula_after_quotes(text) else text
    if text.startswith(FORMULA_STARTS) and not _NUMBER_OR_PHONE.fullmatch(text):
        return QUOTE + text
    return text


def restore(cell: str) -> str:
    """The value `neutralise` was given: one leading quote before a formula character removed."""
    if cell.startswith(QUOTE) and _formula_after_quotes(cell[1:]):
        return cell[1:]
    return cell
