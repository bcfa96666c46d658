"""Russian names in Chinese characters: whether bukva reads 波德戈尔内 as Подгорный.

    python benchmarks/eval_zh_ru_transcription.py ../shared/data

- Development (read while data/zh-ru-sounds.toml was written): the gazetteer's Russian names
  with their characters (data/gazetteer.tsv), three characters or more.
- Held out: CC-CEDICT's entries (cedict-proper-nouns, CC BY-SA 4.0) whose gloss calls them
  Russian or Soviet and names a person (life dates, "(name)") or a place (city, town ...),
  the English name's last word read back to Cyrillic by bukva; and ``bukva.match`` on the
  English word and the characters (the whole path a user's call takes, gazetteer first).
- False matches: each name's characters against the three Cyrillic names of Wikidata's
  persons (wikidata-person-names, CC0) nearest the right one in letters (same first letter;
  its own forms and its feminine left out), and against 2,000 others drawn at random. The
  nearest often are the same name spelt otherwise (Хрущов, Чайковски, Фаддеев): read them.
"""

from __future__ import annotations

import argparse
import csv
import difflib
import random
import re
from pathlib import Path

_PERSON = re.compile(r"\((?:name|\d{3,4}-)|\bRussian (?:name|surname)")
_PLACE = re.compile(r"\b(?:city|town|river|republic|oblast|krai|port)\b", re.IGNORECASE)
_NAME = re.compile(r"^(?:[A-Z][\w.'-]* )*([A-Z][a-z]+)(?= \(|,| is\b| city| town|$)")


def development() -> list[tuple[str, str]]:
    from bukva.names.gazetteer import _load

    entries, _ = _load()
    return [
        (e.hanzi, e.cyrillic)
        for e in entries.values()
        if e.origin == "ru" and e.hanzi and len(e.hanzi) >= 3 and " " not in e.cyrillic
    ]


def held_out(folder: Path) -> list[tuple[str, str, str]]:
    """(characters, English word, kind) from CC-CEDICT."""
    path = folder / "cedict-proper-nouns" / "cedict_proper_nouns.tsv"
    out = []
    with open(path, encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            gloss, hanzi = row["english_glosses"], row["simplified"]
            if not re.search(r"\b(?:Russian|Soviet)\b", gloss) or len(hanzi) < 3:
                continue
            first = gloss.split(" / ")[0]
            found = _NAME.match(first)
            kind = "person" if _PERSON.search(gloss) else "place" if _PLACE.search(first) else ""
            if found and kind and re.fullmatch(r"[\u4e00-\u9fff·]+", hanzi):
                out.append((hanzi.split("·")[-1], found.group(1), kind))
    return out


def negatives(
    pairs: list[tuple[str, str]], names: list[str], rng: random.Random
) -> tuple[int, int, int, int]:
    from bukva.names.transcribed import transcribes

    near = near_total = far = far_total = 0
    for hanzi, cyr in pairs:
        own = cyr.lower().replace("ё", "е")
        forms = {own, own + "а", own[:-2] + "ая", own + "ы"}
        others = [n for n in names if n.replace("ё", "е") not in forms]
        near_ones = [n for n in others if n[:1] == own[:1]]  # (nearest within a first letter)
        for other in difflib.get_close_matches(own, near_ones, n=3, cutoff=0.0):
            near_total += 1
            near += transcribes(hanzi, other) is not None
        for other in rng.sample(others, 2000):
            far_total += 1
            far += transcribes(hanzi, other) is not None
    return near, near_total, far, far_total


def may_stand_for(rows: list[tuple[str, str]], same) -> tuple[int, int, int, int]:
    """``identify``'s Russian names a transcription may stand for (names/transcribed.py
    ``russian_names``): of the rows whose characters read as a transcription, how many list a
    name, how many the right one first, how many among the three listed. ``same(name, answer)``
    says whether a listed name is the answer."""
    from bukva.names.transcribed import russian_names, russian_pattern

    rows = [(h, a) for h, a in rows if russian_pattern(h) is not None]
    listed = first = three = 0
    for hanzi, answer in rows:
        found = russian_names(hanzi)
        listed += bool(found)
        first += bool(found) and same(found[0], answer)
        three += any(same(n, answer) for n in found[:3])
    return len(rows), listed, first, three


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("data", type=Path)
    args = ap.parse_args()
    import bukva
    from bukva.names.transcribed import transcribes

    names = sorted(
        {
            line.split("\t")[1].replace(" ", "")
            for line in (args.data / "wikidata-person-names" / "wd_russian_80")
            .read_text("utf-8")
            .splitlines()
            if len(line.split("\t")[1].replace(" ", "")) >= 4
        }
    )
    rng = random.Random(7)
    dev = development()
    right = sum(transcribes(h, c) is not None for h, c in dev)
    print(f"development: the gazetteer's Russian names in characters: {right} / {len(dev)}")
    near, near_total, far, far_total = negatives(dev, names, rng)
    print(f"  false: {near} of {near_total} nearest other names, {far} of {far_total} at random")
    n, listed, first, three = may_stand_for(
        dev, lambda a, b: a.replace("ё", "е") == b.lower().replace("ё", "е")
    )
    print(
        f"  the Russian names identify says they may stand for (of {n} read as transcriptions):"
        f" some listed {listed}, the right one first {first}, among the first three {three}"
    )
    held = held_out(args.data)
    pairs = []
    for kind in ("person", "place"):
        rows = [r for r in held if r[2] == kind]
        read = same = 0
        for hanzi, english, _ in rows:
            found = bukva.identify(english)
            cyr = found.sources[0] if found.language == "ru" and found.sources else ""
            read += bool(cyr) and transcribes(hanzi, cyr) is not None
            same += bukva.match(english, hanzi).same
            if cyr:
                pairs.append((hanzi, cyr))
        print(
            f"held out ({kind}s, CC-CEDICT): the English read back to Cyrillic, its characters "
            f"read as it {read} / {len(rows)}; match(English, characters) same {same} / {len(rows)}"
        )
        n, listed, first, three = may_stand_for(
            [(h, e) for h, e, _ in rows], lambda name, english: bukva.match(english, name).same
        )
        print(
            f"  the Russian names identify says they may stand for (of {n}): some listed "
            f"{listed}, the right one (match with the English) first {first}, among three {three}"
        )
    near, near_total, far, far_total = negatives(pairs, names, rng)
    print(f"  false: {near} of {near_total} nearest other names, {far} of {far_total} at random")


if __name__ == "__main__":
    main()
