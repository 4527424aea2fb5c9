"""Measure variants of the learned second opinion by the same leave-one-file-out table as
bench/train_second_opinion.py, with the rules' levels while each file was unseen
(bench/data/unseen_era_levels.json). Writes nothing; prints one table per run.

    .venv/bin/python bench/second_opinion_variants.py --mode text            # what ships
    .venv/bin/python bench/second_opinion_variants.py --mode level           # + one-hot of the rules' level
    .venv/bin/python bench/second_opinion_variants.py --mode level --separate  # each on what it may raise
    .venv/bin/python bench/second_opinion_variants.py --words 3 --pwe 4 --l2e 1e-3 --l2h 1e-3

Round 8 (train8 added; pooled over the 11 files but `tune`; rules alone: recall 0.808,
precision 0.894, 79 emergencies below high, exact 0.781), each at its best thresholds:
  text, E 8 / 3e-3, H 3e-3 ........ recall 0.862 precision 0.851 below 43 exact 0.781
  level (one-hot) ................. the level takes the weight, the words keep almost none: P(E) of a
                                    message the rules put below emergency is never above 0.27 (at 0.2
                                    12 right and 9 wrong raises; text: 51 right, 52 wrong)
  level --separate ................ recall 0.860 precision 0.857 below 54 exact 0.782
  text --words 3 .................. recall 0.878 precision 0.851 below 34 exact 0.781
  text, E 4 / 1e-3, H 1e-3 ........ recall 0.890 precision 0.852 below 26 exact 0.781 (ships)
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import zlib
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
for folder in (ROOT, ROOT / "bench"):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

import train_second_opinion as base  # noqa: E402

import triage  # noqa: E402
from triage.folding import WORD  # noqa: E402
from triage.second_opinion.features import MASK, SIZE, folded, gram_indices  # noqa: E402

LEVELS = ("low", "standard", "high", "emergency")


def row(text: str, level: str, args: argparse.Namespace) -> dict[int, float]:
    """The features of one message: n-grams, `args.words` copies of each whole word, the level."""
    plain = folded(triage.analyze(text, second_opinion=False).redacted)
    indices = gram_indices(plain)
    indices += [zlib.crc32(f"W {w}".encode()) & MASK for w in WORD.findall(plain) for _ in range(args.words)]
    scale = 1.0 / math.sqrt(len(indices)) if indices else 0.0
    features: dict[int, float] = {}
    for index in indices:
        features[index] = features.get(index, 0.0) + scale
    if args.mode == "level":
        features[SIZE + LEVELS.index(level)] = 1.0
    return features


def fold(rows: list[dict[int, float]], truth: list[str], levels: list[str], args: argparse.Namespace) -> Any:
    """Both models on one fold's training rows; with `--separate`, each only on the levels it may raise."""
    models = {}
    for key, allowed in (("E", LEVELS[:3]), ("H", LEVELS[:2])):
        keep = [k for k, level in enumerate(levels) if not args.separate or level in allowed]
        positive = [(truth[k] == "emergency") if key == "E" else base.RANK[truth[k]] >= 2 for k in keep]
        y = np.array(positive, dtype=np.float64)
        columns = np.unique(np.array([i for k in keep for i in rows[k]], dtype=np.int64))
        w, b = base.fit(base.Matrix([rows[k] for k in keep], columns), y, args.l2[key], args.pw[key])
        models[key] = (dict(zip(columns.tolist(), w.tolist(), strict=True)), b)
    return models


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--mode", choices=("text", "level"), default="text")
    parser.add_argument("--separate", action="store_true")
    parser.add_argument("--words", type=int, default=0)
    parser.add_argument("--pwe", type=float, default=8.0)
    parser.add_argument("--l2e", type=float, default=3e-3)
    parser.add_argument("--l2h", type=float, default=3e-3)
    args = parser.parse_args()
    args.l2, args.pw = {"E": args.l2e, "H": args.l2h}, {"E": args.pwe, "H": 1.0}
    if args.mode == "level":  # its probabilities are per level: low thresholds too
        base.EMERGENCY_GRID = tuple(round(0.05 + 0.01 * k, 2) for k in range(95))
        base.HIGH_GRID = tuple(round(0.30 + 0.01 * k, 2) for k in range(70))
    folds = base.Folds.__new__(base.Folds)  # the table's fields, filled here
    folds.messages = {name: base.load(name) for name in base.FILES}
    era = json.loads(base.ERA_LEVELS.read_text(encoding="utf-8"))["levels"]
    levels = {name: [era[m["id"]] for m in ms] for name, ms in folds.messages.items()}
    folds.levels = {"unseen": levels}
    rows = {name: [row(m["text"], lv, args) for m, lv in zip(ms, levels[name], strict=True)]
            for name, ms in folds.messages.items()}
    folds.margins = {}
    for held in base.FILES:
        others = [name for name in base.FILES if name != held]
        models = fold(
            [x for n in others for x in rows[n]],
            [m["urgency"] for n in others for m in folds.messages[n]],
            [lv for n in others for lv in levels[n]],
            args,
        )
        folds.margins[held] = {
            key: np.array([b + sum(w.get(i, 0.0) * v for i, v in x.items()) for x in rows[held]])
            for key, (w, b) in models.items()
        }
    pooled = [name for name in base.FILES if name not in base.NOT_POOLED]
    calibration = {}
    for key in ("E", "H"):
        z = np.concatenate([folds.margins[n][key] for n in pooled])
        y = np.concatenate([base.targets(folds.messages[n])[key] for n in pooled])
        calibration[key] = base.platt(z, y)
    emergency_at, high_at = base.choose(folds, calibration, show=False)
    base.table(folds, calibration, emergency_at, high_at, "unseen")


if __name__ == "__main__":
    main()
