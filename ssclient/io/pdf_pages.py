"""Page footers that say how many pages there are ("page 3 of 59"): the receipt of a 2,000-person record
prints on 59 sheets, and the last line of each tells whether the stack is whole.

reportlab draws a page's footer as the page ends, before anyone knows how many follow. The canvas made here
keeps each finished page until the document is saved, then draws every footer knowing the total: the way
the ReportLab user guide numbers "page x of y" (a canvas whose showPage defers and save finishes)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.pdfgen.canvas import Canvas

# Draws one page's footer: the canvas on that page, and how many pages the document has.
Footer = Callable[[Canvas, int], None]


def counting_canvas(footer: Footer) -> type[Canvas]:
    """A canvas class for `BaseDocTemplate.build(canvasmaker=...)` whose pages get `footer`'s footer."""

    class CountingCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._finished: list[dict[str, Any]] = []

        def showPage(self) -> None:
            # The page as drawn so far, its footer still to come; a new page starts.
            self._finished.append(dict(self.__dict__))
            self._startPage()  # type: ignore[attr-defined]  # reportlab's own, missing from its stubs

        def save(self) -> None:
            pages = len(self._finished)
            for page in self._finished:
                self.__dict__.update(page)
                footer(self, pages)
                super().showPage()
            super().save()

    return CountingCanvas
