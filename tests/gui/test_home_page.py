"""The home page shows the accountant's month from the real store, names the next thing to do as one
button, and follows documents as they move."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ssclient import assets
from ssclient.app.month import NextStep, PaymentState
from ssclient.domain.clock import CHINA_TZ, FixedClock
from ssclient.domain.declaration import Declaration, DeclarationLine, PaymentLine
from ssclient.domain.enums import DeclarationStatus, DeclarationType, InsuranceType, PersonStatus
from ssclient.domain.period import Period
from ssclient.domain.roster import RosterEntry, Unit
from ssclient.gui.app_settings import AppSettings
from ssclient.gui.context import AppContext
from ssclient.gui.home_page import STEP_ACTIONS, HomePage
from ssclient.gui.workers import cancel_all_and_wait
from ssclient.store import Store

NOV = Period(2026, 11)
UNIT = Unit(unit_code="170000321", name="北京示例科技有限公司", uscc="91110000MA01ABCD1X", tax_number="x")
_keys = itertools.count(1)
INSURED = RosterEntry("110101199003071233", "张三", PersonStatus.ACTIVE, Decimal(6000), Period(2026, 1))


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(datetime(2026, 11, 20, 9, 0, tzinfo=CHINA_TZ))  # the window closes on the 23rd


@pytest.fixture
def store(tmp_path: Path, clock: FixedClock) -> Iterator[Store]:
    opened = Store.open(tmp_path / "store.sqlite3", clock=clock)
    opened.save_unit(UNIT)
    opened.replace_roster(UNIT.unit_code, [INSURED])
    yield opened
    opened.close()


@pytest.fixture
def ctx(tmp_path: Path, clock: FixedClock, store: Store) -> Iterator[AppContext]:
    settings = AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    context = AppContext(settings, clock=clock, store=store)
    context.set_unit(UNIT)
    yield context
    cancel_all_and_wait()


def draft(store: Store, kind: DeclarationType, period: Period = NOV) -> int:
    if kind is DeclarationType.PAYMENT:
        paid = PaymentLine("110101199003071233", "张三", InsuranceType.PENSION, period, Decimal(6000),
                           Decimal(480), Decimal(960))  # fmt: skip
        return store.create_draft(UNIT.unit_code, Declaration(kind, period, payments=[paid]))
    line = DeclarationLine("110101199003071233", "张三", "11", "6000", "否", "否", reason="离职")
    return store.create_draft(UNIT.unit_code, Declaration(kind, period, [line]))


def answered(store: Store, document: int, status: DeclarationStatus, clock: FixedClock) -> str:
    """Send the document and record the agency's answer, a minute later than anything before."""
    clock.set(clock.now() + timedelta(minutes=1))
    store.enqueue(document, f"home-{next(_keys)}")
    serial = f"SB20261120{document:08d}" if status is DeclarationStatus.APPROVED else None
    store.set_status(document, status, serial_number=serial)
    return serial or ""


class Actions:
    """The main window's actions the home page uses, each counting its triggers."""

    def __init__(self) -> None:
        self.by_name: dict[str, QAction] = {}
        self.triggered: list[str] = []
        for name in {*STEP_ACTIONS.values(), "addPersonnel", "renewPersonnel", "interruptPersonnel"}:
            action = QAction(name)
            action.triggered.connect(lambda _checked=False, n=name: self.triggered.append(n))
            self.by_name[name] = action


def open_home(qtbot: QtBot, ctx: AppContext, actions: Actions) -> HomePage:
    home = HomePage(ctx, actions.by_name)
    qtbot.addWidget(home)
    home.resize(1000, 640)
    with qtbot.waitSignal(home.updated, timeout=10_000):
        home.show()
    return home


def next_step(home: HomePage) -> NextStep | None:
    return None if home.summary is None else home.summary.next_step


def payment_state(home: HomePage) -> PaymentState | None:
    return None if home.summary is None else home.summary.payment


def count(home: HomePage, kind: DeclarationType, column: str) -> str:
    return home.count_labels[(kind, column)].text()


def test_the_month_per_business_type_with_the_next_step_one_click_away(
    qtbot: QtBot, ctx: AppContext, store: Store, clock: FixedClock, artifacts: Path
) -> None:
    answered(store, draft(store, DeclarationType.ADD), DeclarationStatus.APPROVED, clock)
    answered(store, draft(store, DeclarationType.ADD), DeclarationStatus.REJECTED, clock)
    draft(store, DeclarationType.RENEWAL)
    store.enqueue(draft(store, DeclarationType.INTERRUPTION), "home-waiting")
    draft(store, DeclarationType.ADD, Period(2026, 10))  # another period: not this month's
    actions = Actions()
    home = open_home(qtbot, ctx, actions)

    assert home.heading.text() == "Period 2026-11"
    assert home.window_label.text() == "Declaration window open until the 23rd, 4 days left"
    assert [count(home, DeclarationType.ADD, c) for c in ("drafted", "waiting", "rejected", "approved")] == [
        "–", "–", "1", "1",
    ]  # fmt: skip
    assert count(home, DeclarationType.RENEWAL, "drafted") == "1"
    assert count(home, DeclarationType.INTERRUPTION, "waiting") == "1"
    assert home.payment_label.text() == "The payment for 2026-11 is not declared yet."
    # What the agency refused comes first.
    assert home.next_label.text() == "Next: the agency rejected 1 document(s). Fix and declare them again."
    assert home.next_button.text() == "Open rejected documents"
    QApplication.processEvents()  # the layout follows the new texts on the next turn of the event loop
    assert home.next_button.width() >= home.next_button.sizeHint().width()
    assert home.grab().save(str(artifacts / "home_page_month.png"))
    qtbot.mouseClick(home.next_button, Qt.MouseButton.LeftButton)
    assert actions.triggered == ["rejected"]


def test_a_unit_that_insures_nobody_is_led_to_add_its_employees(
    qtbot: QtBot, ctx: AppContext, store: Store, clock: FixedClock
) -> None:
    store.replace_roster(UNIT.unit_code, [])  # a unit just registered
    actions = Actions()
    home = open_home(qtbot, ctx, actions)
    assert next_step(home) is NextStep.ADD_PERSONNEL
    assert home.next_label.text() == "Next: nobody is insured by this unit yet. Add the employees to insure."
    assert home.payment_label.text() == "Nobody is insured for 2026-11 yet: there is no payment to declare."
    qtbot.mouseClick(home.next_button, Qt.MouseButton.LeftButton)
    assert actions.triggered == ["addPersonnel"]

    document = draft(store, DeclarationType.ADD)
    store.enqueue(document, "home-first-add")
    with qtbot.waitSignal(home.updated):
        ctx.signals.documents_changed.emit()
    assert next_step(home) is NextStep.WAIT_FOR_AGENCY

    store.set_status(document, DeclarationStatus.APPROVED, serial_number="SB2026112000000001")
    store.replace_roster(UNIT.unit_code, [INSURED])  # the roster as the agency answers it now
    with qtbot.waitSignal(home.updated):
        ctx.signals.roster_changed.emit()
    assert next_step(home) is NextStep.DECLARE_PAYMENT


def test_the_home_page_follows_documents_as_they_move(
    qtbot: QtBot, ctx: AppContext, store: Store, clock: FixedClock
) -> None:
    home = open_home(qtbot, ctx, Actions())
    assert home.summary is not None and home.summary.next_step is NextStep.DECLARE_PAYMENT
    assert home.next_button.text() == "Declare the payment"

    def moved() -> None:
        with qtbot.waitSignal(home.updated, timeout=10_000):
            ctx.signals.documents_changed.emit()

    added = draft(store, DeclarationType.ADD)
    moved()
    assert count(home, DeclarationType.ADD, "drafted") == "1"
    assert home.next_label.text() == "Next: check and declare 1 drafted document(s)."

    answered(store, added, DeclarationStatus.APPROVED, clock)
    payment = draft(store, DeclarationType.PAYMENT)
    moved()
    assert count(home, DeclarationType.ADD, "approved") == "1"
    assert count(home, DeclarationType.PAYMENT, "drafted") == "1"

    serial = answered(store, payment, DeclarationStatus.APPROVED, clock)
    moved()
    assert (
        home.payment_label.text() == f"The payment for 2026-11 is declared ({serial}) and matches the roster."
    )
    assert home.next_label.text() == (
        "Everything for 2026-11 is declared. Give the employees their monthly statements."
    )

    # Someone leaves after the payment was approved: the payment no longer matches.
    leaving = draft(store, DeclarationType.INTERRUPTION)
    answered(store, leaving, DeclarationStatus.APPROVED, clock)
    moved()
    assert home.summary is not None and home.summary.payment is PaymentState.STALE
    assert "personnel changed since" in home.payment_label.text()
    assert home.next_button.text() == "Open declaration records"

    # That interruption revoked: the roster is as the payment counted it.
    clock.set(clock.now() + timedelta(minutes=1))
    store.set_status(leaving, DeclarationStatus.REVOKED)
    moved()
    assert payment_state(home) is PaymentState.CURRENT

    # The add the payment counted, revoked after it: the walk found "matches the roster" said of a payment
    # that now counts someone no longer insured.
    clock.set(clock.now() + timedelta(minutes=1))
    store.set_status(added, DeclarationStatus.REVOKED)
    moved()
    assert payment_state(home) is PaymentState.STALE


def test_after_the_window_closed_the_page_says_so(
    qtbot: QtBot, ctx: AppContext, store: Store, clock: FixedClock
) -> None:
    clock.set(datetime(2026, 11, 26, 9, 0, tzinfo=CHINA_TZ))
    draft(store, DeclarationType.ADD)
    home = open_home(qtbot, ctx, Actions())
    assert home.window_label.text() == "Declaration window closed until the 1st"
    assert home.next_label.text() == "The declaration window is closed. Drafts can be prepared meanwhile."
    assert count(home, DeclarationType.ADD, "drafted") == "1"


CATALOGUE = assets.resource("translations", "home_zh_CN.ts")


@pytest.mark.usefixtures("chinese")
def test_the_home_page_speaks_chinese(
    qtbot: QtBot, ctx: AppContext, store: Store, clock: FixedClock, artifacts: Path
) -> None:
    answered(store, draft(store, DeclarationType.ADD), DeclarationStatus.APPROVED, clock)
    answered(store, draft(store, DeclarationType.PAYMENT), DeclarationStatus.APPROVED, clock)
    answered(store, draft(store, DeclarationType.INTERRUPTION), DeclarationStatus.APPROVED, clock)
    draft(store, DeclarationType.BASE_CHANGE)
    home = open_home(qtbot, ctx, Actions())
    QApplication.processEvents()
    assert home.grab().save(str(artifacts / "home_page_month-zh.png"))

    assert home.heading.text() == "所属期 2026-11"
    assert home.next_label.text() == "下一步：检查并申报 1 份草稿。"
    assert home.next_button.text() == "打开草稿箱"
    assert "此后人员有变动" in home.payment_label.text()


def test_the_days_left_follow_the_calendar_without_any_document_moving(
    qtbot: QtBot, ctx: AppContext, clock: FixedClock
) -> None:
    home = open_home(qtbot, ctx, Actions())
    assert home.reread_timer.isActive()
    clock.set(datetime(2026, 11, 23, 8, 0, tzinfo=CHINA_TZ))
    with qtbot.waitSignal(home.updated, timeout=10_000):
        home.reread_timer.timeout.emit()
    assert home.window_label.text() == "Declaration window open until the 23rd — today is the last day"
