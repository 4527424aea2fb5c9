"""Tenth round (issue 11, point 2): the second opinion's training is deterministic, and its
thresholds are chosen among the pairs that raise no hard negative of the round tests above the
level its test allows (tests/triage/data/opinion_hard_negatives.jsonl, read by
bench/train_second_opinion.py). The guard sentences are the round tests' own, not corpus messages."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

import triage
from triage.codes import Urgency

ROOT = Path(__file__).resolve().parents[2]
GUARDS = Path(__file__).parent / "data" / "opinion_hard_negatives.jsonl"


def _guards() -> list[dict[str, str]]:
    return [json.loads(line) for line in GUARDS.read_text(encoding="utf-8").splitlines() if line.strip()]


def _trainer() -> ModuleType:
    path = ROOT / "bench" / "train_second_opinion.py"
    spec = importlib.util.spec_from_file_location("train_second_opinion", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("guard", _guards(), ids=lambda guard: guard["text"][:30])
def test_the_shipped_opinion_raises_no_guard_above_its_level(guard: dict[str, str]) -> None:
    result = triage.analyze(guard["text"])
    assert result.urgency.rank >= Urgency(guard["most"]).rank, result.explanations  # rank 0: emergency


@pytest.mark.parametrize("guard", _guards(), ids=lambda guard: guard["text"][:30])
def test_every_guard_is_a_sentence_of_the_test_it_names(guard: dict[str, str]) -> None:
    path, _, name = guard["test"].partition("::")
    source = (ROOT / path).read_text(encoding="utf-8")
    assert f"def {name}(" in source and guard["text"] in source


def test_the_chooser_skips_a_pair_that_raises_a_guard_above_its_level() -> None:
    trainer = _trainer()
    over = trainer.Guard("a story that is over", "standard", "high", 0.90, 0.50)
    quiet = trainer.Guard("a question", "standard", "standard", 0.10, 0.96)
    bars = trainer.Bars  # (P(E) from standard or low, P(E) from high, P(H))
    assert trainer.breaks([over, quiet], bars(0.85, 0.85, 0.99)) == [over]  # to emergency, at most high
    assert trainer.breaks([over, quiet], bars(0.91, 0.91, 0.99)) == []
    assert trainer.breaks([over, quiet], bars(0.91, 0.91, 0.95)) == [quiet]  # to high, at most standard
    at_high = trainer.Guard("a boss yelling, heard now", "high", "high", 0.93, 0.99)
    assert trainer.breaks([at_high], bars(0.91, 0.95, 0.99)) == []  # from high, the bar from high
    assert trainer.breaks([at_high], bars(0.95, 0.91, 0.99)) == [at_high]


_TRAIN_TWICE = """
import hashlib, json, sys
sys.path.insert(0, sys.argv[1] + "/bench")
import train_second_opinion as t
import numpy as np
import triage
from triage.second_opinion.features import vector
ms = t.load("selfcheck")[:120]
rows = [vector(triage.analyze(m["text"], second_opinion=False), t.WORDS) for m in ms]
tables, biases = t.train(rows, ms)
era = json.loads(t.ERA_LEVELS.read_text())["levels"]
codes = json.loads(t.ERA_CODES.read_text())["codes"]
read = [codes[m["id"]]["needs"] + codes[m["id"]]["indicators"] for m in ms]
stacked = [t.stacked_row(r, era[m["id"]], c) for r, m, c in zip(rows, ms, read)]
columns = np.unique(np.array([i for r in stacked for i in r], dtype=np.int64))
y = t.targets(ms)["E"]
tables["S"], biases["S"] = t.fit(t.Matrix(stacked, columns), y, t.L2["E"], t.POSITIVE_WEIGHT["E"])
digest = hashlib.sha256()
for key in ("E", "H", "S"):
    digest.update(np.round(tables[key], t.DIGITS).astype(np.float32).tobytes())
    digest.update(json.dumps(round(biases[key], 12)).encode())
print(digest.hexdigest())
"""


def test_two_trainings_write_the_same_weights() -> None:
    """Two processes (different string hashing, the threads of the environment) train the same
    weights to the bit: the trainer makes numpy single-threaded itself. The two run side by side
    (each is mostly its imports: 3.5 s)."""
    runs = [
        subprocess.Popen(
            [sys.executable, "-c", _TRAIN_TWICE, str(ROOT)],
            cwd=ROOT,
            env={**os.environ, "PYTHONHASHSEED": seed, "OPENBLAS_NUM_THREADS": threads},
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for seed, threads in (("1", "2"), ("2", "1"))
    ]
    digests = []
    for run in runs:
        out, err = run.communicate(timeout=300)
        assert run.returncode == 0, err
        digests.append(out.strip())
    assert len(digests[0]) == len(hashlib.sha256().hexdigest()) and digests[0] == digests[1]
