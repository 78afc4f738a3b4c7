"""A memory ceiling for the spreadsheet reader process (ssclient.io.reader_process), set by the process on
itself: past it an allocation fails, Python raises MemoryError, and the read ends with a message instead of
the machine swapping. On Linux (and other POSIX systems) the ceiling is the address space (RLIMIT_AS) the
process may add to what it has after its imports; on Windows a job object limits the memory it commits.
Where neither works the reader runs without one (the caller's watchdog still bounds its time)."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

log = logging.getLogger(__name__)

_JOB_OBJECT_LIMIT_PROCESS_MEMORY = 0x100
_JOB_OBJECT_EXTENDED_LIMIT_INFORMATION = 9

# What limit_memory allowed this process to grow by; None while no ceiling is set.
_budget: int | None = None


def limit_memory(extra_bytes: int) -> bool:
    """Let this process grow by at most about `extra_bytes`; True when a ceiling is in place."""
    global _budget
    try:
        if sys.platform == "win32":
            _limit_windows(extra_bytes + 256 * 1024 * 1024)  # committed memory, imports included
        else:
            _limit_posix(extra_bytes)
    except (OSError, ValueError, AttributeError, ImportError) as exc:
        log.info("the spreadsheet reader runs without a memory ceiling: %s", exc)
        return False
    _budget = extra_bytes
    return True


def memory_budget() -> int | None:
    """How much this process may grow by under its ceiling (None: no ceiling). A reader in compiled code
    that aborts the process when an allocation fails (Rust does) is given only work well within it."""
    return _budget


def _limit_posix(extra_bytes: int) -> None:
    import resource

    statm = Path("/proc/self/statm")
    if not statm.exists():
        raise OSError("the process's address space size is unknown here")
    current = int(statm.read_text().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    ceiling = current + extra_bytes
    if hard != resource.RLIM_INFINITY:
        ceiling = min(ceiling, hard)
    resource.setrlimit(resource.RLIMIT_AS, (ceiling, hard))


def _limit_windows(ceiling: int) -> None:  # pragma: no cover - runs on Windows only
    import ctypes
    from ctypes import wintypes

    class IoCounters(ctypes.Structure):
        _fields_ = [(name, ctypes.c_ulonglong) for name in ("reads", "writes", "others",
                                                             "read_bytes", "written_bytes", "other_bytes")]  # fmt: skip

    class BasicLimits(ctypes.Structure):
        _fields_ = [
            ("PerProcessUserTimeLimit", ctypes.c_int64),
            ("PerJobUserTimeLimit", ctypes.c_int64),
            ("LimitFlags", wintypes.DWORD),
            ("MinimumWorkingSetSize", ctypes.c_size_t),
            ("MaximumWorkingSetSize", ctypes.c_size_t),
            ("ActiveProcessLimit", wintypes.DWORD),
            ("Affinity", ctypes.c_size_t),
            ("PriorityClass", wintypes.DWORD),
            ("SchedulingClass", wintypes.DWORD),
        ]

    class ExtendedLimits(ctypes.Structure):
        _fields_ = [
            ("BasicLimitInformation", BasicLimits),
            ("IoInfo", IoCounters),
            ("ProcessMemoryLimit", ctypes.c_size_t),
            ("JobMemoryLimit", ctypes.c_size_t),
            ("PeakProcessMemoryUsed", ctypes.c_size_t),
            ("PeakJobMemoryUsed", ctypes.c_size_t),
        ]

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
    kernel32.CreateJobObjectW.restype = wintypes.HANDLE
    kernel32.CreateJobObjectW.argtypes = [ctypes.c_void_p, wintypes.LPCWSTR]
    kernel32.SetInformationJobObject.argtypes = [
        wintypes.HANDLE,
        ctypes.c_int,
        ctypes.c_void_p,
        wintypes.DWORD,
    ]
    kernel32.GetCurrentProcess.restype = wintypes.HANDLE
    kernel32.AssignProcessToJobObject.argtypes = [wintypes.HANDLE, wintypes.HANDLE]
    job = kernel32.CreateJobObjectW(None, None)
    if not job:
        raise OSError(ctypes.get_last_error(), "CreateJobObjectW failed")  # type: ignore[attr-defined]
    limits = ExtendedLimits()
    limits.BasicLimitInformation.LimitFlags = _JOB_OBJECT_LIMIT_PROCESS_MEMORY
    limits.ProcessMemoryLimit = ceiling
    if not kernel32.SetInformationJobObject(
        job, _JOB_OBJECT_EXTENDED_LIMIT_INFORMATION, ctypes.byref(limits), ctypes.sizeof(limits)
    ):
        raise OSError(ctypes.get_last_error(), "SetInformationJobObject failed")  # type: ignore[attr-defined]
    if not kernel32.AssignProcessToJobObject(job, kernel32.GetCurrentProcess()):
        raise OSError(ctypes.get_last_error(), "AssignProcessToJobObject failed")  # type: ignore[attr-defined]
