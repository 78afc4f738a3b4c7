"""The PDF font: the first Chinese TrueType font of the system that can be embedded."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from ssclient.io import pdf_fonts


@pytest.fixture
def fresh_font_choice() -> Iterator[None]:
    pdf_fonts.cjk_font.cache_clear()
    yield
    pdf_fonts.cjk_font.cache_clear()


@pytest.mark.usefixtures("fresh_font_choice")
def test_fonts_missing_or_not_embeddable_are_passed_over(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    installed = [path for path in pdf_fonts.font_candidates() if path.is_file()]
    assert installed, "the build machine has fonts-wqy-microhei (README, .ci/run)"
    postscript = tmp_path / "NotoSansCJK-Regular.otf"
    postscript.write_bytes(b"OTTO" + bytes(200))  # PostScript outlines: reportlab cannot embed them
    candidates = [tmp_path / "msyh.ttc", postscript, *installed]
    monkeypatch.setattr(pdf_fonts, "font_candidates", lambda: candidates)

    assert pdf_fonts.cjk_font() == pdf_fonts.EMBEDDED_FONT


@pytest.mark.usefixtures("fresh_font_choice")
@pytest.mark.allow_log_warnings  # no Chinese font at all is worth a warning in the log
def test_without_any_font_the_reader_supplied_one_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf_fonts, "font_candidates", lambda: [])
    assert pdf_fonts.cjk_font() == pdf_fonts.CJK_FONT
