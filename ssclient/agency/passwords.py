"""Password hashing (argon2id) and session tokens. Neither a password nor a token is ever stored or logged:
the database keeps argon2 hashes of passwords and SHA-256 digests of tokens."""

from __future__ import annotations

import hashlib
import secrets

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

# OWASP's minimum argon2id settings: 19 MiB, 2 passes, 1 lane.
OWASP_MINIMUM = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)
_hasher = OWASP_MINIMUM
# Compared against when the unit code is unknown, so that a wrong code costs as long as a wrong password.
_dummy_hash = _hasher.hash("not a password of any unit")


def use_hasher(hasher: PasswordHasher) -> PasswordHasher:
    """Hash new passwords with `hasher` from now on; the one used before. For test suites, which set
    thousands of passwords: a hash carries its own parameters, so every stored one still verifies."""
    global _hasher, _dummy_hash
    previous, _hasher = _hasher, hasher
    _dummy_hash = hasher.hash("not a password of any unit")
    return previous


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(stored_hash: str | None, password: str) -> bool:
    try:
        return _hasher.verify(stored_hash or _dummy_hash, password) and stored_hash is not None
    except (VerificationError, InvalidHashError):
        return False


def new_token() -> str:
    return secrets.token_urlsafe(32)


def token_digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()
