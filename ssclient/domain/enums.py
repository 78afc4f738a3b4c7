"""Closed vocabularies of the domain. Values are stable: they are stored and sent over the wire."""

from __future__ import annotations

from enum import StrEnum


class DeclarationType(StrEnum):
    ADD = "add"  # 新增参保
    RENEWAL = "renewal"  # 续保
    INTERRUPTION = "interruption"  # 停保
    BASE_CHANGE = "base_change"  # 缴费工资申报
    PAYMENT = "payment"  # 费款申报


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

    @property
    def label_zh(self) -> str:
        return HUKOU_LABELS_ZH[self]


HUKOU_LABELS_ZH: dict[HukouType, str] = {
    HukouType.LOCAL_URBAN: "本地城镇",
    HukouType.NONLOCAL_URBAN: "外地城镇",
    HukouType.LOCAL_RURAL: "本地农村",
    HukouType.NONLOCAL_RURAL: "外地农村",
}


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
