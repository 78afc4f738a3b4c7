"""Read a personnel spreadsheet (.csv or .xlsx) into DeclarationLines, row by row.

One reader for `ssclient check` and for the GUI import: rows come one at a time with the row number the
spreadsheet shows (the header is row 1; blank rows are skipped but still counted), a progress callback and
a cancel check, so a long import can run off the GUI thread. A file that cannot be used raises
UnusableFile with a one-line reason; a problem of one cell becomes a Finding on that row.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Protocol, Self

from ssclient.domain.declaration import DeclarationLine
from ssclient.domain.enums import DeclarationType
from ssclient.domain.findings import Finding
from ssclient.domain.identity import normalize_id_number
from ssclient.io.cells import (
    FOLDED_FIELDS,
    FULL_WIDTH,
    WHITESPACE,
    cell_finding,
    clean_text,
    column_letter,
    text_problem,
    value_text,
)
from ssclient.io.columns import COLUMN_BY_FIELD, OPTIONAL, READ_IF_PRESENT, REQUIRED, field_for_header
from ssclient.io.csv_source import CsvSource
from ssclient.io.errors import ReadCancelled, UnusableFile
from ssclient.io.filetype import Kind, sniff
from ssclient.io.xlsx_source import HEADER_SEARCH_ROWS, Merge, open_workbook

# More rows than any unit declares at once; beyond it the file is refused (split it).
MAX_ROWS = 200_000
# `ssclient check` only reports, keeping no lines: it reads a whole city's list (a CSV read piece by piece).
CHECK_MAX_ROWS = 1_000_000
# Progress is reported, and Cancel looked at, every this many rows.
PROGRESS_EVERY = 500

# progress(rows read so far, the row count the file announces — an estimate, 0 when unknown)
Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


@dataclass(slots=True)
class SheetRow:
    """One row of people data. `findings` are problems of the cells themselves (a formula without a
    result, an ID number stored as a number); their fields are line fields such as ``id_number``."""

    number: int
    line: DeclarationLine
    findings: list[Finding] = field(default_factory=list)


# (row number as the spreadsheet shows it, cell values, cell formulas or None when the sheet has none)
RawRow = tuple[int, Sequence[object], Sequence[object] | None]


class RowSource(Protocol):
    """A file's raw rows: CsvSource, CalamineSource, XlsxSource, or a reader process's (ssclient.io.reader_process)."""

    @property
    def name(self) -> str: ...

    @property
    def estimated_rows(self) -> int:
        """The row count the file announces (an estimate for progress; 0 when unknown)."""

    @property
    def merges(self) -> Sequence[Merge]:
        """Merged ranges of the sheet: the cells they hide are empty in the file."""

    @property
    def text_only(self) -> bool:
        """Every cell is text (CSV): the quicker conversion applies."""

    def rows(self) -> Generator[RawRow, None, None]: ...

    def close(self) -> None: ...


def column_label(columns: dict[str, tuple[int, str]], field_name: str) -> str:
    """The column as the file names it (its header text), for reports; the template's name for a field
    the file has no column for."""
    if field_name in columns:
        return columns[field_name][1]
    column = COLUMN_BY_FIELD.get(field_name)
    return column.chinese if column else field_name


def header_score(row: Sequence[object]) -> int:
    """How many cells of a row are headers this program knows."""
    return sum(1 for cell in row if isinstance(cell, str) and field_for_header(cell) is not None)


def open_spreadsheet(
    path: Path | str, kind: DeclarationType = DeclarationType.ADD, *, max_rows: int | None = None
) -> Spreadsheet:
    """Open a sheet for reading; raises UnusableFile when it cannot be used. More than `max_rows` rows
    (default MAX_ROWS) are refused."""
    return Spreadsheet(Path(path), kind, max_rows=max_rows)


def open_source(path: Path) -> RowSource:
    """The raw rows of a .csv or .xlsx file, by what the file is, not by its name's ending."""
    return CsvSource(path) if sniff(path) is Kind.CSV else open_workbook(path, header_score)


class Spreadsheet:
    """A personnel sheet: its header found, its columns mapped, its rows made into lines. The raw rows come
    from the file (`open_source`) or from a `source` given, such as a reader process's."""

    def __init__(
        self,
        path: Path,
        kind: DeclarationType = DeclarationType.ADD,
        source: RowSource | None = None,
        *,
        max_rows: int | None = None,
        columns: dict[str, tuple[int, str]] | None = None,
    ) -> None:
        """Given `columns` (another Spreadsheet's, of the same file), the rows have no header: they are a
        later part of the file (ssclient.io.check_parts)."""
        self.path = path
        self.max_rows = max_rows if max_rows is not None else MAX_ROWS
        self.name = path.name
        self.kind = kind
        self._source = source if source is not None else open_source(path)
        try:
            self._raw = self._source.rows()
            if columns is not None:
                self.header_row, self.columns = 0, columns
            else:
                self.header_row, header = self._find_header()
                # field → (column index, header text as the file writes it)
                self.columns = self._map_columns(header)
        except BaseException:
            self.close()
            raise
        self.estimated_rows = self._source.estimated_rows
        self._rows_read = False

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        raw = getattr(self, "_raw", None)
        if raw is not None:
            raw.close()
        self._source.close()

    def column_label(self, field_name: str) -> str:
        return column_label(self.columns, field_name)

    def rows(
        self, progress: Progress | None = None, cancelled: Cancelled | None = None
    ) -> Iterator[SheetRow]:
        """Every non-blank row after the header, in order. Raises ReadCancelled when `cancelled()` turns
        true, and UnusableFile when the file has no rows or too many. A sheet is read once."""
        if self._rows_read:
            raise RuntimeError("a Spreadsheet's rows are read once; open the file again to read it again")
        self._rows_read = True
        wanted = [(name, index) for name, (index, _) in self.columns.items()]
        merges = self._source.merges
        text_only = self._source.text_only
        found = 0
        for number, values, formulas in self._raw:
            if number % PROGRESS_EVERY == 0:
                if cancelled is not None and cancelled():
                    raise ReadCancelled
                if progress is not None:
                    progress(number, self.estimated_rows)
            if formulas is not None or merges:
                row = _make_row(number, values, formulas, wanted, merges)
            elif text_only:
                row = _text_row(number, values, wanted)  # type: ignore[arg-type]
            else:
                row = _value_row(number, values, wanted)
            if row is not None:
                found += 1
                # Only rows with something in them count: empty formatted rows are no people.
                if found > self.max_rows:
                    raise UnusableFile("FILE_TOO_MANY_ROWS", name=self.name, limit=self.max_rows)
                yield row
        if progress is not None:
            progress(self.estimated_rows, self.estimated_rows)
        if not found:
            raise UnusableFile("FILE_NO_ROWS", name=self.name)

    def _find_header(self) -> tuple[int, Sequence[object]]:
        """The first row naming two known columns within the first rows (a title may sit above it), else
        the first non-blank row."""
        first: tuple[int, Sequence[object]] | None = None
        for number, values, _ in self._raw:
            if not _is_blank(values):
                if header_score(values) >= 2:
                    return number, values
                first = first or (number, values)
            if number >= HEADER_SEARCH_ROWS:
                break
        if first is None:
            raise UnusableFile("FILE_EMPTY", name=self.name)
        return first

    def _map_columns(self, header: Sequence[object]) -> dict[str, tuple[int, str]]:
        columns: dict[str, tuple[int, str]] = {}
        usable = set(REQUIRED[self.kind]) | set(OPTIONAL[self.kind]) | set(READ_IF_PRESENT[self.kind])
        for index, cell in enumerate(header):
            if not isinstance(cell, str):
                continue
            name = field_for_header(cell)
            if name is None or name not in usable:
                continue
            if name in columns:
                cells = f"{column_letter(columns[name][0])}, {column_letter(index)}"
                raise UnusableFile("FILE_COLUMN_TWICE", name=self.name, column=cell.strip(), cells=cells)
            columns[name] = (index, cell.strip())
        missing = [COLUMN_BY_FIELD[f].label for f in REQUIRED[self.kind] if f not in columns]
        if missing:
            raise UnusableFile("FILE_COLUMNS_MISSING", name=self.name, columns=", ".join(missing))
        return columns


def _line(texts: dict[str, str]) -> DeclarationLine:
    # Only text fields are ever given, so the constructor's typed extras keep their defaults.
    return DeclarationLine(**texts)  # type: ignore[arg-type]


def _text_row(number: int, values: list[str], wanted: list[tuple[str, int]]) -> SheetRow | None:
    """_make_row for a row of text cells (CSV): the same result with less work per cell."""
    width = len(values)
    texts = {
        name: text for name, index in wanted if index < width and (text := values[index].strip(WHITESPACE))
    }
    return _finish_row(number, texts, []) if texts else None


def _value_row(number: int, values: Sequence[object], wanted: list[tuple[str, int]]) -> SheetRow | None:
    """_make_row for a workbook row when the sheet has no formulas and no merged cells."""
    width = len(values)
    texts: dict[str, str] = {}
    findings: list[Finding] = []
    for name, index in wanted:
        value = values[index] if index < width else None
        if value is None:
            continue
        if type(value) is str:
            text = value.strip(WHITESPACE)
        else:
            text, problem = value_text(name, value)
            if problem is not None:
                findings.append(problem)
        if text:
            texts[name] = text
    if not texts and not findings:
        return None
    return _finish_row(number, texts, findings)


def _finish_row(number: int, texts: dict[str, str], findings: list[Finding]) -> SheetRow:
    """Normalize trimmed text cells and note what their text shows went wrong (see cells.text_problem)."""
    raw_id = texts.get("id_number")
    if raw_id is not None:
        texts["id_number"] = normalize_id_number(raw_id)  # clean_text's, called for every row
        # text_problem finds nothing in a number without these (the usual case: one look, no call).
        if "E" in raw_id or "e" in raw_id or "#" in raw_id:
            problem = text_problem("id_number", raw_id)
            if problem is not None and all(f.field != "id_number" for f in findings):
                findings.append(problem)
    # One look at the whole row decides whether any cell needs more than trimming.
    joined = "".join(texts.values())
    if FULL_WIDTH.search(joined):
        for name in FOLDED_FIELDS.intersection(texts):
            texts[name] = clean_text(name, texts[name])
    if "#" in joined:
        for name, text in texts.items():
            problem = text_problem(name, text) if name != "id_number" else None
            if problem is not None:
                findings.append(problem)
    return SheetRow(number, _line(texts), findings)


def _make_row(
    number: int,
    values: Sequence[object],
    formulas: Sequence[object] | None,
    wanted: list[tuple[str, int]],
    merges: Sequence[Merge],
) -> SheetRow | None:
    texts: dict[str, str] = {}
    findings: list[Finding] = []
    width = len(values)
    for name, index in wanted:
        value = values[index] if index < width else None
        problem: Finding | None = None
        if type(value) is str:
            # The common case, and all of CSV: this loop runs for every cell, so test cheaply first.
            text = value.strip(WHITESPACE)
            if text and ((name in FOLDED_FIELDS and not text.isascii()) or name == "id_number"):
                text = clean_text(name, text)
            if text and (name == "id_number" or "#" in text):
                problem = text_problem(name, value)
        else:
            text, problem = value_text(name, value)
        if formulas is not None:
            problem = problem or _formula_problem(name, value, text, formulas, index)
        if not text and merges:
            problem = problem or _merge_problem(name, number, index, merges)
        if text:
            texts[name] = text
        if problem is not None:
            findings.append(problem)
    if not texts and not findings:
        return None
    return SheetRow(number, _line(texts), findings)


def _formula_problem(
    name: str, value: object, text: str, formulas: Sequence[object], index: int
) -> Finding | None:
    formula = formulas[index] if index < len(formulas) else None
    if formula is None or (isinstance(formula, str) and not formula.startswith("=")):
        return None
    formula_text = formula if isinstance(formula, str) else str(getattr(formula, "text", "") or "")
    if value is None:
        return cell_finding("CELL_FORMULA_NO_VALUE", name, formula=formula_text[:60])
    return cell_finding("CELL_FORMULA_VALUE", name, value=text)


def _merge_problem(name: str, row: int, index: int, merges: Sequence[Merge]) -> Finding | None:
    for merge in merges:
        if merge.hides(row, index + 1):
            return cell_finding("CELL_MERGED", name, range=merge.text)
    return None


def _is_blank(values: Sequence[object]) -> bool:
    return all(v is None or (isinstance(v, str) and not v.strip()) for v in values)
