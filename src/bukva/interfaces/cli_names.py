"""``bukva names``: identify a name, match two, cluster a list into persons."""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
from pathlib import Path

from ..engine.registry import BukvaError


def read_names(path: Path, column: str | None) -> list[str]:
    """One name per line, or a CSV / JSONL column, from a file."""
    from ..files import read_text

    return names_in(read_text(path), path.suffix.lower(), column, str(path))


def names_in(text: str, suffix: str, column: str | None, path: str) -> list[str]:
    """One name per line, or a CSV (``.csv``) / JSONL (``.jsonl``) column, from ``text``."""
    if suffix in (".jsonl", ".ndjson"):
        if not column:
            raise BukvaError(f"{path}: name the key that holds the names (--column)")
        out = []
        for k, line in enumerate(text.splitlines(), 1):
            if line.strip():
                try:
                    out.append(str(json.loads(line)[column]))
                except (json.JSONDecodeError, KeyError, TypeError):
                    raise BukvaError(f"{path}:{k}: no {column!r} in this line") from None
        return out
    if suffix == ".csv":
        rows = list(csv.DictReader(io.StringIO(text)))
        if not rows:
            return []
        column = column or next(iter(rows[0]))
        if column not in rows[0]:
            raise BukvaError(f"{path}: no column {column!r}; it has {', '.join(rows[0])}")
        return [r[column] for r in rows]
    return [line.strip() for line in text.splitlines() if line.strip()]


def cmd_names(args: argparse.Namespace) -> int:
    from .. import names

    if args.action == "identify":
        for name in args.items:
            print(
                json.dumps(names.identify(name, args.lang).to_dict(), ensure_ascii=False, indent=2)
            )
        return 0
    if args.action == "match":
        if len(args.items) != 2:
            raise BukvaError("names match takes two names")
        result = names.match(*args.items)
        if args.format == "json":
            print(json.dumps(result.to_dict(), ensure_ascii=False))
        else:
            print(f"{'same' if result.same else 'different'} ({result.score:.2f}): {result.reason}")
        return 0
    if len(args.items) != 1:
        raise BukvaError("names cluster takes one file (one name per line, CSV or JSONL)")
    path = Path(args.items[0])
    if not path.is_file():
        raise BukvaError(f"no such file: {path}")
    from ..batch.progress import Progress
    from ..style.house import load_style

    style = load_style(args.style) if args.style else None
    items = read_names(path, args.column)
    progress = Progress(
        path.name, total=len(items), every=1000, quiet=args.quiet or len(items) < 1000
    )
    groups = names.cluster(items, style, progress)
    progress.close()
    if args.format == "json":
        print(json.dumps([g.to_dict() for g in groups], ensure_ascii=False, indent=2))
    else:
        w = csv.writer(sys.stdout)
        w.writerow(["canonical", "confidence", "members"])
        for g in groups:
            w.writerow([g.canonical, f"{g.confidence:.2f}", " | ".join(g.members)])
    return 0


def add_parser(sub) -> None:
    p = sub.add_parser("names", help="identify a name, match two, or cluster a list into persons")
    p.add_argument("action", choices=["identify", "match", "cluster"])
    p.add_argument("items", nargs="+", help="names (identify, match) or a file (cluster)")
    p.add_argument(
        "--lang", choices=["ru", "zh"], default=None, help="identify: narrow the reading"
    )
    p.add_argument("--column", help="cluster: the CSV column or JSONL key with the names")
    p.add_argument("--style", help="cluster: the house style of the canonical forms")
    p.add_argument("--format", choices=["text", "csv", "json"], default="text")
    p.add_argument("--quiet", action="store_true")
    p.set_defaults(func=cmd_names)
