"""Where a message says the person's immigration status is at stake (TRIAGE.md need
`immigration`), read with the late signs (`triage.late_signs`)."""

from __future__ import annotations

from triage.pair_cues import Scan, load_terms


def status_at_stake(scan: Scan) -> tuple[tuple[int, int], str] | None:
    """Where the message says the person's immigration status is at stake: a word of
    deportation, of the immigration authorities or of a lack of status (TRIAGE.md need
    `immigration`). A passport or a permit held by someone else is `retention_of_documents`
    alone: where it was the only sign of the need, the corpus's labels gave `immigration` to 191
    of 538 messages (54 of 243 in the files of rounds 11 to 16), so it is none by itself."""
    removal = scan.spans(load_terms("status", "removal")) or scan.spans(load_terms("status", "undocumented"))
    if removal:
        return min(removal), "deportation, the immigration authorities or a lack of status named"
    return None
