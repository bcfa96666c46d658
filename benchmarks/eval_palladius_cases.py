"""Chinese names in Russian text, in every case: converted back to pinyin?

    python benchmarks/eval_palladius_cases.py

CC-CEDICT's persons (a surname and a given name of one or two syllables; mdbg.net, CC BY-SA
4.0) written in Palladius by bukva's table, then put in the genitive, dative and instrumental
as Russian grammar declines a name that ends in a consonant (Цзэдун: Цзэдуна, Цзэдуну,
Цзэдуном; Лэй: Лэя, Лэю, Лэем; Дань: Даня, Даню, Данем; a name ending in a vowel does not
decline), and converted back: is it the pinyin again? The nominative is scored too (nothing
may be lost for the endings' sake). The Palladius forms are bukva's own, so this measures the
reading of case endings, not the syllable table. Apart, the prepositional of the persons and
of CC-CEDICT's places (в Ухане, о Цзэдуне), where Palladius's н (ng) and нь (n) meet in -не: the
reading takes the soft stem where that is a name CC-CEDICT or the gazetteer has, so the places
are in-sample for that check. Last, the gazetteer's own Russian names of Chinese places and
persons (Пекин, Мукден, Сунь Ятсен, Маньчжурия), their last word put in the genitive, dative,
instrumental and prepositional (``gazetteer_cases``): converted to the entry's pinyin?
In-sample for the names (they are the gazetteer's), not for the reading of their cases.
Also: the persons in the older Soviet-era spelling (Мао Цзе-дун), CC-CEDICT's places of one
word in the nominative, and false alarms on the 20,000 commonest Russian words (wordfreq).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bukva.chinese.convert import convert
from bukva.chinese.syllables import join

NAMES = Path(__file__).resolve().parent.parent / "src" / "bukva" / "data" / "zh-cedict-names.tsv"


def _rows():
    """(role, toneless syllables, word sizes) of each name CC-CEDICT has."""
    for line in NAMES.read_text("utf-8").splitlines():
        if not line.startswith("#"):
            _, role, reading, groups = line.split("\t")
            yield role, [r.rstrip("12345").replace("u:", "ü") for r in reading.split()], groups


def persons() -> list[str]:
    return [
        syllables[0].capitalize() + " " + join(syllables[1:]).capitalize()
        for role, syllables, groups in _rows()
        if role == "person" and groups in ("1,1", "1,2")
    ]


def declined(name: str) -> list[str]:
    """The name in the genitive, dative and instrumental ([] where it does not decline)."""
    surname, given = name.split(" ")
    last = given[-1]
    if last in "аеёиоуыэюя" or not all("\u0400" <= c <= "\u04ff" for c in given):
        return []
    if last in "йь":
        return [f"{surname} {given[:-1]}{e}" for e in ("я", "ю", "ем")]
    return [f"{surname} {given}{e}" for e in ("а", "у", "ом")]


def places() -> list[str]:
    """CC-CEDICT's places of one written word (a city's name without its 市, a place's)."""
    return sorted(
        {
            join(syllables).capitalize()
            for role, syllables, groups in _rows()
            if role in ("city", "proper") and "," not in groups and len(syllables) == 2
        }
    )


def prepositional(word: str) -> str | None:
    """A name in the prepositional (в Ухане, о Цзэдуне), or None where it does not decline."""
    last = word[-1]
    if last in "аеёиоуыэюя" or not all("\u0400" <= c <= "\u04ff" for c in word):
        return None
    return word[:-1] + "е" if last in "йь" else word + "е"


def round_trip(system: str, decline, label: str) -> list[str]:
    """CC-CEDICT's persons written in ``system`` and back, in the nominative and declined
    (``label`` names the forms): prints the scores, returns the names."""
    names = persons()
    back = cases = right = 0
    for pinyin in names:
        written = convert(pinyin, "pinyin", system)
        back += convert(written, system, "pinyin") == pinyin
        for form in decline(written):
            cases += 1
            right += convert(form, system, "pinyin") == pinyin
    print(
        f"{len(names)} CC-CEDICT persons in {system}: the nominative back to its pinyin "
        f"{back / len(names):.1%}; {cases} declined forms ({label}) back to the pinyin "
        f"{right / max(cases, 1):.1%}"
    )
    return names


def main() -> None:
    names = round_trip("palladius", declined, "genitive, dative, instrumental")

    right = cases = 0
    for pinyin in names + places():
        palladius = convert(pinyin, "pinyin", "palladius")
        *head, last = palladius.split(" ")
        form = prepositional(last)
        if form is not None:
            cases += 1
            right += convert(" ".join([*head, form]), "palladius", "pinyin") == pinyin
    print(
        f"the same persons and CC-CEDICT's places of one word in the prepositional (о Цзэдуне, "
        f"в Ухане): {cases} forms back to the pinyin {right / max(cases, 1):.1%}"
    )


def gazetteer_cases() -> list[tuple[str, str]]:
    """(declined Russian form, pinyin) of the gazetteer's Chinese places and persons written
    in Russian: the last word in the genitive, dative, instrumental and prepositional as
    Russian declines a noun of its ending (Пекин: Пекина, Пекину, Пекином, Пекине; Шанхай:
    Шанхая ...; Маньчжурия: Маньчжурии, Маньчжурию, Маньчжурией; a word in another vowel does
    not decline: Чэнду, Чан Кайши)."""
    from bukva.names.gazetteer import entries

    endings = {"": ("а", "у", "ом", "е"), "й": ("я", "ю", "ем", "е"), "ь": ("я", "ю", "ем", "е")}
    out = []
    for entry in entries().values():
        if entry.origin != "zh" or not entry.cyrillic or not entry.pinyin:
            continue
        if entry.kind not in ("place", "person"):
            continue
        *head, last = entry.cyrillic.split(" ")
        if last.endswith("ия"):
            forms = [last[:-1] + e for e in ("и", "ю", "ей")]
        elif last[-1] in "йь":
            forms = [last[:-1] + e for e in endings[last[-1]]]
        elif last[-1] in "аеёиоуыэюя":
            continue
        else:
            forms = [last + e for e in endings[""]]
        out += [(" ".join([*head, form]), entry.pinyin) for form in forms]
    return out


def older(palladius: str) -> str | None:
    """The older Soviet-era spelling: е for э after a consonant, н for нь before a consonant
    (Мао Цзе-дун, Гоминдан), the given name hyphenated as it was then; None where the
    letters are the same."""
    import re

    from bukva.chinese.tables import parse_exact, table

    words = palladius.split(" ")
    tab = table("palladius")
    if len(words) == 2 and len(syllables := parse_exact(words[1], tab) or []) == 2:
        spell = tab.from_pinyin
        words[1] = "-".join(spell.get(x, x) for x in syllables).capitalize()
    text = " ".join(words)
    letters = re.sub("(?<=[бвгджзклмнпрстфхцчшщ])э", "е", text)
    letters = re.sub("нь(?=[бвгджзклмпрстфхцчшщ-])", "н", letters)
    return letters if letters != text else None


def older_main(names: list[str]) -> None:
    changed = [(o, p) for p in names if (o := older(convert(p, "pinyin", "palladius")))]
    right = sum(convert(o, "palladius", "pinyin") == p for o, p in changed)
    print(
        f"the same persons in the older spelling (Мао Цзе-дун, Эн-лай), where it differs: "
        f"{len(changed)} forms back to the pinyin {right / max(len(changed), 1):.1%}"
    )


def places_main() -> None:
    """CC-CEDICT's places of one word, nominative: Palladius writes no apostrophe, so a
    joined word may split two ways (Хунань: hu·nan, hong·an)."""
    names = places()
    right = sum(
        convert(convert(p, "pinyin", "palladius"), "palladius", "pinyin") == p for p in names
    )
    print(
        f"CC-CEDICT's places of one word in Palladius, nominative: {len(names)} back to the "
        f"pinyin {right / max(len(names), 1):.1%}"
    )


def own_words_main(lang: str = "ru", system: str = "palladius", language: str = "Russian") -> None:
    """False alarms: the 20,000 commonest words of ``lang`` (wordfreq), capitalised and alone,
    converted from ``system``: how many change (a word of the text's language is no name)."""
    from wordfreq import top_n_list

    words = [w.capitalize() for w in top_n_list(lang, 20000) if w.isalpha()]
    changed = [w for w in words if convert(w, system, "pinyin") != w]
    print(
        f"the {len(words):,} commonest {language} words, capitalised, alone: {len(changed)} "
        f"changed ({', '.join(changed[:12])})"
    )


def wikidata_main() -> None:
    """False conversions: the Wikidata name pairs' Cyrillic words (../shared/data, persons of
    every nation), converted alone as Palladius; a change is right where the English is the
    pinyin it gives (a Chinese name), else damage (Танака, Сато, Ли for Lee)."""
    from eval_names import wikidata

    folder = Path(__file__).resolve().parent.parent.parent / "shared" / "data"
    if not (folder / "wikidata-person-names").exists():
        return
    pairs = wikidata(folder, True, 10**6) + wikidata(folder, False, 10**6)
    changed = [
        (en, cyr, out) for en, cyr in pairs if (out := convert(cyr, "palladius", "pinyin")) != cyr
    ]
    wrong = [(en, cyr, out) for en, cyr, out in changed if out.lower() != en.lower()]
    print(
        f"Wikidata's {len(pairs):,} name words in Cyrillic, alone, converted as Palladius: "
        f"{len(changed)} changed, {len(wrong)} of them not to the English name "
        f"({', '.join(f'{c} {o}' for _, c, o in wrong[:6])})"
    )


def gazetteer_main() -> None:
    cases = gazetteer_cases()
    right = sum(convert(form, "palladius", "pinyin") == pinyin for form, pinyin in cases)
    print(
        f"the gazetteer's Russian names of Chinese places and persons, declined: "
        f"{len(cases)} forms to the pinyin {right / max(len(cases), 1):.1%}"
    )


if __name__ == "__main__":
    main()
    older_main(persons())
    places_main()
    own_words_main()
    wikidata_main()
    gazetteer_main()
