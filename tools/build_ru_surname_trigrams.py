"""Letter trigrams of Russian surnames, to tell a reading that could be a Russian surname
from one that could not (Харин could; Цолин, Бледдын, Гоодвин could not).

Source: the OpenCorpora dictionary (CC BY-SA 3.0, opencorpora.org) as the pymorphy3-dicts-ru
package ships it: every word form tagged Surn, nominative singular, masculine or feminine.
The output has the format of the character models (``data/ru-charlm.json``, read by
``bukva.languages.charmodel.trigram_counts``): each trigram of a surname padded ^^name$, and how
many surnames hold it. Licence of the output: CC BY-SA 3.0, as OpenCorpora.

Run: python tools/build_ru_surname_trigrams.py src/bukva/data/ru-surnames-trigrams.json
(iterating the dictionary takes about two minutes)
"""

from __future__ import annotations

import json
import sys
from collections import Counter

import pymorphy3


def main(target: str) -> None:
    morph = pymorphy3.MorphAnalyzer()
    surnames = {
        word
        for word, tag, _, _, _ in morph.dictionary.iter_known_words()
        if "Surn" in tag and "nomn" in tag and "sing" in tag and ("masc" in tag or "femn" in tag)
    }
    counts: Counter[str] = Counter()
    for name in surnames:
        marked = f"^^{name.replace('ё', 'е')}$"
        counts.update({marked[i : i + 3] for i in range(len(marked) - 2)})
    about = (
        f"Letter trigrams of {len(surnames):,} Russian surnames (padded ^^name$) and how many "
        "surnames hold each. Source: OpenCorpora (CC BY-SA 3.0, opencorpora.org) via "
        "pymorphy3-dicts-ru; built by tools/build_ru_surname_trigrams.py."
    )
    with open(target, "w", encoding="utf-8") as f:
        json.dump({"about": about, "trigrams": dict(sorted(counts.items()))}, f, ensure_ascii=False)
    print(f"{len(counts):,} trigrams of {len(surnames):,} surnames written to {target}")


if __name__ == "__main__":
    main(sys.argv[1])
