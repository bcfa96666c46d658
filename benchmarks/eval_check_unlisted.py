"""The check's surnames no dictionary lists (rule ru.unlisted-name): how often it speaks, and
whether it reads the right Russian name when it does.

    python benchmarks/eval_check_unlisted.py ../shared/data

Wikidata's English-Cyrillic person-name pairs (wikidata-person-names, CC0), both halves: each
English token the check would judge (not English, no lexicon reading, no older spelling) is
read in an ala-lc-book house; counted are the tokens reported and those whose reading is the
pair's Cyrillic. Most tokens are other languages' names, so a report is a false alarm unless
its reading is right.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from eval_names import wikidata


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("data", type=Path)
    args = ap.parse_args()
    from bukva.checker.recognize import could_be_russian, looks_english, read_russian
    from bukva.checker.unlisted import unlisted_surname
    from bukva.names.mixed_spellings import older_spelling

    for held in (False, True):
        pairs = wikidata(args.data, held, 100_000)
        judged = reported = right = 0
        wrong = []
        for en, cyr in pairs:
            if looks_english(en) or not could_be_russian(en):
                continue
            if read_russian(en, "ala-lc-book") is not None or older_spelling(en):
                continue
            judged += 1
            found = unlisted_surname(en, "ala-lc-book")
            if found:
                reported += 1
                if found[0] == cyr.lower():
                    right += 1
                else:
                    wrong.append(f"{en} ({cyr}, read {found[0]})")
        half = "held-out" if held else "development"
        print(
            f"{half}: {len(pairs)} pairs, {judged} tokens no lexicon reads; reported {reported}, "
            f"reading right {right}" + (f"; wrong: {', '.join(wrong)}" if wrong else "")
        )


if __name__ == "__main__":
    main()
