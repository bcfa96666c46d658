"""How often each toneless pinyin spelling is a Chinese word or name: data/zh-attested.tsv.

For the checker's reading of Wade-Giles with its aspiration marks lost (Hung-chi: hongji, or
hung-ch'i, hongqi?): bukva.chinese.attested looks spellings up here. Kept: jieba's dictionary
words of two to four Han characters it counts SEEN_COUNT (100) times or more, each spelled as
pypinyin reads the whole word, with jieba's count; CC-CEDICT's persons and places as bukva
ships them (data/zh-cedict-names.tsv, its terms aside), with jieba's count of the name or
SEEN_COUNT where it has none. One line per spelling: its highest count.

Sources: jieba's dictionary (MIT), pypinyin's readings (MIT), CC-CEDICT (mdbg.net, CC BY-SA
4.0: share-alike applies to this file, which says so in its header).

Run: python tools/build_zh_attested.py src/bukva/data/zh-attested.tsv
"""

from __future__ import annotations

import sys

from pypinyin import Style, lazy_pinyin

from bukva.chinese.attested import key
from bukva.chinese.lexicons import cedict_names
from bukva.chinese.script import is_han
from bukva.chinese.tagger import SEEN_COUNT, dictionary
from table_file import write_table


def counts() -> dict[str, int]:
    """Spelling → the highest count of a word or name so spelled."""
    freq = dictionary()[0].FREQ
    out: dict[str, int] = {}

    def add(word: str, n: int) -> None:
        spelled = key("".join(lazy_pinyin(word, style=Style.NORMAL, v_to_u=True)))
        if out.get(spelled, 0) < n:
            out[spelled] = n

    for word, n in freq.items():
        if n >= SEEN_COUNT and 2 <= len(word) <= 4 and all(map(is_han, word)):
            add(word, n)
    for hanzi, (role, _readings, _sizes) in cedict_names().items():
        if role != "term" and all(map(is_han, hanzi)):
            add(hanzi, max(freq.get(hanzi, 0), SEEN_COUNT))
    return out


def main(out: str) -> None:
    table = counts()
    header = (
        "Toneless pinyin spellings of Chinese words and names, with how often they occur.",
        "Built by tools/build_zh_attested.py from jieba's dictionary (MIT), pypinyin (MIT)",
        "and CC-CEDICT (mdbg.net), licence CC BY-SA 4.0. spelling, count.",
    )
    write_table(out, header, ((spelled, table[spelled]) for spelled in sorted(table)))
    print(f"{len(table)} spellings", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1])
