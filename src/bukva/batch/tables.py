"""CSV and JSONL: romanize chosen columns (keys), streaming, one row at a time."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from ..engine.registry import BukvaError


@dataclass
class TableJob:
    """What to romanize in each row, and how."""

    columns: list[str]
    lang: str = "auto"
    system: str | None = None
    options: dict[str, str] = field(default_factory=dict)
    style: Any = None
    suffix: str = "_latn"  # new column name = column + suffix; "" replaces in place

    def romanize(self, value: Any) -> Any:
        import bukva

        if not isinstance(value, str) or not value:
            return value
        return bukva.romanize(
            value, lang=self.lang, system=self.system, style=self.style, **self.options
        )

    def target(self, column: str) -> str:
        return column + self.suffix


def csv_rows(lines: Iterator[str]) -> Iterator[list[str]]:
    return csv.reader(lines)


def check_header(header: list[str], job: TableJob, where: str) -> None:
    missing = [c for c in job.columns if c not in header]
    if missing:
        raise BukvaError(
            f"{where}: no column {missing[0]!r}; the columns are: " + ", ".join(header)
        )


def out_header(header: list[str], job: TableJob) -> list[str]:
    if not job.suffix:
        return header
    extra = [job.target(c) for c in job.columns if job.target(c) not in header]
    return header + extra


def romanize_csv_row(row: list[str], header: list[str], job: TableJob) -> list[str]:
    values = dict(zip(header, row, strict=False))
    out = list(row) + [""] * (len(header) - len(row))
    extra = []
    for column in job.columns:
        latin = job.romanize(values.get(column, ""))
        if job.suffix:
            extra.append(latin)
        else:
            out[header.index(column)] = latin
    return out + extra


def format_csv_row(row: list[str]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerow(row)
    return buffer.getvalue()


def romanize_json_line(line: str, job: TableJob, number: int) -> str:
    if not line.strip():
        return line
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise BukvaError(f"line {number}: not JSON ({exc.msg}, column {exc.colno})") from None
    if not isinstance(obj, dict):
        raise BukvaError(f"line {number}: a JSON object is expected, not {type(obj).__name__}")
    for key in job.columns:
        if key in obj:
            obj[job.target(key) if job.suffix else key] = job.romanize(obj[key])
    return json.dumps(obj, ensure_ascii=False) + "\n"
