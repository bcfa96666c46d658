"""Whether a name stands in Chinese order, surname first: how a name that several systems and
languages could spell is told to be Chinese (Гэ Юнь, Shen Chin) or Russian (Иван Ли)."""

from __future__ import annotations


def surname_first(pinyin: str) -> bool:
    """Whether a name of two or three words read as Chinese (``pinyin``) begins with a common
    Chinese surname of one syllable, as Chinese order has it (Shen Chin, Hsieh An; Ivan Li
    does not)."""
    from ..chinese.convert import surname_syllables

    words = pinyin.split()
    return 2 <= len(words) <= 3 and words[0].lower() in surname_syllables()


def chinese_order(text: str) -> bool:
    """Whether a Cyrillic name of two or three words reads surname first as a Chinese one does:
    its first word a common Chinese surname in Palladius (Гэ, Шань, Цю) and no Russian given
    name (Гэ Юнь, Цю Линь: Линь is a Russian word, the name still Chinese)."""
    from ..chinese.convert import surname_syllables
    from ..chinese.tables import parse, table
    from ..languages.lexicon import _analyzer

    words = text.split()
    if not 2 <= len(words) <= 3:
        return False
    first = parse(words[0], table("palladius"))
    if not first or len(first) != 1 or first[0] not in surname_syllables():
        return False
    morph = _analyzer("ru")
    return morph is None or not any(  # Вань is only Ваня's genitive plural; Ли is Fixd,
        {"Name", "nomn", "sing"} <= set(p.tag.grammemes)  # a foreign name that never declines
        and "Fixd" not in p.tag.grammemes
        and p.is_known
        for p in morph.parse(words[0].lower())
    )
