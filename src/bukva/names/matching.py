"""Whether two names are one person's (or place's): :func:`match`."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ..languages.name_counts import name_counts as _name_counts
from .belarusian import belarusian_match
from .doubling import doubling_differs
from .east_slavic import one_surname, ukrainian_forms
from .english import pronunciations
from .feminine import in_a
from .identity import EAST_SLAVIC, Identity, _fold, identify
from .initials import equivalent_initials, given_equivalents, given_letters
from .initials import latin_key as _latin_key
from .matching_zh import _chinese_word, _in_characters, _mixed, _other_system, _umlaut
from .mixed_spellings import baltic_stems
from .phonetic import coarse_alike, heard_in_english, initial_alike, sound_alike
from .practical import Practical, transcribed_as
from .russian import RUSSIAN_ENDING
from .russian_letters import russian_looking
from .spelled import SLAVIC_END, i_for_y, spellings, unmarked
from .verdict import Match


def match(a: str, b: str) -> Match:
    """Whether two names are one person's (or place's), with a score from 0 to 1 and why."""
    ia, ib = identify(a), identify(b)
    shared = set(ia.gazetteer) & set(ib.gazetteer)
    if shared:
        entry = min(shared)  # the period's list's entry before CC-CEDICT's, every run alike
        name = ia.sources[0] if ia.sources else ia.pinyin
        if _given_agree(ia, ib) is False:
            return Match(
                0.3, False, f"both are {name} in the gazetteer, but the given names differ"
            )
        return Match(1.0, True, f"both are {name} in the gazetteer ({entry})")
    mixed = _mixed(ia, ib) or _mixed(ib, ia)
    if mixed:
        return mixed
    if ia.key is None or ib.key is None:
        heard = _chinese_word(ia, ib) or _chinese_word(ib, ia)  # Xiahou = Сяхоу
        heard = heard or _other_system(ia, ib) or _other_system(ib, ia)  # Ko Hungwen
        heard = heard or _feminine(ia, ib) or _feminine(ib, ia)  # Wilhelmine = Вильгельмина
        heard = heard or _heard(ia, ib) or _heard(ib, ia)  # Eisenhower = Эйзенхауэр
        return heard or Match(0.0, False, "at least one name could not be read")
    kin = _east_slavic(ia, ib) if ia.key != ib.key else None
    if not kin and ia.key != ib.key:
        written = _written(ia, ib) or _written(ib, ia) or _umlaut(ia, ib) or _umlaut(ib, ia)
        written = written or _read_and_written(ia, ib) or _read_and_written(ib, ia)
        written = written or _in_baltic(ia, ib) or _in_baltic(ib, ia)
        written = written or _in_ukrainian(ia, ib) or _in_ukrainian(ib, ia)
        written = written or _in_ukrainian_read(ia, ib) or _in_ukrainian_read(ib, ia)
        written = written or _in_belarusian(ia, ib) or _in_belarusian(ib, ia)
        written = written or _equivalent_given(ia, ib) or _equivalent_given(ib, ia)
        written = written or _chinese_word(ia, ib) or _chinese_word(ib, ia)
        written = written or _other_system(ia, ib) or _other_system(ib, ia)
        written = written or _feminine(ia, ib) or _feminine(ib, ia)
        if written:
            return written
        if not {_fold(s) for s in ia.sources} & {_fold(s) for s in ib.sources}:
            heard = _in_characters(ia, ib) or _in_characters(ib, ia)  # 波德戈尔内 = Подгорный
            heard = heard or _heard(ia, ib) or _heard(ib, ia)
            return heard or Match(0.0, False, f"read as {_read(ia)} and {_read(ib)}")
    agree = _given_agree(ia, ib)
    if agree is False:
        written = _written(ia, ib) or _written(ib, ia)  # Shevchuk, H. P. = Шевчук, Г. П.
        if written and written.same:
            return written
        return Match(0.3, False, f"both read as {_read_both(ia, ib)}, but the given names differ")
    score = 0.97 if agree else 0.9
    return Match(score, True, kin or f"both read as {_read_both(ia, ib)}")


def _east_slavic(ia: Identity, ib: Identity) -> str | None:
    """Why two Cyrillic surnames are one in Russian and Ukrainian or Belarusian spelling
    (Скрыпник, Скрипник), or None."""
    if not all(i.script == "Cyrl" and i.language in EAST_SLAVIC and i.sources for i in (ia, ib)):
        return None  # a Latin name's reading: its systems, not two orthographies, decide
    a, b = ia.sources[0], ib.sources[0]
    if not one_surname(a, b):
        return None
    return f"{a} and {b} are one surname in Russian and Ukrainian or Belarusian spelling"


def _read_both(ia: Identity, ib: Identity) -> str:
    """The reading two names share (a Ukrainian name's Russian spelling: Shcherbytskyi and
    Shcherbitskii both read as Щербицкий), else the first's."""
    if ia.key == ib.key:
        return _read(ia)
    same = next((s for s in ia.sources if s in ib.sources), None)
    theirs = {_fold(s) for s in ib.sources}
    return same or next((s for s in ia.sources if _fold(s) in theirs), None) or _read(ia)


def _read(ident: Identity) -> str:
    """What a name was read as, for a reason: its Cyrillic (Ершов), or its pinyin."""
    if ident.language in EAST_SLAVIC and ident.sources:
        return ident.sources[0]
    return ident.pinyin or (ident.key or "")[3:]


def _given_agree(ia: Identity, ib: Identity) -> bool | None:
    """True if the given names' initials agree, False if they differ, None if one has none.
    Each may begin with any letter its spelling stands for in some system (Stalin, I. V. and
    Stalin, J. W.: :mod:`bukva.names.initials`); the Cyrillic letters the names were read as
    agreeing is enough."""
    if not ia.given_initials or not ib.given_initials:
        return None
    n = min(len(ia.given_initials), len(ib.given_initials))
    if ia.given_initials[:n] == ib.given_initials[:n]:
        return True
    if len(ia.given) != len(ia.given_initials) or len(ib.given) != len(ib.given_initials):
        return False  # the given names as written are not what the initials were read from
    return all(
        given_letters(a) & given_letters(b) for a, b in zip(ia.given[:n], ib.given[:n], strict=True)
    )


def _written(latin: Identity, cyrillic: Identity) -> Match | None:
    """The Latin name is the Cyrillic one as some system writes it, the given names' initials
    too, in the same language (Melʹnychenko, V. M. = Мельниченко, В. М. by ALA-LC Ukrainian;
    Holysh, H. M. = Голиш, Г. М.: Ukrainian г is h). Forward, so a Ukrainian or Belarusian name
    that reads back as Russian still meets its own spelling."""
    if latin.script != "Latn" or cyrillic.script != "Cyrl" or cyrillic.language not in EAST_SLAVIC:
        return None
    found = spellings(cyrillic.surname).get(_latin_key(latin.surname))
    # a name people bear as it reads unmarked (Silin: Силин) is not a marked one (Шилинь)
    if not found and not any(_name_counts().get(s.lower(), 0) for s in latin.sources[:1]):
        bare = unmarked(latin.surname, cyrillic.surname) or i_for_y(latin.surname, cyrillic.surname)
        found = (("ru", bare),) if bare else None
    if not found:
        return None
    langs = {lang for lang, _ in found}
    for mine, theirs in zip(latin.given, cyrillic.given, strict=False):
        langs &= _given_languages(mine, theirs)
    name = next((n for lang, n in found if lang in langs), found[0][1])
    said = f"{cyrillic.surname} is written {latin.surname} by {name}"
    if not langs:
        return Match(0.3, False, f"{said}, but the given names differ")
    return Match(0.97 if latin.given and cyrillic.given else 0.9, True, said)


def _in_baltic(latin: Identity, cyrillic: Identity) -> Match | None:
    """The Latin name is the Cyrillic one with the ending Latvian or Lithuanian gives it
    (Idionovs, Sitenkovas = Идионов, Ситенков; Rajeckis = Раецкий), whether the lexicon holds
    the name or not: the Cyrillic says which name it is. Not a word the English pronouncing
    dictionary holds (Perkins, Collins: English names of their own)."""
    if latin.script != "Latn" or cyrillic.script != "Cyrl" or cyrillic.language not in EAST_SLAVIC:
        return None
    if pronunciations(latin.surname.lower()):
        return None
    for stem in baltic_stems(latin.surname):
        found = _written(replace(latin, surname=stem), cyrillic)
        if found:
            said = f"{latin.surname} is {cyrillic.surname} with a Latvian or Lithuanian ending"
            return Match(
                found.score,
                found.same,
                said if found.same else f"{said}, but the given names differ",
            )
    return None


def _in_ukrainian(latin: Identity, cyrillic: Identity) -> Match | None:
    """The Latin name is the Russian Cyrillic one's Ukrainian spelling as a Ukrainian system
    writes it (Pidhornyi, Mykola = Подгорный Николай: Підгорний), the archives of Kyiv and
    Moscow naming one man; only with given names or initials that agree, as a Ukrainian
    initial may stand for its Russian name's (М. for Микола, Николай)."""
    if latin.script != "Latn" or cyrillic.script != "Cyrl" or cyrillic.language not in EAST_SLAVIC:
        return None
    if not SLAVIC_END.search(cyrillic.surname.lower()):
        return None  # a foreign name in Russian letters (Томми): no Ukrainian vowels in it
    key = _latin_key(latin.surname)
    for form in ukrainian_forms(cyrillic.surname):
        found = [name for _, name in spellings(form, ("uk",)).get(key, ())]
        if found:
            said = f"{latin.surname} is {form} by {found[0]}, {cyrillic.surname} in Ukrainian"
            n = min(len(latin.given), len(cyrillic.given))
            if not n:  # a surname alone: Harin may be Гарін, Гарин, or a Korean's own name
                return None
            if not all(
                _ukrainian_given(mine, theirs)
                for mine, theirs in zip(latin.given[:n], cyrillic.given[:n], strict=True)
            ):
                return Match(0.3, False, f"{said}, but the given names differ")
            return Match(0.9, True, said)
    return None


def _in_belarusian(latin: Identity, russian: Identity) -> Match | None:
    """The Latin surname is the Russian one's Belarusian form (Lukashenka = Лукашенко:
    Лукашэнка; :mod:`.belarusian`), the given names' initials agreeing. ``russian`` is in
    Cyrillic, or romanized and read back (Masherau = Masherov, P. M.)."""
    if latin.script != "Latn" or russian.language not in EAST_SLAVIC or not russian.sources:
        return None
    surname = russian.sources[0]
    if not _CYRILLIC.match(surname) or not SLAVIC_END.search(surname.lower()):
        return None
    found = belarusian_match(latin.surname, surname)
    if found is None:
        return None
    for mine, theirs in zip(latin.given, russian.given, strict=False):
        if not given_letters(mine) & given_letters(theirs) and "be" not in _given_languages(
            mine, theirs
        ):
            return Match(0.3, False, f"{found.reason}, but the given names differ")
    return found


_CYRILLIC = re.compile("[\u0400-\u04ff]")


def _equivalent_given(latin: Identity, cyrillic: Identity) -> Match | None:
    """A given name alone in its Ukrainian or Belarusian form, as those languages' systems write
    it, and the Russian name it is (Yevhen, Євген: Евгений; Kateryna: Екатерина; from
    data/ru-given-equivalents.tsv): one person's, as a Ukrainian and a Russian label name him."""
    word, other = latin.input.strip(), cyrillic.input.strip()
    if latin.script != "Latn" or cyrillic.script != "Cyrl" or " " in word or " " in other:
        return None
    russian = given_equivalents().get(_latin_key(word))
    if russian is None or _fold(russian) != _fold(other):
        return None
    return Match(0.85, True, f"{word} is the Ukrainian or Belarusian form of the name {russian}")


def _feminine(latin: Identity, cyrillic: Identity) -> Match | None:
    """A woman's name in -ine and its Russian form in -ина (Wilhelmine = Вильгельмина,
    Christine = Кристина): the -ina form matched (:mod:`.feminine`)."""
    if latin.script != "Latn" or cyrillic.script != "Cyrl":
        return None
    form = in_a(latin.input, cyrillic.input)
    found = match(form, cyrillic.input) if form else None
    if found is None or not found.same:
        return None
    said = f"{latin.input.strip()} is {cyrillic.input.strip()}: Russian writes a woman's -ine -ина"
    return Match(min(found.score, 0.85), True, f"{said} ({form}: {found.reason})")


def _in_ukrainian_read(latin: Identity, russian: Identity) -> Match | None:
    """``_in_ukrainian`` where the Russian name is romanized too (Pidhornyi, Mykola = Podgornyi,
    N. V.): the Russian one read back as Cyrillic, its given names by their initials."""
    if latin.script != "Latn" or russian.script != "Latn" or russian.language != "ru":
        return None
    cyrillic = [s for s in russian.sources if _CYRILLIC.match(s)]
    if not cyrillic or not russian.given_initials:
        return None
    read = " ".join([cyrillic[0], *(f"{i}." for i in russian.given_initials)])
    found = _in_ukrainian(latin, identify(read))
    if found is None or not found.same:
        return found
    return Match(found.score, True, f"{russian.input} read as {read}; {found.reason}")


def _ukrainian_given(mine: str, theirs: str) -> bool:
    """Whether a Latin given name or initial may be the Russian Cyrillic one's in Ukrainian:
    a Ukrainian system writes it so (Hryhorii, Григорий), its letters agree, or it begins as
    the Ukrainian form of that name does (M. for Микола, Николай; O. for Олександр)."""
    if "uk" in _given_languages(mine, theirs) or given_letters(mine) & given_letters(theirs):
        return True
    return any(
        r == theirs[:1].upper() and "uk" in _given_languages(mine, u)
        for u, r in equivalent_initials()
    )


def _read_and_written(a: Identity, b: Identity) -> Match | None:
    """Two Latin spellings of one Russian name where ``b`` is ``a``'s reading as some system
    writes it: each read back alone gives another Cyrillic (German Woitinski reads as
    Воитинский, Czech Vojtinskij as Войтинский, which German writes Woitinski; Gorki, Gorkij:
    Горки, Горький)."""
    if a.script != "Latn" or b.script != "Latn" or a.language != "ru" or not a.sources:
        return None
    if b.language not in ("ru", "unknown"):
        return None
    found = spellings(a.sources[0]).get(_latin_key(b.surname))
    if not found:
        return None
    said = f"{a.surname} reads as {a.sources[0]}, which {found[0][1]} writes {b.surname}"
    if _given_agree(a, b) is False:
        return Match(0.3, False, f"{said}, but the given names differ")
    return Match(0.9, True, said)


def _given_languages(latin: str, cyrillic: str) -> set[str]:
    """The languages some system of which writes the Cyrillic given name (or initial) so: an
    initial as its first letter's whole spelling (I͡U., Yu., Ju. for Ю; I. for none of its), or
    the glide j, y that begins it (K. J. for Е, as one-letter initials have it); a written-out
    name by its first letter."""
    if latin.endswith(".") or len(latin) == 1:
        key = _latin_key(latin.rstrip("."))
        forms = spellings(cyrillic[:1])
        fits = [f for f in forms if f == key or (key in ("j", "y") and f.startswith(key))]
    else:
        forms = spellings(cyrillic.rstrip("."))
        fits = [f for f in forms if f[:1] == latin[:1].lower()]
    return {lang for f in fits for lang, _ in forms[f]}


@lru_cache(maxsize=20_000)
def _cited_surname(word: str) -> bool:
    """Whether the Russian lexicon knows ``word`` as a surname as a name is cited: nominative
    singular (Иванов, Ульбрихт; not Ивановых, a plural case, which is how Ukrainian's -ovych
    reads back as Russian: Ivanovych is Иванович)."""
    from ..languages.lexicon import _analyzer

    morph = _analyzer("ru")
    return (
        morph is not None
        and morph.word_is_known(word)
        and any({"Surn", "nomn", "sing"} <= set(p.tag.grammemes) for p in morph.parse(word))
    )


def _own_reading(reading: str, cyrillic: str) -> bool:
    """Whether a Latin name's reading back is a surname of its own: one of the Russian lexicon
    (Ульбрихт; not a common noun, гемма, nor a first name, Жавид of Javid: Джавид is that name
    as Russian hears it), or both it and the Cyrillic have a Russian surname's ending and it
    looks Russian throughout (Kharin's Харин is no Гарин: two Russian names that differ by a
    letter are two names; but Colin's Цолин, letter by letter, is no Russian name, and Colin
    may be Колин)."""
    low = reading.lower()
    if _undoubled(low) == _undoubled(cyrillic.lower()):
        return False  # Kettler's Кеттлер and Кетлер: one name, the consonant written once
    if not russian_looking(cyrillic):
        return False  # Рэнкин is no Russian name: Rankin as Russian hears it, not Ранкин
    if _cited_surname(low):
        return True
    return bool(
        RUSSIAN_ENDING.search(low)
        and RUSSIAN_ENDING.search(cyrillic.lower())
        and russian_looking(low)
    )


def _undoubled(word: str) -> str:
    """A word with its doubled letters single, ё as е and дж as ж: two spellings of one name
    (Кеттлер, Кетлер; Джардин, Жардин: Jardine's j as English and as French read it)."""
    return re.sub(r"(.)\1", r"\1", word.replace("ё", "е").replace("дж", "ж"))


def _transcribed(latin: Identity, cyrillic: Identity) -> Practical | None:
    """The language whose practical transcription writes the Latin surname as the Cyrillic
    one (Fontaines Фонтен, French), where the Latin name read back letter for letter is no
    name Wikidata's persons bear in Russian: Andreas and Goren are Андреас and Горен, not the
    Андреа and Горан French's silent s and nasal en would make of them."""
    reading = latin.sources[0].lower() if latin.sources else ""
    if _name_counts().get(reading, 0) or heard_in_english(latin.surname, cyrillic.surname):
        return None  # Hume Юм: heard in English, said so
    return transcribed_as(latin.surname, cyrillic.surname)


def _heard(latin: Identity, cyrillic: Identity) -> Match | None:
    """A foreign name as Russian writes it by its sound (Harriman = Гарриман, Giuliani =
    Джулиани, Nobukazu = Нобукадзу): only when the Latin name's reading back is no name of
    its own (:func:`_own_reading`), and the given names' initials agree where both have them.
    Sounding alike but for the vowels is reported, not matched, and so is a doubled consonant
    one writes once (:func:`doubling_differs`), except in a Russian name as a foreign spelling
    writes it (Gallitzin Голицын, Mussorgsky Мусоргский)."""
    if latin.script != "Latn" or cyrillic.script != "Cyrl" or cyrillic.language not in EAST_SLAVIC:
        return None
    if latin.sources and _own_reading(latin.sources[0], cyrillic.surname):
        return None
    table = _transcribed(latin, cyrillic)
    if table is not None:  # Fontaines Фонтен: the whole name as French's transcription writes it
        said = f"{latin.surname} is {cyrillic.surname} by {table.how.split(' by ', 1)[1]}"
        return _given_initials(latin, cyrillic, said, 0.85)
    if _final_v_as_f(latin, cyrillic):
        return Match(0.5, False, f"{latin.surname}'s final v is no ф ({cyrillic.surname})")
    if not sound_alike(latin.surname, cyrillic.surname):
        if coarse_alike(latin.surname, cyrillic.surname):
            return Match(
                0.5, False, f"{latin.surname} and {cyrillic.surname} sound alike but for the vowels"
            )
        return None
    said = f"{latin.surname} sounds as {cyrillic.surname} (a foreign name as Russian writes it)"
    if heard_in_english(latin.surname, cyrillic.surname):
        said = (
            f"{latin.surname} sounds as {cyrillic.surname} (its English pronunciation as "
            "Russian writes it)"
        )
    if doubling_differs(latin.surname, cyrillic.surname) and not (
        RUSSIAN_ENDING.search(cyrillic.surname.lower()) and russian_looking(cyrillic.surname)
    ):
        return Match(0.5, False, f"{said}, but one doubles a consonant the other writes once")
    return _given_initials(latin, cyrillic, said, 0.85)


def _final_v_as_f(latin: Identity, cyrillic: Identity) -> bool:
    """A Latin surname's final v that the Cyrillic writes ф: Russian writes a final v в
    (Gustav Густав, Christov Христов); its ф is another name's ph or ff (Кристоф Christoph)."""
    return latin.surname.lower().endswith("v") and cyrillic.surname.lower().endswith("ф")


def _given_initials(latin: Identity, cyrillic: Identity, said: str, score: float) -> Match:
    """The same, at ``score``, where the given names' initials agree as far as both have them."""
    pairs = zip(latin.given, cyrillic.given, strict=False)
    if not all(initial_alike(a, b) or given_letters(a) & given_letters(b) for a, b in pairs):
        return Match(0.3, False, f"{said}, but the given names differ")
    return Match(score, True, said)
