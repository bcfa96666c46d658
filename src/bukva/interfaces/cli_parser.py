"""The ``bukva`` command's arguments: one subcommand each, with its flags and help."""

from __future__ import annotations

import argparse
import sys
from typing import Any

EXIT_ERROR = 2


class _Parser(argparse.ArgumentParser):
    commands: frozenset[str] = frozenset()  # the subcommands, on the top-level parser

    def error(self, message: str) -> None:  # one line, exit 2
        name = self.prog
        if name == "bukva":  # the top level reports a subcommand's unknown flags too
            given = next((a for a in sys.argv[1:] if not a.startswith("-")), None)
            name = f"bukva {given}" if given in self.commands else "bukva"
        self.exit(EXIT_ERROR, f"bukva: error: {message} (see '{name} --help')\n")


def _batch_flags(p: argparse.ArgumentParser) -> None:
    p.add_argument("--dask", help="local (a LocalCluster here) or tcp://host:8786 (a scheduler)")
    p.add_argument("--workers", type=int, default=2, help="workers of --dask local (2)")
    p.add_argument("--quiet", action="store_true", help="no progress")


def build_parser(commands: Any) -> argparse.ArgumentParser:
    """The parser; ``commands`` is the module with the cmd_* functions."""
    parser = _Parser(
        prog="bukva",
        description="Romanize Russian and Chinese as scholars, editors and librarians do, and "
        "check manuscripts and catalogs against a house style. Exit codes: 0 success, 1 "
        "findings (check, marc --verify), 2 an error in the request or the input.",
    )
    parser.add_argument("--version", action="version", version=_version())
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    rom = sub.add_parser("romanize", help="romanize text or files (or write them back, --reverse)")
    rom.add_argument(
        "text",
        nargs="*",
        help="text, files (a name that exists, or @NAME), or - for standard input",
    )
    rom.add_argument(
        "--text", dest="as_text", action="store_true", help="the arguments are text, never files"
    )
    rom.add_argument(
        "--lang",
        default="auto",
        help="ru, uk, be, bg, sr, mk, zh, or auto (Hanzi mean zh; a Cyrillic language is "
        "guessed from the letters; default)",
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
    rom.add_argument(
        "--marc-field",
        metavar="TAG",
        help="romanize each line as this MARC field's text, as 'bukva marc' does (245, 245c, 100)",
    )
    rom.set_defaults(func=commands.cmd_romanize)

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
    chk.add_argument(
        "--force", action="store_true", help="with --fix, fix read-only files too (mode 0444)"
    )
    chk.add_argument("--output-format", choices=["text", "json", "sarif"], default="text")
    chk.add_argument("--select", help="only these rules (prefixes, comma-separated: ru,zh.wade)")
    chk.add_argument(
        "--strict",
        action="store_true",
        help="report inside quotations, titles, glosses, credited names and other languages "
        "too (as review items, never fixed)",
    )
    chk.add_argument(
        "--min-confidence",
        type=float,
        default=0.0,
        metavar="X",
        help="report only findings at least this sure (0-1); --fix applies only those at 0.9+",
    )
    chk.add_argument("--ignore", help="not these rules")
    chk.set_defaults(func=commands.cmd_check)

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
    mrc.add_argument(
        "--encoding",
        choices=["utf-8", "marc8", "same"],
        default="utf-8",
        help="of binary output: utf-8 (leader/09 a; default), marc8, or same (each record as "
        "it came: MARC-8 stays MARC-8)",
    )
    mrc.add_argument("--option", "-O", action="append", default=[], metavar="KEY=VALUE")
    mrc.add_argument(
        "--output-format",
        choices=["text", "json"],
        default="text",
        help="of the --verify report: text (differences, then a summary) or json (every pair)",
    )
    _batch_flags(mrc)
    mrc.set_defaults(func=commands.cmd_marc)

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
    bat.set_defaults(func=commands.cmd_batch)

    conv = sub.add_parser("convert", help="convert romanized Chinese names between systems")
    conv.add_argument("text", nargs="*", help="text, files, or - for standard input")
    conv.add_argument("--text", dest="as_text", action="store_true", help="arguments are text")
    conv.add_argument(
        "--from",
        dest="source",
        default="auto",
        help="wade-giles, palladius, czech, yale, pinyin, or auto (detected; default)",
    )
    conv.add_argument("--to", dest="target", default="pinyin", help="default pinyin")
    conv.add_argument(
        "--format",
        choices=["text", "json"],
        default="text",
        help="json: the text and each name the gazetteer converted, with its source",
    )
    conv.set_defaults(func=commands.cmd_convert)

    rd = sub.add_parser("readings", help="the pinyin reading of every Chinese character")
    rd.add_argument("text", nargs="*", help="text, files, or - for standard input")
    rd.add_argument("--text", dest="as_text", action="store_true", help="arguments are text")
    rd.add_argument("--format", choices=["text", "json"], default="text")
    rd.set_defaults(func=commands.cmd_readings)

    srv = sub.add_parser("serve", help="the REST API and the web page")
    srv.add_argument("--host", default="127.0.0.1")
    srv.add_argument("--port", type=int, default=8000)
    srv.add_argument(
        "--time-limit", type=float, default=30.0, help="seconds of work per request (30)"
    )
    srv.add_argument(
        "--slots", type=int, default=None, help="long requests at once (default: cores, at most 4)"
    )
    srv.set_defaults(func=commands.cmd_serve)

    from .cli_names import add_parser as add_names

    add_names(sub)

    sysp = sub.add_parser("systems", help="list the romanization systems")
    sysp.add_argument("--lang", default=None)
    sysp.add_argument("--format", choices=["text", "json"], default="text")
    sysp.set_defaults(func=commands.cmd_systems)
    parser.commands = frozenset(sub.choices)
    return parser


def _version() -> str:
    from .. import __version__

    return f"bukva {__version__}"
