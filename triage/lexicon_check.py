"""`python -m triage.lexicon_check [FILE ...]`: check lexicon and word-list files as hotline
staff edit them.

Checks every lexicon (`triage/lexicons/<lang>.toml`), every redaction word list
(`triage/lexicons/redaction/<lang>.toml`) and every danger cue file
(`triage/lexicons/danger/<lang>.toml`), or the files named. Prints one line per file (rules
and terms, or lists and entries) or the first problem with the file and the rule or key, and
exits 1 when a file cannot be used.
"""

from __future__ import annotations

import sys
from pathlib import Path

from triage import word_lists
from triage.danger.cues import CUE_DIR, compile_cues
from triage.danger.cues import parse as parse_cues
from triage.lexicon import LEXICON_DIR, LexiconError, parse
from triage.term_matching import TermMatcher


def _check_lexicon(path: Path) -> str:
    lexicon = parse(path)
    TermMatcher(lexicon)  # compiles every term: a bad `*` or `~` shows here
    terms = sum(len(rule.terms) for rule in lexicon.rules)
    return f"{path.name}: {lexicon.name}, {len(lexicon.rules)} rules, {terms} terms"


def _check_word_lists(path: Path) -> str:
    lists = word_lists.parse(path)
    entries = word_lists.counted(lists)
    return f"redaction/{path.name}: {len(lists)} lists, {entries} entries"


def _check_cues(path: Path) -> str:
    # The pinyin cues are matched as whole words (triage.danger.pinyin), so short terms are fine.
    cues = parse_cues(path, substring=None if path.parent == CUE_DIR else False)
    compile_cues(cues)  # compiles every term: a bad `*` or `~` shows here
    terms = sum(len(cue.terms) for cue in cues.what)
    return f"danger/{path.relative_to(CUE_DIR)}: {len(cues.what)} danger lists, {terms} danger terms"


def _check_one(path: Path) -> str:
    """The summary of a good file; raises for a bad one."""
    if path.parent.name == word_lists.REDACTION_DIR.name:
        return _check_word_lists(path)
    if CUE_DIR in path.resolve().parents:  # danger/<lang>.toml, danger/pinyin/zh.toml
        return _check_cues(path)
    return _check_lexicon(path)


def check(paths: list[Path]) -> int:
    failures = 0
    for path in paths:
        try:
            summary = _check_one(path)
        except (LexiconError, word_lists.WordListError) as error:
            failures += 1
            print(f"FAIL {error}")
            continue
        print(f"ok   {summary}")
    return 1 if failures else 0


def shipped_files() -> list[Path]:
    """Every lexicon, then every redaction word list, then every danger cue file."""
    return (
        sorted(LEXICON_DIR.glob("*.toml"))
        + sorted(word_lists.REDACTION_DIR.glob("*.toml"))
        + sorted(CUE_DIR.rglob("*.toml"))
    )


def main() -> None:
    paths = [Path(arg) for arg in sys.argv[1:]] or shipped_files()
    sys.exit(check(paths))


if __name__ == "__main__":
    main()
