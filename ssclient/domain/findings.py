"""A Finding is data: what a rule saw, where, and how bad it is."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from ssclient.domain.enums import Severity


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem (or note) about one field.

    `code` is stable (e.g. ``ID_CHECKSUM``); `field` is a path such as ``lines[3].id_number`` so a form
    can put the message beside the field and an import report can name the spreadsheet cell; `message`
    is the English text, and `params` the values it was made from, so the GUI and the CLI can render it
    again in the user's language from the same template.
    """

    code: str
    severity: Severity
    field: str
    message: str
    params: Mapping[str, str] = dataclasses.field(default_factory=dict)

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def at(self, prefix: str) -> Finding:
        """The same finding, its field placed under `prefix` (``id_number`` → ``lines[2].id_number``)."""
        path = f"{prefix}.{self.field}" if self.field else prefix
        return Finding(self.code, self.severity, path, self.message, self.params)

    def to_dict(self) -> dict[str, object]:
        return {
            "code": self.code,
            "severity": str(self.severity),
            "field": self.field,
            "message": self.message,
            "params": dict(self.params),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> Finding:
        params = data.get("params") or {}
        return cls(
            code=str(data["code"]),
            severity=Severity(str(data["severity"])),
            field=str(data.get("field", "")),
            message=str(data.get("message", "")),
            params={str(k): str(v) for k, v in dict(params).items()},  # type: ignore[call-overload]
        )


def has_errors(findings: Iterable[Finding]) -> bool:
    return any(f.is_error for f in findings)


def line_index(field_path: str) -> int | None:
    """The line number in ``lines[3].id_number`` (3), or None when the path names no line."""
    if not field_path.startswith("lines["):
        return None
    end = field_path.find("]")
    try:
        return int(field_path[6:end])
    except ValueError:
        return None


def field_name(field_path: str) -> str:
    """The last part of a path: ``lines[3].id_number`` → ``id_number``."""
    return field_path.rsplit(".", 1)[-1]
