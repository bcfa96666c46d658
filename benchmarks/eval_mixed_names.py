"""Chinese names half converted to pinyin: found by the check's ``zh.mixed`` rule?

    python benchmarks/eval_mixed_names.py

The gazetteer's Chinese persons of two words (the period's list and CC-CEDICT's persons),
each in a sentence, "Later {name} spoke.": written in pinyin (nothing may be reported), and
with one word turned into Wade-Giles as the press wrote it, without apostrophes (Teng
Xiaoping, Deng Hsiaoping): how many are reported, with the entry's pinyin as the fix. The
names are the gazetteer's own, so the second figure measures the reading of mixed syllables,
not knowledge of names; false alarms on English text are measured by bench_check.py.
"""

from __future__ import annotations

from bukva.checker.mixed import mixed_hits
from bukva.chinese.syllables import split_run
from bukva.chinese.tables import table
from bukva.names.gazetteer import entries
from bukva.style.house import HouseStyle

STYLE = HouseStyle(systems={"ru": "ala-lc-book", "zh": "pinyin"})


def _body(_: int) -> str:
    return "body"


def _wade_giles(word: str, hyphen: str = "") -> str | None:
    """A pinyin word in Wade-Giles without apostrophes, joined or hyphenated (Xiaoping →
    Hsiaoping, Hsiao-ping)."""
    syllables = split_run(word.lower())
    if not syllables:
        return None
    spell = table("wade-giles").from_pinyin
    return hyphen.join(spell.get(s, s).replace("'", "") for s in syllables).capitalize()


def main() -> None:
    names = sorted(
        {
            e.pinyin
            for e in entries().values()
            if e.origin == "zh" and e.kind == "person" and len(e.pinyin.split()) == 2
        }
    )
    alarms = [n for n in names if mixed_hits(f"Later {n} spoke.", STYLE, _body)]
    joined = [
        (name, words)
        for name in names
        for surname, given in [name.split()]
        for words in ((_wade_giles(surname), given), (surname, _wade_giles(given)))
        if None not in words and " ".join(words) != name
    ]
    planted, found, right = _found(joined)
    print(
        f"{len(names)} Chinese persons of the gazetteer in pinyin: {len(alarms)} reported; "
        f"{planted} with one word in Wade-Giles: reported {found / planted:.1%}, with the right "
        f"pinyin {right / planted:.1%}"
    )
    # the given name hyphenated, its aspiration marks lost (Deng Hsiao-ping)
    hyphenated = [
        (name, (surname, form))
        for name in names
        for surname, given in [name.split()]
        if (form := _wade_giles(given, "-")) and "-" in form
    ]
    planted, found, right = _found(hyphenated)
    print(
        f"{planted} with the given name in Wade-Giles hyphenated, without apostrophes: reported "
        f"{found / planted:.1%}, with the right pinyin {right / planted:.1%}"
    )


def _found(planted: list[tuple[str, tuple]]) -> tuple[int, int, int]:
    """How many names written so (each with its pinyin) the rule reports, and with the pinyin."""
    found = right = 0
    for name, words in planted:
        hits = mixed_hits(f"Later {' '.join(words)} spoke.", STYLE, _body)
        found += bool(hits)
        right += bool(hits) and hits[0].fix == name
    return len(planted), found, right


if __name__ == "__main__":
    main()
