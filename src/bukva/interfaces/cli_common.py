"""What the command-line commands share: exit codes, -O options, the house style."""

from __future__ import annotations

import argparse

from ..engine.registry import BukvaError

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def _options(pairs: list[str]) -> dict[str, str]:
    out = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key:
            raise BukvaError(f"--option takes key=value, not {pair!r}")
        out[key.strip()] = value.strip()
    return out


def _house(args: argparse.Namespace):
    if not getattr(args, "style", None):
        return None
    from ..style.house import load_style

    return load_style(args.style)
