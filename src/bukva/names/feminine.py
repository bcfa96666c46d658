"""A woman's given name in -ine and the Russian form in -ина (Wilhelmine Вильгельмина,
Joséphine Жозефина, Christine Кристина): Russian gives a foreign woman's name the ending of
its own women's names, so the -e of German and French -ine is written -а (Д. И. Ермолович,
"Имена собственные: теория и практика межъязыковой передачи", 2005, on adapting feminine
names; Р. С. Гиляревский, Б. А. Старостин, "Иностранные имена и названия в русском тексте",
1985). French also keeps -ин (Catherine Катрин), which the usual readings find."""

from __future__ import annotations

from functools import lru_cache

from ..languages.name_counts import name_counts


def in_a(latin: str, cyrillic: str) -> str | None:
    """``latin`` with its -ine as -ina, to be matched against ``cyrillic`` read as the name it
    is, where ``latin`` is one word in -ine and ``cyrillic`` one in -ина that is a woman's given
    name (the Russian lexicon knows it so, or Wikidata's persons bear it); else None. Расина,
    a case of Расин (Racine), is no woman's name the lexicon or Wikidata knows."""
    word, other = latin.strip(), cyrillic.strip()
    if " " in word or " " in other or not word.lower().endswith("ine"):
        return None
    if not other.lower().endswith("ина") or not _womans_name(other.lower()):
        return None
    return word[:-1] + "a"


@lru_cache(maxsize=4096)
def _womans_name(word: str) -> bool:
    """Whether ``word`` (lower case) is a woman's given name in the nominative that the Russian
    lexicon knows or Wikidata's persons bear (Вильгельмина, Розина)."""
    from ..languages.lexicon import _analyzer

    morph = _analyzer("ru")
    if morph is None:
        return False
    if not (morph.word_is_known(word) or name_counts().get(word, 0)):
        return False
    want = {"Name", "femn", "nomn", "sing"}
    return any(p.normal_form == word and want <= set(p.tag.grammemes) for p in morph.parse(word))
