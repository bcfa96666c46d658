"""Build the Russian character trigram counts that rank reverse candidates.

Sources (both in ../shared/data, cited in the output file):
- Wikidata person names, Russian labels (CC0), via Merhav & Ash 2018 (wd_russian_80): only the
  development half (pairs whose English word has an even CRC-32, the split of
  ``benchmarks/eval_names.py``), so that the held-out half's Cyrillic stays unseen;
- GeoNames city names in Russia, Cyrillic alternates (CC BY 4.0, attribution: GeoNames).

Run: python tools/build_charlm.py ../shared/data src/bukva/data/ru-charlm.json
"""

from __future__ import annotations

import csv
import json
import math
import re
import sys
import zlib
from collections import Counter
from pathlib import Path

RUSSIAN = re.compile(r"^[а-яё]+$")


def words(shared: Path):
    with open(shared / "wikidata-person-names" / "wd_russian_80", encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) != 3 or zlib.crc32(parts[0].encode()) % 2:
                continue  # malformed, or held out
            word = parts[1].replace(" ", "")
            if RUSSIAN.match(word):
                # log weight: a name seen 1,000 times should not drown the rest
                yield word, 1 + int(math.log(int(parts[2])))
    with open(shared / "geonames-places" / "subset_RU_CN_TW_HK_MO.tsv", encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            if row["countrycode"] != "RU":
                continue
            for name in row["cyrillic_alternates"].split(" | "):
                for word in re.split(r"[\s\-]+", name.lower()):
                    if RUSSIAN.match(word):
                        yield word, 1


def main(shared: str, out: str) -> None:
    trigrams: Counter[str] = Counter()
    for word, weight in words(Path(shared)):
        padded = "^^" + word + "$"
        for i in range(len(padded) - 2):
            trigrams[padded[i : i + 3]] += weight
    data = {
        "about": "Character trigram counts of Russian names. Built by tools/build_charlm.py from "
        "Wikidata person-name labels (CC0; Merhav & Ash 2018, wd_russian_80, development half) "
        "and GeoNames Russian city names (CC BY 4.0, geonames.org).",
        "trigrams": dict(sorted(trigrams.items())),
    }
    Path(out).write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), "utf-8")
    print(f"{len(trigrams)} trigrams written to {out}")


if __name__ == "__main__":
    main(*sys.argv[1:3])
