"""Ukrainian names in a Ukrainian romanization read back, and Russian names left Russian.

    python benchmarks/eval_ukrainian_names.py [--sample 1500]

- Ukrainian: surnames and given names (nominative, masculine or indeclinable) of pymorphy3's
  Ukrainian dictionary (pymorphy3-dicts-uk, built from the brown-uk project's dictionary), a
  seeded sample, written by the national system (2010; BGN/PCGN 2019) and read back with
  ``lang="uk"``: top-1. The reader consults the same dictionary, so this measures how the
  Latin's ambiguities (і, ї, й all i; the soft sign not written) are resolved, not coverage.
  With no language given (``lang="ru"``, the default), how many are taken as Ukrainian names
  (a notice), and how many come back with a letter Russian lacks (they must not).
- Russian: surnames and given names of pymorphy3's Russian dictionary (OpenCorpora), a seeded
  sample, written by each of bukva's nine Russian systems and read back with no system given:
  how many readings are taken as Ukrainian (each one a Russian name misread: the count to keep
  at zero), and how many readings changed against the same reading with the Ukrainian step
  off is what the stop's before/after runs compare.
"""

from __future__ import annotations

import argparse
import random
import re

import bukva
from bukva.languages.lexicon import _analyzer
from bukva.names.russian import RU_SYSTEMS
from bukva.reading_back import _reverse_detailed


def _names(lang: str, sample: int, seed: int) -> list[str]:
    """A seeded sample of the dictionary's surnames and given names in the nominative (their
    dictionary forms, masculine or indeclinable), capitalised."""
    morph = _analyzer(lang)
    found = set()
    for word, tag, normal, _para, _idx in morph.dictionary.iter_known_words(""):
        g = tag.grammemes
        if word != normal or "nomn" not in g or "plur" in g or not ("Surn" in g or "Name" in g):
            continue
        if ("masc" in g or "Fixd" in g) and re.fullmatch("[^\\W\\d_]{3,}", word):
            found.add(word.capitalize())
    return random.Random(seed).sample(sorted(found), min(sample, len(found)))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sample", type=int, default=1500)
    args = ap.parse_args()

    names = _names("uk", args.sample, 1)
    right = taken = foreign = 0
    for name in names:
        latin = bukva.romanize(name, lang="uk", system="bgn-pcgn")
        right += bukva.reverse(latin, lang="uk") == name
        read = _reverse_detailed(latin, "ru", "auto", {})
        taken += any(n.code == "ukrainian" for n in read.warnings)
        foreign += bool(re.search("[іїєґ]", read.text.lower()))
    print(
        f"Ukrainian dictionary names ({len(names)}), national system, read back with lang uk: "
        f"top-1 {right / len(names):.1%}; with no language given, taken as Ukrainian "
        f"{taken} ({taken / len(names):.1%}), a letter Russian lacks left {foreign}"
    )

    names = _names("ru", args.sample // 3, 2)
    readings = misread = 0
    examples: list[str] = []
    for name in names:
        for system in RU_SYSTEMS:
            latin = bukva.romanize(name, lang="ru", system=system)
            read = _reverse_detailed(latin, "ru", "auto", {})
            readings += 1
            if any(n.code == "ukrainian" for n in read.warnings):
                misread += 1
                examples.append(f"{name} {system} {latin} → {read.text}")
    print(
        f"Russian dictionary names ({len(names)} × {len(RU_SYSTEMS)} systems = {readings} "
        f"readings), no system given: taken as Ukrainian {misread}"
        + (f" ({'; '.join(examples[:8])})" if examples else "")
    )


if __name__ == "__main__":
    main()
