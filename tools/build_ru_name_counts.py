"""Build how often Wikidata's persons bear each Russian name word, to choose between readings
the lexicon knows equally well (Михаил over the rare Михайл, Вячеслав over Вятчеслав).

Source: Wikidata person names, English and Russian labels (CC0 1.0), as aligned by Merhav &
Ash, "Design Challenges in Named Entity Transliteration" (COLING 2018), file wd_russian_80 in
../shared/data/wikidata-person-names. Only the development half is counted (pairs whose
English word has an even CRC-32, the split of ``benchmarks/eval_names.py``), so that the
held-out half stays unseen. Words borne twice or more are kept.

Run: python tools/build_ru_name_counts.py ../shared/data src/bukva/data/ru-name-counts.tsv
"""

from __future__ import annotations

import re
import sys
import zlib
from collections import Counter
from pathlib import Path

RUSSIAN = re.compile(r"^[а-яё]+$")
LEAST = 2


def main(shared: Path, out: Path) -> None:
    counts: Counter[str] = Counter()
    source = shared / "wikidata-person-names" / "wd_russian_80"
    for line in source.read_text("utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) != 3 or zlib.crc32(parts[0].encode()) % 2:
            continue  # held out
        word = parts[1].replace(" ", "")
        if RUSSIAN.match(word):
            counts[word] += int(parts[2])
    rows = sorted((w, n) for w, n in counts.items() if n >= LEAST)
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write(
            "# Russian name words and how many Wikidata person labels bear them (CC0 1.0, via\n"
            "# Merhav & Ash 2018, wd_russian_80, development half); tools/build_ru_name_counts.py\n"
        )
        for word, n in rows:
            f.write(f"{word}\t{n}\n")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
