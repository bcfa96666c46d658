"""Romanize the same multi-megabyte Russian text with bukva and its peers; print chars/s.

Run: python benchmarks/bench_cyrillic.py [--chars 4000000] [--repeat 5]

Peers: iuliia (ALA_LC scheme), PyICU (Russian-Latin/BGN), unidecode, anyascii, cyrtranslit.
Each is timed on the identical text, ``repeat`` times, interleaved; the median is reported, two
ways: one call per paragraph (about 840 characters; what a document or catalog pipeline does)
and one call for the whole text. PyICU slows down on very long strings (0.13 M chars/s on 4 M
characters, about 5 M per paragraph), which is why both are shown.
"""

from __future__ import annotations

import argparse
import statistics
import time
import warnings
from collections.abc import Callable

from corpus import russian_text


def peers() -> dict[str, Callable[[str], str]]:
    import bukva

    out: dict[str, Callable[[str], str]] = {
        "bukva ala-lc": lambda t: bukva.romanize(t, lang="ru", system="ala-lc"),
        "bukva bgn-pcgn": lambda t: bukva.romanize(t, lang="ru", system="bgn-pcgn"),
    }
    try:
        import iuliia

        warnings.simplefilter("ignore", DeprecationWarning)
        out["iuliia ALA_LC"] = iuliia.ALA_LC.translate
    except ImportError:
        pass
    try:
        import icu

        bgn = icu.Transliterator.createInstance("Russian-Latin/BGN")
        out["PyICU Russian-Latin/BGN"] = bgn.transliterate
    except ImportError:
        pass
    try:
        from unidecode import unidecode

        out["unidecode"] = unidecode
    except ImportError:
        pass
    try:
        from anyascii import anyascii

        out["anyascii"] = anyascii
    except ImportError:
        pass
    try:
        import cyrtranslit

        out["cyrtranslit ru"] = lambda t: cyrtranslit.to_latin(t, "ru")
    except ImportError:
        pass
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--chars", type=int, default=4_000_000)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    text = russian_text(args.chars)
    paragraphs = text.split("\n")
    funcs = peers()
    for f in funcs.values():  # warm up: compile tables, load libraries
        f(text[:1000])
    modes: dict[str, Callable[[Callable[[str], str]], object]] = {
        "per paragraph": lambda f: [f(p) for p in paragraphs],
        "whole text": lambda f: f(text),
    }
    times = {(mode, name): [] for mode in modes for name in funcs}
    for _ in range(args.repeat):
        for mode, run in modes.items():
            for name, f in funcs.items():
                t0 = time.perf_counter()
                run(f)
                times[mode, name].append(time.perf_counter() - t0)
    rate = {key: len(text) / statistics.median(ts) for key, ts in times.items()}
    print(
        f"text: {len(text):,} characters of Russian in {len(paragraphs):,} paragraphs; "
        f"median of {args.repeat} runs each\n"
    )
    print(
        "| tool | per paragraph, M chars/s | bukva ala-lc ÷ tool | whole text, M chars/s "
        "| bukva ala-lc ÷ tool |"
    )
    print("|---|---:|---:|---:|---:|")
    para = {name: rate["per paragraph", name] for name in funcs}
    whole = {name: rate["whole text", name] for name in funcs}
    for name in sorted(funcs, key=lambda n: -para[n]):
        print(
            f"| {name} | {para[name] / 1e6:.2f} | {para['bukva ala-lc'] / para[name]:.2f}× "
            f"| {whole[name] / 1e6:.2f} | {whole['bukva ala-lc'] / whole[name]:.2f}× |"
        )


if __name__ == "__main__":
    main()
