"""Settings → Policy shows the agency's policy history cached at log-in: which of its tables is in force
for which month, beside the official tables loaded on this computer."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from ssclient.domain.clock import FixedClock
from ssclient.domain.roster import Unit
from ssclient.gui.app_settings import AppSettings
from ssclient.gui.context import AppContext
from ssclient.gui.policy_settings import PolicySection
from ssclient.gui.workers import cancel_all_and_wait
from ssclient.policy.serialize import history_to_json
from ssclient.store import Store
from tests.app.test_policy_tables import table_text
from tests.support.policy_tables import later_table, two_tables

UNIT = Unit("170000031", "北京示例科技有限公司", "91110000000000001X", "91110000000000001X")
SHOTS = Path("/tmp/shots/policy")


@pytest.fixture
def cached_ctx(settings: AppSettings, agency_clock: FixedClock, tmp_path: Path) -> Iterator[AppContext]:
    """A session whose store holds the agency's two tables, as an online log-in left them."""
    store = Store.open(tmp_path / "unit.sqlite3", clock=agency_clock)
    store.save_unit(UNIT)
    store.save_policy_history_json(UNIT.unit_code, history_to_json(two_tables()))
    context = AppContext(settings, clock=agency_clock, store=store, policy=later_table())
    context.set_unit(UNIT)
    yield context
    cancel_all_and_wait()
    store.close()


def test_the_agency_history_shows_which_table_is_in_force_for_which_month(
    qtbot: QtBot, cached_ctx: AppContext, tmp_path: Path, artifacts: Path
) -> None:
    section = PolicySection(cached_ctx)
    qtbot.addWidget(section)
    section.resize(820, 420)
    section.show()
    qtbot.waitUntil(lambda: len(section.schedule) == 2)
    rows = [(str(row.first), str(row.last), row.loaded, row.policy.id) for row in section.schedule]
    assert rows == [
        ("2026-01", "2026-10", False, "illustrative-2026"),
        ("2026-11", "None", False, "later"),
    ]
    shown = [[section.table.item(row, 1) for row in range(2)]]
    assert [item.text() if item else "" for item in shown[0]] == ["2026-10", "until a newer table"]
    assert section.in_force_label.text().startswith("In force in 2026-11: 示例政策 2026-11（测试）")
    assert not section.remove_button.isEnabled()  # the agency's tables are not the user's to remove

    # An official table loaded from 2027-01 follows the agency's from then on.
    official = tmp_path / "official.toml"
    official.write_text(table_text(starts="2027-01"), encoding="utf-8")
    with qtbot.waitSignal(section.changed, timeout=10_000):
        section.load(official)
    qtbot.waitUntil(lambda: len(section.schedule) == 3)
    after = [(str(row.first), str(row.last), row.loaded) for row in section.schedule]
    assert after == [("2026-01", "2026-10", False), ("2026-11", "2026-12", False), ("2027-01", "None", True)]
    SHOTS.mkdir(parents=True, exist_ok=True)
    section.grab().save(str(SHOTS / "settings-policy-history.png"))
    section.grab().save(str(artifacts / "settings-policy-history.png"))
