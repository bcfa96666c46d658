"""A name's spelling inside an English proper name (Peking University, Treaty of Nanking, Radio
Peking, Tretyakov Gallery): the name of an institution, a periodical, a station, a street or a
treaty keeps its own spelling as printed, so a finding there is for review."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..languages.english import english
from .recognize import ENGLISH_ZIPF

_NAME_WORD = re.compile(r"[ \t]([A-Z][a-z]+)")  # the capitalized word right after a name
_OF_NAME = re.compile(r"\b([A-Z][a-z]+) of[ \t]$")  # Treaty of | Nanking, University of | …
# the capitalized word right before a name, not the sentence's first: Radio | Peking
_WORD_BEFORE_NAME = re.compile(r"(?<=[a-z,;] )([A-Z][a-z]+)[ \t]$")
_ADJECTIVE = re.compile("(?:ist|ian|an|ese|ish|ic|al)$")  # Communist, Nationalist, Chinese
# treaties named in lower case, one or several: "the treaties of Aigun (1858) and Peking (1860)"
_TREATIES_OF = re.compile(
    r"\b(?i:treat(?:y|ies)|conventions?|protocols?) of[ \t]"
    r"(?:[A-Z][\w'’-]*(?: \(\d{4}\))?,?[ \t](?:and[ \t])?)*$"
)


def in_english_name(
    text: str,
    start: int,
    end: int,
    name_word: Callable[[str], bool] | None = None,
    before: bool = False,
) -> str:
    """The English proper name a name's spelling stands in, or "": a capitalized English word
    right after it (Peking University, Peking Review, Nanking Road, Canton Trade Fair), with
    ``before`` (a place's name) one inside a sentence right before it (Radio Peking; not
    Communist Peking, nor a rank before a person: Marshal Malinovsky), or "Treaty of" before
    it (Treaty of Nanking; the treaties of Aigun and Peking): the name of an institution, a
    periodical, a station, a street or a treaty, which keeps its own spelling as printed.
    ``name_word``: whether the word after is a name of the spelling's own language
    (Vyacheslav | Molotov), no English word."""
    after = _NAME_WORD.match(text, end)
    if (
        after
        and english(after.group(1)) >= ENGLISH_ZIPF
        and not (name_word and name_word(after.group(1)))
    ):
        return f"{text[start:end]} {after.group(1)}"
    of = _OF_NAME.search(text, max(0, start - 40), start)
    if of and english(of.group(1)) >= ENGLISH_ZIPF:
        return f"{of.group(1)} of {text[start:end]}"
    treaties = _TREATIES_OF.search(text, max(0, start - 80), start)
    if treaties:
        return text[treaties.start() : end]
    word = before and _WORD_BEFORE_NAME.search(text, max(0, start - 40), start)
    if (
        word
        and english(word.group(1)) >= ENGLISH_ZIPF
        and not _ADJECTIVE.search(word.group(1))
        and not (name_word and name_word(word.group(1)))
    ):
        return f"{word.group(1)} {text[start:end]}"  # Radio Peking, Hotel Peking
    return ""
