"""Texts the query windows share: formatting of cells, and the agency's refusals in the user's language."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from ssclient.app.exports import Translate, WriteError
from ssclient.app.exports import write_error_text as _write_error_text
from ssclient.app.records import RevokeRefused
from ssclient.app.statements import insurance_name as _insurance_name
from ssclient.domain.enums import DeclarationType, InsuranceType, PersonStatus
from ssclient.domain.period import Period


def translate(context: str, source: str) -> str:
    """The application's translation function, for io's catalogues (statements, receipts)."""
    return QCoreApplication.translate(context, source)


TRANSLATE: Translate = translate


def insurance_name(insurance: InsuranceType) -> str:
    return _insurance_name(insurance, translate)


def person_status_name(status: PersonStatus) -> str:
    return (
        QCoreApplication.translate("Records", "Insured")
        if status is PersonStatus.ACTIVE
        else QCoreApplication.translate("Records", "Interrupted")
    )


def hukou_text(code: str) -> str:
    """A household registration type as its code and name (``11 local urban``)."""
    names = {
        "11": QCoreApplication.translate("Records", "local urban"),
        "12": QCoreApplication.translate("Records", "non-local urban"),
        "21": QCoreApplication.translate("Records", "local rural"),
        "22": QCoreApplication.translate("Records", "non-local rural"),
    }
    name = names.get(code.strip())
    return f"{code} {name}" if name else code


def local_time(moment: datetime | None) -> str:
    """A time as the agency gave it (Beijing time), to the second."""
    return "" if moment is None else moment.strftime("%Y-%m-%d %H:%M:%S")


def revoke_question(kind: DeclarationType, serial: str, period: Period) -> str:
    """What revoking the record undoes, asked before it is done."""
    if kind is DeclarationType.PAYMENT:
        # A payment changes no roster: what the accountant must know is that the month is undeclared.
        text = QCoreApplication.translate(
            "DeclarationRecordsWindow",
            "Revoke the payment declaration %1? %2 then has no payment declared: declare it again before "
            "the declaration window closes.",
        ).replace("%2", str(period))
    else:
        # The period's payment, if declared, was computed with this record's changes (the month then says
        # it no longer matches): said before, not only after.
        text = QCoreApplication.translate(
            "DeclarationRecordsWindow",
            "Revoke the declaration %1? The agency undoes what it changed in the roster. If the payment for "
            "%2 is already declared, revise it afterwards so that it matches the roster.",
        ).replace("%2", str(period))
    return text.replace("%1", serial)


def revoke_refusal_text(error: RevokeRefused) -> str:
    """Why the agency would not revoke, in the user's language; its own sentence when the code is new.
    A refusal because of a later declaration names it (the agency gives its serial number)."""
    blocking = error.blocking_serial
    known = {
        "REVOKE_WINDOW_CLOSED": QCoreApplication.translate(
            "Records",
            "The agency refused to revoke it: a declaration can be revoked only while its period's "
            "declaration window is open, and that window has closed.",
        ),
        "REVOKE_DEPENDENT": QCoreApplication.translate(
            "Records",
            "The agency refused to revoke it: a later approved declaration builds on it for the same people. "
            "Revoke that one first.",
        )
        if blocking is None
        else QCoreApplication.translate(
            "Records",
            "The agency refused to revoke it: the later declaration %1 builds on it for the same people. "
            "Revoke %1 first.",
        ).replace("%1", blocking),
        "REVOKE_NOT_APPROVED": QCoreApplication.translate(
            "Records", "The agency refused to revoke it: only an approved declaration can be revoked."
        ),
    }
    return known.get(error.code) or QCoreApplication.translate(
        "Records", "The agency refused to revoke it: %1"
    ).replace("%1", error.message)


def write_error_text(error: WriteError) -> str:
    """Why a file was not written, in the user's language."""
    return _write_error_text(error, translate)


def sort_refused_text(matching: int, limit: int) -> str:
    return (
        QCoreApplication.translate(
            "Records",
            "Sorting needs every matching row and %1 match; narrow the criteria to at most %2 rows first.",
        )
        .replace("%1", f"{matching:,}")
        .replace("%2", f"{limit:,}")
    )
