"""Settings → Policy without a window: tables loaded into a real folder, which one is in force for which
month, and bad files refused with the key and the reason, changing nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from ssclient.app.policy_tables import PolicyTableRefused, PolicyTables, policy_tables
from ssclient.app.session_rules import policy_in_force
from ssclient.assets import resource
from ssclient.domain.period import Period
from ssclient.policy import default_policy
from ssclient.policy.loader import DEFAULT_POLICY_FILE

BUNDLED = resource("policy", DEFAULT_POLICY_FILE).read_text(encoding="utf-8")


def table_text(*, area: str = "测试统筹区", starts: str = "2026-07", floor: str = "4800.00") -> str:
    """The bundled table turned into another area's table from another month (test figures only)."""
    text = BUNDLED.replace('area = "示例统筹地区（非官方）"', f'area = "{area}"')
    text = text.replace('in_force_from = "2026-01"', f'in_force_from = "{starts}"')
    text = text.replace('id = "illustrative-2026"', f'id = "test-{starts}"')
    text = text.replace('name = "示例政策 2026（非官方，仅供培训）"', f'name = "测试表 {starts}"')
    text = text.replace('floor = "4800.00"', f'floor = "{floor}"')
    return text.replace("illustrative = true", "illustrative = false")


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def tables(tmp_path: Path) -> PolicyTables:
    return PolicyTables(tmp_path / "kept", default_policy())


def test_without_loaded_tables_the_sessions_table_is_in_force(tables: PolicyTables) -> None:
    assert tables.loaded() == []
    (only,) = tables.schedule()
    assert (only.policy, only.first, only.last, only.loaded) == (
        default_policy(),
        Period(2026, 1),
        None,
        False,
    )
    assert tables.in_force(Period(2026, 11)) is default_policy()


def test_loaded_tables_are_in_force_from_their_month(tables: PolicyTables, tmp_path: Path) -> None:
    july = tables.load(write(tmp_path, "july.toml", table_text(starts="2026-07", floor="5000.00")))
    assert (july.area, july.starts, july.illustrative) == ("测试统筹区", Period(2026, 7), False)
    tables.load(write(tmp_path, "jan.toml", table_text(starts="2027-01", floor="5200.00")))
    rows = [(row.policy.name, str(row.first), str(row.last), row.loaded) for row in tables.schedule()]
    assert rows == [
        ("示例政策 2026（非官方，仅供培训）", "2026-01", "2026-06", False),
        ("测试表 2026-07", "2026-07", "2026-12", True),
        ("测试表 2027-01", "2027-01", "None", True),
    ]
    assert tables.in_force(Period(2026, 6)) is default_policy()  # before the first loaded table
    assert tables.in_force(Period(2026, 11)).base_floor == 5000
    assert tables.in_force(Period(2027, 3)).base_floor == 5200
    schedule, in_force = tables.overview(Period(2026, 12))
    assert len(schedule) == 3 and in_force.name == "测试表 2026-07"

    # A table for the same month replaces the one loaded before; removing it leaves the other.
    tables.load(write(tmp_path, "july2.toml", table_text(starts="2026-07", floor="5100.00")))
    assert [table.base_floor for table in tables.loaded()] == [5100, 5200]
    tables.remove(Period(2026, 7))
    assert [str(table.starts) for table in tables.loaded()] == ["2027-01"]


@pytest.mark.parametrize(
    ("change", "key", "reason"),
    [
        (('floor = "4800.00"', 'floor = "30000.00"'), "base.floor", "must not exceed base.ceiling"),
        (
            ('employer_rate = "0.16"', "employer_rate = 0.16"),
            "insurance.pension.employer_rate",
            "quoted decimal",
        ),
        (("first_day = 1", "first_day = 40"), "window.first_day", "whole number from 1 to 31"),
        (('in_force_from = "2026-07"', 'in_force_from = "July"'), "meta.in_force_from", "month such as"),
    ],
)
def test_a_bad_file_is_refused_with_the_key_and_the_reason_and_changes_nothing(
    tables: PolicyTables, tmp_path: Path, change: tuple[str, str], key: str, reason: str
) -> None:
    tables.load(write(tmp_path, "good.toml", table_text()))
    before = sorted(p.read_bytes() for p in tables.folder.iterdir())
    bad = table_text().replace(*change)
    assert bad != table_text()
    with pytest.raises(PolicyTableRefused) as refused:
        tables.load(write(tmp_path, "bad.toml", bad))
    assert refused.value.key == key
    assert reason in refused.value.reason()
    chinese = refused.value.reason(lambda _context, source: "（译）" + source)
    assert chinese.startswith("（译）")  # the reason goes through the translator
    assert sorted(p.read_bytes() for p in tables.folder.iterdir()) == before


def test_not_toml_unreadable_and_another_area_are_refused(tables: PolicyTables, tmp_path: Path) -> None:
    with pytest.raises(PolicyTableRefused) as refused:
        tables.load(write(tmp_path, "x.toml", "this is [not toml"))
    assert (refused.value.key, refused.value.code) == ("", "not_toml")
    with pytest.raises(PolicyTableRefused) as refused:
        tables.load(tmp_path / "absent.toml")
    assert refused.value.code == "unreadable"
    assert not tables.folder.exists()  # nothing was kept

    tables.load(write(tmp_path, "a.toml", table_text(area="甲市")))
    with pytest.raises(PolicyTableRefused) as refused:
        tables.load(write(tmp_path, "b.toml", table_text(area="乙市", starts="2027-01")))
    assert refused.value.key == "meta.area"
    assert refused.value.reason() == "is 乙市, but the tables loaded are for 甲市: remove those first"
    assert [table.area for table in tables.loaded()] == ["甲市"]


def test_the_session_takes_the_loaded_table_in_force_this_month(tmp_path: Path) -> None:
    """At log-in (app.session) the agency's table gives way to a table loaded for the month."""
    kept = policy_tables(default_policy())  # the data folder (a temporary one under the tests)
    assert policy_in_force(default_policy(), Period(2026, 11).first_day()) is default_policy()
    kept.load(write(tmp_path, "t.toml", table_text(starts="2026-10")))
    assert policy_in_force(default_policy(), Period(2026, 11).first_day()).name == "测试表 2026-10"
    assert policy_in_force(default_policy(), Period(2026, 9).first_day()) is default_policy()


def test_a_session_that_took_a_loaded_table_falls_back_to_the_bundled_one_when_it_is_removed(
    tables: PolicyTables, tmp_path: Path
) -> None:
    """At log-in the session took the loaded table; removing it must not leave it in force."""
    loaded = tables.load(write(tmp_path, "t.toml", table_text(starts="2026-07")))
    session = PolicyTables(tables.folder, loaded)  # what the next session's context holds
    assert session.in_force(Period(2026, 11)) == loaded
    assert [(row.policy.name, row.loaded) for row in session.schedule()] == [
        ("示例政策 2026（非官方，仅供培训）", False),
        ("测试表 2026-07", True),
    ]
    session.remove(Period(2026, 7))
    assert session.in_force(Period(2026, 11)) is default_policy()
