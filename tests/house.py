"""The house style most check tests use (LC book form, pinyin, the familiar lists, Юдин =
Yudin), and the findings of a text under it as (rule, text, fix, safe)."""

from __future__ import annotations

from bukva.checker.check import check_text

STYLE = {
    "ru": "ala-lc-book",
    "zh": "pinyin",
    "include": ["familiar-russian", "familiar-chinese"],
    "exceptions": {"Юдин": "Yudin"},
}


def findings(text: str) -> list[tuple[str, str, str, bool]]:
    return [(f.rule, f.text, f.fix, f.safe) for f in check_text(text, STYLE)]


def texts(text: str) -> list[tuple[str, str, bool]]:
    """The findings of ``text`` as (text, fix, safe), sorted."""
    return sorted((t, fix, safe) for _, t, fix, safe in findings(text))
