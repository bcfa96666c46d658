"""The result of :func:`bukva.names.matching.match`: a score, a verdict and its reason."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any


@dataclass(frozen=True)
class Match:
    score: float
    same: bool
    reason: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
