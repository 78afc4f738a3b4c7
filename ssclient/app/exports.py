"""Export a query's whole result (every page, not only the rows a window has loaded) to .xlsx or .csv.

Qt-free: a window runs `export_pages` on a worker thread (gui.workers) and shows its progress. The
table's cells are what the window shows, except that amounts are numbers a spreadsheet can sum and
identifier columns (ColumnKind.IDENTIFIER) stay text in Excel (see ssclient.io.export).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TypeVar

from ssclient.io.atomic import WRITE_CONTEXT, WRITE_MESSAGES, Progress, WriteError
from ssclient.io.export import CellValue, ColumnKind, Table, export_table
from ssclient.io.messages import Translate, english, render_text

__all__ = [
    "CellValue",
    "ColumnKind",
    "PageSource",
    "Progress",
    "Table",
    "Translate",
    "WriteError",
    "export_pages",
    "export_table",
    "write_error_text",
]

T = TypeVar("T")

# A page source: (offset, limit) → (rows, total number of matching rows). Runs on a worker thread.
PageSource = Callable[[int, int], tuple[Sequence[T], int]]


def write_error_text(error: WriteError, tr: Translate = english) -> str:
    """Why a file was not written, in the language `tr` speaks."""
    return render_text(WRITE_CONTEXT, WRITE_MESSAGES[error.code], tr, **error.params)


def export_pages(
    source: PageSource[T],
    cells: Callable[[T], Sequence[CellValue]],
    path: Path,
    *,
    headers: Sequence[str],
    kinds: Sequence[ColumnKind] = (),
    title: str = "Sheet1",
    page_size: int = 1000,
    progress: Progress | None = None,
    between_pages: Callable[[], None] = lambda: None,
) -> int:
    """Write every row of `source`, each as `cells(row)`, to `path`; returns the number of rows.

    Raises WriteError when the file cannot be written (nothing is left behind). `progress` and
    `between_pages` may raise to abandon the export (a Cancel); the file is then not written either.
    """
    first, total = source(0, page_size)

    def rows() -> Iterator[Sequence[CellValue]]:
        page: Sequence[T] = first
        offset = 0
        while page:
            for row in page:
                yield cells(row)
            offset += len(page)
            if offset >= total:
                return
            between_pages()
            page, _ = source(offset, page_size)

    export_table(Table(headers, rows(), title=title, row_count=total, kinds=kinds), path, progress)
    return total
