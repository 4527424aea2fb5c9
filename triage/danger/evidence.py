"""A quote naming a danger, as the reader finds it, before it is placed in time."""

from __future__ import annotations

from dataclasses import dataclass

from triage.danger.kinds import What
from triage.term_matching import Hit


@dataclass(slots=True)  # not frozen: made per message, and a frozen one sets each field slowly
class Evidence:
    """A quote naming a danger, before it is placed in time."""

    start: int
    end: int
    what: What
    now: bool  # the words say it is happening now
    grave: bool
    hit: Hit | None = None  # the lexicon rule that found it, if one did
    composed: bool = False  # put together from two cues (its negation is part of it)

    @property
    def span(self) -> tuple[int, int]:
        return self.start, self.end
