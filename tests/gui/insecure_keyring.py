"""A keyring backend that keeps passwords in a plain file, as keyrings.alt's PlaintextKeyring does: the
client must refuse to remember passwords in it."""

from __future__ import annotations

from keyring.backend import KeyringBackend


class PlaintextKeyring(KeyringBackend):
    priority = 1

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]  # keyring's KeyringBackend.__init__ is unannotated

    def get_password(self, service: str, username: str) -> str | None:
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        raise AssertionError("a password must never be written to a plaintext keyring")

    def delete_password(self, service: str, username: str) -> None:
        return None
