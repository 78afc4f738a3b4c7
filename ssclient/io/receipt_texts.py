"""The receipt's texts: English sources, translated through `tr` in context "Receipt" (the findings
catalogue holds them, tools/update_translations.py)."""

from __future__ import annotations

RECEIPT_CONTEXT = "Receipt"
RECEIPT_TEXTS: dict[str, str] = {
    "title": "Declaration receipt",
    "serial": "Serial number",
    "unit": "Unit",
    "type": "Business type",
    "period": "Period",
    "status": "Status",
    "approved": "Approved",
    "revoked": "Revoked",
    "approved_at": "Approved at",
    "revoked_at": "Revoked at",
    "replaces": "Replaces",
    "replaced_by": "Replaced by",
    "printed_at": "Status as printed at",
    "revoked_note": "This declaration has been revoked: what it declared no longer stands.",
    "lines": "Lines",
    "totals": "Totals",
    "people": "People: {count}",
    "base_total": "Declared bases in total: {amount}",
    "no": "No.",
    "id_number": "ID number",
    "name": "Name",
    "hukou": "Household registration",
    "wage_base": "Wage base",
    "migrant_worker": "Migrant worker",
    "migrant_insurance": "Migrant-worker insurance",
    "backpay": "Back payment (months)",
    "reason": "Reason",
    "new_base": "New base",
    "average_wage": "Average monthly wage of last year",
    "effective": "From month",
    "insurance": "Insurance type",
    "month": "Month",
    "base": "Base",
    "employee": "Employee share",
    "employer": "Employer share",
    "declared_wage": "declared wage",
    "base_used": "base used",
    "capped_note": "Where a declared wage lies outside the contribution base limits, contributions are "
    "computed on the floor or the ceiling: the base used and the declared wage are both shown.",
    "total": "Total",
    "all": "All insurance types",
    "page": "Serial number {serial} · page {page}",
    "note": "Issued by the agency when it approved the declaration. This receipt can be printed again from "
    "the declaration record at any time.",
    # Business types
    "type_add": "Add personnel",
    "type_renewal": "Renew personnel",
    "type_interruption": "Interrupt personnel",
    "type_base_change": "Contribution base",
    "type_payment": "Payment declaration",
    "type_annual_base": "Annual base",
    # Household registration types
    "hukou_11": "local urban",
    "hukou_12": "non-local urban",
    "hukou_21": "local rural",
    "hukou_22": "non-local rural",
}
