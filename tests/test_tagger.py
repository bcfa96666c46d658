"""bukva's part-of-speech cut gives exactly jieba.posseg's words and flags."""

from __future__ import annotations

import csv
from pathlib import Path

import jieba.posseg
from hypothesis import given, settings
from hypothesis import strategies as st

from bukva.chinese.tagger import cut, dictionary, viterbi

GOLD = Path(__file__).parent / "gold" / "lc-chinese.csv"


def _jieba(text: str) -> list[tuple[str, str]]:
    dictionary()  # the same dictionary (bukva's words added) for both
    return [(p.word, p.flag) for p in jieba.posseg.cut(text)]


def _han_fields() -> list[str]:
    with GOLD.open(encoding="utf-8") as f:
        return [
            v for row in csv.reader(f) for v in row if any("\u4e00" <= c <= "\u9fff" for c in v)
        ]


def test_same_as_jieba_on_catalog_fields():
    fields = _han_fields()
    assert len(fields) > 50
    for text in fields:
        assert list(cut(text)) == _jieba(text), text


def test_same_as_jieba_on_names_and_running_text():
    for text in [
        "赫鲁晓夫和米高扬在北京会见了毛泽东、周恩来。",
        "他在北京大学图书馆读《真理报》，1957年10月4日。",
        "罗申大使说：我们的友谊牢不可破！Stalin同志 2 次访问。",
        "张三李四王五赵六",
        "",
    ]:
        assert list(cut(text)) == _jieba(text)


def test_viterbi_reads_a_run_of_unknown_characters():
    route = viterbi("王晓明")
    assert len(route) == 3 and route[0][0] == "B" and route[-1][0] == "E"


_FREQ = dictionary()[0].FREQ
_COMMON = sorted((w for w in _FREQ if len(w) == 1 and "\u4e00" <= w <= "\u9fd5"), key=_FREQ.get)
_CHARS = (
    st.sampled_from(_COMMON[-600:])
    | st.sampled_from(list("赫鲁晓夫米高扬罗申尤金伏罗希洛夫布尔加宁"))
    | st.sampled_from(list("，。、：；！？《》 \n\tAb7.-龘"))  # 龘: no state in the HMM's table
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_CHARS, min_size=1, max_size=40).map("".join))
def test_same_as_jieba_on_any_text(text):
    assert list(cut(text)) == _jieba(text)


_STATE_CHARS = sorted(jieba.posseg.char_state_tab_P)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(_STATE_CHARS) | st.sampled_from(list("龘㐀")),  # 龘, 㐀: no states
        min_size=1,
        max_size=12,
    ).map("".join)
)
def test_viterbi_is_jiebas_on_any_run(run):
    """The array Viterbi's states, ties and fallbacks included, are jieba's own."""
    from jieba.posseg import emit_P, start_P, trans_P
    from jieba.posseg.viterbi import viterbi as jieba_viterbi

    expected = jieba_viterbi(run, jieba.posseg.char_state_tab_P, start_P, trans_P, emit_P)[1]
    assert viterbi(run) == list(expected)


def test_viterbi_breaks_ties_as_jieba_does():
    """Characters two of whose states score alike (jieba's ``max`` takes the larger state)."""
    from jieba.posseg import emit_P, start_P, trans_P
    from jieba.posseg.viterbi import viterbi as jieba_viterbi

    for run in ["厝", "圳", "帼", "淼", "醐", "厝圳", "王淼", "巾帼"]:
        expected = jieba_viterbi(run, jieba.posseg.char_state_tab_P, start_P, trans_P, emit_P)
        assert viterbi(run) == list(expected[1]), run
