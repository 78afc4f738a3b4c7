"""The rulebook: every check is a rule with a stable code; any input gives findings, never an exception."""

from ssclient.rules.context import RuleContext
from ssclient.rules.declaration import (
    check_batch,
    check_declaration,
    check_duplicates,
    check_line,
    check_window,
)
from ssclient.rules.messages import MESSAGES, finding

__all__ = [
    "MESSAGES",
    "RuleContext",
    "check_batch",
    "check_declaration",
    "check_duplicates",
    "check_line",
    "check_window",
    "finding",
]
