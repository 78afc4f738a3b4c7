"""The windows' Qt Linguist catalogues: which sources each is made from.

Each area of the windows has a catalogue of its own under resources/translations (`<name>_zh_CN.ts`, and
`<name>_en.ts` for the English plural forms where the area has counted texts); every `*_<lang>.qm` there is
loaded. A new window module goes in the catalogue of its area, or a new area gets a catalogue here: the
test suite fails for a translatable module no catalogue names.

    .venv/bin/python -m tools.update_translations   # runs lupdate for each catalogue below, then compiles
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

from ssclient import assets

_SHELL_MODULES = (
    "app", "errors", "login", "main_window", "query_tabs", "password", "register", "settings", "status",
    "unit_info", "workers", "session_expired", "shell", "session_dialogs", "backups", "backup_session",
    "offline_session", "archive_actions", "audit_window", "training", "retirement_window",
    "policy_settings", "policy_figures", "login_keyring", "units/unit_list", "units/month_board", "units/controller",
    "unsaved", "file_dialogs",
)  # fmt: skip
_SHELL_FORMS = ("register", "change_password", "settings", "unit_info", "session_expired", "backups")

# Catalogue name -> its sources, as paths or glob patterns from the project root.
WINDOW_CATALOGUES: dict[str, tuple[str, ...]] = {
    "shell": (
        *(f"ssclient/gui/{name}.py" for name in _SHELL_MODULES),
        *(f"ui/{name}.ui" for name in _SHELL_FORMS),
    ),
    "home": ("ssclient/gui/home_page.py",),
    "documents": (
        "ssclient/gui/documents/*.py",
        "ui/person_line.ui",
        "ui/document_editor.ui",
        "ui/document_list.ui",
    ),
    "imports": ("ssclient/gui/imports/*.py", "ui/import_dialog.ui"),
    "records": (
        "ssclient/gui/records/*.py",
        "ssclient/gui/contributions/*.py",
        "ui/contribution_base.ui",
        "ui/payment_declaration.ui",
    ),
    "year": ("ssclient/gui/payroll/*.py", "ssclient/gui/reminders.py"),
    "paying": ("ssclient/gui/paying/*.py",),
    "latefees": ("ssclient/gui/late_fees/*.py",),
    "annualbase": ("ssclient/gui/annual_base/*.py",),
    "operators": ("ssclient/gui/operators/*.py",),
    "infochange": ("ssclient/gui/infochange/*.py",),
    "mandates": ("ssclient/gui/mandates/*.py",),
    "agents": ("ssclient/gui/agents/*.py",),
}

# Modules that translate at run time texts no window defines (the findings and the other catalogues kept
# as dicts, which tools.update_translations writes into findings_<lang>.ts): no window catalogue of theirs.
RENDERERS = ("ssclient/gui/findings_text.py", "ssclient/gui/i18n.py")


def sources(name: str) -> list[str]:
    """The files catalogue `name` is made from (paths from the project root), sorted within each pattern."""
    root = assets.root()
    found: list[str] = []
    for pattern in WINDOW_CATALOGUES[name]:
        matches = sorted(str(path.relative_to(root)) for path in root.glob(pattern))
        if not matches:
            raise FileNotFoundError(f"catalogue {name!r}: nothing matches {pattern!r}")
        found += [match for match in matches if match not in found]
    return found


def lupdate_executable() -> str:
    """pyside6-lupdate beside this Python (the project's .venv), else on PATH."""
    beside = Path(sys.executable).with_name("pyside6-lupdate")
    return str(beside) if beside.exists() else (shutil.which("pyside6-lupdate") or "pyside6-lupdate")


def lupdate(files: Sequence[str], ts: Path, language: str, *, plural_only: bool = False) -> None:
    """Bring `ts` up to date with the strings in `files`: new ones unfinished, gone ones dropped."""
    command = [lupdate_executable(), *files, "-source-language", "en", "-target-language", language]
    command += ["-no-obsolete", *(["-pluralonly"] if plural_only else [])]
    subprocess.run([*command, "-ts", str(ts)], cwd=assets.root(), check=True, capture_output=True)


def update_all(folder: Path) -> list[Path]:
    """lupdate every window catalogue in `folder`: the Chinese one, and the English one for the counted
    texts' plural forms (made when the area has counted texts, removed when it has none left); the
    catalogues kept. New entries are unfinished until translated (the test suite says which)."""
    done = []
    for name in WINDOW_CATALOGUES:
        files = sources(name)
        chinese = folder / f"{name}_zh_CN.ts"
        lupdate(files, chinese, "zh_CN")
        done.append(chinese)
        english = folder / f"{name}_en.ts"
        lupdate(files, english, "en", plural_only=True)
        if "<message" in english.read_text(encoding="utf-8"):
            done.append(english)
        else:
            english.unlink()
            english.with_suffix(".qm").unlink(missing_ok=True)
    return done
