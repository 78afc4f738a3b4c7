"""Which keyrings may hold a remembered password: secure OS keyrings only, never a file or nothing."""

from __future__ import annotations

from keyring.backends.chainer import ChainerBackend
from keyring.backends.fail import Keyring as FailKeyring
from keyring.backends.null import Keyring as NullKeyring

from ssclient.gui import credentials
from tests.gui.insecure_keyring import PlaintextKeyring
from tests.support.memory_keyring import MemoryKeyring


class _Chainer(ChainerBackend):
    def __init__(self, members: list[object]) -> None:
        super().__init__()  # type: ignore[no-untyped-call]  # keyring's backends leave __init__ unannotated
        self._members = members

    @property
    def backends(self) -> list[object]:
        return self._members


def test_secure_backend_is_available() -> None:
    assert credentials.backend_status(MemoryKeyring()).available


def test_fail_null_and_plaintext_backends_are_refused() -> None:
    for backend in (FailKeyring(), NullKeyring(), PlaintextKeyring()):  # type: ignore[no-untyped-call]  # keyring's backends leave __init__ unannotated
        status = credentials.backend_status(backend)
        assert not status.available, type(backend)
        assert status.reason


def test_a_chainer_counts_only_with_a_secure_member() -> None:
    assert not credentials.backend_status(_Chainer([PlaintextKeyring()])).available
    assert not credentials.backend_status(_Chainer([])).available
    assert credentials.backend_status(_Chainer([PlaintextKeyring(), MemoryKeyring()])).available


def test_remembered_passwords_are_per_agency(memory_keyring: MemoryKeyring) -> None:
    assert credentials.save_password("local-training-agency", "170000001", "Train2026ok")
    assert credentials.load_password("https://sb.example.gov.cn", "170000001") is None
    assert credentials.load_password("local-training-agency", "170000001") == "Train2026ok"
    credentials.forget_password("local-training-agency", "170000001")
    assert credentials.load_password("local-training-agency", "170000001") is None
    credentials.forget_password("local-training-agency", "170000001")  # forgetting twice is fine
