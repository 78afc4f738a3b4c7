"""Registration, login, lockout, session expiry, the forced password change, the profile."""

from __future__ import annotations

from datetime import timedelta

import pytest

from ssclient.agency.passwords import verify_password
from ssclient.agency.server import RunningAgency
from ssclient.domain.clock import FixedClock
from ssclient.sync.api import AgencyClient, AgencyError, SessionExpired
from tests.support.agency import STRONG_PASSWORD, AgencyUnit, make_uscc, register_unit


def test_registration_answers_a_unit_code_and_the_initial_password_must_be_changed(
    agency_client: AgencyClient,
) -> None:
    code = make_uscc()
    registration = agency_client.register(
        name="上海示例贸易有限公司", uscc=code, tax_number=code, contact="李会计", password=code
    )
    assert registration.unit_code.startswith("170") and len(registration.unit_code) == 9
    assert registration.unit_code.isdigit()
    assert registration.must_change_password

    session = agency_client.login(registration.unit_code, code)
    assert session.must_change_password
    with pytest.raises(AgencyError) as refused:
        agency_client.profile()
    assert (refused.value.status, refused.value.code) == (403, "PASSWORD_CHANGE_REQUIRED")

    agency_client.change_password(code, STRONG_PASSWORD)
    assert agency_client.profile().name == "上海示例贸易有限公司"
    again = agency_client.login(registration.unit_code, STRONG_PASSWORD)
    assert not again.must_change_password


def test_registration_with_a_chosen_password_needs_no_change(agency_client: AgencyClient) -> None:
    code = make_uscc()
    registration = agency_client.register(
        name="示例公司", uscc=code, tax_number=code, contact="王", password=STRONG_PASSWORD
    )
    assert not registration.must_change_password
    assert not agency_client.login(registration.unit_code, STRONG_PASSWORD).must_change_password


def test_the_same_credit_code_twice_is_409(agency_client: AgencyClient) -> None:
    code = make_uscc()
    agency_client.register(name="甲公司", uscc=code, tax_number=code, contact="王", password=code)
    with pytest.raises(AgencyError) as refused:
        agency_client.register(name="乙公司", uscc=code.lower(), tax_number=code, contact="李", password=code)
    assert (refused.value.status, refused.value.code) == (409, "USCC_TAKEN")


def test_registration_fields_are_checked_with_the_shared_rules(agency_client: AgencyClient) -> None:
    good = make_uscc()
    with pytest.raises(AgencyError) as refused:
        agency_client.register(
            name=" ",
            uscc=good[:-1] + ("0" if good[-1] != "0" else "1"),
            tax_number="123",
            contact="",
            password="short",
        )
    error = refused.value
    assert (error.status, error.code) == (422, "VALIDATION_FAILED")
    codes = {(f.field, f.code) for f in error.findings}
    assert {
        ("name", "UNIT_NAME_REQUIRED"),
        ("uscc", "USCC_INVALID"),
        ("tax_number", "TAX_NUMBER_INVALID"),
        ("contact", "CONTACT_REQUIRED"),
        ("password", "PASSWORD_WEAK"),
    } <= codes


def test_a_wrong_password_or_unit_code_gives_the_same_refusal(
    agency_client: AgencyClient, unit: AgencyUnit
) -> None:
    with pytest.raises(AgencyError) as wrong_password:
        agency_client.login(unit.unit_code, "Wrong2026pw")
    with pytest.raises(AgencyError) as wrong_code:
        agency_client.login("170000000", "Wrong2026pw")
    assert not isinstance(wrong_password.value, SessionExpired)
    assert (wrong_password.value.status, wrong_password.value.code) == (401, "LOGIN_FAILED")
    assert (wrong_code.value.code, wrong_code.value.message) == ("LOGIN_FAILED", wrong_password.value.message)


def test_a_session_expires(agency_client: AgencyClient, unit: AgencyUnit, agency_clock: FixedClock) -> None:
    session = agency_client.login(unit.unit_code, unit.password)
    assert session.expires_at - agency_clock.now() == timedelta(hours=2)
    agency_clock.advance(timedelta(hours=1, minutes=59))
    agency_client.profile()  # in use: the session slides (test_sliding_sessions)
    agency_clock.advance(timedelta(hours=2))  # a whole lifetime without a request
    with pytest.raises(SessionExpired) as expired:
        agency_client.profile()
    assert (expired.value.status, expired.value.code) == (401, "SESSION_EXPIRED")
    with pytest.raises(SessionExpired):
        agency_client.roster()


def test_without_or_after_logout_there_is_no_session(agency_client: AgencyClient, unit: AgencyUnit) -> None:
    agency_client.logout()
    assert agency_client.token is None
    with pytest.raises(AgencyError) as refused:
        agency_client.profile()
    assert (refused.value.status, refused.value.code) == (401, "NOT_AUTHENTICATED")

    old_token = agency_client.login(unit.unit_code, unit.password).token
    agency_client.logout()
    agency_client.token = old_token
    with pytest.raises(SessionExpired):
        agency_client.profile()


def test_password_change_checks_the_old_password_and_the_strength(
    agency_client: AgencyClient, unit: AgencyUnit
) -> None:
    with pytest.raises(AgencyError) as wrong_old:
        agency_client.change_password("Nope2026nope", "Better2027pw")
    assert (wrong_old.value.status, wrong_old.value.code) == (403, "WRONG_PASSWORD")
    with pytest.raises(AgencyError) as weak:
        agency_client.change_password(unit.password, "abc")
    assert weak.value.status == 422 and weak.value.findings[0].code == "PASSWORD_WEAK"
    with pytest.raises(AgencyError) as same:
        agency_client.change_password(unit.password, unit.password)
    assert same.value.findings[0].code == "PASSWORD_SAME"
    with pytest.raises(AgencyError) as tax_number:
        agency_client.change_password(unit.password, unit.uscc)
    assert tax_number.value.findings[0].code in ("PASSWORD_SAME", "PASSWORD_WEAK")

    agency_client.change_password(unit.password, "Better2027pw")
    agency_client.profile()  # the session stays valid
    agency_client.login(unit.unit_code, "Better2027pw")


def test_profile_read_and_update(agency_client: AgencyClient, unit: AgencyUnit) -> None:
    profile = agency_client.profile()
    assert (profile.unit_code, profile.uscc, profile.tax_number) == (unit.unit_code, unit.uscc, unit.uscc)
    updated = agency_client.update_profile(contact="赵会计", phone="010-12345678")
    assert (updated.contact, updated.phone, updated.name) == ("赵会计", "010-12345678", profile.name)
    assert agency_client.profile() == updated
    with pytest.raises(AgencyError) as refused:
        agency_client.update_profile(name="   ")
    assert refused.value.findings[0].code == "UNIT_NAME_REQUIRED"


def test_each_unit_has_its_own_session(agency_client: AgencyClient, agency_clock: FixedClock) -> None:
    first = register_unit(agency_client, name="甲公司")
    first_token = agency_client.token
    second = register_unit(agency_client, name="乙公司")
    assert agency_client.profile().unit_code == second.unit_code
    agency_client.token = first_token
    assert agency_client.profile().unit_code == first.unit_code


def test_a_password_change_ends_the_units_other_sessions(agency: RunningAgency, unit: AgencyUnit) -> None:
    with AgencyClient(agency.url, retries=0) as elsewhere, AgencyClient(agency.url, retries=0) as neighbour:
        elsewhere.login(unit.unit_code, unit.password)
        other_unit = register_unit(neighbour, name="丙公司")
        elsewhere.roster()
        unit.client.change_password(unit.password, "Fresh2027pw")
        unit.client.roster()  # the session that changed it goes on
        with pytest.raises(SessionExpired) as ended:
            elsewhere.roster()
        assert ended.value.code == "NOT_AUTHENTICATED"
        assert neighbour.profile().unit_code == other_unit.unit_code  # another unit's session stays
        elsewhere.login(unit.unit_code, "Fresh2027pw")
        elsewhere.roster()


@pytest.mark.parametrize("weak", ["password1", "aaaaaaa1", "{unit_code}a", "Pass\x00word2026"])
def test_guessable_passwords_are_refused_with_the_reason(
    agency_client: AgencyClient, unit: AgencyUnit, weak: str
) -> None:
    with pytest.raises(AgencyError) as refused:
        agency_client.change_password(unit.password, weak.format(unit_code=unit.unit_code))
    assert refused.value.status == 422
    codes = {f.code for f in refused.value.findings}
    assert codes == ({"REQUEST_INVALID"} if "\x00" in weak else {"PASSWORD_GUESSABLE"}), codes


def test_registration_refuses_a_common_password(agency_client: AgencyClient) -> None:
    code = make_uscc()
    with pytest.raises(AgencyError) as refused:
        agency_client.register(name="丁公司", uscc=code, tax_number=code, contact="王", password="password1")
    assert [(f.field, f.code) for f in refused.value.findings] == [("password", "PASSWORD_GUESSABLE")]


def test_passwords_are_kept_as_argon2id_hashes_of_owasps_minimum_cost() -> None:
    from ssclient.agency.passwords import OWASP_MINIMUM

    stored = OWASP_MINIMUM.hash(STRONG_PASSWORD)
    assert stored.startswith("$argon2id$") and "m=19456,t=2,p=1" in stored
    assert verify_password(stored, STRONG_PASSWORD) and not verify_password(stored, "Wrong2026pw")
