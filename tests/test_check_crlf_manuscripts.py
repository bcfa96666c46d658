"""Gold test: each planted development manuscript saved with Windows line endings (\\r\\n), as
Markdown and as plain text, gives its findings with \\n, and --fix writes the same file with
its \\r\\n kept (a name wrapped over two lines too)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from bukva.checker.check import check_paths
from bukva.checker.documents import read
from bukva.checker.fix import fixed_bytes
from house import MANUSCRIPTS, ROOT


def _findings(path: Path) -> list:
    return sorted((f.rule, f.text, f.fix, f.safe, f.line, f.column) for f in check_paths([path])[1])


@pytest.mark.parametrize("folder", MANUSCRIPTS, ids=lambda p: p.name)
@pytest.mark.parametrize("suffix", [".md", ".txt"])
def test_a_manuscript_with_windows_line_endings(folder: Path, suffix: str, tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from md_to_text import markdown_to_text

    text = (folder / "chapter.md").read_text("utf-8")
    text = text if suffix == ".md" else markdown_to_text(text)
    (tmp_path / "bukva.toml").write_text((folder / "bukva.toml").read_text("utf-8"), "utf-8")
    lf, crlf = tmp_path / f"lf{suffix}", tmp_path / f"crlf{suffix}"
    lf.write_bytes(text.encode())
    crlf.write_bytes(text.replace("\n", "\r\n").encode())
    assert _findings(crlf) == _findings(lf)
    fixed = {}
    for path in (lf, crlf):
        doc = read(path)
        fixed[path] = fixed_bytes(doc, check_paths([path])[1])[0].decode()
    assert fixed[crlf] == fixed[lf].replace("\n", "\r\n")


def test_a_wrapped_names_fix_keeps_the_files_line_ending(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_bytes(b"In 1950 Mao\r\nTse-tung went to Moscow.\r\n")
    doc = read(path)
    out = fixed_bytes(doc, check_paths([path])[1])[0]
    assert out == b"In 1950 Mao\r\nZedong went to Moscow.\r\n"
