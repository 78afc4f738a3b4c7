"""The packaging files agree with the program (fast; `make installer-check` builds and runs the real thing)."""

from __future__ import annotations

import configparser
import re
import tomllib
from pathlib import Path

import pytest

from ssclient import assets
from ssclient.store import migrate

ROOT = Path(__file__).resolve().parent.parent
SPEC = (ROOT / "build_installer.spec").read_text(encoding="utf-8")


def bundled_folders() -> set[str]:
    """The source folders build_installer.spec copies into the bundle as data, at the same relative path."""
    return set(re.findall(r'\btree\("([^"]+)"', SPEC))


def test_the_bundle_carries_every_folder_the_program_finds_through_the_asset_root() -> None:
    root = assets.root()
    used = {
        assets.ui_form("login.ui").parent.relative_to(root).as_posix(),
        assets.resource("policy").parent.relative_to(root).as_posix(),
        migrate.scripts_location().relative_to(root).as_posix(),
    }
    assert used <= bundled_folders()


def test_the_menu_entry_starts_the_installed_command_with_the_programs_icon() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]  # keep Name[zh_CN] as written
    entry.read(ROOT / "packaging" / "linux" / "ssclient.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"]

    assert section["Type"] == "Application"
    assert section["Exec"] in scripts
    assert section["Terminal"] == "false"
    assert {"Name", "Name[zh_CN]", "Comment", "Comment[zh_CN]", "Categories"} <= set(section)
    assert (assets.resource("icons") / f"{section['Icon']}.svg").is_file()
    assert (assets.resource("icons") / f"{section['Icon']}.png").is_file()


@pytest.mark.parametrize(
    ("soname", "package"),
    [
        ("libxcb-icccm.so.4", "libxcb-icccm4"),
        ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
        ("libc.so.6", "libc6"),
        ("ld-linux-x86-64.so.2", "libc6"),
    ],
)
def test_the_depends_check_names_a_librarys_package_by_debians_rule(soname: str, package: str) -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "installer_check", ROOT / "packaging" / "installer_check.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)

    assert module.package_of(soname)[0] == package
