"""Fixtures for the shell's GUI tests."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from ssclient import logsetup


@pytest.fixture
def log_file() -> Iterator[Path]:
    """The program's file log, set up as the app does, and removed again after the test."""
    path = logsetup.setup_file_logging()
    yield path
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "baseFilename", None) == str(path):
            root.removeHandler(handler)
            handler.close()
