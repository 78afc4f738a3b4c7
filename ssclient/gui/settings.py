"""Settings: the agency's address (empty: the local training agency), the language, the reminders, and the
policy tables (gui.policy_settings)."""

from __future__ import annotations

from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication, QSize, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ssclient import logsetup, paths
from ssclient.gui.app_settings import AppSettings
from ssclient.gui.forms import child, embed_form, fit_on_screen, scroll_form, show_row
from ssclient.gui.icons import app_icon
from ssclient.gui.policy_settings import PolicySection
from ssclient.gui.training import is_training, mark_training

# Each language is named in itself, so a user who cannot read the current one still finds theirs.
LANGUAGE_NAMES = (("zh_CN", "简体中文"), ("en", "English"))


def agency_url_problem(url: str) -> str:
    """Why `url` cannot be an agency address ("" when it can; empty means the training agency)."""
    if not url:
        return ""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return QCoreApplication.translate(
            "SettingsDialog", "Enter an address starting with https:// or http://, or leave it empty."
        )
    if parts.query or parts.fragment:
        return QCoreApplication.translate("SettingsDialog", "The agency address cannot contain ? or #.")
    return ""


class SettingsDialog(QDialog):
    """Saves into `settings` when accepted. `agency_changed` / `language_changed` tell the caller what to
    redo (reconnect; the language applies at the next start). `backups_requested`: open the backups."""

    backups_requested = Signal()

    def __init__(
        self, settings: AppSettings, parent: QWidget | None = None, *, logged_in: bool = False
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.agency_changed = False
        self.language_changed = False
        self.setObjectName("SettingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.setWindowIcon(app_icon())
        self.form = embed_form(self, "settings.ui")
        self.agency_url = child(self.form, QLineEdit, "agencyUrlEdit")
        self.agency_error = child(self.form, QLabel, "agencyUrlError")
        self.language = child(self.form, QComboBox, "languageCombo")
        self.buttons = child(self.form, QDialogButtonBox, "buttons")
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.agency_url.setText(settings.agency_url)
        self.remind_window_closing = child(self.form, QCheckBox, "remindWindowClosingCheck")
        self.remind_payment_due = child(self.form, QCheckBox, "remindPaymentDueCheck")
        self.remind_window_closing.setChecked(settings.remind_window_closing)
        self.remind_payment_due.setChecked(settings.remind_payment_due)
        show_row(self.agency_error, False)

        note = self.tr("A new language applies the next time the program starts.")
        if logged_in:
            note += " " + self.tr("A new agency address applies the next time you log in.")
        child(self.form, QLabel, "restartNote").setText(note)
        child(self.form, QLabel, "filesLabel").setText(
            self.tr("Settings file: %1\nLog file: %2\nData folder: %3")
            .replace("%1", settings.file_name)
            .replace("%2", str(logsetup.log_file()))
            .replace("%3", str(paths.data_dir()))
        )
        backups = child(self.form, QPushButton, "backupsButton")
        backups.setText(self.tr("Backups…"))
        backups.clicked.connect(self.backups_requested)
        # The window it was opened from holds the session (if any): a table loaded then applies at once.
        self.policy = PolicySection(getattr(parent, "ctx", None), self.form)
        layout = self.form.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(2, self.policy)
        self.agency_url.textEdited.connect(self._check_url)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        # The window it was opened from knows whether the agency is a training one; alone, no address is.
        self.training_banner = mark_training(
            self, is_training(getattr(parent, "ctx", None), settings.agency_url)
        )
        scroll_form(self, self.form, self.buttons)
        self._fit()
        # The section's texts arrive from a worker after this: grow (never shrink) to show them whole.
        self.policy.changed.connect(self._fit)

    def _fit(self) -> None:
        """As large as the sections ask (the policy table and its buttons must not overlap), at least
        720×680, growing but never shrinking; on a small screen the sections scroll above Save."""
        layout = self.layout()
        assert layout is not None
        margins, spacing = layout.contentsMargins(), layout.spacing()
        extra = [self.buttons.sizeHint().height() + spacing, margins.top() + margins.bottom()]
        if self.training_banner is not None:
            extra.append(self.training_banner.sizeHint().height() + spacing)
        content = self.form.sizeHint()
        wanted = QSize(
            content.width()
            + margins.left()
            + margins.right()
            + self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent),
            content.height() + sum(extra),
        )
        fit_on_screen(self, self.size().expandedTo(wanted.expandedTo(QSize(720, 680))))

    def _check_url(self) -> str:
        problem = agency_url_problem(self.agency_url.text().strip())
        self.agency_error.setText(problem)
        show_row(self.agency_error, bool(problem))
        return problem

    def save(self) -> None:
        if self._check_url():
            self.agency_url.setFocus()
            return
        url = self.agency_url.text().strip().rstrip("/")
        language = str(self.language.currentData())
        self.agency_changed = url != self.settings.agency_url
        self.language_changed = language != self.settings.language
        self.settings.agency_url = url
        self.settings.language = language
        self.settings.remind_window_closing = self.remind_window_closing.isChecked()
        self.settings.remind_payment_due = self.remind_payment_due.isChecked()
        self.accept()
