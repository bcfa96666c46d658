"""Word paragraphs by their style and their runs: headings (where a section of the
acknowledgements or a note on names ends in a Word manuscript), block quotes, and run properties
that toggle."""

from __future__ import annotations

import re

from .plain_text import heading_line

_WORD_HEADING_STYLE = re.compile(r"^(?:Heading|Title)", re.IGNORECASE)
_SHORT_TITLE = 80  # characters: a bold paragraph up to this long, with no full stop, is a heading


def word_heading(p, title: str, W: str) -> bool:
    """Whether a Word paragraph ``p`` (its text ``title``; ``W`` the WordprocessingML namespace
    in braces) is a heading by its look: a Heading or Title style, or a short line in bold
    throughout, with no full stop at its end."""
    if _WORD_HEADING_STYLE.match(word_style(p, W)):
        return True
    runs = [r for r in p.iter(f"{W}r") if "".join(t.text or "" for t in r.iter(f"{W}t")).strip()]
    bold = all(toggled_on(r.find(f"{W}rPr/{W}b"), W) for r in runs)
    return bool(runs) and bold and len(title) <= _SHORT_TITLE and not title.endswith(".")


def plain_heading(p, title: str, W: str) -> bool:
    """Whether a Word paragraph in the Normal style is a line a plain-text file would take for
    a heading by its shape (Acknowledgements, The interpreters: a typist's heading), outside a
    table, a list and a quotation."""
    return (
        heading_line(title)
        and p.find(f"{W}pPr/{W}numPr") is None  # a list's item
        and not word_quote(p, W)
        and not any(a.tag == f"{W}tc" for a in p.iterancestors())  # a table's cell
    )


LIST_LINES = 3  # plain heading-like lines in a row that are a list's items, not headings


def word_headings(paragraphs: list[tuple], W: str, section) -> list[bool]:
    """Which of a Word body's paragraphs ((p, text) each) are headings: those that look it,
    and the plain ones that read as one, but in a run of heading lines (empty paragraphs
    between them aside) with two titles of sections or more (``section(title)``): a table of
    contents (Acknowledgments, A Note on Names ...), whose plain lines open nothing; or with
    LIST_LINES plain lines or more: a list's items typed as paragraphs (a list of archives
    under its heading, "AVP RF: Arkhiv vneshnei politiki ..."), no headings."""
    titles = [text.strip() for _, text in paragraphs]
    looks = [word_heading(p, t, W) for (p, _), t in zip(paragraphs, titles, strict=True)]
    plain = [
        not look and bool(t) and plain_heading(p, t, W)
        for (p, _), t, look in zip(paragraphs, titles, looks, strict=True)
    ]
    out = list(looks)
    run: list[int] = []
    for k in [*range(len(paragraphs)), None]:
        if k is not None and (not titles[k] or looks[k] or plain[k]):
            run.append(k)
            continue
        listed = sum(1 for i in run if plain[i]) >= LIST_LINES  # a list's items, typed plain
        if sum(1 for i in run if titles[i] and section(titles[i])) < 2 and not listed:
            for i in run:
                out[i] = out[i] or plain[i]
        run = []
    return out


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
