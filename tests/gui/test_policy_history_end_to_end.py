"""End to end: a log-in at an agency that publishes two tables keeps them, and Settings → Policy shows which
is in force for which month, the session following the table of the current month."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from ssclient.agency.server import RunningAgency, start_agency
from ssclient.domain.clock import FixedClock
from ssclient.gui.context import AppContext
from ssclient.gui.settings import SettingsDialog
from ssclient.gui.shell import Shell
from ssclient.sync.api import AgencyClient
from tests.gui.test_session import _main_window
from tests.support.agency import AgencyUnit, register_unit
from tests.support.policy_tables import two_tables


@pytest.fixture
def history_agency(tmp_path: Path, agency_clock: FixedClock) -> Iterator[RunningAgency]:
    running = start_agency(f"sqlite:///{tmp_path / 'agency.sqlite3'}", agency_clock, history=two_tables())
    try:
        yield running
    finally:
        running.stop()


@pytest.fixture
def history_unit(history_agency: RunningAgency) -> Iterator[AgencyUnit]:
    with AgencyClient(history_agency.url, retries=0) as client:
        yield register_unit(client)


@pytest.fixture
def history_shell(qtbot: QtBot, ctx: AppContext, history_agency: RunningAgency) -> Iterator[Shell]:
    ctx.settings.agency_url = history_agency.url
    running = Shell(ctx)
    login = running.start()
    qtbot.addWidget(login)
    qtbot.waitUntil(lambda: login.login_button.isEnabled(), timeout=10_000)
    yield running
    running.shutdown()


def test_the_agencys_tables_are_kept_at_log_in_and_shown_by_month(
    qtbot: QtBot, history_shell: Shell, history_unit: AgencyUnit, artifacts: Path
) -> None:
    main = _main_window(qtbot, history_shell, history_unit)
    ctx = history_shell.ctx
    assert ctx.policy.id == "later"  # the agency's table of 2026-11
    dialog = SettingsDialog(ctx.settings, main, logged_in=True)
    qtbot.addWidget(dialog)
    dialog.show()
    section = dialog.policy
    qtbot.waitUntil(lambda: len(section.schedule) == 2, timeout=10_000)
    assert [(str(row.first), str(row.last), row.policy.id) for row in section.schedule] == [
        ("2026-01", "2026-10", "illustrative-2026"),
        ("2026-11", "None", "later"),
    ]
    assert "In force in 2026-11: 示例政策 2026-11（测试）" in section.in_force_label.text()
    dialog.grab().save(str(artifacts / "settings-policy-agency-history.png"))
    Path("/tmp/shots/policy").mkdir(parents=True, exist_ok=True)
    dialog.grab().save("/tmp/shots/policy/settings-policy-agency-history.png")
    dialog.close()
