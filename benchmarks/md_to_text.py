"""A planted manuscript's Markdown as the plain text a typist would send, for scoring the
check on text files (``eval_check.py --text``): headings as lines of their own (no #), no
emphasis marks (italics are lost in plain text), block quotes indented four spaces, [^n]
references as [n] and their notes as "[n] ..." lines under a "Notes" line.

    python benchmarks/md_to_text.py chapter.md chapter.txt
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

_NOTE_DEF = re.compile(r"^\[\^([^\]]+)\]:\s*")
_NOTE_REF = re.compile(r"\[\^([^\]]+)\]")
_EMPHASIS = re.compile(r"(?<![\w*])[*_]+(?=\S)|(?<=\S)[*_]+(?![\w*])")
_HEADING = re.compile(r"^#{1,6}\s+")
_NOTES = re.compile(r"^#{1,6}\s+(notes|endnotes)\s*$", re.IGNORECASE | re.MULTILINE)


def markdown_to_text(md: str) -> str:
    out: list[str] = []
    notes_open = bool(_NOTES.search(md))
    for line in md.splitlines():
        if _NOTE_DEF.match(line):
            if not notes_open:
                out += ["Notes", ""] if not out or not out[-1].strip() else ["", "Notes", ""]
                notes_open = True
            line = _NOTE_DEF.sub(lambda m: f"[{m.group(1)}] ", line)
        line = _NOTE_REF.sub(lambda m: f"[{m.group(1)}]", line)
        if line.startswith(">"):
            line = "    " + line[1:].lstrip()
        line = _HEADING.sub("", line)
        out.append(_EMPHASIS.sub("", line))
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    source, target = map(Path, sys.argv[1:3])
    target.write_text(markdown_to_text(source.read_text("utf-8")), "utf-8")
