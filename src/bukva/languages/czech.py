"""Chinese names as Czech text declines them: the nominative a declined form stands for.

Czech declines a Chinese name in its own transcription like a Czech noun of the same ending,
and only its last part (Mao Ce-tung: s Mao Ce-tungem, Mao Ce-tungovi, Mao Ce-tungova
politika; Čou En-laj: Čou En-laje, Čou En-lajem; Liou Šao-čchi: Liou Šao-čchiho; places:
v Pekingu, do Šanghaje, v Jen-anu). The endings are Czech grammar's for masculine hard and soft
stems, the possessive adjective in -ův, -ova, adjectival -ho, -mu, -m after -i and -e, and a
feminine soft stem (Šanghaj): J. Bartůšek and F. Váhala, "Jak v češtině zacházet se jmény z
východoasijských jazyků", Naše řeč (Ústav pro jazyk český; nase-rec.ujc.cas.cz, article 4697);
H. Třísková and Z. Heřmanová, "Čínská osobní jména v českém kontextu" (Česko-čínská
společnost and Orientální ústav AV ČR, 2011); ČÚZK, Jazyková pravidla pro standardizaci jmen
… z území mimo Českou republiku (2016), annex 2, declension of geographical names.
"""

from __future__ import annotations

from functools import lru_cache

# Czech case endings of a name, longest first
_ENDINGS = (
    "ových",  # the possessive adjective: Mao Ce-tungových, Mao Ce-tungova politika
    "ovými",
    "ovým",
    "ovou",
    "ově",
    "ovu",
    "ova",
    "ovo",
    "ovy",
    "ův",
    "ovi",  # dative and locative: Ce-tungovi, En-lajovi
    "em",  # instrumental: Ce-tungem, En-lajem, Pekingem
    "ho",  # after -i and -e, as adjectives decline: Šao-čchiho, Ču Teho
    "mu",
    "m",  # Šao-čchim
    "a",  # genitive and accusative of a hard stem: Ce-tunga
    "u",  # a place's genitive, dative, locative: Pekingu, Jen-anu
    "e",  # a soft stem's genitive: En-laje, Šanghaje
    "i",  # a feminine soft stem's dative and locative: v Šanghaji
    "í",  # and its instrumental: Šanghají
)
_SOFT = "jšžčťcř"  # stems that take -e, -i, -í
_ADJECTIVAL = ("ho", "mu", "m")  # after a stem in -i or -e


@lru_cache(maxsize=20_000)
def name_stems(word: str) -> tuple[str, ...]:
    """The nominatives ``word`` may be a case of (not ``word`` itself), as Czech declines a
    name: Ce-tungem → Ce-tung; En-laje → En-laj; Šao-čchiho → Šao-čchi; Pekingu → Peking;
    a name in -ao drops its o (Lin Piaem, Maovi: Piao, Mao); the e of -ek drops before an
    ending (Čankajška: Čankajšek). Longest ending first; the caller keeps a stem its system
    reads."""
    out: list[str] = []
    low = word.lower()
    for ending in _ENDINGS:
        if not low.endswith(ending) or len(word) - len(ending) < 2:
            continue
        stem = word[: len(word) - len(ending)]
        last = stem[-1].lower()
        if ending in _ADJECTIVAL:
            if last in "ie":
                out.append(stem)
        elif last in "aeiouyáéíóúůěý":
            if last == "a" and ending not in ("e", "i", "í"):  # Piaa, Piaovi, Piaem
                out.append(stem + "o")
        elif ending in ("e", "i", "í") and last not in _SOFT:
            continue
        else:
            out.append(stem)
            if last == "k" and stem[-2:-1].lower() not in "aeiouy-":
                out.append(stem[:-1] + "ek")
    return tuple(dict.fromkeys(out))
