"""Resident memory of a long-running triage core: a fresh process warms the core, reads every
message of the team's corpus, then 6,000 made-up messages of 40 words drawn from it (three in
ten with a letter added, so that words the caches never met keep coming), and prints its
resident memory (not the peak) after each stage. Target (issue 11): under 100 MB.

The messages are written to a temporary file first and streamed to the measured process, so
that no list of texts or words is counted in its memory.

    .venv/bin/python bench/triage_memory.py [--random 6000] [--seed 7]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "triage" / "data" / "corpus"
TARGET_MB = 100
_MEASURED = """
import gc, json, os, sys
import triage

def resident():
    return int(open("/proc/self/statm").read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20

triage.warm()
print(f"warm core: {resident():.0f} MB")
corpus = int(sys.argv[2])
with open(sys.argv[1], encoding="utf-8") as texts:
    for n, line in enumerate(texts, 1):
        triage.analyze(json.loads(line))
        if n == corpus:
            gc.collect()
            print(f"after the corpus ({n} messages): {resident():.0f} MB")
gc.collect()
print(f"after {n} messages: {resident():.0f} MB")
"""


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--random", type=int, default=6000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    texts = [
        json.loads(line)["text"]
        for path in sorted(CORPUS.glob("*.jsonl"))
        for line in path.open(encoding="utf-8")
    ]
    words = [word for text in texts for word in re.findall(r"\w+", text)]
    rng = random.Random(args.seed)
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", encoding="utf-8") as out:
        for text in texts:
            out.write(json.dumps(text) + "\n")
        for _ in range(args.random):
            drawn = [
                w if rng.random() < 0.7 else w + rng.choice("abcdefghijk") for w in rng.sample(words, 40)
            ]
            out.write(json.dumps(" ".join(drawn)) + "\n")
        out.flush()
        run = subprocess.run(
            [sys.executable, "-c", _MEASURED, out.name, str(len(texts))],
            cwd=ROOT,
            check=True,
            capture_output=True,
            text=True,
        )
    print(run.stdout, end="")
    last = float(run.stdout.strip().splitlines()[-1].split(": ")[1].split()[0])
    print(f"[{'ok' if last < TARGET_MB else 'MISSED'}] a long-running core under {TARGET_MB} MB resident")


if __name__ == "__main__":
    main()
