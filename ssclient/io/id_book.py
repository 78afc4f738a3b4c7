"""The ID numbers of a part of a sheet's rows, kept small, to find the people on more than one row once the
parts are put together (ssclient.io.check_parts).

A million numbers as text in a dict took some 150 MB. Here an ID number of 17 digits and a check character
(nearly all of them) is kept as one integer in an array of 8-byte numbers, its row beside it; any other text
is kept as it is. The result is the one ssclient.io.sheet_check's own bookkeeping gives: every row whose
number, as the reader normalized it, is on another row too.
"""

from __future__ import annotations

from array import array
from collections import Counter
from collections.abc import Sequence
from itertools import compress

_LAST = {**{str(digit): digit for digit in range(10)}, "X": 10}
# (ID numbers, row numbers) of the rows whose number is on another row too, in row order.
Repeated = tuple[list[str], list[int]]


def number_key(number: str) -> int | None:
    """The integer standing for 17 ASCII digits and a digit or X (the check character as 10), None for any
    other text. Exactly reversed by `key_number`."""
    if len(number) == 18 and number.isascii():
        body = number[:17]
        last = _LAST.get(number[17])
        if last is not None and body.isdigit():
            return int(body) * 11 + last
    return None


def key_number(key: int) -> str:
    body, last = divmod(key, 11)
    return f"{body:017d}" + ("X" if last == 10 else str(last))


# Slots of the marks each book keeps: a key marks the slot of its low bits; a key finding its slot marked
# may be a repeat (or a neighbour's key sharing the slot), and is looked at again at the end. 8 MB, where a
# set of half a million keys took 33.
_SLOTS = 1 << 23
_MASK = _SLOTS - 1


class IdBook:
    """The rows' ID numbers in row order (`add`); `again()`: the keys on more than one of these rows."""

    def __init__(self) -> None:
        self.keys = array("q")
        self.rows = array("q")
        self.others: dict[str, list[int]] = {}  # numbers that are no key, with their rows
        self._marks = bytearray(_SLOTS)
        self._maybe: set[int] = set()  # keys whose slot was marked already: repeats, and a few neighbours
        self._again: set[int] | None = None

    def add(self, id_number: str, row: int) -> None:
        # The reader normalized the number (cells.clean_text): the same person has the same text here.
        if not id_number:
            return
        key = number_key(id_number)
        if key is None:
            self.others.setdefault(id_number, []).append(row)
            return
        slot = key & _MASK
        if self._marks[slot]:
            self._maybe.add(key)
        else:
            self._marks[slot] = 1
        self.keys.append(key)
        self.rows.append(row)

    def again(self) -> set[int]:
        """The keys on more than one of these rows (once every row is added)."""
        if self._again is None:
            maybe = self._maybe
            counts = Counter(filter(maybe.__contains__, self.keys)) if maybe else Counter[int]()
            self._again = {key for key, count in counts.items() if count > 1}
        return self._again

    def __getstate__(self) -> tuple[array[int], array[int], set[int], dict[str, list[int]]]:
        # Sent to the process that puts the parts together, without the marks.
        return self.keys, self.rows, self.again(), self.others

    def __setstate__(self, state: tuple[array[int], array[int], set[int], dict[str, list[int]]]) -> None:
        self.keys, self.rows, self._again, self.others = state
        self._marks = bytearray()
        self._maybe = set()

    def shared(self, other: IdBook) -> set[int]:
        """The keys of `other` that are keys of this book too."""
        marks = self._marks
        if not marks:  # a book sent by another process comes without its marks
            marks = self._marks = bytearray(_SLOTS)
            for key in self.keys:
                marks[key & _MASK] = 1
        # (In C, a key at a time: the loops of a million keys would cost a tenth of a second here.)
        maybe = set(compress(other.keys, map(marks.__getitem__, map(_MASK.__and__, other.keys))))
        return set(filter(maybe.__contains__, self.keys)) if maybe else set()


def repeated(books: Sequence[IdBook], offsets: Sequence[int]) -> Repeated:
    """The repeated numbers of the parts together, each part's rows shifted by its offset (the rows of the
    parts before it)."""
    twice: set[int] = set()
    for index, book in enumerate(books):
        twice |= book.again()
        for earlier in books[:index]:
            twice |= earlier.shared(book)
    pairs: list[tuple[int, str]] = []
    if twice:
        for book, offset in zip(books, offsets, strict=True):
            chosen = list(map(twice.__contains__, book.keys))
            found = zip(compress(book.keys, chosen), compress(book.rows, chosen), strict=True)
            pairs += [(row + offset, key_number(key)) for key, row in found]
    others: dict[str, list[int]] = {}
    for book, offset in zip(books, offsets, strict=True):
        for number, rows in book.others.items():
            others.setdefault(number, []).extend(row + offset for row in rows)
    pairs += [(row, number) for number, rows in others.items() if len(rows) > 1 for row in rows]
    pairs.sort()
    return [number for _, number in pairs], [row for row, _ in pairs]
