"""Where the benchmarks keep the files they generate: outside the source tree, made once and reused."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs


def data_dir() -> Path:
    """$SSCLIENT_BENCH_DATA, else the user's cache folder (~/.cache/ssclient-bench on Linux)."""
    chosen = os.environ.get("SSCLIENT_BENCH_DATA")
    folder = Path(chosen) if chosen else platformdirs.user_cache_path("ssclient-bench")
    folder.mkdir(parents=True, exist_ok=True)
    return folder
