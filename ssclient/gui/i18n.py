"""Languages: which one the user gets, loading its Qt Linguist catalogues, rendering findings in it.

QtCore only (no widgets), so `ssclient check` can use it and stay quick. Simplified Chinese is the default;
English is chosen when the system locale says English. Source strings are English, so English has
catalogues only for the plural forms of counted strings ("%n person(s)" → "1 person", "2 people").

Catalogues live in resources/translations/ as `<catalogue>_<language>.qm`, one per area (`findings`: finding
messages, spreadsheet errors, the check report; `shell`, `documents`, `records`, `imports`: the windows);
a language is every catalogue of it. Importing this module stays light (no rulebook) because the app
loads it on the way to its first window.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from ssclient import assets

if TYPE_CHECKING:
    from ssclient.domain.findings import Finding

log = logging.getLogger(__name__)

CHINESE = "zh_CN"
ENGLISH = "en"
LANGUAGES = (CHINESE, ENGLISH)
# The locale variables in the order POSIX gives them precedence.
_LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")


def system_language(environ: Mapping[str, str] | None = None) -> str:
    """English when the system locale is English, otherwise Simplified Chinese."""
    environ = os.environ if environ is None else environ
    for name in _LOCALE_VARIABLES:
        value = environ.get(name, "")
        if value:
            return ENGLISH if value.lower().startswith("en") else CHINESE
    if environ is os.environ:
        # No POSIX locale variables (Windows): ask the platform.
        return ENGLISH if QLocale.system().name().lower().startswith("en") else CHINESE
    return CHINESE


def catalogue_path(catalogue: str, language: str) -> Path:
    return assets.resource("translations", f"{catalogue}_{language}.qm")


def catalogue_paths(language: str) -> list[Path]:
    """Every catalogue of the language, in a stable order."""
    return sorted(assets.resource("translations").glob(f"*_{language}.qm"))


class Translations:
    """The loaded catalogues of one language; `translate(context, source)` works without a QApplication."""

    def __init__(self, language: str = CHINESE) -> None:
        if language not in LANGUAGES:
            raise ValueError(f"unknown language {language!r}; use one of {', '.join(LANGUAGES)}")
        self.language = language
        self._translators: list[QTranslator] = []
        self._locale_before: QLocale | None = None
        paths = catalogue_paths(language)
        if language == CHINESE and not any(path.name.startswith("findings_") for path in paths):
            log.warning("translation catalogue missing: %s", catalogue_path("findings", language))
        for path in paths:
            translator = QTranslator()
            if translator.load(str(path)):
                self._translators.append(translator)
            else:
                log.warning("cannot load translation catalogue %s", path)

    def add_qt_catalogue(self) -> None:
        """Qt's own strings (standard buttons, file dialogs), for a program with windows."""
        if self.language == ENGLISH:
            return
        from PySide6.QtCore import QLibraryInfo  # its first use builds an enum: after the app's window

        qt = QTranslator()
        if qt.load(f"qtbase_{self.language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            self._translators.append(qt)

    def install_qt_catalogue(self, app: QCoreApplication) -> None:
        """Qt's own strings, added to catalogues already installed (the app's first window has none)."""
        installed = len(self._translators)
        self.add_qt_catalogue()
        for translator in self._translators[installed:]:
            app.installTranslator(translator)

    def translate(self, context: str, source: str) -> str:
        for translator in self._translators:
            text = translator.translate(context, source)
            if text:
                return text
        return source

    def render(self, item: Finding) -> str:
        """A finding's message in this language (its template translated, then its parameters filled)."""
        from ssclient.app.session_messages import render_finding  # the rulebook, only when a finding is shown

        return render_finding(item, self.translate)

    def install(self, app: QCoreApplication) -> None:
        """Make tr() in every widget speak this language, and write its numbers: the catalogues' counts
        are %Ln, "90,709 人" as the program's own figures are written, whatever the system's locale."""
        self._locale_before = QLocale()
        QLocale.setDefault(QLocale(self.language))
        for translator in self._translators:
            app.installTranslator(translator)

    def uninstall(self, app: QCoreApplication) -> None:
        for translator in self._translators:
            app.removeTranslator(translator)
        if self._locale_before is not None:
            QLocale.setDefault(self._locale_before)
            self._locale_before = None


def load_translations(language: str | None = None) -> Translations:
    """The catalogues of `language`, or of the system's language when None."""
    return Translations(language or system_language())


def install_translations(app: QCoreApplication, language: str, *, qt_catalogue: bool = True) -> Translations:
    """Make the program's windows (and Qt's own dialogs) speak `language`; undo with `remove_translations`.
    Without `qt_catalogue`, Qt's own strings wait for `Translations.install_qt_catalogue`."""
    translations = Translations(language)
    if qt_catalogue:
        translations.add_qt_catalogue()
    translations.install(app)
    return translations


def remove_translations(app: QCoreApplication, translations: Translations) -> None:
    translations.uninstall(app)
