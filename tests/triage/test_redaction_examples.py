"""Every example of ../shared/data/triage_examples.jsonl: each planted value gone, each keep
item still there, the region found; scored per PII type (printed with -s)."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

from tests.triage.leaks import leaked, load_examples
from triage.places import find_region
from triage.redaction import redact

EXAMPLES = load_examples()


@pytest.mark.parametrize("example", EXAMPLES, ids=[e["id"] for e in EXAMPLES])
def test_example(example: dict[str, Any]) -> None:
    text = example["text"]
    redacted, entities = redact(text)
    for pii in example["pii"]:
        assert not leaked(text, redacted, entities, pii["text"]), (pii["type"], redacted)
    for item in example["keep"]:
        assert item in redacted, (item, redacted)
    assert find_region(text) == example["region"]


def test_entities_are_sorted_disjoint_offsets_that_rebuild_the_output() -> None:
    for example in EXAMPLES:
        text = example["text"]
        redacted, entities = redact(text)
        rebuilt, cursor = [], 0
        for entity in entities:
            assert cursor <= entity.start < entity.end <= len(text)
            rebuilt += [text[cursor : entity.start], f"[{entity.type.value}]"]
            cursor = entity.end
        assert "".join([*rebuilt, text[cursor:]]) == redacted


def test_scores_per_type_meet_the_targets() -> None:
    planted: Counter[str] = Counter()
    leaks: Counter[str] = Counter()
    kept = total_keep = 0
    for example in EXAMPLES:
        text = example["text"]
        redacted, entities = redact(text)
        for pii in example["pii"]:
            planted[pii["type"]] += 1
            leaks[pii["type"]] += leaked(text, redacted, entities, pii["text"])
        total_keep += len(example["keep"])
        kept += sum(item in redacted for item in example["keep"])
    print()
    for kind in sorted(planted):
        print(f"  {kind:<10} {planted[kind]:>3} planted, {leaks[kind]:>2} leaked")
    print(f"  keep       {kept}/{total_keep} kept")
    for kind in ("PHONE", "EMAIL", "PAYMENT", "ID_NUMBER", "IP"):
        assert leaks[kind] == 0, kind
    for kind in ("PERSON", "ADDRESS"):
        assert leaks[kind] < 0.1 * planted[kind], kind
    assert kept >= 0.95 * total_keep


def test_same_input_same_output() -> None:
    text = EXAMPLES[18]["text"]
    assert redact(text) == redact(text)
