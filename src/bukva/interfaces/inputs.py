"""What a command-line argument is: text, a file, or standard input.

The rule (README, "Text or file"): ``-`` is standard input; ``@NAME`` is always the file NAME;
an argument naming a file that exists is that file; an argument that looks like a file name (a
path separator, or a known file suffix such as ``.txt``, and no spaces) but names no file is an
error, not text; anything else is text. ``--text`` makes every argument text.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..engine.registry import BukvaError
from ..files import decode

PIECE = 1 << 20  # bytes of a file romanized at a time
_SUFFIXES = (
    "txt text md markdown csv tsv json jsonl ndjson xml mrc marc html htm docx doc odt rtf pdf"
)
_LOOKS_LIKE_FILE = re.compile(
    rf"^[^\s]*(?:[/\\][^\s]*|\.(?:{'|'.join(_SUFFIXES.split())}))$", re.IGNORECASE
)
_NOT_TEXT = {
    ".docx": "a Word document",
    ".doc": "a Word document",
    ".odt": "an OpenDocument",
    ".rtf": "a rich-text document",
    ".pdf": "a PDF",
}


@dataclass
class Source:
    """One input: a label for messages, and a file to stream or a text in memory."""

    label: str
    path: Path | None = None
    text: str | None = None

    def read(self) -> str:
        if self.text is not None:
            return self.text
        assert self.path is not None
        return decode(self.path.read_bytes(), self.label)

    def pieces(self, checked_first: bool = True) -> Iterator[tuple[str, int]]:
        """(piece of whole lines, lines before it): a file is read a megabyte at a time;
        ``checked_first``: checked to be UTF-8 throughout before the first piece is given (what
        standard output needs; an atomic output file is dropped whole on an error anyway)."""
        if self.text is not None:
            yield self.text, 0
            return
        assert self.path is not None
        if checked_first:
            for _ in _raw_pieces(self.path, self.label):
                pass
        yield from _raw_pieces(self.path, self.label)


def _raw_pieces(path: Path, label: str) -> Iterator[tuple[str, int]]:
    at, line = 0, 0
    rest = b""
    with open(path, "rb") as f:
        while True:
            block = f.read(PIECE)
            data = rest + block
            if not block:
                if data:
                    yield decode(data, label, at, line), line
                return
            cut = data.rfind(b"\n") + 1
            if cut == 0:
                rest = data
                continue
            piece, rest = data[:cut], data[cut:]
            yield decode(piece, label, at, line), line
            at += len(piece)
            line += piece.count(b"\n")


def _is_file(item: str) -> bool:
    try:
        return Path(item).is_file()
    except (OSError, ValueError):  # a name longer than the system allows: not a file
        return False


def resolve(items: list[str], as_text: bool = False) -> list[Source]:
    """The inputs named on the command line (standard input if none and it is not a terminal)."""
    if not items:
        if sys.stdin.isatty():
            raise BukvaError("give text, a file or '-' for standard input")
        items = ["-"]
    out = []
    for item in items:
        if as_text:
            out.append(Source("<text>", text=item))
        elif item == "-":
            out.append(Source("<stdin>", text=sys.stdin.read()))
        elif item.startswith("@") and len(item) > 1:
            out.append(_file(item[1:]))
        elif _is_file(item):
            out.append(_file(item))
        elif _LOOKS_LIKE_FILE.match(item) and not re.search(r"[\u0400-\u04ff\u3400-\u9fff]", item):
            raise BukvaError(f"no such file: {item} (to romanize it as text, add --text)")
        else:
            out.append(Source("<text>", text=item))
    return out


def _file(name: str) -> Source:
    path = Path(name)
    if not _is_file(name):
        raise BukvaError(f"no such file: {name}")
    kind = _NOT_TEXT.get(path.suffix.lower())
    if kind:
        raise BukvaError(
            f"{name} is {kind}; bukva romanize reads plain text (UTF-8). To check a Word "
            f"manuscript use 'bukva check {name}'; to romanize it, save it as plain text first"
        )
    return Source(name, path=path)
