"""The ID numbers of a part of a sheet's rows, kept small, to find the people on more than one row once the
parts are put together (ssclient.io.check_parts).

A million numbers as text in a dict took some 150 MB. Here an ID number of 17 digits and a check character
(nearly all of them) is kept as one integer in an array of 8-byte numbers, its row beside it; any other text
is kept as it is. The result is the one ssclient.io.sheet_check's own bookkeeping gives: every row whose
number, as the reader normalized it, is on another row too.
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence

# (ID numbers, row numbers) of the rows whose number is on another row too, in row order.
Repeated = tuple[list[str], list[int]]


def number_key(number: str) -> int | None:
    """The integer standing for 17 ASCII digits and a digit or X (the check character as 10), None for any
    other text. Exactly reversed by `key_number`."""
    if len(number) == 18 and number.isascii() and number[:17].isdigit():
        last = number[17]
        if last.isdigit():
            return int(number[:17]) * 11 + ord(last) - 48
        if last == "X":
            return int(number[:17]) * 11 + 10
    return None


def key_number(key: int) -> str:
    body, last = divmod(key, 11)
    return f"{body:017d}" + ("X" if last == 10 else str(last))


class IdBook:
    """The rows' ID numbers in row order (`add`), and those seen twice within these rows."""

    def __init__(self) -> None:
        self.keys = array("q")
        self.rows = array("q")
        self.again: set[int] = set()  # keys on more than one of these rows
        self.others: dict[str, list[int]] = {}  # numbers that are no key, with their rows
        self._seen: set[int] = set()

    def add(self, id_number: str, row: int) -> None:
        # The reader normalized the number (cells.clean_text): the same person has the same text here.
        if not id_number:
            return
        key = number_key(id_number)
        if key is None:
            self.others.setdefault(id_number, []).append(row)
            return
        if key in self._seen:
            self.again.add(key)
        else:
            self._seen.add(key)
        self.keys.append(key)
        self.rows.append(row)

    def __getstate__(self) -> tuple[array[int], array[int], set[int], dict[str, list[int]]]:
        # Sent to the process that puts the parts together; what was seen there is its own to know.
        return self.keys, self.rows, self.again, self.others

    def __setstate__(self, state: tuple[array[int], array[int], set[int], dict[str, list[int]]]) -> None:
        self.keys, self.rows, self.again, self.others = state
        self._seen = set()

    def seen(self) -> set[int]:
        """Every key of these rows (the book's own set, not a copy)."""
        return self._seen if self._seen or not self.keys else set(self.keys)


def repeated(books: Sequence[IdBook], offsets: Sequence[int]) -> Repeated:
    """The repeated numbers of the parts together, each part's rows shifted by its offset (the rows of the
    parts before it)."""
    seen = books[0].seen()
    twice = set(books[0].again)
    for index, book in enumerate(books[1:], start=1):
        twice |= book.again
        twice |= seen.intersection(book.keys)
        if index < len(books) - 1:
            seen = seen | set(book.keys)
    pairs: list[tuple[int, str]] = []
    if twice:
        for book, offset in zip(books, offsets, strict=True):
            pairs += [
                (row + offset, key_number(key))
                for key, row in zip(book.keys, book.rows, strict=True)
                if key in twice
            ]
    others: dict[str, list[int]] = {}
    for book, offset in zip(books, offsets, strict=True):
        for number, rows in book.others.items():
            others.setdefault(number, []).extend(row + offset for row in rows)
    pairs += [(row, number) for number, rows in others.items() if len(rows) > 1 for row in rows]
    pairs.sort()
    return [number for _, number in pairs], [row for row, _ in pairs]
