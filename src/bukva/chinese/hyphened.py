"""Foreign names whose parts a hyphen joins in characters (乔治乌-德治 Gheorghiu-Dej, 让-保罗·萨特
Jean-Paul Sartre): each part one capitalized word, as a non-Han name is written by its own
parts (GB/T 16159, the 1996 text's 4.2.5, kept in 2012: 阿沛-阿旺晋美 Ngapoi Ngawang Jigme):
Qiaozhiwu-Dezhi, Rang-Baoluo Sate, not a Chinese surname and given name (Qiao Zhiwu) or a verb
(rang). Chinese names take no hyphen, so a hyphen touching a name jieba took for a Chinese
person's says the name is foreign."""

from __future__ import annotations

from .dotted import _DOTS, _named, _one_word, _reach
from .lexicons import cedict_names
from .script import all_han
from .transcription_chars import MEAN_WEIGHT, char_table, mean_weight, name_char
from .word import KNOWN, OTHER, PERSON, PLACE, PROPER, WORD, Word

_HYPHENS = ("-", "－", "‐")
_LONGEST = 4  # characters of one part of a name


def hyphened_names(words: list[Word]) -> list[Word]:
    """The words with each part of a foreign name joined by a hyphen one capitalized word."""
    if not any(w.role == OTHER and w.text in _HYPHENS for w in words):
        return words
    out = list(words)
    k = 1
    while k < len(out) - 1:
        a, mark, b = out[k - 1], out[k], out[k + 1]
        k += 1
        if mark.role != OTHER or mark.text not in _HYPHENS:
            continue
        if a.end != mark.start or mark.end != b.start:
            continue  # 1950 - 1953, spaced: a range
        last = _reach(out, k, 1)  # 莫洛托夫-里宾 | 特洛甫: jieba cut the name after it
        after = out[k : last + 1]
        if (
            (_foreign_person(a) and _part(after) and _transcribed([a, *after]))
            or (_named(a) and _spelled(after))
            or (_part([a]) and len(after) == 1 and _dotted_name(out, k))
        ):
            out[k - 2] = _whole([a])
            out[k : last + 1] = [_whole(after)]
    return out


def _whole(words: list[Word]) -> Word:
    """The words as one capitalized word; a proper name already divided as it is (曾普伦 | 州)."""
    if len(words) == 1 and words[0].role == PROPER and len(words[0].groups) > 1:
        return words[0]
    return _one_word(words)


def _part(words: list[Word]) -> bool:
    """Words that can be a part of a foreign name: Han characters, no number, no known
    Chinese person, no place (北京-莫斯科: two places, a route)."""
    text = "".join(w.simp for w in words)
    return (
        all(w.role in (WORD, PERSON, PROPER) for w in words)
        and len(text) <= _LONGEST
        and text not in cedict_names()
        and all_han(text)
    )


def _spelled(words: list[Word]) -> bool:
    """Words all of transcription's characters, none a place (曾普伦州: a county's 州 is the
    place's generic, written apart)."""
    return all(w.role != PLACE and all(map(name_char, w.simp)) for w in words)


def _transcribed(words: list[Word]) -> bool:
    """Characters all transcription's, weighing on average as a foreign name's at least half
    as much as a name alone must (乔治乌-德治 0.74; 高岗-饶漱石, 张三-李四: Chinese persons,
    characters the table lacks or weighs near nothing)."""
    text = "".join(w.simp for w in words)
    table = char_table()
    return all(c in table for c in text) and mean_weight(text) >= MEAN_WEIGHT / 2


def _foreign_person(w: Word) -> bool:
    """A person's name jieba made (乔治乌, which its dictionary holds as a person), not one a
    caller marked or CC-CEDICT knows (毛泽东): Chinese names take no hyphen."""
    return w.role == PERSON and w.flag != KNOWN and _part([w])


def _dotted_name(words: list[Word], k: int) -> bool:
    """Whether the word at ``k`` is a foreign name's part before a dot (保罗·萨特)."""
    nxt = words[k + 1] if k + 1 < len(words) else None
    return _named(words[k]) and nxt is not None and nxt.text in _DOTS and nxt.start == words[k].end
