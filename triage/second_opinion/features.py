"""The features of one message, as the model reads them: hashed character n-grams of the
redacted text (folded: lower case, no accents, placeholders left out) and the rules' own
findings (level, codes, each danger read with its time and person).

Hashing is `zlib.crc32`, stable across processes and machines, so a model trained once
reads the same buckets everywhere.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterator

from triage.folding import WORD, fold_plain
from triage.result import TriageResult

BITS = 18
SIZE = 1 << BITS
MASK = SIZE - 1
GRAMS = (3, 4, 5)
_PLACEHOLDER = re.compile(r"\[(?:PHONE|EMAIL|PERSON|ADDRESS|ID_NUMBER|PAYMENT|HANDLE|IP)\]")


def folded(text: str) -> str:
    """`text` folded, its placeholders ("[PHONE]") blanked: what the n-grams are read from."""
    return fold_plain(_PLACEHOLDER.sub(" ", text))


def grams(folded_text: str) -> Iterator[tuple[str, int, int]]:
    """Each character n-gram of the words of `folded_text` (each word padded with a space
    either side), with the span of its word: (gram, start, end)."""
    for match in WORD.finditer(folded_text):
        padded = f" {match.group()} "
        for n in GRAMS:
            for at in range(len(padded) - n + 1):
                yield padded[at : at + n], match.start(), match.end()


def rule_names(result: TriageResult) -> list[str]:
    """What the rules said, as feature names."""
    names = [f"u={result.urgency.value}"]
    names.extend(f"i={code.value}" for code in result.indicators)
    names.extend(f"n={code.value}" for code in result.needs)
    names.extend(f"x={code.value}" for code in result.exploitation)
    for reason in result.reasons:
        names.append(f"r={reason.what.value}:{reason.when.value}")
        names.append(f"w={reason.who.value}")
    if "?" in result.redacted or "？" in result.redacted or "؟" in result.redacted:
        names.append("q")
    return names


def bucket(name: str) -> int:
    return zlib.crc32(name.encode("utf-8")) & MASK


def vector(result: TriageResult) -> dict[int, float]:
    """The sparse feature vector: n-grams weigh 1/sqrt(their number), so a long message
    weighs as much as a short one; each rule feature weighs 1."""
    counts: dict[int, float] = {}
    for gram, _, _ in grams(folded(result.redacted)):
        index = zlib.crc32(gram.encode("utf-8")) & MASK
        counts[index] = counts.get(index, 0.0) + 1.0
    scale = 1.0 / (sum(counts.values()) ** 0.5) if counts else 0.0
    features = {index: value * scale for index, value in counts.items()}
    for name in rule_names(result):
        index = bucket("rule:" + name)
        features[index] = features.get(index, 0.0) + 1.0
    return features
