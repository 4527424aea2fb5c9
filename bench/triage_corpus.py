"""Score the triage core on the team's own labelled corpus, per language, for both parts.

    .venv/bin/python bench/triage_corpus.py [--part tune|test|both|tuning|selfcheck]
        [--file OTHER.jsonl] [--misses] [--json OUT]

The corpus (tests/triage/data/corpus/, see its README) was written by people who had not
read the lexicons, and split once into a tuning part and a test part. Since the second round
of issue 11 both parts are one tuning set (`--part tuning`, 639 messages): the test part was
scored and read at the end of the first round. `--part selfcheck` scores the 262 messages
written before the second round's changes, to check that a change carries over. `--file`
scores any other corpus file of the same format (a fresh unseen set kept elsewhere).

Printed per language and overall: urgency exact, emergency recall and precision,
emergencies that came out below `high`, needs and indicators micro-F1, personal data
leaked per type, keep items lost. The targets of issue 11 are checked on each part.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script from anywhere
    sys.path.insert(0, str(ROOT))

import triage  # noqa: E402
from triage.result import Entity  # noqa: E402

CORPUS = ROOT / "tests" / "triage" / "data" / "corpus"
RANK = {"low": 0, "standard": 1, "high": 2, "emergency": 3}


@dataclass
class Tally:
    messages: int = 0
    urgency_exact: int = 0
    emergencies: int = 0
    emergencies_found: int = 0
    said_emergency: int = 0
    emergencies_below_high: int = 0
    needs: Counter[str] = field(default_factory=Counter)  # tp, fp, fn
    indicators: Counter[str] = field(default_factory=Counter)
    pii: Counter[str] = field(default_factory=Counter)  # per type: planted
    leaked: Counter[str] = field(default_factory=Counter)  # per type: leaked
    keep: int = 0
    kept_lost: int = 0
    misses: list[str] = field(default_factory=list)
    codes: Counter[tuple[str, str]] = field(default_factory=Counter)  # (code, tp|fp|fn)
    leaks: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        for name in (
            "messages",
            "urgency_exact",
            "emergencies",
            "emergencies_found",
            "said_emergency",
            "emergencies_below_high",
            "keep",
            "kept_lost",
        ):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for name in ("needs", "indicators", "pii", "leaked"):
            getattr(self, name).update(getattr(other, name))
        self.misses += other.misses
        self.codes.update(other.codes)
        self.leaks += other.leaks


def load(part: str) -> list[dict[str, Any]]:
    return load_file(CORPUS / f"{part}.jsonl")


def load_file(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def readable(text: str, redacted: str, entities: tuple[Entity, ...], value: str) -> bool:
    """Still readable: written as is in the output, or three of its letters or digits in a
    row (all of them if it has fewer) outside every replaced span."""
    if value in redacted:
        return True
    start = text.find(value)
    while start >= 0:
        end = start + len(value)
        visible = "".join(
            " " if any(e.start <= i < e.end for e in entities) else text[i] for i in range(start, end)
        )
        needed = min(3, sum(ch.isalnum() for ch in value))
        if any(len(run) >= needed for run in re.findall(r"\w+", visible)):
            return True
        start = text.find(value, end)
    return False


def _f1_counts(expected: set[str], found: set[str]) -> Counter[str]:
    return Counter(tp=len(expected & found), fp=len(found - expected), fn=len(expected - found))


def score_one(message: dict[str, Any]) -> Tally:
    result = triage.analyze(message["text"])
    tally = Tally(messages=1)
    want, got = message["urgency"], result.urgency.value
    tally.urgency_exact += want == got
    if want == "emergency":
        tally.emergencies += 1
        tally.emergencies_found += got == "emergency"
        tally.emergencies_below_high += RANK[got] < RANK["high"]
    tally.said_emergency += got == "emergency"
    if want != got:
        tally.misses.append(f"{message['id']}: {want} -> {got} [{message.get('shape', '')}]")
    tally.needs = _f1_counts(set(message["needs"]), {n.value for n in result.needs})
    tally.indicators = _f1_counts(set(message["indicators"]), {i.value for i in result.indicators})
    for key, found in (
        ("needs", {n.value for n in result.needs}),
        ("indicators", {i.value for i in result.indicators}),
    ):
        expected = set(message[key])
        for code in expected | found:
            outcome = "tp" if code in expected and code in found else "fn" if code in expected else "fp"
            tally.codes[(code, outcome)] += 1
    for item in message.get("pii", []):
        tally.pii[item["type"]] += 1
        leaked = readable(message["text"], result.redacted, result.entities, item["text"])
        tally.leaked[item["type"]] += leaked
        if leaked:
            tally.leaks.append(f"{message['id']}: {item['type']} {item['text']!r} -> {result.redacted!r}")
    for item in message.get("keep", []):
        tally.keep += 1
        tally.kept_lost += item not in result.redacted
    return tally


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 1.0


def _f1(counts: Counter[str]) -> float:
    tp, fp, fn = counts["tp"], counts["fp"], counts["fn"]
    return 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0


def summary(tally: Tally) -> dict[str, float | int]:
    names_leaked = _ratio(tally.leaked["PERSON"], tally.pii["PERSON"]) if tally.pii["PERSON"] else 0.0
    other_leaked = sum(n for kind, n in tally.leaked.items() if kind != "PERSON")
    return {
        "messages": tally.messages,
        "urgency_exact": round(_ratio(tally.urgency_exact, tally.messages), 3),
        "emergency_recall": round(_ratio(tally.emergencies_found, tally.emergencies), 3),
        "emergency_precision": round(_ratio(tally.emergencies_found, tally.said_emergency), 3),
        "emergency_below_high": tally.emergencies_below_high,
        "needs_f1": round(_f1(tally.needs), 3),
        "indicators_f1": round(_f1(tally.indicators), 3),
        "names_leaked": round(names_leaked, 3),
        "other_pii_leaked": other_leaked,
        "keep_lost": round(_ratio(tally.kept_lost, tally.keep) if tally.keep else 0.0, 3),
    }


TARGETS: dict[str, tuple[str, float]] = {
    "emergency_recall": (">=", 0.95),
    "emergency_below_high": ("<=", 0),
    "emergency_precision": (">=", 0.85),
    "urgency_exact": (">=", 0.85),
    "needs_f1": (">=", 0.85),
    "indicators_f1": (">=", 0.85),
    "names_leaked": ("<", 0.05),
    "other_pii_leaked": ("<=", 0),
    "keep_lost": ("<=", 0.01),
}


def score_part(messages: list[dict[str, Any]]) -> tuple[dict[str, Tally], Tally]:
    per_language: dict[str, Tally] = defaultdict(Tally)
    for message in messages:
        per_language[message["language"]].add(score_one(message))
    overall = Tally()
    for tally in per_language.values():
        overall.add(tally)
    return dict(per_language), overall


def print_part(name: str, per_language: dict[str, Tally], overall: Tally) -> dict[str, Any]:
    columns = list(summary(overall))
    print(f"\n== {name}: {overall.messages} messages ==")
    print("lang " + " ".join(f"{c[:14]:>14}" for c in columns))
    rows = {lang: summary(t) for lang, t in sorted(per_language.items())}
    rows["all"] = summary(overall)
    for lang, row in rows.items():
        print(f"{lang:<5}" + " ".join(f"{row[c]!s:>14}" for c in columns))
    leaks = ", ".join(f"{k} {overall.leaked[k]}/{n}" for k, n in sorted(overall.pii.items()))
    print(f"personal data leaked by type: {leaks}")
    for metric, (op, bound) in TARGETS.items():
        value = rows["all"][metric]
        ok = {">=": value >= bound, "<=": value <= bound, "<": value < bound}[op]
        print(f"  target {metric} {op} {bound}: {value} {'ok' if ok else 'MISSED'}")
    return {"rows": rows, "misses": overall.misses}


def print_codes(overall: Tally) -> None:
    """Precision and recall of each need and indicator code, to find the systematic ones."""
    print("code                         tp   fp   fn  precision recall")
    for code in sorted({code for code, _ in overall.codes}):
        tp, fp, fn = (overall.codes[(code, o)] for o in ("tp", "fp", "fn"))
        print(f"{code:<27}{tp:>4} {fp:>4} {fn:>4}  {_ratio(tp, tp + fp):>9.2f} {_ratio(tp, tp + fn):>6.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--part",
        choices=("both", "tuning", "all", *sorted(path.stem for path in CORPUS.glob("*.jsonl"))),
        default="both",
        help="a corpus file by name; `all` scores every file and then the whole corpus pooled",
    )
    parser.add_argument(
        "--file",
        type=Path,
        action="append",
        default=[],
        help="score this corpus file too (same format), e.g. a fresh holdout",
    )
    parser.add_argument("--json", type=Path, help="write the scores (and misses) here")
    parser.add_argument(
        "--misses", action="store_true", help="list every urgency miss and every leaked personal datum"
    )
    parser.add_argument(
        "--codes", action="store_true", help="print precision and recall of each need and indicator code"
    )
    args = parser.parse_args()
    parts = {
        "both": ("tune", "test"),
        "tuning": ("tuning",),
        "all": tuple(sorted(path.stem for path in CORPUS.glob("*.jsonl"))),
    }.get(args.part, (args.part,))
    corpora = [(part, load("tune") + load("test") if part == "tuning" else load(part)) for part in parts]
    if args.part == "all":
        pooled = [message for _, messages in corpora for message in messages]
        corpora.append(("corpus (every file pooled)", pooled))
    corpora += [(path.stem, load_file(path)) for path in args.file]
    report = {}
    for part, messages in corpora:
        per_language, overall = score_part(messages)
        report[part] = print_part(part, per_language, overall)
        if args.misses:
            print("\n".join(overall.misses + overall.leaks))
        if args.codes:
            print_codes(overall)
    if args.json:
        args.json.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
