"""The columns a declaration record of an information change shows (Query → Declaration records, the
record's details): the facts each line gives, as the agency approved them."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from ssclient.app.info_change import facts_of
from ssclient.domain.declaration import DeclarationLine
from ssclient.gui.infochange.corrections import fact_name, fact_text

Cell = Callable[[DeclarationLine, Decimal | None], str]

_SHOWN = ("id_type", "hukou_type", "migrant_worker", "migrant_insurance")


def info_change_columns() -> list[tuple[str, Cell]]:
    """(title, cell) for each fact besides the ID number and the name; the home region as one column."""
    columns: list[tuple[str, Cell]] = [(fact_name(field), _fact(field)) for field in _SHOWN]
    columns.append((fact_name("region"), _region))
    return columns


def _fact(field: str) -> Cell:
    def cell(line: DeclarationLine, _base: Decimal | None) -> str:
        facts = facts_of(line)
        shown = fact_text(field, facts[field])
        if field == "id_type" and facts["nationality"]:
            return f"{shown} ({facts['nationality']})"  # a passport: its holder's nationality beside it
        return shown

    return cell


def _region(line: DeclarationLine, _base: Decimal | None) -> str:
    facts = facts_of(line)
    return " ".join(facts[key] for key in ("province", "city", "county") if facts[key])
