"""Read a spreadsheet in a child process, so the process that asked keeps its interpreter to itself.

openpyxl parses a workbook in Python. On a worker thread that parse holds the interpreter lock most of the
time and fills the garbage collector's generations, so a window importing 10,000 rows stuttered for tens of
milliseconds at a time. In a child process the parse runs on the other core while this process checks the
rows already read; here, rows only arrive, ready made, in batches.

The child runs the same reader as everyone else (`open_spreadsheet`, `Spreadsheet.rows`): the same rows,
the same cell findings, the same UnusableFile as reading in process. Starting a child means starting Python
and importing openpyxl, so one is kept ready (`warm_up` when the import window opens); unused for five
minutes, it ends itself. A child reads one file at a time and only reads: after a Cancel, or if its reader
is abandoned half way, it is simply ended.
"""

from __future__ import annotations

import gc
import logging
import multiprocessing
import pickle
import signal
import threading
import traceback
from collections.abc import Callable, Iterator
from multiprocessing.connection import Connection
from pathlib import Path
from types import TracebackType
from typing import Any

from ssclient.domain.enums import DeclarationType
from ssclient.io.errors import ReadCancelled, UnusableFile
from ssclient.io.spreadsheet import Cancelled, Progress, SheetRow, column_label, open_spreadsheet

log = logging.getLogger(__name__)

# How often a wait for the child looks at Cancel and at whether the child still runs.
POLL_SECONDS = 0.05
# How long a child may take to end after it is asked to.
END_SECONDS = 5.0
# How long a child waits for the next file before it ends itself (its memory back to the system).
IDLE_SECONDS = 300.0


class ReaderFailed(RuntimeError):
    """The child process ended unexpectedly, or its reader raised something other than UnusableFile (then
    the message holds the child's traceback)."""


class ReaderUnavailable(ReaderFailed):
    """No child process could be started (the system refused one): read in process instead."""


class _Child:
    """One reader process and this side of its pipe."""

    def __init__(self) -> None:
        # "spawn": a fresh interpreter, safe beside Qt's threads (fork copies their locks) and the same on
        # every system. A frozen program gets it through multiprocessing.freeze_support (packaging/launcher).
        context = multiprocessing.get_context("spawn")
        self.connection, child_end = context.Pipe()
        self.process = context.Process(
            target=serve, args=(child_end, IDLE_SECONDS), name="ssclient-sheet-reader", daemon=True
        )
        try:
            self.process.start()
        except OSError as exc:
            self.connection.close()
            raise ReaderUnavailable(f"cannot start the spreadsheet reader process: {exc}") from exc
        finally:
            child_end.close()

    def alive(self) -> bool:
        return self.process.is_alive()

    def send(self, message: object) -> None:
        try:
            self.connection.send_bytes(pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL))
        except OSError as exc:  # BrokenPipeError: the child has gone
            raise ReaderFailed(f"the spreadsheet reader process has ended: {exc}") from exc

    def receive(self, cancelled: Cancelled | None) -> tuple[Any, ...]:
        """The child's next message; ReadCancelled as soon as `cancelled()` turns true."""
        while not self.connection.poll(POLL_SECONDS):
            if cancelled is not None and cancelled():
                raise ReadCancelled
            if not self.alive():
                raise ReaderFailed(
                    f"the spreadsheet reader process ended (exit code {self.process.exitcode})"
                )
        if cancelled is not None and cancelled():
            raise ReadCancelled
        try:
            message: tuple[Any, ...] = pickle.loads(self.connection.recv_bytes())
        except (EOFError, OSError) as exc:
            raise ReaderFailed(f"the spreadsheet reader process has ended: {exc}") from exc
        return message

    def end(self) -> None:
        self.connection.close()
        if self.process.is_alive():
            self.process.terminate()
        self.process.join(END_SECONDS)
        if self.process.is_alive():  # not even SIGTERM: it must not outlive the program
            self.process.kill()
            self.process.join(END_SECONDS)


class _Pool:
    """At most one idle child, ready for the next file."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._idle: _Child | None = None

    def take(self) -> _Child:
        with self._lock:
            child, self._idle = self._idle, None
        if child is not None and child.alive():
            return child
        if child is not None:
            child.end()
        return _Child()

    def give_back(self, child: _Child) -> None:
        with self._lock:
            kept = self._idle is None and child.alive()
            if kept:
                self._idle = child
        if not kept:
            child.end()

    def warm_up(self) -> None:
        with self._lock:
            if self._idle is not None and self._idle.alive():
                return
        self.give_back(_Child())

    def ready_process_id(self) -> int | None:
        with self._lock:
            return self._idle.process.pid if self._idle is not None else None

    def shut_down(self) -> None:
        with self._lock:
            child, self._idle = self._idle, None
        if child is not None:
            child.end()


_pool = _Pool()


def warm_up() -> bool:
    """Start a reader process now (it takes a moment), so the next `open_in_child` finds it ready. False
    when the system will not start one (the read then happens in process; see ReaderUnavailable)."""
    try:
        _pool.warm_up()
    except ReaderUnavailable as exc:
        log.info("%s", exc)
        return False
    return True


def ready_process_id() -> int | None:
    """The id of the reader process kept ready, if any (for the log and for tests)."""
    return _pool.ready_process_id()


def shut_down() -> None:
    """End the idle reader process (at exit; a daemon process would be ended anyway)."""
    _pool.shut_down()


class ChildSheet:
    """A spreadsheet read by a child process; check_sheet uses it as it uses a Spreadsheet."""

    def __init__(self, child: _Child, kind: DeclarationType, header: tuple[Any, ...]) -> None:
        _tag, self.name, self.columns, self.estimated_rows = header
        self.kind = kind
        self._child: _Child | None = child
        self._done = False  # the child told how the read ended: it can read the next file
        self._rows_read = False

    def __enter__(self) -> ChildSheet:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    @property
    def process_id(self) -> int | None:
        """The reading process's id (for the log and for tests); None once closed."""
        return self._child.process.pid if self._child is not None else None

    def column_label(self, field_name: str) -> str:
        return column_label(self.columns, field_name)

    def rows(
        self, progress: Progress | None = None, cancelled: Cancelled | None = None
    ) -> Iterator[SheetRow]:
        """As Spreadsheet.rows: every non-blank row after the header; ReadCancelled, UnusableFile."""
        if self._rows_read or self._child is None:
            raise RuntimeError("a sheet's rows are read once; open the file again to read it again")
        self._rows_read = True
        child = self._child
        while True:
            message = child.receive(cancelled)
            if message[0] == "rows":
                _tag, batch, done, total = message
                yield from batch
                if progress is not None:
                    progress(done, total)
            elif message[0] == "end":
                self._done = True
                return
            else:
                self._done = message[0] == "unusable"
                raise _problem(message)

    def close(self) -> None:
        child, self._child = self._child, None
        if child is None:
            return
        if self._done:
            _pool.give_back(child)
        else:
            child.end()  # still reading (Cancel, or the caller stopped): ending it is the quickest stop


def open_in_child(path: Path, kind: DeclarationType, cancelled: Cancelled | None = None) -> ChildSheet:
    """Open a sheet in a reader process. Raises UnusableFile as open_spreadsheet does, ReadCancelled, and
    ReaderFailed when the process cannot do its work."""
    child = _pool.take()
    try:
        message = _ask(child, path, kind, cancelled)
    except ReaderFailed:
        # The kept process ended since (unused for IDLE_SECONDS, it ends itself): one more try, in a new one.
        child = _Child()
        message = _ask(child, path, kind, cancelled)
    if message[0] == "header":
        return ChildSheet(child, kind, message)
    if message[0] == "unusable":
        _pool.give_back(child)
    else:
        child.end()
    raise _problem(message)


def _ask(child: _Child, path: Path, kind: DeclarationType, cancelled: Cancelled | None) -> tuple[Any, ...]:
    """Send a file to read; the answer is its header, or why it cannot be read. Ends the child on failure."""
    try:
        child.send((str(path), kind.value))
        return child.receive(cancelled)
    except BaseException:
        child.end()
        raise


def _problem(message: tuple[Any, ...]) -> Exception:
    if message[0] == "unusable":
        _tag, code, params = message
        return UnusableFile(code, **params)
    if message[0] == "failed":
        return ReaderFailed(f"the spreadsheet reader failed:\n{message[1]}")
    return ReaderFailed(f"unexpected message from the spreadsheet reader: {message[0]!r}")


# --- the child's side ----------------------------------------------------------------------------------


class _PipeClosed(Exception):
    """The program ended, or gave up on the file being read."""


def serve(connection: Connection, idle_seconds: float) -> None:
    """The reader process: read each file asked for, until the pipe closes or none comes for
    `idle_seconds` (then the process ends, giving its memory back; the next file starts another)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C in a terminal is for the program, not its helper
    import openpyxl  # noqa: F401 - imported now, while nobody waits, not on the first file

    # The modules just imported live as long as the process: keep them out of every garbage collection,
    # which then walks only the objects of the file being read (openpyxl makes many).
    gc.freeze()

    def send(message: object) -> None:
        try:
            connection.send_bytes(pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL))
        except OSError as exc:
            raise _PipeClosed from exc

    while connection.poll(idle_seconds):
        try:
            path, kind = pickle.loads(connection.recv_bytes())
            _read(Path(path), DeclarationType(kind), send)
        except (EOFError, OSError, _PipeClosed):
            return


def _read(path: Path, kind: DeclarationType, send: Callable[[object], None]) -> None:
    try:
        with open_spreadsheet(path, kind) as sheet:
            send(("header", sheet.name, sheet.columns, sheet.estimated_rows))
            batch: list[SheetRow] = []

            def flush(done: int, total: int) -> None:
                send(("rows", batch.copy(), done, total))
                batch.clear()

            for row in sheet.rows(progress=flush):
                batch.append(row)
            if batch:
                flush(sheet.estimated_rows, sheet.estimated_rows)
        send(("end",))
    except UnusableFile as problem:
        send(("unusable", problem.code, problem.params))
    except _PipeClosed:
        raise
    except Exception:
        send(("failed", traceback.format_exc()))
