"""The Cyrillic a Latin name stands for, read back by every Russian system (no system given):
the readings, the systems that give each, and which one wins."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from ..engine.text import nfc
from ..languages.charmodel import trigram_counts

RU_SYSTEMS = (
    "ala-lc",
    "ala-lc-book",
    "bgn-pcgn",
    "iso9",
    "popular",
    "german",
    "czech",
    "french",
    "polish",
)
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʻ": "'", "ʼ": "'", "`": "'"})


@lru_cache(maxsize=20_000)
def _russian(word: str) -> tuple[str, dict[str, float], tuple[str, ...]] | None:
    """The Cyrillic a Latin surname stands for, the systems that write it so (weights)."""
    low = nfc(word.lower().translate(_APOSTROPHES))
    variants = [low]
    if "'" in low or '"' in low:  # a typed apostrophe for the soft sign's prime: Yel'tsin
        variants.append(low.replace("'", "ʹ").replace('"', "ʺ"))
    found = _readings(word, tuple(variants))
    plain = unicodedata.normalize("NFD", low)
    stripped = "".join(c for c in plain if unicodedata.category(c) != "Mn")
    exact = any(s in _exact_systems() for w in found.values() for s in w)
    if stripped != low and not exact:  # Mikoïan, Gaïdouk: a diaeresis some transcriptions add
        for cyr, weights in _readings(word, (stripped,)).items():  # (Slapovskiĭ is read as
            found.setdefault(cyr, {}).update(weights)  # written: ALA-LC's breve, exactly)
    if not found:
        return None
    best = max(  # a name in its dictionary form first (Алексей over its plural алексеи)
        found,
        key=lambda c: (
            max(found[c].values()) >= 1,
            max(found[c].values()) >= 4,
            sum(found[c].values()) + (_likelihood(c) if max(found[c].values()) < 1 else 0.0),
            len(found[c]),
        ),
    )
    return best, found[best], tuple(found)


def _readings(word: str, variants: tuple[str, ...]) -> dict[str, dict[str, float]]:
    """Each Cyrillic reading of the spellings ``variants`` of ``word``, with the systems that
    write it so and how much each counts (a name of the lexicon most)."""
    from ..calls import compiled
    from ..checker.recognize import _is_surname, _lexicon_entry, yo_name
    from ..engine.reverse import build_reverser
    from ..languages.charmodel import model_for

    found: dict[str, dict[str, float]] = {}
    model = model_for("ru")
    for system in RU_SYSTEMS:
        comp = compiled("ru", system)
        rev = build_reverser(comp)
        for v in variants:
            try:
                if rev.exact:
                    cands = [rev.exact_word(v)]
                else:
                    cands = rev._lattice(v, model, beam=24, keep=6)
            except Exception:
                continue
            good = [c for c in cands if _all_russian(c) and nfc(comp._lower_word(c)) in variants]
            known = [c for c in good if _lexicon_entry(c) is not None]
            if not known:  # ё after a hissing consonant written o (Khrushchov, Gorbachov)
                known = [hit[0] for hit in map(yo_name, good) if hit]
            if word[:1].isupper():
                known.sort(key=lambda c: not (_lexicon_entry(c) or ("", False))[1])
            for cyr in (known or good)[:1]:  # a word of the lexicon before a bare round trip
                entry = _lexicon_entry(cyr)
                # a name (surname, first name, patronymic, place) before a common word: a
                # capitalised Aleksei is Алексей, not the form алексеи the lexicon also has
                named = entry is not None and (entry[1] or _is_surname(cyr))
                weight = 0.5 if entry is None else (3.0 if named and word[:1].isupper() else 1.0)
                if entry is not None and _is_lemma(cyr):
                    weight += 1.0  # a name is cited in its dictionary form (Алексей, not алексеи)
                found.setdefault(entry[0] if entry else cyr, {})[system] = weight
    return found


def _likelihood(cyr: str) -> float:
    """A word the lexicon does not know: how Russian its letters look (the character model's
    log-probability), so that Горкий beats Горкии when only the systems' count differs."""
    from ..languages.charmodel import model_for

    model = model_for("ru")
    return model(cyr) if model is not None else 0.0


@lru_cache(maxsize=1)
def _exact_systems() -> frozenset[str]:
    """The Russian systems that read back exactly (ALA-LC, ISO 9): a mark they read is theirs."""
    from ..calls import compiled
    from ..engine.reverse import build_reverser

    return frozenset(s for s in RU_SYSTEMS if build_reverser(compiled("ru", s)).exact)


def _all_russian(word: str) -> bool:
    """Only Russian letters in a reading: not the ĭ a system without it passes through, nor
    the Ukrainian ї ISO 9 reads in Mikoïan."""
    return all("а" <= ch <= "я" or ch == "ё" for ch in word.lower() if ch.isalpha())


@lru_cache(maxsize=50_000)
def _is_lemma(cyr: str) -> bool:
    from ..checker.recognize import _morph

    morph = _morph()  # a declinable word: Андрей; Андреи is also an indeclinable foreign name
    return morph is not None and any(
        p.normal_form == cyr and "Fixd" not in p.tag for p in morph.parse(cyr)
    )


RUSSIAN_TRIGRAM = 10  # surnames of OpenCorpora that must hold each trigram of a Russian one


def russian_looking(word: str) -> bool:
    """Whether every letter trigram of ``word`` is common in Russian surnames (Харин, Гарин;
    not Цолин, Бледдын, Гоодвин: readings of Colin, Bleddyn, Goodwin letter by letter)."""
    marked = f"^^{word.lower().replace('ё', 'е')}$"
    table = trigram_counts("ru-surnames-trigrams") or {}
    return all(table.get(marked[i : i + 3], 0) >= RUSSIAN_TRIGRAM for i in range(len(marked) - 2))
