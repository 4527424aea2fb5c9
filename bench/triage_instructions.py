"""Machine instructions per `triage.analyze`, counted by valgrind: a measure of speed that the
load of other jobs does not move, to compare two versions of the core on a shared machine
(where timings of one run differ from the next by a third).

A fresh interpreter under `valgrind --tool=cachegrind --cache-sim=no` imports the core, warms
it on the messages that bench/triage_vs_presidio.py times, and analyses them `--passes` times
more; a second one stops after the warm-up. The difference, divided by the analyses, is the
count (hash seed fixed; two runs of one version differed by 0.2 %). Each run takes about two
minutes of CPU: the import is the long part under valgrind. Fifteenth round: main 6.152 million
instructions an analysis, the round's branch 5.999 (-2.5 %).

    .venv/bin/python bench/triage_instructions.py [--root CHECKOUT] [--passes 2]
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_RUN = """
import sys
sys.path.insert(0, {bench!r})
from triage_vs_presidio import synthetic
import triage
texts = [m.text for m in synthetic(400, 7) if 260 <= len(m.text) <= 340]
for _ in range(1 + int(sys.argv[1])):
    for text in texts:
        triage.analyze(text)
print(len(texts))
"""
_REFS = re.compile(r"I\s+refs:\s+([\d,]+)")


def instructions(root: Path, passes: int, python: str) -> tuple[int, int]:
    """(instructions, messages per pass) of a run that imports the core from `root`, warms it
    and analyses the messages `passes` more times."""
    code = _RUN.format(bench=str(ROOT / "bench"))
    environment = {
        **os.environ,
        "PYTHONPATH": str(root),
        "PYTHONHASHSEED": "0",
        "PYTHONDONTWRITEBYTECODE": "1",
    }
    command = ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null"]
    done = subprocess.run(
        [*command, python, "-c", code, str(passes)],
        cwd=root,
        env=environment,
        capture_output=True,
        text=True,
        check=True,
    )
    found = _REFS.search(done.stderr)
    if found is None:
        raise RuntimeError(f"no instruction count in valgrind's output: {done.stderr[-500:]}")
    return int(found.group(1).replace(",", "")), int(done.stdout.split()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--root", type=Path, default=ROOT, help="the checkout whose triage is counted")
    parser.add_argument("--passes", type=int, default=2)
    parser.add_argument("--python", default=sys.executable)
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        sys.exit("valgrind is not installed (apt-get install valgrind)")
    warm, messages = instructions(args.root.resolve(), 0, args.python)
    counted, _ = instructions(args.root.resolve(), args.passes, args.python)
    per_analysis = (counted - warm) / (args.passes * messages)
    print(f"{args.root}: {per_analysis / 1e6:.3f} million instructions per analyze ({messages} messages)")


if __name__ == "__main__":
    main()
