"""Names sort by pinyin (domain.name_order), as Excel and WPS sort Chinese, and are found by their pinyin."""

from __future__ import annotations

from ssclient.domain.name_order import SURNAME_READINGS, _readings, name_letters, name_sort_key


def ordered(*names: str) -> list[str]:
    return sorted(names, key=name_sort_key)


def test_chinese_names_sort_by_pinyin_not_by_code_point() -> None:
    # By code point 何 (U+4F55) comes first and 陈 (U+9648) near the end.
    assert ordered("王芳", "何丽", "陈小明", "艾青", "赵四", "李娜") == [
        "艾青",
        "陈小明",
        "何丽",
        "李娜",
        "王芳",
        "赵四",
    ]


def test_a_syllable_sorts_before_a_longer_one_and_lu_before_lv() -> None:
    assert ordered("张三", "詹三") == ["詹三", "张三"]  # zhan, zhang
    assert ordered("吕布", "鲁智深", "卢俊义") == ["卢俊义", "鲁智深", "吕布"]  # lu2, lu3, lv3


def test_a_name_sorts_before_the_longer_names_it_begins() -> None:
    assert ordered("张伟明", "张伟", "张伟东") == ["张伟", "张伟东", "张伟明"]


def test_characters_of_the_same_reading_keep_one_order() -> None:
    assert name_sort_key("张") != name_sort_key("章")
    assert ordered("章子怡", "张伟") == ordered("张伟", "章子怡")
    assert ordered("张伟", "章伟")[0] == "张伟"  # zhang1 both: 张 U+5F20 before 章 U+7AE0


def test_foreign_and_minority_names_have_a_place() -> None:
    # Latin letters before Chinese characters, whatever their case; the middle dot of a minority name
    # is an ordinary character of the name.
    assert ordered("王芳", "john smith", "Jane Doe", "阿依古丽·买买提") == [
        "Jane Doe",
        "john smith",
        "阿依古丽·买买提",
        "王芳",
    ]
    assert ordered("阿依古丽·买买提", "阿依古丽") == ["阿依古丽", "阿依古丽·买买提"]


def test_rare_characters_of_names_sort_by_their_reading() -> None:
    # 䶮 (yǎn, CJK Extension A) is in the table; 𠮷 (Extension B) is not and sorts as any other character.
    assert ordered("张伟", "䶮", "王芳") == ["王芳", "䶮", "张伟"]
    assert ordered("艾青", "𠮷田") == ["𠮷田", "艾青"]


def test_a_surname_sorts_under_its_reading_as_a_surname() -> None:
    # 曾 reads céng in most words and zēng as a surname; 单 dān and shàn; 解 jiě and xiè.
    assert ordered("张伟", "曾国华", "陈明", "周杰") == ["陈明", "曾国华", "张伟", "周杰"]
    assert ordered("单丽", "丁一", "邵华", "孙明") == ["丁一", "单丽", "邵华", "孙明"]
    assert ordered("解放", "谢娜", "金晶") == ["金晶", "解放", "谢娜"]  # xiè both: then by character
    assert ordered("王曾", "王岑", "王张") == ["王岑", "王曾", "王张"]  # 曾 céng after 岑 cén


def test_every_surname_reading_is_a_reading_of_its_character() -> None:
    for character, reading in SURNAME_READINGS.items():
        readings = _readings()[str(ord(character))].split(",")
        assert reading in readings and reading != readings[0], character


def test_a_name_s_letters_are_its_pinyin_and_initials() -> None:
    assert name_letters("张三") == ("zhangsan", "zs")
    assert name_letters("欧阳娜娜") == ("ouyangnana", "oynn")
    assert name_letters("吕布") == ("lvbu", "lb")  # ü typed as v, as pinyin input methods take it
    assert name_letters("曾丽") == ("zengli", "zl")  # the surname's reading, as the roster's order
    assert name_letters("王曾") == ("wangceng", "wc")  # not a surname there
    # Characters that are not Chinese are left out: a Latin name is found by its own letters.
    assert name_letters("阿依古丽·买买提") == ("ayigulimaimaiti", "ayglmmt")
    assert name_letters("Jane Doe") == ("", "")
    assert name_letters("𠮷田") == ("tian", "t")  # 𠮷 is not in the table
    assert name_letters("") == ("", "")
