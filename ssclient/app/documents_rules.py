"""The rulebook and the policy as the document windows use them while the user types.

The rules are pure and take well under a millisecond per line, so the editor and the contribution forms run
them on the GUI thread as the user types; they reach them here, through the application layer, like every
other part of the program below the windows.
"""

from __future__ import annotations

from ssclient.io.messages import render_finding
from ssclient.policy.model import Policy
from ssclient.policy.regions import Region, Regions
from ssclient.rules import RuleContext, check_declaration, check_line, finding
from ssclient.rules.declaration import backpay_insurances
from ssclient.rules.identity import check_id_number, parse_id_type
from ssclient.rules.payment import check_payment, month_of, totals_by_insurance, totals_by_share
from ssclient.rules.person import parse_hukou, parse_yes_no
from ssclient.rules.retirement import parse_womens_category

__all__ = [
    "Policy",
    "Region",
    "Regions",
    "RuleContext",
    "backpay_insurances",
    "check_declaration",
    "check_id_number",
    "check_line",
    "check_payment",
    "finding",
    "month_of",
    "parse_hukou",
    "parse_id_type",
    "parse_womens_category",
    "parse_yes_no",
    "render_finding",
    "totals_by_insurance",
    "totals_by_share",
]
