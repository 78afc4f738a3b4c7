"""Logging to a file in the user's log directory.

Secrets and personal data never reach it. Callers log no passwords or tokens, and no names or ID numbers:
they log a declaration's id, an error's code, never a message that may quote a person. Three guards stand
behind them, because libraries log too:

- httpx logs every request's full address at INFO ("HTTP Request: GET …/payments?person=张三"): its logger
  and httpcore's log only warnings here (the client logs failed requests itself, without the query);
- every line written, tracebacks included, loses the query string of any web address and has anything
  shaped like an ID number (15 or 18 characters of digits, X last) replaced by asterisks;
- anything that looks like an Authorization header or a password is masked.
"""

from __future__ import annotations

import logging
import logging.handlers
import re
from pathlib import Path

from ssclient import paths

LOG_FILE_NAME = "ssclient.log"
_SECRET = re.compile(r"(?i)(bearer\s+|password[\"']?\s*[:=]\s*[\"']?)[^\s\"',}]+")
# A resident ID number (GB 11643: 17 digits and a check digit or X; the old form: 15 digits), standing
# alone: a serial number such as SB2026112000000003 has letters before its digits and is kept.
_ID_NUMBER = re.compile(r"(?<![0-9A-Za-z])(?:\d{17}[\dXx]|\d{15})(?![0-9A-Za-z])")
# The query of a web address (search criteria travel there: person=张三).
_QUERY = re.compile(r"(\b[a-z][a-z0-9+.-]*://[^\s?#\"']*)\?[^\s#\"']*", re.IGNORECASE)
# Libraries that log request addresses at INFO.
QUIET_LOGGERS = ("httpx", "httpcore")


def redact(text: str) -> str:
    """`text` without web-address queries and ID numbers: what may be written to the log file."""
    return _ID_NUMBER.sub("******************", _QUERY.sub(r"\1?…", text))


class _MaskSecrets(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        masked = _SECRET.sub(r"\1***", message)
        if masked != message:
            record.msg, record.args = masked, None
        return True


class _PrivateFormatter(logging.Formatter):
    """Formats as usual, then redacts the whole line, so a traceback's text is covered too."""

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


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
        handler.setFormatter(_PrivateFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        handler.addFilter(_MaskSecrets())
        root.addHandler(handler)
    root.setLevel(level)
    for name in QUIET_LOGGERS:
        logging.getLogger(name).setLevel(max(level, logging.WARNING))
    return path
