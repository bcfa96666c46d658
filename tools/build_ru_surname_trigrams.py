"""Letter trigrams of Russian surnames, to tell a reading that could be a Russian surname
from one that could not (Харин could; Цолин, Бледдын, Гоодвин could not).

Source: the OpenCorpora dictionary (CC BY-SA 3.0, opencorpora.org) as the pymorphy3-dicts-ru
package ships it: every word form tagged Surn, nominative singular, masculine or feminine.
The output has the format of the character models (``data/ru-charlm.json``, read by
``bukva.languages.charmodel.trigram_counts``): each trigram of a surname padded ^^name$, and how
many surnames hold it. Licence of the output: CC BY-SA 3.0, as OpenCorpora.

With ``--words TARGET``, the trigrams of the dictionary's words (their normal forms, padded
the same way) and how many words hold each go to TARGET too: the letter sequences Russian writes
at all (Кошляков's шл, Зазерская's заз, rare in surnames, common in words).

Run: python tools/build_ru_surname_trigrams.py src/bukva/data/ru-surnames-trigrams.json \
    --words src/bukva/data/ru-words-trigrams.json
(iterating the dictionary takes about two minutes)
"""

from __future__ import annotations

import argparse
import json
from collections import Counter

import pymorphy3


def _trigrams(words: set[str]) -> Counter[str]:
    counts: Counter[str] = Counter()
    for word in words:
        marked = f"^^{word.replace('ё', 'е')}$"
        counts.update({marked[i : i + 3] for i in range(len(marked) - 2)})
    return counts


def _write(target: str, counts: Counter[str], about: str) -> None:
    with open(target, "w", encoding="utf-8") as f:
        json.dump({"about": about, "trigrams": dict(sorted(counts.items()))}, f, ensure_ascii=False)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("target")
    ap.add_argument("--words", help="also the trigrams of the dictionary's words, to this file")
    args = ap.parse_args()
    morph = pymorphy3.MorphAnalyzer()
    surnames: set[str] = set()
    words: set[str] = set()
    for word, tag, normal, _, _ in morph.dictionary.iter_known_words():
        if "Surn" in tag and "nomn" in tag and "sing" in tag and ("masc" in tag or "femn" in tag):
            surnames.add(word)
        if args.words and word == normal and normal.isalpha():
            words.add(normal)
    source = "Source: OpenCorpora (CC BY-SA 3.0, opencorpora.org) via pymorphy3-dicts-ru"
    counts = _trigrams(surnames)
    _write(
        args.target,
        counts,
        f"Letter trigrams of {len(surnames):,} Russian surnames (padded ^^name$) and how many "
        f"surnames hold each. {source}; built by tools/build_ru_surname_trigrams.py.",
    )
    print(f"{len(counts):,} trigrams of {len(surnames):,} surnames written to {args.target}")
    if args.words:
        counts = _trigrams(words)
        _write(
            args.words,
            counts,
            f"Letter trigrams of the {len(words):,} words of the Russian dictionary in their "
            f"normal forms (padded ^^word$) and how many words hold each. {source}; built by "
            "tools/build_ru_surname_trigrams.py --words.",
        )
        print(f"{len(counts):,} trigrams of {len(words):,} words written to {args.words}")


if __name__ == "__main__":
    main()
