"""Where the program keeps its files: the user's data, config and log directories (platformdirs).

Tests point these elsewhere through SSCLIENT_HOME, so nothing ever touches the real home.
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "ssclient"
_OVERRIDE = "SSCLIENT_HOME"


def _dir(kind: str) -> Path:
    override = os.environ.get(_OVERRIDE)
    if override:
        path = Path(override) / kind
    else:
        import platformdirs  # only here: where SSCLIENT_HOME is set, start-up goes without it

        dirs = platformdirs.PlatformDirs(APP_NAME, appauthor=False)
        path = Path(
            {
                "data": dirs.user_data_dir,
                "config": dirs.user_config_dir,
                "log": dirs.user_log_dir,
            }[kind]
        )
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def data_dir() -> Path:
    return _dir("data")


def config_dir() -> Path:
    return _dir("config")


def log_dir() -> Path:
    return _dir("log")


def units_dir(*, training: bool = False) -> Path:
    """Where each unit used on this computer has its folder (its store, backups and offline verifier);
    the local training agency's units apart from the real agency's."""
    return data_dir() / ("training-units" if training else "units")
