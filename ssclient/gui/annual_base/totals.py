"""The annual base's totals: people declared, the sums of the average wages, old and new bases and their
change, how many were raised to the floor or lowered to the ceiling, and who is listed apart."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QWidget

from ssclient.app.annual_base import AnnualBasePlan, Cap
from ssclient.domain.money import format_money


class AnnualBaseTotals(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Totals"))
        self.labels: dict[str, QLabel] = {}
        grid = QGridLayout(self)
        cells = (
            (0, 0, "people", self.tr("People declared")),
            (0, 2, "average", self.tr("Average wages")),
            (0, 4, "old", self.tr("Old bases")),
            (0, 6, "new", self.tr("New bases")),
            (0, 8, "change", self.tr("Change")),
            (1, 0, "floor", self.tr("Raised to the floor")),
            (1, 2, "ceiling", self.tr("Lowered to the ceiling")),
            (1, 4, "without", self.tr("Insured, no wages")),
            (1, 6, "not_insured", self.tr("Not insured here")),
        )
        for row, column, key, text in cells:
            grid.addWidget(QLabel(text, self), row, column)
            label = QLabel("—", self)
            label.setObjectName(f"total:{key}")
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            label.setMinimumWidth(90)
            self.labels[key] = label
            grid.addWidget(label, row, column + 1)
        grid.setHorizontalSpacing(12)
        grid.setColumnStretch(10, 1)

    def show_plan(self, plan: AnnualBasePlan | None) -> None:
        if plan is None:
            for label in self.labels.values():
                label.setText("—")
            return
        values = {
            "people": f"{len(plan.lines):,}",
            "average": format_money(plan.average_total),
            "old": format_money(plan.old_total),
            "new": format_money(plan.new_total),
            "change": format_money(plan.new_total - plan.old_total),
            "floor": f"{plan.capped(Cap.FLOOR):,}",
            "ceiling": f"{plan.capped(Cap.CEILING):,}",
            "without": f"{len(plan.without_wages):,}",
            "not_insured": f"{len(plan.not_insured):,}",
        }
        for key, text in values.items():
            self.labels[key].setText(text)
