"""Remembered passwords, only in a secure OS keyring (Secret Service, KWallet, Windows, macOS).

A remembered password never goes to a file: no plaintext or file-based keyring counts as secure, and when
none is available the log-in window says why it cannot remember. Keyring calls may block (a keyring
asking to be unlocked), so callers run them off the GUI thread.

keyring itself is imported by the first call that needs it, not with this module: it finds and loads its
backends as it is imported (some 100 ms), which a caller on its way to a window should not pay.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

log = logging.getLogger(__name__)

SERVICE = "ssclient"
# Backends that keep secrets in plain files or nowhere: never good enough for a password.
_INSECURE_MODULE_PREFIXES = ("keyrings.alt", "keyring.backends.fail", "keyring.backends.null")


@dataclass(frozen=True, slots=True)
class KeyringStatus:
    available: bool
    reason: str  # why not, in English for the log; the GUI shows its own translated sentence
    backend_name: str


def keyring_status() -> KeyringStatus:
    """Is there a secure keyring to remember passwords in?"""
    import keyring

    try:
        backend = keyring.get_keyring()
    except Exception as exc:  # a broken keyring configuration must not stop the log-in
        log.info("keyring unavailable: %s", exc)
        return KeyringStatus(False, f"the keyring cannot be opened ({type(exc).__name__})", "")
    return backend_status(backend)


def backend_status(backend: KeyringBackend) -> KeyringStatus:
    """Whether `backend` keeps passwords securely (a chainer: whether one of its members does)."""
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    members = getattr(backend, "backends", None)
    if members is not None:  # the chainer: usable when one of its members is secure
        secure = [b for b in members if _is_secure(b)]
        if secure:
            return KeyringStatus(True, "", name)
        return KeyringStatus(False, "no secure keyring service is running", name)
    if not _is_secure(backend):
        return KeyringStatus(False, f"the keyring backend {name} does not keep passwords securely", name)
    return KeyringStatus(True, "", name)


def _is_secure(backend: KeyringBackend) -> bool:
    module = type(backend).__module__
    if module.startswith(_INSECURE_MODULE_PREFIXES):
        return False
    # keyrings.alt and friends announce file storage by class name even when repackaged.
    class_name = type(backend).__name__.lower()
    return not any(word in class_name for word in ("plaintext", "file", "encrypted", "null", "fail"))


def account(agency: str, unit_code: str, operator: str = "") -> str:
    """The keyring's user name: the unit (or one of its operators, "" for the unit's administrator) at one
    agency (a training password is not the real one)."""
    return f"{operator}/{unit_code}@{agency}" if operator else f"{unit_code}@{agency}"


def load_password(agency: str, unit_code: str, operator: str = "") -> str | None:
    if not unit_code or not keyring_status().available:
        return None
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(SERVICE, account(agency, unit_code, operator))
    except KeyringError as exc:
        log.info("cannot read the remembered password: %s", type(exc).__name__)
        return None


def save_password(agency: str, unit_code: str, password: str, operator: str = "") -> bool:
    """Remember; False when the keyring refused (the user then simply types it next time)."""
    if not keyring_status().available:
        return False
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(SERVICE, account(agency, unit_code, operator), password)
    except KeyringError as exc:
        log.info("cannot remember the password: %s", type(exc).__name__)
        return False
    return True


def forget_password(agency: str, unit_code: str, operator: str = "") -> None:
    if not unit_code or not keyring_status().available:
        return
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    try:
        keyring.delete_password(SERVICE, account(agency, unit_code, operator))
    except PasswordDeleteError:
        pass  # nothing was remembered
    except KeyringError as exc:
        log.info("cannot forget the remembered password: %s", type(exc).__name__)


def remembered(
    agency: str, unit_code: str, wanted: bool, operator: str = ""
) -> tuple[KeyringStatus, str | None]:
    """The keyring's status, and the remembered password of the unit (of its `operator`) when one is
    `wanted` and can be read."""
    status = keyring_status()
    return status, load_password(agency, unit_code, operator) if wanted and status.available else None
