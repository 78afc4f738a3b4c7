"""Hostile and oversized workbooks for the reader's tests, written cheaply: a small real workbook whose one
part is replaced by bytes streamed into the archive (repeated bytes pack and unpack fast)."""

from __future__ import annotations

import zipfile
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from tests.io.sheets import GOOD_A, HEADERS_EN, write_xlsx

MB = 1024 * 1024
SHEET = "xl/worksheets/sheet1.xml"
STRINGS = "xl/sharedStrings.xml"
_STRINGS_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
_MAIN = b'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'


def with_part(
    path: Path,
    part: str,
    pieces: Callable[[bytes], Iterable[bytes]],
    rows: int = 1,
    level: int = 6,
    extra: Sequence[Sequence[object]] = (),
) -> Path:
    """A workbook of the headers, `rows` good rows and the `extra` rows, whose `part` is what
    `pieces(old part)` yields, packed at zlib `level`."""
    source = write_xlsx(path.with_name("base-" + path.name), [HEADERS_EN, *[GOOD_A] * rows, *extra])
    with zipfile.ZipFile(source) as base:
        parts = {name: base.read(name) for name in base.namelist()}
    if part == STRINGS:  # openpyxl finds the shared strings through their content type
        parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
            b"</Types>", f'<Override PartName="/{STRINGS}" ContentType="{_STRINGS_TYPE}"/></Types>'.encode()
        )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as target:
        for name, data in parts.items():
            if name != part:
                target.writestr(name, data)
        with target.open(part, "w", force_zip64=True) as stream:
            for piece in pieces(parts.get(part, b"")):
                stream.write(piece)
    source.unlink()
    return path


def repeated(piece: bytes, size: int) -> Iterable[bytes]:
    """`piece` again and again, `size` bytes in all (about), a megabyte at a time."""
    block = piece * max(1, MB // len(piece))
    for _ in range(max(1, size // len(block))):
        yield block


def comment_bomb(path: Path, size: int = 64 * MB, varied: bool = False) -> Path:
    """A sheet whose XML opens with one comment of `size` bytes (a 70 KB file for 64 MB); `varied` fills
    it with numbered tags, which pack loosely and put a "<" everywhere."""

    def pieces(sheet: bytes) -> Iterable[bytes]:
        opening = sheet.index(b">", sheet.index(b"<worksheet")) + 1
        yield sheet[:opening] + b"<!--"
        yield from numbered(b"<x%d>", size) if varied else repeated(b"a", size)
        yield b"-->" + sheet[opening:]

    return with_part(path, SHEET, pieces, level=9)


def long_attribute(path: Path, size: int) -> Path:
    """A sheet whose first cell has an attribute of `size` bytes of digits."""

    def pieces(sheet: bytes) -> Iterable[bytes]:
        cell = sheet.index(b"<c ") + len(b"<c ")
        yield sheet[:cell] + b'data="'
        yield from numbered(b"%d", size)
        yield b'" ' + sheet[cell:]

    return with_part(path, SHEET, pieces, level=1)


def numbered(pattern: bytes, size: int) -> Iterable[bytes]:
    """`pattern` % 0, 1, 2... joined, about `size` bytes in all."""
    written, number = 0, 0
    while written < size:
        block = b"".join(pattern % n for n in range(number, number + 20_000))
        number += 20_000
        written += len(block)
        yield block


def one_row_sheet(path: Path, size: int, distinct: bool = False) -> Path:
    """A sheet of the headers and one row of `size` bytes of cells; `distinct` numbers each cell, so the
    row packs about as tightly as real sheet XML does rather than a thousand to one."""

    def cells() -> Iterable[bytes]:
        if not distinct:
            yield from repeated(b'<c t="inlineStr"><is><t>x</t></is></c>', size)
            return
        yield from numbered(b'<c t="n"><v>%d</v></c>', size)

    def pieces(sheet: bytes) -> Iterable[bytes]:
        end_of_header_row = sheet.index(b"</row>") + len(b"</row>")
        yield sheet[:end_of_header_row] + b'<row r="2">'
        yield from cells()
        yield b"</row>" + sheet[sheet.index(b"</sheetData>") :]

    return with_part(path, SHEET, pieces, rows=0, level=1)


def shared_strings(path: Path, count: int, distinct: bool = False, formula: bool = False) -> Path:
    """A workbook with `count` shared strings (all alike, or each different); with a formula in its sheet
    when `formula`, so that openpyxl reads it (and takes seconds over the strings)."""

    def pieces(_old: bytes) -> Iterable[bytes]:
        yield b'<?xml version="1.0" encoding="UTF-8"?><sst ' + _MAIN + b">"
        if distinct:
            for first in range(0, count, 100_000):
                last = min(count, first + 100_000)
                yield b"".join(b"<si><t>%07d</t></si>" % n for n in range(first, last))
        else:
            piece = b"<si><t>x</t></si>"
            yield from repeated(piece, count * len(piece))
        yield b"</sst>"

    extra = [[*GOOD_A[:3], "=6000+500"]] if formula else []
    return with_part(path, STRINGS, pieces, level=1, extra=extra)


def trailing_empty_rows(path: Path, data_rows: int, empty_rows: int) -> Path:
    """The headers, `data_rows` people, then `empty_rows` formatted rows with nothing in them, numbered
    as Excel numbers them (so they pack as loosely as Excel's do)."""

    def pieces(sheet: bytes) -> Iterable[bytes]:
        end = sheet.index(b"</sheetData>")
        yield sheet[:end]
        first = data_rows + 2
        for start in range(first, first + empty_rows, 50_000):
            stop = min(start + 50_000, first + empty_rows)
            yield b"".join(b'<row r="%d" s="1" customFormat="1"/>' % r for r in range(start, stop))
        yield sheet[end:]

    return with_part(path, SHEET, pieces, rows=data_rows, level=1)
