"""A finding: one departure from the house style, where a person will look for it, how sure the
check is, and the evidence it rests on."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from typing import Any

SAFE_CONFIDENCE = 0.9  # a fix is applied by --fix only at or above this, outside protected spans
INTERNAL = ("unit", "start", "end")  # where a fix goes: never in a report
CONTEXT_WIDTH = 40  # characters of context each side in a report
MAX_TEXT = 120  # characters of a finding's own text shown; a longer run is cut with …


@dataclass
class Finding:
    """One departure from the house style, where a person will look for it."""

    rule: str
    file: str
    where: str  # "line 12", "footnote 3", "paragraph 40"
    line: int | None
    column: int | None
    text: str
    fix: str | None
    safe: bool
    message: str
    context: str
    system: str | None = None
    occurrences: list[dict[str, Any]] = field(default_factory=list)  # for variants
    confidence: float = 1.0  # 0-1: how sure the check is that this is a departure
    evidence: list[str] = field(default_factory=list)  # what it rests on
    protected: str | None = None  # the context kind it stands in (quotation, title, ...)
    # where the fix goes: the unit and the offsets in its text
    unit: int = 0
    start: int = 0
    end: int = 0

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        for internal in INTERNAL:
            d.pop(internal)
        d["confidence"] = round(self.confidence, 2)
        if len(d["text"]) > MAX_TEXT:
            d["text"] = d["text"][:MAX_TEXT] + "…"
        if d["fix"] is not None and len(d["fix"]) > MAX_TEXT:
            d["fix"] = d["fix"][:MAX_TEXT] + "…"
        return d


def occurrence(f: Finding) -> dict[str, Any]:
    return {"text": f.text, "where": f.where, "line": f.line, "column": f.column}


def context(text: str, start: int, end: int, width: int = CONTEXT_WIDTH) -> str:
    """The finding in its sentence: ``width`` characters each side, and at most MAX_TEXT of
    the finding itself (a 60,000-character run is shown by its ends)."""
    a = max(0, start - width)
    b = min(len(text), end + width)
    if end - start > MAX_TEXT:
        middle = text[start : start + MAX_TEXT // 2] + " … " + text[end - MAX_TEXT // 2 : end]
        snippet = text[a:start] + middle + text[end:b]
    else:
        snippet = text[a:b]
    snippet = re.sub(r"\s+", " ", snippet)
    return ("…" if a else "") + snippet + ("…" if b < len(text) else "")
