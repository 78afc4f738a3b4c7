"""The main window: menus (Business, My documents, Query, System), a toolbar for the frequent actions, a
tab per open form or list, and the status bar.

The forms and lists come from the documents, records and contributions packages; they are imported when
first opened, so the window itself appears quickly. Each tab may refuse to close (unsaved changes): the
window asks each tab's widget to `close()` and keeps it when it says no.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QMainWindow,
    QMenu,
    QStackedWidget,
    QTabWidget,
    QToolBar,
    QWidget,
)

from ssclient.domain.enums import DeclarationStatus, DeclarationType
from ssclient.gui.annual_base.actions import add_annual_base_actions
from ssclient.gui.context import AppContext
from ssclient.gui.forms import fit_on_screen
from ssclient.gui.home_page import HomePage
from ssclient.gui.icons import app_icon
from ssclient.gui.imports.actions import import_actions
from ssclient.gui.infochange.actions import add_infochange_actions
from ssclient.gui.late_fees.actions import add_late_fee_actions
from ssclient.gui.operators.actions import add_operators_actions, show_operator
from ssclient.gui.paying.actions import add_paying_actions
from ssclient.gui.payroll import payroll_title
from ssclient.gui.query_tabs import QueryTabs
from ssclient.gui.reminders import ReminderTray
from ssclient.gui.status import ShellStatusBar

WidgetFactory = Callable[[], QWidget]


class MainWindow(QMainWindow, QueryTabs):
    """`logout_requested` / `exit_requested` go to the shell, which ends the session; the window itself
    only makes sure every tab agreed to close (`close_all_tabs`). `close_requested`: the title bar's close
    button (Exit for a unit; back to the month board for an agent, see `work_as_agent`)."""

    logout_requested = Signal()
    exit_requested = Signal()
    close_requested = Signal()
    unit_info_requested = Signal()
    change_password_requested = Signal()
    settings_requested = Signal()
    month_board_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("MainWindow")
        self.setWindowIcon(app_icon())
        self._tab_keys: dict[str, QWidget] = {}
        self._leaving = False
        self.agent_code = ""  # an agent (accounting agency) works on this unit: see work_as_agent

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("tabs")
        self.tabs.setTabsClosable(True)
        self.tabs.setMovable(True)
        self.tabs.setDocumentMode(True)
        self.tabs.tabCloseRequested.connect(self.close_tab)

        self.actions_by_name: dict[str, QAction] = {}
        # The tray icon and reminders of the month (their switches are in the icon's menu).
        self.reminders = ReminderTray(ctx, self)
        self._build_menus()
        self._build_toolbar()
        # With no tab open, the home page shows the month and the next thing to do.
        self.pages = QStackedWidget(self)
        self.home = HomePage(ctx, self.actions_by_name, self)
        self.pages.addWidget(self.home)
        self.pages.addWidget(self.tabs)
        self.setCentralWidget(self.pages)
        self.tabs.currentChanged.connect(self._show_home_when_empty)
        self.status = ShellStatusBar(ctx, self)
        self.setStatusBar(self.status)
        show_operator(self)  # who works here, when not the unit's administrator
        ctx.signals.unit_changed.connect(self._update_title)
        self._update_title()
        fit_on_screen(self, QSize(1180, 760))  # a 1366×768 laptop's task bar would hide the status bar
        state = ctx.settings.window_state("main_geometry")
        if state:
            self.restoreGeometry(QByteArray(state))
        self.reminders.start()

    # --- menus and toolbar ---------------------------------------------------------------------------
    def _action(
        self, name: str, text: str, slot: Callable[[], object], shortcut: str | None = None
    ) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.actions_by_name[name] = action
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self._build_business_menu(bar.addMenu(self.tr("&Business")))

        documents = bar.addMenu(self.tr("My &documents"))
        documents.setObjectName("documentsMenu")
        for name, text, statuses in self._document_lists():
            documents.addAction(self._action(name, text, self._list_opener(statuses, text)))

        query = bar.addMenu(self.tr("&Query"))
        query.setObjectName("queryMenu")
        self._add_query_actions(query)
        add_paying_actions(query, self)
        add_late_fee_actions(query, self)

        system = bar.addMenu(self.tr("&System"))
        system.setObjectName("systemMenu")
        system.addAction(
            self._action("unitInformation", self.tr("Unit information"), self.unit_info_requested.emit)
        )
        system.addAction(
            self._action("changePassword", self.tr("Change password"), self.change_password_requested.emit)
        )
        system.addAction(
            self._action("monthBoard", self.tr("Month board of all units"), self.month_board_requested.emit)
        )
        system.addAction(self._action("settings", self.tr("Settings"), self.settings_requested.emit))
        add_operators_actions(system, self)  # and the actions this operator may not use, disabled
        system.addSeparator()
        self._log_out_separator = system.actions()[-1]
        system.addAction(self._action("logOut", self.tr("Log out"), self.logout_requested.emit))
        system.addAction(self._action("exit", self.tr("Exit"), self.exit_requested.emit, "Ctrl+Q"))

    def _build_business_menu(self, business: QMenu) -> None:
        business.setObjectName("businessMenu")
        personnel = (
            ("addPersonnel", self.tr("Add personnel"), DeclarationType.ADD, "Ctrl+N"),
            ("renewPersonnel", self.tr("Renew personnel"), DeclarationType.RENEWAL, None),
            ("interruptPersonnel", self.tr("Interrupt personnel"), DeclarationType.INTERRUPTION, None),
        )
        for name, text, kind, shortcut in personnel:
            business.addAction(self._action(name, text, self._editor_opener(kind), shortcut))
        add_infochange_actions(business, self)
        self._add_contribution_actions(business)
        add_annual_base_actions(business, self)
        business.addSeparator()
        for action in import_actions(self.ctx, self):  # Import from spreadsheet…, Save template…
            business.addAction(action)
            self.actions_by_name[action.objectName()] = action

    def _editor_opener(self, kind: DeclarationType) -> Callable[[], object]:
        return lambda: self.open_editor(kind)

    def _document_lists(self) -> list[tuple[str, str, tuple[DeclarationStatus, ...]]]:
        S = DeclarationStatus
        return [
            ("draftBox", self.tr("Draft box"), (S.DRAFT, S.CHECKED)),
            ("submitted", self.tr("Submitted"), (S.PENDING, S.SUBMITTED)),
            ("approved", self.tr("Approved"), (S.APPROVED, S.REVOKED)),
            ("rejected", self.tr("Rejected"), (S.REJECTED,)),
        ]

    def _list_opener(self, statuses: tuple[DeclarationStatus, ...], title: str) -> Callable[[], object]:
        return lambda: self.open_list(statuses, title)

    def _add_contribution_actions(self, menu: QMenu) -> None:
        menu.addSeparator()
        menu.addAction(
            self._action(
                "contributionBase",
                self.tr("Contribution base"),
                lambda: self.open_editor(DeclarationType.BASE_CHANGE),
            )
        )
        menu.addAction(
            self._action(
                "paymentDeclaration",
                self.tr("Payment declaration"),
                lambda: self.open_editor(DeclarationType.PAYMENT),
            )
        )

    def _add_query_actions(self, menu: QMenu) -> None:
        menu.addAction(self._action("declarationRecords", self.tr("Declaration records"), self.open_records))
        menu.addAction(self._action("paymentDetails", self.tr("Payment details"), self.open_payment_details))
        menu.addAction(self._action("insuredRoster", self.tr("Insured roster"), self.open_roster))
        menu.addAction(self._action("payrollReconciliation", payroll_title(), self.open_payroll))
        menu.addAction(self._action("auditTrail", self.tr("Audit trail"), self.open_audit))
        menu.addAction(self._action("retiringSoon", self.tr("Reaching retirement age"), self.open_retiring))

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Frequent actions"), self)
        toolbar.setObjectName("frequentToolbar")
        toolbar.setMovable(False)
        frequent = (
            "addPersonnel",
            "renewPersonnel",
            "interruptPersonnel",
            "paymentDeclaration",
            None,
            "draftBox",
            "declarationRecords",
        )
        for name in frequent:
            if name is None:
                toolbar.addSeparator()
            elif name in self.actions_by_name:
                toolbar.addAction(self.actions_by_name[name])
        self.addToolBar(toolbar)
        self.toolbar = toolbar

    def work_as_agent(self, agent_code: str, back: Callable[[], object]) -> None:
        """An agent works on this unit: the title says so, and System → Back to the units (Ctrl+W, as the
        title bar's close button) returns to its month board; Exit still quits the program."""
        self.agent_code = agent_code
        self.close_requested.connect(back)
        action = self._action("backToUnits", self.tr("Back to the units"), back, "Ctrl+W")
        action.setToolTip(self.tr("Close this unit's window and return to the agent's month board"))
        system = self.findChild(QMenu, "systemMenu")
        if system is not None:
            system.insertAction(self._log_out_separator, action)
        self._update_title()

    # --- tabs ----------------------------------------------------------------------------------------
    def open_tab(self, factory: WidgetFactory, title: str, key: str | None = None) -> QWidget:
        """Show the tab for `key` if open, otherwise make one with `factory` (each call when key is None)."""
        if key is not None and key in self._tab_keys:
            widget = self._tab_keys[key]
            chosen = widget.focusWidget()
            self.tabs.setCurrentWidget(widget)
            _focus_on(chosen)
            return widget
        widget = factory()
        chosen = widget.focusWidget()
        widget.setProperty("tabKey", key or "")
        index = self.tabs.addTab(widget, widget.windowTitle() or title)
        widget.windowTitleChanged.connect(lambda text, w=widget: self._retitle(w, text))
        if key is not None:
            self._tab_keys[key] = widget
        self.tabs.setCurrentIndex(index)
        self._show_home_when_empty()
        _focus_on(chosen)
        return widget

    def _show_home_when_empty(self) -> None:
        self.pages.setCurrentWidget(self.tabs if self.tabs.count() else self.home)

    def _retitle(self, widget: QWidget, text: str) -> None:
        index = self.tabs.indexOf(widget)
        if index >= 0 and text:
            self.tabs.setTabText(index, text)

    def close_tab(self, index: int) -> bool:
        widget = self.tabs.widget(index)
        if widget is None or not widget.close():
            return False  # the widget asked to stay (e.g. unsaved changes the user wants to keep)
        self.tabs.removeTab(self.tabs.indexOf(widget))
        key = str(widget.property("tabKey") or "")
        if key:
            self._tab_keys.pop(key, None)
        widget.deleteLater()
        self._show_home_when_empty()
        return True

    def close_all_tabs(self) -> bool:
        """Close every tab; False (and the rest left open) when one refuses."""
        while self.tabs.count():
            if not self.close_tab(self.tabs.count() - 1):
                return False
        return True

    def open_editor(self, kind: DeclarationType, declaration_id: int | None = None) -> QWidget:
        """The form for a document of `kind`: a new one, or the saved one with `declaration_id`."""

        def make() -> QWidget:
            editor: QWidget
            if kind is DeclarationType.BASE_CHANGE:
                from ssclient.gui.contributions.base_change_form import ContributionBaseForm

                editor = ContributionBaseForm(self.ctx, declaration_id)
            elif kind is DeclarationType.ANNUAL_BASE:
                from ssclient.gui.annual_base.window import AnnualBaseWindow

                editor = AnnualBaseWindow(self.ctx, declaration_id)
            elif kind is DeclarationType.PAYMENT:
                from ssclient.gui.contributions.payment_form import PaymentDeclarationForm

                editor = PaymentDeclarationForm(self.ctx, declaration_id, compute_now=declaration_id is None)
            elif kind is DeclarationType.INFO_CHANGE:
                from ssclient.gui.infochange.form import InfoChangeForm

                editor = InfoChangeForm(self.ctx, declaration_id)
            else:
                from ssclient.gui.documents.editor import DocumentEditor

                editor = DocumentEditor(self.ctx, kind, declaration_id)
            editor.saved.connect(self._remember_document_tab)
            return editor

        from ssclient.gui.documents.texts import document_title

        title = document_title(kind)
        if declaration_id is not None:
            title = f"{title} #{declaration_id}"
        key = f"document:{declaration_id}" if declaration_id is not None else None
        return self.open_tab(make, title, key)

    def _remember_document_tab(self, declaration_id: int) -> None:
        """A new document got its id when first saved: opening it again from the draft box finds this tab."""
        editor = self.sender()
        if isinstance(editor, QWidget) and not editor.property("tabKey"):
            key = f"document:{declaration_id}"
            editor.setProperty("tabKey", key)
            self._tab_keys[key] = editor

    def open_list(self, statuses: tuple[DeclarationStatus, ...], title: str) -> QWidget:
        def make() -> QWidget:
            from ssclient.gui.documents.lists import DocumentList

            document_list = DocumentList(self.ctx, statuses)
            document_list.setWindowTitle(title)
            document_list.open_requested.connect(self._open_from_list)
            return document_list

        return self.open_tab(make, title, "list:" + ",".join(s.value for s in statuses))

    def _open_from_list(self, declaration_id: int, field_path: str) -> None:
        """Open a document from a list; at the field a finding names, when one was double-clicked."""
        from ssclient.gui.workers import start_call

        task = start_call(self.ctx.month.document_type, declaration_id)
        task.finished.connect(lambda kind: self._open_document(kind, declaration_id, field_path))

    def _open_document(self, kind: DeclarationType, declaration_id: int, field_path: str) -> None:
        editor = self.open_editor(kind, declaration_id)
        if field_path and hasattr(editor, "focus_finding"):
            editor.focus_finding(field_path)

    # --- window --------------------------------------------------------------------------------------
    def _update_title(self) -> None:
        title = self.tr("Social insurance online declaration")
        unit = self.ctx.unit
        if unit is not None:
            title = f"{title} — {unit.name} ({unit.unit_code})"
        if self.agent_code:
            title += " — " + self.tr("agent %1 at work").replace("%1", self.agent_code)
        if self.ctx.training_agency:
            title += " — " + self.tr("TRAINING")
        self.setWindowTitle(title)

    def leave(self) -> None:
        """Close for good (log out or exit): the shell calls this once the session has ended."""
        self._leaving = True
        self.ctx.settings.set_window_state("main_geometry", bytes(self.saveGeometry().data()))
        self.status.stop_health_checks()
        self.reminders.stop()
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._leaving:
            event.accept()
            return
        # The title bar's close button: the shell decides (Exit, or an agent's board), after the tabs agreed.
        event.ignore()
        self.close_requested.emit()


def _focus_on(chosen: QWidget | None) -> None:
    """The cursor into a tab just shown, where the tab put it (a new document's first field) or had it
    last. Qt would move it to the tab's first focusable widget instead, or leave it where it was: a tab
    made before it was added to the window cannot pass its choice up to the window."""
    if chosen is not None:
        chosen.setFocus(Qt.FocusReason.OtherFocusReason)
