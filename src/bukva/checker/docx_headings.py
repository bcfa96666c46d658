"""Which Word paragraphs are headings: where a section of the acknowledgements or a note on names
ends in a Word manuscript."""

from __future__ import annotations

import re

_WORD_HEADING_STYLE = re.compile(r"^(?:Heading|Title)", re.IGNORECASE)
_SHORT_TITLE = 80  # characters: a bold paragraph up to this long, with no full stop, is a heading


def word_heading(p, title: str, W: str) -> bool:
    """Whether a Word paragraph ``p`` (its text ``title``; ``W`` the WordprocessingML namespace
    in braces) is a heading: a Heading or Title style, or a short line in bold throughout, with
    no full stop at its end."""
    style = p.find(f"{W}pPr/{W}pStyle")
    if style is not None and _WORD_HEADING_STYLE.match(style.get(f"{W}val", "")):
        return True
    runs = [r for r in p.iter(f"{W}r") if "".join(t.text or "" for t in r.iter(f"{W}t")).strip()]
    bold = all(r.find(f"{W}rPr/{W}b") is not None for r in runs)
    return bool(runs) and bold and len(title) <= _SHORT_TITLE and not title.endswith(".")
