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

The readings come from pypinyin's table of single characters (its first, most common reading). A surname
with a reading of its own (单 as shàn, 曾 as zēng) sorts under its common reading (dān, céng).
"""

from __future__ import annotations

import importlib.util
import json
import unicodedata
from functools import cache
from pathlib import Path

# Both sort before "a": other characters before Chinese ones at the same place, "zhan" before "zhang".
_OTHER = "\x01"
_END_OF_SYLLABLE = "\x01"
_TONES = {"\u0304": "1", "\u0301": "2", "\u030c": "3", "\u0300": "4"}
_DIAERESIS = "\u0308"


def name_sort_key(name: str) -> str:
    """A text that orders names by pinyin (see the module's text)."""
    return "".join(map(_character_key, name))


@cache
def _character_key(character: str) -> str:
    reading = _readings().get(str(ord(character)))
    if reading is None:
        return _OTHER + character.casefold()
    syllable, tone = _plain_syllable(reading.split(",", 1)[0])
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
