""" "Why this triage?": each danger the model read, as a structured reason and as a sentence
an operator reads in French or English.

    « il va me tuer » : menace de mort, en ce moment → Urgence
    "he will kill me": death threat, happening now → Emergency

The phrases are data (`phrases.toml` next to this module), so a translator edits words,
not code. `render` is pure: the same reason and language always give the same line.
"""

from __future__ import annotations

import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from triage.codes import Urgency
from triage.danger.compose import level_of
from triage.danger.kinds import What, When, Who
from triage.danger.reading import Finding
from triage.folding import Folded

PHRASES: Path = Path(__file__).resolve().parent / "phrases.toml"
LANGUAGES = ("en", "fr")


@dataclass(frozen=True, slots=True)
class Reason:
    """One danger read in the message: the words as written (after redaction), what they
    name, when it happens, who it happens to, and the level this reason alone gives."""

    quote: str
    what: What
    when: When
    who: Who
    level: Urgency | None  # None: denied, it counts for nothing

    def to_json(self) -> dict[str, Any]:
        return {
            "quote": self.quote,
            "what": self.what.value,
            "when": self.when.value,
            "who": self.who.value,
            "level": self.level.value if self.level else None,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Reason:
        """The reason `to_json` wrote (as stored with a message); `ValueError` if it is not one."""
        level = data.get("level")
        return cls(
            quote=str(data["quote"]),
            what=What(data["what"]),
            when=When(data["when"]),
            who=Who(data["who"]),
            level=Urgency(level) if level else None,
        )


@lru_cache(maxsize=1)
def phrases() -> dict[str, dict[str, Any]]:
    """The phrase tables by language, checked once: every code has its words."""
    data = tomllib.loads(PHRASES.read_text(encoding="utf-8"))
    for language in LANGUAGES:
        table = data.get(language)
        if not isinstance(table, dict):
            raise ValueError(f"phrases.toml: [{language}] is missing")
        for key, codes in (("what", What), ("when", When), ("who", Who), ("level", Urgency)):
            wanted = {code.value for code in codes} | ({"none"} if key == "level" else set())
            missing = wanted - set(table.get(key, {}))
            if key == "what" and "learned_line" not in table:
                missing.add("learned_line")
            if missing:
                raise ValueError(f"phrases.toml: [{language}.{key}] lacks {sorted(missing)}")
    return data


def render(reason: Reason, language: str = "en") -> str:
    """The reason as one line in `language` ("fr" or "en"; anything else reads English)."""
    table = phrases()[language if language in LANGUAGES else "en"]
    who = table["who"][reason.who.value]
    line = table["learned_line"] if reason.what is What.learned else table["line"]
    return str(line).format(
        quote=reason.quote,
        what=table["what"][reason.what.value],
        when=table["when"][reason.when.value],
        who=f"{table['who_joiner']}{who}" if who else "",
        level=table["level"][reason.level.value if reason.level else "none"],
    )


# Reasons listed at most, the most urgent first.
MAX_REASONS = 8


def reasons_for(findings: Sequence[Finding], text: str, folded: Folded) -> tuple[Reason, ...]:
    """The reasons of `findings` read in `text` (folded as `folded`): one per quote and kind
    (the same words found by two languages or by a lexicon rule too are one reason)."""
    seen: set[tuple[int, What]] = set()
    reasons: list[tuple[int, Reason]] = []
    # The longest words first where two findings start together ("खून बंद नहीं" before "खून").
    for finding in sorted(findings, key=lambda f: (f.start, -f.end)):
        if any((at, finding.what) in seen for at in range(finding.start, finding.end)):
            continue
        seen.update((at, finding.what) for at in range(finding.start, finding.end))
        start, end = folded.source_span(finding.start, finding.end)
        quote = " ".join(text[start:end].split())
        level = level_of(finding)
        reasons.append((finding.start, Reason(quote, finding.what, finding.when, finding.who, level)))
    reasons.sort(key=lambda item: (item[1].level.rank if item[1].level else 9, item[0]))
    return tuple(reason for _, reason in reasons[:MAX_REASONS])
