"""The check's surnames no dictionary lists (rule ru.unlisted-name): how often it speaks, and
whether it reads the right Russian name when it does.

    python benchmarks/eval_check_unlisted.py ../shared/data

Wikidata's English-Cyrillic person-name pairs (wikidata-person-names, CC0), both halves: each
English token the check would judge (not English, no lexicon reading, no older spelling) is
read in an ala-lc-book house; counted are the tokens reported and those whose reading is the
pair's Cyrillic. Most tokens are other languages' names, so a report is a false alarm unless
its reading is right. The same for the tokens the lexicon reads only as common words, no name
(Myasnikov мясников, "of butchers"), which the check reports alone by their shape.

Then the whole check, in a sentence each ("In 1956 the delegate Zazerskaya arrived."), on the
pairs seen once or more whose Cyrillic ends as Russian surnames do: recall where the English is
BGN/PCGN's or the popular system's form and not LC's book form (any rule reporting it), and
false alarms where it is LC's book form.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from eval_names import _held_out, wikidata


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("data", type=Path)
    args = ap.parse_args()
    from bukva.checker.recognize import (
        could_be_russian,
        house_forms,
        looks_english,
        read_russian,
    )
    from bukva.checker.unlisted import surname_shaped, unlisted_surname
    from bukva.names.mixed_spellings import older_spelling

    for held in (False, True):
        pairs = wikidata(args.data, held, 100_000)
        counts = {False: [0, 0, 0, []], True: [0, 0, 0, []]}  # judged, reported, right, wrong
        for en, cyr in pairs:
            if looks_english(en) or not could_be_russian(en) or older_spelling(en):
                continue
            reading = read_russian(en, "ala-lc-book")
            if reading is not None and reading.name:
                continue
            common = reading is not None
            row = counts[common]
            row[0] += 1
            if common:  # reported alone where its reading is a surname by its shape
                house = en not in house_forms(reading, en, "ala-lc-book", {})
                found = reading.cyrillic if house and surname_shaped(en, reading.cyrillic) else None
            else:
                found = (unlisted_surname(en, "ala-lc-book") or (None,))[0]
            if found:
                row[1] += 1
                if found == cyr.lower():
                    row[2] += 1
                else:
                    row[3].append(f"{en} ({cyr}, read {found})")
        half = "held-out" if held else "development"
        print(f"{half}: {in_sentences(args.data, held)}")
        for common, (judged, reported, right, wrong) in counts.items():
            kind = "the lexicon reads as common words only" if common else "no lexicon reads"
            print(
                f"{half}: {len(pairs)} pairs, {judged} tokens {kind}; reported {reported}, "
                f"reading right {right}" + (f"; wrong: {', '.join(wrong)}" if wrong else "")
            )


_SURNAME_END = re.compile("(ов|ев|ин|ын|ский|цкий|ская|цкая|ова|ева|ина|ына)$")


def in_sentences(folder: Path, held: bool, limit: int = 3000) -> str:
    """The check's recall on surnames in another system, and its false alarms on LC's forms."""
    import bukva
    from bukva.checker.check import check_text

    other, own, seen = [], [], set()
    names = folder / "wikidata-person-names" / "wd_russian_80"
    for line in names.read_text("utf-8").splitlines():
        en, cyr, _ = line.split("\t")
        cyr = cyr.replace(" ", "")
        if _held_out(en) != held or not (en.isalpha() and en.isascii()) or len(en) < 4:
            continue
        if not _SURNAME_END.search(cyr) or en in seen:
            continue
        seen.add(en)
        en = en.capitalize()
        if bukva.romanize(cyr, lang="ru", system="ala-lc-book").lower() == en.lower():
            own.append(en)
        elif en.lower() in {
            bukva.romanize(cyr, lang="ru", system=s).lower() for s in ("bgn-pcgn", "popular")
        }:
            other.append(en)

    def reported(names: list[str]) -> int:
        text = "\n\n".join(f"In 1956 the delegate {en} arrived." for en in names)
        style = {"ru": "ala-lc-book", "zh": "pinyin"}
        found = {f.text for f in check_text(text, style)}
        return sum(en in found for en in names)

    other, own = other[:limit], own[:limit]
    return (
        f"in a sentence: {reported(other)} of {len(other)} surnames in BGN/PCGN's or the popular "
        f"form reported; {reported(own)} of {len(own)} in LC's book form (false alarms)"
    )


if __name__ == "__main__":
    main()
