"""Whether a foreign name and a Cyrillic name heard from it disagree on a doubled consonant.

Russian practical transcription keeps a doubled consonant between vowels and writes a single
one once (Manning Мэннинг, Harriman Гарриман; Mani Мани, Malet Мале): Гиляревский, Старостин,
"Иностранные имена и названия в русском тексте" (1985), general rules. So Manni and Мани, Rouse
and Руссе, Malet and Малле sound alike but are two names. Left aside, where the spellings part
by rule: a double before a final silent e (Serre Серр, Suzanne Сюзанн); ll that Spanish and
French read as ль or й (Guillermo Гильермо, Castellanos Кастельянос); zz (Lazzaro Ладзаро);
ck, cq, cc and sc written кк, сс (Mckinley Маккинли, Crescencio Крессенсио); n before m
(Tenmei Тэммэи); a double after two vowels, a long vowel or a diphthong that
spelling doubles the consonant after (Pfeiffer Пфайфер).
"""

from __future__ import annotations

import re

_LATIN_DOUBLE = re.compile(r"(?<![aeiouy]{2})(?<=[aeiouy])([bdfgklmnprst])\1(?=[aeiouy])")
_LATIN_ANY = re.compile(r"([b-df-hj-np-tv-z])\1|ck|cq|cc|sc|kk|n[mbp]")
_CYRILLIC_DOUBLE = re.compile(r"(?<=[аеёиоуыэюя])([бвгдзклмнпрстфхцчшж])\1(?=[аеёиоуыэюяь])")
_CYRILLIC_ANY = re.compile(r"([бвгдзклмнпрстфхцчшж])\1")


def doubling_differs(latin: str, cyrillic: str) -> bool:
    """Whether the Latin name doubles a consonant between vowels that the Cyrillic writes once
    throughout (Manni, Мани), or the Cyrillic doubles one between vowels where the Latin has no
    double at all (Mani, Манни)."""
    lat, cyr = latin.lower(), cyrillic.lower()
    doubles = [
        m
        for m in _LATIN_DOUBLE.finditer(lat)
        if not re.fullmatch("es?", lat[m.end() :])
        and not (m.group(1) == "l" and ("ль" in cyr or "й" in cyr))
    ]
    if doubles and not _CYRILLIC_ANY.search(cyr):
        return True
    return bool(_CYRILLIC_DOUBLE.search(cyr)) and not _LATIN_ANY.search(lat)
