"""Why a policy file is refused, as catalogue texts (context "Policy", translated with the findings
catalogue by tools/update_translations.py): a window says the key and the reason in the user's language."""

from __future__ import annotations

POLICY_CONTEXT = "Policy"
POLICY_TEXTS: dict[str, str] = {
    "missing": "is missing",
    "table": "must be a table",
    "text": "must be non-empty text",
    "month": 'must be a month such as "2026-01"',
    "whole": "must be a whole number from {low} to {high}",
    "bool": "must be true or false",
    "quoted": 'must be a quoted decimal such as "0.08"',
    "not_decimal": "is not a decimal number: {raw}",
    "range": "is out of range",
    "list": "must be a list of quoted decimals",
    "not_above": "must not exceed {other}",
    "not_after": "must not be after {other}",
    "one_of": "must be one of {choices}",
    "positive": "must be positive",
    "quantum": "must be a whole multiple of the rounding quantum {quantum}",
    "unreadable": "cannot be read: {detail}",
    "not_utf8": "is not UTF-8 text",
    "not_toml": "is not valid TOML: {detail}",
    "not_a_figure": "is not a figure of this table (its figures: {names})",
    "illustrative_figures": "must be true while figures are illustrative: {figures}",
    # A fixed monthly charge, said beside the amounts it is part of (payment form, receipt, statement).
    "fixed_charge": "{insurance} includes {name} ({name_en}): {employer} from the employer and {employee} "
    "from the employee, per person and month. Source: {origin}",
    "fixed_charge_illustrative": "{insurance} includes {name} ({name_en}): {employer} from the employer and "
    "{employee} from the employee, per person and month. Illustrative figures, not official: {origin}",
    "fixed_employee": "Of which fixed charge, employee",
    "fixed_employer": "Of which fixed charge, employer",
    # A table loaded beside others (Settings → Policy): one pooling area at a time.
    "other_area": "is {area}, but the tables loaded are for {loaded}: remove those first",
}
