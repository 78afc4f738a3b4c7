"""The policy history's wire shape: every table the agency has for its pooling area."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field


class PolicyHistoryOut(BaseModel):
    area: str = Field(description="The pooling area (统筹地区) the tables are for.")
    tables: list[dict[str, Any]] = Field(
        description="Oldest first; each shaped like the policy TOML files, its first month in force in "
        "meta.in_force_from. A month is computed with the last table starting in or before it."
    )
