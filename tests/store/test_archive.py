"""Moving to a new computer: an archive of the store and settings, optionally encrypted, read back with a
preview and imported; every kind of wrong file refused with its reason, nothing changed."""

from __future__ import annotations

import json
import zipfile
from datetime import timedelta
from pathlib import Path

import pytest

from ssclient.domain.clock import FixedClock
from ssclient.domain.roster import Unit
from ssclient.store import Store
from ssclient.store.archive import (
    MANIFEST,
    ArchiveError,
    ArchiveProblem,
    export_archive,
    import_archive,
    local_units,
    read_archive,
)
from tests.store.conftest import LI, UNIT, add_declaration, line

SETTINGS = {"agency_url": "https://sb.example.gov.cn", "language": "zh_CN"}
PASSPHRASE = "换电脑 2026 春"


@pytest.fixture
def filled(store: Store) -> Store:
    store.save_unit(Unit(UNIT, "杭州示例科技有限公司", "91330106MA2XXXXXX1", "330106123456789"))
    store.create_draft(UNIT, add_declaration(line()))
    store.create_draft(UNIT, add_declaration(line(LI, "李四")))
    return store


def export(store: Store, target: Path, clock: FixedClock, passphrase: str = "") -> Path:
    return export_archive(
        store.path, target, unit_code=UNIT, settings=SETTINGS, now=clock.now(), passphrase=passphrase
    )


def problem(source: Path, passphrase: str = "", units: tuple[str, ...] = ()) -> ArchiveProblem:
    with pytest.raises(ArchiveError) as caught:
        read_archive(source, passphrase, units)
    return caught.value.problem


@pytest.mark.parametrize("passphrase", ["", PASSPHRASE])
def test_an_archive_moves_the_unit_to_another_computer(
    filled: Store, tmp_path: Path, clock: FixedClock, passphrase: str
) -> None:
    archive_path = export(filled, tmp_path / "单位数据.ssarchive", clock, passphrase)
    new_computer = tmp_path / "new" / "ssclient.sqlite3"

    archive = read_archive(archive_path, passphrase, local_units(new_computer))
    assert (archive.unit_code, archive.encrypted, archive.settings) == (UNIT, bool(passphrase), SETTINGS)
    assert archive.contents.documents == 2
    new_computer.parent.mkdir()
    assert (
        import_archive(archive, new_computer, clock.now() + timedelta(minutes=1)) is None
    )  # nothing to keep
    assert not archive.store_file.exists()
    with Store.open(new_computer, clock=clock) as moved:
        assert sorted(s.names for s in moved.list_declarations(UNIT)) == [("张三",), ("李四",)]


def test_an_encrypted_archive_hides_the_data_and_needs_the_passphrase(
    filled: Store, tmp_path: Path, clock: FixedClock
) -> None:
    archive_path = export(filled, tmp_path / "a.ssarchive", clock, PASSPHRASE)
    raw = archive_path.read_bytes()
    assert "张三".encode() not in raw and b"SQLite format 3" not in raw
    assert problem(archive_path) is ArchiveProblem.PASSPHRASE_NEEDED
    assert problem(archive_path, "wrong passphrase") is ArchiveProblem.WRONG_PASSPHRASE


def test_a_changed_manifest_of_an_encrypted_archive_is_caught(
    filled: Store, tmp_path: Path, clock: FixedClock
) -> None:
    source = export(filled, tmp_path / "a.ssarchive", clock, PASSPHRASE)
    changed = tmp_path / "changed.ssarchive"
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(changed, "w") as copy:
        for name in original.namelist():
            data = original.read(name)
            if name == MANIFEST:
                manifest = json.loads(data)
                manifest["unit_code"] = "170999999"
                data = json.dumps(manifest).encode()
            copy.writestr(name, data)
    assert problem(changed, PASSPHRASE) is ArchiveProblem.WRONG_PASSPHRASE


def test_wrong_files_are_refused_with_their_reason(filled: Store, tmp_path: Path, clock: FixedClock) -> None:
    good = export(filled, tmp_path / "a.ssarchive", clock)
    cut = tmp_path / "cut.ssarchive"
    cut.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    assert problem(cut) is ArchiveProblem.DAMAGED
    text = tmp_path / "staff.csv"
    text.write_text("身份证号码,姓名\n", encoding="utf-8")
    assert problem(text) is ArchiveProblem.NOT_AN_ARCHIVE
    other_zip = tmp_path / "photos.zip"
    with zipfile.ZipFile(other_zip, "w") as archive:
        archive.writestr("a.txt", "hello")
    assert problem(other_zip) is ArchiveProblem.NOT_AN_ARCHIVE
    newer = tmp_path / "newer.ssarchive"
    with zipfile.ZipFile(good) as original, zipfile.ZipFile(newer, "w") as copy:
        for name in original.namelist():
            data = original.read(name)
            if name == MANIFEST:
                data = json.dumps({**json.loads(data), "version": 99}).encode()
            copy.writestr(name, data)
    assert problem(newer) is ArchiveProblem.TOO_NEW


def test_another_units_archive_is_refused_where_this_computer_holds_a_unit(
    filled: Store, tmp_path: Path, clock: FixedClock
) -> None:
    archive_path = export(filled, tmp_path / "a.ssarchive", clock)
    assert problem(archive_path, units=("170999999",)) is ArchiveProblem.OTHER_UNIT
    assert local_units(filled.path) == (UNIT,)
