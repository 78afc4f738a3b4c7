"""Closed vocabularies of the domain. Values are stable: they are stored and sent over the wire."""

from __future__ import annotations

from enum import StrEnum


class DeclarationType(StrEnum):
    ADD = "add"  # 新增参保
    RENEWAL = "renewal"  # 续保
    INTERRUPTION = "interruption"  # 停保
    BASE_CHANGE = "base_change"  # 缴费工资申报
    PAYMENT = "payment"  # 费款申报
    ANNUAL_BASE = "annual_base"  # 年度缴费工资申报
    INFO_CHANGE = "info_change"  # 人员信息变更


class InsuranceType(StrEnum):
    PENSION = "pension"  # 养老
    MEDICAL = "medical"  # 医疗
    UNEMPLOYMENT = "unemployment"  # 失业
    WORK_INJURY = "work_injury"  # 工伤


class HukouType(StrEnum):
    """Household registration type (户口性质), coded as the agency codes it."""

    LOCAL_URBAN = "11"
    NONLOCAL_URBAN = "12"
    LOCAL_RURAL = "21"
    NONLOCAL_RURAL = "22"
    # 居民户口: the unified registration that no longer tells urban from rural (国发〔2014〕25号《国务院关于
    # 进一步推进户籍制度改革的意见》). "30" is this program's code for it, not an official one.
    RESIDENT = "30"

    @property
    def is_local(self) -> bool | None:
        """Registered in this pooling area; None when the type does not say (居民户口)."""
        return {"1": True, "2": False}.get(self.value[1]) if self is not HukouType.RESIDENT else None

    @property
    def is_rural(self) -> bool:
        """A rural registration: its holders are 农民合同制工人 for the unemployment insurance. 居民户口 does
        not say rural, so it counts as not rural: the employee pays unless shown otherwise."""
        return self in (HukouType.LOCAL_RURAL, HukouType.NONLOCAL_RURAL)


HUKOU_LABELS_ZH: dict[HukouType, str] = {
    HukouType.LOCAL_URBAN: "本地城镇",
    HukouType.NONLOCAL_URBAN: "外地城镇",
    HukouType.LOCAL_RURAL: "本地农村",
    HukouType.NONLOCAL_RURAL: "外地农村",
    HukouType.RESIDENT: "居民户口",
}


class IdType(StrEnum):
    """The identity document a person is insured under (证件类型)."""

    RESIDENT = "resident"  # 居民身份证 (GB 11643-1999)
    HMT_RESIDENCE = (
        "hmt_residence"  # 港澳台居民居住证 (国办发〔2018〕81号; numbers open 810000/820000/830000)
    )
    FOREIGN_PERMANENT = "foreign_permanent"  # 外国人永久居留身份证 (2023 edition: 18 digits, first digit 9)
    PASSPORT = "passport"  # 护照, for other foreigners

    @property
    def is_chinese_document(self) -> bool:
        """Issued to Chinese citizens: names are written in Chinese characters."""
        return self in (IdType.RESIDENT, IdType.HMT_RESIDENCE)

    @property
    def is_foreign(self) -> bool:
        return not self.is_chinese_document


ID_TYPE_LABELS_ZH: dict[IdType, str] = {
    IdType.RESIDENT: "居民身份证",
    IdType.HMT_RESIDENCE: "港澳台居民居住证",
    IdType.FOREIGN_PERMANENT: "外国人永久居留身份证",
    IdType.PASSPORT: "护照",
}


class WomensCategory(StrEnum):
    """Women's retirement category: workers (女职工) and cadres (女干部) retire at different ages."""

    WORKER = "worker"
    CADRE = "cadre"


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


class DeclarationStatus(StrEnum):
    """draft → checked → pending → submitted → approved | rejected; approved → revoked."""

    DRAFT = "draft"
    CHECKED = "checked"
    PENDING = "pending"
    SUBMITTED = "submitted"
    APPROVED = "approved"
    REJECTED = "rejected"
    REVOKED = "revoked"


class PersonStatus(StrEnum):
    ACTIVE = "active"  # 在保
    INTERRUPTED = "interrupted"  # 停保


class Sex(StrEnum):
    MALE = "male"
    FEMALE = "female"
