"""Logging to a file in the user's log directory. Secrets never reach it: callers log no passwords or
tokens, and a filter masks anything that looks like an Authorization header as a last guard."""

from __future__ import annotations

import logging
import logging.handlers
import re
from pathlib import Path

from ssclient import paths

LOG_FILE_NAME = "ssclient.log"
_SECRET = re.compile(r"(?i)(bearer\s+|password[\"']?\s*[:=]\s*[\"']?)[^\s\"',}]+")


class _MaskSecrets(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        masked = _SECRET.sub(r"\1***", message)
        if masked != message:
            record.msg, record.args = masked, None
        return True


def log_file() -> Path:
    return paths.log_dir() / LOG_FILE_NAME


def setup_file_logging(level: int = logging.INFO) -> Path:
    """Send the program's log to a rotating file; returns its path (shown to the user on errors)."""
    path = log_file()
    root = logging.getLogger()
    if not any(getattr(h, "baseFilename", None) == str(path) for h in root.handlers):
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=2_000_000, backupCount=3, encoding="utf-8"
        )
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        handler.addFilter(_MaskSecrets())
        root.addHandler(handler)
    root.setLevel(level)
    return path
