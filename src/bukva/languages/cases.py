"""The nominative a declined name stands for, in the languages whose text names Chinese places
and persons in their own spelling: Russian (в Пекине, Мао Цзэдуна) and Czech (v Pekingu,
Mao Ce-tungem)."""

from __future__ import annotations

from functools import lru_cache

from .lexicon import _analyzer

# Russian case endings of names that end in -й, -ь or a hard consonant (Эньлаем, Цзэдуна,
# Инцинем: a soft stem takes -ем, -я, -ю, -е; a hard one -ом, -а, -у, -е; -ым, -ой after -ов, -ин)
RUSSIAN_ENDINGS = (
    ("ем", "й"),
    ("ем", "ь"),
    ("ем", ""),
    ("ом", ""),
    ("ю", "й"),
    ("ю", "ь"),
    ("я", "й"),
    ("я", "ь"),
    ("е", "й"),
    ("а", ""),
    ("у", ""),
    ("е", ""),
    ("ым", ""),
    ("ой", ""),
)


@lru_cache(maxsize=20_000)
def name_stems(word: str, lang: str) -> tuple[str, ...]:
    """The nominatives ``word`` may be a case of, not ``word`` itself: Russian by its endings
    and pymorphy3's lemmas (Пекине: Пекин; Шанхае: Шанхай; Маньчжурии: Маньчжурия), Czech by
    ``languages.czech``; () for another language."""
    if lang == "cs":
        from .czech import name_stems as czech

        return czech(word)
    if lang != "ru":
        return ()
    out = [
        word[: -len(ending)] + nominative
        for ending, nominative in (*RUSSIAN_ENDINGS, ("е", "ь"))  # Тайване: Тайвань
        if word.lower().endswith(ending) and len(word) > len(ending) + 1
    ]
    morph = _analyzer("ru")
    if morph is not None:
        for parse in morph.parse(word):
            lemma = parse.normal_form
            if lemma != word.lower():
                out.append(word[:1] + lemma[1:] if word[:1].isupper() else lemma)
    return tuple(dict.fromkeys(s for s in out if s != word))


# adjectives' endings -ый, -ий written without the breve of ALA-LC's ĭ (й): read back letter
# for letter they end in two vowels no word of the language ends in (Podgornyi: Подгорныи;
# Pidhornyi: Підгорниі), which stand for the adjective's ending
BREVE_LOST = {"ru": ("ыи", "ый"), "uk": ("иі", "ий"), "be": ("ыі", "ый")}


def breve_lost(read: str, lang: str) -> str | None:
    """``read`` (Cyrillic read back letter for letter) with its ending mended where the Latin
    lost ALA-LC's breve (Подгорныи → Подгорный), or None where nothing was lost."""
    lost = BREVE_LOST.get(lang)
    if lost is None or not read.lower().endswith(lost[0]):
        return None
    return read[:-2] + (lost[1].upper() if read[-2:].isupper() else lost[1])
