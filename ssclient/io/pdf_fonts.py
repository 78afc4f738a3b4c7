"""The font PDFs are written in: a Chinese TrueType font of the system, embedded (the glyphs used only).

Embedding makes a receipt or statement print the same everywhere: a PDF that only names a font leaves the
reader to substitute one, and readers without Adobe's Asian font pack drew "·" as "�". The program
ships no font (a CJK font is several megabytes); it takes the first one it finds of those Windows and
the Debian-family distributions install (Microsoft YaHei, SimSun, SimHei; WenQuanYi Micro Hei / Zen Hei,
AR PL UMing: the .deb depends on one of them). Only TrueType outlines can be embedded by reportlab, so
Noto Sans CJK (PostScript outlines) is skipped. When none is there, `STSong-Light` — one of the Adobe
Asian fonts a reader supplies itself — is named instead, as before.
"""

from __future__ import annotations

import logging
import os
import re
from functools import cache
from pathlib import Path

from reportlab import rl_config
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFError, TTFont

log = logging.getLogger(__name__)

# The program's PDFs are files, never sent through a 7-bit channel: their streams are compressed, not also
# armoured in ASCII85 as reportlab does by default, which made them a fifth bigger and was half the time of
# saving 10,000 statements. Every PDF writer takes its font from here, so this is set before any is written.
rl_config.useA85 = 0

CJK_FONT = "STSong-Light"
EMBEDDED_FONT = "SSClientCJK"

_WINDOWS_FONTS = ("msyh.ttc", "simsun.ttc", "simhei.ttf")
_UNIX_FONTS = (
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/truetype/arphic/uming.ttc",
)


def font_candidates() -> list[Path]:
    """The font files tried, in order."""
    windows = Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"
    return [windows / name for name in _WINDOWS_FONTS] + [Path(name) for name in _UNIX_FONTS]


@cache
def cjk_font() -> str:
    """Register the font once per process and return its name: an embedded system font when one is
    found, otherwise the reader-supplied CID font."""
    for path in font_candidates():
        if not path.is_file():
            continue
        try:
            pdfmetrics.registerFont(TTFont(EMBEDDED_FONT, str(path), subfontIndex=0))
        except (TTFError, OSError) as error:  # PostScript outlines, no embedding allowed, unreadable
            log.info("font %s cannot be embedded: %s", path, error)
            continue
        return EMBEDDED_FONT
    log.warning("no Chinese TrueType font found; PDFs name %s without embedding it", CJK_FONT)
    pdfmetrics.registerFont(UnicodeCIDFont(CJK_FONT))
    return CJK_FONT


# A Latin word with the spaces after it, or any other single character (CJK text breaks anywhere).
_TOKENS = re.compile(r"[\x21-\x7e]+\s*|\s+|.")


def wrap_text(text: str, width: float, font: str, size: float) -> list[str]:
    """Break `text` into lines no wider than `width` points: between Latin words, or between CJK characters."""
    lines: list[str] = []
    current = ""
    for token in _TOKENS.findall(text):
        if current and pdfmetrics.stringWidth((current + token).rstrip(), font, size) > width:
            lines.append(current.rstrip())
            current = token.lstrip()
        else:
            current += token
    if current.strip() or not lines:
        lines.append(current.rstrip())
    return lines
