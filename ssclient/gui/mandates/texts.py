"""The agency's refusals about agents and mandates in the user's language (their codes looked up, see
gui.errors through gui.operators.errors)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

# How the agency marks a record an agent submitted (agency.auth.Caller.submitted_by): "agent:" and its code.
AGENT_SUBMITTER = "agent:"


def agent_submitter(submitted_by: str) -> str | None:
    """ "Agent 190123456" for a record an agent submitted; None for anyone else's."""
    if not submitted_by.startswith(AGENT_SUBMITTER):
        return None
    code = submitted_by.removeprefix(AGENT_SUBMITTER)
    return QCoreApplication.translate("Mandates", "Agent %1").replace("%1", code)


def mandate_refusal(code: str) -> str | None:
    """The text for a refusal with this code; None when it is not about agents or mandates."""
    texts: dict[str, Callable[[], str]] = {
        "AGENT_NOT_FOUND": lambda: QCoreApplication.translate(
            "Mandates",
            "There is no agent with this code. Ask the accounting agency for its agent code and enter it "
            "exactly.",
        ),
        "MANDATE_EXISTS": lambda: QCoreApplication.translate(
            "Mandates", "This agent already holds a mandate from this unit; there is nothing to grant."
        ),
        "MANDATE_NOT_FOUND": lambda: QCoreApplication.translate(
            "Mandates",
            "This agent holds no mandate from this unit, so there is nothing to withdraw. Refresh the list.",
        ),
        "ADMINISTRATOR_ONLY": lambda: QCoreApplication.translate(
            "Mandates",
            "Only the unit's administrator (the unit's own log-in) can do this; ask the administrator.",
        ),
        "MANDATE_WITHDRAWN": lambda: QCoreApplication.translate(
            "Mandates",
            "This unit has withdrawn its mandate: nothing more can be done for it. Ask the unit's "
            "administrator to grant it again if the work should go on.",
        ),
        "UNIT_NOT_FOUND": lambda: QCoreApplication.translate(
            "Mandates", "This unit has given you no mandate. Choose one of the units that mandated you."
        ),
        "AGENTS_ONLY": lambda: QCoreApplication.translate(
            "Mandates", "Only an agent (an accounting agency) can do this; log in as one."
        ),
    }
    text = texts.get(code)
    return text() if text is not None else None
