"""The font PDFs are written in: reportlab's built-in Chinese CID font, which needs no font file.

`STSong-Light` is one of the Adobe Asian fonts every PDF reader supplies itself, so the PDF embeds
nothing and the program ships nothing: it works alike from source and from a frozen build. It carries
Latin letters and digits too, so one font serves the whole page.
"""

from __future__ import annotations

from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont

CJK_FONT = "STSong-Light"


@cache
def cjk_font() -> str:
    """Register the font once per process and return its name."""
    pdfmetrics.registerFont(UnicodeCIDFont(CJK_FONT))
    return CJK_FONT
