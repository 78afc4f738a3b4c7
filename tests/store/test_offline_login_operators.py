"""Offline verifiers per operator: each operator of a unit has its own, with the permissions of its last
online log-in; the administrator's stays where it was before operators existed."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from ssclient.domain.permissions import ALL_PERMISSIONS, Permission
from ssclient.store.offline_login import (
    FILENAME,
    OfflineLoginError,
    OfflineRefusal,
    can_log_in_offline,
    forget,
    operators,
    remember,
    verify,
)

AGENCY = "https://sb.example.gov.cn"
UNIT = "170000001"
NOW = datetime(2026, 12, 4, 9, 30, tzinfo=UTC)


def test_each_operator_has_its_own_verifier_and_permissions(tmp_path: Path) -> None:
    remember(tmp_path, AGENCY, UNIT, "Admin2026pw", NOW)
    remember(tmp_path, AGENCY, UNIT, "Clerk2026pw", NOW, "clerk", [Permission.DECLARE])
    remember(tmp_path, AGENCY, UNIT, "Cash2026pw!", NOW, "cashier", [Permission.PAYMENT, Permission.QUERY])
    assert operators(tmp_path, AGENCY, UNIT) == ["cashier", "clerk"]

    clerk = verify(tmp_path, AGENCY, UNIT, "Clerk2026pw", NOW, "clerk")
    assert (clerk.operator, clerk.permissions) == ("clerk", frozenset({Permission.DECLARE}))
    admin = verify(tmp_path, AGENCY, UNIT, "Admin2026pw", NOW)
    assert (admin.operator, admin.permissions) == ("", ALL_PERMISSIONS)
    with pytest.raises(OfflineLoginError) as wrong:
        verify(tmp_path, AGENCY, UNIT, "Admin2026pw", NOW, "clerk")  # another's password is not the clerk's
    assert wrong.value.refusal is OfflineRefusal.WRONG_PASSWORD
    with pytest.raises(OfflineLoginError) as never:
        verify(tmp_path, AGENCY, UNIT, "Clerk2026pw", NOW, "other")
    assert never.value.refusal is OfflineRefusal.NEVER_ONLINE

    forget(tmp_path, AGENCY, UNIT, "clerk")
    assert not can_log_in_offline(tmp_path, AGENCY, UNIT, "clerk")
    assert can_log_in_offline(tmp_path, AGENCY, UNIT) and can_log_in_offline(
        tmp_path, AGENCY, UNIT, "cashier"
    )


def test_a_verifier_kept_before_operators_existed_is_the_administrators_with_every_permission(
    tmp_path: Path,
) -> None:
    remember(tmp_path, AGENCY, UNIT, "Admin2026pw", NOW)
    entries = json.loads((tmp_path / FILENAME).read_text(encoding="utf-8"))
    (entry,) = entries.values()
    del entry["permissions"]  # as an earlier version wrote it
    (tmp_path / FILENAME).write_text(json.dumps(entries), encoding="utf-8")
    assert verify(tmp_path, AGENCY, UNIT, "Admin2026pw", NOW).permissions == ALL_PERMISSIONS
