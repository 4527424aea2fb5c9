""" "Why this triage?" in the page's language for one inbound message: the plain lines of each
danger read (made by the triage core in French and English), then the words that gave codes
with the glossary's names of those codes, then the cause of the level when no danger read gave
it. Never the explanation lines written for developers (lexicon and code names).

    « il va me tuer » : menace de mort, en ce moment → Urgence
    « garde mon passeport » : rétention de documents
    La situation est terminée → Normale

web/static/triage-why.js draws the same lines for messages that arrive live.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from markupsafe import Markup

# Families whose labels can name a code a cue gave, in the order they are looked up.
CODE_FAMILIES = ("indicator", "need", "exploitation")


def why_lines(
    found: Mapping[str, Any] | None,
    lang: str,
    gettext: Callable[[str], str],
    label: Callable[[str, object], str],
    fill: Callable[..., Markup],
) -> list[str]:
    """The lines for a message's triage (`TriageRead` as JSON, as the pages and the live events
    carry it), or [] when there is none."""
    if not found:
        return []
    lines: list[str] = list((found.get("why") or {}).get(lang) or [])
    danger = bool(lines)
    cues = found.get("cues") or []
    for cue in cues:
        names = [_code_name(str(code), label) for code in cue["codes"]]
        lines.append(fill(gettext("“{quote}”: {codes}"), quote=cue["quote"], codes=", ".join(names)))
    if not found.get("urgency"):
        return lines
    level = label("urgency", found["urgency"])
    if found.get("level_cause"):
        cause = label("level_cause", found["level_cause"])
        lines.append(fill(gettext("{cause} → {level}"), cause=cause, level=level))
    elif not danger and cues:
        lines.append(fill(gettext("The signs above → {level}"), level=level))
    elif not danger:
        lines.append(fill(gettext("Nothing in the message calls for a higher level → {level}"), level=level))
    return lines


def _code_name(code: str, label: Callable[[str, object], str]) -> str:
    for family in CODE_FAMILIES:
        name = label(family, code)
        if name != code:
            return name
    return code
