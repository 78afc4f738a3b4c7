"""The import window speaks Simplified Chinese: its catalogue knows every string, all finished, compiled."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from ssclient import assets
from tests.support.translations import lupdate

CATALOGUE = assets.resource("translations", "imports_zh_CN.ts")


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
    root = assets.root()
    sources = sorted(str(p.relative_to(root)) for p in (root / "ssclient" / "gui" / "imports").glob("*.py"))
    fresh = lupdate([*sources, "ui/import_dialog.ui"], tmp_path)
    assert _keys(fresh) == _keys(CATALOGUE), "run pyside6-lupdate for imports_zh_CN.ts and translate"
