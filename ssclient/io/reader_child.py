"""The reader process's side of ssclient.io.reader_process: read each file asked for and send its raw
rows (and, when asked, the findings of the last rows: ssclient.io.shared_check)."""

from __future__ import annotations

import gc
import logging
import pickle
import signal
import traceback
from collections.abc import Callable, Iterable
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from ssclient.io.errors import UnusableFile
from ssclient.io.process_limits import limit_memory
from ssclient.io.shared_check import CheckedRows, CheckJob, check_share, split_row
from ssclient.io.spreadsheet import RawRow, open_source
from ssclient.io.xlsx_calamine import CalamineSource

log = logging.getLogger(__name__)

# Raw rows sent at a time: the caller works on one batch while the next is read.
BATCH_ROWS = 500


class _PipeClosed(Exception):
    """The program ended, or gave up on the file being read."""


def serve(connection: Connection, idle_seconds: float, memory_limit: int | None = None) -> None:
    """The reader process: read each file asked for, until the pipe closes or none comes for
    `idle_seconds` (then the process ends, giving its memory back; the next file starts another), or a
    file took all the memory allowed (`memory_limit` bytes beyond what the imports take)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C in a terminal is for the program, not its helper
    # Imported now, while nobody waits, not on the first file: calamine reads most workbooks, openpyxl
    # those with formulas or error values (ssclient.io.xlsx_source.open_workbook).
    import openpyxl  # noqa: F401
    import python_calamine  # noqa: F401

    # The modules just imported live as long as the process: keep them out of every garbage collection,
    # which then walks only the objects of the file being read (openpyxl makes many).
    gc.freeze()

    def send(message: object) -> None:
        try:
            # A message may come already pickled (_Sender).
            data = (
                message
                if isinstance(message, bytes)
                else pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
            )
            connection.send_bytes(data)
        except OSError as exc:
            raise _PipeClosed from exc

    kept = _KeptLog()
    root = logging.getLogger()
    root.addHandler(kept)
    root.setLevel(logging.INFO)
    if memory_limit is not None:
        limit_memory(memory_limit)
    while True:
        try:
            if not connection.poll(idle_seconds):
                return
            path, check = pickle.loads(connection.recv_bytes())
            if not _read(Path(path), check, send, kept):
                return  # its memory ran out: a fresh process reads the next file
        except (EOFError, OSError, _PipeClosed):  # the pipe is closed: the program ended or gave up on us
            return


class _KeptLog(logging.Handler):
    """What the reader logs while it reads a file, sent to the program with the answer (this process has
    no log file of its own)."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.records: list[tuple[str, int, str]] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append((record.name, record.levelno, record.getMessage()))

    def taken(self) -> list[tuple[str, int, str]]:
        records, self.records = self.records, []
        return records


def _read(path: Path, check: CheckJob | None, send: Callable[[object], None], kept: _KeptLog) -> bool:
    """Send what the file is, then its raw rows in batches, then how the read ended; what was logged on
    the way goes just before the message that ends the read. Given `check`, the findings of the last rows
    follow (ssclient.io.shared_check). False when the memory ran out."""
    checked: CheckedRows | None = None
    first: int | None = None
    try:
        source = open_source(path)
        try:
            # Only calamine's read holds every row at once: the others' rows are not kept to be checked.
            first = split_row(check, source.estimated_rows) if isinstance(source, CalamineSource) else None
            send(("source", source.name, source.estimated_rows, list(source.merges), source.text_only, first))
            if check is None or first is None:
                _send_rows(source.rows(), send)
            else:
                held = list(source.rows())
                # Every batch goes at once, each pickled on its own (the program unpickles one at a time
                # as it goes): this process then checks the last rows while the program makes the lines.
                send(
                    (
                        "batches",
                        [
                            _pickled(("rows", held[at : at + BATCH_ROWS]))
                            for at in range(0, len(held), BATCH_ROWS)
                        ],
                    )
                )
                checked = _check_share(source.name, held, list(source.merges), source.text_only, check, first)
        finally:
            source.close()
        ending: tuple[object, ...] = ("end",)
    except UnusableFile as problem:
        ending = ("unusable", problem.code, problem.params)
    except _PipeClosed:
        raise
    except MemoryError:
        ending = ("unusable", "FILE_TOO_DEMANDING", {"name": path.name})
    except Exception:
        ending = ("failed", traceback.format_exc())
    records = kept.taken()
    if records:
        send(("log", records))
    send(ending)
    if ending == ("end",) and check is not None and first is not None:
        send(("checked", checked))
    return ending[:2] != ("unusable", "FILE_TOO_DEMANDING")


def _send_rows(rows: Iterable[RawRow], send: Callable[[object], None]) -> None:
    batch: list[RawRow] = []
    for row in rows:
        batch.append(row)
        if len(batch) == BATCH_ROWS:
            send(("rows", batch))
            batch = []
    send(("rows", batch))


def _pickled(message: object) -> bytes:
    return pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)


def _check_share(*shared: Any) -> CheckedRows | None:
    """The findings of the reader's share of the rows; None when they cannot be made here (this process
    then checks them: a file it could read but not check is still checked)."""
    try:
        return check_share(*shared)
    except Exception as exc:  # MemoryError too: the rows are checked where the memory is
        log.info("the reader process could not check its rows: %r", exc)
        return None
