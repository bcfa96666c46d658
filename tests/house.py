"""The house style most check tests use (LC book form, pinyin, the familiar lists, Юдин =
Yudin), and the findings of a text under it as (rule, text, fix, safe)."""

from __future__ import annotations

from pathlib import Path

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


ROOT = Path(__file__).resolve().parent.parent
# the planted development manuscripts with their answer keys (benchmarks/eval_check.py)
MANUSCRIPTS = sorted((ROOT / "benchmarks" / "data").glob("dev-manuscript*"))


def file_findings(path: Path) -> list[tuple[str, str, str | None, bool]]:
    """The findings of a manuscript file under its folder's bukva.toml, sorted."""
    from bukva.checker.check import check_paths

    return sorted((f.rule, f.text, f.fix, f.safe) for f in check_paths([path])[1])


def as_written_and_as(folder: Path, tmp_path: Path, make) -> tuple[list, list]:
    """The findings of ``folder``'s chapter.md as written, and of the file ``make(markdown,
    tmp_path)`` writes from it (the same text as Word, as plain text ...): (expected, got)."""
    (tmp_path / "bukva.toml").write_text((folder / "bukva.toml").read_text("utf-8"), "utf-8")
    markdown = (folder / "chapter.md").read_text("utf-8")
    (tmp_path / "chapter.md").write_text(markdown, "utf-8")
    expected = file_findings(tmp_path / "chapter.md")
    assert expected, "a planted manuscript has findings"
    return expected, file_findings(make(markdown, tmp_path))
