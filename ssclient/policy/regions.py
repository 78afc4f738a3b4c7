"""Province → city → county reference data (GB/T 2260), looked up by code or by name."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ssclient import assets


@dataclass(frozen=True, slots=True)
class Region:
    code: str
    name: str
    parent: str  # the parent's code; "" for a province


class Regions:
    def __init__(self, provinces: list[Region], cities: list[Region], counties: list[Region]) -> None:
        self.provinces = {r.code: r for r in provinces}
        self.cities = {r.code: r for r in cities}
        self.counties = {r.code: r for r in counties}
        self._children: dict[str, list[Region]] = {}
        for region in (*cities, *counties):
            self._children.setdefault(region.parent, []).append(region)
        self._province_names = {r.name: r for r in provinces}
        self._province_short = {_short_name(r.name): r for r in provinces}

    @classmethod
    def load(cls, folder: Path) -> Regions:
        def read(name: str, parent_column: str | None) -> list[Region]:
            with (folder / name).open(encoding="utf-8", newline="") as handle:
                return [
                    Region(row["code"], row["name"], row[parent_column] if parent_column else "")
                    for row in csv.DictReader(handle)
                ]

        return cls(
            read("provinces.csv", None), read("cities.csv", "provinceCode"), read("areas.csv", "cityCode")
        )

    def children(self, code: str) -> list[Region]:
        return list(self._children.get(code, ()))

    def find_province(self, text: str) -> Region | None:
        """By its 2-digit code, its 6-digit GB/T 2260 code (330000), its name or its short name (浙江)."""
        text = text.strip()
        if len(text) == 6 and text.isdigit() and text.endswith("0000"):
            text = text[:2]
        return self.provinces.get(text) or self._province_names.get(text) or self._province_short.get(text)

    def find_city(self, province: Region, text: str) -> Region | None:
        """By its 4- or 6-digit code (330100) or its name. A municipality's city level is 市辖区 (and 县 for
        its counties, in Chongqing): people write the municipality's name there (北京市 / 北京市 / 朝阳区)."""
        text = _six_digit_prefix(text.strip(), 4)
        children = self._children.get(province.code, ())
        found = _find_child(children, text)
        if found is None and province.code in MUNICIPALITIES and text in self._names_of(province):
            found = next(iter(children), None)
        return found

    def find_county(self, city: Region, text: str) -> Region | None:
        """By its 6-digit code or its name. In a municipality, a county under either of its city-level
        entries (Chongqing's 市辖区 and 县) is found from either: people do not tell them apart."""
        found = _find_child(self._children.get(city.code, ()), text)
        if found is None and city.parent in MUNICIPALITIES:
            for sibling in self._children.get(city.parent, ()):
                found = found or _find_child(self._children.get(sibling.code, ()), text)
        return found

    def _names_of(self, province: Region) -> tuple[str, ...]:
        return province.name, _short_name(province.name)


# Municipalities directly under the central government: Beijing, Tianjin, Shanghai, Chongqing.
MUNICIPALITIES = frozenset({"11", "12", "31", "50"})
# Longest first, so 广西壮族自治区 loses its whole suffix rather than just 自治区.
_SUFFIXES = ("壮族自治区", "回族自治区", "维吾尔自治区", "特别行政区", "自治区", "省", "市")


def _short_name(name: str) -> str:
    for suffix in _SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix) + 1:
            return name[: -len(suffix)]
    return name


def _six_digit_prefix(text: str, keep: int) -> str:
    """A 6-digit code padded with zeros (330100) as the shorter code the lists use (3301)."""
    if len(text) == 6 and text.isdigit() and text.endswith("0" * (6 - keep)):
        return text[:keep]
    return text


def _find_child(children: Iterable[Region], text: str) -> Region | None:
    text = text.strip()
    for region in children:
        if text in (region.code, region.name):
            return region
    return None


@cache
def default_regions() -> Regions:
    return Regions.load(assets.resource("regions"))
