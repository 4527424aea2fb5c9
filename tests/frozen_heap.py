"""What a test process (or the server zygote) has built and keeps, kept out of the garbage
collector's walks.

CPython's cyclic collector walks every tracked object at each full collection. A pytest worker
holds some 300,000 of them once it has imported the app and collected the tests, and more once
triage's lexicons, the Jinja environments and the route contexts are built; they live to the
end of the process, and each full collection walked them all again (about 0.28 s each:
tests/console spent 4.3 s of its 22 s of CPU in the collector, tests/triage 6.5 s of 66 s).
A `hotline serve` forked from the zygote walked the zygote's whole heap in its first full
collection, while it started (0.45 s of CPU to ready, 0.21 s with the heap frozen).

`freeze_built_heap` collects once, then moves every object still alive into the permanent
generation (`gc.freeze`), which collections skip. Objects made later are collected as before;
a frozen object is still freed when its last reference goes, only a cycle of frozen objects
is never reclaimed. So it is called when what is alive is what the process keeps: after
collection, at the end of each test module (its module fixtures torn down), and in the zygote
before it forks.
"""

from __future__ import annotations

import gc
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the server zygote imports this module without pytest
    import pytest


def freeze_built_heap() -> None:
    gc.collect()
    gc.freeze()


def is_last_of_its_module(item: pytest.Item, nextitem: pytest.Item | None) -> bool:
    return nextitem is None or nextitem.module is not item.module  # type: ignore[attr-defined]
