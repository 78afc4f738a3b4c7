"""The frozen program's entry point: the same `ssclient` command line as the installed console script."""

import multiprocessing
import sys

from ssclient.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # a frozen child process must not start another client
    sys.exit(main())
