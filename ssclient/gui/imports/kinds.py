"""The declaration types a spreadsheet can be imported as (payment declarations are computed, not listed)."""

from __future__ import annotations

from ssclient.domain.enums import DeclarationType

IMPORT_KINDS = (
    DeclarationType.ADD,
    DeclarationType.RENEWAL,
    DeclarationType.INTERRUPTION,
    DeclarationType.BASE_CHANGE,
)
