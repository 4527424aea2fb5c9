"""`python -m triage.lexicon_check [FILE ...]`: check lexicon files as hotline staff edit them.

Prints one line per file (rules, terms) or the first problem with the file and the rule,
and exits 1 when a file cannot be used.
"""

from __future__ import annotations

import sys
from pathlib import Path

from triage.lexicon import LEXICON_DIR, LexiconError, parse
from triage.term_matching import TermMatcher


def check(paths: list[Path]) -> int:
    failures = 0
    for path in paths:
        try:
            lexicon = parse(path)
            TermMatcher(lexicon)  # compiles every term: a bad `*` or `~` shows here
        except LexiconError as error:
            failures += 1
            print(f"FAIL {error}")
            continue
        terms = sum(len(rule.terms) for rule in lexicon.rules)
        print(f"ok   {path.name}: {lexicon.name}, {len(lexicon.rules)} rules, {terms} terms")
    return 1 if failures else 0


def main() -> None:
    paths = [Path(arg) for arg in sys.argv[1:]] or sorted(LEXICON_DIR.glob("*.toml"))
    sys.exit(check(paths))


if __name__ == "__main__":
    main()
