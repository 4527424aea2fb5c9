"""Stacking the learned second opinion on the rules' own reading (issue 11 point 2, round 12),
measured on the pooled unseen-era leave-one-file-out table of bench/train_second_opinion.py.
Writes nothing; the shipped model is unchanged by it.

The rules' level and codes are read as they were while each file was unseen (era levels,
bench/data/unseen_era_levels.json; era needs and indicators, bench/data/unseen_era_codes.json),
so no fold sees the verdict of rules tuned on it; at run time today's level and codes would be
read (on a new writer's message today's rules behave like era rules did).

    .venv/bin/python bench/stacked_opinion.py                          # the variants below
    .venv/bin/python bench/stacked_opinion.py "chars+words:2+codes/sub" --blend 0.5

A variant is a `+`-joined list of feature sets, then `/` options, as in
bench/second_opinion_variants.py, with these sets beside chars and words:K:
  level     one-hot of the era level (the E model then copies it: P(E) below emergency stays low)
  group     one feature: the era level is high, or standard or low
  xwords:K  whole words crossed with that group ("at high, the word 'tonight'")
  codes     one feature per era need and indicator
and the option /sub: E learns only from the messages the rules left below emergency, H only from
those below high (the only messages whose raise it decides), each calibrated on them alone.
`--blend W` scores E as W x the plain text model's calibrated margin + (1 - W) x the variant's.
Each is printed at the thresholds the trainer's chooser picks (guards kept), with one bar for every
level and with the bar from high chosen apart.

Round 12 (17 files pooled; rules alone recall 0.808, precision 0.888, 169 below high, exact 0.782;
the text model with one bar, as shipped in round 11, at a 0.87 floor: 0.841 / 0.880 / 122 / 0.795),
at a 0.88 floor, two bars:
  chars+words:2 (the text model) ................... 0.845 / 0.882 / 117 / 0.797 (ships, round 12)
  chars+words:2+level .............................. copies the level: no raise passes the floor
  chars+words:2/sub ................................ 0.841 / 0.880 / 120 / 0.795 (H from the text model)
  chars+words:2+group+xwords:2/sub ................. 0.838 / 0.880 / 119 / 0.794 (H from the text model)
  blend 0.5 with chars+words:2+group+codes/sub ..... 0.864 / 0.880 / 109 / 0.802 (0.3: 0.857 / 0.880 /
      116; 0.7: 0.860 / 0.882 / 112): the one that helps, not shipped yet (a third weight table and the
      codes at run time; measured at the end of the round).
Round 13 (train12, holdout12 and train13 added, 20 files pooled; rules alone 0.809 / 0.873 / 197 below
/ exact 0.777), measured by bench/train_second_opinion.py itself at the shipped 0.87 floor, two bars,
guards kept: the text model 0.838 / 0.871 / 143 / 0.788; blend 0.5 with chars+words:2+group+codes/sub
0.853 / 0.871 / 136 / 0.792. It ships (STACK in the trainer): one E table, the blend's weights, and
the reading's weights in model.json, so no third table.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
import zlib
from pathlib import Path
from typing import Any

for _threads in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_threads] = "1"

import numpy as np  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
for folder in (ROOT, ROOT / "bench"):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

import second_opinion_variants as variants  # noqa: E402
import train_second_opinion as base  # noqa: E402

import triage  # noqa: E402
from triage.folding import WORD  # noqa: E402
from triage.second_opinion.features import MASK, SIZE, gram_indices, word_gram_indices  # noqa: E402

ERA_CODES = ROOT / "bench" / "data" / "unseen_era_codes.json"
DEFAULT = (
    "chars+words:2",
    "chars+words:2/sub",
    "chars+words:2+group+xwords:2/sub",
    "chars+words:2+group+codes/sub",
)
TEXT = "chars+words:2"


def _hash(feature: str) -> int:
    return zlib.crc32(feature.encode()) & MASK


def row(plain: str, level: str, codes: dict[str, list[str]], sets: list[str]) -> dict[int, float]:
    """The features of one message: its folded text `plain`, the rules' `level` and `codes`."""
    indices: list[int] = []
    extra: dict[int, float] = {}
    group = "high" if level in ("high", "emergency") else "below"
    words = WORD.findall(plain)
    for part in sets:
        kind, _, arg = part.partition(":")
        copies = int(arg or 1)
        if kind == "chars":
            indices += gram_indices(plain)
        elif kind == "words":
            indices += word_gram_indices(words, copies)
        elif kind == "level":
            extra[_hash(f"L {level}")] = 1.0
        elif kind == "group":
            extra[_hash(f"G {group}")] = 1.0
        elif kind == "xwords":
            indices += [_hash(f"X {group} {word}") for word in words for _ in range(copies)]
        elif kind == "codes":
            for code in (*codes.get("needs", ()), *codes.get("indicators", ())):
                extra[_hash(f"C {code}")] = 1.0
        else:
            raise SystemExit(f"unknown feature set {part!r}")
    scale = 1.0 / math.sqrt(len(indices)) if indices else 0.0
    features: dict[int, float] = {}
    for index in indices:
        features[index] = features.get(index, 0.0) + scale
    for index, value in extra.items():
        features[index] = features.get(index, 0.0) + value
    return features


def kept(levels: list[str], key: str, sub: bool) -> np.ndarray:
    """Which messages model `key` learns from and is calibrated on."""
    rank = np.array([base.RANK[level] for level in levels])
    return rank < (3 if key == "E" else 2) if sub else np.ones(len(rank), dtype=bool)


class Corpus:
    """The corpus read once: folded texts, era levels and codes, the team's labels."""

    def __init__(self) -> None:
        self.messages = {name: base.load(name) for name in base.FILES}
        era = json.loads(base.ERA_LEVELS.read_text(encoding="utf-8"))["levels"]
        self.levels = {name: [era[m["id"]] for m in ms] for name, ms in self.messages.items()}
        self.codes = json.loads(ERA_CODES.read_text(encoding="utf-8"))["codes"]
        reads = variants.reading()
        self.plain = {name: [read.plain for read in reads[name]] for name in base.FILES}

    def rows(self, name: str, sets: list[str]) -> list[dict[int, float]]:
        pairs = zip(self.plain[name], self.levels[name], self.messages[name], strict=True)
        return [row(plain, level, self.codes.get(m["id"], {}), sets) for plain, level, m in pairs]


def fit(rows: list[dict[int, float]], y: np.ndarray, key: str, spec: str) -> tuple[np.ndarray, float]:
    _, l2, pw = variants.options(spec.replace("/sub", ""))
    matrix, columns = variants.matrix([variants.Sparse(rows)])
    w, b = base.fit(matrix, y, l2[key], pw[key])
    full = np.zeros(SIZE)
    full[columns] = w
    return full, b


Margins = dict[str, dict[str, np.ndarray]]


def margins(corpus: Corpus, spec: str) -> tuple[Margins, dict[str, Any]]:
    """Out-of-fold margins of E and H per file, and the models trained on every file."""
    sets, sub = spec.replace("/sub", "").split("/")[0].split("+"), "/sub" in spec
    rows = {name: corpus.rows(name, sets) for name in base.FILES}
    out: dict[str, dict[str, np.ndarray]] = {}
    for held in (*base.FILES, None):
        others = [name for name in base.FILES if name != held]
        levels = [level for name in others for level in corpus.levels[name]]
        every = [r for name in others for r in rows[name]]
        truth = base.targets([m for name in others for m in corpus.messages[name]])
        models = {}
        for key in ("E", "H"):
            mask = kept(levels, key, sub)
            models[key] = fit([r for r, k in zip(every, mask, strict=True) if k], truth[key][mask], key, spec)
        if held is None:
            return out, {"models": models, "sets": sets, "sub": sub}
        part = variants.Sparse(rows[held])
        out[held] = {key: part.margins(*models[key]) for key in ("E", "H")}
    raise AssertionError("unreachable")


def calibration(corpus: Corpus, folds: Margins, key: str, sub: bool) -> tuple[float, float]:
    z = np.concatenate([folds[name][key] for name in base.FILES])
    y = np.concatenate([base.targets(corpus.messages[name])[key] for name in base.FILES])
    mask = kept([level for name in base.FILES for level in corpus.levels[name]], key, sub)
    return base.platt(z[mask], y[mask])


def guard_margins(shipped: dict[str, Any], key: str) -> list[tuple[str, str, float]]:
    """Each guard's rules' level (today's), its highest allowed level, its margin in model `key`."""
    out = []
    for line in base.GUARDS.read_text(encoding="utf-8").splitlines():
        if line.strip():
            case = json.loads(line)
            result = triage.analyze(case["text"], second_opinion=False)
            codes = {"needs": [c.value for c in result.needs]}
            codes["indicators"] = [c.value for c in result.indicators]
            features = row(variants.folded(result.redacted), result.urgency.value, codes, shipped["sets"])
            weights, bias = shipped["models"][key]
            margin = bias + sum(weights[i] * v for i, v in features.items())
            out.append((result.urgency.value, case["most"], margin))
    return out


def measure(corpus: Corpus, spec: str, blend: float | None, floor: float, show: bool = False) -> None:
    folds, shipped = margins(corpus, spec)
    guards = {key: guard_margins(shipped, key) for key in ("E", "H")}
    cal = {key: calibration(corpus, folds, key, shipped["sub"] and key == "E") for key in ("E", "H")}
    if shipped["sub"] or blend is not None:  # H from the text model (/sub's H leaves more below high)
        text_folds, text = margins(corpus, TEXT)
        text_cal = {key: calibration(corpus, text_folds, key, False) for key in ("E", "H")}
        guards["H"], cal["H"] = guard_margins(text, "H"), text_cal["H"]
        for name in base.FILES:
            folds[name]["H"] = text_folds[name]["H"]
        if blend is not None:  # E: the two calibrated margins mixed, then calibrated again
            (ae, be), (at, bt) = cal["E"], text_cal["E"]
            for name in base.FILES:
                mixed = blend * (at * text_folds[name]["E"] + bt)
                folds[name]["E"] = mixed + (1 - blend) * (ae * folds[name]["E"] + be)
            text_guards = guard_margins(text, "E")
            guards["E"] = [
                (g[0], g[1], blend * (at * t[2] + bt) + (1 - blend) * (ae * g[2] + be))
                for g, t in zip(guards["E"], text_guards, strict=True)
            ]
            cal["E"] = calibration(corpus, folds, "E", False)
    table = base.Folds.__new__(base.Folds)
    table.messages, table.levels, table.margins = corpus.messages, {"unseen": corpus.levels}, folds
    found = [
        base.Guard(
            "",
            ge[0],
            ge[1],
            float(base.sigmoid(np.array(cal["E"][0] * ge[2] + cal["E"][1]))),
            float(base.sigmoid(np.array(cal["H"][0] * gh[2] + cal["H"][1]))),
        )
        for ge, gh in zip(guards["E"], guards["H"], strict=True)
    ]
    print(f"\n== {spec}{f' blended {blend} with the text model' if blend is not None else ''}", flush=True)
    for split in (False, True):
        bars = base.choose(table, cal, False, floor, found, split)
        print(f"  {'two bars' if split else 'one bar '} {variants.pooled(table, cal, bars)}", flush=True)
        if split and show:
            base.table(table, cal, bars, "unseen")


def main() -> None:
    formatter = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=formatter)
    parser.add_argument("variants", nargs="*", default=list(DEFAULT))
    parser.add_argument("--blend", type=float, default=None, help="weight of the text model's E margin")
    parser.add_argument("--floor", type=float, default=base.MIN_PRECISION, help="emergency precision to keep")
    parser.add_argument("--table", action="store_true", help="print the per-file table at the two bars")
    args = parser.parse_args()
    corpus = Corpus()
    for spec in args.variants:
        measure(corpus, spec, args.blend, args.floor, args.table)


if __name__ == "__main__":
    main()
