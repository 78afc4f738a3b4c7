"""Qt Linguist catalogues in tests: what `pyside6-lupdate` finds in the code today, to compare with the
catalogue kept under resources/translations."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest

from ssclient import assets


def lupdate_executable() -> str:
    """pyside6-lupdate beside this Python (the project's .venv), else on PATH; the test fails without it."""
    beside = Path(sys.executable).with_name("pyside6-lupdate")
    root = assets.root()
    found = (
        (str(beside) if beside.exists() else None)
        or shutil.which("pyside6-lupdate", path=str(root / ".venv" / "bin"))
        or shutil.which("pyside6-lupdate")
    )
    if found is None:
        pytest.fail("pyside6-lupdate is missing: it comes with PySide6-Essentials; reinstall with make test")
    return found


def lupdate(sources: Sequence[str], folder: Path) -> Path:
    """A fresh Simplified Chinese catalogue (`folder/fresh.ts`) of the strings in `sources` (paths from
    the project root, .py and .ui), made as the catalogues under resources/translations are."""
    fresh = folder / "fresh.ts"
    subprocess.run(
        [
            lupdate_executable(),
            *sources,
            "-source-language",
            "en",
            "-target-language",
            "zh_CN",
            "-ts",
            str(fresh),
        ],
        cwd=assets.root(),
        check=True,
        capture_output=True,
    )
    return fresh
