"""Romanize the same multi-megabyte Russian text with bukva and its peers; print chars/s.

Run: python benchmarks/bench_cyrillic.py [--chars 4000000] [--repeat 5]

Peers: iuliia (ALA_LC scheme), PyICU (Russian-Latin/BGN), unidecode, anyascii, cyrtranslit.
Each is timed on the identical string, ``repeat`` times, interleaved; the median is reported.
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
    funcs = peers()
    for f in funcs.values():  # warm up: compile tables, load libraries
        f(text[:1000])
    times: dict[str, list[float]] = {name: [] for name in funcs}
    for _ in range(args.repeat):
        for name, f in funcs.items():
            t0 = time.perf_counter()
            f(text)
            times[name].append(time.perf_counter() - t0)
    rate = {name: len(text) / statistics.median(ts) for name, ts in times.items()}
    ours = rate["bukva ala-lc"]
    print(f"text: {len(text):,} characters of Russian; median of {args.repeat} runs each\n")
    print(f"| {'tool':26} | {'M chars/s':>9} | {'bukva ala-lc ÷ tool':>19} |")
    print(f"|{'-' * 28}|{'-' * 11}:|{'-' * 21}:|")
    for name, r in sorted(rate.items(), key=lambda kv: -kv[1]):
        print(f"| {name:26} | {r / 1e6:9.2f} | {ours / r:18.2f}× |")


if __name__ == "__main__":
    main()
