"""Whether a Latin surname and a Cyrillic one sound alike: a foreign name as Russian writes it.

Russian writes a foreign name by its sound, not its letters (Harriman → Гарриман, Ulbricht →
Ульбрихт, Nobukazu → Нобукадзу, Giuliani → Джулиани); no romanization system reads one back.
Both spellings are reduced to a key of sound classes (the consonants as Russian writes them,
voiced and voiceless apart; five vowels), the Latin with the readings each of its letters has
in the languages Russian transcribes (c is k, ts or ch, ch is ch, kh or k, j is dzh, y, kh or
zh, z is z or ts, h is kh, g (Гарриман) or silent, w is v or u, English a may be о, or э in a
closed syllable (a class of its own, Ä, that only a Cyrillic э meets), a final English e is
silent; a name with something only French spelling has is also read as French: Lemoine
Лемуан). The names sound alike when the Cyrillic key is one of the Latin's;
``coarse_alike`` compares the consonants alone, every vowel one class (Barkley and Беркли).
A key of two consonants says less: it must be met by the letters' first readings alone.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .english import english_keys
from .letter_groups import context_options
from .practical import looking, transcription
from .sound_classes import (
    CLASS_VOWELS,
    CYRILLIC,
    CYRILLIC_VOWELS,
    IOTATED,
    LATIN,
    LATIN_VOWELS,
    VOWELS,
)
from .spelling_keys import (
    FRENCH_LOOKING,
    GERMAN_LOOKING,
    HEPBURN,
    MACRONS,
    NOT_JAPANESE,
    collapse,
    french_keys,
    japanese_key,
)

MIN_CONSONANTS = 3  # shorter keys say too little: Li and Ли, Lee and Ли
# a key of two consonants (and three sounds or more) is matched only by the letters' first
# readings (Rocca Рокка, Moody Муди, Sheen Шин: each letter as it is most often heard), not by
# every reading they may have
FEWER_CONSONANTS = 2
MAX_KEYS = 4096  # readings of one name at most (a long name has many)

_ENGLISH_AL = re.compile(r"l(?:l|[dtk])")
# English a in a closed syllable is э (Thatcher Тэтчер, Rankin Рэнкин; ar is ар: Carter
# Картер, but arr may be эрр: Carroll Кэрролл), class Ä, which only a Cyrillic э meets (the
# а of Bakker Баккер, Goran Горан is no е: Беккер, Горен are other names); a before one
# consonant and a final e is эй (Gates Гейтс, Applegate Эпплгейт); u before r and a consonant
# is е (Turner Тернер, Hepburn Хепберн); y inside a name is ай (Tyson Тайсон, Cryer Крайер).
# Гиляревский, Старостин, "Иностранные имена и названия в русском тексте" (1985).
_ENGLISH_CLOSED_A = re.compile(r"[b-df-hj-np-tv-xz](?:[b-df-hj-np-tv-xz]|$)")
_ENGLISH_LONG_A = re.compile(r"[b-df-hj-np-tv-z](?:es?|y|ie|ey)$")  # Gates, Tracy, Haley
_ENGLISH_UR = re.compile(r"r(?:[b-df-hj-np-tv-z]|$)")


def cyrillic_key(
    word: str, english_a: bool = False, palatal: bool = False, yo: bool = False
) -> str:
    """The sound classes of a Cyrillic surname (Гарриман → KARIMAN; Ямано → IAMANO);
    ``english_a``: э after a consonant as Ä, English a (Тэтчер → TÄTČER); ``palatal``: я, ю,
    ё after a consonant marked Y, as a Japanese key has them (Сёго → SYOGO); ``yo``: ё after
    a consonant as Ö, the vowel of English bird and German Böll (Бёрд → BÖRD)."""
    w = word.lower()
    out = []
    for k, c in enumerate(w):
        after_consonant = k and w[k - 1] not in "аеёиоуыэюяйьъ"
        if c in IOTATED and not after_consonant:
            out.append("I")
        elif palatal and c in "яюё" and k:
            out.append("Y")
        elif english_a and c == "э" and after_consonant:
            out.append("Ä")
            continue
        elif yo and c == "ё" and after_consonant:
            out.append("Ö")
            continue
        out.append(CYRILLIC.get(c, ""))
    return collapse("".join(out))


def cyrillic_keys(word: str) -> tuple[str, ...]:
    """A Cyrillic surname's keys: э as any e, and, where it has one, э as English a; ё as о,
    and, where it has one, ё as the vowel of bird (Ö)."""
    low = word.lower()[1:]
    keys = [cyrillic_key(word)]
    if "э" in low:
        keys.append(cyrillic_key(word, True))
    if "ё" in low:
        keys += [cyrillic_key(word, True, yo=True), cyrillic_key(word, yo=True)]
    return tuple(dict.fromkeys(keys))


def coarse(key: str) -> str:
    """A key with every vowel one class (Barkley and Беркли: PVRKLV)."""
    return collapse("".join("V" if c in CLASS_VOWELS else c for c in key))


# English e, i, u, y (and ea) before r and a consonant, the vowel of bird, Russian writes ё
# (Byrd Бёрд, Purcell Пёрселл, Hearst Хёрст); German ö, oe too (Böll Бёлль)
_BIRD = re.compile(r"(?:ea|[eiuy])r(?:[b-df-hj-np-tv-z]|$)")


def _options(word: str, at: int) -> tuple[int, tuple[str, ...]]:
    """How many letters from ``at`` make one sound, and the classes it may be."""
    size, classes = _letter_options(word, at)
    c = word[at]
    if c in "öø" or (word.startswith("oe", at) and size == 2):
        return size, (*classes, "Ö")
    if at and word[at - 1] not in VOWELS and _BIRD.match(word, at) and size < 3:
        return size, (*classes, "Ö")
    if c == "a" and size == 1 and at and word[-1] not in "aiou" and word[at - 1] not in VOWELS:
        # English a after a consonant may be э wherever it stands (Daniel Дэниэл, Draper
        # Дрэйпер); Ä meets only a Cyrillic э
        extra = ("Ä",) + (("ÄI",) if "EI" in classes else ())
        return size, tuple(dict.fromkeys((*classes, *extra)))
    return size, classes


def _letter_options(word: str, at: int) -> tuple[int, tuple[str, ...]]:
    known = context_options(word, at, _letter_options)
    if known is not None:
        return known
    c = word[at]
    nxt = word[at + 1 : at + 2]
    if c in VOWELS:
        if c == "e" and at == len(word) - 1 and at >= 2 and word[at - 1] not in VOWELS:
            return 1, ("", "E")  # a final e, most often silent: Moore Мур, Peale Пил
        if c == "a" and nxt == "w":
            return 2, ("O", "OU", "AU", "AV")  # English aw: Lawrence Лоуренс, Rawls Роулз
        if (
            c == "a"
            and nxt != "y"
            and (word[at - 1 : at] == "w" or _ENGLISH_AL.match(word, at + 1))
        ):
            # English wa, all, alt: Walters Уолтерс, Kimball Кимболл; Aldridge Элдридж
            return 1, ("A", "O", "E") if at == 0 else ("A", "O")
        if c == "a" and at and _ENGLISH_LONG_A.match(word, at + 1):
            return 1, ("A", "EI")
        english_a = c == "a" and word[-1] not in "aiou"  # Franchi, Gallo: Italian a is а
        if english_a and at >= 3 and word.endswith(("ham", "man")) and at == len(word) - 2:
            return 1, ("A", "E", "Ä")  # English -ham, -man: Bellingham Беллингем, Steadman
        if english_a and at == 0 and _ENGLISH_CLOSED_A.match(word, 1):
            return 1, ("A", "E")  # English initial a is э: Aldridge Элдридж, Atwood Этвуд
        if english_a and word[at + 1 : at + 2] == "r" and word[at + 2 : at + 3] in VOWELS:
            return 1, ("A", "Ä")  # Carole Кэрол, Mary Мэри
        if english_a and at and nxt != "r" and _ENGLISH_CLOSED_A.match(word, at + 1):
            return 1, ("A", "Ä")
        if english_a and word.startswith("rr", at + 1):
            return 1, ("A", "Ä")
        if c == "u" and at and _ENGLISH_UR.match(word, at + 1):
            return 1, ("U", "E", "A")
        if c == "y" and 0 < at < len(word) - 1 and word[at - 1] not in VOWELS:
            if nxt in VOWELS:  # a glide after a consonant: Hayrapetyan Айрапетян (тя)
                return 1, ("I", "AI", "")
            return 1, ("I", "AI")
        if c == "e" and nxt == "s" and at + 2 == len(word) and word[at - 1] not in VOWELS:
            return 1, ("E", "I", "")  # English -es: Gates Гейтс, Jones Джонс
        if c == "i" and word.startswith("gh", at + 1):
            return 3, ("AI", "I")  # English igh: Knight Найт, Dwight Дуайт
        if c == "o" and nxt == "w" and at + 2 == len(word):
            return 2, ("OU", "AU", "O", "OF", "OV")  # a final -ow: Darrow Дарроу, Bülow Бюлов
        if c == "i" and nxt == "j" and word[at + 2 : at + 3] not in VOWELS:
            return 2, ("EI", "I", "AI")  # Dutch ij: Dijkstra Дейкстра (not Girija's j)
        if c == "e" and nxt == "r" and at + 2 == len(word) and at >= 2 and word[at - 1] in "dtbpk":
            return 1, ("E", "I", "")  # Latin -er after a stop: Alexander Александр, Menander
        if c == "e" and nxt == "y" and at + 2 == len(word):
            return 2, ("I", "EI")  # English final -ey is и: Ainley Эйнли, Morey Мори
        if c == "e" and at == 0 and nxt not in VOWELS and nxt != "w":
            return 1, ("E", "IE")  # Evgenij Евгений, Ekaterina Екатерина
        plain = unicodedata.normalize("NFD", word[at : at + 2])
        plain = "".join(x for x in plain if not unicodedata.combining(x))
        for letters, classes in LATIN_VOWELS:
            if plain.startswith(letters) and len(letters) <= len(word) - at:
                return len(letters), classes
        return 1, ("A", "E", "I", "O", "U")
    if c in "gc" and nxt == c and word[at + 2 : at + 3] == "i" and word[at + 3 : at + 4] in VOWELS:
        return 3, ("Č", "KČ") if c == "c" else ("DŽ", "GDŽ")  # Italian Caccia Качча, Maggio
    if c == "g" and nxt == "g" and word[at + 2 : at + 3] in ("e", "i"):
        return 2, ("DŽ", "G", "GDŽ")  # Italian gg before e, i: Ruggeri Руджери
    if c in "gc" and nxt == "i" and word[at + 2 : at + 3] in VOWELS and at + 3 <= len(word):
        # Italian Giuliani, Ciampi: дж, ч; Spanish Garcia Гарсия, Latin Patricia Патриция
        return 2, ("Č", "SI", "CI") if c == "c" else ("DŽ", "GI", "HI")
    if c == "w" and at and word[at - 1] not in VOWELS and word[at - 1] not in "szch":
        return 1, ("U", "V")  # English w after a consonant: Conway Конуэй, Dwight Дуайт
    if at == 0 and word.startswith("kn"):
        return 2, ("N", "KN")  # English kn: Knowles Ноулз, Knox Нокс
    if c == "l" and nxt == "l" and word[at + 2 : at + 3] in VOWELS:
        return 2, ("L", "LI")  # Spanish Villarreal Вильярреаль
    if word.startswith("ng", at) and word[at + 2 : at + 3] in ("e", "i"):
        return 2, ("NG", "N", "NDŽ")  # English nge, ngi may be ндж: Kissinger Киссинджер
    if word.endswith("ng", at) and at + 2 == len(word):
        return 2, ("NG",)  # a final ng is нг: Canning Каннинг, Flemming
    if c == "c" and nxt == "c" and word[at + 2 : at + 3] in ("e", "i"):
        return 2, ("Č", "KČ", "KS", "KC")  # Italian Carducci Кардуччи; else кс
    if word.startswith("tch", at):
        return 3, ("Č", "TČ")  # English Hitchcock Хичкок, Thatcher Тэтчер
    if at == 0 and word.startswith("mc"):
        return 2, ("MAK",)  # McBain is Макбейн
    for letters, classes in LATIN:
        if len(letters) > 1 and word.startswith(letters, at):
            return len(letters), classes
    if c == "c":
        if at + 1 == len(word) and word.endswith(("ovic", "evic")):
            return 1, ("Č", "K")  # -ović, -ević without the accent: Popovic Попович
        if nxt == "e" and at + 2 == len(word):
            return 1, ("S", "Č")  # a final ce is с (Maurice Морис), Italian че (Giudice)
        # Cecil, Celentano; Turkish c is дж (Necdet Недждет, Hatice Хатидже)
        return 1, ("S", "C", "Č", "DŽ") if nxt in ("e", "i", "y") else ("K", "DŽ")
    if word.startswith("gli", at) and word[at + 3 : at + 4] in VOWELS:
        return 3, ("L", "LI", "GLI")  # Italian gli: Castiglioni Кастильони
    if c == "g" and nxt in ("e", "i", "y"):
        # Gerhard, Gemma Джемма, French Gérard Жерар, Spanish Sigifredo Сихифредо
        return 1, ("G", "DŽ", "Ž", "H")
    if c == "s":
        if at == len(word) - 1:
            return 1, ("S", "Š", "Z")  # English -s may be з: Knowles Ноулз
        if nxt in ("t", "p"):
            return 1, ("S", "Š")  # Stockhausen, Bechstein: шт; Hungarian Keresztes
        if nxt and nxt in "bdgmlnrv" and at:
            return 1, ("S", "Z")  # Italian s before a voiced consonant: Sigismondo Сиджизмондо
        if nxt in VOWELS and word[at - 1 : at] != "s":
            return 1, ("S", "Z")  # German Rosa Роза, Sievers Зиверс; English Jameson
        return 1, ("S",)
    for letters, classes in LATIN:
        if word.startswith(letters, at):
            return len(letters), classes
    return 1, ("",)


@lru_cache(maxsize=20_000)
def latin_keys(word: str) -> frozenset[str]:
    """The sound-class keys a Latin surname may have as Russian writes it (a name in Hepburn
    syllables, Mizuhara, only as Japanese)."""
    w = _plain(word)
    if HEPBURN.fullmatch(w.translate(MACRONS)) and not NOT_JAPANESE.search(w):
        if not w.endswith("n"):  # Mizuhara, Tokumasu: Japanese
            return frozenset({japanese_key(w)})
        return _general_keys(w) | {japanese_key(w)}  # Rankin may be no Japanese name
    return _general_keys(w)


def candidate_keys(word: str) -> frozenset[str]:
    """Every key :func:`sound_alike` may find a Latin surname's Cyrillic by (a name in
    Hepburn syllables also as a Western one): for looking names up by sound."""
    return latin_keys(word) | _general_keys(_plain(word)) | english_keys(_plain(word))


@lru_cache(maxsize=20_000)
def _general_keys(w: str) -> frozenset[str]:
    """The keys of a plain lower-case Latin name as any language but Japanese spells it; a
    Latin name's nominative ending as Russian drops it (Cassius Кассий, Donatus Донат: -ius is
    -ий, -us goes)."""
    keys = _keys(w)
    if FRENCH_LOOKING.search(w):
        keys |= french_keys(w)
    if GERMAN_LOOKING.search(w):  # German spelling's one reading (Reich Райх, Haase Хаазе)
        keys |= german_keys(w)
    for language in looking(w):  # its language's practical transcription (Rákosi Ракоши)
        if language.code != "de":  # German's keys above, by wider marks
            keys |= frozenset(k for form in language.forms(w) for k in cyrillic_keys(form))
    if w.endswith(("ska", "cka", "zka")):  # Polish -ska is -ская: Komorowska Коморовская
        keys |= {k + "IA" for k in keys if k.endswith("A")}
    if len(w) >= 5 and w.endswith("us"):  # the stem read with its i (Bellicius: ц before i)
        keys |= {k for k in _keys(w[:-2]) if "Ä" not in k}  # no English a in Latin
        if w.endswith("tius"):  # Latin ti before a vowel is ц: Lucretius Лукреций
            keys |= _keys(w[:-4] + "ci") | _keys(w[:-4] + "cius")  # Fabritius Фабрициус
    return keys


@lru_cache(maxsize=20_000)
def first_keys(word: str, ending: str = "") -> frozenset[str]:
    """The keys of a Latin surname read by each letter's first reading only (Moody → MUDI):
    what a short name must match by. With the Cyrillic's last two letters, ``ending``, a
    Latin nominative -us as Russian drops it: -ius is -ий (Cassius Кассий, not Касси), -us
    after a consonant goes (Albus Альб)."""
    w = _plain(word)
    keys = _keys(w, first=True)
    stem = w[:-2]
    dropped = (stem[-1:] == "i" and ending == "ий") or (
        stem[-1:] not in VOWELS and ending[-1:] not in CYRILLIC_VOWELS
    )
    if len(w) >= 5 and w.endswith("us") and dropped:
        keys |= _keys(stem, first=True)
    if FRENCH_LOOKING.search(w):  # French spelling's one reading (Chabot Шабо, Manet Мане)
        keys |= french_keys(w)
    if GERMAN_LOOKING.search(w):  # and German's (Reich Райх, Mahre Маре)
        keys |= german_keys(w)
    return keys


def _keys(w: str, first: bool = False) -> frozenset[str]:
    """Every key the letters of ``w`` may make (none past MAX_KEYS); ``first``: each sound by
    its first reading only."""
    keys = {""}
    at = 0
    while at < len(w):
        size, classes = _options(w, at)
        if first:  # a word's first w is English у as often as German в, a final e silent as
            # often as sounded (Moore Мур, Backe Бакке): both
            two = (at == 0 and w[0] == "w") or (size == 1 and at == len(w) - 1 and w[at] == "e")
            classes = classes[:2] if two else classes[:1]
        keys = {k + c for k in keys for c in classes}
        if len(keys) > MAX_KEYS:
            return frozenset()
        at += size
    return frozenset(collapse(k) for k in keys)


def german_keys(w: str) -> frozenset[str]:
    """A German-looking name's keys as the practical transcription of German writes it
    (:mod:`bukva.names.practical`: Reich Райх, Böhme Бёме), and with ö, ü as the older е, и
    (Goethe Гете, Krüdener Криденер)."""
    written = transcription("de", w)
    if not written:
        return frozenset()
    older = written.replace("ё", "е").replace("ю", "и")
    return frozenset(cyrillic_keys(written)) | frozenset(cyrillic_keys(older))


def enough(key: str, least: int = MIN_CONSONANTS, size: int = 4) -> bool:
    """Whether a key has consonants enough to tell a name by."""
    return len(key) >= size and sum(1 for c in key if c not in CLASS_VOWELS) >= least


def _plain(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFC", word.lower()) if c.isalpha())


_NOT_POLIVANOV = re.compile("[жшчщлыьъе]|дж|[хтд]у|ди|в[иуэ]")
_FRENCH_VOWELS = re.compile("eau|eu")  # French spelling's, no Japanese syllables' (Nadeau)


def _polivanov(cyrillic: str) -> bool:
    """Whether a Cyrillic name may be a Japanese one as Polivanov's system writes it: no ж, ш,
    ч, щ, л, ы, signs, дж, nor е (it writes э), and none of the syllables Japanese lacks: ху,
    ту, ду, ди (fu, tsu, dzu, dzi are фу, цу, дзу, дзи), ви, ву, вэ (wa only): Джанни,
    Монтехо, Пейдж, Хурадо are none."""
    return not _NOT_POLIVANOV.search(cyrillic.lower())


def sound_alike(latin: str, cyrillic: str) -> bool:
    """Whether a Latin surname is the Cyrillic one as Russian hears it (Harriman, Гарриман);
    a Japanese name, whose vowels are as written, may be shorter (Fujii, Фудзии)."""
    key = cyrillic_key(cyrillic)
    plain = _plain(latin)
    if heard_in_english(plain, cyrillic):
        return True
    keys = None  # the Latin name's keys, if not latin_keys
    if HEPBURN.fullmatch(plain.translate(MACRONS)) and not NOT_JAPANESE.search(plain):
        japanese = japanese_key(plain)  # ny is ня or, a syllable's n before ya, нъя (Shinya)
        if cyrillic_key(cyrillic, palatal=True) in {japanese, japanese.replace("NY", "NI")}:
            # Polivanov's spelling of those very syllables: one consonant is enough (Yoshi
            # Ёси, Ichii Итии), the vowels being as written
            return enough(key, 1, 3)
        if not plain.endswith("n"):
            if _polivanov(cyrillic) and not _FRENCH_VOWELS.search(plain):
                return False  # Japanese only: read as nothing else
            # a name in Japanese-looking syllables whose Cyrillic Polivanov's system would
            # not write, or with French eau or eu: a Western one (Gianni Джанни, Zapata
            # Сапата, Roche Рош, Simoneau Симоно), read as such
            keys = _general_keys(plain)
            if not enough(key) and not FRENCH_LOOKING.search(plain):
                return False  # a short one only by French spelling's one reading (Roche Рош)
    if enough(key):
        keys = latin_keys(latin) if keys is None else keys
        return not keys.isdisjoint(cyrillic_keys(cyrillic))
    ending = cyrillic.lower()[-2:]
    return enough(key, FEWER_CONSONANTS, 3) and not first_keys(latin, ending).isdisjoint(
        cyrillic_keys(cyrillic)
    )


@lru_cache(maxsize=20_000)
def heard_in_english(latin: str, cyrillic: str) -> bool:
    """Whether the Cyrillic writes the English pronunciation of a Latin name (White Уайт,
    Moore Мур): one the dictionary gives, not a guess from the letters, so one consonant is
    enough."""
    english = english_keys(_plain(latin))
    if not english or not enough(cyrillic_key(cyrillic), 1, 3):
        return False
    # ё after a consonant only as the vowel of bird (Бёрд): Сёда is no Soda
    heard = {cyrillic_key(cyrillic, yo=True), cyrillic_key(cyrillic, True, yo=True)}
    return not english.isdisjoint(heard)


def coarse_alike(latin: str, cyrillic: str) -> bool:
    """The same, the vowels aside (Barkley and Беркли; Mertens and Мартенс)."""
    key = cyrillic_key(cyrillic)
    return enough(key) and coarse(key) in {coarse(k) for k in latin_keys(latin)}


def initial_alike(latin: str, cyrillic: str) -> bool:
    """Whether a given name (or its initial) may begin with the same sound in both scripts
    (J. and Дж., John and Джон, Y. and Е.)."""
    key = coarse(cyrillic_key(cyrillic.rstrip(".")))[:1]
    return bool(key) and any(coarse(k)[:1] == key for k in latin_keys(latin.rstrip(".")))
