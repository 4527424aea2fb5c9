"""A fingerprint of everything `triage.analyze` returns, per message, to check that a change
meant only for speed or memory leaves every output as it was.

Runs `triage.analyze` (and `second_opinion=False`, and `redact` alone) on every message of
tests/triage/data/corpus/*.jsonl and tests/data/triage_examples.jsonl, then on made-up messages
drawn from their words (as `bench/triage_memory.py` does, so that words the caches never met
keep coming), all in one process and in that order, and keeps per message a SHA-256 of the
whole result (redacted text, entities, language, urgency, needs, indicators, exploitation,
region, explanations, reasons).

    .venv/bin/python bench/triage_outputs_hash.py --save /tmp/baseline.json
    .venv/bin/python bench/triage_outputs_hash.py --check /tmp/baseline.json

`--check` prints the messages whose result changed and exits 1 if any did.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script from anywhere
    sys.path.insert(0, str(ROOT))

import triage  # noqa: E402
from triage.redaction import redact  # noqa: E402

SOURCES = [
    *sorted((ROOT / "tests" / "triage" / "data" / "corpus").glob("*.jsonl")),
    ROOT / "tests" / "data" / "triage_examples.jsonl",
]


def messages(made_up: int, seed: int) -> Iterator[tuple[str, str]]:
    """(key, text) of every corpus message, then of `made_up` messages of 40 corpus words."""
    texts: list[str] = []
    for path in SOURCES:
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            if line.strip():
                row = json.loads(line)
                texts.append(row["text"])
                yield f"{path.stem}:{row.get('id', n)}", row["text"]
    words = [word for text in texts for word in re.findall(r"\w+", text)]
    rng = random.Random(seed)
    for n in range(made_up):
        drawn = [w if rng.random() < 0.7 else w + rng.choice("abcdefghijk") for w in rng.sample(words, 40)]
        yield f"made-up:{n}", " ".join(drawn)


def fingerprint(text: str) -> str:
    results = [triage.analyze(text).to_json(), triage.analyze(text, second_opinion=False).to_json()]
    redacted, entities = redact(text)
    whole = json.dumps(
        [results, redacted, [e.to_json() for e in entities]], sort_keys=True, ensure_ascii=False
    )
    return hashlib.sha256(whole.encode("utf-8")).hexdigest()


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--save", type=Path, help="write the fingerprints to this file")
    mode.add_argument("--check", type=Path, help="compare with the fingerprints of this file")
    parser.add_argument("--made-up", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    prints = {key: fingerprint(text) for key, text in messages(args.made_up, args.seed)}
    if args.save:
        args.save.write_text(json.dumps(prints, indent=0, sort_keys=True), encoding="utf-8")
        print(f"{len(prints)} fingerprints written to {args.save}")
        return
    saved = json.loads(args.check.read_text(encoding="utf-8"))
    changed = sorted(key for key in saved.keys() | prints.keys() if saved.get(key) != prints.get(key))
    for key in changed[:50]:
        print(f"changed: {key}")
    print(f"{len(prints)} messages, {len(changed)} changed")
    sys.exit(1 if changed else 0)


if __name__ == "__main__":
    main()
