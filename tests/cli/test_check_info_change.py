"""`ssclient check --type` refuses personnel information changes (they are not imported) and says where
they are made instead."""

from __future__ import annotations

from pathlib import Path

import pytest

from ssclient.cli import main


def test_an_information_change_sheet_is_refused_with_where_to_make_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sheet = tmp_path / "changes.csv"
    sheet.write_text("身份证号码,姓名\n", encoding="utf-8")

    with pytest.raises(SystemExit) as refused:
        main(["check", str(sheet), "--type", "info_change"])

    assert refused.value.code == 2
    assert "invalid choice: 'info_change'" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["check", "--help"])
    shown = " ".join(capsys.readouterr().out.split())
    assert "personnel information changes are not imported" in shown
    assert "Business → Personnel information change" in shown
