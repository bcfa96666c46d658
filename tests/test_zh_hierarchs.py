"""The Tibetan hierarchs' titles, borne as names (CC-CEDICT: 达赖喇嘛 "Dalai Lama", 班禅 "Panchen
(Lama)"): proper names in GB/T 16159 (6.3.1) and in catalogs (LC: Xizang Banchan zhu Jing ...)."""

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
