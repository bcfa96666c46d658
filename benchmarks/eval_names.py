"""Names across systems: reverse with the system detected, match, conversion, and speed, on
sourced data split so that one half is never looked at while building (the held-out half).

    python benchmarks/eval_names.py ../shared/data

- Wikidata person-name pairs (wikidata-person-names, CC0): English spelling → Cyrillic.
  Apart, the pairs whose Cyrillic ends as Russian surnames do and whose English one of
  bukva's systems writes so (Russian names written in a system): reverse top-1. Tokens
  seen at least 3 times, 4+ letters, the Cyrillic without letters of other alphabets. Reverse
  top-1 with no system given; match recall on the pairs; match precision against the same
  English tokens paired with another token's Cyrillic of similar length. Apart, the tokens
  (seen twice or more) whose Latin has marked letters (Polish, Czech, Turkish, Japanese with
  macrons): match recall, and against the three nearest other Cyrillic names; read back with
  no system given, top-1, and how many keep a letter no Russian word has. With ``--rare``, the
  pairs seen only once or twice instead (noisier; no rule was made on them): match recall on
  those whose Cyrillic the lexicon knows as a surname, and false matches on their hard
  negatives.
- GeoNames cities of China (CC BY 4.0): Latin alternates written as Wade-Giles (a hyphen or an
  aspiration apostrophe) converted to pinyin and compared with the city's pinyin name (spaces,
  hyphens, apostrophes and case aside). The alternates are unlabelled: some are older or other
  names, so the figure is a floor.
  Apart, the one-word alternates (Paoting, Shaokwan, but also Karamai, Harbina) converted
  with the system detected: how many become the city's name, how many another.
- Catalog name headings (marc-880-dev, from public library-software repositories): each
  Cyrillic 100/600/700/800 field and the heading a cataloger keyed for it (Kapul, N. P. (Naum
  Pavlovich), editor.): the surname read back with no system, and match on the whole headings;
  and match on each Hanzi heading and its romanized one (Mao, Zedong, 1893-1976 | 毛泽东,
  1893-1976; some are Japanese or Korean names, which match does not read).
  Development data (read while building), not held out.
- Speed: match calls per second on one core over the Wikidata pairs (identities cached, as a
  clustering run has them).

The split is by a hash of the item (even: development, odd: held out).
"""

from __future__ import annotations

import argparse
import random
import re
import time
import zlib
from pathlib import Path

_RUSSIAN_END = re.compile(
    "(ов|ев|ёв|ин|ын|ский|цкий|ская|цкая|ова|ева|ёва|ина|ына|енко|ук|юк|ич|их|ых|ой|ий)$",
    re.IGNORECASE,
)


_NOT_RUSSIAN = re.compile("[^\\W\\d_а-яё]")  # a letter of no Russian word


def _held_out(key: str) -> bool:
    return zlib.crc32(key.encode()) % 2 == 1


def hard_negatives(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Each English name with the three Cyrillic names of other pairs nearest its own in
    letters (Barkley | Беркли, Martens | Мертенс): different people whose names look alike."""
    import difflib

    names = sorted({c for _, c in pairs})
    out = []
    for en, cyr in pairs:
        others = [c for c in names if c.lower() != cyr.lower()]
        out += [(en, c) for c in difflib.get_close_matches(cyr, others, n=3, cutoff=0.0)]
    return out


def wikidata(folder: Path, held: bool, limit: int, marked: bool = False) -> list[tuple[str, str]]:
    """English-Cyrillic pairs seen 3+ times, plain Latin; ``marked``: seen 2+ times, with
    marked Latin letters (Breżniew, Dvořák, Ryōzō, Apaydın)."""
    rows = []
    for line in (
        (folder / "wikidata-person-names" / "wd_russian_80").read_text("utf-8").splitlines()
    ):
        en, cyr, count = line.split("\t")
        cyr = cyr.replace(" ", "")
        if int(count) < (2 if marked else 3) or len(en) < 4 or not en.isalpha():
            continue
        if en.isascii() == marked or _held_out(en) != held:
            continue
        if re.search("[ўіїєґђћџѓќѕјљњ]", cyr):
            continue
        rows.append((en.capitalize(), cyr.capitalize()))
    random.Random(5).shuffle(rows)
    return rows[:limit]


def _geonames_alternates(folder: Path, held: bool):
    """(alternate, the city's pinyin name) for every Latin alternate of a Chinese city in the
    half asked for."""
    for line in (
        (folder / "geonames-places" / "subset_RU_CN_TW_HK_MO.tsv")
        .read_text("utf-8")
        .splitlines()[1:]
    ):
        parts = line.split("\t")
        if parts[1] != "CN" or len(parts) < 7 or _held_out(parts[0]) != held:
            continue
        for alt in parts[6].split(" | "):
            yield alt, parts[2]


def geonames(folder: Path, held: bool) -> list[tuple[str, str]]:
    """The alternates written as Wade-Giles: a hyphen or an apostrophe, one word."""
    return [
        (alt, name)
        for alt, name in _geonames_alternates(folder, held)
        if ("-" in alt or "'" in alt or "’" in alt) and alt[:1].isupper() and " " not in alt
    ]


def geonames_joined(folder: Path, held: bool) -> list[tuple[str, str]]:
    """The cities' one-word Latin alternates other than the pinyin name itself: postal forms
    (Paoting, Shaokwan), Wade-Giles joined, and other languages' spellings (Karamai, Harbina)."""
    return [
        (alt, name)
        for alt, name in _geonames_alternates(folder, held)
        if re.fullmatch("[A-Z][a-z]+", alt) and _norm(alt) != _norm(name)
    ]


def _name_only(pinyin: str) -> str:
    """A converted place's name without the generic written apart after it (Shenyang Xian)."""
    head, _, last = pinyin.rpartition(" ")
    return head if head and last in ("Xian", "Shi", "Zhen") else pinyin


def _look_alikes(pairs: list[tuple[str, str]], bukva) -> tuple[int, int]:
    """How many of the pairs' hard negatives match, and how many there are."""
    near = hard_negatives(pairs)
    return sum(1 for en, other in near if bukva.match(en, other).same), len(near)


def cluster_pairs(pairs: list[tuple[str, str]], bukva) -> None:
    """The pairs' names as one shuffled list: how many pairs end in one group, how many groups
    hold names of two pairs, names a second."""
    names = [n for en, cyr in pairs for n in (en, cyr)]
    order = list(range(len(names)))
    random.Random(3).shuffle(order)
    t = time.perf_counter()
    groups = bukva.cluster([names[i] for i in order])
    seconds = time.perf_counter() - t
    rows: dict[str, set[int]] = {}
    for k, n in enumerate(names):
        rows.setdefault(n, set()).add(k // 2)
    together = sum(
        1
        for k in range(len(pairs))
        if any(
            {k} <= set.intersection(*[rows[m] for m in g.members])
            for g in groups
            if len(g.members) > 1
        )
    )
    mixed = sum(
        1
        for g in groups
        if len(g.members) > 1 and not set.intersection(*[rows[m] for m in g.members])
    )
    print(
        f"  cluster of the {len(names)} names shuffled: {together} of {len(pairs)} pairs in one "
        f"group; {mixed} groups hold two pairs' names; {len(names) / seconds:,.0f} names a second "
        "(identities cached by the rows above)"
    )


def soviet_names(bukva) -> None:
    """The gazetteer's Soviet surnames, first names and patronymics, each romanized by every
    Russian system and read back with no system given: with the gazetteer's step off (the
    reading alone: the lexicon and the detected system) and as users get it (a name the
    gazetteer spells so is its Russian form: in-sample, a look-up)."""
    import tomllib

    from bukva import reading_back
    from bukva.names.russian import RU_SYSTEMS

    root = Path(__file__).resolve().parent.parent
    data = tomllib.loads((root / "tools" / "data" / "period-names.toml").read_text("utf-8"))
    names = sorted(
        {w for e in data["soviet"] for w in [e["ru"], *" ".join(e.get("given", [])).split()]}
    )
    total = len(names) * len(RU_SYSTEMS)
    figures = []
    for step in (False, True):
        reading_back.SOVIET_NAMES = step
        right = sum(
            1
            for n in names
            for s in RU_SYSTEMS
            if bukva.reverse(bukva.romanize(n, lang="ru", system=s)).replace("ё", "е")
            == n.replace("ё", "е")
        )
        figures.append(f"{right / total:.1%}")
    print(
        f"Soviet names of the gazetteer ({len(names)} words × {len(RU_SYSTEMS)} systems): "
        f"reverse, system not given, top-1 {figures[0]} by reading alone, {figures[1]} with the "
        "gazetteer (in-sample)"
    )


def chinese_names_read_back(bukva) -> None:
    """Made-up Chinese names in pinyin (50 common surnames, one or two given syllables of 38),
    read back with no system given: how many come out as Palladius writes them syllable by
    syllable (what is measured is that they are found Chinese; the syllables are the table's)."""
    from bukva.names.chinese_names import in_palladius

    rng = random.Random(7)
    surnames = (
        "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Gao Lin Luo "
        "Zheng Liang Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai "
        "Jiang Yu Du Ye Cheng Wei Su Lu Ding Ren Shen Yao"
    ).split()
    given = (
        "wen ming hua guo jian zhong de li xiang qing ping hong jun hai yong dong fang zhi "
        "sheng an bo shu rong lin chun xiao yu feng tao kai yuan bin xin hui zhen wei qiang"
    ).split()
    names = []
    for _ in range(500):
        name = "".join(rng.sample(given, rng.choice([1, 2])))
        names.append(f"{rng.choice(surnames)} {name.capitalize()}")
    right = sum(1 for n in names if bukva.reverse(n) == in_palladius(n))
    print(
        f"Made-up Chinese names in pinyin ({len(names)}: Song Hui, Liu Xiao): reverse, system "
        f"not given, as Palladius writes them {right}/{len(names)}"
    )


def catalog_headings(folder: Path, bukva) -> None:
    import csv

    with (folder / "marc-880-dev" / "pairs.tsv").open(encoding="utf-8") as f:
        rows = [
            r
            for r in csv.DictReader(f, delimiter="\t")
            if r["script"] == "cyr" and r["tag"] in ("100", "600", "700", "800")
        ]
    back = sum(
        1
        for r in rows
        if bukva.reverse(r["romanized"].split(",")[0].strip()).lower()
        == r["vernacular"].split(",")[0].strip().lower()
    )
    same = sum(1 for r in rows if bukva.match(r["romanized"], r["vernacular"]).same)
    print(
        f"Catalog name headings (marc-880-dev, {len(rows)} Cyrillic 1XX/6XX/7XX/8XX pairs): "
        f"surname read back, no system given {back}/{len(rows)}; match {same}/{len(rows)}"
    )
    with (folder / "marc-880-dev" / "pairs.tsv").open(encoding="utf-8") as f:
        han = [
            r
            for r in csv.DictReader(f, delimiter="\t")
            if r["script"] == "han" and r["tag"] in ("100", "600", "700", "800")
        ]
    same_han = sum(1 for r in han if bukva.match(r["romanized"], r["vernacular"]).same)
    print(
        f"  Chinese, Japanese and Korean name headings ({len(han)} Hanzi 1XX/6XX/7XX/8XX pairs: "
        f"Mao, Zedong, 1893-1976 | 毛泽东): match {same_han}/{len(han)}"
    )
    filed = [(_as_filed(r["vernacular"]), r["romanized"]) for r in rows]
    filed = [(a, b) for a, b in filed if a]
    same = sum(1 for a, b in filed if bukva.match(a, b).same)
    print(
        f"  the same persons as a Soviet file writes them (the vernacular's surname and full "
        f"given names, no comma: Пастернак Борис Леонидович, Пелевин Виктор), match with the "
        f"romanized heading {same}/{len(filed)}"
    )


def _as_filed(vernacular: str) -> str | None:
    """Surname, given name and patronymic as a Soviet file lists a person, from a heading's
    vernacular (its fuller form in parentheses where it has one); None without a full given
    name."""
    surname, _, rest = vernacular.partition(",")
    fuller = re.search(r"\(([^)]*)\)", rest)
    given = fuller.group(1) if fuller else rest.split(",")[0].split(" 1")[0]
    words = []
    for w in given.replace(".", ". ").split():
        if len(w.rstrip(".")) > 1:
            words.append(w.rstrip("."))
            if w.endswith("."):  # Пелевин, Виктор. Новый Пелевин: a title follows
                break
    if not words or not all(w[:1].isupper() for w in words):
        return None
    return " ".join([surname.strip(), *words])


def _norm(s: str) -> str:
    return re.sub(r"[\s'’\-]", "", s.lower()).replace("ü", "u")


def rare_pairs(folder: Path, held: bool) -> list[tuple[str, str]]:
    """English-Cyrillic pairs seen once or twice, plain Latin: the pairs ``wikidata`` leaves out
    (noisier: a few are two people's names), a sample no rule was made on."""
    rows = []
    source = folder / "wikidata-person-names" / "wd_russian_80"
    for line in source.read_text("utf-8").splitlines():
        en, cyr, count = line.split("\t")
        cyr = cyr.replace(" ", "")
        if int(count) > 2 or len(en) < 4 or not en.isalpha() or not en.isascii():
            continue
        if _held_out(en) != held or re.search("[ўіїєґђћџѓќѕјљњ]", cyr):
            continue
        rows.append((en.capitalize(), cyr.capitalize()))
    random.Random(5).shuffle(rows)
    return rows


def rare(folder: Path, held: bool, bukva) -> None:
    """Match recall on rare pairs whose Cyrillic the lexicon knows as a surname, and false
    matches among the hard negatives of 1,500 of them."""
    from bukva.checker.recognize import _is_surname

    pairs = rare_pairs(folder, held)
    russian = [(en, cyr) for en, cyr in pairs if _is_surname(cyr.lower())][:3000]
    same = sum(1 for en, cyr in russian if bukva.match(en, cyr).same)
    negatives = hard_negatives(pairs[:1500])
    false = sum(1 for en, cyr in negatives if bukva.match(en, cyr).same)
    print(
        f"Wikidata pairs seen once or twice ({'held-out' if held else 'development'}): "
        f"{len(russian)} whose Cyrillic the lexicon knows as a surname, match recall "
        f"{same / max(len(russian), 1):.3f}; hard negatives {false} false matches in "
        f"{len(negatives)}"
    )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("data", type=Path)
    ap.add_argument("--limit", type=int, default=1500)
    ap.add_argument("--dev", action="store_true", help="the development half instead")
    ap.add_argument("--rare", action="store_true", help="pairs seen once or twice, alone")
    args = ap.parse_args()
    import bukva

    if args.rare:
        rare(args.data, not args.dev, bukva)
        return
    from bukva.chinese.convert import convert

    held = not args.dev
    half = "held-out" if held else "development"
    pairs = wikidata(args.data, held, args.limit * 20)
    from bukva.checker.recognize import _is_surname

    russian = [(en, cyr) for en, cyr in pairs if _is_surname(cyr.lower())][: args.limit]
    right = sum(1 for en, cyr in russian if bukva.reverse(en).lower() == cyr.lower())
    same = sum(1 for en, cyr in russian if bukva.match(en, cyr).same)
    print(
        f"Wikidata Russian surnames ({half}, {len(russian)} pairs whose Cyrillic the Russian "
        f"lexicon knows as a surname): reverse, system not given, top-1 "
        f"{right / max(len(russian), 1):.1%}; match recall {same / max(len(russian), 1):.3f}"
    )
    ending = [(en, cyr) for en, cyr in wikidata(args.data, held, 30000) if _RUSSIAN_END.search(cyr)]
    ending = ending[:1500]
    same = sum(1 for en, cyr in ending if bukva.match(en, cyr).same)
    print(
        f"Wikidata pairs whose Cyrillic ends as Russian surnames do ({half}, {len(ending)}: "
        f"-ов, -ин, -ский, -ий ...): match recall {same / max(len(ending), 1):.3f}"
    )
    from bukva.names.identity import RU_SYSTEMS

    written = [  # the English is one of bukva's systems' romanization of the Cyrillic
        (en, cyr)
        for en, cyr in wikidata(args.data, held, 40000)
        if _RUSSIAN_END.search(cyr)
        and any(bukva.romanize(cyr, lang="ru", system=s).lower() == en.lower() for s in RU_SYSTEMS)
    ]
    right = sum(1 for en, cyr in written if bukva.reverse(en).lower() == cyr.lower())
    print(
        f"Wikidata pairs ending as Russian surnames whose English a system writes ({half}, "
        f"{len(written)}: Kurowski, Iliev, Fedorovich): reverse, system not given, top-1 "
        f"{right / max(len(written), 1):.1%}"
    )
    pairs = pairs[: args.limit]
    right = sum(1 for en, cyr in pairs if bukva.reverse(en).lower() == cyr.lower())
    print(
        f"Wikidata ({half}, {len(pairs)} pairs): reverse, system not given, top-1 "
        f"{right / len(pairs):.1%}"
    )
    same = sum(1 for en, cyr in pairs if bukva.match(en, cyr).same)
    rng = random.Random(9)
    negatives = []
    for en, cyr in pairs:
        other = rng.choice(pairs)[1]
        if other.lower() != cyr.lower():
            negatives.append((en, other))
    false = sum(1 for en, other in negatives if bukva.match(en, other).same)
    tp, fp = same, false
    print(
        f"  match recall {same / len(pairs):.3f}; precision {tp / max(tp + fp, 1):.3f} "
        f"({fp} false matches in {len(negatives)} different-person pairs)"
    )
    false, near = _look_alikes(pairs, bukva)
    print(
        f"  hard negatives (each English name against the 3 other Cyrillic names nearest its "
        f"own in letters): {false} false matches in {near}; precision "
        f"{tp / max(tp + false, 1):.3f}"
    )
    marked = wikidata(args.data, held, args.limit, marked=True)
    same = sum(1 for en, cyr in marked if bukva.match(en, cyr).same)
    false, near = _look_alikes(marked, bukva)
    print(
        f"  names with marked Latin letters ({half}, {len(marked)} pairs: Breżniew, Dvořák, "
        f"Ryōzō): match recall {same / max(len(marked), 1):.3f}; hard negatives {false} false "
        f"matches in {near}; precision {same / max(same + false, 1):.3f}"
    )
    read = [bukva.reverse(en) for en, _ in marked]
    right = sum(1 for r, (_, cyr) in zip(read, marked, strict=True) if r.lower() == cyr.lower())
    latin = sum(1 for r in read if _NOT_RUSSIAN.search(r.lower()))
    print(
        f"    read back with no system given: top-1 {right / max(len(marked), 1):.1%}; "
        f"{latin} ({latin / max(len(marked), 1):.1%}) keep a letter Russian lacks (Latin ō, ñ, "
        f"Serbian ћ)"
    )
    t = time.perf_counter()
    calls = 0
    while time.perf_counter() - t < 3:
        for en, cyr in pairs[:500]:
            bukva.match(en, cyr)
            calls += 1
    rate = calls / (time.perf_counter() - t)
    print(f"  match calls per second (identities cached): {rate:,.0f}")
    cluster_pairs(pairs, bukva)
    soviet_names(bukva)
    chinese_names_read_back(bukva)
    catalog_headings(args.data, bukva)
    places = geonames(args.data, held)
    ok = sum(
        1
        for wg, py in places
        if _norm(_name_only(convert(wg, "wade-giles", "pinyin"))) == _norm(py)
    )
    print(
        f"GeoNames China ({half}, {len(places)} Wade-Giles-looking alternates): converted to "
        f"the city's pinyin name {ok / max(len(places), 1):.1%}, a generic written apart left "
        "aside (Shen-yang-hsien → Shenyang Xian is Shenyang; a floor: alternates include other "
        "and older names)"
    )
    joined = geonames_joined(args.data, held)
    outs = [(alt, convert(alt, "auto", "pinyin"), py) for alt, py in joined]
    right = sum(1 for alt, out, py in outs if _norm(_name_only(out)) == _norm(py))
    other = sum(1 for alt, out, py in outs if out != alt and _norm(_name_only(out)) != _norm(py))
    print(
        f"GeoNames China ({half}, {len(joined)} one-word alternates: Paoting, Shaokwan, Karamai), "
        f"system detected: converted to the city's pinyin name {right / max(len(joined), 1):.1%}, "
        f"to another {other / max(len(joined), 1):.1%} (older names, and wrong readings), "
        "the rest left as written"
    )


if __name__ == "__main__":
    main()
