"""Word paragraphs by their style and their runs: headings (where a section of the
acknowledgements or a note on names ends in a Word manuscript), block quotes, and run properties
that toggle."""

from __future__ import annotations

import re

_WORD_HEADING_STYLE = re.compile(r"^(?:Heading|Title)", re.IGNORECASE)
_SHORT_TITLE = 80  # characters: a bold paragraph up to this long, with no full stop, is a heading


def word_heading(p, title: str, W: str) -> bool:
    """Whether a Word paragraph ``p`` (its text ``title``; ``W`` the WordprocessingML namespace
    in braces) is a heading: a Heading or Title style, or a short line in bold throughout, with
    no full stop at its end."""
    if _WORD_HEADING_STYLE.match(word_style(p, W)):
        return True
    runs = [r for r in p.iter(f"{W}r") if "".join(t.text or "" for t in r.iter(f"{W}t")).strip()]
    bold = all(toggled_on(r.find(f"{W}rPr/{W}b"), W) for r in runs)
    return bool(runs) and bold and len(title) <= _SHORT_TITLE and not title.endswith(".")


_OFF = frozenset({"0", "false", "off"})


def toggled_on(prop, W: str) -> bool:
    """Whether a run property that toggles (bold ``w:b``, italic ``w:i``) is on: present, and
    its ``w:val`` not 0, false or off (Word writes ``<w:i w:val="0"/>`` to turn italics off)."""
    return prop is not None and prop.get(f"{W}val", "true").lower() not in _OFF


def word_style(p, W: str) -> str:
    """A Word paragraph's style id, in lower case ("" for the default)."""
    style = p.find(f"{W}pPr/{W}pStyle")
    return style.get(f"{W}val", "").lower() if style is not None else ""


_QUOTE_STYLES = frozenset({"quote", "intensequote", "blocktext", "epigraph"})


def word_quote(p, W: str) -> bool:
    """Whether a Word paragraph is a block quote or an epigraph by its style (Quote, Intense
    Quote, Block Text, Epigraph): a quotation, as a Markdown block quote is."""
    return word_style(p, W) in _QUOTE_STYLES
