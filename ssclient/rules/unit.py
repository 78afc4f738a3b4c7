"""Rules on a unit's registration: name, unified social credit code, tax number, password."""

from __future__ import annotations

from stdnum import exceptions as stdnum_errors
from stdnum.cn import uscc

from ssclient.domain.findings import Finding
from ssclient.domain.money import to_halfwidth
from ssclient.rules.messages import REASON_TEXTS, finding

# The password rule lives in rules.passwords; its names stay importable from here too.
from ssclient.rules.passwords import PASSWORD_MIN as PASSWORD_MIN
from ssclient.rules.passwords import check_new_password as check_new_password

UNIT_NAME_MAX = 100
# Work-injury industry risk classes (人社部发〔2015〕71号《关于调整工伤保险费率政策的通知》): one to eight.
INDUSTRY_CLASSES = range(1, 9)

# GB 11714 organization code: 8 characters and a check character.
_ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)
_ORG_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def normalize_code(text: str) -> str:
    return to_halfwidth(text).strip().replace(" ", "").replace("-", "").upper()


def check_unit_name(text: str, field: str = "name") -> list[Finding]:
    name = text.strip()
    if not name:
        return [finding("UNIT_NAME_REQUIRED", field)]
    if len(name) > UNIT_NAME_MAX:
        return [finding("UNIT_NAME_LENGTH", field, maximum=UNIT_NAME_MAX)]
    return []


def check_uscc(text: str, field: str = "uscc") -> list[Finding]:
    code = normalize_code(text)
    if not code:
        return [finding("USCC_REQUIRED", field)]
    reason = _uscc_problem(code)
    return [finding("USCC_INVALID", field, reason=reason)] if reason else []


def _uscc_problem(code: str) -> str:
    try:
        uscc.validate(code)
    except stdnum_errors.InvalidLength:
        return REASON_TEXTS["uscc_length"]
    except stdnum_errors.InvalidChecksum:
        return REASON_TEXTS["uscc_checksum"]
    except stdnum_errors.ValidationError:
        return REASON_TEXTS["uscc_characters"]
    except Exception:  # stdnum may raise other errors on odd input; treat them as invalid
        return REASON_TEXTS["uscc_characters"]
    return ""


def _org_code_valid(code: str) -> bool:
    if len(code) != 9 or any(c not in _ORG_ALPHABET for c in code[:8]):
        return False
    total = sum(_ORG_ALPHABET.index(c) * w for c, w in zip(code[:8], _ORG_WEIGHTS, strict=True))
    check = 11 - total % 11
    expected = {10: "X", 11: "0"}.get(check, str(check))
    return code[8] == expected


def check_tax_number(text: str, field: str = "tax_number") -> list[Finding]:
    """Since 2015 the tax number is the credit code (18); older units have 15 (region + organization
    code) and sole traders 20 (ID number + 2 digits)."""
    code = normalize_code(text)
    if not code:
        return [finding("TAX_NUMBER_REQUIRED", field)]
    if len(code) == 18:
        reason = _uscc_problem(code)
    elif len(code) == 15:
        ok = code[:6].isdigit() and _org_code_valid(code[6:])
        reason = "" if ok else REASON_TEXTS["tax_15"]
    elif len(code) == 20:
        ok = code[:17].isdigit() and code[18:].isdigit()
        reason = "" if ok else REASON_TEXTS["tax_20"]
    else:
        reason = REASON_TEXTS["tax_length"]
    return [finding("TAX_NUMBER_INVALID", field, reason=reason)] if reason else []


def check_industry_class(value: object, field: str = "industry_class") -> list[Finding]:
    """The unit's work-injury industry class: a whole number from 1 to 8 (never quietly taken as 1)."""
    text = to_halfwidth(str(value)).strip() if not isinstance(value, bool) else ""
    if isinstance(value, int) and not isinstance(value, bool) and value in INDUSTRY_CLASSES:
        return []
    if isinstance(value, str) and text.isdigit() and int(text) in INDUSTRY_CLASSES:
        return []
    return [finding("INDUSTRY_CLASS_INVALID", field, value=text[:10])]
