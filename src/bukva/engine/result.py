"""What a detailed call returns: the output, its spans back to the source, and warnings."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class Span:
    """One stretch of source text and the output it became.

    Offsets are code-point indices into :attr:`Transliteration.source` (the NFC input) and
    :attr:`Transliteration.text`. ``kind`` is ``word`` for a romanized word, ``text`` for what
    passed through unchanged (spaces, punctuation, Latin words, numbers).
    """

    source_start: int
    source_end: int
    output_start: int
    output_end: int
    kind: str
    alternatives: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["alternatives"] = list(self.alternatives)
        return d

    def __repr__(self) -> str:
        more = f", also {list(self.alternatives)}" if self.alternatives else ""
        return (
            f"Span(source {self.source_start}-{self.source_end} → output "
            f"{self.output_start}-{self.output_end}, {self.kind!r}{more})"
        )


@dataclass(frozen=True)
class Notice:
    """A warning about the input: what was guessed or repaired, and where."""

    code: str
    message: str
    start: int = 0
    end: int = 0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Transliteration:
    """The result of :func:`bukva.transliterate`."""

    source: str
    text: str
    lang: str
    system: str
    direction: str
    options: dict[str, str] = field(default_factory=dict)
    spans: tuple[Span, ...] = ()
    warnings: tuple[Notice, ...] = ()

    def __str__(self) -> str:
        return self.text

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "text": self.text,
            "lang": self.lang,
            "system": self.system,
            "direction": self.direction,
            "options": dict(self.options),
            "spans": [s.to_dict() for s in self.spans],
            "warnings": [w.to_dict() for w in self.warnings],
        }
