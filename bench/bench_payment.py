"""A payment declaration computed for 10,000 and for 100,000 people, then checked against itself as the
agency does.

Targets: computing it takes at most 1 s for 10,000 people, at most 2 s for 100,000 (a large employer's
unit in one city).
"""

from __future__ import annotations

import time
from decimal import Decimal

from ssclient.domain.enums import InsuranceType, PersonStatus
from ssclient.domain.period import Period
from ssclient.domain.roster import RosterEntry
from ssclient.policy.loader import default_policy
from ssclient.rules.payment import BackPayRequest, check_payment, compute_payments
from ssclient.rules.payment_totals import grand_total

# (people, target seconds)
SIZES = ((10_000, 1.0), (100_000, 2.0))
PERIOD = Period(2026, 11)


def roster(size: int) -> list[RosterEntry]:
    """A varied roster: bases with odd cents, some base changes, some interrupted people."""
    people = []
    for index in range(size):
        base = Decimal(4800 + (index * 37) % 19_000) + Decimal(index % 100) / 100
        entry = RosterEntry(
            id_number=f"110105199001{index:05d}X",
            name=f"职工{index}",
            status=PersonStatus.INTERRUPTED if index % 50 == 0 else PersonStatus.ACTIVE,
            base=base,
            since=Period(2026, 1),
            interrupted_from=PERIOD if index % 50 == 0 else None,
        )
        if index % 10 == 0:
            entry = entry.with_base_change(Period(2026, 10), base + 500)
        people.append(entry)
    return people


def main() -> None:
    policy = default_policy()
    for size, target in SIZES:
        people = roster(size)
        backpay = [BackPayRequest(p.id_number, InsuranceType.MEDICAL, 3) for p in people[1::100]]
        started = time.perf_counter()
        lines = compute_payments(people, policy, PERIOD, industry_class=3, backpay=backpay)
        computed = time.perf_counter() - started
        started = time.perf_counter()
        findings = check_payment(lines, lines)
        checked = time.perf_counter() - started
        verdict = "ok" if computed <= target else "OVER TARGET"
        print(
            f"   compute payment for {size:,} people: {computed:.3f} s  (target <= {target:.1f} s) {verdict}"
        )
        print(f"   lines: {len(lines):,}, total {grand_total(lines):,.2f}")
        print(f"   check declared against computed: {checked:.3f} s, findings: {len(findings)}")


if __name__ == "__main__":
    main()
