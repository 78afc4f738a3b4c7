"""`make bench`: run every bench/bench_*.py in turn; each prints its own figures and targets."""

from __future__ import annotations

import importlib
import pkgutil
import sys
import time
from pathlib import Path


def main() -> int:
    folder = Path(__file__).parent
    names = sorted(m.name for m in pkgutil.iter_modules([str(folder)]) if m.name.startswith("bench_"))
    only = sys.argv[1:]
    failed = 0
    for name in names:
        if only and not any(word in name for word in only):
            continue
        print(f"== {name}", flush=True)
        started = time.perf_counter()
        module = importlib.import_module(f"bench.{name}")
        try:
            module.main()
        except Exception as exc:  # one broken benchmark must not hide the others' figures
            failed += 1
            print(f"   FAILED: {type(exc).__name__}: {exc}", flush=True)
        print(f"   ({time.perf_counter() - started:.1f} s)", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
