"""Where `triage.analyze` spends its time, stage by stage, on the messages that
bench/triage_vs_presidio.py times (generated, 260 to 340 characters).

Each stage (a function `triage.analyze` or `triage.scoring.score_tokens` calls, and each
redaction detector) is wrapped with a CPU-time counter; the messages are analysed `--repeats`
times and each stage keeps its smallest total, the repeat least disturbed by other jobs on a
shared machine (the wall clock is no use there: a job put aside counts). A read of the CPU
clock costs about 0.6 us on this machine, so each wrapped call adds about 1.3 us: some 60 calls
a message, counted in the whole and in the "rest" lines of redact and analyze.

    .venv/bin/python bench/triage_stages.py [--synthetic 400] [--seed 7] [--repeats 5]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script from anywhere
    sys.path.insert(0, str(ROOT))

import triage  # noqa: E402
from triage import redaction, scoring  # noqa: E402
from triage.term_matching import TermMatcher  # noqa: E402

# (module, function name, label): the stages of `triage.analyze`, then those of its scoring.
STAGES = [
    *((triage, name, name) for name in ("redact", "tokenize", "find_region", "translit_language")),
    *((triage, name, name) for name in ("detect", "quoted_languages", "score_tokens", "foreign")),
    *((triage, name, name) for name in ("distress", "unread_language", "with_second_opinion")),
    (triage, "with_late_signs", "with_late_signs"),
    (scoring, "read_danger", "score_tokens: danger reading"),
    (scoring, "_late_signs", "score_tokens: late signs"),
    (scoring, "_minor_age", "score_tokens: minor ages"),
    (scoring, "_composed_signs", "score_tokens: pay, hours, documents"),
    (scoring, "_danger", "score_tokens: danger level"),
    (scoring, "with_concepts", "score_tokens: concepts"),
]
_LEXICONS = "score_tokens: lexicon matchers"


def _timed(function: Callable[..., Any], label: str, spent: dict[str, int]) -> Callable[..., Any]:
    def timed(*args: Any, **kwargs: Any) -> Any:
        start = time.process_time_ns()
        try:
            return function(*args, **kwargs)
        finally:
            spent[label] += time.process_time_ns() - start

    return timed


def _listed(function: Callable[..., Iterable[Any]]) -> Callable[..., list[Any]]:
    """`function`, its results read to the end: a detector that yields is timed as it runs."""
    return lambda *args: list(function(*args))


def instrument(spent: dict[str, int]) -> None:
    """Wrap every stage of `STAGES`, the lexicon matchers and each redaction detector with a
    counter into `spent`."""
    for module, name, label in STAGES:
        setattr(module, name, _timed(getattr(module, name), label, spent))
    redaction._LAYERS = tuple(
        (kind, tuple(_timed(_listed(d), f"redact: {d.__name__}", spent) for d in detectors))
        for kind, detectors in redaction._LAYERS
    )
    for name in ("find_phones", "find_spelled_phones", "find_hidden_names", "find_names"):
        setattr(redaction, name, _timed(_listed(getattr(redaction, name)), f"redact: {name}", spent))
    for name in ("unobfuscate", "with_house_numbers"):
        setattr(redaction, name, _timed(getattr(redaction, name), f"redact: {name}", spent))
    TermMatcher.find_tokens = _timed(TermMatcher.find_tokens, _LEXICONS, spent)  # type: ignore[method-assign]


def stage_times(texts: list[str], repeats: int) -> dict[str, float]:
    """Microseconds per message of each stage (and of the whole), the least of `repeats` runs."""
    spent: dict[str, int] = defaultdict(int)
    instrument(spent)
    for text in texts:
        triage.analyze(text)
    best: dict[str, int] = {}
    for _ in range(repeats):
        spent.clear()
        start = time.process_time_ns()
        for text in texts:
            triage.analyze(text)
        spent["analyze (whole)"] = time.process_time_ns() - start
        for label, total in spent.items():
            best[label] = min(best.get(label, total), total)
    times = {label: total / len(texts) / 1e3 for label, total in best.items()}
    inside = sum(t for label, t in times.items() if label.startswith("score_tokens:"))
    times["score_tokens: the rest (rules fired, explanations)"] = times["score_tokens"] - inside
    times["redact: the rest (hints, masks, joins)"] = times["redact"] - sum(
        t for label, t in times.items() if label.startswith("redact:")
    )
    outside = sum(t for label, t in times.items() if ":" not in label and label != "analyze (whole)")
    times["analyze: the rest"] = times["analyze (whole)"] - outside
    return times


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--synthetic", type=int, default=400)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT / "bench"))
    from triage_vs_presidio import synthetic

    texts = [m.text for m in synthetic(args.synthetic, args.seed) if 260 <= len(m.text) <= 340]
    times = stage_times(texts, args.repeats)
    whole = times["analyze (whole)"]
    load = Path("/proc/loadavg").read_text().split()[0] if Path("/proc/loadavg").exists() else "?"
    print(f"{len(texts)} messages, microseconds each, least of {args.repeats} runs (load average {load})")
    for label, value in sorted(times.items(), key=lambda item: -item[1]):
        print(f"{value:9.1f}  {value / whole:6.1%}  {label}")


if __name__ == "__main__":
    main()
