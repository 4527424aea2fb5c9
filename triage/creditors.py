"""Whose debt it is (TRIAGE.md `debt_bondage`: a debt held over the person by whoever
exploits them).

A word of owing says a debt, not who holds it. Money the employer owes the person ("he owes me
5 weeks pay", "il me doit 2800 $", "老板还欠我三个月工资") is pay withheld, and a debt to a bank,
a card or a student loan ("my debt to the bank", "bankaya kredi kartı borcum") is the person's
own: neither is a debt bondage, unless the person also says they owe someone ("I owe him for
the flight", "je lui dois le billet"). Word lists: `lexicons/codes/debt.toml`, [owed_to_writer],
[bank_debt], [owed_by_writer].
"""

from __future__ import annotations

from triage.codes import Indicator
from triage.pair_cues import Scan, TermSet, load_terms

_NOT_BONDED = (Indicator.debt_bondage,)


def creditor_sets() -> tuple[TermSet, ...]:
    """The word lists `barred_debt` reads, to be scanned with the late signs' own."""
    return (
        load_terms("debt", "owed_to_writer"),
        load_terms("debt", "bank_debt"),
        load_terms("debt", "owed_by_writer"),
    )


def barred_debt(scan: Scan) -> tuple[Indicator, ...]:
    """`(debt_bondage,)` when every debt the message names is owed to the person or to a bank
    (no debt bondage, whatever word of owing read one), else `()`."""
    owed_to_writer, bank, owed_by_writer = creditor_sets()
    if not (scan.spans(owed_to_writer) or scan.spans(bank)):
        return ()
    return () if scan.spans(owed_by_writer) else _NOT_BONDED
