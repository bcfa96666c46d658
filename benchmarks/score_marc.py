"""Score catalog romanization field by field on cataloger-keyed MARC 880 pairs.

    python benchmarks/score_marc.py ../shared/data/marc-880-dev

For every pair of pairs.tsv (Wade-Giles-era Chinese rows left out, as its README asks), the
880's text (its subfields joined by spaces, as the set gives them) is romanized by the code path
`bukva marc` uses, `bukva.romanize(text, lang=..., marc_field=TAG)`, and compared with the
cataloger's field: exact (ties in either encoding, NFC) and letters-only. Prints exact % per
language and per tag; --failures lists the rows that differ. --options name_heading/capitalize
scores the older way instead (bukva.romanize with name_heading=true for X00, capitalize=first
for title tags), as figures before marc_field existed were made.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path


def _norm(s: str) -> str:
    from bukva.engine.text import ties_to_combining

    return unicodedata.normalize("NFC", ties_to_combining(unicodedata.normalize("NFC", s))).strip()


def _letters(s: str) -> str:
    return re.sub(r"[^\w]", "", unicodedata.normalize("NFKD", _norm(s)).lower())


NAME_TAGS = {"100", "600", "700", "800"}
TITLE_TAGS = {"130", "240", "242", "245", "246", "247", "440", "490", "730", "740", "830"}


def _romanize(bukva, text: str, lang: str, tag: str, per_tag_options: bool) -> str:
    if not per_tag_options:
        return bukva.romanize(text, lang=lang, system="ala-lc", marc_field=tag)
    options = {}
    if lang == "zh" and tag in NAME_TAGS:
        options["name_heading"] = "true"
    elif lang == "zh" and tag in TITLE_TAGS:
        options["capitalize"] = "first"
    elif lang != "zh":
        options["ties"] = "half-marks"
    return bukva.romanize(text, lang=lang, system="ala-lc", **options)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("folder", type=Path)
    ap.add_argument("--failures", action="store_true")
    ap.add_argument("--options", action="store_true", help="score with per-tag options")
    args = ap.parse_args()
    import bukva
    from bukva.batch.marc import LANGS

    csv.field_size_limit(sys.maxsize)
    with open(args.folder / "pairs.tsv", encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    score: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for r in rows:
        if r["flag"].startswith("wade-giles"):
            continue
        lang = "zh" if r["script"] == "han" else LANGS.get(r["lang"], "auto")
        if r["script"] == "cyr" and lang == "zh":
            lang = "auto"
        group = (
            "Chinese" if r["script"] == "han" else ("Russian" if lang == "ru" else "other Cyrillic")
        )
        try:
            out = _romanize(bukva, r["vernacular"], lang, r["tag"], args.options)
        except Exception as exc:  # a value bukva refuses: counted as a miss
            out = f"<{type(exc).__name__}>"
        exact = _norm(out) == _norm(r["romanized"])
        letters = _letters(out) == _letters(r["romanized"])
        for key in (group, f"{group} {r['tag']}"):
            score[key][0] += 1
            score[key][1] += exact
            score[key][2] += letters
        if args.failures and not exact:
            print(
                f"  {group} {r['tag']}: {r['vernacular'][:60]!r}\n    want {r['romanized'][:80]!r}"
                f"\n    got  {out[:80]!r}"
            )
    for key in sorted(score, key=lambda k: (" " in k, k)):
        n, exact_n, letter_n = score[key]
        print(f"{key:22} {n:4} pairs  exact {exact_n / n:6.1%}  letters only {letter_n / n:6.1%}")


if __name__ == "__main__":
    main()
