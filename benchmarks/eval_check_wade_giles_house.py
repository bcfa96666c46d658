"""The check in a house that writes Chinese in Wade-Giles, on names written by others.

    python benchmarks/eval_check_wade_giles_house.py ../shared/data [--held-out] [--show 10]

House: Wade-Giles for Chinese with the postal list, LC's book form for Russian (the style of
dev-manuscript-38). Each name is put in an English sentence, one sentence a paragraph.

- GeoNames cities of China (geonames-places, CC BY 4.0): every Latin alternate written as
  Wade-Giles (a hyphen or an aspiration apostrophe, one capitalized word: Shen-yang, Ch'ang-ch'un)
  and read by its syllable table is the house's own system or an older name: a finding on it is
  a false alarm, a safe one a wrong fix. The city's pinyin name (Shenyang): how many are
  reported, how many safely, and how many fixes are one of the city's own Latin alternates or
  its postal form in the house's list.
- CC-CEDICT's persons (cedict-proper-nouns, CC BY-SA 4.0) in pinyin, as
  eval_check_pinyin_names.py reads them: how many are reported (the gazetteer's names of the
  period are), and whether each fix, put back in the sentence, is left alone (a fix that the
  check would report again is no house form).

Split as eval_names.py splits (a hash of the city's id or the name: even development, odd held
out); only the development half was read while building.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eval_check_pinyin_names import cedict_persons
from eval_names import _held_out

STYLE = {
    "ru": "ala-lc-book",
    "zh": "wade-giles",
    "include": ["familiar-russian", "familiar-chinese", "postal-chinese"],
}
SENTENCE = "In 1950 the delegation passed through {}."


def cities(folder: Path, held: bool) -> list[tuple[str, list[str], list[str]]]:
    """(pinyin name, Wade-Giles alternates, all Latin alternates) of each city in the half: an
    alternate every syllable of which Wade-Giles reads (no Czech An-šan, no Yale Bau-tau)."""
    from bukva.chinese.tables import parse, table

    out = []
    rows = (folder / "geonames-places" / "subset_RU_CN_TW_HK_MO.tsv").read_text("utf-8")
    for line in rows.splitlines()[1:]:
        parts = line.split("\t")
        if parts[1] != "CN" or len(parts) < 7 or _held_out(parts[0]) != held:
            continue
        latin = [a for a in parts[6].split(" | ") if a]
        wade = [
            a
            for a in latin
            if ("-" in a or "'" in a or "’" in a)
            and a[:1].isupper()
            and " " not in a
            and parse(a, table("wade-giles")) is not None
        ]
        out.append((parts[2], wade, latin))
    return out


def _findings(check_text, names: list[str], pattern: str) -> dict[str, list]:
    """Each name's findings in its own paragraph."""
    text = "\n\n".join(pattern.format(n) for n in names)
    out: dict[str, list] = {n: [] for n in names}
    starts, at = [], 0
    for n in names:
        starts.append(at)
        at += len(pattern.format(n)) + 2
    import bisect

    for f in check_text(text, STYLE):
        k = bisect.bisect_right(starts, f.start) - 1
        out[names[k]].append(f)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("data", type=Path)
    ap.add_argument("--held-out", action="store_true")
    ap.add_argument("--show", type=int, default=10)
    args = ap.parse_args()
    from bukva.checker.check import check_text
    from bukva.style.house import as_style

    half = "held out" if args.held_out else "development"
    postal = {e.form for e in as_style(STYLE).exceptions.values()}
    rows = cities(args.data, args.held_out)
    wade = sorted({a for _, w, _ in rows for a in w})
    found = _findings(check_text, wade, SENTENCE)
    false = [f for fs in found.values() for f in fs]
    print(f"GeoNames cities of China ({half}): {len(wade)} Wade-Giles alternates")
    print(
        f"  findings {len(false)} on {sum(1 for fs in found.values() if fs)} alternates, "
        f"safe {sum(f.safe for f in false)}; by rule "
        f"{dict(Counter(f.rule for f in false).most_common())}"
    )
    for f in false[: args.show]:
        print(f"    {f.rule}: {f.text!r} → {f.fix!r}{'' if f.safe else ' (review)'}")
    names = sorted({name for name, _, _ in rows if name.isascii() and name[:1].isupper()})
    latin = {name: set(lat) for name, _, lat in rows}
    found = _findings(check_text, names, SENTENCE)
    hits = {n: fs[0] for n, fs in found.items() if len(fs) == 1 and fs[0].text == n}
    known = [n for n, f in hits.items() if f.fix in latin[n] or f.fix in postal]
    print(
        f"  their {len(names)} pinyin names: reported {len(hits)}, safe "
        f"{sum(f.safe for f in hits.values())}; the fix one of the city's own alternates or "
        f"the house's postal form {len(known)}"
    )
    for n in [n for n in hits if n not in known][: args.show]:
        print(f"    {hits[n].rule}: {n!r} → {hits[n].fix!r}; alternates {sorted(latin[n])[:6]}")
    persons = [p for p in cedict_persons(args.data) if _held_out(p) == args.held_out]
    pattern = "In 1956 {} met the delegation."
    found = _findings(check_text, persons, pattern)
    fixed = {n: fs[0].fix for n, fs in found.items() if len(fs) == 1 and fs[0].text == n}
    again = _findings(check_text, sorted(set(fixed.values())), pattern)
    unstable = sorted(f for f, fs in again.items() if fs)
    print(
        f"CC-CEDICT persons in pinyin ({half}): {len(persons)}; reported {len(fixed)}, safe "
        f"{sum(f.safe for fs in found.values() for f in fs)}; fixes reported again "
        f"{len(unstable)} {unstable[: args.show]}"
    )


if __name__ == "__main__":
    main()
