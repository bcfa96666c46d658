"""Build the phrase lexicon bukva uses to read polyphonic characters in context.

For every phrase of two or more characters that contains a character with more than one reading
(CC-CEDICT's readings, as g2pM ships them, and pypinyin's commonest one where its syllable is
none of those: 壳 ké beside qiào), keep the phrase and the reading of each such
character, in numbered-tone pinyin, and its source: ``p`` for pypinyin's own phrase dictionary
(edited by hand), ``l`` for large_pinyin (collected from dictionaries and the web, with more
slips: 查理 zha, 率众 lü). bukva lets only a ``p`` entry overrule the polyphone network.

Sources: pypinyin's phrase dictionary (MIT, mozillazg/python-pinyin) and pypinyin-dict's
large_pinyin phrase data (MIT, mozillazg/phrase-pinyin-data).

Run: python tools/build_zh_lexicon.py src/bukva/data/zh-phrases.tsv.gz
"""

from __future__ import annotations

import gzip
import os
import pickle
import sys

import g2pM
from pypinyin import phrases_dict
from pypinyin.contrib.tone_convert import to_tone3
from pypinyin_dict.phrase_pinyin_data import large_pinyin


def numbered(syllable: str) -> str:
    return to_tone3(syllable, neutral_tone_with_five=True).replace("v", "ü")


def main(out: str) -> None:
    folder = os.path.dirname(g2pM.__file__)
    with open(os.path.join(folder, "digest_cedict.pkl"), "rb") as f:
        cedict = pickle.load(f)
    from bukva.chinese.readings import _with_commonest

    # several readings, with pypinyin's commonest where the digest lacks its syllable (壳 ké)
    poly = {ch for ch, prons in cedict.items() if len(_with_commonest(ch, tuple(prons))) > 1}
    lexicon: dict[str, str] = {}
    for source, mark in ((phrases_dict.phrases_dict, "p"), (large_pinyin.phrases_dict, "l")):
        for phrase, readings in source.items():
            if phrase in lexicon or len(phrase) < 2 or len(readings) != len(phrase):
                continue
            marks = [
                f"{i}:{numbered(r[0])}"
                for i, ch in enumerate(phrase)
                if ch in poly
                for r in [readings[i]]
            ]
            if marks:
                lexicon[phrase] = "|".join(marks) + "\t" + mark
    with gzip.open(out, "wt", encoding="utf-8", compresslevel=9) as f:
        f.write("# Phrase readings of polyphonic characters. Built by tools/build_zh_lexicon.py\n")
        f.write("# from pypinyin (MIT) and pypinyin-dict large_pinyin (MIT) phrase data.\n")
        f.write("# phrase, position:reading|..., source (p: pypinyin, l: large_pinyin)\n")
        for phrase in sorted(lexicon):
            f.write(f"{phrase}\t{lexicon[phrase]}\n")
    print(f"{len(lexicon)} phrases written to {out}")


if __name__ == "__main__":
    main(sys.argv[1])
