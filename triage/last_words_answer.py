"""A yes-or-no question about a message's words, its answer remembered for the last list asked
about: `triage.analyze` and the danger reading ask the same question of the same list, one after
the other (the callers never change a message's words)."""

from __future__ import annotations

from collections.abc import Callable


class LastWordsAnswer:
    """`ask(words)` answers `question(words)`, reusing the answer for the very list last asked."""

    def __init__(self, question: Callable[[list[str]], bool]) -> None:
        self._question = question
        self._last: tuple[list[str], bool] | None = None

    def ask(self, words: list[str]) -> bool:
        last = self._last  # one read: another thread may replace it
        if last is not None and last[0] is words:
            return last[1]
        answer = self._question(words)
        self._last = (words, answer)
        return answer
