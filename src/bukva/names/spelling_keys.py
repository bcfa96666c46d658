"""Sound-class keys of names in spellings with rules of their own: Japanese in Hepburn
syllables (as Polivanov's system writes them in Cyrillic) and French (as Russian hears it).
Used by :mod:`bukva.names.phonetic`."""

from __future__ import annotations

import re


def collapse(classes: str) -> str:
    """Runs of one class as one (Strauss, Гарриман: one s, one r; vowels together)."""
    out: list[str] = []
    for c in classes:
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)


# a name that is all Hepburn syllables (Hirohide, Nobukazu, Tokumasu): read as Japanese, the
# vowels as written and every consonant as Polivanov's system writes it (h х, j and z дз,
# ch т, sh с, ts ц, f ф, w в, y й)
HEPBURN = re.compile(r"(?:(?:[kgsztdnhbpmr]y?|sh|ch|j|ts|f|w|y)?(?:ou|uu|ei|[aiueo])|n)+")
# Hepburn syllables no Japanese name has in a row: German Haase Хаазе, Romanian Munteanu Мунтяну
NOT_JAPANESE = re.compile("aa|eanu$")
_JAPANESE_PAIRS = {"sh": "S", "ch": "T", "ts": "C", "ou": "O", "uu": "U", "ei": "EI"}
_JAPANESE = str.maketrans(
    dict(zip("aiueokgstdnhbpmrfwy", "AIUEOKGSTDNHBPMRFVI", strict=True)) | {"z": "DZ", "j": "DZ"}
)


MACRONS = str.maketrans("āēīōū", "aeiou")
# a palatal consonant before a, u, o, which Polivanov writes with я, ю, ё (kyo кё, sho сё, ju
# дзю), marked Y: Shōgo Сёго is not Sōgo Сого
_PALATAL = re.compile("(?<=[kgsztdnhbpmr])y(?=[auo])|(?<=sh|ch)(?=[auo])|(?<=j)(?=[auo])")


def japanese_key(word: str) -> str:
    """The sound classes of a name in Hepburn syllables, as Polivanov's system writes them
    (a long vowel's macron as one vowel: Ryōzō Рёдзо)."""
    word = _PALATAL.sub("Y", word.translate(MACRONS))
    word = re.sub("n(?=[bpm])", "m", word)  # Polivanov's м before б, п, м: Genba Гэмба
    for pair, cls in _JAPANESE_PAIRS.items():
        word = word.replace(pair, cls)
    return collapse(word.translate(_JAPANESE))


# French spelling as Russian hears it (Гиляревский and Старостин 1985, French): eau, au о; oi
# уа; ou у; eu ё; ai, ei е; nasal an, en ан, on он, in, ain, un ен; ch ш; j, g before e, i ж;
# gn нь; qu к; c before e, i с; s between vowels з; h silent; a final e, and t, d, s, x, z, p
# after a vowel, r or a nasal, silent; a final er, ez, et е (Boisseau Буассо, Chabot Шабо,
# Henri Анри, Duchamp Дюшан, Guillaume Гийом, Levasseur Левассёр); b, d, g, l, m, n, p, r
# left as they are, upper-cased, are their own classes
_FRENCH: tuple[tuple[str, str], ...] = (
    (r"eaux?$|e?ault$|eau|aux?$|au", "O"),  # -ault: Chennault Шенно, Renault Рено
    (r"oin(?![aeiouy])", "UEN"),  # Baroin Баруэн, Point Пуэн
    (r"oi|oy$", "UA"),  # Valois Валуа, Duvernoy Дювернуа
    (r"ou", "U"),
    (r"œu|oeu|eu", "O"),
    (r"(?<=[aeiouy])ill", "I"),
    (r"(?:ai|ei)(?![nm])|ay", "E"),
    # before a sounded b, p Russian keeps the m (Tremblay Трамбле, Lambert Ламбер); a final
    # -mp is a nasal (Duchamp Дюшан)
    (r"[ae]m(?=[bp][aeiouyrl])", "AM"),
    (r"om(?=[bp][aeiouyrl])", "OM"),
    (r"[ae][nm](?![aeiouyn])", "AN"),
    (r"o[nm](?![aeiouyn])", "ON"),
    (r"(?:ai|ei|i|y|u)[nm](?![aeiouyn])", "EN"),
    (r"(?:er|ez|et)$", "E"),
    (r"(?<=[aeiouymnrl])(?:ts?|ds?|s|x|z|ps?)$", ""),
    (r"(?<=..)es?$", ""),
    (r"gu(?=[eiy])|gh", "G"),
    (r"qu|q|k|c(?![eiyh])", "K"),
    (r"ch|sch", "Š"),
    (r"[gj]e(?=[aou])", "Ž"),  # an e that softens g: Geoffroy Жоффруа, Grosjean Грожан
    (r"j|g(?=[eiy])", "Ž"),
    (r"gn", "NI"),
    (r"ph|f", "F"),
    (r"th|t", "T"),
    (r"ç|c|ss|s(?![aeiouyéèê])|(?<![aeiouy])s", "S"),
    (r"s|z", "Z"),
    (r"h", ""),
    (r"[wv]", "V"),
    (r"x", "KS"),
    (r"[eéèêë]", "E"),
    (r"[iîïy]", "I"),
    (r"[oô]", "O"),
    (r"[uûü]", "U"),
    (r"[aàâ]", "A"),
)
# what only French spelling has among the names Russian transcribes: its vowel letters and
# groups, ç, gn, qu, and its endings (-eau, -ier, -ot, -ard, -ant); Andreas, Kerstin, Goren are
# not read as French
FRENCH_LOOKING = re.compile(
    r"eau|[aoe]u|oi|[éèêç]|gn|qu|ch|^j|jea|(?:ier|ez|et|ot|ault|aux|ard|and|ant|ent|ond|ont|ois|ais|in|oy)$"
    r"|(?:iers|ets|ots)$"  # a family name's plural (Desrosiers, Desmarets)
)
_FRENCH_RE = re.compile("|".join(f"(?P<g{k}>{p})" for k, (p, _) in enumerate(_FRENCH)))


# an s after e or o before a consonant, silent in older French spelling (Desmarais Демаре,
# Dumesnil Дюмениль, Descartes Декарт, Grosjean Грожан), sounded in other names (Forestier
# Форестье): both read
_SILENT_S = re.compile("(?<=[eo])s(?=[b-df-hj-np-tv-z])")


_ILL = re.compile("(?<=[b-df-hj-np-tv-z])ill(?=[aeiouy])")


def french_keys(word: str) -> set[str]:
    """A French-looking name's readings: as French spells it, and with an s before a
    consonant silent."""
    keys = {french_key(word), french_key(_SILENT_S.sub("", word))}
    if _ILL.search(word):  # ill after a consonant is ий or иль: Chevillard Шевийяр, Villon Вийон
        keys.add(french_key(_ILL.sub("iy", word)))
    return keys


def french_key(word: str) -> str:
    """The sound classes of a name read as French (Chabot → ŠABO, Henri → ANRI)."""
    out = _FRENCH_RE.sub(lambda m: _FRENCH[int(m.lastgroup[1:])][1], word)  # type: ignore[index]
    return collapse(out.upper())


# what marks a name as German spelling (sch, tz, ß, umlauts, ei, eu, äu, aa, a vowel's h
# before a consonant, dt, -mann, -berg, -stein ...); Andreas, Kerstin are not read so. Wider
# than the marks by which reading back writes a name as German (data/practical/de.toml): a
# key only adds a reading a match may meet, a name read back is written one way.
GERMAN_LOOKING = re.compile(
    r"sch|tz|ß|[äöü]|ei|eu|äu|aa|[aeiou]h(?=[lmnrt]|e?$)|dt$"
    r"|oe(?=[b-df-hj-np-tv-z])|(?:mann|berg|stein|burg|feld|dorf|hof|hardt|brecht|rich)$"
)
