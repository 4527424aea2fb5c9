"""Train the Latin-script language model (`triage/latin_languages.py`) on the team's corpus,
measure it leave-one-file-out, and write `triage/data/latin_languages.tsv`:

    .venv/bin/python bench/train_latin_languages.py             # LOFO figures, then write the table
    .venv/bin/python bench/train_latin_languages.py --no-write  # the figures only

A message is trained on as `analyze` reads it: redacted, its placeholders blanked, when most
of its letters are Latin, under its labelled language; a language with fewer than 30 such
messages is left out (its marker words still count in triage/language.py). For each language
the TOP most frequent pieces (three-letter pieces and whole words, see `features`) are kept;
each kept piece gets every language's -log P(piece | language) with add-one smoothing, in
eighths of a nat (one byte, at most 255). Deterministic: two runs write the same file.
"""

from __future__ import annotations

import argparse
import collections
import json
import math
import re
from pathlib import Path

from triage.latin_languages import LatinModel, features
from triage.redaction import redact

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "triage" / "data" / "corpus"
OUTPUT = ROOT / "triage" / "data" / "latin_languages.tsv"
TOP = 2000
MIN_MESSAGES = 30
_PLACEHOLDER = re.compile(r"\[[A-Z_]+\]")
_LATIN = re.compile(r"[A-Za-z\u00C0-\u024F\u1E00-\u1EFF]")
_LETTER = re.compile(r"[^\W\d_]")


def corpus() -> list[tuple[str, str, str]]:
    """(file, language, text as `analyze` reads it) of the corpus's Latin-script messages."""
    rows = []
    for path in sorted(CORPUS.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            message = json.loads(line)
            text = message["text"]
            if len(_LATIN.findall(text)) <= 0.6 * max(1, len(_LETTER.findall(text))):
                continue
            rows.append((path.name, message["language"], _PLACEHOLDER.sub(" ", redact(text)[0])))
    return rows


def train(rows: list[tuple[str, str, str]], languages: tuple[str, ...]) -> LatinModel:
    counts = {code: collections.Counter[str]() for code in languages}
    for _, code, text in rows:
        if code in counts:
            counts[code].update(features(text))
    kept = sorted({piece for counter in counts.values() for piece, _ in counter.most_common(TOP)})
    totals = {code: sum(counter.values()) + len(kept) for code, counter in counts.items()}
    table = {
        piece: bytes(
            min(255, round(-math.log((counts[code][piece] + 1) / totals[code]) * 8)) for code in languages
        )
        for piece in kept
    }
    return LatinModel(languages, table)


def leave_one_file_out(rows: list[tuple[str, str, str]], languages: tuple[str, ...]) -> None:
    right = collections.Counter[bool]()
    short = collections.Counter[bool]()
    for name in sorted({row[0] for row in rows}):
        model = train([row for row in rows if row[0] != name], languages)
        for file, code, text in rows:
            if file != name or code not in languages:
                continue
            ranked = model.ranked(text)
            hit = bool(ranked) and ranked[0][1] == code
            right[hit] += 1
            if len(text.split()) <= 8:
                short[hit] += 1
    print(
        f"leave-one-file-out: {right[True]} of {sum(right.values())} right "
        f"({right[True] / sum(right.values()):.4f}); eight words or fewer: {short[True]} of "
        f"{sum(short.values())} ({short[True] / sum(short.values()):.4f})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-write", action="store_true", help="print the figures only")
    arguments = parser.parse_args()
    rows = corpus()
    sizes = collections.Counter(code for _, code, _ in rows)
    languages = tuple(sorted(code for code, size in sizes.items() if size >= MIN_MESSAGES))
    print(f"{len(rows)} messages; languages: {' '.join(languages)}")
    leave_one_file_out(rows, languages)
    if arguments.no_write:
        return
    model = train(rows, languages)
    lines = ["languages\t" + "\t".join(languages)]
    lines += [f"{piece}\t{values.hex()}" for piece, values in model.table.items()]
    OUTPUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {OUTPUT.relative_to(ROOT)}: {len(model.table)} pieces")


if __name__ == "__main__":
    main()
