"""The font PDFs are written in: reportlab's built-in Chinese CID font, which needs no font file.

`STSong-Light` is one of the Adobe Asian fonts every PDF reader supplies itself, so the PDF embeds
nothing and the program ships nothing: it works alike from source and from a frozen build. It carries
Latin letters and digits too, so one font serves the whole page.
"""

from __future__ import annotations

import re
from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont

CJK_FONT = "STSong-Light"


@cache
def cjk_font() -> str:
    """Register the font once per process and return its name."""
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
