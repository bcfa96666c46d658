"""The check on Russian given names written in other systems, against the house form.

    python benchmarks/eval_check_given_names.py ../shared/data

Wikidata person-name token pairs (wikidata-person-names, CC0; English label token → Russian
label token, seen 3+ times, plain Latin; the split of eval_names.py: development half and
held-out half reported apart): those whose Cyrillic is a given name Russian declines
(OpenCorpora tags it Name, in the nominative singular, not indeclinable: Татьяна, Юрий; not
Юри), whose English one of bukva's Russian systems writes for it (Tatyana, Yury, Iurii), and
that English text does not use as a common word (Zipf under 3). Each English token
is checked in "In 1956 {name} Petrov wrote to the embassy." against a house of the Library
of Congress book form (ala-lc-book) and of ALA-LC with its marks. The right answer is the
house system's romanization of the Cyrillic token:

- right: a fix to that form, or no finding where the token already is that form;
- wrong fix (safe): a safe fix to anything else (Tatyana → Tatiana for Tat'iana);
- wrong fix (review): a fix for review to anything else;
- missed: no finding where the token is not the house form (Vasily left as if it were).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from eval_names import wikidata


def given_names(data: Path, held: bool) -> list[tuple[str, str]]:
    import bukva
    from bukva.checker.recognize import _morph
    from bukva.names.identity import RU_SYSTEMS

    morph = _morph()
    out = []
    seen = set()
    for en, cyr in wikidata(data, held, 10**6):
        if en in seen:
            continue
        if any(
            {"Name", "nomn", "sing"} <= p.tag.grammemes and not {"Fixd", "Erro"} & p.tag.grammemes
            for p in morph.parse(cyr.lower())
        ) and any(bukva.romanize(cyr, lang="ru", system=s) == en for s in RU_SYSTEMS):
            seen.add(en)
            out.append((en, cyr))
    return sorted(out)


def score(pairs: list[tuple[str, str]], house: str) -> dict[str, list[str]]:
    import bukva
    from bukva.checker.check import check_text
    from bukva.languages.english import english

    out: dict[str, list[str]] = {k: [] for k in ("right", "safe wrong", "review wrong", "missed")}
    for en, cyr in pairs:
        if english(en) >= 3.0:
            continue  # a word English text uses: left as English by design
        want = bukva.romanize(cyr, lang="ru", system=house)
        text = f"In 1956 {en} Petrov wrote to the embassy."
        found = [f for f in check_text(text, {"ru": house}) if text[f.start : f.end] == en]
        if not found:
            out["right" if en == want else "missed"].append(f"{en} ({want})")
        elif found[0].fix == want:
            out["right"].append(en)
        else:
            kind = "safe wrong" if found[0].safe else "review wrong"
            out[kind].append(f"{en} → {found[0].fix} ({want})")
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("data", type=Path)
    ap.add_argument("--show", action="store_true", help="list the wrong and missed names")
    args = ap.parse_args()
    for held in (False, True):
        pairs = given_names(args.data, held)
        for house in ("ala-lc-book", "ala-lc"):
            r = score(pairs, house)
            total = sum(map(len, r.values()))
            half = "held-out" if held else "development"
            counts = ", ".join(f"{k} {len(v)}" for k, v in r.items())
            print(f"{half}, {house}: {total} given names; {counts}")
            if args.show:
                for k in ("safe wrong", "review wrong", "missed"):
                    print(f"  {k}: {'; '.join(r[k])}")


if __name__ == "__main__":
    main()
