"""The frozen program's entry point: the same `ssclient` command line as the installed console script.

On Windows the running program holds a named mutex, which the installer and the uninstaller look for to
ask the user to close it first (packaging/windows/ssclient.nsi, RUNNING_MUTEX); Windows releases it when the
process ends, however it ends.
"""

import multiprocessing
import sys

from ssclient.cli import main

RUNNING_MUTEX = "ssclient-6F1D2B7A-running"


def hold_running_mutex() -> object:
    """Create the named mutex (kept open for the life of the process); None off Windows or if it fails."""
    if sys.platform != "win32":
        return None
    import ctypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    kernel32.CreateMutexW.restype = ctypes.c_void_p
    return kernel32.CreateMutexW(None, False, RUNNING_MUTEX)


if __name__ == "__main__":
    multiprocessing.freeze_support()  # a frozen child process must not start another client
    _running = hold_running_mutex()
    sys.exit(main())
