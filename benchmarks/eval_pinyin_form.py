"""Gazetteer names in pinyin's letters divided otherwise than GB/T 16159: found by the check's
``zh.pinyin-form`` rule, and fixed safely?

    python benchmarks/eval_pinyin_form.py

The gazetteer's Chinese persons of two words (the period's list and CC-CEDICT's persons), each
in a sentence, "Later {name} spoke.", run through the whole check (every rule, as a
manuscript meets them): written as GB/T writes them (nothing may be reported); with the given
name's syllables as words (Mao Ze Dong) and hyphenated (Mao Ze-dong), the ways English
manuscripts divide pinyin names: how many are reported by this rule, with the entry's form as
the fix, and how many as a safe fix. The names are the gazetteer's own, so the figures measure
the rule's reading of division, not knowledge of names; false alarms on English text are
measured by bench_check.py.
"""

from __future__ import annotations

from bukva.checker.check import check_text
from bukva.chinese.syllables import split_run
from bukva.names.gazetteer import entries

STYLE = {"ru": "ala-lc-book", "zh": "pinyin"}


def _divided(given: str, joiner: str) -> str | None:
    """A given name's syllables as words (Ze Dong) or hyphenated (Ze-dong)."""
    if "'" in given:
        return None
    syllables = split_run(given)
    if not syllables or len(syllables) < 2:
        return None
    if joiner == " ":
        return " ".join(s.capitalize() for s in syllables)
    return joiner.join(syllables).capitalize()


def main() -> None:
    names = sorted(
        {
            e.pinyin
            for e in entries().values()
            if e.origin == "zh" and e.kind == "person" and len(e.pinyin.split()) == 2
        }
    )
    alarms = [
        n
        for n in names
        if any(f.rule == "zh.pinyin-form" for f in check_text(f"Later {n} spoke.", STYLE))
    ]
    print(
        f"{len(names)} Chinese persons of the gazetteer as GB/T writes them: {len(alarms)} reported"
    )
    for label, joiner in (
        ("given name's syllables as words (Mao Ze Dong)", " "),
        ("hyphenated (Mao Ze-dong)", "-"),
    ):
        planted = found = right = safe = 0
        for name in names:
            surname, given = name.split()
            divided = _divided(given, joiner)
            if divided is None:
                continue
            planted += 1
            hits = [
                f
                for f in check_text(f"Later {surname} {divided} spoke.", STYLE)
                if f.rule == "zh.pinyin-form"
            ]
            found += bool(hits)
            right += bool(hits) and hits[0].fix == name
            safe += bool(hits) and hits[0].fix == name and hits[0].safe
        print(
            f"{planted} with the {label}: reported {found / planted:.1%}, with the gazetteer's "
            f"form {right / planted:.1%}, as a safe fix {safe / planted:.1%}"
        )


if __name__ == "__main__":
    main()
