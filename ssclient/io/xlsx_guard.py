"""A look at a workbook's zip parts before any XML parser sees them: refuse what would take too long or
too much memory to parse, and learn what the reader needs to know of each worksheet.

openpyxl parses every XML part it reads in full (the shared strings into one list), and the parser it uses
(expat) rescans a token that spans its reads, so one huge comment or attribute costs time quadratic in its
length. A workbook is therefore refused, before parsing, when a part unpacks to more than its kind ever
needs, unpacks much more than data compresses (a "zip bomb"), holds a single token or a row far larger than
a personnel sheet has, or when its parts together unpack to too much. The zip library stops reading a part
at its recorded size, so the recorded sizes checked here bound what a parser is ever given.

The same streaming pass notes, per worksheet, whether it has formulas, its merged cells, and the last row
holding a value: rows after it (Excel writes a million empty formatted rows when a whole column is
formatted) are never parsed.
"""

from __future__ import annotations

import logging
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from ssclient.io.errors import UnusableFile

log = logging.getLogger(__name__)

MB = 1024 * 1024
# The most a worksheet's XML may unpack to (200,000 rows of a personnel sheet are well under it).
MAX_SHEET_XML_BYTES = 512 * MB
# The shared strings: openpyxl parses them all before the first row, some 20 µs each, and holds them in
# memory. 200,000 people's names and ID numbers take ~12 MB; 24 MB of the shortest strings take ~30 s.
MAX_SHARED_STRINGS_BYTES = 24 * MB
# Any other part (styles, the workbook, relationships, drawings, pictures...).
MAX_OTHER_PART_BYTES = 32 * MB
# All parts together.
MAX_TOTAL_BYTES = 1024 * MB
# Unpacked size / packed size above which a part is a bomb; real sheet XML packs 10 to 30 times. Parts
# smaller than RATIO_FLOOR unpacked are never a danger, whatever their ratio.
MAX_RATIO = 100
RATIO_FLOOR = 4 * MB
# The longest stretch of XML without a "<" (one text, tag or attribute), and the longest comment, CDATA,
# processing instruction or doctype; a cell holds at most 32,767 characters.
MAX_TOKEN_BYTES = 1 * MB
# The longest row of a worksheet, in XML.
MAX_ROW_XML_BYTES = 2 * MB

_CHUNK = 1 << 20
_TAIL = 4096  # bytes of the previous chunk kept, so a tag cut by a chunk's edge is still seen whole

_MERGE_REF = re.compile(rb'<(?:\w+:)?mergeCell\s+ref="([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?"')
_ROOT = re.compile(rb"<(\w+:)?worksheet[\s>]")
_ROW_NUMBER = re.compile(rb'\br="(\d+)"')
# Constructs that may hold "<", opened by "<!" or "<?", and how each ends.
_SPECIAL_END = ((b"<!--", b"-->"), (b"<![CDATA[", b"]]>"), (b"<?", b"?>"), (b"<!", b">"))


@dataclass(frozen=True, slots=True)
class Merge:
    """One merged range; cells other than its top-left one are empty in the file."""

    first_col: int
    first_row: int
    last_col: int
    last_row: int
    text: str  # as Excel writes it: "A2:A5"

    def hides(self, row: int, col: int) -> bool:
        inside = self.first_row <= row <= self.last_row and self.first_col <= col <= self.last_col
        return inside and (row, col) != (self.first_row, self.first_col)


@dataclass(slots=True)
class SheetFacts:
    """What the reader needs to know of one worksheet, found without parsing it."""

    has_formulas: bool = False
    # A cell holds an Excel error value (t="e": #N/A, #REF!...), which only openpyxl's reading keeps.
    has_errors: bool = False
    # The part's size unpacked, in bytes.
    size: int = 0
    merges: list[Merge] = field(default_factory=list)
    # The last row holding a value or a formula (0: none); None when the rows carry no numbers to tell.
    last_value_row: int | None = 0

    @property
    def last_row_to_read(self) -> int | None:
        """The row after which nothing in the sheet matters; None: read to the end."""
        if self.last_value_row is None:
            return None
        return max([self.last_value_row, 1, *(merge.last_row for merge in self.merges)])


def inspect_workbook(path: Path, name: str) -> dict[str, SheetFacts]:
    """Refuse (UnusableFile) a workbook too costly to parse; the facts of each worksheet, by part name."""
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            _check_sizes(infos, name)
            facts: dict[str, SheetFacts] = {}
            for info in infos:
                if _is_xml(info.filename):
                    facts[info.filename] = _scan_part(archive, info, name)
            return facts
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, EOFError, OSError) as exc:
        # A damaged archive or an unknown compression: openpyxl would fail on it too.
        log.info("cannot read %s as a workbook: %r", path, exc)
        raise UnusableFile("FILE_DAMAGED", name=name) from None


def _is_xml(part: str) -> bool:
    """Parts a parser may read (pictures and other binary parts are never parsed, only size-checked)."""
    return part.endswith((".xml", ".rels")) or part.startswith("xl/worksheets/")


def _limit(part: str) -> int:
    if part.startswith("xl/worksheets/"):
        return MAX_SHEET_XML_BYTES
    if part.endswith("sharedStrings.xml"):
        return MAX_SHARED_STRINGS_BYTES
    return MAX_OTHER_PART_BYTES


def _check_sizes(infos: list[zipfile.ZipInfo], name: str) -> None:
    total = 0
    for info in infos:
        size = info.file_size
        if size > _limit(info.filename):
            raise UnusableFile("FILE_PART_TOO_LARGE", name=name, size=size // MB,
                               limit=_limit(info.filename) // MB)  # fmt: skip
        if size > RATIO_FLOOR and size > MAX_RATIO * max(info.compress_size, 1):
            raise UnusableFile("FILE_ZIP_BOMB", name=name, size=size // MB,
                               packed=max(info.compress_size // 1024, 1))  # fmt: skip
        total += size
    if total > MAX_TOTAL_BYTES:
        raise UnusableFile("FILE_PART_TOO_LARGE", name=name, size=total // MB, limit=MAX_TOTAL_BYTES // MB)


class _Scan:
    """One streaming pass over a part's XML, a window (the last bytes before and a new chunk) at a time."""

    def __init__(self, name: str, worksheet: bool) -> None:
        self.name = name
        self.worksheet = worksheet
        self.facts = SheetFacts()
        self.row_tag = b"<row"
        self.rows_end = (b"</sheetData>", b"<sheetData/>")
        self.value_tags: tuple[bytes, ...] = (b"<v>", b"<v ", b"<is>", b"<f>", b"<f ")
        self.formula_tags: tuple[bytes, ...] = (b"<f>", b"<f ", b"<f/")
        self.offset = 0  # where the current window starts in the part
        self.scanned = 0  # constructs starting before this were already followed
        self.special: tuple[bytes, int] | None = None  # (end marker, where it began) of an open construct
        self.last_row_tag = -1  # where the last row tag began
        self.row: int | None = 0  # the number of the row that tag opened (None: the tag has no number)
        self.rows_done = False  # past </sheetData>

    def feed(self, window: bytes, chunk: bytes) -> None:
        if self.offset == 0 and self.worksheet:
            self._learn_prefix(window)
        if len(chunk) >= _CHUNK and b"<" not in chunk:
            raise UnusableFile("FILE_TOKEN_TOO_LONG", name=self.name, limit=MAX_TOKEN_BYTES // MB)
        self._follow_specials(window)
        if self.worksheet:
            facts = self.facts
            facts.has_formulas = facts.has_formulas or self._has_formula(window)
            facts.has_errors = facts.has_errors or b't="e"' in window
            if b"mergeCell" in window:
                facts.merges += [_merge(m) for m in _MERGE_REF.finditer(window)]
            if not self.rows_done:
                self._rows(window)

    def _has_formula(self, window: bytes) -> bool:
        """Whether a formula tag (<f>, <f ...>, <f/>) is in the window: one pass over it for the tags'
        common start rather than one per tag (this runs over every megabyte of a large sheet)."""
        start = self.formula_tags[0][:-1]  # "<f", or "<x:f" with a prefix
        found = window.find(start)
        while found >= 0:
            if window.startswith(self.formula_tags, found):
                return True
            found = window.find(start, found + 1)
        return False

    def _learn_prefix(self, window: bytes) -> None:
        """Tags carry the root's namespace prefix when it has one (<x:row>): look for those."""
        root = _ROOT.search(window)
        prefix = root.group(1) if root and root.group(1) else b""
        if prefix:
            self.row_tag = b"<" + prefix + b"row"
            self.rows_end = (b"</" + prefix + b"sheetData>", b"<" + prefix + b"sheetData/>")
            self.value_tags = tuple(b"<" + prefix + tag[1:] for tag in self.value_tags)
            self.formula_tags = tuple(b"<" + prefix + tag[1:] for tag in self.formula_tags)

    def _follow_specials(self, window: bytes) -> None:
        """Comments, CDATA, processing instructions and doctypes may hold "<": each must end soon."""
        position = max(0, self.scanned - self.offset)
        end_of_window = self.offset + len(window)
        while True:
            if self.special is not None:
                marker, began = self.special
                end = window.find(marker, max(position, began - self.offset))
                if end < 0:
                    if end_of_window - began > MAX_TOKEN_BYTES:
                        raise UnusableFile("FILE_TOKEN_TOO_LONG", name=self.name, limit=MAX_TOKEN_BYTES // MB)
                    break
                self.special, position = None, end + len(marker)
                continue
            found = _next_special(window, position)
            if found is None:
                break
            start, opening, marker = found
            self.special = (marker, self.offset + start)
            position = start + len(opening)
        # The next window repeats this one's last bytes: a marker cut by the edge is found whole there.
        self.scanned = max(self.scanned, self.offset + position, end_of_window - 16)

    def _rows(self, window: bytes) -> None:
        facts = self.facts
        last_value = max(window.rfind(tag) for tag in self.value_tags)
        if last_value >= 0 and facts.last_value_row is not None:
            tag_of_value = window.rfind(self.row_tag, 0, last_value)
            number = self._row_number(window, tag_of_value) if tag_of_value >= 0 else self.row
            facts.last_value_row = None if number is None else max(facts.last_value_row, number)
        last_row_tag = window.rfind(self.row_tag)
        if last_row_tag >= 0:
            self.last_row_tag = self.offset + last_row_tag
            self.row = self._row_number(window, last_row_tag)
        if any(end in window for end in self.rows_end):
            self.rows_done = True
        elif self.last_row_tag >= 0 and self.offset + len(window) - self.last_row_tag > MAX_ROW_XML_BYTES:
            raise UnusableFile("FILE_ROW_TOO_LONG", name=self.name, limit=MAX_ROW_XML_BYTES // MB)

    @staticmethod
    def _row_number(window: bytes, tag: int) -> int | None:
        end = window.find(b">", tag)
        found = _ROW_NUMBER.search(window, tag, end if end >= 0 else len(window))
        return int(found.group(1)) if found else None


def _next_special(window: bytes, position: int) -> tuple[int, bytes, bytes] | None:
    """Where the next construct that may hold "<" starts in `window`, its opening and its end marker."""
    starts = [
        found for found in (_opening(window, b"!", position), _opening(window, b"?", position)) if found >= 0
    ]
    if not starts:
        return None
    start = min(starts)
    opening, marker = next((o, m) for o, m in _SPECIAL_END if window.startswith(o, start))
    return start, opening, marker


def _opening(window: bytes, mark: bytes, position: int) -> int:
    """Where the next "<" + `mark` starts at or after `position`, or -1. "!" and "?" are rare in sheet XML
    and "<" is everywhere, so the mark alone is looked for first (the quicker search); from the first mark
    that opens nothing, the pair is looked for, so a hostile part full of marks costs no more than before."""
    found = window.find(mark, position + 1)
    if found < 0 or window[found - 1] == ord("<"):
        return found - 1 if found >= 0 else -1
    # No pair starts before `found`: its "<" would stand just before the first mark.
    return window.find(b"<" + mark, found)


def _scan_part(archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str) -> SheetFacts:
    scan = _Scan(name, worksheet=info.filename.startswith("xl/worksheets/"))
    tail, consumed = b"", 0
    with archive.open(info) as stream:
        while chunk := stream.read(_CHUNK):
            scan.offset = consumed - len(tail)
            consumed += len(chunk)
            window = tail + chunk
            scan.feed(window, chunk)
            tail = window[-_TAIL:]
    scan.facts.merges = _unique(scan.facts.merges)
    scan.facts.size = info.file_size
    if scan.facts.last_value_row == 0 and scan.last_row_tag >= 0:
        # Rows but no value this scan recognizes: written some way not foreseen here, so read them all.
        scan.facts.last_value_row = None
    return scan.facts


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + (letter - ord("A") + 1)
    return number


def _merge(match: re.Match[bytes]) -> Merge:
    first_col, first_row = _column_number(match.group(1)), int(match.group(2))
    last_col = _column_number(match.group(3)) if match.group(3) else first_col
    last_row = int(match.group(4)) if match.group(4) else first_row
    return Merge(first_col, first_row, last_col, last_row, match.group(0).split(b'"')[1].decode("ascii"))


def _unique(merges: list[Merge]) -> list[Merge]:
    # A range may be seen twice when it straddles two chunks.
    seen: dict[str, Merge] = {}
    for merge in merges:
        seen.setdefault(merge.text, merge)
    return list(seen.values())
