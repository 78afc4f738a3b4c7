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
        text = text.strip()
        return self.provinces.get(text) or self._province_names.get(text)

    def find_city(self, province: Region, text: str) -> Region | None:
        return _find_child(self._children.get(province.code, ()), text)

    def find_county(self, city: Region, text: str) -> Region | None:
        return _find_child(self._children.get(city.code, ()), text)


def _find_child(children: Iterable[Region], text: str) -> Region | None:
    text = text.strip()
    for region in children:
        if text in (region.code, region.name):
            return region
    return None


@cache
def default_regions() -> Regions:
    return Regions.load(assets.resource("regions"))
