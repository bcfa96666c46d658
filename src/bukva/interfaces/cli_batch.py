"""``bukva marc`` and ``bukva batch``: MARC records, CSV and JSONL, and the verify report."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ..engine.registry import BukvaError
from .cli_common import EXIT_FINDINGS, EXIT_OK, _house, _options


def cmd_marc(args: argparse.Namespace) -> int:
    from ..batch.marc import Options
    from ..batch.run import Runner, run_marc

    source = Path(args.input)
    if not source.is_file():
        raise BukvaError(f"no such file: {source}")
    if not args.verify and not args.out:
        raise BukvaError("give --out FILE (or --verify to compare without writing)")
    opts = Options(
        style=_house(args),
        overwrite=args.overwrite,
        extra=_options(args.option),
        encoding=args.encoding,
    )
    runner = Runner(args.dask, args.workers)
    try:
        problems = run_marc(
            source,
            Path(args.out) if args.out else None,
            opts,
            args.verify,
            runner,
            quiet=args.quiet,
        )
    finally:
        runner.close()
    if args.verify:
        return _verify_report(problems, args.output_format)
    for p in problems:
        print(f"bukva: {_where(p)}: {p.message}", file=sys.stderr)
    return EXIT_FINDINGS if any(p.kind == "error" for p in problems) else EXIT_OK


def _where(p) -> str:
    return (
        f"record {p.record}"
        + (f" (001 {p.control})" if p.control else "")
        + (f" at byte {p.offset}" if p.offset is not None and p.control is None else "")
    )


def _verify_report(problems, output_format: str) -> int:
    """``marc --verify``: each difference, then a summary (or everything as JSON), on stdout."""
    from ..batch.verify import summary, summary_lines

    pairs = [dict(p.pair, record=p.record, control=p.control) for p in problems if p.pair]
    errors = [p for p in problems if p.pair is None]
    if output_format == "json":
        payload = {
            "summary": summary(pairs),
            "pairs": pairs,
            "unreadable": [p.to_dict() for p in errors],
        }
        print(json.dumps(payload, ensure_ascii=False, indent=2))
    else:
        for p in problems:
            if p.kind != "agree":
                print(f"{_where(p)}: {p.message}")
        for line in summary_lines(pairs):
            print(line)
    differing = any(p["class"] != "agree" for p in pairs)
    return EXIT_FINDINGS if differing or errors else EXIT_OK


def cmd_batch(args: argparse.Namespace) -> int:
    from ..batch.run import Runner, run_table
    from ..batch.tables import TableJob

    source = Path(args.input)
    if not source.is_file():
        raise BukvaError(f"no such file: {source}")
    job = TableJob(
        columns=[c.strip() for c in args.columns.split(",") if c.strip()],
        lang=args.lang,
        system=args.system,
        options=_options(args.option),
        style=_house(args),
        suffix="" if args.in_place else args.suffix,
    )
    runner = Runner(args.dask, args.workers)
    try:
        run_table(source, Path(args.out) if args.out else None, job, runner, quiet=args.quiet)
    finally:
        runner.close()
    return EXIT_OK
