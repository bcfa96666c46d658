"""One Latin word read as romanized Russian: what the check's Russian pass judges and fixes."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Word:
    """One Latin word read as romanized Russian."""

    start: int
    end: int
    text: str
    cyrillic: str
    fix: str | None  # the house form, or None when the word is already in it
    rule: str = "ru.wrong-system"
    message: str = ""
    system: str | None = None
    confidence: float = 0.0
    evidence: list[str] = field(default_factory=list)
    exception: bool = False  # the house prints this name by an exception
    unknown: bool = False  # a word that reads as no Russian word (and is not English)
    weak: bool = False  # capitalised mid-sentence, not a name: Russian only inside a phrase
    systems: tuple[str, ...] = ()  # every system that writes it so
    glue: bool = False  # a one- or two-letter word between the words of a phrase (s, v, i)
    alone: Word | None = None  # a weak word's finding where it stands alone (a surname's shape)
