"""Apply safe fixes: Markdown and text in place (with a backup), Word into ``name.bukva.docx``.

Only the reported spans change; every other byte of the file stays as it was. Writes are
atomic: the old file or the new one is there at every moment.
"""

from __future__ import annotations

import difflib
import io
from bisect import bisect_left
from pathlib import Path

from ..engine.registry import BukvaError
from .documents import Document
from .finding import Finding


def fixes_for(findings: list[Finding]) -> list[Finding]:
    """The safe fixes, one per span, in file order (overlaps: the first wins)."""
    chosen: list[Finding] = []
    for f in sorted(
        (f for f in findings if f.safe and f.fix is not None and f.end > f.start),
        key=lambda f: (f.unit, f.start, -f.end),
    ):
        if chosen and chosen[-1].unit == f.unit and f.start < chosen[-1].end:
            continue
        if f.fix == f.text:
            continue
        chosen.append(f)
    return chosen


def fixed_text(text: str, fixes: list[Finding], crlf: tuple[int, ...] = ()) -> str:
    """``text`` with ``fixes`` in it; ``crlf``: where the fixes' text (read with \n) had \r\n,
    which a fix that keeps a line break writes again."""
    out = []
    at = 0
    for f in fixes:
        start, end, fix = f.start, f.end, f.fix or ""
        if crlf:
            start += bisect_left(crlf, start)
            end += bisect_left(crlf, end)
            fix = fix.replace("\n", "\r\n") if "\r\n" in text[start:end] else fix
        out.append(text[at:start])
        out.append(fix)
        at = end
    out.append(text[at:])
    return "".join(out)


def diff(doc: Document, findings: list[Finding]) -> str:
    """A unified diff of what --fix would change."""
    fixes = fixes_for([f for f in findings if f.file == str(doc.path)])
    if not fixes:
        return ""
    if doc.kind == "docx":
        lines = []
        for f in fixes:
            lines.append(f"--- {doc.path} ({f.where})\n-{f.text}\n+{f.fix}\n")
        return "".join(lines)
    new = fixed_text(doc.raw or "", fixes, doc.crlf)
    return "".join(
        difflib.unified_diff(
            (doc.raw or "").splitlines(keepends=True),
            new.splitlines(keepends=True),
            fromfile=str(doc.path),
            tofile=str(doc.path) + " (fixed)",
        )
    )


def fixed_bytes(doc: Document, findings: list[Finding]) -> tuple[bytes, int]:
    """The fixed file as bytes (for a download), and how many fixes went in."""
    fixes = fixes_for([f for f in findings if f.file == str(doc.path)])
    if doc.kind != "docx":
        return _encoded(doc, fixed_text(doc.raw or "", fixes, doc.crlf)), len(fixes)
    applied = _apply_docx(doc, fixes)
    buffer = io.BytesIO()
    doc.package.save(buffer)  # type: ignore[union-attr]
    return buffer.getvalue(), applied


def _apply_docx(doc: Document, fixes: list[Finding]) -> int:
    applied = 0
    by_unit: dict[int, list[Finding]] = {}
    for f in fixes:
        by_unit.setdefault(f.unit, []).append(f)
    for index, unit_fixes in by_unit.items():
        runs = doc.units[index].docx
        for f in reversed(unit_fixes):  # right to left: earlier offsets stay valid
            applied += _fix_runs(runs, f.start, f.end, f.fix or "")
    _flush_parts(doc)
    return applied


def _encoded(doc: Document, text: str) -> bytes:
    return (b"\xef\xbb\xbf" if doc.bom else b"") + text.encode("utf-8")


def apply(
    doc: Document, findings: list[Finding], backup: bool = True, force: bool = False
) -> tuple[Path | None, int]:
    """Write the fixes; returns the file written (None if nothing changed) and how many fixes
    went in. A read-only file (mode 0444) is refused unless ``force``."""
    from ..files import atomic_write, is_read_only, real_target

    fixes = fixes_for([f for f in findings if f.file == str(doc.path)])
    if not fixes:
        return None, 0
    target = doc.path
    if doc.kind == "docx":
        target = doc.path.with_name(doc.path.stem + ".bukva.docx")
    if is_read_only(real_target(target)) and not force:
        raise BukvaError(
            f"{target} is read-only; bukva leaves it as it is (--force to fix it anyway)"
        )
    if doc.kind != "docx":
        new = fixed_text(doc.raw or "", fixes, doc.crlf)
        atomic_write(doc.path, _encoded(doc, new), backup=backup)
        return doc.path, len(fixes)
    applied = _apply_docx(doc, fixes)
    buffer = io.BytesIO()
    doc.package.save(buffer)  # type: ignore[union-attr]
    if target.exists() and _same_package(target.read_bytes(), buffer.getvalue()):
        return None, 0  # the fixed copy is already there: nothing to write
    atomic_write(target, buffer.getvalue())
    return target, applied


def _same_package(old: bytes, new: bytes) -> bool:
    """Whether two Word packages hold the same parts (zip timestamps aside)."""
    import zipfile

    if old == new:
        return True
    try:
        with zipfile.ZipFile(io.BytesIO(old)) as a, zipfile.ZipFile(io.BytesIO(new)) as b:
            names = sorted(a.namelist())
            return names == sorted(b.namelist()) and all(a.read(n) == b.read(n) for n in names)
    except zipfile.BadZipFile:
        return False


def _fix_runs(runs, start: int, end: int, replacement: str) -> int:
    """Replace text[start:end] of a Word paragraph, keeping each run's formatting: the new text
    goes into the run where the old began; the rest of the old leaves the runs it was in."""
    touched = [(el, s, e) for el, s, e in runs.pieces if s < end and e > start]
    if not touched or any(el is None for el, _, _ in touched):
        return 0  # a tab or a break inside the span: left alone
    first = True
    for el, s, e in touched:
        text = el.text or ""
        a, b = max(start, s) - s, min(end, e) - s
        el.text = text[:a] + (replacement if first else "") + text[b:]
        el.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        first = False
    return 1


def _flush_parts(doc: Document) -> None:
    """Write the note parts' trees back (python-docx keeps them as raw bytes)."""
    from lxml import etree

    for part in doc.package.part.package.parts:  # type: ignore[union-attr]
        root = getattr(part, "_bukva_root", None)
        if root is not None and not hasattr(part, "element"):
            part._blob = etree.tostring(
                root, xml_declaration=True, encoding="UTF-8", standalone=True
            )
