"""The characters Chinese uses to transcribe foreign names, with how typical each one is.

The foreign names are CC-CEDICT's entries (``cedict_proper_nouns.tsv``) of three or more
characters whose pinyin is one word and whose glosses say "(name)" or name a country,
nationality or language other than China's (Volgograd, Russian city; Kliment Voroshilov,
Soviet politician). A character is a transcription character when these names use it at
least ``MIN_COUNT`` times; its weight is the log ratio of its share there to its share among the
characters of jieba's dictionary words (how much more a name's character it is than a word's):
斯 夫 娃 high, 大 生 白 low. Half of the names (by a CRC-32 of the name) are left out of the
count, so that ``benchmarks/eval_zh_transcription.py`` can score recognition on names the
table never saw.

The characters of the standard Russian–Chinese transcription table (``tools/data/
ru-zh-transcription.toml``, Xinhua's 俄汉译音表) that the counted names lack are added with a
count of 0 (so never core characters) and the weight one use would give them: 别 (бе, 别洛夫
Belov) is a transcription character, if far more a word's (别人, 特别) than a name's.

Output licence: CC BY-SA 4.0 (counts from CC-CEDICT, mdbg.net). Run:

    python tools/build_zh_transcription.py \
        ../shared/data/cedict-proper-nouns/cedict_proper_nouns.tsv \
        src/bukva/data/zh-transcription.tsv
"""

from __future__ import annotations

import csv
import math
import re
import sys
import tomllib
import zlib
from collections import Counter
from pathlib import Path

MIN_COUNT = 1  # every character seen; the recognizer sets its own bars (core, edge)
FOREIGN = re.compile(
    r"\(name\)|\b(Russia\w*|Soviet|USSR|Ukrain\w*|Belarus\w*|Kazakh\w*|Georgia\w*|Armenia\w*|"
    r"Poland|Polish|German\w*|France|French|England|English|Scotland|Scottish|Irish|Ireland|"
    r"Italy|Italian|America\w*|US|U\.S\.|USA|Spain|Spanish|Portug\w*|Greece|Greek|Britain|"
    r"British|UK|Brazil\w*|Canad\w*|Mexic\w*|Argentin\w*|Chile\w*|Peru\w*|Cuba\w*|"
    r"Austria\w*|Hungar\w*|Czech\w*|Slovak\w*|Yugoslav\w*|Serbia\w*|Croatia\w*|Bulgaria\w*|"
    r"Romania\w*|Sweden|Swedish|Norw\w*|Denmark|Danish|Finland|Finnish|Dutch|Netherlands|"
    r"Belgi\w*|Swiss|Switzerland|Turk\w*|Iran\w*|Persia\w*|Arab\w*|Egypt\w*|Israel\w*|"
    r"Africa\w*|Nigeria\w*|Ethiopia\w*|Kenya\w*|Australia\w*|Zealand|Europe\w*|Roman|Latin|"
    r"Hebrew|Biblical|Bible)\b"
)


def foreign_names(cedict: str) -> list[str]:
    """CC-CEDICT's foreign names in simplified characters (see the module's docstring)."""
    return sorted(foreign_readings(cedict))


def foreign_readings(cedict: str) -> dict[str, list[str]]:
    """The same names, each with CC-CEDICT's syllables (numbered tones, lower case, ü)."""
    out: dict[str, list[str]] = {}
    with open(cedict, encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            simp, syllables = row["simplified"], row["pinyin_numbered"].split()
            if len(syllables) < 3 or len(syllables) != len(simp):
                continue
            if not all("\u4e00" <= c <= "\u9fff" for c in simp):
                continue
            if [s[:1].isupper() for s in syllables].count(True) != 1 or not syllables[0][
                0
            ].isupper():
                continue  # a Chinese name of several words (Zhou Enlai) or an odd entry
            if FOREIGN.search(row["english_glosses"]):
                out.setdefault(simp, [x.lower().replace("u:", "ü") for x in syllables])
    return out


def held_out(name: str) -> bool:
    """The half of the names the table is not built from."""
    return zlib.crc32(name.encode("utf-8")) % 2 == 1


STANDARD = Path(__file__).resolve().parent / "data" / "ru-zh-transcription.toml"


def standard_characters() -> set[str]:
    """The characters of the standard Russian–Chinese transcription table."""
    with open(STANDARD, "rb") as f:
        table = tomllib.load(f)
    return {c for key, value in table.items() if key != "source" for c in value if c.strip()}


def main(cedict: str, out_path: str) -> None:
    from bukva.chinese.tagger import dictionary

    names = [h for h in foreign_names(cedict) if not held_out(h)]
    in_names = Counter(c for name in names for c in name)
    in_words: Counter[str] = Counter()
    for word, count in dictionary()[0].FREQ.items():
        if count > 0 and len(word) >= 2:
            in_words.update(word)
    total_names, total_words = sum(in_names.values()), sum(in_words.values())
    rows = []
    for ch, n in in_names.items():
        if n < MIN_COUNT:
            continue
        weight = math.log((n / total_names) / ((in_words[ch] + 1) / total_words))
        rows.append((ch, n, weight))
    for ch in sorted(standard_characters() - in_names.keys()):
        weight = math.log((1 / total_names) / ((in_words[ch] + 1) / total_words))
        rows.append((ch, 0, weight))
    rows.sort(key=lambda r: (-r[1], r[0]))
    lines = [
        "# Characters of foreign names in Chinese: character, uses in CC-CEDICT's foreign names",
        f"# (the half not held out: {len(names)} names), log ratio of its share there to its share",
        "# in jieba's dictionary words; with a count of 0, a character of Xinhua's Russian-Chinese",
        "# transcription table (tools/data/ru-zh-transcription.toml) those names lack, weighted as",
        "# if used once. Built by tools/build_zh_transcription.py from CC-CEDICT (mdbg.net,",
        "# CC BY-SA 4.0) and that table.",
        *(f"{ch}\t{n}\t{w:.2f}" for ch, n, w in rows),
    ]
    Path(out_path).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(rows)} characters from {len(names)} names -> {out_path}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
