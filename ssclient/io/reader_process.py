"""Read a spreadsheet in a child process, so the process that asked keeps its interpreter to itself.

openpyxl parses a workbook in Python, and even calamine's quicker read makes a Python object of every cell.
On a worker thread that work holds the interpreter lock and fills the garbage collector's generations, so a
window importing 10,000 rows stuttered for tens of milliseconds at a time. In a child process the parse runs on the other core; its raw rows (cell values)
come back in batches, and this process makes them into lines and checks them while the next batch is read.

The child only opens the file (`open_source`, the same CsvSource or XlsxSource as in process) and sends its
raw rows; the header, the columns, the lines and the cells' findings are made here by Spreadsheet, so a
sheet read this way gives exactly what `open_spreadsheet` gives. Asked to (a CheckJob), a child holding all
rows at once (calamine's read) also checks the last rows while this process makes the lines; its findings
follow the rows (ssclient.io.shared_check). Its side is ssclient.io.reader_child. Starting a child means starting Python and
importing the readers, so one is kept ready (`warm_up` when the import window opens); unused for five minutes,
it ends itself. A child reads one file at a time and only reads: after a Cancel, or if its rows are not
all wanted (a sheet without the columns needed), it is simply ended.

A hostile or broken workbook must not take the machine with it. Before parsing, the reader refuses what
would cost too much (ssclient.io.xlsx_guard); beyond that the child runs under a memory ceiling it sets on
itself (ssclient.io.process_limits: past it the read ends as FILE_TOO_DEMANDING and the child exits), and
this side ends a child that sends nothing for STALL_SECONDS (FILE_TOO_SLOW). Both say so to the user as a
file that cannot be used; neither is retried in this process."""

from __future__ import annotations

import logging
import multiprocessing
import pickle
import threading
import time
from collections.abc import Generator
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import Any

from ssclient.domain.enums import DeclarationType
from ssclient.io.errors import ReadCancelled, UnusableFile
from ssclient.io.reader_child import serve
from ssclient.io.shared_check import CheckedRows, CheckJob
from ssclient.io.spreadsheet import Cancelled, RawRow, Spreadsheet

log = logging.getLogger(__name__)

# How often a wait for the child looks at Cancel and at whether the child still runs.
POLL_SECONDS = 0.05
# How long a child may take to end after it is asked to.
END_SECONDS = 5.0
# How long a child waits for the next file before it ends itself (its memory back to the system).
IDLE_SECONDS = 300.0
# The longest a child may go without sending anything while it reads: opening the largest real workbook
# (the guard's pass, the shared strings) or reading a batch of rows takes seconds.
STALL_SECONDS = 60.0
# How much memory a child may take beyond what it holds after its imports.
MEMORY_LIMIT_BYTES = 2 * 1024**3


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
        try:
            self.connection, child_end = context.Pipe()
        except OSError as exc:  # no file descriptors left, say
            raise ReaderUnavailable(f"cannot open a pipe to a spreadsheet reader process: {exc}") from exc
        self.process = context.Process(
            target=serve,
            args=(child_end, IDLE_SECONDS, MEMORY_LIMIT_BYTES),
            name="ssclient-sheet-reader",
            daemon=True,
        )
        self.reading = ""  # the name of the file being read, for the message when it is stopped
        try:
            self.process.start()
        except Exception as exc:  # OSError from the system; multiprocessing's own refusals too
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
        """The child's next message; ReadCancelled as soon as `cancelled()` turns true. What the child
        logged comes first and goes to this program's log."""
        while True:
            message = self._next(cancelled)
            if message[0] != "log":
                return message
            for name, level, text in message[1]:
                logging.getLogger(name).log(level, "%s (in the spreadsheet reader process)", text)

    def _next(self, cancelled: Cancelled | None) -> tuple[Any, ...]:
        deadline = time.monotonic() + STALL_SECONDS
        try:
            while not self.connection.poll(POLL_SECONDS):
                if cancelled is not None and cancelled():
                    raise ReadCancelled
                if not self.alive():
                    raise ReaderFailed(
                        f"the spreadsheet reader process ended (exit code {self.process.exitcode})"
                    )
                if time.monotonic() > deadline:
                    self._stop_stalled()
            if cancelled is not None and cancelled():
                raise ReadCancelled
            message: tuple[Any, ...] = pickle.loads(self.connection.recv_bytes())
        except (EOFError, OSError) as exc:  # on Windows poll() itself raises once the child has gone
            raise ReaderFailed(f"the spreadsheet reader process has ended: {exc}") from exc
        return message

    def _stop_stalled(self) -> None:
        log.info("the spreadsheet reader sent nothing for %s s: ended", STALL_SECONDS)
        self.end()
        raise UnusableFile("FILE_TOO_SLOW", name=self.reading, seconds=f"{STALL_SECONDS:g}")

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
            stale = self._idle if self._idle is not None and not self._idle.alive() else None
            if stale is not None:  # it ended itself (unused for IDLE_SECONDS): the new one takes its place
                self._idle = None
            kept = self._idle is None and child.alive()
            if kept:
                self._idle = child
        if stale is not None:
            stale.end()
        if not kept:
            child.end()

    def warm_up(self) -> None:
        with self._lock:
            if self._idle is not None and self._idle.alive():
                return
        self.give_back(_Child())

    def ready_process(self) -> BaseProcess | None:
        with self._lock:
            return self._idle.process if self._idle is not None else None

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


def ready_process() -> BaseProcess | None:
    """The reader process kept ready, if any (for tests: to wait for it, or see that it ended)."""
    return _pool.ready_process()


def shut_down() -> None:
    """End the idle reader process (at exit; a daemon process would be ended anyway)."""
    _pool.shut_down()


class ChildSource:
    """A file's raw rows as a reader process reads them (a RowSource for Spreadsheet)."""

    def __init__(self, child: _Child, opened: tuple[Any, ...], cancelled: Cancelled | None) -> None:
        _tag, self.name, self.estimated_rows, self.merges, self.text_only, split = opened
        self.split_row: int | None = split
        self._child: _Child | None = child
        self._cancelled = cancelled
        self._done = False  # the child told how the read ended: it can read the next file

    @property
    def process_id(self) -> int | None:
        return self._child.process.pid if self._child is not None else None

    def rows(self) -> Generator[RawRow, None, None]:
        if self._child is None:
            raise RuntimeError("the reader process of this file was closed")
        while True:
            message = self._child.receive(self._cancelled)
            if message[0] == "rows":
                yield from message[1]
            elif message[0] == "batches":  # every batch at once, each still pickled
                for batch in message[1]:
                    yield from pickle.loads(batch)[1]
            elif message[0] == "end":
                self._done = self.split_row is None  # else its check of the last rows is still to come
                return
            else:
                self._done = message[0] == "unusable"
                raise _problem(message)

    def checked_rows(self) -> CheckedRows | None:
        """The findings of the rows from `split_row` on, once every row is read; None when the child
        checks none or could not check them (then they are checked here)."""
        if self._child is None or self.split_row is None:
            return None
        try:
            message = self._child.receive(self._cancelled)
            if message[0] != "checked":
                raise _problem(message)
        except ReaderFailed as exc:  # every row is here already: they are checked here
            log.warning("the spreadsheet reader process did not check its rows: %s", exc)
            return None
        self._done = True
        checked: CheckedRows | None = message[1]
        return checked

    def close(self) -> None:
        child, self._child = self._child, None
        if child is None:
            return
        if self._done:
            _pool.give_back(child)
        else:
            child.end()  # still reading (Cancel, or the caller stopped): ending it is the quickest stop


class ChildSheet(Spreadsheet):
    """A Spreadsheet whose raw rows a reader process reads: header, columns, lines and cell findings are
    made here, by the same code as for a file read in process."""

    def __init__(self, path: Path, kind: DeclarationType, source: ChildSource) -> None:
        self._child_source = source
        super().__init__(path, kind, source)

    @property
    def process_id(self) -> int | None:
        """The reading process's id (for the log and for tests); None once closed."""
        return self._child_source.process_id

    @property
    def split_row(self) -> int | None:
        """The first row the reader process checks itself (ssclient.io.shared_check); None: none."""
        return self._child_source.split_row

    def checked_rows(self) -> CheckedRows | None:
        return self._child_source.checked_rows()


def open_in_child(
    path: Path, kind: DeclarationType, cancelled: Cancelled | None = None, check: CheckJob | None = None
) -> ChildSheet:
    """Open a sheet whose rows a reader process reads (and, given `check`, partly checks: see
    ssclient.io.shared_check). Raises UnusableFile as open_spreadsheet does, ReadCancelled, and
    ReaderFailed when the process cannot do its work."""
    child = _pool.take()
    try:
        opened = _ask(child, path, cancelled, check)
    except ReaderFailed:
        # The kept process ended since (unused for IDLE_SECONDS, it ends itself): one more try, in a new one.
        child = _Child()
        opened = _ask(child, path, cancelled, check)
    if opened[0] != "source":
        if opened[0] == "unusable":
            _pool.give_back(child)
        else:
            child.end()
        raise _problem(opened)
    return ChildSheet(path, kind, ChildSource(child, opened, cancelled))


def _ask(child: _Child, path: Path, cancelled: Cancelled | None, check: CheckJob | None) -> tuple[Any, ...]:
    """Send a file to read; the answer describes its rows, or says why it cannot be read. Ends the child on
    failure."""
    try:
        child.reading = path.name
        child.send((str(path.resolve()), check))  # the child's working folder may not be this one's
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
