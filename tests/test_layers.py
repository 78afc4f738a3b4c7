"""The layers of DESIGN.md hold: import-linter's contracts (pyproject.toml) run as part of the suite."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_import_contracts_are_kept() -> None:
    lint_imports = Path(sys.executable).with_name("lint-imports")
    done = subprocess.run([str(lint_imports), "--no-cache"], cwd=ROOT, capture_output=True, text=True,
                          check=False, timeout=300)  # fmt: skip
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    assert "0 broken" in done.stdout


def test_check_command_imports_no_heavy_modules_for_a_csv(tmp_path: Path) -> None:
    """`ssclient check` on a CSV stays quick: no widgets, no workbook library, no database."""
    sample = tmp_path / "staff.csv"
    sample.write_text("id_number,name\n", encoding="utf-8")
    probe = (
        "import sys; from ssclient.cli import main; main(['check', sys.argv[1], '--lang', 'zh_CN']);"
        "print(sorted(m for m in ('PySide6.QtWidgets', 'PySide6.QtGui', 'openpyxl', 'sqlalchemy', 'httpx')"
        " if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", probe, str(sample)], capture_output=True, text=True, check=False,
                          timeout=60)  # fmt: skip
    assert done.stdout.strip().splitlines()[-1] == "[]"
