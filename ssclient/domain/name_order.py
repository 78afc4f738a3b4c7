"""The order of people's names as a Chinese accountant expects it: by pinyin, as Excel and WPS sort Chinese
text, not by Unicode code point (which puts 何 first and 陈 near the end).

`name_sort_key` turns a name into a text that sorts in that order by plain comparison (Python's, and SQLite's
BINARY collation, which compares UTF-8 bytes: the same order), so that the store can keep it in an indexed
column and a 100,000-person roster comes out sorted without a sort. Each character becomes one element:
- a Chinese character: its pinyin without tone marks (ü as v), then its tone (1 to 4, 5 for the neutral
  tone), then the character itself, so that 张 and 章 (both zhang1) keep a fixed order;
- any other character (the Latin letters of a foreign resident's name, the middle dot of 阿依古丽·买买提):
  before every Chinese character, in code point order of its case-folded form.
Shorter names sort before longer ones that begin with them (张伟 before 张伟明).

The readings come from pypinyin's table of single characters: a character's first, most common reading;
for the first character of a name, the reading it has as a surname when that differs (曾 zēng, not céng;
单 shàn, not dān), so that 曾 comes among the Z, as an accountant looks for it.

`name_letters` gives a name's pinyin and its initials ("zhangsan", "zs" for 张三), by the same readings: a
search typed in letters finds people by them, without the Chinese input method.

The store keeps these keys and letters (roster_persons.name_key, name_pinyin, name_initials): a change to
how they are made needs a migration that writes them again, as 0014 and 0015 first wrote them.
"""

from __future__ import annotations

import importlib.util
import json
import unicodedata
from collections.abc import Callable
from functools import cache
from pathlib import Path

# Both sort before "a": other characters before Chinese ones at the same place, "zhan" before "zhang".
_OTHER = "\x01"
_END_OF_SYLLABLE = "\x01"
_TONES = {"\u0304": "1", "\u0301": "2", "\u030c": "3", "\u0300": "4"}
_DIAERESIS = "\u0308"
# Surnames read otherwise than their characters' first reading in the table. Only characters whose syllable
# changes are listed, and a test checks that each reading is one of the character's readings in the table.
SURNAME_READINGS = {
    "曾": "zēng", "单": "shàn", "解": "xiè", "仇": "qiú", "朴": "piáo", "区": "ōu", "查": "zhā", "盖": "gě",
    "缪": "miào", "翟": "zhái", "种": "chóng", "秘": "bì", "繁": "pó", "召": "shào", "折": "shé", "员": "yùn",
    "薄": "bó",
}  # fmt: skip


def roster_order(name: str, id_number: str) -> tuple[str, str]:
    """The roster's order of a person: by name as name_sort_key orders names, then by ID number (what the
    store's pages sort by; people of the same name keep a fixed order)."""
    return name_sort_key(name), id_number


def name_sort_key(name: str) -> str:
    """A text that orders names by pinyin (see the module's text)."""
    if name[:1] in SURNAME_READINGS:
        return _surname_key(name[0]) + name[1:].translate(_KEYS)
    return name.translate(_KEYS)


def name_letters(name: str) -> tuple[str, str]:
    """A name's pinyin and its initials, ("zhangsan", "zs") for 张三, ("zengli", "zl") for 曾丽: what finds a
    name typed in letters, as accountants search by pinyin or its initials without switching the input
    method. The readings are name_sort_key's; characters that are not Chinese are left out (a Latin name is
    found by its own letters)."""
    if name[:1] in SURNAME_READINGS:
        surname = _surname_syllable(name[0])
        rest = name[1:]
        return surname + rest.translate(_SYLLABLES), surname[0] + rest.translate(_INITIALS)
    return name.translate(_SYLLABLES), name.translate(_INITIALS)


class _Table(dict[int, str]):
    """A str.translate table from a character's code point to `text_of(character)`, filled as characters
    are met (a roster holds a few thousand of them): a name is then translated in one call, not one per
    character (a store writes 100,000 names' keys and letters at once)."""

    def __init__(self, text_of: Callable[[str], str]) -> None:
        super().__init__()
        self._text_of = text_of

    def __missing__(self, code: int) -> str:
        text = self[code] = self._text_of(chr(code))
        return text


def _character_key(character: str) -> str:
    reading = _readings().get(str(ord(character)))
    if reading is None:
        return _OTHER + character.casefold()
    return _element(character, reading.split(",", 1)[0])


def _syllable(character: str) -> str:
    """The letters of a Chinese character's first reading ("zhang" for 张), "" for any other character."""
    reading = _readings().get(str(ord(character)))
    return _plain_syllable(reading.split(",", 1)[0])[0] if reading else ""


_KEYS = _Table(_character_key)
_SYLLABLES = _Table(_syllable)
_INITIALS = _Table(lambda character: _syllable(character)[:1])


@cache
def _surname_key(character: str) -> str:
    return _element(character, SURNAME_READINGS[character])


@cache
def _surname_syllable(character: str) -> str:
    return _plain_syllable(SURNAME_READINGS[character])[0]


def _element(character: str, reading: str) -> str:
    syllable, tone = _plain_syllable(reading)
    return syllable + _END_OF_SYLLABLE + tone + character


def _plain_syllable(reading: str) -> tuple[str, str]:
    """("lv", "2") for "lǘ": the letters without marks, ü as v, and the tone its mark gives."""
    letters: list[str] = []
    tone = "5"
    for part in unicodedata.normalize("NFD", reading):
        if part in _TONES:
            tone = _TONES[part]
        elif part == _DIAERESIS:
            letters[-1] = "v"
        elif part.isascii() and part.isalpha():
            letters.append(part.lower())
    return "".join(letters), tone


@cache
def _readings() -> dict[str, str]:
    """pypinyin's table of single characters, {"24352": "zhāng,cháng"} by decimal code point, read on first use from the file
    its own pinyin_dict module reads (13 ms). Importing the package would also load its dictionary of
    phrases, which names do not need and which takes ten times as long."""
    spec = importlib.util.find_spec("pypinyin")
    folders = spec.submodule_search_locations if spec is not None else None
    if not folders:
        raise FileNotFoundError("pypinyin is not installed")
    table: dict[str, str] = json.loads((Path(next(iter(folders))) / "pinyin_dict.json").read_bytes())
    return table
