"""Money is Decimal, never float."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

CENT = Decimal("0.01")
ZERO = Decimal("0.00")
# Amounts have fewer than this many digits before the point (a trillion yuan).
MAX_DIGITS = 12


def parse_amount(text: str | Decimal | int) -> Decimal:
    """Read an amount as typed ('4,800.5', '４８００', ' 4800 '). Raises ValueError when it is not one."""
    if isinstance(text, Decimal):
        value = text
    elif isinstance(text, int) and not isinstance(text, bool):
        value = Decimal(text)
    elif isinstance(text, str):
        cleaned = to_halfwidth(text).strip().replace(",", "").replace("，", "")
        cleaned = cleaned.removeprefix("¥").removeprefix("￥").strip()
        if not cleaned or len(cleaned) > 32:
            raise ValueError("empty amount" if not cleaned else "amount too long")
        try:
            value = Decimal(cleaned)
        except InvalidOperation as exc:
            raise ValueError(f"not an amount: {text!r}") from exc
    else:
        raise ValueError(f"not an amount: {text!r}")
    # Bounded so that "1e999999999" cannot make later formatting build a billion-digit string.
    if not value.is_finite() or value.adjusted() >= MAX_DIGITS:
        raise ValueError(f"not an amount: {text!r}")
    return value


def decimal_places(value: Decimal) -> int:
    exponent = value.normalize().as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def round_money(value: Decimal, quantum: Decimal = CENT, rounding: str = ROUND_HALF_UP) -> Decimal:
    return value.quantize(quantum, rounding=rounding)


def format_money(value: Decimal) -> str:
    return f"{value.quantize(CENT):,.2f}"


def format_amount_text(text: str) -> str:
    """An amount as typed, shown as money ('5000' → '5,000.00'); text that is no amount, or has more than
    two decimals (which the rules refuse), as it is: rounded, it would hide what is wrong."""
    try:
        value = parse_amount(text)
    except ValueError:
        return text
    return format_money(value) if decimal_places(value) <= 2 else text


_FULLWIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
_FULLWIDTH[0x3000] = 0x20


def to_halfwidth(text: str) -> str:
    """Full-width digits, letters and punctuation (ＡＢＣ１２３) to their ASCII forms."""
    # Most text is ASCII already; str.translate with a dict is slow, and the rules call this per field.
    if text.isascii():
        return text
    return text.translate(_FULLWIDTH)
