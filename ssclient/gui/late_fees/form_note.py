"""The payment declaration form's late-fee warning: shown when today is past the period's deadline, or in
the window's last days, naming the days and the fee on the form's own lines (before they are saved)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QBoxLayout, QLabel, QWidget

from ssclient.app.late_fees import LateFeeOutlook, outlook_for
from ssclient.domain.declaration import Declaration
from ssclient.domain.enums import DeclarationStatus
from ssclient.gui.context import AppContext
from ssclient.gui.late_fees.texts import LateFeeTexts


class LateFeeNote(QLabel):
    """Hidden until there is something to warn of. `outlook` is the last one reckoned."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.outlook: LateFeeOutlook | None = None
        self.setObjectName("lateFeeNote")
        self.setWordWrap(True)
        self.setStyleSheet(
            "QLabel { color: #8a3b00; background: #fff3e0; border: 1px solid #f0c080; padding: 6px; }"
        )
        self.hide()

    @classmethod
    def under_title(cls, ctx: AppContext, form: QWidget) -> LateFeeNote:
        """A note in `form`'s top-level box layout, right below its first row (the title)."""
        layout = form.layout()
        assert isinstance(layout, QBoxLayout), "the form's top level is a box layout"
        note = cls(ctx, form)
        layout.insertWidget(1, note)
        return note

    def show_for(self, declaration: Declaration, owed: Decimal | None) -> None:
        """Warn for `declaration`'s period on the amount its lines come to (None: no lines yet, the days
        alone); a revoked one owes nothing."""
        if declaration.status is DeclarationStatus.REVOKED:
            self.outlook = None
            self.hide()
            return
        self.outlook = outlook_for(declaration.period, self._ctx.today(), self._ctx.policy, owed)
        text = LateFeeTexts().form_warning(self.outlook)
        self.setText(text)
        self.setVisible(bool(text))
