"""Measure variants of the learned second opinion by the same leave-one-file-out table as
bench/train_second_opinion.py, with the rules' levels while each file was unseen
(bench/data/unseen_era_levels.json). Writes nothing; prints, for each variant, the pooled
figures at the shipped thresholds and at the pairs the chooser picks for a few precision
floors (and the full per-file table with `--table`). The corpus is read by the rules once
and every variant is trained on the same reading.

    .venv/bin/python bench/second_opinion_variants.py                      # the variants below
    .venv/bin/python bench/second_opinion_variants.py chars chars+words:1 --table
    .venv/bin/python bench/second_opinion_variants.py chars chars+when --fresh  # a quick check

A variant is a `+`-joined list of feature sets, then `/` options:
  chars        hashed character 2-5-grams of each folded word (what shipped until round 8)
  words:K      folded word unigrams and bigrams, each counted K times
  when         one feature per time the rules gave a danger they read (now, ongoing, past, denied)
  whatwhen     one feature per kind and time of each danger the rules read
  level        one-hot of the rules' level while the file was unseen (round 8: the model copies it)
options: /pwe=4 (weight of an emergency in the E model), /l2e=1e-3, /l2h=1e-3, /pwh=1.

Round 8 (train8 added; pooled over the 11 files but `tune`; rules alone: recall 0.808,
precision 0.894, 79 emergencies below high, exact 0.781), each at its best thresholds:
  text, E 8 / 3e-3, H 3e-3 ........ recall 0.862 precision 0.851 below 43 exact 0.781
  level (one-hot) ................. the level takes the weight, the words keep almost none: P(E) of a
                                    message the rules put below emergency is never above 0.27
  text --words 3 .................. recall 0.878 precision 0.851 below 34 exact 0.781
  text, E 4 / 1e-3, H 1e-3 ........ recall 0.890 precision 0.852 below 26 exact 0.781 (ships)
Round 9 (holdout8 and train9 added; pooled over the 13 files but `tune`; rules alone: recall
0.792, precision 0.892, 123 below high, exact 0.775), at the pair chosen with a 0.87 floor:
  chars (E 4 / 1e-3, H 1e-3) ...... P(E) >= 0.86: recall 0.847 precision 0.872 below 84 exact 0.790
  chars+words:2 ................... P(E) >= 0.85: recall 0.857 precision 0.872 below 70 exact 0.794 (ships)
  chars+when ...................... P(E) >= 0.83: recall 0.924 precision 0.871 below 44 exact 0.809:
      a leak (today's rules, whose times it reads, were tuned on the file left out). `--fresh`
      (trained on the twelve older files, scored on holdout8 and train9, which no rule was tuned
      on): of its 10/20/40/80 surest raises to emergency 3/3/7/18 are right; chars 7/14/23/41,
      chars+words:2 8/14/26/44. It copies the rules' verdict; the words do not.
Round 10 (holdout9 and train10 added; 15 files pooled; rules alone: recall 0.801, precision 0.893,
145 below high, exact 0.784), at the pairs chosen with a 0.89 / 0.87 / 0.85 floor (no guards):
  chars+words:2 (ships) ........... 0.827/0.892/104 below; 0.863/0.870/87; 0.889/0.851/71
  chars0+words0:2 (digits as 0) ... 0.827/0.890/101;       0.856/0.873/87; 0.878/0.851/69   (not kept)
  chars+words:2+skel:1 ............ 0.833/0.891/104;       0.864/0.872/85; 0.889/0.852/72   (noise: not kept)
  chars+words:2/pwe=8 ............. 0.818/0.892/107;       0.851/0.873/96; 0.882/0.851/75   (not kept)
  chars+words:2/pwe=2 ............. 0.831/0.894/103;       0.870/0.870/81; 0.889/0.851/71, but with the
      trainer's guards it picks P(E) >= 0.92: 0.844/0.882/100, exact 0.799 (pwe=4: 0.846/0.880/99, 0.800)
  chars+words:2/pwh=2 ............. 0.827/0.892/105;       0.863/0.870/87; 0.889/0.851/71   (not kept)
  --lift (a standard/low message with P(E) >= t raised to high), at the 0.87 pair (0.85): t 0.7: below
      87 -> 60, exact 0.802 -> 0.799 (79 right, 31 wrong raises to high); t 0.5: 41, 0.792; t 0.3: 25,
      0.778. Exact falls at every t: not shipped.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import sys
import time
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# One BLAS thread, as in train_second_opinion (deterministic sums); set before numpy loads.
for _threads in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_threads] = "1"

import numpy as np  # noqa: E402
import numpy.typing as npt  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
for folder in (ROOT, ROOT / "bench"):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

import train_second_opinion as base  # noqa: E402

import triage  # noqa: E402
from triage.folding import WORD  # noqa: E402
from triage.second_opinion.features import MASK, SIZE, folded, gram_indices, word_gram_indices  # noqa: E402

LEVELS = ("low", "standard", "high", "emergency")
DEFAULT = (
    "chars",
    "chars+words:1",
    "chars+words:2",
    "chars/pwe=8",
    "chars/pwe=2",
    "chars/l2e=3e-3/l2h=3e-3",
    "chars+when",
    "chars+whatwhen",
)
SHIPPED = base.Bars(0.89, 0.95, 0.95)
FLOORS = (0.89, 0.87, 0.85)


@dataclass(frozen=True, slots=True)
class Read:
    """One message as the rules read it (today's rules): its folded words, its reasons' kinds and times."""

    plain: str
    reasons: tuple[tuple[str, str], ...]


def reading() -> dict[str, list[Read]]:
    out = {}
    for name in base.FILES:
        out[name] = []
        for m in base.load(name):
            result = triage.analyze(m["text"], second_opinion=False)
            pairs = tuple(sorted({(r.what.value, r.when.value) for r in result.reasons}))
            out[name].append(Read(folded(result.redacted), pairs))
    return out


_DIGIT = re.compile(r"\d")
_VOWELS = re.compile(r"[aeiouy]")


def _hash(feature: str) -> int:
    return zlib.crc32(feature.encode()) & MASK


def row(read: Read, level: str, sets: list[str]) -> dict[int, float]:
    """The features of one message for the feature sets `sets`."""
    indices: list[int] = []
    extra: dict[int, float] = {}
    for part in sets:
        kind, _, arg = part.partition(":")
        if kind == "chars":
            indices += gram_indices(read.plain)
        elif kind == "words":
            indices += word_gram_indices(WORD.findall(read.plain), int(arg or 1))  # as at run time
        elif kind == "chars0":  # every digit read as 0: "14 ans" and "15 ans" share their grams
            indices += gram_indices(_DIGIT.sub("0", read.plain))
        elif kind == "words0":
            indices += word_gram_indices(WORD.findall(_DIGIT.sub("0", read.plain)), int(arg or 1))
        elif kind == "skel":  # each word without its vowels: "plz", "pls", "please" -> "pls"
            words = [w for w in (_VOWELS.sub("", w) for w in WORD.findall(read.plain)) if len(w) > 1]
            indices += [_hash(f"S {w}") for w in words for _ in range(int(arg or 1))]
        elif kind == "when":
            for when in {when for _, when in read.reasons}:
                extra[SIZE + 8 + ("now", "ongoing", "past", "denied").index(when)] = 1.0
        elif kind == "whatwhen":
            for what, when in read.reasons:
                extra[SIZE + 16 + (_hash(f"R {what} {when}") & 1023)] = 1.0
        elif kind == "level":
            extra[SIZE + LEVELS.index(level)] = 1.0
        else:
            raise SystemExit(f"unknown feature set {part!r}")
    scale = 1.0 / math.sqrt(len(indices)) if indices else 0.0
    features: dict[int, float] = {}
    for index in indices:
        features[index] = features.get(index, 0.0) + scale
    features.update(extra)
    return features


class Sparse:
    """One file's rows as coordinate arrays."""

    def __init__(self, rows: list[dict[int, float]]) -> None:
        cells = [(k, i, v) for k, r in enumerate(rows) for i, v in r.items()]
        self.row = np.array([c[0] for c in cells], dtype=np.int64)
        self.col = np.array([c[1] for c in cells], dtype=np.int64)
        self.val = np.array([c[2] for c in cells], dtype=np.float64)
        self.n = len(rows)

    def margins(self, w: npt.NDArray[np.float64], b: float) -> npt.NDArray[np.float64]:
        return np.bincount(self.row, weights=self.val * w[self.col], minlength=self.n) + b


def matrix(parts: list[Sparse]) -> tuple[base.Matrix, npt.NDArray[np.int64]]:
    """The training matrix of `parts` stacked, compressed to the columns that occur."""
    offsets = np.cumsum([0, *[p.n for p in parts]])
    col = np.concatenate([p.col for p in parts])
    columns = np.unique(col)
    m = base.Matrix.__new__(base.Matrix)
    m.columns = columns
    m.row = np.concatenate([p.row + off for p, off in zip(parts, offsets, strict=False)])
    m.col = np.searchsorted(columns, col)
    m.val = np.concatenate([p.val for p in parts])
    m.n = int(offsets[-1])
    return m, columns


def options(spec: str) -> tuple[list[str], dict[str, float], dict[str, float]]:
    sets, *opts = spec.split("/")
    l2, pw = dict(base.L2), dict(base.POSITIVE_WEIGHT)
    for opt in opts:
        key, _, value = opt.partition("=")
        (pw if key.startswith("pw") else l2)[key[-1].upper()] = float(value)
    return sets.split("+"), l2, pw


def lofo(spec: str, reads: dict[str, list[Read]], folds: Any) -> dict[str, dict[str, Any]]:
    """Out-of-fold margins of both models for every file."""
    sets, l2, pw = options(spec)
    levels = folds.levels["unseen"]
    parts = {
        name: Sparse([row(r, lv, sets) for r, lv in zip(reads[name], levels[name], strict=True)])
        for name in base.FILES
    }
    size = SIZE + 2048
    out: dict[str, dict[str, Any]] = {}
    for held in base.FILES:
        others = [name for name in base.FILES if name != held]
        m, columns = matrix([parts[name] for name in others])
        truth = base.targets([x for name in others for x in folds.messages[name]])
        out[held] = {}
        for key in ("E", "H"):
            w, b = base.fit(m, truth[key], l2[key], pw[key])
            full = np.zeros(size)
            full[columns] = w
            out[held][key] = parts[held].margins(full, b)
    return out


FRESH = ("holdout8", "train9")  # no rule was tuned on them since their unseen-era commit


def fresh(spec: str, reads: dict[str, list[Read]], folds: Any) -> None:
    """Train on every file but FRESH, rank FRESH's messages the rules put below emergency by
    P(E): how many of the surest raises are right. Today's rules on FRESH are their unseen-era
    rules, so a feature read from the rules' findings is measured here without the leak of LOFO."""
    sets, l2, pw = options(spec)
    levels = folds.levels["unseen"]
    old = [name for name in base.FILES if name not in FRESH]
    rows = [[row(r, lv, sets) for r, lv in zip(reads[n], levels[n], strict=True)] for n in old]
    m, columns = matrix([Sparse(part) for part in rows])
    w, b = base.fit(m, base.targets([x for n in old for x in folds.messages[n]])["E"], l2["E"], pw["E"])
    full = np.zeros(SIZE + 2048)
    full[columns] = w
    new = Sparse([row(r, lv, sets) for n in FRESH for r, lv in zip(reads[n], levels[n], strict=True)])
    truth = [x["urgency"] for n in FRESH for x in folds.messages[n]]
    before = [lv for n in FRESH for lv in levels[n]]
    ranked = [k for k in np.argsort(-new.margins(full, b), kind="stable") if before[k] != "emergency"]
    right = [sum(truth[k] == "emergency" for k in ranked[:top]) for top in (10, 20, 40, 80)]
    print(f"  fresh: of the 10/20/40/80 surest raises to emergency, right: {'/'.join(map(str, right))}")


def pooled(folds: Any, calibration: dict[str, tuple[float, float]], bars: Any, lift: float = 2.0) -> str:
    """The pooled unseen-era figures at `bars`; with `lift`, a third decision: a standard or
    low message whose P(E) is at least `lift` is raised to high."""
    names = [name for name in base.FILES if name not in base.NOT_POOLED]
    truth = [m["urgency"] for name in names for m in folds.messages[name]]
    before = [lv for name in names for lv in folds.levels["unseen"][name]]
    after = []
    for name in names:
        p_e, p_h = base.calibrated(folds, name, calibration)
        p_h = np.where(p_e >= lift, 1.0, p_h)  # P(E) >= lift lifts to high as P(H) >= h_at does
        after += base.decide(folds.levels["unseen"][name], p_e, p_h, bars)
    s = base.scores(truth, after)
    return (
        f"{bars}{f' lift>={lift}' if lift <= 1 else ''}"
        f" recall {s['recall']:.3f} precision {s['precision']:.3f}"
        f" below {s['below']:>3} exact {s['exact']:.3f} raises E right/wrong H right/wrong"
        f" {base.raises(truth, before, after)}"
    )


def main() -> None:
    formatter = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=formatter)
    parser.add_argument("variants", nargs="*", default=list(DEFAULT))
    parser.add_argument(
        "--lift", type=float, nargs="*", default=[], help="P(E) thresholds that lift standard or low to high"
    )
    parser.add_argument("--floors", type=float, nargs="*", default=list(FLOORS), help="precision floors")
    parser.add_argument("--table", action="store_true", help="print the per-file table at the 0.89 pair too")
    parser.add_argument("--fresh", action="store_true", help="only the test on holdout8 and train9 (fast)")
    args = parser.parse_args()
    started = time.monotonic()
    folds = base.Folds.__new__(base.Folds)  # the table's fields, filled here
    folds.messages = {name: base.load(name) for name in base.FILES}
    era = json.loads(base.ERA_LEVELS.read_text(encoding="utf-8"))["levels"]
    folds.levels = {"unseen": {name: [era[m["id"]] for m in ms] for name, ms in folds.messages.items()}}
    reads = reading()
    print(f"read {sum(map(len, reads.values()))} messages in {time.monotonic() - started:.0f} s", flush=True)
    rules = pooled_rules(folds)
    print(rules, flush=True)
    for spec in args.variants:
        if args.fresh:
            print(f"\n== {spec}")
            fresh(spec, reads, folds)
            continue
        folds.margins = lofo(spec, reads, folds)
        calibration = {key: base.platt(*folds.pooled(key)) for key in ("E", "H")}
        print(f"\n== {spec} ({time.monotonic() - started:.0f} s)")
        print(f"  shipped      {pooled(folds, calibration, SHIPPED)}")
        for floor in args.floors:
            pair = base.choose(folds, calibration, False, floor)
            print(f"  floor {floor}   {pooled(folds, calibration, pair)}", flush=True)
            for lift in args.lift:
                print(f"     + lift   {pooled(folds, calibration, pair, lift)}", flush=True)
        if args.table:
            base.table(folds, calibration, base.choose(folds, calibration, False, FLOORS[0]), "unseen")


def pooled_rules(folds: Any) -> str:
    names = [name for name in base.FILES if name not in base.NOT_POOLED]
    truth = [m["urgency"] for name in names for m in folds.messages[name]]
    s = base.scores(truth, [lv for name in names for lv in folds.levels["unseen"][name]])
    return (
        f"rules alone (unseen eras, {len(names)} files): recall {s['recall']:.3f} precision"
        f" {s['precision']:.3f} below {s['below']} exact {s['exact']:.3f}"
    )


if __name__ == "__main__":
    main()
