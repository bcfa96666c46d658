"""The period's Soviet persons in every system and every form a book, a catalog or a file
writes them in: does ``match`` join them, and does it keep namesakes apart?

    python benchmarks/eval_name_forms.py [--no-gazetteer]

The gazetteer's Soviet persons with given names (tools/data/period-names.toml), each written
by the nine Russian systems in five forms (Nikita Sergeevich Khrushchev; Khrushchev, N. S.;
N. S. Khrushchev; Khrushchev, Nikita Sergeevich; Khrushchev), matched with the Cyrillic in
three forms (Хрущёв Никита Сергеевич, Никита Хрущёв, Хрущёв) and with one another across
systems (the full name and the catalog form of each); apart, the catalog form with one-letter
initials (Woroschilow, K. J.), as German and the press shorten them. Namesakes: each person's
surname, in the catalog form and with one-letter initials, with another person's given names,
one initial at least another letter in Russian (Khrushchev, A. A. against Хрущёв Никита
Сергеевич), must not match. ``--no-gazetteer``: with the gazetteer's
look-up switched off, so that the names are read, not looked up (what a name the gazetteer
lacks meets). Written by us from the gazetteer's names, in-sample for the gazetteer.
"""

from __future__ import annotations

import argparse
import itertools
import tomllib
from pathlib import Path

import bukva

ROOT = Path(__file__).resolve().parent.parent


def persons() -> list[dict]:
    data = tomllib.loads((ROOT / "tools" / "data" / "period-names.toml").read_text("utf-8"))
    return [e for e in data["soviet"] if e.get("given") and len(e["given"][0].split()) == 2]


def forms(surname: str, given: str, system: str) -> list[str]:
    """The five Latin forms of a person's name by ``system``, each initial its letter as the
    system spells it (Ю: Yu., I͡U., Ju.)."""

    def r(text: str) -> str:
        return bukva.romanize(text, lang="ru", system=system)

    sur, names = r(surname), [r(g) for g in given.split()]
    initials = " ".join(r(g[0]) + "." for g in given.split())  # Yu., I͡U., Ju. for Ю
    whole = " ".join(names)
    return [f"{whole} {sur}", f"{sur}, {initials}", f"{initials} {sur}", f"{sur}, {whole}", sur]


def one_letter(surname: str, given: str, system: str) -> str:
    """The catalog form with one-letter initials, as German and press usage shortens them
    (Woroschilow, K. J.; Andropov, Y. V.)."""
    names = [bukva.romanize(g, lang="ru", system=system) for g in given.split()]
    sur = bukva.romanize(surname, lang="ru", system=system)
    return f"{sur}, {' '.join(n[:1] + '.' for n in names)}"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--no-gazetteer", action="store_true")
    args = ap.parse_args()
    if args.no_gazetteer:
        import bukva.names.identity as identity

        identity.lookup = lambda *a, **k: ()  # type: ignore[assignment]
    from bukva.names.russian import RU_SYSTEMS

    people = persons()
    right = total = 0
    for e in people:
        given = e["given"][0]
        cyrillic = (f"{e['ru']} {given}", f"{given.split()[0]} {e['ru']}", e["ru"])
        for system in RU_SYSTEMS:
            for latin in forms(e["ru"], given, system):
                for c in cyrillic:
                    total += 1
                    right += bukva.match(latin, c).same
    print(f"Latin ~ Cyrillic: {right} of {total} matched ({right / total:.1%})")
    right = total = 0
    for e in people:
        for system in RU_SYSTEMS:
            total += 1
            right += bukva.match(
                one_letter(e["ru"], e["given"][0], system), e["ru"] + " " + e["given"][0]
            ).same
    print(f"  one-letter initials (Woroschilow, K. J.): {right} of {total} matched")
    right = total = 0
    for e in people:
        written = [forms(e["ru"], e["given"][0], s) for s in RU_SYSTEMS]
        both = [f[0] for f in written] + [f[1] for f in written]
        for a, b in itertools.combinations(both, 2):
            total += 1
            right += bukva.match(a, b).same
    print(f"Latin ~ Latin across systems: {right} of {total} matched ({right / total:.1%})")
    false = total = 0
    for e, other in itertools.permutations(people, 2):
        mine, theirs = e["given"][0].split(), other["given"][0].split()
        if mine[0][0] == theirs[0][0] and mine[1][0] == theirs[1][0]:
            continue  # the same initials: not told apart by them
        target = f"{e['ru']} {e['given'][0]}"
        for system in ("ala-lc", "bgn-pcgn", "german", "polish"):
            for latin in (
                forms(e["ru"], other["given"][0], system)[1],
                one_letter(e["ru"], other["given"][0], system),
            ):
                total += 1
                false += bukva.match(latin, target).same
    print(f"Namesakes (the surname with another's initials): {false} of {total} falsely matched")


if __name__ == "__main__":
    main()
