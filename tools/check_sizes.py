"""Fail when a Python file under ssclient/ is longer than 400 lines or a function in it longer than 60.

    .venv/bin/python -m tools.check_sizes            # check ssclient/
    .venv/bin/python -m tools.check_sizes PATH...    # check these files or folders

Prints one line per offender, `file:line name length`, and exits 1 when there is any. A function's length
runs from its `def` line to its last line (decorators and docstring included; a nested function counts
in its parent and again on its own). Long files and functions are where one concern hides another;
splitting them is the fix, not raising the limits.
"""

from __future__ import annotations

import argparse
import ast
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

MAX_FILE_LINES = 400
MAX_FUNCTION_LINES = 60
ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Oversize:
    path: Path
    line: int
    name: str
    length: int

    def __str__(self) -> str:
        return f"{self.path}:{self.line} {self.name} {self.length}"


def python_files(paths: list[Path]) -> Iterator[Path]:
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*.py") if "__pycache__" not in p.parts)
        elif path.suffix == ".py":
            yield path


def oversizes(path: Path, text: str) -> Iterator[Oversize]:
    """The file itself when too long, then each too long function or method, in file order."""
    lines = len(text.splitlines())
    if lines > MAX_FILE_LINES:
        yield Oversize(path, 1, "<file>", lines)
    functions = (
        node
        for node in ast.walk(ast.parse(text, filename=str(path)))
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
    )
    for node in sorted(functions, key=lambda n: n.lineno):
        length = (node.end_lineno or node.lineno) - node.lineno + 1
        if length > MAX_FUNCTION_LINES:
            yield Oversize(path, node.lineno, node.name, length)


def shown(path: Path) -> Path:
    try:
        return path.resolve().relative_to(ROOT)
    except ValueError:
        return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path, default=[ROOT / "ssclient"])
    args = parser.parse_args(argv)
    found = [
        found
        for path in python_files(args.paths)
        for found in oversizes(shown(path), path.read_text(encoding="utf-8"))
    ]
    for item in found:
        print(item)
    if found:
        print(
            f"{len(found)} over the limits ({MAX_FILE_LINES} lines a file, {MAX_FUNCTION_LINES} a function)",
            file=sys.stderr,
        )
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
