"""Run each benchmark's `--help` in this one process, as its docstring's usage line starts it.

    python tests/bench_starts.py path bench/a.py bench/b.py      # run by path: sys.path[0] is bench/
    python tests/bench_starts.py module bench.c bench.d          # run with -m from the project root

Prints one JSON object: for each script, "" when it printed its usage and exited 0, else what
went wrong. One interpreter for all of them: the imports they share are paid once (17
interpreters spent about 25 s of CPU importing the same packages).
"""

from __future__ import annotations

import contextlib
import io
import json
import runpy
import sys
import traceback
from pathlib import Path


def start(kind: str, target: str) -> str:
    """What went wrong starting `target --help`, or "" when it printed its usage and exited 0."""
    output = io.StringIO()
    sys.argv = [target, "--help"]
    try:
        with contextlib.redirect_stdout(output), contextlib.redirect_stderr(output):
            if kind == "path":
                runpy.run_path(target, run_name="__main__")
            else:
                runpy.run_module(target, run_name="__main__", alter_sys=True)
    except SystemExit as stop:
        if stop.code not in (0, None):
            return f"exit {stop.code}: {output.getvalue()[-2000:]}"
    except BaseException:  # the report names any failure
        return traceback.format_exc()[-2000:]
    else:
        return "--help did not exit"
    return "" if "usage:" in output.getvalue() else f"no usage printed: {output.getvalue()[-500:]}"


def main() -> None:
    kind, targets = sys.argv[1], sys.argv[2:]
    root = Path(__file__).resolve().parents[1]
    # As the interpreter sets it: the script's folder, or the current folder for -m.
    sys.path[0] = str(root / "bench") if kind == "path" else str(root)
    print(json.dumps({target: start(kind, target) for target in targets}))


if __name__ == "__main__":
    main()
