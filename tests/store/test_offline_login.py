"""The offline log-in's verifiers on a real file: argon2id hashes only, wrong passwords slowed then locked."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from ssclient.store.offline_login import (
    FILENAME,
    LOCKOUT,
    MAX_FAILURES,
    OfflineLoginError,
    OfflineRefusal,
    can_log_in_offline,
    forget,
    remember,
    verify,
)

AGENCY = "https://sb.example.gov.cn"
UNIT = "170000001"
PASSWORD = "Declare2026ok"
NOW = datetime(2026, 12, 4, 9, 30, tzinfo=UTC)


def refusal(folder: Path, password: str, at: datetime) -> OfflineLoginError:
    with pytest.raises(OfflineLoginError) as caught:
        verify(folder, AGENCY, UNIT, password, at)
    return caught.value


def test_the_file_keeps_a_salted_argon2id_hash_never_the_password(tmp_path: Path) -> None:
    remember(tmp_path, AGENCY, UNIT, PASSWORD, NOW)
    first = (tmp_path / FILENAME).read_text(encoding="utf-8")
    remember(tmp_path, AGENCY, UNIT, PASSWORD, NOW)
    second = (tmp_path / FILENAME).read_text(encoding="utf-8")
    assert PASSWORD not in first and "$argon2id$" in first
    assert first != second  # a new salt each time
    assert (tmp_path / FILENAME).stat().st_mode & 0o077 == 0
    assert verify(tmp_path, AGENCY, UNIT, PASSWORD, NOW + timedelta(days=3)).online_at == NOW


def test_a_unit_that_never_logged_in_online_here_cannot_log_in_offline(tmp_path: Path) -> None:
    assert not can_log_in_offline(tmp_path, AGENCY, UNIT)
    assert refusal(tmp_path, PASSWORD, NOW).refusal is OfflineRefusal.NEVER_ONLINE
    remember(tmp_path, "https://other.example.gov.cn", UNIT, PASSWORD, NOW)
    assert refusal(tmp_path, PASSWORD, NOW).refusal is OfflineRefusal.NEVER_ONLINE  # another agency's
    remember(tmp_path, AGENCY, UNIT, PASSWORD, NOW)
    assert can_log_in_offline(tmp_path, AGENCY, UNIT)
    forget(tmp_path, AGENCY, UNIT)
    assert not can_log_in_offline(tmp_path, AGENCY, UNIT)


def test_wrong_passwords_wait_longer_each_time_then_lock(tmp_path: Path) -> None:
    remember(tmp_path, AGENCY, UNIT, PASSWORD, NOW)
    at = NOW
    for failure in range(1, MAX_FAILURES):
        assert refusal(tmp_path, "Wrong2026pw", at).refusal is OfflineRefusal.WRONG_PASSWORD
        too_soon = refusal(tmp_path, PASSWORD, at)  # even the right password waits its turn
        assert too_soon.refusal is OfflineRefusal.LOCKED
        assert too_soon.until == at + timedelta(seconds=2 ** (failure - 1))
        at = too_soon.until
    locked = refusal(tmp_path, "Wrong2026pw", at)
    assert locked.refusal is OfflineRefusal.LOCKED and locked.until == at + LOCKOUT
    assert refusal(tmp_path, PASSWORD, at + LOCKOUT - timedelta(seconds=1)).refusal is OfflineRefusal.LOCKED
    assert verify(tmp_path, AGENCY, UNIT, PASSWORD, at + LOCKOUT).unit_code == UNIT
    # A success starts the count again.
    assert refusal(tmp_path, "Wrong2026pw", at + LOCKOUT).refusal is OfflineRefusal.WRONG_PASSWORD


def test_a_damaged_file_means_offline_log_in_starts_over(tmp_path: Path) -> None:
    (tmp_path / FILENAME).write_text("{not json", encoding="utf-8")
    assert refusal(tmp_path, PASSWORD, NOW).refusal is OfflineRefusal.NEVER_ONLINE
    remember(tmp_path, AGENCY, UNIT, PASSWORD, NOW)
    assert verify(tmp_path, AGENCY, UNIT, PASSWORD, NOW).unit_code == UNIT
