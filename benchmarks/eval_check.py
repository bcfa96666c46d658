"""Score the check on a manuscript with an answer key: recall, precision, and --fix damage.

    python benchmarks/eval_check.py benchmarks/data/dev-manuscript

The folder holds chapter.md, its bukva.toml and key.tsv: planted errors (the text and the house
form) and passages that must stay as written. A planted error is found when a finding covers
it; a finding is true when it lies on a planted error, a false alarm otherwise. Then --fix runs
on a copy: damage is a kept passage that changed, a wrong fix an error fixed to another form
than the key's. Every miss, false alarm and damage is listed.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path


def _key(folder: Path, text: str):
    rows = []
    at = 0
    for line in (folder / "key.tsv").read_text("utf-8").splitlines():
        if line.startswith("#") or line.startswith("kind\t") or not line.strip():
            continue
        kind, passage, expected, note = [*line.split("\t"), "", ""][:4]
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
    args = ap.parse_args()
    from bukva.checker.check import check_paths

    chapter = args.folder / "chapter.md"
    text = chapter.read_text("utf-8")
    rows = _key(args.folder, text)
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
    recall = len(found) / len(errors)
    precision = len(true) / len(findings) if findings else 1.0
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "m"
        shutil.copytree(args.folder, copy)
        subprocess.run(
            [
                sys.executable,
                "-m",
                "bukva",
                "check",
                "--fix",
                "--no-backup",
                str(copy / "chapter.md"),
            ],
            capture_output=True,
        )
        fixed = (copy / "chapter.md").read_text("utf-8")
    damaged = [k for k in keeps if k[1] not in fixed]
    wrong = []
    for e in errors:
        if e[1] not in fixed and e[2] and e[2] not in fixed:
            wrong.append(e)
    print(f"planted errors {len(errors)}, kept passages {len(keeps)}, findings {len(findings)}")
    print(
        f"recall {recall:.1%} ({len(found)}/{len(errors)}); precision {precision:.1%} "
        f"({len(true)}/{len(findings)}); --fix damaged {len(damaged)} kept passages and wrote "
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


if __name__ == "__main__":
    main()
