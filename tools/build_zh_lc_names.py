"""Extract from LC's Chinese table its proper names (capitalised entries), for ALA-LC word
division, and its words with fixed readings (lower-case entries: zhuan lüe for 传略).

Source: Library of Congress ScriptShifter, chinese.yml (CC0), itself kept in sync with
Princeton's OCLC Connexion Pinyin converter. Known data bugs are corrected here and listed.

Run: python tools/build_zh_lc_names.py ../shared/data/lc-chinese/chinese.yml \
         src/bukva/data/zh-lc-names.tsv
"""

from __future__ import annotations

import itertools
import sys
import unicodedata
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
from bukva.chinese.syllables import split_run

FIXES = {  # LC's entry → what the table's own rules give
    "Babyua": "Babuya",
    "Mashaoerqünda": "Mashao'er Qundao",
    "Mashao'erqündao": "Mashao'er Qundao",
}


def _aligned(hanzi: str, roman: str) -> str | None:
    """Align by the characters' own possible readings (pypinyin's), one syllable each."""
    from pypinyin import Style, pinyin

    options = [
        {r.replace("v", "ü") for r in rs}
        for rs in pinyin(hanzi, style=Style.NORMAL, heteronym=True, v_to_u=True)
    ]
    text = roman.replace("'", "").replace("-", " ")

    def go(k: int, i: int) -> list[str] | None:
        if k == len(hanzi):
            return [] if i == len(text) else None
        space = text[i : i + 1] == " "
        j = i + 1 if space else i
        for syl in sorted(options[k], key=len, reverse=True):
            if text[j : j + len(syl)].lower() == syl:
                rest = go(k + 1, j + len(syl))
                if rest is not None:
                    piece = text[j : j + len(syl)]
                    return [(" " if space else "-") + piece, *rest]
        return None

    found = go(0, 0)
    return "".join(found)[1:] if found else None


def syllabify(hanzi: str, roman: str) -> str | None:
    """'Qiqihaer Shi' for 齐齐哈尔市 → 'Qi-qi-ha-er Shi': one syllable per character."""
    aligned = _aligned(hanzi, roman)
    if aligned:
        return aligned
    words = roman.replace("-", " ").split()
    options = []
    for word in words:
        found = [split_run(word, n) for n in range(1, len(hanzi) + 1)]
        options.append([f for f in found if f])
    for combo in itertools.product(*options):
        if sum(map(len, combo)) == len(hanzi):
            return " ".join(
                "-".join(
                    s.capitalize() if w[:1].isupper() and k == 0 else s for k, s in enumerate(parts)
                )
                for w, parts in zip(words, combo, strict=True)
            )
    return None


def main(source: str, out: str) -> None:
    with open(source, encoding="utf-8") as f:
        table = yaml.safe_load(f)["script_to_roman"]["map"]
    words_out = Path(out).with_name("zh-lc-words.tsv")
    plain = []
    for hanzi, roman in table.items():
        roman = unicodedata.normalize("NFC", roman.strip().strip('"').strip())
        syllables = roman.split()
        if len(hanzi) >= 2 and roman[:1].islower() and len(syllables) == len(hanzi):
            plain.append((hanzi, " ".join(syllables)))
    with open(words_out, "w", encoding="utf-8") as f:
        f.write(
            "# Words whose reading LC's Chinese table fixes (ScriptShifter chinese.yml, CC0):\n"
        )
        f.write(
            "# the readings catalogers use for characters with several (zhuan lüe, jiao dian).\n"
        )
        for hanzi, syllables in sorted(plain):
            f.write(f"{hanzi}\t{syllables}\n")
    print(f"{len(plain)} words written to {words_out}")
    rows = []
    for hanzi, roman in table.items():
        roman = unicodedata.normalize("NFC", roman.strip().strip('"').strip())
        if len(hanzi) < 2 or not roman[:1].isupper():
            continue
        for wrong, right in FIXES.items():
            roman = roman.replace(wrong, right)
        grouped = syllabify(hanzi, roman)
        if grouped is None:
            print(f"skipped (cannot align syllables): {hanzi} {roman}", file=sys.stderr)
            continue
        rows.append((hanzi, grouped))
    with open(out, "w", encoding="utf-8") as f:
        f.write("# Proper names from LC's Chinese table (ScriptShifter chinese.yml, CC0),\n")
        f.write("# with the corrections in tools/build_zh_lc_names.py. One syllable per\n")
        f.write(
            "# character; '-' joins the syllables of one word; a capital starts a proper name.\n"
        )
        for hanzi, roman in sorted(rows):
            f.write(f"{hanzi}\t{roman}\n")
    print(f"{len(rows)} names written to {out}")


if __name__ == "__main__":
    main(*sys.argv[1:3])
