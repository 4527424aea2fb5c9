"""`python -m triage.lexicon_check [FILE ...]`: check lexicon files as hotline staff edit them.

Prints one line per file (rules, terms) or the first problem with the file and the rule,
and exits 1 when a file cannot be used. Danger cue files (`lexicons/danger/<lang>.toml`)
are checked too.
"""

from __future__ import annotations

import sys
from pathlib import Path

from triage.danger.cues import CUE_DIR, compile_cues
from triage.danger.cues import parse as parse_cues
from triage.lexicon import LEXICON_DIR, LexiconError, parse
from triage.term_matching import TermMatcher


def _check_one(path: Path) -> str:
    """The summary line of a good file; raises LexiconError for a bad one."""
    if path.parent.name == CUE_DIR.name:
        cues = parse_cues(path)
        compile_cues(cues)  # compiles every term: a bad `*` or `~` shows here
        terms = sum(len(cue.terms) for cue in cues.what)
        return f"ok   danger/{path.name}: {len(cues.what)} danger lists, {terms} danger terms"
    lexicon = parse(path)
    TermMatcher(lexicon)  # compiles every term: a bad `*` or `~` shows here
    terms = sum(len(rule.terms) for rule in lexicon.rules)
    return f"ok   {path.name}: {lexicon.name}, {len(lexicon.rules)} rules, {terms} terms"


def check(paths: list[Path]) -> int:
    failures = 0
    for path in paths:
        try:
            print(_check_one(path))
        except LexiconError as error:
            failures += 1
            print(f"FAIL {error}")
    return 1 if failures else 0


def main() -> None:
    paths = [Path(arg) for arg in sys.argv[1:]] or [
        *sorted(LEXICON_DIR.glob("*.toml")), *sorted(CUE_DIR.glob("*.toml"))
    ]
    sys.exit(check(paths))


if __name__ == "__main__":
    main()
