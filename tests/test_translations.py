"""Translations: every .ts finished in Simplified Chinese, every .qm compiled from its .ts, the findings
catalogue complete for every message the code can show, and findings rendered in the user's language."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication

from ssclient import assets
from ssclient.domain.enums import Severity
from ssclient.gui.i18n import CHINESE, ENGLISH, Translations, system_language
from ssclient.io.messages import FILE_CONTEXT, REPORT_CONTEXT
from ssclient.rules.messages import finding
from tests.support.translations import lupdate
from tools import update_translations, window_catalogues
from tools.window_catalogues import WINDOW_CATALOGUES

FOLDER = assets.resource("translations")
TS_FILES = sorted(FOLDER.glob("*.ts"))
PLACEHOLDER = re.compile(r"\{(\w*)\}")


def messages(path: Path) -> list[tuple[str, str, ET.Element | None]]:
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            found.append(
                (context.findtext("name", ""), message.findtext("source", ""), message.find("translation"))
            )
    return found


def test_there_are_catalogues() -> None:
    assert FOLDER / "findings_zh_CN.ts" in TS_FILES


@pytest.mark.parametrize("path", TS_FILES, ids=lambda p: p.name)
def test_every_entry_is_translated(path: Path) -> None:
    # documents_zh_CN.ts: Simplified Chinese; documents_en.ts: the English plural forms.
    assert ET.parse(path).getroot().get("language") == path.stem.split("_", 1)[1]
    missing = [
        f"{context}: {source!r}"
        for context, source, translation in messages(path)
        if translation is None
        or translation.get("type") not in {None, "obsolete", "vanished"}
        or (translation.get("type") is None and not (translation.text or translation.findall("numerusform")))
    ]
    assert not missing, f"{path.name}: unfinished or missing translations:\n" + "\n".join(missing)


@pytest.mark.parametrize("path", TS_FILES, ids=lambda p: p.name)
def test_translations_keep_the_placeholders(path: Path) -> None:
    broken = [
        source
        for _, source, translation in messages(path)
        if translation is not None
        and translation.text
        and "{" in source
        and set(PLACEHOLDER.findall(source)) != set(PLACEHOLDER.findall(translation.text))
    ]
    assert not broken, f"{path.name}: placeholders differ in: {broken}"


@pytest.mark.parametrize("path", TS_FILES, ids=lambda p: p.name)
def test_the_compiled_catalogue_matches_its_source(path: Path, tmp_path: Path) -> None:
    committed = path.with_suffix(".qm")
    assert committed.exists(), f"{committed.name} is missing: run python -m tools.update_translations"
    fresh = tmp_path / committed.name
    subprocess.run(
        [update_translations.lrelease(), "-silent", str(path), "-qm", str(fresh)], check=True, timeout=60
    )
    assert fresh.read_bytes() == committed.read_bytes(), (
        f"{committed.name} is stale against {path.name}: run python -m tools.update_translations"
    )


def _keys(path: Path) -> set[tuple[str, str]]:
    return {(context, source) for context, source, _ in messages(path)}


@pytest.mark.parametrize("name", sorted(WINDOW_CATALOGUES))
def test_each_window_catalogue_knows_every_string_of_its_sources(name: str, tmp_path: Path) -> None:
    fresh = lupdate(window_catalogues.sources(name), tmp_path)
    assert _keys(fresh) == _keys(FOLDER / f"{name}_zh_CN.ts"), (
        f"{name}_zh_CN.ts differs from its sources' strings: run python -m tools.update_translations and "
        "translate the unfinished entries"
    )


def test_every_translatable_window_module_is_in_exactly_one_catalogue() -> None:
    root = assets.root()
    translatable = [
        str(path.relative_to(root))
        for path in sorted((root / "ssclient" / "gui").rglob("*.py"))
        if re.search(r"\btr\(|translate\(", path.read_text(encoding="utf-8"))
    ] + [str(path.relative_to(root)) for path in sorted((root / "ui").glob("*.ui"))]
    named = [source for name in WINDOW_CATALOGUES for source in window_catalogues.sources(name)]
    wrong = [p for p in translatable if p not in window_catalogues.RENDERERS and named.count(p) != 1]
    assert wrong == [], "name each in one catalogue of tools/window_catalogues.py"


def _untranslatable_calls(path: Path) -> list[str]:
    """`tr(x)` and `translate(context, x)` calls whose text `x` lupdate cannot read: not a literal, nor a
    renderer's `source` parameter, nor an entry of a dict catalogue (which tools.update_translations reads);
    and any call inside an f-string, which lupdate does not look into."""
    found = []
    tree = ast.parse(path.read_text(encoding="utf-8"))
    in_f_strings = {
        id(inner) for node in ast.walk(tree) if isinstance(node, ast.JoinedStr) for inner in ast.walk(node)
    }
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        position = {"tr": 0, "translate": 1}.get(node.func.attr)
        if position is None or len(node.args) <= position:
            continue
        text = node.args[position]
        literal = (
            isinstance(text, ast.Constant) and isinstance(text.value, str) and id(node) not in in_f_strings
        )
        renderer = isinstance(text, ast.Name) and text.id == "source"
        catalogue = (
            isinstance(text, ast.Subscript) and isinstance(text.value, ast.Name) and text.value.id.isupper()
        )
        if not (literal or renderer or catalogue):
            found.append(f"{path.name}:{node.lineno}: {ast.unparse(node)}")
    return found


def test_every_translated_text_is_one_lupdate_can_read() -> None:
    """A text passed through a helper of one's own (`_tr(text)`) never reaches the catalogue: it shows in
    English to every user, and no other check notices."""
    wrong = [
        call
        for path in sorted((assets.root() / "ssclient").rglob("*.py"))
        for call in _untranslatable_calls(path)
    ]
    assert wrong == [], "write the text as a literal in the translate/tr call"


ENGLISH_PLURALS = sorted(FOLDER.glob("*_en.ts"))


def _plural_keys(paths: list[Path]) -> set[tuple[str, str]]:
    return {(context, source) for path in paths for context, source, _ in messages(path)}


def test_english_has_the_plural_forms_of_every_counted_string(tmp_path: Path) -> None:
    """Every tr("... %n person(s) ...", "", n) of the windows has English forms ("1 person", "2 people")
    in the *_en catalogues, and nothing else is there."""
    root = assets.root()
    sources = sorted(str(p.relative_to(root)) for p in (root / "ssclient" / "gui").rglob("*.py"))
    sources += sorted(str(p.relative_to(root)) for p in (root / "ui").glob("*.ui"))
    fresh = tmp_path / "plurals_en.ts"
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run([str(lupdate), "-pluralonly", "-target-language", "en", *sources, "-ts", str(fresh)],
                   cwd=root, check=True, capture_output=True)  # fmt: skip
    assert _plural_keys(ENGLISH_PLURALS) == _plural_keys([fresh]), (
        "run pyside6-lupdate -pluralonly -target-language en for the area's *_en.ts and write both forms"
    )


@pytest.mark.parametrize("path", ENGLISH_PLURALS, ids=lambda p: p.name)
def test_english_plural_forms_differ_and_keep_the_placeholders(path: Path) -> None:
    for _, source, translation in messages(path):
        assert translation is not None
        one, many = (form.text or "" for form in translation.findall("numerusform"))
        assert one != many and "(s)" not in one, source
        # The count as the language writes it (%Ln: "1,000 people"), the rest as they are.
        assert ("%n" in source) == ("%Ln" in one) == ("%Ln" in many), source
        for marker in ("%1", "%2"):
            assert (marker in source) == (marker in one) == (marker in many), (source, marker)


@pytest.mark.parametrize("path", sorted(FOLDER.glob("*_zh_CN.ts")), ids=lambda p: p.name)
def test_chinese_counts_are_written_with_thousands_separators(path: Path) -> None:
    for _, source, translation in messages(path):
        forms = [] if translation is None else translation.findall("numerusform")
        for form in forms:
            assert ("%n" in source) == ("%Ln" in (form.text or "")), source


def test_a_large_count_is_written_as_the_programs_own_figures_are(qapp: QApplication) -> None:
    """ "90,709 人", as the payment form and the query windows write theirs, whatever the system's locale;
    the locale the windows had is theirs again once the catalogues are removed."""
    before = QLocale().name()
    chinese = Translations(CHINESE)
    chinese.install(app := qapp)
    try:
        people = QCoreApplication.translate("DocumentList", "%n person(s)", "", 90_709)
    finally:
        chinese.uninstall(app)
    assert people == "90,709 人"
    assert QLocale().name() == before


def test_the_english_windows_count_in_words(qapp: QApplication) -> None:
    english = Translations(ENGLISH)
    english.install(app := qapp)
    try:
        counted = [QCoreApplication.translate("LinesModel", "%n problem(s)", "", n) for n in (1, 2)]
        people = QCoreApplication.translate("DocumentList", "%n person(s)", "", 3)
    finally:
        english.uninstall(app)
    assert (counted, people) == (["1 problem", "2 problems"], "3 people")


def test_the_findings_catalogue_has_every_message_of_the_code() -> None:
    """A new finding code, file reason or report text needs its translation before it ships."""
    path = update_translations.ts_path(CHINESE)
    expected = update_translations.render_ts(CHINESE, update_translations.read_translations(path))
    assert path.read_text(encoding="utf-8") == expected, (
        "findings_zh_CN.ts is out of date with the message catalogues: run python -m tools.update_translations, "
        "translate the new entries, and run it again"
    )


def test_a_finding_in_chinese_and_in_english() -> None:
    item = finding("BASE_BELOW_FLOOR", "wage_base", value="100.00", limit="4800.00")
    assert (
        Translations(CHINESE).render(item) == "申报工资 100.00 元低于缴费基数下限，按下限 4,800.00 元计算。"
    )
    assert Translations(ENGLISH).render(item) == (
        "The declared wage 100.00 yuan is below the contribution base floor; contributions are computed on "
        "the floor of 4,800.00 yuan."
    )


def test_insurance_names_in_a_finding_are_translated_too() -> None:
    item = finding("BACKPAY_INVALID", "backpay.pension", insurance="pension", allowed="1", value=5)
    assert Translations(CHINESE).render(item) == "养老保险补缴月数可为1个月，不能为5个月。"


def test_an_unknown_code_falls_back_to_its_message() -> None:
    from ssclient.domain.findings import Finding

    item = Finding("SOMETHING_NEW", Severity.ERROR, "name", "Something new.", {})
    assert Translations(CHINESE).render(item) == "Something new."


def test_file_reasons_and_report_words_are_translated() -> None:
    zh = Translations(CHINESE)
    assert zh.translate(REPORT_CONTEXT, "error") == "错误"
    assert zh.translate(FILE_CONTEXT, "The file {name} is empty.") == "文件{name}是空的。"


@pytest.mark.parametrize(("environ", "language"), [
    ({"LANG": "en_US.UTF-8"}, ENGLISH), ({"LC_ALL": "en_GB"}, ENGLISH), ({"LANG": "zh_CN.UTF-8"}, CHINESE),
    ({"LANG": "de_DE.UTF-8"}, CHINESE), ({"LC_ALL": "zh_TW", "LANG": "en_US"}, CHINESE), ({}, CHINESE),
    ({"LC_MESSAGES": "en_US", "LANG": "zh_CN"}, ENGLISH),
])  # fmt: skip
def test_default_language_from_the_locale(environ: dict[str, str], language: str) -> None:
    assert system_language(environ) == language


def test_an_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown language"):
        Translations("fr")


def test_the_reason_of_an_invalid_code_is_translated_too() -> None:
    from ssclient.rules.unit import check_uscc

    item = check_uscc("91110000600037341M")[0]
    assert Translations(CHINESE).render(item) == "统一社会信用代码无效：末位校验码不符，请检查是否录入有误。"


_MNEMONIC = re.compile(r"&(\w)")


def _mnemonic_clashes(texts: list[str]) -> list[list[str]]:
    """Texts of one form that share an Alt+letter key: Alt would reach only the first of them."""
    by_key: dict[str, list[str]] = {}
    for text in texts:
        found = _MNEMONIC.search(text.replace("&&", ""))
        if found:
            by_key.setdefault(found.group(1).lower(), []).append(text)
    return [same for same in by_key.values() if len(same) > 1]


def test_no_two_texts_of_a_form_share_an_alt_key_in_english() -> None:
    forms = sorted(assets.root().joinpath("ui").glob("*.ui"))
    assert forms, "no forms found"
    clashes = {}
    for form in forms:
        if found := _mnemonic_clashes([text.text or "" for text in ET.parse(form).getroot().iter("string")]):
            clashes[form.name] = found
    assert clashes == {}


def test_no_two_texts_of_a_form_share_an_alt_key_in_chinese() -> None:
    clashes = {}
    for path in FOLDER.glob("*_zh_CN.ts"):
        for context in ET.parse(path).getroot().iter("context"):
            texts = [
                message.findtext("translation", "")
                for message in context.iter("message")
                if any(place.get("filename", "").endswith(".ui") for place in message.iter("location"))
            ]
            if found := _mnemonic_clashes(texts):
                clashes[context.findtext("name", "")] = found
    assert clashes == {}
