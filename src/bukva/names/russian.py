"""The Cyrillic a Latin name stands for, read back by every Russian system (no system given):
the readings, the systems that give each, and which one wins."""

from __future__ import annotations

import re
import tomllib
import unicodedata
from functools import cache, lru_cache

from ..engine.text import nfc
from ..languages.detect import ALPHABETS
from ..languages.name_counts import borne

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
# a Russian surname's ending (Иванов, Ильин, Хмелецкий, Шевченко, Шевчук, Петрович, -ая)
RUSSIAN_ENDING = re.compile(r"(?:[оеё]в|[иы]н|[сц]к(?:ий|ой)|енко|[ую]к|[ое]вич)а?$|(?:ая|яя)$")
_SHORT_I = re.compile("(?<=[аеёоуыэюя])и(?=[бвгджзклмнпрстфхцчшщ])")


@cache
def _spelling_rules() -> dict[str, tuple[tuple[re.Pattern[str], str, bool], ...]]:
    """The mixed and older spellings of Russian names, by group (data/ru-mixed-spellings.toml):
    (pattern, the spelling a system writes, whether a reading counts for a known name only)."""
    from ..languages.charmodel import DATA

    table = tomllib.loads((DATA / "ru-mixed-spellings.toml").read_text("utf-8"))
    return {
        group: tuple((re.compile(r["pattern"]), r["to"], r.get("strict", False)) for r in rules)
        for group, rules in table.items()
    }


def _forms(*groups: str) -> tuple[tuple[re.Pattern[str], str, bool], ...]:
    return tuple(rule for g in groups for rule in _spelling_rules()[g])


# a final -rich, -lich, -nich that no word of the lexicon reads is a German name's, whose ch
# Russian writes х (Ulbrich Ульбрих, Emmerich Эммерих, Metternich Меттерних): Wikidata's
# persons so named (its development half) bear -рих 212 times to -рич 92, -лих 52 to 10, -них
# 8 to 3 in Russian
_GERMAN_ICH = re.compile(r"(?<=[a-z])[rln]ich$")


_MOST_RULES = 8  # older and mixed spellings tried together at most (2 ** 8 combinations)


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
    if not any(max(w.values()) >= 1 and is_lemma(c) for c, w in found.items()):
        for cyr, weights in _older_readings(word, low).items():
            found.setdefault(cyr, {}).update(weights)
    if not found:
        return None
    if word[:1].isupper() and low.endswith(("ski", "cki", "zki")):
        found = _slavic_ski(low, found)
    if word[:1].isupper() and not any(max(w.values()) >= 1 for w in found.values()):
        found |= _soft_sign(low, found)  # Gogol: Гоголь, as the press writes it
    best = _best(found, bool(_GERMAN_ICH.search(low)))
    return best, found[best], tuple(found)


def _best(found: dict[str, dict[str, float]], german: bool) -> str:
    """The likeliest of a word's readings: a name in its dictionary form first (Алексей over
    its plural алексеи)."""
    return max(
        found,
        key=lambda c: (
            max(found[c].values()) >= 1,
            max(found[c].values()) >= 4,
            not c.startswith("ы"),  # a Latin name's y first is never ы (Yustrich Юстрич)
            german and c.endswith("их"),
            borne(c) > 0,  # a name persons bear over a spelling none does (Malvina Мальвина)
            not c.startswith(("иу", "иа")),  # Iudin Юдин: Russian names begin so all but never
            sum(found[c].values())
            + (1.0 if _from_a_word(c) else 0.0)  # Rassadina: Рассадина, of рассада
            + (_likelihood(c) if max(found[c].values()) < 1 else 0.0),
            borne(c),
            len(found[c]),
        ),
    )


def _slavic_ski(low: str, found: dict[str, dict[str, float]]) -> dict[str, dict[str, float]]:
    """A -ski name's readings in -ски, -цки that no word of the lexicon is, as the -ский, -цкий
    Russian writes a Slavic -ski with (Lubomirski Любомирский; see reading_back's
    ``_surname_ending``), each counted for the systems that write that -ский form as ``low``
    (Polish and German -ski; ALA-LC's is -skiĭ): Любомирский by the Polish lu, not Лубомирский,
    whose -ски reading seven systems gave; one that no system writes so counts a tenth."""
    from ..calls import compiled

    out: dict[str, dict[str, float]] = {}
    for cyr, weights in found.items():
        full = skii(cyr)
        if full is not None:  # one that none writes so counts little (no name ends in -ски)
            writers = {
                s: w for s, w in weights.items() if nfc(compiled("ru", s)._lower_word(full)) == low
            }
            cyr, weights = full, writers or {s: w / 10 for s, w in weights.items()}
        out.setdefault(cyr, {}).update(weights)
    return out


def skii(read: str) -> str | None:
    """A reading in -ски, -цки that no word of the lexicon is as -ский, -цкий, in its case
    (no Russian name ends in -ски: по-русски is an adverb); None for any other reading. A
    word the lexicon has only as a plural noun is none (шимановски, "the Shimanovsks", of the
    town Шимановск: Szymanowski is Шимановский)."""
    from ..checker.recognize import _lexicon_entry, _morph

    low = read.lower()
    if not low.endswith(("ски", "цки")):
        return None
    if _lexicon_entry(low) is not None and not all(
        {"NOUN", "plur"} <= p.tag.grammemes for p in _morph().parse(low)
    ):
        return None
    return read + ("Й" if read.isupper() else "й")


def _soft_sign(low: str, found: dict[str, dict[str, float]]) -> dict[str, dict[str, float]]:
    """A final soft sign the systems that drop it dropped (popular, German, Czech, French:
    Gogol Гоголь): a reading no word of the lexicon is, whose form with ь is a name of the
    lexicon that those systems write as ``low``."""
    from ..calls import compiled
    from ..checker.recognize import _is_surname, _lexicon_entry

    out: dict[str, dict[str, float]] = {}
    for cyr in found:
        soft = cyr + "ь"
        entry = _lexicon_entry(soft)
        if cyr[-1:] in CONSONANTS and entry is not None and (entry[1] or _is_surname(soft)):
            systems = [s for s in RU_SYSTEMS if nfc(compiled("ru", s)._lower_word(soft)) == low]
            if systems:
                out[soft] = dict.fromkeys(systems, 3.0 + is_lemma(soft))
    return out


CONSONANTS = frozenset("бвгджзклмнпрстфхцчшщ")


def _older_readings(
    word: str, low: str, held: bool = False, forms: tuple | None = None
) -> dict[str, dict[str, float]]:
    """The names of the lexicon ``low`` is in an older or mixed spelling (Rachmaninoff
    Рахманинов), each with the systems that write the modern spelling; unless ``held``, also
    readings the lexicon only guesses are surnames (reading back ranks them with the rest;
    the check reports only names it holds: Einstein is no еынстеын)."""
    from ..checker.recognize import _is_surname, _lexicon_entry

    if forms is None:
        forms = _forms("older") if held else _forms("older", "reading")
    rules = [rule for rule in forms if rule[0].search(low)][:_MOST_RULES]
    spellings: dict[str, bool] = {}  # spelling → whether it holds a rule for known names only
    for chosen in range(1, 2 ** len(rules)):  # each rule alone and with others (Tchaikovsky:
        spelling, strict = low, False  # tch and ai, not -kii)
        for k, (pattern, modern, known_only) in enumerate(rules):
            if chosen >> k & 1:
                spelling = pattern.sub(modern, spelling)
                strict = strict or known_only
        if spelling != low:
            spellings[spelling] = spellings.get(spelling, True) and strict
    found = {}
    for strict in (False, True):
        older = tuple(s for s, only in spellings.items() if only == strict)
        if not older:
            continue
        for cyr, weights in _readings(word, older).items():
            entry = _lexicon_entry(cyr)
            if (entry is not None and entry[1]) or (not held and not strict and _is_surname(cyr)):
                found.setdefault(cyr, {}).update(weights)
    return found


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
        rev = build_reverser(comp, ALPHABETS["ru"])
        for v in variants:
            try:
                if rev.exact:
                    cands = [rev.exact_word(v)]
                else:
                    cands = rev._lattice(v, model, beam=24, keep=6)
            except Exception:
                continue
            good = [c for c in cands if _all_russian(c) and nfc(comp._lower_word(c)) in variants]
            for c in good[:]:  # й written i, which the lattice may not reach (Michailowitsch)
                short = _SHORT_I.sub("й", c)
                if short not in good and nfc(comp._lower_word(short)) in variants:
                    good.append(short)
            known = [c for c in good if _lexicon_entry(c) is not None and not misspelt(c)]
            if not known:  # ё after a hissing consonant written o (Khrushchov, Gorbachov)
                known = [hit[0] for hit in map(yo_name, good) if hit]
            if word[:1].isupper():
                known.sort(  # a name, and of names one in its dictionary form (Дзержинский,
                    key=lambda c: (  # not дзержински, the town Дзержинск's plural)
                        not (_lexicon_entry(c) or ("", False))[1],
                        not is_lemma(c),
                        -borne(c),
                    )
                )
            for cyr in (known or good)[:1]:  # a word of the lexicon before a bare round trip
                entry = _lexicon_entry(cyr)
                if entry is not None and word[:1].isupper() and short_adjective(cyr):
                    entry = None  # Podgorny: подгорны, a short adjective, names no one
                # a name (surname, first name, patronymic, place) before a common word: a
                # capitalised Aleksei is Алексей, not the form алексеи the lexicon also has
                named = entry is not None and (entry[1] or _is_surname(cyr))
                weight = 0.5 if entry is None else (3.0 if named and word[:1].isupper() else 1.0)
                if entry is not None and is_lemma(cyr):
                    weight += 1.0  # a name is cited in its dictionary form (Алексей, not алексеи)
                elif entry is not None and not named and word[:1].isupper() and _surname_form(cyr):
                    weight = 4.0  # Lapin: the surname Лапин, as a name in its dictionary form
                found.setdefault(entry[0] if entry else cyr, {})[system] = weight
    return found


_POSSESSIVE = re.compile("(?:ин|ын|ов|ев|ёв)(?:а)?$")


@lru_cache(maxsize=20_000)
def _from_a_word(cyr: str) -> bool:
    """Whether a reading is a surname made as Russian makes them from a word the lexicon has in
    its dictionary form: -ин, -ына of a word in -а, -я (Рассадина of рассада, Майкин of майка),
    -ов, -ев of one ending in a consonant, -ь, -й or -о (Бобров of бобр). Counted as much as
    two more systems reading it so (Rassadina is Рассадина, not French ss's Расадина), never so
    much that it outweighs most systems (Zenin stays Зенин, though German Ценин is of цена)."""
    from ..checker.recognize import _lexicon_entry

    m = _POSSESSIVE.search(cyr)
    if m is None or m.start() < 3:
        return False
    stem = cyr[: m.start()]
    if m.group().startswith(("ин", "ын")):
        bases = (stem + "а", stem + "я")
    else:
        bases = (stem, stem + "ь", stem + "й", stem + "о")
    return any(_lexicon_entry(b) is not None and is_lemma(b) for b in bases)


def _surname_form(cyr: str) -> bool:
    """Whether a case form of a common word is spelt as a Russian surname in the nominative
    (лапин, the genitive plural of лапина, is the surname Лапин, which the lexicon lacks; a
    capitalised Lapin is no more Polish's Ляпин than the other systems' Лапин): a surname's
    ending after a stem of two letters or more (not хин, the genitive plural of хина)."""
    ending = RUSSIAN_ENDING.search(cyr)
    return ending is not None and ending.start() >= 2


def _likelihood(cyr: str) -> float:
    """A word the lexicon does not know: how Russian its letters look (the character model's
    log-probability), so that Горкий beats Горкии when only the systems' count differs."""
    from ..languages.charmodel import model_for

    model = model_for("ru")
    return model(cyr) if model is not None else 0.0


@lru_cache(maxsize=1)
def romanized_letters() -> frozenset[str]:
    """Every letter some Russian system of bukva's writes (č, š, ž, ė, ĭ, ł, ż ...): a letter
    outside them (í, á, ů, ý, ą, ś, ö, ä, ü, ß, é ...) is another language's."""
    from ..calls import compiled

    abc = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"
    words = (abc, "ья", "ье", "ью", "ьё", "йо", "ый", "ий", "ие", "ъе", "алекс", "кс")  # x: Alex
    return frozenset(
        c
        for s in RU_SYSTEMS
        for w in words
        for c in compiled("ru", s)._lower_word(w)
        if c.isalpha()
    )


def own_letters(word: str) -> bool:
    """Whether ``word`` has a letter no Russian system writes (Kōsaka's ō, Novotný's ý): it is
    no romanized Russian word, whatever a system reads it as."""
    letters = romanized_letters()
    return any(c not in letters for c in word.lower() if c.isalpha())


@lru_cache(maxsize=1)
def _exact_systems() -> frozenset[str]:
    """The Russian systems that read back exactly (ALA-LC, ISO 9): a mark they read is theirs."""
    from ..calls import compiled
    from ..engine.reverse import build_reverser

    letters = ALPHABETS["ru"]
    return frozenset(s for s in RU_SYSTEMS if build_reverser(compiled("ru", s), letters).exact)


def _all_russian(word: str) -> bool:
    """Only Russian letters in a reading: not the ĭ a system without it passes through, nor
    the Ukrainian ї ISO 9 reads in Mikoïan."""
    return all("а" <= ch <= "я" or ch == "ё" for ch in word.lower() if ch.isalpha())


@lru_cache(maxsize=50_000)
def misspelt(cyr: str) -> bool:
    """Whether the lexicon holds ``cyr`` only as a misspelling (OpenCorpora's Erro: Михаилович)."""
    from ..checker.recognize import _morph

    morph = _morph()
    parses = morph.parse(cyr.lower()) if morph is not None else []
    return bool(parses) and all("Erro" in p.tag for p in parses)


@lru_cache(maxsize=50_000)
def short_adjective(cyr: str) -> bool:
    """Whether the lexicon has a Cyrillic word only as a short adjective (подгорны, красны):
    no name's form, where the full one is (Подгорный, Красный, as the press's -y writes
    them)."""
    from ..checker.recognize import _morph

    morph = _morph()
    parses = morph.parse(cyr) if morph is not None else []
    return bool(parses) and all(p.tag.POS == "ADJS" for p in parses)


@lru_cache(maxsize=50_000)
def is_lemma(cyr: str) -> bool:
    """Whether a Cyrillic word is in its dictionary form or the nominative singular (Андрей,
    Иванова), not another case (Дзержински, the town's plural) nor a misspelling."""
    from ..checker.recognize import _morph

    morph = _morph()  # a declinable word: Андрей; Андреи is also an indeclinable foreign name
    return morph is not None and any(  # in its dictionary form or the nominative singular
        "Fixd" not in p.tag  # (Михайлович, which OpenCorpora files under its misspelling
        and "Erro" not in p.tag  # Михаилович; a woman's Иванова), not a misspelling
        and (p.normal_form == cyr or {"nomn", "sing"} <= p.tag.grammemes)
        for p in morph.parse(cyr)
    )


def foreign_given_name(cyr: str) -> bool:
    """Whether a Cyrillic word is a given name Russian does not decline and nothing else
    (Пальмиро, Марио, Юри: OpenCorpora's indeclinable, Fixd, names): another language's name
    in Russian letters, whose Latin spelling is as likely its bearer's own. Russian given names
    decline (Ольга, Борис); Андреи is also Андрей's plural, so it is not one."""
    from ..checker.recognize import _morph

    morph = _morph()
    if morph is None:
        return False
    parses = morph.parse(cyr)
    return any("Name" in p.tag and "Fixd" in p.tag for p in parses) and all(
        "Fixd" in p.tag for p in parses
    )
