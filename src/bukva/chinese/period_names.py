"""The period gazetteer's Chinese names as the pinyin writer reads them: its places, its persons
written as surname and given name, and those known by one name (data/gazetteer.tsv, built by
tools/build_gazetteer.py from sourced lists)."""

from __future__ import annotations

from functools import cache

from .lexicons import _pinyin_letters, _spelled, _spelled_words, names
from .script import is_han, simplified


@cache
def gazetteer_places() -> dict[str, list[tuple[list[str], bool]]]:
    """The period gazetteer's Chinese places (瑷珲 Aihui, 珍宝岛 Zhenbao Dao) in simplified
    characters, each as its written words (syllables with tones, capitalised), the syllables
    those of its pinyin (the 珲 of Aihui, not of Hunchun); a place whose pinyin its characters
    cannot spell is left out."""
    from ..names.gazetteer import _load

    entries, _forms = _load()
    out: dict[str, list[tuple[list[str], bool]]] = {}
    for e in entries.values():
        if e.kind != "place" or e.origin != "zh" or not e.hanzi or not _pinyin_letters(e.pinyin):
            continue
        hanzi = simplified(e.hanzi)
        if len(hanzi) < 2 or not all(is_han(c) for c in hanzi):
            continue
        words = _spelled_words(e.pinyin, _spelled(hanzi, [e.pinyin.lower()], tones=True))
        if words:
            out[hanzi] = [(syllables, True) for syllables in words]
    return out


@cache
def gazetteer_persons() -> dict[str, int]:
    """The period gazetteer's persons written as a Chinese surname and given name (阎明复 Yan
    Mingfu, 师哲 Shi Zhe, and foreigners' Chinese names: 潘友新 Pan Youxin), in simplified
    characters, each with its surname's length."""
    return _gazetteer_persons(False)


@cache
def curated_persons() -> dict[str, int]:
    """``gazetteer_persons`` of the period's own list (林伯渠 Lin Boqu), not CC-CEDICT's, whose
    persons include wars and empires its glosses name so."""
    return _gazetteer_persons(True)


def _gazetteer_persons(curated: bool) -> dict[str, int]:
    from ..names.gazetteer import _load

    compound = names()["compound_surnames"]
    out: dict[str, int] = {}
    for e in _load()[0].values():
        if e.kind != "person" or len(e.pinyin.split()) != 2:  # 潘友新 Pan Youxin too
            continue
        if curated and e.from_cedict_list:
            continue
        hanzi = simplified(e.hanzi)
        if 2 <= len(hanzi) <= 4 and all(is_han(c) for c in hanzi):
            out[hanzi] = 2 if hanzi[:2] in compound else 1
    return out


@cache
def one_word_persons() -> frozenset[str]:
    """The gazetteer's Chinese persons known by one name and written as one word (溥仪 Puyi,
    the last emperor, held in the Soviet Union 1945-50), in simplified characters."""
    from ..names.gazetteer import _load

    return frozenset(
        simplified(e.hanzi)
        for e in _load()[0].values()
        if e.kind == "person"
        and e.origin == "zh"
        and len(e.pinyin.split()) == 1
        and 2 <= len(e.hanzi) <= 6  # 阿合买提江 Ahemaitijiang
        and all(is_han(c) for c in e.hanzi)
    )
