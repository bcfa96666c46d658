"""Score the check on a manuscript with an answer key: recall, precision, and --fix damage.

    python benchmarks/eval_check.py benchmarks/data/dev-manuscript

The folder holds chapter.md, its bukva.toml and key.tsv: planted errors (the text and the house
form) and passages that must stay as written. A planted error is found when a finding covers
it; a finding is true when it lies on a planted error, a false alarm otherwise. Then --fix runs
on a copy: damage is a kept passage that changed, a wrong fix an error fixed to another form
than the key's. Every miss, false alarm and damage is listed.

--text scores it as the plain text a typist would send (benchmarks/md_to_text.py: no emphasis
marks, block quotes indented, notes as "[n] ..." lines under "Notes"), its key's passages
without their Markdown marks.

--word scores the same manuscript as a Word document (benchmarks/md_to_docx.py: headings in
bold, italics as italic runs, notes as Word footnotes), its key's passages without their
Markdown marks; the fix goes into NAME.bukva.docx, read back as the check reads it.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path


def _key(folder: Path, text: str, clean=lambda passage: passage):
    """The key's rows, each passage (``clean``-ed: Word's text has no Markdown marks) found in
    ``text`` after the row before it, else anywhere."""
    rows = []
    at = 0
    for line in (folder / "key.tsv").read_text("utf-8").splitlines():
        if line.startswith("#") or line.startswith("kind\t") or not line.strip():
            continue
        kind, passage, expected, note = [*line.split("\t"), "", ""][:4]
        passage, expected = clean(passage), clean(expected)
        where = text.find(passage, at)
        if where == -1:
            where = text.find(passage)
        if where == -1:
            raise SystemExit(f"key row not in the text: {passage!r}")
        at = where
        rows.append((kind, passage, expected, note, where, where + len(passage)))
    return rows


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("folder", type=Path)
    ap.add_argument("--word", action="store_true", help="score it as a Word document")
    ap.add_argument("--text", action="store_true", help="score it as a plain-text file")
    args = ap.parse_args()
    if args.word:
        return _word(args.folder)
    if args.text:
        from md_to_text import markdown_to_text

        with tempfile.TemporaryDirectory() as tmp:
            here = Path(tmp) / "m"
            shutil.copytree(args.folder, here)
            chapter = here / "chapter.txt"
            chapter.write_text(markdown_to_text((here / "chapter.md").read_text("utf-8")), "utf-8")
            (here / "chapter.md").unlink()
            return _score(args.folder, chapter, lambda passage: _MARKS.sub("", passage))
    with tempfile.TemporaryDirectory() as tmp:
        here = Path(tmp) / "m"
        shutil.copytree(args.folder, here)
        _score(args.folder, here / "chapter.md")


def _score(folder: Path, chapter: Path, clean=lambda passage: passage) -> None:
    """Score the check and --fix on ``chapter`` (a copy, fixed in place), a text or Markdown
    file, against ``folder``'s key."""
    from bukva.checker.check import check_paths

    text = chapter.read_text("utf-8")
    rows = _key(folder, text, clean)
    errors = [r for r in rows if r[0] == "error"]
    keeps = [r for r in rows if r[0] == "keep"]
    _, findings = check_paths([chapter])
    # variants findings stand for every occurrence they list
    spans = []
    for f in findings:
        spans.append((f.start, f.end, f))
        for occ in f.occurrences:
            if occ.get("line"):
                line_start = sum(len(x) for x in text.splitlines(keepends=True)[: occ["line"] - 1])
                s = line_start + occ["column"] - 1
                spans.append((s, s + len(occ["text"]), f))
    found = [e for e in errors if any(s < e[5] and e[4] < t for s, t, _ in spans)]
    true = [
        f
        for f in findings
        if any(f.start < e[5] and e[4] < f.end for e in errors)
        or any(any(s < e[5] and e[4] < t for e in errors) for s, t, g in spans if g is f)
    ]
    false = [f for f in findings if f not in true]
    subprocess.run(
        [sys.executable, "-m", "bukva", "check", "--fix", "--no-backup", str(chapter)],
        capture_output=True,
    )
    fixed = chapter.read_text("utf-8")
    damaged = [k for k in keeps if k[1] not in fixed]
    wrong = []
    for e in errors:
        if e[1] not in fixed and e[2] and e[2] not in fixed:
            wrong.append(e)
    _report(errors, keeps, findings, found, false, damaged, wrong)


def _report(errors, keeps, findings, found, false, damaged, wrong) -> None:
    recall = len(found) / len(errors)
    true = len(findings) - len(false)
    precision = true / len(findings) if findings else 1.0
    print(f"planted errors {len(errors)}, kept passages {len(keeps)}, findings {len(findings)}")
    print(
        f"recall {recall:.1%} ({len(found)}/{len(errors)}); precision {precision:.1%} "
        f"({true}/{len(findings)}); --fix damaged {len(damaged)} kept passages and wrote "
        f"{len(wrong)} wrong fixes; safe fixes {sum(f.safe for f in findings)}"
    )
    for e in errors:
        if e not in found:
            print(f"  missed: {e[1]!r} (→ {e[2]}; {e[3]})")
    for f in false:
        print(f"  false alarm: {f.rule} {f.text!r} → {f.fix!r} ({'safe' if f.safe else 'review'})")
    for k in damaged:
        print(f"  damage: {k[1]!r} ({k[3]})")
    for e in wrong:
        print(f"  wrong fix: {e[1]!r}, expected {e[2]!r}")


_MARKS = re.compile(r"\[\^[^\]]+\]|(?<![\w*])[*_]+|[*_]+(?![\w*])|^(?:#{1,6}\s+|>\s?|[-*+]\s+)")


def _flat(doc) -> tuple[str, list[int]]:
    """A Word document's units as one text (a blank line between), and where each begins."""
    offsets, at = [], 0
    for u in doc.units:
        offsets.append(at)
        at += len(u.text) + 2
    return "\n\n".join(u.text for u in doc.units), offsets


def _word(folder: Path) -> None:
    from bukva.checker.check import check_paths
    from bukva.checker.documents import read_docx
    from md_to_docx import markdown_to_docx

    with tempfile.TemporaryDirectory() as tmp:
        here = Path(tmp)
        shutil.copy(folder / "bukva.toml", here / "bukva.toml")
        chapter = markdown_to_docx((folder / "chapter.md").read_text("utf-8"), here / "c.docx")
        docs, findings = check_paths([chapter])
        text, offsets = _flat(docs[0])
        rows = _key(folder, text, lambda passage: _MARKS.sub("", passage))
        errors = [r for r in rows if r[0] == "error"]
        keeps = [r for r in rows if r[0] == "keep"]
        spans = [(offsets[f.unit] + f.start, offsets[f.unit] + f.end, f) for f in findings]
        units = {u.where: i for i, u in enumerate(docs[0].units)}
        for f in findings:  # a variants finding stands for every occurrence it lists
            for occ in f.occurrences:
                i = units.get(occ.get("where", ""))
                at = docs[0].units[i].text.find(occ["text"]) if i is not None else -1
                if at != -1:
                    spans.append((offsets[i] + at, offsets[i] + at + len(occ["text"]), f))
        found = [e for e in errors if any(s < e[5] and e[4] < t for s, t, _ in spans)]
        true = {id(f) for s, t, f in spans if any(s < e[5] and e[4] < t for e in errors)}
        false = [f for f in findings if id(f) not in true]
        subprocess.run(
            [sys.executable, "-m", "bukva", "check", "--fix", str(chapter)], capture_output=True
        )
        fixed = here / "c.bukva.docx"
        fixed_text = _flat(read_docx(fixed))[0] if fixed.exists() else text
    damaged = [k for k in keeps if k[1] not in fixed_text]
    wrong = [e for e in errors if e[1] not in fixed_text and e[2] and e[2] not in fixed_text]
    _report(errors, keeps, findings, found, false, damaged, wrong)


if __name__ == "__main__":
    main()
