"""Is a new password good enough? One rule for the agency, which decides, and for the client's register
and change-password dialogs, which say so before sending.

Beyond length and letters with digits, a password must not be easy to guess. That is judged by zxcvbn
(Dropbox's password strength estimator, the `zxcvbn` package): it knows the most common passwords of
published breaches, English words and names, keyboard walks, repeats, sequences and dates, and counts the
unit's own codes and name as known words. A score below 2 (fewer than about 10^8 guesses, "too guessable"
in zxcvbn's terms) is refused: enough against guessing over the network, where log-in attempts are
throttled. A password that contains the unit code, the tax number or the credit code is refused outright.
"""

from __future__ import annotations

import unicodedata

from ssclient.domain.findings import Finding
from ssclient.rules.messages import finding

PASSWORD_MIN = 8
MIN_SCORE = 2
# zxcvbn's own bound (its matching grows quickly with length); a longer password is judged by its start.
_JUDGED_LENGTH = 72
# A code this long or longer inside a password gives it away; a shorter one could be there by chance.
_CODE_MIN = 6


def check_new_password(
    new: str,
    old: str = "",
    tax_number: str = "",
    field: str = "new_password",
    *,
    unit_code: str = "",
    uscc: str = "",
    unit_name: str = "",
) -> list[Finding]:
    """Findings on a new password (at most one); empty when it may be used. `old`, the codes and the name
    are what a guesser would try first."""
    if any(unicodedata.category(c) == "Cc" for c in new):
        return [finding("PASSWORD_CHARACTERS", field)]
    if len(new) < PASSWORD_MIN or not any(c.isdigit() for c in new) or not any(c.isalpha() for c in new):
        return [finding("PASSWORD_WEAK", field, minimum=PASSWORD_MIN)]
    codes = [_plain(code) for code in (tax_number, unit_code, uscc) if code]
    if new == old or (tax_number and _plain(new) == _plain(tax_number)):
        return [finding("PASSWORD_SAME", field)]
    if any(len(code) >= _CODE_MIN and code in _plain(new) for code in codes) or _guessable(
        new, [old, *codes, unit_name]
    ):
        return [finding("PASSWORD_GUESSABLE", field)]
    return []


def _plain(text: str) -> str:
    """A code as typed, compared without case, spaces, dashes or full-width forms."""
    return unicodedata.normalize("NFKC", text).strip().replace(" ", "").replace("-", "").upper()


def _guessable(password: str, known: list[str]) -> bool:
    from zxcvbn import zxcvbn  # a fifth of a second to load its word lists: only when a password is set

    judged = password[:_JUDGED_LENGTH]
    user_inputs = [word[:_JUDGED_LENGTH] for word in known if word]
    score: int = zxcvbn(judged, user_inputs=user_inputs)["score"]
    return score < MIN_SCORE
