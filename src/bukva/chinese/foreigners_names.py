"""A foreigner's Chinese name after his nationality in brackets, as Chinese bibliographies print
Western scholars' names (［挪］文安立 Westad, ［美］费正清 Fairbank): a surname and a given
name, each capitalized (GB/T 16159-2012 6.3.1), not a place's name and a verb."""

from __future__ import annotations

from .capitals import _OPEN
from .dotted import _nationality
from .lexicons import names
from .transcription_chars import name_char
from .word import KNOWN, OTHER, PERSON, PLACE, PROPER, WORD, Word


def chinese_names_of_foreigners(words: list[Word]) -> list[Word]:
    """After a nationality in brackets, two words jieba cut of a name of three characters
    before punctuation, a common surname first and not all of it transcription's characters
    (［挪］文安 | 立： Westad's Chinese name): a foreigner's Chinese name, surname and given name
    (Wen Anli, as 费正清 Fei Zhengqing)."""
    if not any(w.role == OTHER and w.text[-1:] in _OPEN for w in words):
        return words  # most sentences: no bracket
    surnames = names()["common_surnames"]
    for k in range(len(words) - 1, 2, -1):
        pair = words[k : k + 2]
        after = words[k + 2] if k + 2 < len(words) else None
        text = "".join(x.text for x in pair)
        if (
            len(pair) == 2
            and _nationality(words, k)
            and words[k - 2].simp not in "中华日"
            and all(x.role in (WORD, PLACE, PROPER) for x in pair)
            and len(text) == 3
            and pair[0].end == pair[1].start
            and (after is None or (after.role == OTHER and after.start == pair[1].end))
            and pair[0].simp[0] in surnames
            and not all(map(name_char, pair[0].simp + pair[1].simp))
        ):
            person = Word(
                pair[0].start, pair[1].end, text, PERSON, pair[0].syllables + pair[1].syllables
            )
            person.groups, person.caps, person.flag = [1, 2], [True, True], KNOWN
            words[k : k + 2] = [person]
    return words
