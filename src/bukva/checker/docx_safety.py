"""Look at a Word package before unpacking it: what it is, how big it unpacks, what it declares.

Every bound is checked on the zip's own listing and by streaming the parts, before python-docx
builds a tree of anything: the sizes a zip declares are the most it will give (zipfile stops at
them), the XML parts are scanned whole for entity and DOCTYPE declarations, and the text of the
parts bukva reads is counted with a streaming parser that keeps no tree.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from ..engine.registry import BukvaError

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TEXT_PARTS = ("word/document.xml", "word/footnotes.xml", "word/endnotes.xml", "word/comments.xml")


@dataclass(frozen=True)
class DocxLimits:
    """The most a .docx may unpack to, hold and say; the service sets smaller ones."""

    unpacked: int = 100 * 2**20  # bytes, all parts together
    parts: int = 2_000
    chars: int = 20_000_000  # characters of text in the parts bukva reads
    ratio: int = 200  # unpacked / packed


class TooLarge(BukvaError):
    """A document within the upload limit that unpacks or reads past a bound (HTTP 413)."""


def check_docx(path: Path, source: IO[bytes] | None = None, limits: DocxLimits = DocxLimits()):
    """Refuse what is not a Word package, unpacks past the bounds, declares entities, or
    holds more text than the bound; else return."""
    try:
        with zipfile.ZipFile(source if source is not None else path) as z:
            infos = z.infolist()
            names = {i.filename for i in infos}
            if "word/document.xml" not in names:
                raise BukvaError(f"{path}: not a Word document (no word/document.xml)")
            if len(infos) > limits.parts:
                raise TooLarge(f"{path}: {len(infos):,} parts; at most {limits.parts:,} are read")
            total = sum(i.file_size for i in infos)
            packed = max(1, sum(i.compress_size for i in infos))
            if total > limits.unpacked or total / packed > limits.ratio:
                raise TooLarge(
                    f"{path}: unpacks to {total:,} bytes from {packed:,}; at most "
                    f"{limits.unpacked:,} bytes (and {limits.ratio}x) are read"
                )
            for info in infos:
                if info.filename.endswith((".xml", ".rels")):
                    _no_declarations(z, info.filename, path)
            chars = 0
            for name in TEXT_PARTS:
                if name in names:
                    chars = _count_text(z, name, chars, limits.chars, path)
    except zipfile.BadZipFile:
        raise BukvaError(f"{path}: not a Word document (not a zip package)") from None
    except (zipfile.LargeZipFile, NotImplementedError, RuntimeError) as exc:
        raise BukvaError(f"{path}: not a readable Word document ({exc})") from None


def _no_declarations(z: zipfile.ZipFile, name: str, path: Path) -> None:
    """Scan the whole part, a block at a time (with an overlap, so a declaration cut between
    two blocks is still seen), for <!DOCTYPE or <!ENTITY."""
    tail = b""
    with z.open(name) as f:
        while block := f.read(1 << 16):
            data = tail + block
            if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
                raise BukvaError(f"{path}: {name} declares XML entities or a DOCTYPE; refused")
            tail = data[-16:]


def _count_text(z: zipfile.ZipFile, name: str, chars: int, bound: int, path: Path) -> int:
    from lxml import etree

    with z.open(name) as f:
        try:
            for _, el in etree.iterparse(
                f, events=("end",), tag=f"{W}t", resolve_entities=False, no_network=True
            ):
                chars += len(el.text or "")
                el.clear(keep_tail=True)
                if chars > bound:
                    raise TooLarge(f"{path}: holds more than {bound:,} characters of text; refused")
        except etree.XMLSyntaxError as exc:
            raise BukvaError(f"{path}: {name} is not well-formed XML ({exc.msg})") from None
    return chars
