"""CC-CEDICT entries tools/build_zh_cedict_names.py now keeps: the Tibetan hierarchs' titles,
borne as names (达赖喇嘛 "Dalai Lama", 班禅 "Panchen (Lama)"), proper names in GB/T 16159 (6.3.1)
and in catalogs (LC: Xizang Banchan zhu Jing ...); and natural features whose generic CC-CEDICT
writes as a word of its own though the gloss says no "island" (库页岛 "Ku4 ye4 Dao3", Sakhalin)."""

import pytest

import bukva


@pytest.mark.parametrize(
    ("text", "system", "expected"),
    [
        ("十四世达赖喇嘛出走印度。", "pinyin", "Shisi shi Dalai Lama chuzou Yindu."),
        ("班禅额尔德尼", "pinyin", "Banchan E'erdeni"),
        ("达赖和班禅", "pinyin", "Dalai he Banchan"),
        ("十四世达赖喇嘛出走印度。", "ala-lc", "shi si shi Dalai Lama chu zou Yindu."),
    ],
)
def test_a_hierarchs_title_is_a_proper_name(text, system, expected):
    assert bukva.romanize(text, lang="zh", system=system) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Sakhalin's Chinese name in the period's gazetteer: CC-CEDICT's words, no transcription
        ("苏联占领了库页岛南部。", "Sulian zhanlingle Kuye Dao nanbu."),
        ("多瑙河", "Duonao He"),
        ("马恩岛", "Ma'en Dao"),  # the Isle of Man, no Ma Endao
        ("波尔布特政权", "Bo'erbute zhengquan"),  # a person the gazetteer writes whole stays
    ],
)
def test_a_feature_cc_cedict_divides_is_written_so(text, expected):
    assert bukva.romanize(text, lang="zh", system="pinyin") == expected


def test_the_builder_keeps_the_hierarchs():
    """tools/build_zh_cedict_names.py classifies the entries by their glosses."""
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "tools" / "build_zh_cedict_names.py"
    spec = importlib.util.spec_from_file_location("build_zh_cedict_names", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module._classify("达赖喇嘛", ["Da2", "lai4", "La3", "ma5"], "Dalai Lama", set()) == (
        "proper"
    )
    assert module._classify("喇嘛", ["La3", "ma5"], "lama (Tibetan priest)", set()) is None
    assert module._classify("库页岛", ["Ku4", "ye4", "Dao3"], "Sakhalin", set()) == "proper"
    assert module._classify("宋江", ["Song4", "Jiang1"], "Song Jiang", set()) is None
