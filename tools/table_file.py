"""Writing a built data table: comment lines, then tab-separated rows (UTF-8, LF)."""

from __future__ import annotations

from collections.abc import Iterable


def write_table(path: str, header: Iterable[str], rows: Iterable[Iterable[object]]) -> None:
    """``header`` lines each after "# ", then each row's fields joined by tabs."""
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.writelines(f"# {line}\n" for line in header)
        f.writelines("\t".join(map(str, row)) + "\n" for row in rows)
