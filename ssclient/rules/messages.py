"""Every finding code and its English message template.

The code is the stable contract (tests, the agency's answers and import reports use it); the template is
the source string that translations (Qt Linguist, context "Finding") turn into the user's language.
Parameters are filled with str.format.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache

from ssclient.domain.enums import Severity
from ssclient.domain.findings import Finding
from ssclient.domain.money import format_amount_text

MESSAGES: dict[str, str] = {
    # Resident ID number (GB 11643-1999)
    "ID_REQUIRED": "Enter the ID number.",
    "ID_LEGACY_15": "This is an old 15-digit ID number; enter the person's 18-digit ID number.",
    "ID_LENGTH": "An ID number has 18 characters; this one has {length}.",
    "ID_FORMAT": "An ID number is 17 digits followed by a digit or X.",
    "ID_CHECKSUM": "The ID number's last character does not match; check the number for a typing error.",
    "ID_BIRTH_DATE": "The ID number holds no real birth date ({value}).",
    "ID_BIRTH_FUTURE": "The birth date in the ID number ({value}) lies in the future.",
    "ID_REGION": "The ID number starts with an unknown region code ({value}).",
    "ID_TYPE_UNKNOWN": "Unknown ID type {value}; choose 居民身份证, 港澳台居民居住证, 外国人永久居留身份证 or 护照.",
    "ID_IS_HMT_PERMIT": "A number starting 810000, 820000 or 830000 is a Hong Kong, Macao or Taiwan residents' "
    "residence permit; choose that ID type.",
    "ID_HMT_ADDRESS": "A Hong Kong, Macao or Taiwan residence permit number starts with 810000, 820000 or 830000, "
    "not {value}.",
    "ID_FOREIGN_PERMANENT_FORMAT": "A foreign permanent resident ID card number has 18 characters starting with 9.",
    "PASSPORT_FORMAT": "A passport number has 5 to 20 letters and digits.",
    "NATIONALITY_REQUIRED": "Enter the passport holder's nationality.",
    "NATIONALITY_INVALID": "The nationality must be a country's name or code, not {value}.",
    "PERSON_TOO_YOUNG": "The person is {age} in {period}; insured persons must be at least {minimum}.",
    "RETIREMENT_AGE_REACHED": "The person reaches the statutory retirement age of {years} years {months} months "
    "in {month} and cannot be newly insured in {period} ({rule}).",
    "WOMENS_CATEGORY_REQUIRED": "Choose whether she retires as a worker or as a cadre: as a worker she reached "
    "retirement age in {worker}, as a cadre she reaches it in {cadre}.",
    "WOMENS_CATEGORY_INVALID": "The women's retirement category is worker (女职工) or cadre (女干部), not {value}.",
    # Name
    "NAME_REQUIRED": "Enter the name.",
    "NAME_DIGITS": "A name cannot contain digits.",
    "NAME_CHARACTERS": "The name contains characters a name cannot have: {value}.",
    "NAME_LATIN_ON_CHINESE_ID": "A name on a Chinese identity document is written in Chinese characters, "
    "without Latin letters; a foreigner's name goes with a foreigner's ID type.",
    "NAME_FOREIGN_CHARACTERS": "A foreigner's name is written in Latin letters, spaces and hyphens as on the "
    "document, without {value}.",
    "NAME_LENGTH": "A name has {minimum} to {maximum} characters; this one has {length}.",
    "NAME_ROSTER_MISMATCH": "The roster has this ID number under the name {expected}.",
    # Unit
    "UNIT_NAME_REQUIRED": "Enter the company name.",
    "UNIT_NAME_LENGTH": "A company name has at most {maximum} characters.",
    "USCC_REQUIRED": "Enter the unified social credit code.",
    "USCC_INVALID": "The unified social credit code is not valid: {reason}.",
    "TAX_NUMBER_REQUIRED": "Enter the tax registration number.",
    "TAX_NUMBER_INVALID": "The tax registration number is not valid: {reason}.",
    "INDUSTRY_CLASS_INVALID": "The work-injury industry class is a whole number from 1 to 8, not {value}; "
    "see the unit's registration with the agency.",
    "PASSWORD_WEAK": "The password needs at least {minimum} characters with letters and digits.",
    "PASSWORD_SAME": "The new password must differ from the old one and from the tax registration number.",
    "PASSWORD_GUESSABLE": "Too easy to guess: avoid common passwords, simple patterns and the unit's codes.",
    "PASSWORD_CHARACTERS": "A password cannot contain control characters.",
    # Person fields
    "HUKOU_REQUIRED": "Choose the household registration type.",
    "HUKOU_UNKNOWN": "Unknown household registration type {value}; use 11, 12, 21, 22 or 30 (居民户口).",
    "HUKOU_MIGRANT_CONTRADICTION": "A local urban household registration (本地城镇) does not go with a migrant "
    "worker (外来务工 = 是); correct one of the two answers.",
    "BASE_REQUIRED": "Enter the declared wage base.",
    "BASE_NOT_NUMBER": "The wage base must be an amount such as 6500.00, not {value}.",
    "BASE_DECIMALS": "The wage base has at most two decimals.",
    "BASE_NOT_POSITIVE": "The declared wage must be more than zero.",
    "BASE_BELOW_FLOOR": "The declared wage {value} yuan is below the contribution base floor; contributions "
    "are computed on the floor of {limit} yuan.",
    "BASE_ABOVE_CEILING": "The declared wage {value} yuan is above the contribution base ceiling; "
    "contributions are computed on the ceiling of {limit} yuan.",
    "YESNO_REQUIRED": "Choose yes or no.",
    "YESNO_INVALID": "Answer yes or no (是/否, Y/N, 1/0), not {value}.",
    "MIGRANT_INSURANCE_NOT_MIGRANT": "Migrant-worker insurance is usually for migrant workers only.",
    "REGION_REQUIRED": "Migrant-worker insurance needs the home province, city and county.",
    "PROVINCE_UNKNOWN": "Unknown province {value}.",
    "CITY_UNKNOWN": "{value} is not a city of {parent}.",
    "COUNTY_UNKNOWN": "{value} is not a county of {parent}.",
    # Declaration
    "DECLARATION_EMPTY": "The declaration has no people in it.",
    "DECLARATION_TOO_LARGE": "One declaration holds at most {maximum} people and this one has {count}: the "
    "agency would refuse it. Split the people into several documents (an import from a spreadsheet does so by "
    "itself, and the annual base window when the document is opened there and saved again).",
    "PAYMENT_TOO_LARGE": "One payment declaration holds at most {maximum} lines and this one has {count}: the "
    "agency cannot take this unit's payment in one declaration. Ask the agency how to declare it.",
    "DUPLICATE_PERSON": "The same person appears more than once (lines {lines}).",
    "PAYMENT_CHANGES_PENDING": "Personnel documents of {period} ({count}) are declared with this payment or "
    "still wait for the agency's answer: the payment would no longer match once they are approved. Declare "
    "it after they are answered, and compute it again first.",
    "PAYMENT_APPROVED_BEFORE_CHANGE": "The payment declaration for {period} is already approved (serial "
    "{serial}): once this change is approved, revise the payment so that it matches.",
    "PERSON_IN_OTHER_DOCUMENT": "Also in {document}, declared together: the agency would refuse one. "
    "Keep the person in one document.",
    "ROSTER_ALREADY_ACTIVE": "This person is already insured by your unit; use renewal or base change instead.",
    "ROSTER_NOT_INTERRUPTED": "Renewal is for people whose insurance with your unit was interrupted.",
    "ROSTER_RETURNING": "This person's insurance with your unit was interrupted from {since}: someone coming "
    "back is declared by renewal (with the back payment it allows), not as a new add.",
    "ROSTER_NOT_ACTIVE": "This person is not actively insured by your unit.",
    "ROSTER_INSURED_ELSEWHERE": "This person is actively insured by another unit; that unit must interrupt first.",
    "WINDOW_CLOSED": "Declarations are accepted on days {first} to {last} of each month, and today is day {day}. "
    "Keep it in the draft box and declare it when the window opens.",
    "PERIOD_NOT_CURRENT": "Declarations are for the current period {expected}, not {value}.",
    "BACKPAY_INVALID": "Back payment for {insurance} can be {allowed} months, not {value}.",
    "BACKPAY_BEFORE_INTERRUPTION": "Back payment of {value} months reaches before the interruption in {since}.",
    "REASON_REQUIRED": "Enter the reason for the interruption.",
    "EFFECTIVE_PERIOD_INVALID": "The effective month must look like 2026-11, not {value}.",
    "EFFECTIVE_PERIOD_TOO_EARLY": "The new base can take effect from {earliest} at the earliest.",
    "EFFECTIVE_PERIOD_TOO_LATE": "The new base can take effect until {latest} at the latest.",
    "EFFECTIVE_PERIOD_BEFORE_JOINING": "The new base cannot take effect in {value}: the person is insured by "
    "your unit from {since} on.",
    "BASE_UNCHANGED": "The new base equals the current one ({value}).",
    # Annual base (rules.annual_base)
    "ANNUAL_BASE_MISMATCH": "An average monthly wage of {average} gives a base of {expected} under this year's "
    "floor and ceiling, not {value}; import the wages again.",
    "ANNUAL_BASE_EFFECTIVE": "The annual base takes effect from {expected}, the first month of this year's "
    "policy, not {value}.",
    # Personnel information change
    "INFO_CHANGE_NOT_ON_ROSTER": "No one on your unit's roster has this ID number. An information change "
    "cannot correct an ID number: if the number on record is wrong, take the police's proof of the change "
    "of number to the agency's counter, which corrects the record there. Someone not yet insured by your "
    "unit is declared with Add personnel.",
    "INFO_UNCHANGED": "Nothing here differs from the roster: correct at least one fact, or leave this person "
    "out.",
    "ID_NUMBER_NOT_CHANGEABLE": "An ID number cannot be changed by an information change: it is the key of "
    "the person's record. Take the police's proof of the change of number to the agency's counter, which "
    "corrects the record there; your roster follows at your next log-in.",
    # Payment (the agency recomputes every amount)
    "PAYMENT_MISMATCH": "The {share} amount for {insurance} in {period} should be {expected}, not {value}.",
    "PAYMENT_MISSING": "The payment declaration lacks {insurance} for {name} ({id_number}) in {period}: "
    "{amount} is due.",
    "PAYMENT_UNEXPECTED": "This person owes no {insurance} contribution for {period}.",
    "PAYMENT_BASE_MISMATCH": "The base for {insurance} in {period} should be {expected}, not {value}.",
    "PAYMENT_DUPLICATE": "This line repeats line {line}: the same person, insurance type and month.",
    "AMOUNT_INVALID": "Not an amount: {value}.",
    # Only the agency can say these (it knows every unit's records), but they share this catalogue so the
    # client shows them in the user's language.
    "CONTACT_REQUIRED": "Enter the contact person.",
    "PAYMENT_ALREADY_DECLARED": "The payment for {period} is already declared (serial number {serial}); "
    "revise that record instead.",
    "LINES_NOT_ALLOWED": "A payment declaration carries payment lines, not personnel lines.",
    "PAYMENTS_NOT_ALLOWED": "Only a payment declaration carries payment lines.",
    "PAYMENT_PERIOD": "A payment line of this declaration must be for {expected}, not {value}.",
    "REQUEST_INVALID": "The agency could not read this value ({type}); check the program is up to date.",
    # An agent's refusals for a unit it may not see (a declaration refused so is shown with them).
    "MANDATE_WITHDRAWN": "This unit has withdrawn its mandate: nothing more can be done for it. Ask the unit's "
    "administrator to grant it again if the work should go on.",
    "UNIT_NOT_FOUND": "There is no such unit among those that mandated you.",
}

# Why a code is not valid (the `reason` of USCC_INVALID and TAX_NUMBER_INVALID); translated like messages,
# so they are fixed sentences.
REASON_TEXTS: dict[str, str] = {
    "uscc_length": "a credit code has 18 characters",
    "uscc_checksum": "the last character does not match; check for a typing error",
    "uscc_characters": "it uses characters or a region a credit code cannot have",
    "tax_15": "a 15-character number is a 6-digit region code and a valid organization code",
    "tax_20": "a 20-character number is an ID number followed by two digits",
    "tax_length": "a tax registration number has 15, 18 or 20 characters",
}

# Insurance-type names in messages; translated like messages.
INSURANCE_NAMES: dict[str, str] = {
    "pension": "pension",
    "medical": "medical",
    "unemployment": "unemployment",
    "work_injury": "work injury",
}


# Shares of a contribution in messages; translated like messages.
SHARE_NAMES: dict[str, str] = {
    "employer": "employer",
    "employee": "employee",
}


# The parameters that are amounts of money, per code. A finding keeps them as plain numbers ("2434.20", for
# programs reading the agency's answers); its message shows them as every table does ("2,434.20").
MONEY_PARAMS: dict[str, frozenset[str]] = {
    "BASE_BELOW_FLOOR": frozenset({"value", "limit"}),
    "BASE_ABOVE_CEILING": frozenset({"value", "limit"}),
    "BASE_UNCHANGED": frozenset({"value"}),
    "ANNUAL_BASE_MISMATCH": frozenset({"average", "expected", "value"}),
    "PAYMENT_MISMATCH": frozenset({"expected", "value"}),
    "PAYMENT_BASE_MISMATCH": frozenset({"expected", "value"}),
    "PAYMENT_MISSING": frozenset({"amount"}),
}


def shown_params(code: str, params: Mapping[str, str]) -> dict[str, str]:
    """A finding's parameters as its message shows them: amounts of money with thousands separators (a
    value that is no amount, or has more than two decimals, as it is: it is what was declared)."""
    money = MONEY_PARAMS.get(code)
    if not money:
        return dict(params)
    return {name: _amount(value) if name in money else value for name, value in params.items()}


# A check of 1,000,000 rows may say "below the floor of 4494.00" on every one: the same few amounts.
_amount = lru_cache(maxsize=4096)(format_amount_text)


def finding(code: str, field: str = "", severity: Severity = Severity.ERROR, **params: object) -> Finding:
    """A finding with its message made from the catalogue."""
    text_params = {k: str(v) for k, v in params.items()}
    return Finding(
        code, severity, field, MESSAGES[code].format(**shown_params(code, text_params)), text_params
    )


def render(template_for: dict[str, str] | None, item: Finding) -> str:
    """The message again from a (translated) catalogue; the English one when a code is missing."""
    template = (template_for or MESSAGES).get(item.code)
    if template is None:
        return item.message
    try:
        return template.format(**shown_params(item.code, item.params))
    except (KeyError, IndexError, ValueError):
        return item.message
