"""The rules' urgency on each corpus file as it was while the file was still unseen, read
from git history, for the second opinion's leave-one-file-out table
(bench/train_second_opinion.py). One command, rarely needed (the output is committed):

    .venv/bin/python bench/unseen_era_levels.py     # writes bench/data/unseen_era_levels.json

Each corpus file was written by people who never saw the code, scored, and only then added and
tuned on; the commit listed in ERAS is the last one whose rules had not been tuned on it (for
most files the parent of the commit that added it). Its `triage.analyze(text).urgency`, the
rules alone (no learned opinion), is how rules behave on a new writer's messages; today's rules
on these files are not (they were tuned on them). Each era's code runs in a detached worktree
(removed afterwards) with this checkout's Python. The output holds ids and levels, no text.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "triage" / "data" / "corpus"
OUT = ROOT / "bench" / "data" / "unseen_era_levels.json"
CODES_OUT = ROOT / "bench" / "data" / "unseen_era_codes.json"
# file -> (commit, when it was scored unseen there)
ERAS = {
    "tune": ("1de22fb^", "before issue 11 (the split's start scores)"),
    "test": ("46262d1", "end of issue 11's first round, before its misses were read"),
    "selfcheck": ("1d027dd^", "written before the second round's changes"),
    "selfcheck3": ("579edab^", "written before the third round's changes"),
    "holdout": ("efcc25f^", "start of the second round"),
    "holdout2": ("5076bff^", "end of the third round, before it was read"),
    "holdout3": ("144a11c^", "before it was added"),
    "holdout4": ("18ce9dd^", "start of the sixth round"),
    "holdout5": ("594729f^", "end of the sixth round, before it was read"),
    "train7": ("a855fd9^", "start of the seventh round"),
    "holdout6": ("0e2d29a", "start of the seventh round"),
    "train8": ("e3c2839", "start of the eighth round"),
    "holdout8": ("49131ca", "end of the eighth round (scored unseen at its start and end)"),
    "train9": ("02fd101", "start of the ninth round"),
    "holdout9": ("8f2eeac", "end of the ninth round (scored unseen at its start and end)"),
    "train10": ("7bae960", "start of the tenth round"),
    "train11": ("56129bc", "start of the eleventh round"),
    "holdout11": ("56129bc", "start of the eleventh round (scored unseen at its start and end)"),
    "train12": ("639d085", "start of the twelfth round (its rules are b20f3c0's)"),
    "holdout12": ("639d085", "start of the twelfth round (scored unseen at its start and end)"),
    "train13": ("247bb19", "start of the thirteenth round (its rules are 3db251d's)"),
    "holdout13": ("247bb19", "start of the thirteenth round (scored unseen at its start and end)"),
    "train14": ("ed91ef9", "start of the fourteenth round"),
    "holdout14": ("ed91ef9", "start of the fourteenth round (scored unseen at its start and end)"),
    "train15": ("4fa8927", "start of the fifteenth round (its rules are 453ffb1's)"),
    "holdout15": ("4fa8927", "start of the fifteenth round (scored unseen at its start and end)"),
    "train16": ("d417f57", "start of the sixteenth round"),
    "holdout16": ("d417f57", "start of the sixteenth round (scored unseen at its start and end)"),
    "train17": ("78d78da", "start of the seventeenth round"),
    "holdout17": ("78d78da", "start of the seventeenth round (scored unseen at its start and end)"),
    "train18": ("2ce8495", "start of the eighteenth round"),
    "holdout18": ("2ce8495", "start of the eighteenth round (scored unseen at its start and end)"),
    "train19": ("e9a37c2", "start of the nineteenth round"),
    "holdout19": ("e9a37c2", "start of the nineteenth round (scored unseen at its start and end)"),
    "train20": ("82429f3", "start of the twentieth round"),
    "holdout20": ("82429f3", "start of the twentieth round (scored unseen at its start and end)"),
    "train21": ("39cb6de", "start of the twenty-first round"),
    "holdout21": ("39cb6de", "start of the twenty-first round (scored unseen at its start and end)"),
    "train22": ("0f43a16", "start of the twenty-second round"),
    "holdout22": ("0f43a16", "start of the twenty-second round (scored unseen at its start and end)"),
    "train23": ("f21b68e", "start of the twenty-third round"),
    "holdout23": ("f21b68e", "start of the twenty-third round (scored unseen at its start and end)"),
}
# Run inside an era's worktree: id -> urgency of the rules alone (older analyze() had no
# second_opinion parameter and no learned opinion).
_READ = """
import inspect, json, sys
import triage
off = "second_opinion" in inspect.signature(triage.analyze).parameters
levels, codes = {}, {}
for line in open(sys.argv[1], encoding="utf-8"):
    if line.strip():
        m = json.loads(line)
        result = triage.analyze(m["text"], second_opinion=False) if off else triage.analyze(m["text"])
        levels[m["id"]] = result.urgency.value
        codes[m["id"]] = {
            "needs": sorted(str(getattr(c, "value", c)) for c in result.needs),
            "indicators": sorted(str(getattr(c, "value", c)) for c in result.indicators),
        }
print(json.dumps({"levels": levels, "codes": codes}))
"""


def _git(*args: str) -> str:
    return subprocess.run(["git", *args], cwd=ROOT, check=True, capture_output=True, text=True).stdout.strip()


def levels_at(commit: str, name: str, folder: Path) -> dict[str, Any]:
    """`name`'s levels and codes by the rules of `commit` (a detached worktree under `folder`):
    {"levels": {id: urgency}, "codes": {id: {"needs": [...], "indicators": [...]}}}."""
    tree = folder / commit
    if not tree.exists():
        _git("worktree", "add", "--detach", str(tree), commit)
    env = {"PYTHONPATH": str(tree), "PATH": "/usr/bin:/bin"}
    run = subprocess.run(
        [sys.executable, "-c", _READ, str(CORPUS / f"{name}.jsonl")],
        cwd=folder,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    found: dict[str, Any] = json.loads(run.stdout)
    return found


def main() -> None:
    formatter = argparse.RawDescriptionHelpFormatter
    argparse.ArgumentParser(description=__doc__, formatter_class=formatter).parse_args()
    commits = {name: _git("rev-parse", "--short", ref) for name, (ref, _) in ERAS.items()}
    levels: dict[str, str] = {}
    codes: dict[str, dict[str, list[str]]] = {}
    with tempfile.TemporaryDirectory(prefix="eras-") as temp:
        folder = Path(temp)
        try:
            for name, commit in commits.items():
                found = levels_at(commit, name, folder)
                levels.update(found["levels"])
                codes.update(found["codes"])
                print(f"{name:<11} {commit} {ERAS[name][1]}")
        finally:
            for commit in set(commits.values()):
                if (folder / commit).exists():
                    _git("worktree", "remove", "--force", str(folder / commit))
    data = {
        "about": "the rules' urgency on each corpus file while it was unseen (bench/unseen_era_levels.py)",
        "commits": {name: [commits[name], ERAS[name][1]] for name in ERAS},
        "levels": dict(sorted(levels.items())),
    }
    OUT.write_text(json.dumps(data, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {OUT}: {len(levels)} messages")
    CODES_OUT.write_text(
        json.dumps(
            {
                "about": "the rules' needs and indicators on each corpus file while it was unseen "
                "(bench/unseen_era_levels.py), for the learned needs' leave-one-file-out table",
                "commits": data["commits"],
                "codes": dict(sorted(codes.items())),
            },
            separators=(",", ":"),
            ensure_ascii=False,
        )
        + "\n",
        encoding="utf-8",
    )
    print(f"wrote {CODES_OUT}: {len(codes)} messages")


if __name__ == "__main__":
    main()
