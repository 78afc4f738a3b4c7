"""The user's settings, kept with QSettings in an INI file in the user's config directory.

Never a password here: remembered passwords live only in the OS keyring (see credentials.py).
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

from ssclient import paths

SETTINGS_FILE = "ssclient.ini"
LANGUAGES = ("zh_CN", "en")
DEFAULT_LANGUAGE = "zh_CN"


class AppSettings:
    def __init__(self, settings: QSettings | None = None) -> None:
        self._qsettings = settings or QSettings(
            str(paths.config_dir() / SETTINGS_FILE), QSettings.Format.IniFormat
        )

    @property
    def file_name(self) -> str:
        return self._qsettings.fileName()

    def _text(self, key: str) -> str:
        value = self._qsettings.value(key, "")
        return str(value) if value is not None else ""

    def _set(self, key: str, value: object) -> None:
        self._qsettings.setValue(key, value)
        self._qsettings.sync()

    def _flag(self, key: str, *, default: bool) -> bool:
        """A switch kept as "true" or "false"; unset (or edited into anything else) it reads as `default`."""
        text = self._text(key).lower()
        return text != "false" if default else text == "true"

    def _set_flag(self, key: str, on: bool) -> None:
        self._set(key, "true" if on else "false")

    # --- the agency -------------------------------------------------------------------------------
    @property
    def agency_url(self) -> str:
        """Empty: the client starts its own local training agency."""
        return self._text("agency/url").strip()

    @agency_url.setter
    def agency_url(self, url: str) -> None:
        self._set("agency/url", url.strip())

    # --- language ---------------------------------------------------------------------------------
    @property
    def language(self) -> str:
        """zh_CN or en; Simplified Chinese unless the user chose English."""
        chosen = self._text("ui/language")
        return chosen if chosen in LANGUAGES else default_language()

    @language.setter
    def language(self, language: str) -> None:
        if language not in LANGUAGES:
            raise ValueError(f"unknown language {language!r}")
        self._set("ui/language", language)

    # --- log-in conveniences (no secrets) --------------------------------------------------------
    @property
    def last_unit_code(self) -> str:
        return self._text("login/last_unit_code")

    @last_unit_code.setter
    def last_unit_code(self, unit_code: str) -> None:
        self._set("login/last_unit_code", unit_code)

    @property
    def last_agent_code(self) -> str:
        """The agent code of the last agent's log-in (an accounting agency's)."""
        return self._text("login/last_agent_code")

    @last_agent_code.setter
    def last_agent_code(self, agent_code: str) -> None:
        self._set("login/last_agent_code", agent_code)

    @property
    def remember_password(self) -> bool:
        return self._flag("login/remember_password", default=False)

    @remember_password.setter
    def remember_password(self, remember: bool) -> None:
        self._set_flag("login/remember_password", remember)

    # --- the year's reminders and the payroll reconciliation ------------------------------------------
    @property
    def remind_window_closing(self) -> bool:
        """Remind a few days before the declaration window closes (on unless turned off)."""
        return self._flag("reminders/window_closing", default=True)

    @remind_window_closing.setter
    def remind_window_closing(self, on: bool) -> None:
        self._set_flag("reminders/window_closing", on)

    @property
    def remind_payment_due(self) -> bool:
        """Remind on the day a payment falls due (on unless turned off)."""
        return self._flag("reminders/payment_due", default=True)

    @remind_payment_due.setter
    def remind_payment_due(self, on: bool) -> None:
        self._set_flag("reminders/payment_due", on)

    @property
    def payroll_wage_tolerance(self) -> str:
        """The wage tolerance of the payroll reconciliation in percent, as text ("" : the program's default)."""
        return self._text("payroll/wage_tolerance_percent").strip()

    @payroll_wage_tolerance.setter
    def payroll_wage_tolerance(self, percent: str) -> None:
        self._set("payroll/wage_tolerance_percent", percent.strip())

    # --- files -------------------------------------------------------------------------------------
    @property
    def last_folder(self) -> str:
        """The folder the user last chose a file or folder in ("" : none yet); file dialogs start there."""
        return self._text("files/last_folder")

    @last_folder.setter
    def last_folder(self, folder: str) -> None:
        self._set("files/last_folder", folder)

    # --- window geometry --------------------------------------------------------------------------
    def window_state(self, key: str) -> bytes | None:
        value = self._qsettings.value(f"window/{key}")
        return bytes(value) if value is not None and not isinstance(value, str) else None

    def set_window_state(self, key: str, state: bytes) -> None:
        self._set(f"window/{key}", state)


def default_language() -> str:
    """Simplified Chinese, whatever the system locale: the program is for declarations in China, and its
    users may run an English system. English is a choice in Settings."""
    return DEFAULT_LANGUAGE
