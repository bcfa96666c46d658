"""Japanese family names in Chinese characters (田中, 吉田, 鸠山 ...), for reading Japanese
persons' names in Chinese text as GB/T 16159 writes them: the family name and the given name
each a word, in their Chinese readings (吉田茂 Jitian Mao, 鸠山一郎 Jiushan Yilang), not a
Chinese one-character surname and the rest (Ji Tianmao).

From CC-CEDICT's proper nouns (mdbg.net, CC BY-SA 4.0): every entry its glosses call a Japanese
surname (中村 "Nakamura (Japanese surname)"), and the family name of every Japanese person it
lists (a gloss with "Japanese" and a year of birth; the family name is the first capitalised
word of its pinyin: 鸠山 of 鸠山由纪夫 Jiu1 shan1 You2 ji4 fu1). Only names of two characters
or more: the one-character ones (岸, 森, 菅) are Chinese words and surnames too, and a
curated person with one is written whole (岸信介, its family name's length after it). And the
family names of the period's statesmen, soldiers and communists CC-CEDICT lacks, each with its
reference (tools/data/japanese-family-names.toml: 松冈 of 松冈洋右, EB 'Matsuoka Yōsuke'),
read by pypinyin.

Run: python tools/build_zh_japanese_surnames.py \
         ../shared/data/cedict-proper-nouns/cedict_proper_nouns.tsv \
         src/bukva/data/zh-japanese-surnames.tsv
"""

from __future__ import annotations

import csv
import re
import sys

HAN = re.compile(r"^[\u3400-\u9fff]+$")
PERSON = re.compile(r"\(\D{0,3}\d{3,4}\s*[-–]")  # (1918-1993), (c. 1650-
# glosses with dates that name no person with a family name: periods, wars, an emperor, a
# prince known by his title (Shōtoku Taiji)
NOT_A_FAMILY = re.compile(r"\b(?:[Pp]eriod|War|era|Incident|Movement|dynasty|Emperor|Taiji)\b")


def _family(simplified: str, pinyin: str) -> str | None:
    """The family name of a person's entry: the characters of its first capitalised word."""
    syllables = pinyin.split()
    if len(syllables) != len(simplified) or not syllables[0][:1].isupper():
        return None
    n = 1
    while n < len(syllables) and not syllables[n][:1].isupper():
        n += 1
    return simplified[:n] if n < len(syllables) else None


def main(source: str, out: str) -> None:
    found: dict[str, tuple[str, str]] = {}
    with open(source, encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            simp, pinyin, gloss = row["simplified"], row["pinyin_numbered"], row["english_glosses"]
            if not HAN.match(simp) or "Japanese" not in gloss:
                continue
            if "Japanese surname" in gloss:
                name, why = simp, gloss.split(" / ")[0][:60]
                syllables = " ".join(pinyin.split()[: len(simp)])
            elif (
                PERSON.search(gloss)
                and not NOT_A_FAMILY.search(gloss)
                and (name := _family(simp, pinyin))
            ):
                why = f"family name of {simp}: {gloss.split(',')[0][:50]}"
                syllables = " ".join(pinyin.split()[: len(name)])
            else:
                continue
            if len(name) >= 2 and name not in found:
                found[name] = (syllables.lower(), why)
    import tomllib
    from pathlib import Path

    from pypinyin import Style, lazy_pinyin

    curated = Path(__file__).parent / "data" / "japanese-family-names.toml"
    persons: dict[str, tuple[str, str]] = {}  # whole names whose family name is one character
    for person in tomllib.loads(curated.read_text("utf-8"))["person"]:
        family = person["family"]
        if len(family) == 1:  # 岸 of 岸信介: a Chinese word and surname too; the person whole
            syllables = " ".join(lazy_pinyin(person["name"], style=Style.TONE3))
            persons[person["name"]] = (syllables, person["source"])
            continue
        if family not in found:
            syllables = " ".join(lazy_pinyin(person["name"], style=Style.TONE3)[: len(family)])
            found[family] = (syllables, f"family name of {person['name']}: {person['source']}")
    with open(out, "w", encoding="utf-8") as f:
        f.write(
            "# Japanese family names in Chinese characters, with their pinyin and the entry each\n"
            "# comes from. Source: CC-CEDICT (mdbg.net), CC BY-SA 4.0; the period's persons it\n"
            "# lacks from tools/data/japanese-family-names.toml (Encyclopaedia Britannica).\n"
            "# Built by tools/build_zh_japanese_surnames.py.\n"
        )
        for name, (syllables, why) in sorted(found.items()):
            f.write(f"{name}\t{syllables}\t{why}\n")
        f.write(
            "# persons whose family name is one character (a Chinese word and surname too),\n"
            "# whole: name, pinyin, source, and the family name's length\n"
        )
        for name, (syllables, why) in sorted(persons.items()):
            f.write(f"{name}\t{syllables}\t{why}\t1\n")
    print(f"wrote {out}: {len(found)} family names, {len(persons)} whole persons")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
