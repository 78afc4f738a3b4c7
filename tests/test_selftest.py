"""`ssclient --self-test` from source: every check passes on a good tree, and a broken one says why.

(`make installer-check` runs the same self-test from the PyInstaller bundle and from the unpacked .deb.)
"""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ssclient import assets
from ssclient.selftest import CheckFailed, Workspace, check_platform_plugin, run_self_test

CHECKS = (
    "Qt platform",
    "modules",
    "forms",
    "translations",
    "policy",
    "regions",
    "spreadsheet import",
    "check in 2 parts",
    "keyring",
    "store",
    "agency",
    "submit round trip",
    "PDF receipt",
    "windows",
    "files",
)
LINE = re.compile(r"^(OK  |FAIL)  (.+?)\s+(\d+\.\d\d) s  (.*)$")


def summary_lines(output: str) -> dict[str, tuple[str, str]]:
    """Each check's line of the summary: name -> (OK or FAIL, what it found or why it failed)."""
    found = {}
    for line in output.splitlines():
        match = LINE.match(line)
        if match:
            found[match.group(2)] = (match.group(1).strip(), match.group(4))
    return found


def self_test_command(platform: str) -> subprocess.CompletedProcess[str]:
    """`ssclient --self-test` in a new process, as a user runs it, asking for the given Qt platform."""
    return subprocess.run(
        [sys.executable, "-m", "ssclient.cli", "--self-test"],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": platform},
        timeout=120,
        check=False,
    )


def test_self_test_from_source_passes_every_check_without_touching_the_users_data(user_dirs: Path) -> None:
    result = self_test_command("offscreen")

    assert result.returncode == 0, result.stdout + result.stderr
    lines = summary_lines(result.stdout)
    assert list(lines) == list(CHECKS)
    assert all(status == "OK" for status, _ in lines.values()), result.stdout
    assert re.search(r"'offscreen' loads", lines["Qt platform"][1])
    assert re.search(r"^\d+ forms load$", lines["forms"][1])
    assert "zh_CN" in lines["translations"][1]
    assert re.search(r"declaration approved, serial \S+", lines["submit round trip"][1])
    assert re.search(r"checked in two processes, the same [1-9]\d* findings", lines["check in 2 parts"][1])
    assert result.stdout.splitlines()[0].startswith("ssclient ")
    assert result.stdout.splitlines()[-1].startswith(f"self-test passed: {len(CHECKS)} checks")
    # The store and the agency lived in a temporary folder, not in the user's data directory.
    assert not list(user_dirs.parent.rglob("*.sqlite3"))


def copy_of_assets(target: Path) -> Path:
    """A copy of what the bundle carries (forms, resources, store migrations), as a frozen build has it."""
    source = assets.root()
    shutil.copytree(source / "ui", target / "ui")
    shutil.copytree(source / "resources", target / "resources")
    shutil.copytree(
        source / "ssclient" / "store" / "migrations", target / "ssclient" / "store" / "migrations"
    )
    return target


def test_a_broken_policy_file_fails_its_check_with_the_reason_and_the_others_still_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bundle = copy_of_assets(tmp_path / "bundle")
    default = next((bundle / "resources" / "policy").glob("*.toml"))
    policy = default.with_name("city-2027.toml")  # a second policy file with a misspelt table
    policy.write_text(default.read_text(encoding="utf-8").replace("[window]", "[windw]"), encoding="utf-8")
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)  # as a frozen build finds its files
    out = io.StringIO()

    status = run_self_test(out=out)

    assert status == 1
    lines = summary_lines(out.getvalue())
    assert lines["policy"][0] == "FAIL"
    assert policy.name in lines["policy"][1] and "window" in lines["policy"][1]
    assert [name for name, (state, _) in lines.items() if state == "FAIL"] == ["policy"]
    assert out.getvalue().splitlines()[-1].startswith(f"self-test FAILED (1 of {len(CHECKS)} checks: policy)")


def test_missing_forms_and_translations_are_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bundle = copy_of_assets(tmp_path / "bundle")
    shutil.rmtree(bundle / "ui")
    for compiled in (bundle / "resources" / "translations").glob("*.qm"):
        compiled.unlink()
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    out = io.StringIO()

    status = run_self_test(out=out)

    assert status == 1
    lines = summary_lines(out.getvalue())
    assert lines["forms"] == ("FAIL", f"no Qt Designer forms found in {bundle / 'ui'}")
    assert lines["translations"] == (
        "FAIL",
        f"no compiled translations (*.qm) found in {bundle / 'resources' / 'translations'}",
    )


def test_a_platform_plugin_that_is_not_installed_is_reported(tmp_path: Path) -> None:
    with pytest.raises(CheckFailed, match="the Qt platform plugin 'nosuchplatform' is not installed"):
        check_platform_plugin(Workspace(tmp_path, "nosuchplatform"))


def test_from_the_command_line_a_failed_check_exits_non_zero_with_its_reason_and_no_traceback() -> None:
    result = self_test_command("nosuchplatform")  # the desktop asks for a plugin this installation lacks

    assert result.returncode == 1
    lines = summary_lines(result.stdout)
    assert lines["Qt platform"][0] == "FAIL"
    assert "the Qt platform plugin 'nosuchplatform' is not installed" in lines["Qt platform"][1]
    assert [name for name, (state, _) in lines.items() if state == "FAIL"] == ["Qt platform"]
    assert "self-test FAILED (1 of" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr


def test_a_reader_that_stops_early_ends_the_printing_but_not_the_checks() -> None:
    """`ssclient --self-test | head -1`: no traceback, and the exit status still reports the checks."""
    with subprocess.Popen(
        [sys.executable, "-m", "ssclient.cli", "--self-test"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    ) as process:
        assert process.stdout is not None and process.stderr is not None
        first = process.stdout.readline()
        process.stdout.close()  # the reader goes away, as `head -1` does
        stderr = process.stderr.read()
        status = process.wait(timeout=120)

    assert first.startswith("ssclient ")
    assert status == 0
    assert "Traceback" not in stderr and "BrokenPipeError" not in stderr
