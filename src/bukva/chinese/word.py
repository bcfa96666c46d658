"""One analysed word of Chinese text, and the roles a word can have."""

from __future__ import annotations

from dataclasses import dataclass, field

from .script import simplified

# Roles of a word. Proper names are written joined and capitalised; plain words are not.
WORD, PERSON, PLACE, PROPER, ETHNIC, ORG, NUMBER, OTHER = (
    "word",
    "person",
    "place",
    "proper",
    "ethnic",
    "organization",
    "number",
    "other",
)


@dataclass(slots=True)
class Word:
    """One word of the text: its characters, readings and role.

    ``groups`` splits the syllables into the written words of a proper name (Mao | Zedong,
    Taibei | Shi) and ``caps`` says which of them start with a capital.
    """

    start: int
    end: int
    text: str
    role: str
    syllables: list[str] = field(default_factory=list)
    groups: list[int] = field(default_factory=list)
    caps: list[bool] = field(default_factory=list)
    value: str = ""  # Arabic numerals for a NUMBER
    flag: str = ""  # jieba's part of speech
    org: bool = False  # part of the name of an organisation (a publisher, a committee)
    lead: bool = False  # the first word of such a name: ALA-LC capitalises it
    capital_at: tuple[int, ...] = ()  # syllables capitalised inside a plain word (kang Ri)
    joins: list[str] = field(default_factory=list)  # between written words: " " or "-"
    # the characters as simplified: kept with ``text`` (set at creation, grown by ``absorb``)
    simp: str = field(default="", repr=False, compare=False)

    def __post_init__(self) -> None:
        if not self.simp:
            self.simp = simplified(self.text)

    def absorb(self, text: str) -> None:
        """Append ``text`` to the word's characters (and its simplified form to ``simp``)."""
        self.text += text
        self.simp += simplified(text)

    @property
    def is_han(self) -> bool:
        return self.role != OTHER


PERSON_FLAGS = frozenset(("nr", "nrt", "nrfg"))  # jieba's flags of a person's name
KNOWN = "known"  # the flag of a name the caller marked (a catalog's heading, a credit)
