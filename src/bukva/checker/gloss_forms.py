"""The check's ``zh.gloss-form``: a romanization the author glossed with its characters (Zhongsu
guanxi (中苏关系), yi bian dao (一边倒)) that spells, letter for letter, what the house's system
writes for those characters, but divides, joins or capitalizes it otherwise: in a pinyin house,
GB/T 16159-2012's words and capitals (Zhong-Su guanxi, 6.3.3; yibiandao, the word as the unit).

The characters say which words are meant, so the fix is the house's form of them; it changes
only spaces, hyphens, apostrophes and capitals. It is for review, never applied by itself: the
word division of running Chinese is the romanizer's reading of it, which an editor confirms.
The characters themselves are a gloss and stay as written (``glosses.script_glosses``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..chinese.syllables import split_run
from .names import NameHit
from .pinyin_form import _letters
from .russian import sentence_start

REVIEW_CONFIDENCE = 0.75
MAX_WORDS = 6  # romanized words before their characters at most

# Hanzi in brackets (half- or full-width) right after Latin words, markup (*, _) or a closing
# quotation mark between: the words, then the characters; and the other way round, the words in
# brackets after the characters (中苏关系 (Zhongsu guanxi))
_WORD = r"[A-Za-zÜü][A-Za-zü'’-]*"
_HAN = r"[\u3400-\u9fff\uf900-\ufaff]+"
_GLOSSED = re.compile(
    rf"(?P<w>(?:{_WORD} ){{0,{MAX_WORDS - 1}}}{_WORD})[*_”\"]*\s?[(（](?P<h>{_HAN})[)）]"
)
_GLOSSING = re.compile(
    rf"(?P<h>{_HAN})\s?[(（][*_]?(?P<w>(?:{_WORD} ){{0,{MAX_WORDS - 1}}}{_WORD})[*_]?[)）,;，；]"
)


def gloss_form_hits(
    text: str, house_form: Callable[[str, int], str], system_at: Callable[[int], str]
) -> list[NameHit]:
    """Romanizations glossed with their characters that the house writes otherwise, the same
    letters (``house_form(hanzi, offset)``: the house's form of the characters where they
    stand; ``system_at(offset)``: the house's system for Chinese there)."""
    out: list[NameHit] = []
    for m in _GLOSSED.finditer(text):
        words = m.group("w").split(" ")
        form = house_form(m.group("h"), m.start("h"))
        # the words that spell the characters: the last ones before the bracket, as many as
        # the house's form has letters for
        written = _spelling(words, form, last=True)
        if written is not None:
            out += _hit(text, m.end("w") - len(written), written, m.group("h"), form, system_at)
    for m in _GLOSSING.finditer(text):
        form = house_form(m.group("h"), m.start("h"))
        if _letters(m.group("w")) == _letters(form):  # all the words in the brackets
            out += _hit(text, m.start("w"), m.group("w"), m.group("h"), form, system_at)
    return out


def _hit(
    text: str, start: int, written: str, hanzi: str, form: str, system_at: Callable[[int], str]
) -> list[NameHit]:
    """The finding on ``written`` at ``start`` if the house writes ``form`` otherwise."""
    if sentence_start(text, start):  # the first letter's case is the sentence's
        form = written[0] + form[1:] if written[0].lower() == form[0].lower() else form
    system = system_at(start)
    if written.replace("’", "'") == form:
        return []  # as the house writes it
    if system != "ala-lc" and _cut_into_syllables(written, form):
        return []  # GB/T's words only cut finer, into words of one syllable (LC's are syllables)
    evidence = (
        f"the characters beside it, {hanzi}, are {form!r} in the house's {system}: the same "
        "letters, divided or capitalized otherwise",
    )
    key = ("zh", _letters(form))
    hit = NameHit(
        start,
        start + len(written),
        written,
        "zh.gloss-form",
        form,
        REVIEW_CONFIDENCE,
        evidence,
        f"{system}, divided otherwise",
        key,
    )
    return [hit]


def _cut_into_syllables(written: str, form: str) -> bool:
    """Whether the house's form differs only by spaces it puts inside the author's words, and
    each word so cut off is one syllable (qiyue, qi yue of 背信弃约: a phrase jieba's dictionary
    lacks, cut by the romanizer's guess; the author's word may well be the better one)."""
    if written.replace(" ", "") != form.replace(" ", "") or form.count(" ") <= written.count(" "):
        return False
    ends, at = set(), 0
    for word in written.split(" "):
        at += len(word)
        ends.add(at)
    at = 0
    for word in form.split(" "):
        start, at = at, at + len(word)
        new_edge = start not in ends | {0} or at not in ends
        if new_edge and len(split_run(word.lower().replace("'", "")) or ()) != 1:
            return False
    return True


_WORDS_AFTER = re.compile(rf",?\s?[*_]?((?:{_WORD} ){{0,{MAX_WORDS - 1}}}{_WORD})")
_WORDS_BEFORE = re.compile(rf"((?:{_WORD} ){{0,{MAX_WORDS - 1}}}{_WORD})[*_]?,?\s?$")


def beside_romanization(text: str, start: int, end: int, form: str) -> bool:
    """Whether the characters at ``text[start:end]`` stand beside their romanization without
    brackets ("Both are 高岗, Gao Gang."; "Gao Gang, 高岗,"): the house's ``form`` of them
    spelled letter for letter by the words just after or just before (a gloss, kept)."""
    if not form:
        return False
    after = _WORDS_AFTER.match(text, end)
    if after is not None and _spelling(after.group(1).split(" "), form, last=False):
        return True
    before = _WORDS_BEFORE.search(text, max(0, start - 80), start)
    return before is not None and _spelling(before.group(1).split(" "), form, last=True) is not None


def _spelling(words: list[str], form: str, last: bool) -> str | None:
    """The words, the last ones (``last``) or the first ones, that spell ``form`` letter for
    letter (spaces, hyphens, apostrophes and case aside), joined; None if none do."""
    for k in range(1, len(words) + 1):
        joined = " ".join(words[-k:] if last else words[:k])
        if _letters(joined) == _letters(form):
            return joined
    return None
