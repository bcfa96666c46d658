"""The ``bukva`` command.

Exit codes follow ruff: 0 success, 1 problems found (``check``), 2 an error in the request or
the input, reported in one line.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from ..engine.registry import BukvaError
from .cli_batch import cmd_batch, cmd_marc  # noqa: F401  (commands the parser names)
from .cli_common import EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, _house, _options


def line_col(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of a code-point offset."""
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


MAX_WARNINGS = 20  # of one kind per input; then how many more there were
_told: dict[tuple[str, str], int] = {}


def _warn(label: str, text: str, warnings: list[Any], lines_before: int = 0) -> None:
    for w in warnings:
        seen = _told[(label, w.code)] = _told.get((label, w.code), 0) + 1
        if seen > MAX_WARNINGS:
            continue
        line, col = line_col(text, w.start)
        where = f"{label}:{line + lines_before}:{col}: " if w.end > w.start else ""
        print(f"bukva: warning: {where}{w.message}", file=sys.stderr)


def cmd_romanize(args: argparse.Namespace) -> int:
    from .. import api
    from ..files import atomic_stream
    from .inputs import resolve

    options = _options(args.option)
    style = _house(args)
    if style is None and args.scope != "body":
        raise BukvaError("--scope needs --style (the house style whose scopes it names)")
    sources = resolve(args.text, as_text=args.as_text)
    if args.marc_field:
        if args.reverse:
            raise BukvaError("--marc-field romanizes; it cannot be used with --reverse")
        chunks = [
            api.romanize(
                line,
                lang=args.lang,
                system=args.system,
                marc_field=args.marc_field,
                style=style,
                **options,
            )
            + "\n"
            for src in sources
            for line in src.read().splitlines()
        ]
        _emit(args.output, chunks)
        return EXIT_OK
    if args.format == "json" or args.reverse:
        results = []
        for src in sources:
            kwargs = {"style": style, "scope": args.scope} if style and not args.reverse else {}
            result = api.transliterate(
                src.read(),
                lang=args.lang,
                system=args.system,
                reverse=args.reverse,
                **kwargs,
                **options,
            )
            results.append((src.label, result))
        if args.format == "json":
            payload: Any = [dict(r.to_dict(), input=label) for label, r in results]
            rendered = json.dumps(
                payload[0] if len(payload) == 1 else payload, ensure_ascii=False, indent=2
            )
            chunks = [rendered + "\n"]
        else:
            for label, r in results:
                _warn(label, r.source, list(r.warnings))
            chunks = [r.text if r.text.endswith("\n") else r.text + "\n" for _, r in results]
        _emit(args.output, chunks)
        return EXIT_OK

    def romanized():
        for src in sources:
            yield from _romanized_source(src, args, style, options)

    if args.output:
        with atomic_stream(args.output, "w", encoding="utf-8", newline="") as f:
            for piece in romanized():
                f.write(piece)
    else:
        for piece in romanized():
            sys.stdout.write(piece)
    return EXIT_OK


def _romanized_source(src, args: argparse.Namespace, style, options: dict[str, str]):
    """The romanization of one input, a piece at a time, its warnings on standard error."""
    from ..streaming import romanize_pieces

    where = {"before": 0, "text": ""}

    def texts():
        for text, before in src.pieces(checked_first=not args.output):
            where["before"], where["text"] = before, text
            yield text

    last = ""
    for out, notices in romanize_pieces(
        texts(), args.lang, args.system, style=style, scope=args.scope, **options
    ):
        _warn(src.label, where["text"], notices, where["before"])
        if out:
            last = out
            yield out
    if not last.endswith("\n"):
        yield "\n"
    for (label, code), seen in _told.items():
        if label == src.label and seen > MAX_WARNINGS:
            print(
                f"bukva: warning: {label}: {seen - MAX_WARNINGS:,} more warnings like these "
                f"({code}) not shown",
                file=sys.stderr,
            )


def _emit(output: str | None, chunks: list[str]) -> None:
    if output:
        from ..files import atomic_write

        atomic_write(output, "".join(chunks))
    else:
        sys.stdout.write("".join(chunks))


def _texts(items: list[str], as_text: bool = False) -> list[tuple[str, str]]:
    from .inputs import resolve

    return [(src.label, src.read()) for src in resolve(items, as_text)]


def cmd_convert(args: argparse.Namespace) -> int:
    from .. import api

    for _label, text in _texts(args.text, args.as_text):
        if args.format == "json":  # the text and each name the gazetteer converted, sourced
            out, changes = api.convert_explained(text, args.source, args.target)
            print(json.dumps({"text": out, "changes": changes}, ensure_ascii=False))
            continue
        out = api.convert(text, args.source, args.target)
        sys.stdout.write(out if out.endswith("\n") else out + "\n")
    return EXIT_OK


def cmd_readings(args: argparse.Namespace) -> int:
    from .. import api

    for _label, text in _texts(args.text, args.as_text):
        marks = api.readings(text)
        if args.format == "json":
            print(json.dumps(marks, ensure_ascii=False))
        else:
            print(" ".join(r or ch for ch, r in zip(text, marks, strict=True) if not ch.isspace()))
    return EXIT_OK


def _rule_prefixes(value: str | None, flag: str) -> tuple[str, ...]:
    """The rule prefixes of --select/--ignore, each matching some rule, or a BukvaError."""
    from ..checker.rules import RULES

    if not value:
        return ()
    prefixes = tuple(x.strip() for x in value.split(",") if x.strip())
    for prefix in prefixes:
        if not any(rule.startswith(prefix) for rule in RULES):
            raise BukvaError(
                f"{flag}: no rule is named {prefix!r} or starts with it; the rules are: "
                + ", ".join(sorted(RULES))
            )
    return prefixes


def _filtered(findings: list, args: argparse.Namespace) -> list:
    if args.min_confidence:
        findings = [f for f in findings if f.confidence >= args.min_confidence]
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

    _rule_prefixes(args.select, "--select")
    _rule_prefixes(args.ignore, "--ignore")
    style = load_style(args.style) if args.style else None
    docs, findings = check_paths(args.paths, style, strict=args.strict)
    findings = _filtered(findings, args)
    if args.diff:
        for doc in docs:
            sys.stdout.write(fixing.diff(doc, findings))
        return EXIT_FINDINGS if fixing.fixes_for(findings) else EXIT_OK
    if args.fix:
        written = []
        for doc in docs:
            target, count = fixing.apply(doc, findings, backup=not args.no_backup, force=args.force)
            copy = doc.path.with_name(doc.path.stem + ".bukva.docx")
            written.append(target or (copy if doc.kind == "docx" and copy.exists() else doc.path))
            if target is not None:
                print(f"bukva: fixed {count} in {target}", file=sys.stderr)
        # what is left: the fixed files checked again
        docs, findings = check_paths(written, style, strict=args.strict)
        findings = _filtered(findings, args)
    if args.output_format == "json":
        sys.stdout.write(as_json(findings, [str(d.path) for d in docs]))
    elif args.output_format == "sarif":
        sys.stdout.write(as_sarif(findings))
    else:
        as_text(findings, _console())
    return EXIT_FINDINGS if findings else EXIT_OK


def cmd_serve(args: argparse.Namespace) -> int:
    try:
        import uvicorn

        from .web.app import SLOTS, create_app
    except ImportError:
        raise BukvaError("bukva serve needs the web extra: pip install 'bukva[web]'") from None
    import socket

    try:  # find a busy port before saying anything is served
        with socket.create_server((args.host, args.port)):
            pass
    except OSError as exc:
        raise BukvaError(
            f"cannot serve on {args.host}:{args.port}: {exc.strerror or exc} "
            "(another program may be using the port; try --port)"
        ) from None
    print(f"bukva: serving on http://{args.host}:{args.port}/", file=sys.stderr)
    uvicorn.run(
        create_app(args.time_limit, args.slots or SLOTS),
        host=args.host,
        port=args.port,
        log_level="warning",
        server_header=False,
    )
    return EXIT_OK


def cmd_systems(args: argparse.Namespace) -> int:
    from .. import api

    infos = api.systems(args.lang)
    if not infos:
        from ..engine.registry import languages

        raise BukvaError(
            f"no systems for language {args.lang!r}; bukva knows: {', '.join(languages())}"
        )
    if args.format == "json":
        print(json.dumps([i.to_dict() for i in infos], ensure_ascii=False, indent=2))
        return EXIT_OK
    rows = []
    for info in sorted(infos, key=lambda i: (i.languages[0], i.id)):
        opts = ", ".join(f"{k}={'|'.join(v['choices'])}" for k, v in info.options.items())
        rows.append(
            (" ".join(info.languages), info.id, info.name, "yes" if info.reversible else "no", opts)
        )
    header = ("language", "system", "name", "reversible", "options")
    if not sys.stdout.isatty():  # piped: whole cells, tab-separated, never cut
        for row in (header, *rows):
            print("\t".join(row))
        return EXIT_OK
    from rich.table import Table

    table = Table(title="bukva systems", show_lines=False)
    for col in header:
        table.add_column(col, overflow="fold")
    for row in rows:
        table.add_row(*row)
    _console().print(table)
    return EXIT_OK


def _console():
    """rich's console: on a terminal its width; piped, never cut or wrapped."""
    from rich.console import Console

    if sys.stdout.isatty():
        return Console(highlight=False)
    return Console(highlight=False, width=100_000, soft_wrap=True, no_color=True)


def main(argv: list[str] | None = None) -> int:
    from . import cli_parser

    parser = cli_parser.build_parser(sys.modules[__name__])
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
    except PermissionError as exc:
        print(f"bukva: error: {exc.filename}: permission denied", file=sys.stderr)
        return EXIT_ERROR
    except OSError as exc:
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"bukva: error: {where}{exc.strerror or exc}", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
