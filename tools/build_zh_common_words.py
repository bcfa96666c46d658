"""Ordinary words that jieba's dictionary tags as names (明白, 陆军, 卫星, 朴素 ... all ``nr``).

jieba's part-of-speech tags come from a corpus where many common words were tagged as personal
or place names; taken at their word, bukva would write 陆军 as "Lu Jun". A word is kept here
when jieba tags it ``nr``/``nrfg``/``nrt``/``ns`` and CC-CEDICT lists it as an ordinary word:
in CC-CEDICT's phrases (as pypinyin-dict ships them) but not among its proper nouns (capitalised
pinyin). The romanizers then treat it as a word, not a name.

Licence of the output: CC BY-SA 4.0, as CC-CEDICT (mdbg.net); the file says so in its header.

Run: python tools/build_zh_common_words.py \
         ../shared/data/cedict-proper-nouns/cedict_proper_nouns.tsv \
         src/bukva/data/zh-common-words.txt
(needs jieba and pypinyin-dict: pip install -e '.[bench]')
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

import jieba
from pypinyin_dict.phrase_pinyin_data import cc_cedict

HAN = re.compile(r"^[\u3400-\u9fff]{2,4}$")
NAME_TAGS = {"nr", "nrfg", "nrt", "ns"}
GENERIC_END = ("市", "县", "區", "区", "省", "州", "镇", "乡", "旗", "地区")  # a place, not a word


def _named_place(word: str) -> bool:
    """A place's name and its generic (资源县, 上虞市, 开县: one-character county names are
    common), not an ordinary word that ends like one (城市 "city", 城镇, 重镇, 内省)."""
    generic = next(g for g in GENERIC_END if word.endswith(g))
    return len(word) - len(generic) >= 2 or generic == "县"


def main(proper_nouns: str, out: str) -> None:
    with open(proper_nouns, encoding="utf-8") as f:
        proper = {
            row[k]
            for row in csv.DictReader(f, delimiter="\t")
            for k in ("simplified", "traditional")
        }
    ordinary = set(cc_cedict.phrases_dict) - proper
    words = []
    dictionary = Path(jieba.__file__).parent / "dict.txt"
    for line in dictionary.read_text("utf-8").splitlines():
        word, _, tag = line.split(" ")
        if tag == "ns" and word.endswith(GENERIC_END) and _named_place(word):
            continue  # CC-CEDICT lists some counties under their short name only
        if tag in NAME_TAGS and HAN.match(word) and word in ordinary:
            words.append(word)
    with open(out, "w", encoding="utf-8") as f:
        f.write("# Ordinary words jieba's dictionary tags as names; CC-CEDICT (mdbg.net) lists\n")
        f.write("# them as ordinary words. Licence CC BY-SA 4.0, as CC-CEDICT.\n")
        f.write("# Built by tools/build_zh_common_words.py.\n")
        for word in sorted(set(words)):
            f.write(word + "\n")
    print(f"{len(set(words))} words written to {out}")


if __name__ == "__main__":
    main(*sys.argv[1:3])
