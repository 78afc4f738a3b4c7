"""The one way to find bundled files (forms, translations, policy, regions), from source or frozen.

From a source checkout (or an editable install) assets live beside the package in `resources/` and `ui/`;
in a PyInstaller bundle they are unpacked under `sys._MEIPASS`.
"""

from __future__ import annotations

import sys
from pathlib import Path


def root() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def resource(*parts: str) -> Path:
    """A path under resources/, e.g. resource("policy", "illustrative-2026.toml")."""
    return root().joinpath("resources", *parts)


def ui_form(name: str) -> Path:
    """A Qt Designer form under ui/, e.g. ui_form("login.ui")."""
    return root() / "ui" / name
