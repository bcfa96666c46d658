"""The ``bukva`` command.

Exit codes follow ruff: 0 success, 1 problems found (``check``), 2 an error in the request or
the input, reported in one line.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from ..engine.registry import BukvaError

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, exit 2
        self.exit(
            EXIT_ERROR, f"bukva: error: {message} (see 'bukva {self.prog.split()[-1]} --help')\n"
        )


def _options(pairs: list[str]) -> dict[str, str]:
    out = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key:
            raise BukvaError(f"--option takes key=value, not {pair!r}")
        out[key.strip()] = value.strip()
    return out


def _inputs(items: list[str]) -> list[tuple[str, str]]:
    """(label, text) for each item: '-' is standard input, a path is a file, else literal text."""
    from .files import read_text

    if not items:
        if sys.stdin.isatty():
            raise BukvaError("give text, a file or '-' for standard input")
        items = ["-"]
    out = []
    for item in items:
        if item == "-":
            out.append(("<stdin>", sys.stdin.read()))
        elif Path(item).is_file():
            out.append((item, read_text(item)))
        else:
            out.append(("<text>", item))
    return out


def line_col(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of a code-point offset."""
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def _warn(label: str, text: str, warnings: list[Any]) -> None:
    for w in warnings:
        line, col = line_col(text, w.start)
        where = f"{label}:{line}:{col}: " if w.end > w.start else ""
        print(f"bukva: warning: {where}{w.message}", file=sys.stderr)


def cmd_romanize(args: argparse.Namespace) -> int:
    from .. import api

    options = _options(args.option)
    results = []
    for label, text in _inputs(args.text):
        result = api.transliterate(
            text, lang=args.lang, system=args.system, reverse=args.reverse, **options
        )
        results.append((label, result))
    if args.format == "json":
        payload: Any = [dict(r.to_dict(), input=label) for label, r in results]
        rendered = (
            json.dumps(payload[0] if len(payload) == 1 else payload, ensure_ascii=False, indent=2)
            + "\n"
        )
    else:
        for label, r in results:
            _warn(label, r.source, list(r.warnings))
        rendered = "".join(r.text if r.text.endswith("\n") else r.text + "\n" for _, r in results)
    if args.output:
        from .files import atomic_write

        atomic_write(args.output, rendered)
    else:
        sys.stdout.write(rendered)
    return EXIT_OK


def cmd_convert(args: argparse.Namespace) -> int:
    from .. import api

    for _label, text in _inputs(args.text):
        out = api.convert(text, args.source, args.target)
        sys.stdout.write(out if out.endswith("\n") else out + "\n")
    return EXIT_OK


def cmd_readings(args: argparse.Namespace) -> int:
    from .. import api

    for _label, text in _inputs(args.text):
        marks = api.readings(text)
        if args.format == "json":
            print(json.dumps(marks, ensure_ascii=False))
        else:
            print(" ".join(r or ch for ch, r in zip(text, marks, strict=True) if not ch.isspace()))
    return EXIT_OK


def _filtered(findings: list, args: argparse.Namespace) -> list:
    if args.select:
        wanted = tuple(x.strip() for x in args.select.split(","))
        findings = [f for f in findings if f.rule.startswith(wanted)]
    if args.ignore:
        unwanted = tuple(x.strip() for x in args.ignore.split(","))
        findings = [f for f in findings if not f.rule.startswith(unwanted)]
    return findings


def cmd_check(args: argparse.Namespace) -> int:
    from ..checker import fix as fixing
    from ..checker.check import check_paths
    from ..checker.report import as_json, as_sarif, as_text
    from ..style.house import load_style

    style = load_style(args.style) if args.style else None
    docs, findings = check_paths(args.paths, style)
    findings = _filtered(findings, args)
    if args.diff:
        for doc in docs:
            sys.stdout.write(fixing.diff(doc, findings))
        return EXIT_FINDINGS if fixing.fixes_for(findings) else EXIT_OK
    if args.fix:
        written = []
        for doc in docs:
            target, count = fixing.apply(doc, findings, backup=not args.no_backup)
            written.append(target or doc.path)
            if target is not None:
                print(f"bukva: fixed {count} in {target}", file=sys.stderr)
        # what is left: the fixed files checked again
        docs, findings = check_paths(written, style)
        findings = _filtered(findings, args)
    if args.output_format == "json":
        sys.stdout.write(as_json(findings, [str(d.path) for d in docs]))
    elif args.output_format == "sarif":
        sys.stdout.write(as_sarif(findings))
    else:
        as_text(findings)
    return EXIT_FINDINGS if findings else EXIT_OK


def _house(args: argparse.Namespace):
    if not getattr(args, "style", None):
        return None
    from ..style.house import load_style

    return load_style(args.style)


def cmd_marc(args: argparse.Namespace) -> int:
    from ..batch.marc import Options
    from ..batch.run import Runner, run_marc

    source = Path(args.input)
    if not source.is_file():
        raise BukvaError(f"no such file: {source}")
    if not args.verify and not args.out:
        raise BukvaError("give --out FILE (or --verify to compare without writing)")
    opts = Options(style=_house(args), overwrite=args.overwrite, extra=_options(args.option))
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
    for p in problems:
        where = (
            f"record {p.record}"
            + (f" (001 {p.control})" if p.control else "")
            + (f" at byte {p.offset}" if p.offset is not None and p.control is None else "")
        )
        print(f"bukva: {where}: {p.message}", file=sys.stderr)
    return EXIT_FINDINGS if problems else EXIT_OK


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


def cmd_serve(args: argparse.Namespace) -> int:
    try:
        import uvicorn

        from .web.app import create_app
    except ImportError:
        raise BukvaError("bukva serve needs the web extra: pip install 'bukva[web]'") from None
    print(f"bukva: serving on http://{args.host}:{args.port}/", file=sys.stderr)
    uvicorn.run(create_app(), host=args.host, port=args.port, log_level="warning")
    return EXIT_OK


def cmd_systems(args: argparse.Namespace) -> int:
    from .. import api

    infos = api.systems(args.lang)
    if args.format == "json":
        print(json.dumps([i.to_dict() for i in infos], ensure_ascii=False, indent=2))
        return EXIT_OK
    from rich.console import Console
    from rich.table import Table

    table = Table(title="bukva systems", show_lines=False)
    for col in ("language", "system", "name", "reversible", "options"):
        table.add_column(col)
    for info in sorted(infos, key=lambda i: (i.languages[0], i.id)):
        opts = ", ".join(f"{k}={'|'.join(v['choices'])}" for k, v in info.options.items())
        table.add_row(
            " ".join(info.languages), info.id, info.name, "yes" if info.reversible else "no", opts
        )
    Console().print(table)
    return EXIT_OK


def _batch_flags(p: argparse.ArgumentParser) -> None:
    p.add_argument("--dask", help="local (a LocalCluster here) or tcp://host:8786 (a scheduler)")
    p.add_argument("--workers", type=int, default=2, help="workers of --dask local (2)")
    p.add_argument("--quiet", action="store_true", help="no progress")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="bukva", description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--version", action="version", version=_version())
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    rom = sub.add_parser("romanize", help="romanize text or files (or write them back, --reverse)")
    rom.add_argument("text", nargs="*", help="text, files, or - for standard input")
    rom.add_argument(
        "--lang",
        default="auto",
        help="ru, uk, be, bg, sr, mk, or auto (guessed from the letters; default)",
    )
    rom.add_argument(
        "--system", default=None, help="see 'bukva systems' (default ala-lc, or the house style's)"
    )
    rom.add_argument("--reverse", action="store_true", help="Latin → Cyrillic")
    rom.add_argument(
        "--option",
        "-O",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="a system option, e.g. ties=half-marks (repeatable)",
    )
    rom.add_argument("--format", choices=["text", "json"], default="text")
    rom.add_argument("--output", "-o", help="write here (atomically) instead of standard output")
    rom.add_argument("--style", help="a house style (bukva.toml): its system and exceptions")
    rom.add_argument(
        "--scope",
        default="body",
        choices=["body", "notes", "bibliography"],
        help="with --style: the part of the book the text is from",
    )
    rom.set_defaults(func=cmd_romanize)

    chk = sub.add_parser("check", help="check manuscripts (.md, .txt, .docx) against a house style")
    chk.add_argument("paths", nargs="+", help="files or folders")
    chk.add_argument(
        "--style",
        help="a bukva.toml (default: the nearest one, from each file's "
        "folder upward, or [tool.bukva] in a pyproject.toml)",
    )
    chk.add_argument(
        "--fix",
        action="store_true",
        help="apply the safe fixes (.md/.txt in place, .docx into NAME.bukva.docx)",
    )
    chk.add_argument("--diff", action="store_true", help="show what --fix would change")
    chk.add_argument("--no-backup", action="store_true", help="with --fix, keep no FILE~ copy")
    chk.add_argument("--output-format", choices=["text", "json", "sarif"], default="text")
    chk.add_argument("--select", help="only these rules (prefixes, comma-separated: ru,zh.wade)")
    chk.add_argument("--ignore", help="not these rules")
    chk.set_defaults(func=cmd_check)

    mrc = sub.add_parser("marc", help="romanized partners for 880 fields (or --verify them)")
    mrc.add_argument("input", help="a .mrc (MARC 21, UTF-8 or MARC-8) or MARC XML file")
    mrc.add_argument("--out", help="where to write (.mrc or .xml)")
    mrc.add_argument(
        "--verify",
        action="store_true",
        help="compare the romanized fields with their 880 partners; write nothing",
    )
    mrc.add_argument(
        "--overwrite", action="store_true", help="replace romanized fields the record already has"
    )
    mrc.add_argument("--style", help="a house style (default: ALA-LC, MARC half-mark ties)")
    mrc.add_argument("--option", "-O", action="append", default=[], metavar="KEY=VALUE")
    _batch_flags(mrc)
    mrc.set_defaults(func=cmd_marc)

    bat = sub.add_parser("batch", help="romanize columns of a CSV or keys of a JSONL file")
    bat.add_argument("input", help="a .csv or .jsonl file")
    bat.add_argument("--columns", required=True, help="columns (keys) to romanize, comma-separated")
    bat.add_argument("--out", help="where to write (default: standard output)")
    bat.add_argument("--lang", default="auto")
    bat.add_argument("--system", default=None)
    bat.add_argument("--option", "-O", action="append", default=[], metavar="KEY=VALUE")
    bat.add_argument("--style", help="a house style")
    bat.add_argument("--suffix", default="_latn", help="new column = column + suffix (_latn)")
    bat.add_argument("--in-place", action="store_true", help="replace the columns instead")
    _batch_flags(bat)
    bat.set_defaults(func=cmd_batch)

    conv = sub.add_parser("convert", help="convert romanized Chinese names between systems")
    conv.add_argument("text", nargs="*", help="text, files, or - for standard input")
    conv.add_argument(
        "--from", dest="source", required=True, help="wade-giles, palladius, czech, yale or pinyin"
    )
    conv.add_argument("--to", dest="target", default="pinyin", help="default pinyin")
    conv.set_defaults(func=cmd_convert)

    rd = sub.add_parser("readings", help="the pinyin reading of every Chinese character")
    rd.add_argument("text", nargs="*", help="text, files, or - for standard input")
    rd.add_argument("--format", choices=["text", "json"], default="text")
    rd.set_defaults(func=cmd_readings)

    srv = sub.add_parser("serve", help="the REST API and the web page")
    srv.add_argument("--host", default="127.0.0.1")
    srv.add_argument("--port", type=int, default=8000)
    srv.set_defaults(func=cmd_serve)

    sysp = sub.add_parser("systems", help="list the romanization systems")
    sysp.add_argument("--lang", default=None)
    sysp.add_argument("--format", choices=["text", "json"], default="text")
    sysp.set_defaults(func=cmd_systems)
    return parser


def _version() -> str:
    from .. import __version__

    return f"bukva {__version__}"


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if getattr(args, "lang", None) == "auto" and getattr(args, "reverse", False):
        args.lang = "ru"
    try:
        return args.func(args)
    except BukvaError as exc:
        print(f"bukva: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except FileNotFoundError as exc:
        print(f"bukva: error: no such file: {exc.filename}", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
