"""Regenerate resources/translations/findings_<lang>.ts from the message catalogues, bring the windows'
catalogues up to date with their sources (tools.window_catalogues, through pyside6-lupdate), and compile
every .ts.

The catalogues: finding messages (rules and spreadsheet cells), spreadsheet file errors, the check report,
and the other dict catalogues of ssclient.io listed in OTHER_CATALOGUES (file writing, receipts,
statements).

    .venv/bin/python -m tools.update_translations          # update the .ts files, then compile all .qm
    .venv/bin/python -m tools.update_translations --check  # exit 1 when a .ts is out of date with the code

The catalogues (ssclient.rules.messages, ssclient.io.messages) are the source strings; the .ts files keep
the translations. A source that is new or whose English text changed gets an empty, unfinished
translation for a translator (or Qt Linguist) to fill; translations of sources still in use are kept, and
those of sources gone from the code are dropped. Then `pyside6-lrelease` compiles each .ts under
resources/translations (the windows' ssclient_*.ts too) into its .qm.
"""

from __future__ import annotations

import argparse
import importlib
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from ssclient import assets
from ssclient.io import messages as io_messages
from tools import window_catalogues

LANGUAGES = ("zh_CN",)
FOLDER = assets.resource("translations")


# Other catalogues kept as Python dicts beside the code that uses them, rendered with
# ssclient.io.messages.render_text: (module, name of its context constant, name of its dict).
OTHER_CATALOGUES = (
    ("ssclient.io.atomic", "WRITE_CONTEXT", "WRITE_MESSAGES"),
    ("ssclient.io.receipts", "RECEIPT_CONTEXT", "RECEIPT_TEXTS"),
    ("ssclient.io.statements", "STATEMENT_CONTEXT", "STATEMENT_TEXTS"),
    ("ssclient.store.errors", "STORE_CONTEXT", "STORE_MESSAGES"),
    ("ssclient.policy.messages", "POLICY_CONTEXT", "POLICY_TEXTS"),
)


def catalogue() -> dict[str, list[str]]:
    """Every source text of the catalogues, by Qt context, in the order the code lists them."""
    finding_texts = list(io_messages.finding_templates().values())
    for words in io_messages.translated_params().values():
        finding_texts += words.values()
    contexts = {
        io_messages.FINDING_CONTEXT: _unique(finding_texts),
        io_messages.FILE_CONTEXT: _unique(io_messages.FILE_MESSAGES.values()),
        io_messages.REPORT_CONTEXT: _unique(io_messages.REPORT_TEXTS.values()),
    }
    for module_name, context_name, texts_name in OTHER_CATALOGUES:
        module = importlib.import_module(module_name)
        context, texts = getattr(module, context_name), getattr(module, texts_name)
        contexts[context] = _unique([*contexts.get(context, []), *texts.values()])
    return contexts


def _unique(texts: object) -> list[str]:
    return list(dict.fromkeys(texts))  # type: ignore[call-overload]


def read_translations(path: Path) -> dict[tuple[str, str], str]:
    """Finished translations in a .ts file, by (context, source)."""
    if not path.exists():
        return {}
    found: dict[tuple[str, str], str] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in {"unfinished", "obsolete", "vanished"}:
                continue
            if translation.text:
                found[(name, message.findtext("source", ""))] = translation.text
    return found


def render_ts(language: str, known: dict[tuple[str, str], str]) -> str:
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="en")
    for context_name, sources in catalogue().items():
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = context_name
        for source in sources:
            message = ET.SubElement(context, "message")
            ET.SubElement(message, "source").text = source
            translation = ET.SubElement(message, "translation")
            text = known.get((context_name, source))
            if text:
                translation.text = text
            else:
                translation.set("type", "unfinished")
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    return f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n'


def ts_path(language: str) -> Path:
    return FOLDER / f"findings_{language}.ts"


def update(language: str) -> bool:
    """Rewrite the .ts of `language` when the catalogue changed; True when it did."""
    path = ts_path(language)
    text = render_ts(language, read_translations(path))
    if path.exists() and path.read_text(encoding="utf-8") == text:
        return False
    path.write_text(text, encoding="utf-8")
    return True


def lrelease() -> str:
    found = Path(sys.executable).with_name("pyside6-lrelease")
    return str(found) if found.exists() else (shutil.which("pyside6-lrelease") or "pyside6-lrelease")


def compile_ts(ts: Path, qm: Path) -> None:
    subprocess.run([lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 when a .ts is stale")
    args = parser.parse_args(argv)
    if args.check:
        stale = [ts_path(lang) for lang in LANGUAGES if render_ts(lang, read_translations(ts_path(lang)))
                 != (ts_path(lang).read_text(encoding="utf-8") if ts_path(lang).exists() else "")]  # fmt: skip
        for path in stale:
            print(f"{path} is out of date: run python -m tools.update_translations", file=sys.stderr)
        return 1 if stale else 0
    FOLDER.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        if update(language):
            print(f"updated {ts_path(language)}")
    for ts in window_catalogues.update_all(FOLDER):
        print(f"brought {ts.name} up to date with its sources")
    for ts in sorted(FOLDER.glob("*.ts")):
        compile_ts(ts, ts.with_suffix(".qm"))
        print(f"compiled {ts.with_suffix('.qm')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
