"""Measure the danger-concept layer (`triage.danger.concepts`) on the corpus, by itself.

    .venv/bin/python bench/concept_layer.py [--misses FILE.json] [--levels OUT.json]
        [--compare BEFORE.json] [--show FILE[:half]]

For every message of every corpus file it runs the triage pipeline up to the danger reading
and calls the concept rule directly on the text, twice: `alone` (the rule on its words, no
gate) and `gated` (only where the phrase reading found no danger and the message is no
joke, story, imagined case, topic or past story: what triage uses). Printed:

- (a) of the unseen-era misses with no danger found (`--misses`), how many the rule makes
  `emergency`;
- (b) per file, the messages not labelled `emergency` that the rule would raise to it;
- the whole triage's level of each message (`--levels` writes them; `--compare` scores two
  such files per file and per half of train10: even and odd ids).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import triage  # noqa: E402
from triage.ages import find_minor_age, minor_number_positions  # noqa: E402
from triage.danger.concepts import concept_codes, judge_concepts, open_to_concepts  # noqa: E402
from triage.danger.reading import read  # noqa: E402
from triage.language import detect  # noqa: E402
from triage.lexicon import MatchMode, load_lexicons  # noqa: E402
from triage.quotes import quoted_languages  # noqa: E402
from triage.redaction import redact  # noqa: E402
from triage.term_matching import TermMatcher  # noqa: E402
from triage.tokens import tokenize  # noqa: E402

CORPUS = ROOT / "tests" / "triage" / "data" / "corpus"
_PLACEHOLDER = re.compile(r"\[(?:PHONE|EMAIL|PERSON|ADDRESS|ID_NUMBER|PAYMENT|HANDLE|IP)\]")
_MATCHERS: dict[str, TermMatcher] = {}


def _matcher(code: str) -> TermMatcher:
    if code not in _MATCHERS:
        _MATCHERS[code] = TermMatcher(load_lexicons()[code])
    return _MATCHERS[code]


def concept_of(text: str) -> tuple[str | None, str | None]:
    """The concept rule's level for `text`: (alone, gated)."""
    lexicons = load_lexicons()
    redacted, _ = redact(text)
    blanked = _PLACEHOLDER.sub(lambda m: " " * len(m.group()), redacted)
    tokens = tokenize(blanked)
    if not tokens.words:
        return None, None
    allowed = tuple(lexicons)
    guess = detect(blanked, tokens.unique, lexicons, allowed)
    quoted = quoted_languages(blanked, lexicons, allowed)
    chosen = [guess.language, guess.runner_up, *quoted, "en"]
    codes = list(dict.fromkeys(c for c in chosen if c and c in allowed))
    matchers = [_matcher(c) for c in codes]
    hits = sorted((h for m in matchers for h in m.find_tokens(tokens)), key=lambda h: h.start)
    text_, words = tokens.folded.text, tokens.words
    ages = minor_number_positions(text_, words, tokens.unique)
    minor = any(find_minor_age(lexicons[c], text_, words, ages) is not None for c in codes)
    languages = [(c, lexicons[c].match is MatchMode.substring) for c in codes]
    reading = read(redacted, tokens, hits, languages, minor)
    codes_read = concept_codes(tokens, languages)
    # Alone: the rule on its own words; gated: as triage uses it (the words the reading judged
    # denied or over count for nothing, and only where the reading found no danger that stands).
    verdict = judge_concepts(tokens, codes_read, minor=reading.minor, said_now=reading.said_now)
    judged = [(f.start, f.end) for f in reading.findings]
    gated = judge_concepts(tokens, codes_read, minor=reading.minor, said_now=reading.said_now, judged=judged)
    alone = verdict.level.value if verdict else None
    return alone, gated.level.value if gated and open_to_concepts(reading) else None


def corpus_files() -> list[Path]:
    return sorted(CORPUS.glob("*.jsonl"))


def load(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _half(message_id: str) -> str:
    digits = re.findall(r"\d+", message_id)
    return "even" if digits and int(digits[-1]) % 2 == 0 else "odd"


def false_alarms() -> None:
    print("(b) non-emergency messages the concept rule alone would raise to emergency")
    print(f"{'file':<14}{'non-emerg':>10}{'alone':>8}{'gated':>8}{'emerg':>7}{'found':>8}")
    totals: Counter[str] = Counter()
    for path in corpus_files():
        tally: Counter[str] = Counter()
        for m in load(path):
            alone, gated = concept_of(m["text"])
            if m["urgency"] == "emergency":
                tally["emergencies"] += 1
                tally["found"] += gated == "emergency"
                continue
            tally["others"] += 1
            tally["alone"] += alone == "emergency"
            tally["gated"] += gated == "emergency"
        totals.update(tally)
        print(
            f"{path.stem:<14}{tally['others']:>10}{tally['alone']:>8}{tally['gated']:>8}"
            f"{tally['emergencies']:>7}{tally['found']:>8}"
        )
    print(
        f"{'all':<14}{totals['others']:>10}{totals['alone']:>8}{totals['gated']:>8}"
        f"{totals['emergencies']:>7}{totals['found']:>8}"
    )


def era_misses(misses: Path) -> None:
    rows = json.loads(misses.read_text(encoding="utf-8"))
    texts = {(p.stem, m["id"]): m["text"] for p in corpus_files() for m in load(p)}
    none_found = [r for r in rows if not r["danger_reasons_when_unseen"]]
    alone = gated = 0
    for row in none_found:
        a, g = concept_of(texts[(row["file"], row["id"])])
        alone += a == "emergency"
        gated += g == "emergency"
    print(
        f"(a) era misses with no danger found: {len(none_found)}; emergency by the rule alone "
        f"{alone}, gated {gated}"
    )
    rest = [r for r in rows if r["danger_reasons_when_unseen"]]
    both = sum(concept_of(texts[(r["file"], r["id"])])[0] == "emergency" for r in rest)
    print(f"    the other {len(rest)} era misses (a danger found but not now): rule alone {both}")


def levels(out: Path) -> None:
    result = {
        path.stem: {m["id"]: triage.analyze(m["text"]).urgency.value for m in load(path)}
        for path in corpus_files()
    }
    out.write_text(json.dumps(result), encoding="utf-8")


def _score(pairs: list[tuple[str, str]]) -> str:
    emerg = [said for gold, said in pairs if gold == "emergency"]
    said_e = sum(said == "emergency" for _, said in pairs)
    found = sum(s == "emergency" for s in emerg)
    exact = sum(g == s for g, s in pairs) / len(pairs)
    below = sum(s in ("standard", "low") for s in emerg)
    recall = found / len(emerg) if emerg else 1.0
    precision = found / said_e if said_e else 1.0
    scores = f"exact {exact:.3f} recall {recall:.3f} precision {precision:.3f}"
    return f"{scores} below-high {below} ({len(pairs)})"


def compare(before: Path, after: Path, odd: bool) -> None:
    old, new = (json.loads(p.read_text(encoding="utf-8")) for p in (before, after))
    for path in corpus_files():
        messages = load(path)
        groups = [("", messages)]
        if path.stem == "train10":
            # The odd half is kept unread until the last measure (TRIAGE_ROUND10.md): shown on demand.
            halves = ("even", "odd") if odd else ("even",)
            groups = [(f":{h}", [m for m in messages if _half(m["id"]) == h]) for h in halves]
            groups = groups if not odd else [("", messages), *groups]
        for suffix, group in groups:
            gold = [m["urgency"] for m in group]
            a = _score(list(zip(gold, (old[path.stem][m["id"]] for m in group), strict=True)))
            b = _score(list(zip(gold, (new[path.stem][m["id"]] for m in group), strict=True)))
            print(f"{path.stem + suffix:<14} before {a}\n{'':<14} after  {b}")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--misses", type=Path)
    parser.add_argument("--alarms", action="store_true")
    parser.add_argument("--levels", type=Path)
    parser.add_argument("--compare", type=Path, nargs=2)
    parser.add_argument("--odd", action="store_true", help="show train10's odd half (the last measure)")
    args = parser.parse_args()
    if args.misses:
        era_misses(args.misses)
    if args.alarms:
        false_alarms()
    if args.levels:
        levels(args.levels)
    if args.compare:
        compare(*args.compare, args.odd)


if __name__ == "__main__":
    main()
