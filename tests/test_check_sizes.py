"""tools.check_sizes: the lint check that keeps files under 400 lines and functions under 60."""

from __future__ import annotations

from pathlib import Path

import pytest

from tools.check_sizes import main


def function(name: str, body_lines: int) -> str:
    return f"def {name}() -> None:\n" + "    x = 1\n" * (body_lines - 1)


def test_a_long_function_and_a_long_file_are_named_with_their_length(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fine = tmp_path / "fine.py"
    fine.write_text(function("short", 60))
    long = tmp_path / "long.py"
    long.write_text("\n" * 2 + function("too_long", 61) + "\n" * 400)

    assert main([str(fine)]) == 0
    assert main([str(tmp_path)]) == 1

    printed = capsys.readouterr().out.splitlines()
    assert printed == [f"{long}:1 <file> {2 + 61 + 400}", f"{long}:3 too_long 61"]


def test_methods_and_nested_functions_count_too(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "methods.py"
    inner = "".join(f"        {line}\n" for line in function("inner", 61).splitlines())
    source.write_text("class Window:\n    def build(self) -> None:\n" + inner)

    assert main([str(source)]) == 1
    names = [line.split()[1] for line in capsys.readouterr().out.splitlines()]
    assert names == ["build", "inner"]
