"""A Chinese text romanized whole (a file, a batch column, the service) reads as its lines do
one call each: the tagger's pieces end where the text breaks, the network reads a sentence
without the line break after it, a line's end ends a sentence, quote marks open and close by
their own shape, and a dynasty's name at the text's start is a name."""

from __future__ import annotations

from pathlib import Path

import pytest

import bukva
from bukva.chinese import readings
from bukva.chinese.segment import _LONG_RUN, _tagger_pieces

LINES = (Path(__file__).parent / "fixtures" / "zh-lines.txt").read_text("utf-8").splitlines()


@pytest.mark.parametrize("system", ["pinyin", "ala-lc", "wade-giles"])
def test_a_text_reads_as_its_lines(system):
    whole = bukva.romanize("\n".join(LINES), lang="zh", system=system).split("\n")
    each = [bukva.romanize(line, lang="zh", system=system) for line in LINES]
    assert whole == each


def test_the_tagger_cuts_a_long_text_where_it_breaks():
    text = "苏联专家在中国工作。" * 19 + "满洲里和绥芬河是边境口岸。"  # 绥芬河 across offset 200
    assert len(text) > _LONG_RUN > text.index("绥芬河")
    pieces = _tagger_pieces(text)
    assert all(b - a <= _LONG_RUN for a, b, _ in pieces)
    assert all(text[b - 1] == "。" for _, b, _ in pieces[:-1])  # every cut after a full stop
    assert "Manzhouli he Suifen He shi bianjing kou'an." in bukva.romanize(text, "zh", "pinyin")


def test_a_run_with_no_break_is_still_cut_at_the_bound():
    text = "苏联专家" * 120  # 480 characters, no punctuation
    pieces = _tagger_pieces(text)
    assert max(b - a for a, b, _ in pieces) <= _LONG_RUN
    assert "".join(text[a:b] for a, b, _ in pieces) == text


def test_a_line_break_does_not_change_a_reading():
    line = "但往事名篇，当今巧制，分诸麟阁，散在鸿都。"
    assert readings(line + "\n") == [*readings(line), None]
    assert readings("他说。\n" + line)[-2] == readings(line)[-2] == "dou1"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("”郑国的大夫说：“诸侯靖兵。", '"Zhengguo de dafu shuo: "Zhuhou jingbing.'),
        ("他说“好”，我说“不”。", 'Ta shuo "hao", wo shuo "bu".'),
        ("《人民日报》《红旗》", '"Renmin Ribao" "Hongqi"'),
    ],
)
def test_quote_marks_open_and_close_by_their_shape(text, expected):
    assert bukva.romanize(text, lang="zh", system="pinyin") == expected


def test_a_dynasty_starting_the_text_is_a_name():
    assert bukva.romanize("晋，桓温", lang="zh", system="ala-lc").startswith("Jin,")
    assert bukva.romanize("（宋）", lang="zh", system="ala-lc") == "(Song)"
