"""Letter groups whose sound depends on the letters around them, in the spellings of Central
and Northern Europe and of Romanian and Armenian names, as Russian writes them (Гиляревский
and Старостин, "Иностранные имена и названия в русском тексте", 1985: the Polish, German,
Swedish, Romanian and Armenian tables). Used by :mod:`bukva.names.phonetic` before its
letter-by-letter readings; each rule adds readings, it takes none away."""

from __future__ import annotations

from collections.abc import Callable

from .sound_classes import VOWELS

Options = tuple[int, tuple[str, ...]]


def context_options(
    word: str, at: int, letter_options: Callable[[str, int], Options]
) -> Options | None:
    """How many letters from ``at`` make one sound and the classes it may be, where a rule
    here knows the group; None where it does not. ``letter_options`` reads what follows a
    group that ends in a vowel."""
    c, nxt = word[at], word[at + 1 : at + 2]
    after_consonant = at > 0 and word[at - 1] not in VOWELS
    between = at + 2 < len(word) and word[at + 2] not in VOWELS
    if c == "i" and nxt in ("a", "o") and after_consonant and between:
        # Polish and Armenian ia, io after a consonant are я, ё (Kwiatkowska Квятковская,
        # Korzeniowski Коженёвский, Hovsepian Овсепян, Boghossian Богоссян)
        size, rest = letter_options(word, at + 1)
        return 1 + size, tuple(dict.fromkeys(i + r for i in ("I", "AI", "") for r in rest))
    if c == "e" and at and word.endswith("eanu", at) and at + 4 == len(word):
        return 2, ("A", "EA", "IA")  # Romanian -eanu is -яну: Munteanu Мунтяну
    if word.startswith("ck", at) and word[at + 2 :] in ("i", "a", "y"):
        return 2, ("K", "CK")  # Polish -cki, -cka are -цкий, -цкая: Chojnacka Хойнацкая
    if word.startswith("sh", at) and after_consonant and word[at + 2 : at + 3] in VOWELS:
        # a German compound's s and h (Dellingshausen Деллингсгаузен, Erlichshausen
        # Эрлихсхаузен); English sh after a consonant is ш still (Marshall Маршалл)
        return 2, ("Š", "SH", "SG")
    if c in "ao" and at and word.endswith("way", at + 1) and at + 4 == len(word):
        # English -away, -oway is -(а)уэй, -оуэй: Hardaway Хардуэй, Sidaway Сидауэй, Genoway
        # Геноуэй (Ермолович 2005: w before a vowel у, ay эй); the a sounded first, as a
        # short name's one reading (Sidaway)
        return 4, ("AUEI", "UEI", "ÄUEI", "OUEI") if c == "a" else ("OUEI", "OVEI")
    gy = word.startswith("gy", at) and (word[at + 2 : at + 3] in VOWELS or at + 2 == len(word))
    if gy and not (at and word[at - 1] == "g"):  # Hungarian gy is дь: Gyarmati Дьярмати, Nagy
        return 2, ("DI", "D", "GI", "DŽI", "GAI")
    if c == "g" and nxt == "u" and word[at + 2 : at + 3] in ("a", "o", "e", "i"):
        # Italian and Spanish gu before a vowel: гв before a, o (Guarnieri Гварньери,
        # Guadalajara Гвадалахара), before e, i г (Spanish Guevara Гевара) or гв (Italian
        # Guidi Гвиди); English гу (Guest is гест, Gunnar Гуннар keep their u)
        return 2, ("GV",) if word[at + 2] in "ao" else ("G", "GV", "GU")
    if at == 0 and word.startswith("lj") and word[2:3] in VOWELS:
        return 2, ("L", "LI", "I")  # Swedish initial lj is й: Ljungberg Юнгберг
    return None
