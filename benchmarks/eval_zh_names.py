"""How well bukva's Chinese romanizer tells personal names from ordinary words.

Run: python benchmarks/eval_zh_names.py ../shared/data/cpp-polyphones

Three measures, none of which bukva was fitted to:

* recall: CC-CEDICT's persons (2-3 characters, a one-character surname) put in a sentence,
  "{name}说，他明天去上海。", with bukva's own copy of those names switched off, so that the
  name must be found as an unknown one (jieba's tags, the surname list, the polyphone model).
  A hit is a name written as a person with CC-CEDICT's readings (Shan Tianfang).
* surnames: each surname with a reading of its own (曾 zeng1, 区 ou1) before three invented
  given names, "著名演员曾永熙说": found as a name, with the surname's reading?
* false names: the CPP dev sentences whose marked character starts a word bukva writes as a
  person; each is right only if the gold reading is the surname reading bukva gave
  (陆军 read as "Lu Jun", 朴素 as "Piao Su" are the errors this counts).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bukva.chinese import words as zh_words
from bukva.chinese.lexicons import cedict_names, names
from bukva.chinese.words import PERSON, analyze

sys.path.insert(0, str(Path(__file__).parent))
from bench_chinese import load


def recall(limit: int | None) -> tuple[int, int, list[str]]:
    data = names()
    persons = [
        (hanzi, readings)
        for hanzi, (role, readings, groups) in cedict_names().items()
        if role == "person"
        and groups[0] == 1
        and len(hanzi) in (2, 3)
        and hanzi[0] in data["common_surnames"]
    ]
    persons = persons[:limit] if limit else persons
    saved = zh_words.cedict_names
    zh_words.cedict_names = lambda: {}  # bukva's copy of CC-CEDICT's names is switched off
    try:
        hits, misses = 0, []
        for hanzi, readings in persons:
            first = analyze(f"{hanzi}说，他明天去上海。")[0]
            if first.role == PERSON and first.text == hanzi and first.syllables == readings:
                hits += 1
            else:
                misses.append(hanzi)
    finally:
        zh_words.cedict_names = saved
    return hits, len(persons), misses


def false_names(folder: Path) -> tuple[int, int, list[str]]:
    right, seen, wrong = 0, 0, []
    for sentence, at, gold in load(folder, None):
        for w in analyze(sentence):
            if w.role == PERSON and w.start == at:
                seen += 1
                if w.syllables[0] == gold:
                    right += 1
                else:
                    wrong.append(f"{w.text} ({w.syllables[0]}, gold {gold})")
    return right, seen, wrong


def surname_readings() -> tuple[int, int, list[str]]:
    """Every surname with a reading of its own (曾 zeng1, 区 ou1, 单 shan4), before three
    invented given names in "著名演员{name}说": written as a person with the surname's reading?"""
    data = names()
    hits, total, misses = 0, 0, []
    for surname, reading in data["surnames"].items():
        for given in ("永熙", "家麟", "志强"):
            total += 1
            words = [
                w for w in analyze(f"著名演员{surname}{given}说") if w.text.startswith(surname)
            ]
            if words and words[0].role == PERSON and words[0].syllables[0] == reading:
                hits += 1
            else:
                misses.append(surname + given)
    return hits, total, misses


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("cpp", type=Path)
    ap.add_argument("--limit", type=int)
    args = ap.parse_args()
    hits, total, misses = recall(args.limit)
    print(
        f"unknown names found with their readings: {hits:,} of {total:,} "
        f"({100 * hits / total:.1f} %); e.g. missed: {' '.join(misses[:12])}"
    )
    hits, total, misses = surname_readings()
    print(
        f"invented names after a special-reading surname, read as names: {hits} of {total}; "
        f"missed: {' '.join(misses[:12])}"
    )
    right, seen, wrong = false_names(args.cpp)
    print(
        f"CPP dev: marked character starts a name {seen} times, its reading right {right} "
        f"times; wrong: {'; '.join(wrong[:12])}"
    )


if __name__ == "__main__":
    main()
