"""Write the syllable tables of the Chinese systems (src/bukva/systems/chinese/zh-*.toml).

Each file is declarative; this script only fills the syllable table from its source, so that a
table is never typed by hand:
- wade-giles: cjklib's Wade-Giles ↔ pinyin table (Legeza 1968 / Giles 1892), via
  ../shared/data/chinese-syllable-tables/syllable_crosscheck.csv, with the syllables cjklib lacks
  added from Giles;
- palladius: the Palladius table of the same cross-check (palladizator column);
- czech, yale, zhuyin: generated from their initial and final tables, written out below;
- gwoyeu-romatzyh: the basic (first-tone) forms from cjklib's pinyin → GR table (after Chao,
  A Grammar of Spoken Chinese, 1968), and each syllable's spellings in tones 2-4 made by Chao's
  tonal spelling rules (written out in ``gr_tonal``), as keys ``ba1`` ... ``ba4``.

Run: python tools/build_zh_systems.py ../shared/data/chinese-syllable-tables
"""

from __future__ import annotations

import csv
import sys
from collections.abc import Sequence
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "src" / "bukva" / "systems" / "chinese"

INITIALS = [
    "zh",
    "ch",
    "sh",
    "b",
    "p",
    "m",
    "f",
    "d",
    "t",
    "n",
    "l",
    "g",
    "k",
    "h",
    "j",
    "q",
    "x",
    "r",
    "z",
    "c",
    "s",
    "y",
    "w",
]


def parts(syllable: str, initials: Sequence[str] = INITIALS) -> tuple[str, str]:
    for ini in initials:
        if syllable.startswith(ini) and len(syllable) > len(ini):
            return ini, syllable[len(ini) :]
    return "", syllable


def final_after_jqx(final: str) -> str:
    return {"u": "ü", "ue": "üe", "uan": "üan", "un": "ün"}.get(final, final)


# -- Czech ---------------------------------------------------------------------------------
CZ_INI = {
    "b": "p",
    "p": "pch",
    "m": "m",
    "f": "f",
    "d": "t",
    "t": "tch",
    "n": "n",
    "l": "l",
    "g": "k",
    "k": "kch",
    "h": "ch",
    "j": "ť",
    "q": "čch",
    "x": "s",
    "zh": "č",
    "ch": "čch",
    "sh": "š",
    "r": "ž",
    "z": "c",
    "c": "cch",
    "s": "s",
}
CZ_FIN = {
    "ai": "aj",
    "ei": "ej",
    "ong": "ung",
    "iu": "iou",
    "ian": "ien",
    "iong": "iung",
    "uai": "uaj",
    "ui": "uej",
}
CZ_ZERO = {
    "yi": "i",
    "ya": "ja",
    "ye": "jie",  # as -ie after a zero initial: Jie Ťien-jing (Ye Jianying), Jie-lü (Yelü)
    "yao": "jao",
    "you": "jou",
    "yan": "jen",
    "yin": "jin",
    "yang": "jang",
    "ying": "jing",
    "yong": "jung",
    "yu": "jü",
    "yue": "jüe",
    "yuan": "jüan",
    "yun": "jün",
    "yo": "jo",
    "wai": "waj",
    "wei": "wej",
    "ai": "aj",
    "ei": "ej",
}


def czech(syl: str) -> str:
    if syl in CZ_ZERO:
        return CZ_ZERO[syl]
    ini, fin = parts(syl)
    if ini in ("y", "w") or not ini:
        return syl
    if fin == "i" and ini in ("zh", "ch", "sh", "r", "z", "c", "s"):
        return CZ_INI[ini] + "'"
    if ini in ("j", "q", "x"):
        fin = final_after_jqx(fin)
    if fin == "uo" and ini in ("b", "p", "m", "f"):
        fin = "o"
    return CZ_INI.get(ini, ini) + CZ_FIN.get(fin, fin)


# -- Yale ----------------------------------------------------------------------------------
YALE_INI = {"q": "ch", "x": "sy", "zh": "j", "z": "dz", "c": "ts"}
YALE_FIN = {
    "ao": "au",
    "ong": "ung",
    "ia": "ya",
    "ie": "ye",
    "iao": "yau",
    "iu": "you",
    "ian": "yan",
    "iang": "yang",
    "iong": "yung",
    "ua": "wa",
    "uo": "wo",
    "uai": "wai",
    "ui": "wei",
    "uan": "wan",
    "un": "wun",
    "uang": "wang",
    "ü": "yu",
    "üe": "ywe",
    "üan": "ywan",
    "ün": "yun",
}
YALE_SPECIAL = {
    "zhi": "jr",
    "chi": "chr",
    "shi": "shr",
    "ri": "r",
    "zi": "dz",
    "ci": "tsz",
    "si": "sz",
    "yao": "yau",
    "yong": "yung",
    "yue": "ywe",
    "yuan": "ywan",
    "yun": "yun",
    "yu": "yu",
}


def yale(syl: str) -> str:
    if syl in YALE_SPECIAL:
        return YALE_SPECIAL[syl]
    ini, fin = parts(syl)
    if ini in ("y", "w") or not ini:
        return syl.replace("ao", "au")
    if ini in ("j", "q", "x"):
        fin = final_after_jqx(fin)
    final = YALE_FIN.get(fin, fin)
    if ini == "x":
        return ("s" if final.startswith("y") else "sy") + final
    return YALE_INI.get(ini, ini) + final


# -- Zhuyin --------------------------------------------------------------------------------
ZY_INI = {
    "b": "ㄅ",
    "p": "ㄆ",
    "m": "ㄇ",
    "f": "ㄈ",
    "d": "ㄉ",
    "t": "ㄊ",
    "n": "ㄋ",
    "l": "ㄌ",
    "g": "ㄍ",
    "k": "ㄎ",
    "h": "ㄏ",
    "j": "ㄐ",
    "q": "ㄑ",
    "x": "ㄒ",
    "zh": "ㄓ",
    "ch": "ㄔ",
    "sh": "ㄕ",
    "r": "ㄖ",
    "z": "ㄗ",
    "c": "ㄘ",
    "s": "ㄙ",
}
ZY_FIN = {
    "a": "ㄚ",
    "o": "ㄛ",
    "e": "ㄜ",
    "ê": "ㄝ",
    "ai": "ㄞ",
    "ei": "ㄟ",
    "ao": "ㄠ",
    "ou": "ㄡ",
    "an": "ㄢ",
    "en": "ㄣ",
    "ang": "ㄤ",
    "eng": "ㄥ",
    "er": "ㄦ",
    "i": "ㄧ",
    "u": "ㄨ",
    "ü": "ㄩ",
    "ia": "ㄧㄚ",
    "ie": "ㄧㄝ",
    "iao": "ㄧㄠ",
    "iu": "ㄧㄡ",
    "ian": "ㄧㄢ",
    "in": "ㄧㄣ",
    "iang": "ㄧㄤ",
    "ing": "ㄧㄥ",
    "iong": "ㄩㄥ",
    "ua": "ㄨㄚ",
    "uo": "ㄨㄛ",
    "uai": "ㄨㄞ",
    "ui": "ㄨㄟ",
    "uan": "ㄨㄢ",
    "un": "ㄨㄣ",
    "uang": "ㄨㄤ",
    "ong": "ㄨㄥ",
    "üe": "ㄩㄝ",
    "üan": "ㄩㄢ",
    "ün": "ㄩㄣ",
    "io": "ㄧㄛ",
}
ZY_ZERO = {
    "yi": "ㄧ",
    "ya": "ㄧㄚ",
    "yo": "ㄧㄛ",
    "ye": "ㄧㄝ",
    "yai": "ㄧㄞ",
    "yao": "ㄧㄠ",
    "you": "ㄧㄡ",
    "yan": "ㄧㄢ",
    "yin": "ㄧㄣ",
    "yang": "ㄧㄤ",
    "ying": "ㄧㄥ",
    "yong": "ㄩㄥ",
    "yu": "ㄩ",
    "yue": "ㄩㄝ",
    "yuan": "ㄩㄢ",
    "yun": "ㄩㄣ",
    "wu": "ㄨ",
    "wa": "ㄨㄚ",
    "wo": "ㄨㄛ",
    "wai": "ㄨㄞ",
    "wei": "ㄨㄟ",
    "wan": "ㄨㄢ",
    "wen": "ㄨㄣ",
    "wang": "ㄨㄤ",
    "weng": "ㄨㄥ",
    "m": "ㄇ",
    "n": "ㄋ",
    "ng": "ㄫ",
    "hm": "ㄏㄇ",
    "hng": "ㄏㄫ",
}


def zhuyin(syl: str) -> str:
    if syl in ZY_ZERO:
        return ZY_ZERO[syl]
    ini, fin = parts(syl)
    if not ini:
        return ZY_FIN.get(syl, syl)
    if fin == "i" and ini in ("zh", "ch", "sh", "r", "z", "c", "s"):
        return ZY_INI[ini]
    if ini in ("j", "q", "x"):
        fin = final_after_jqx(fin)
    return ZY_INI[ini] + ZY_FIN.get(fin, fin)


# Syllables cjklib's Wade-Giles table lacks, from Giles's dictionary and common usage.
WG_EXTRA = {
    "e": "o",
    "yai": "yai",
    "yo": "yo",
    "n": "n",
    "ng": "ng",
    "m": "m",
    "ê": "ê",
    "hm": "hm",
    "hng": "hng",
    "ne": "nê",
    "chua": "ch'ua",
    "fe": "fo",
    "dei": "tei",
    "me": "mo",
    "lia": "lia",
    "den": "tên",
    "lo": "lo",
    "o": "o",
    "dia": "tia",
    "nun": "nun",
    "ei": "ei",
    "gei": "kei",
    "shei": "shei",
    "zhei": "chei",
    "eng": "êng",
    "fiao": "fiao",
    "tei": "t'ei",
    "cei": "ts'ei",
    "kei": "k'ei",
    "zhua": "chua",
    "rua": "jua",
}
PALLADIUS_EXTRA = {"ê": "э", "yo": "йо", "ng": "н", "rua": "жуа"}


GR_INITIALS = tuple("tz ts ch sh b p m f d t n l s j r g k h".split())
GR_SONORANTS = ("m", "n", "l", "r")


def _gr_row(final: str) -> str:
    if final in ("iu", "iue", "iuan", "iun"):
        return "iu"
    if final[0] in "iu" and final != "y":
        return final[0]
    return "a"


def _gr_ending(final: str) -> tuple[str, str]:
    """The final as (body, ending): ending is ng, n, l, i, u (after a vowel) or ''."""
    for ending in ("ng", "n", "l"):
        if final.endswith(ending) and len(final) > len(ending):
            return final[: -len(ending)], ending
    if len(final) >= 2 and final[-1] in "iu" and final[-2] in "aeo":
        return final[:-1], final[-1]
    return final, ""


def gr_tonal(basic: str, tone: int) -> str:
    """A syllable's Gwoyeu Romatzyh spelling in ``tone`` from its basic form (Chao 1968):
    ai, air, ae, ay; shiau, shyau, sheau, shiaw; ma: mha, ma, maa, mah."""
    initial, final = parts(basic, GR_INITIALS)
    row = _gr_row(final)
    if tone == 1:
        return initial + "h" + final if initial in GR_SONORANTS else basic
    if tone == 5:
        return basic
    if tone == 2:
        if initial in GR_SONORANTS:
            return basic
        if row == "iu":
            out = "y" + final[1:]
        elif row in "iu" and final in ("i", "u"):
            out = {"i": "yi", "u": "wu"}[final]
        elif row == "i":
            out = "y" + final[1:]
        elif row == "u":
            out = "w" + final[1:]
        else:
            body, ending = _gr_ending(final)
            out = body + ending + "r" if ending in ("i", "u") else body + "r" + ending
        return initial + out
    if tone == 3:
        if row == "iu":
            out = "e" + final[1:]
        elif final in ("i", "u", "in", "ing"):
            out = final[0] + final
        elif final == "ie":
            out = "iee"
        elif final == "uo":
            out = "uoo"
        elif row == "i":
            out = "e" + final[1:]
        elif row == "u":
            out = "o" + final[1:]
        elif final in ("ai", "au"):
            out = final[0] + {"i": "e", "u": "o"}[final[1]]
        elif final in ("ei", "ou"):
            out = final[0] + final
        else:
            out = final[0] + final
        if not initial:  # begin with y- or w- as a syllable must
            if row in ("i", "iu"):
                out = "y" + out[1:] if out[0] == "i" and out[1] not in "in" else "y" + out
            elif row == "u":
                out = "w" + out[1:] if out[0] == "u" and out[1] != "u" else "w" + out
        return initial + out
    body, ending = _gr_ending(final)
    out = body + {"ng": "nq", "n": "nn", "l": "ll", "i": "y", "u": "w", "": "h"}[ending]
    if not initial:
        if row == "iu":
            out = "yu" + out[2:]
        elif row == "i":
            out = "y" + out[1:] if out[1] in "aeou" else "y" + out
        elif row == "u":
            out = "w" + out[1:] if out[1] in "aeio" else "w" + out
    return initial + out


def load_gr(folder: Path) -> dict[str, str]:
    """cjklib's pinyin → GR basic forms."""
    out = {}
    with open(folder / "pinyingrmapping.csv", encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            pinyin, gr = (x.strip().strip("'") for x in line.split(","))
            out[pinyin.replace("v", "ü")] = gr
    return out


def load_crosscheck(folder: Path) -> list[dict[str, str]]:
    with open(folder / "syllable_crosscheck.csv", encoding="utf-8") as f:
        return list(csv.DictReader(line for line in f if not line.startswith("#")))


def write_table(path: Path, mapping: dict[str, str]) -> None:
    text = path.read_text("utf-8")
    head, sep, _ = text.partition("\n[mapping]\n")
    if not sep:
        raise SystemExit(f"{path.name} has no [mapping] table to fill")
    tail_at = text.find("\n[", text.index("\n[mapping]\n") + 1)
    tail = text[tail_at:] if tail_at != -1 else "\n"
    body = "".join(f'"{k}" = "{v}"\n' for k, v in sorted(mapping.items()))
    path.write_text(head + "\n[mapping]\n" + body + tail, "utf-8")


def main(folder: str) -> None:
    rows = load_crosscheck(Path(folder))
    syllables = [r["pinyin"] for r in rows]
    wg = {r["pinyin"]: r["wg_cjklib"].replace("’", "'") for r in rows if r["wg_cjklib"]}
    wg.update({k: v for k, v in WG_EXTRA.items() if k not in wg or k == "e"})
    wg.pop("ê", None)
    wg["ê"] = "ê"
    pall = {}
    for r in rows:
        value = r["palladius_palladizator"].split(" (")[0].split(",")[0].strip()
        if value:
            pall[r["pinyin"]] = value
    pall.update({k: v for k, v in PALLADIUS_EXTRA.items() if k not in pall})
    tables = {
        "zh-wade-giles.toml": wg,
        "zh-palladius.toml": pall,
        "zh-czech.toml": {s: czech(s) for s in syllables if s.isalpha() and s != "ê"},
        "zh-yale.toml": {s: yale(s) for s in syllables if s.isalpha() and s != "ê"},
        "zh-zhuyin.toml": {s: zhuyin(s) for s in syllables if s.isalpha()},
        "zh-gwoyeu-romatzyh.toml": {
            f"{p}{tone or ''}": gr_tonal(basic, tone or 5)
            for p, basic in load_gr(Path(folder)).items()
            for tone in (0, 1, 2, 3, 4)
        },
    }
    for name, mapping in tables.items():
        write_table(OUT / name, mapping)
        print(f"{name}: {len(mapping)} syllables")


if __name__ == "__main__":
    main(sys.argv[1])
