"""Two country syllables that are one word, not a pair of countries (西藏 Xizang, 华中 Huazhong).

Both ALA-LC and GB/T 16159 write a pair of one-syllable country names apart or hyphenated and
capitalized (中苏 Zhong Su, Zhong-Su). Some two-character words are made of those syllables and
are no pair: CC-CEDICT writes them with a small second syllable (西藏 Xi1 zang4, 华中 Hua2
zhong1, 汉朝 Han4 chao2, 苏俄 Su1 e2) where it writes a pair with two capitals (中日 Zhong1 Ri4,
满汉 Man3 Han4). A word is kept here when every CC-CEDICT entry for it has a small second
syllable.

Licence of the output: CC BY-SA 4.0, as CC-CEDICT (mdbg.net); the file says so in its header.

Run: python tools/build_zh_country_words.py \
         ../shared/data/cedict-proper-nouns/cedict_proper_nouns.tsv \
         src/bukva/data/zh-catalog.toml src/bukva/data/zh-country-words.txt
"""

from __future__ import annotations

import csv
import sys
import tomllib


def main(proper_nouns: str, catalog: str, out: str) -> None:
    with open(catalog, "rb") as f:
        chars = set(tomllib.load(f)["countries"]["chars"])
    capitals: dict[str, list[bool]] = {}
    with open(proper_nouns, encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            syllables = row["pinyin_numbered"].split()
            for key in ("simplified", "traditional"):
                word = row[key]
                if len(word) == 2 == len(syllables) and word[0] != word[1]:
                    capitals.setdefault(word, []).append(syllables[1][:1].isupper())
    words = sorted(
        w for w, caps in capitals.items() if all(c in chars for c in w) and not any(caps)
    )
    with open(out, "w", encoding="utf-8") as f:
        f.write("# Words of two country syllables CC-CEDICT writes as one word (西藏 Xi1 zang4),\n")
        f.write("# not a pair of countries. Licence CC BY-SA 4.0, as CC-CEDICT (mdbg.net).\n")
        f.write("# Built by tools/build_zh_country_words.py.\n")
        for word in words:
            f.write(word + "\n")
    print(f"{len(words)} words written to {out}")


if __name__ == "__main__":
    main(*sys.argv[1:4])
