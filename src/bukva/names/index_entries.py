"""A book index's entry as names: its heading without the page numbers and subentries, the other
names it gives in brackets, and the name a cross-reference sends the reader to (one person or
place with the heading):

    Iudin, Pavel Fedorovich, 102–10, 117; and Mao, 112–15  →  Iudin, Pavel Fedorovich
    Lüshun (Port Arthur), 40, 45–48                         →  Lüshun, Port Arthur
    Chou En-lai. *See* Zhou Enlai                           →  Chou En-lai, Zhou Enlai
    Beijing, 14, 27–30. *See also* Zhongnanhai              →  Beijing

A line with none of these is returned as it is (Khrushchev, N. S.)."""

from __future__ import annotations

import re

_EMPHASIS = re.compile(r"(?<!\w)[*_]{1,2}|[*_]{1,2}(?!\w)")
# a cross-reference after the heading: ". See Y", ", see Y", " (see Y)"; "See also" is none
_SEE = re.compile(
    r"(?:[.,]\s+|\s*\(\s*)(?:see|See)\s+(?P<also>also\s+)?(?P<target>[^()\n]+?)\)?\s*\.?\s*$"
)
# the locators and subentries after the heading: ", 12", ", 45–47", ", xii", ", passim", "; and"
_LOCATORS = re.compile(r"(?:,\s*(?:\d|[ivxlc]+\b(?![.'’])|passim\b)|;\s).*$", re.DOTALL)
_MARKS = re.compile(r"[\d(;*_]|\b[Ss]ee\b|\bpassim\b|, [ivxlc]+\b")  # what an entry may add
_ALIAS = re.compile(r"^(?P<name>[^()]+?)\s*\((?P<alias>[^()]+)\)(?P<rest>[^()]*)$")


def index_names(line: str) -> list[str]:
    """The names one index entry gives for one person or place, its heading first."""
    if not _MARKS.search(line):  # a name alone (Khrushchev, N. S.): the common case, fast
        return [line.strip()] if line.strip() else []
    text = _EMPHASIS.sub("", line).strip()
    names: list[str] = []
    see = _SEE.search(text)
    if see is not None:
        text = text[: see.start()].strip()
        if not see["also"]:
            names += [t.strip() for t in see["target"].split(";") if t.strip()]
    alias = _ALIAS.match(text)
    others = [a.strip() for a in alias["alias"].split(",") if _named(a.strip())] if alias else []
    if alias is not None and others and "," not in alias["name"]:
        # Zhang Wentian (Luo Fu, 1900–1976), 12: the other name in brackets (not a heading's
        # own given names, Iudin, P. F. (Pavel Fedorovich), nor initials, Khrouchtchev (N. S.))
        text = alias["name"].strip() + alias["rest"]
        names += others
    heading = _LOCATORS.sub("", text).strip().rstrip(",;")
    if not heading:
        return [line.strip()] if line.strip() else []
    return [heading, *(n for n in names if n != heading)]


def _named(text: str) -> bool:
    """Whether a bracket's piece is a name (Port Arthur, Luo Fu, 毛泽东): no date, no lower-case
    word (Stalin's envoy, premier)."""
    words = text.split()
    return (
        any(len(w.strip(".")) > 1 for w in words)  # no initials alone (N. S.)
        and not any(c.isdigit() for c in text)
        and all(not w[:1].isalpha() or not w[:1].islower() for w in words)
    )
