"""The import window speaks Simplified Chinese: its catalogue knows every string, all finished, compiled."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from ssclient import assets

CATALOGUE = assets.resource("translations", "imports_zh_CN.ts")


def _lupdate() -> str | None:
    root = assets.root()
    return shutil.which("pyside6-lupdate", path=str(root / ".venv" / "bin")) or shutil.which(
        "pyside6-lupdate"
    )


def _keys(path: Path) -> set[tuple[str, str]]:
    return {
        (context.findtext("name", ""), message.findtext("source", ""))
        for context in ET.parse(path).getroot().iter("context")
        for message in context.iter("message")
    }


def test_no_unfinished_chinese_entries() -> None:
    messages = list(ET.parse(CATALOGUE).iter("message"))
    assert messages
    unfinished = [m.findtext("source") for m in messages if m.find("translation").get("type")]  # type: ignore[union-attr]
    assert unfinished == []


def test_the_catalogue_knows_every_string_of_the_import_window(tmp_path: Path) -> None:
    lupdate = _lupdate()
    if lupdate is None:
        pytest.fail("pyside6-lupdate is missing: it comes with PySide6-Essentials; reinstall with make test")
    root = assets.root()
    sources = sorted(str(p.relative_to(root)) for p in (root / "ssclient" / "gui" / "imports").glob("*.py"))
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [lupdate, *sources, "ui/import_dialog.ui", "-ts", str(fresh)],
        cwd=root,
        check=True,
        capture_output=True,
    )
    assert _keys(fresh) == _keys(CATALOGUE), "run pyside6-lupdate for imports_zh_CN.ts and translate"
