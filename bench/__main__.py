"""`make bench`: run every bench/bench_*.py in turn; each prints its own figures and targets.

Each benchmark runs in a fresh interpreter of its own, as the program does: one that ran after the others
in a shared process would pay for their leftovers (a collector walking their objects, a child process
inheriting their memory high-water mark) and print figures the program does not have.
"""

from __future__ import annotations

import importlib
import os
import pkgutil
import subprocess
import sys
import time
from pathlib import Path

ONE = "--one"  # run the named benchmark in this process (what each fresh interpreter is asked to do)
# The machine's own speed, printed first: the same code gives other figures on a slower or busier machine,
# and this says which kind of machine the figures below come from.
REFERENCE_ADDITIONS = 10_000_000
REFERENCE_RUNS = 3


def run_one(name: str) -> int:
    module = importlib.import_module(f"bench.{name}")
    try:
        module.main()
    except Exception as exc:  # one broken benchmark must not hide the others' figures
        print(f"   FAILED: {type(exc).__name__}: {exc}", flush=True)
        return 1
    return 0


def main() -> int:
    if sys.argv[1:2] == [ONE]:
        return run_one(sys.argv[2])
    folder = Path(__file__).parent
    names = sorted(m.name for m in pkgutil.iter_modules([str(folder)]) if m.name.startswith("bench_"))
    only = sys.argv[1:]
    print(_machine_reference(), flush=True)
    failed = 0
    for name in names:
        if only and not any(word in name for word in only):
            continue
        print(f"== {name}", flush=True)
        started = time.perf_counter()
        failed += subprocess.run([sys.executable, "-m", "bench", ONE, name], check=False).returncode != 0
        print(f"   ({time.perf_counter() - started:.1f} s)", flush=True)
    return 1 if failed else 0


def _machine_reference() -> str:
    """One line: how long a plain Python loop takes here (the fastest of a few runs), and the load now."""
    fastest = min(_reference_loop_seconds() for _ in range(REFERENCE_RUNS))
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return (
        f"== this machine: a Python loop of {REFERENCE_ADDITIONS:,} additions takes {fastest:.2f} s "
        f"(fastest of {REFERENCE_RUNS}; a slower machine gives slower figures below); "
        f"{os.cpu_count()} cores, load average {load:.1f}"
    )


def _reference_loop_seconds() -> float:
    started = time.perf_counter()
    total = 0
    for number in range(REFERENCE_ADDITIONS):
        total += number
    return time.perf_counter() - started


if __name__ == "__main__":
    sys.exit(main())
