"""The training mark: every window that talks to a training agency says so, so that no one takes it for the
real one (the log-in window, the main window's title and status bar, and the dialogs opened from them)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QBoxLayout, QDialog, QLabel

from ssclient.gui.context import AppContext

MARKER_STYLE = (
    "background:#fff3cd; color:#7a4b00; border:2px solid #e0a100; border-radius:4px; padding:6px;"
    " font-weight:bold;"
)


def is_training(ctx: AppContext | None, agency_url: str = "") -> bool:
    """A training agency: the one the client starts itself (no address set), or one that says it is."""
    if ctx is None:
        return not agency_url
    return ctx.training_agency or not ctx.settings.agency_url


def mark_training(dialog: QDialog, training: bool) -> QLabel | None:
    """Put the training banner on top of `dialog` and the mark in its title; None when not training."""
    if not training:
        return None
    banner = QLabel(
        QCoreApplication.translate(
            "Training", "Training agency: nothing you declare here reaches the real social insurance agency."
        ),
        dialog,
    )
    banner.setObjectName("trainingBanner")
    banner.setWordWrap(True)
    banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
    banner.setStyleSheet(MARKER_STYLE)
    layout = dialog.layout()
    if isinstance(layout, QBoxLayout):
        layout.insertWidget(0, banner)
    mark = QCoreApplication.translate("Training", "TRAINING")
    if mark not in dialog.windowTitle():
        dialog.setWindowTitle(f"{dialog.windowTitle()} — {mark}")
    return banner
