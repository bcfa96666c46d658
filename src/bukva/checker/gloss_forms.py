"""The check's ``zh.gloss-form``: a romanization the author glossed with its characters (Zhongsu
guanxi (中苏关系), yi bian dao (一边倒)) that spells, letter for letter, what the house's system
writes for those characters, but divides, joins or capitalizes it otherwise: in a pinyin house,
GB/T 16159-2012's words and capitals (Zhong-Su guanxi, 6.3.3; yibiandao, the word as the unit).

The characters say which words are meant, so the fix is the house's form of them; it changes
only spaces, hyphens, apostrophes and capitals. It is for review, never applied by itself: the
word division of running Chinese is the romanizer's reading of it, which an editor confirms.
The characters themselves are a gloss and stay as written (``context.script_glosses``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .names import NameHit

REVIEW_CONFIDENCE = 0.75
MAX_WORDS = 6  # romanized words before their characters at most

# Hanzi in brackets (half- or full-width) right after Latin words, markup (*, _) or a closing
# quotation mark between: the words, then the characters
_WORD = r"[A-Za-zÜü][A-Za-zü'’-]*"
_GLOSSED = re.compile(
    rf"(?P<w>(?:{_WORD} ){{0,{MAX_WORDS - 1}}}{_WORD})[*_”\"]*\s?[(（]"
    r"(?P<h>[\u3400-\u9fff\uf900-\ufaff]+)[)）]"
)


def _letters(text: str) -> str:
    return re.sub(r"[\s'’-]", "", text.lower())


def gloss_form_hits(
    text: str, house_form: Callable[[str, int], str], system_at: Callable[[int], str]
) -> list[NameHit]:
    """Romanizations glossed with their characters that the house writes otherwise, the same
    letters (``house_form(hanzi, offset)``: the house's form of the characters where they
    stand; ``system_at(offset)``: the house's system for Chinese there)."""
    out: list[NameHit] = []
    for m in _GLOSSED.finditer(text):
        hanzi = m.group("h")
        form = house_form(hanzi, m.start("h"))
        words = m.group("w").split(" ")
        # the words that spell the characters: the last ones before the bracket, as many as
        # the house's form has letters for
        for k in range(1, len(words) + 1):
            written = " ".join(words[-k:])
            if _letters(written) == _letters(form):
                break
        else:
            continue
        start = m.end("w") - len(written)
        if _sentence_start(text, start):  # the first letter's case is the sentence's
            form = written[0] + form[1:] if written[0].lower() == form[0].lower() else form
        if written.replace("’", "'") == form:
            continue  # as the house writes it
        fix = form
        system = system_at(start)
        evidence = (
            f"the characters beside it, {hanzi}, are {form!r} in the house's {system}: the same "
            "letters, divided or capitalized otherwise",
        )
        key = ("zh", _letters(form))
        out.append(
            NameHit(
                start,
                m.end("w"),
                written,
                "zh.gloss-form",
                fix,
                REVIEW_CONFIDENCE,
                evidence,
                f"{system}, divided otherwise",
                key,
            )
        )
    return out


def _sentence_start(text: str, at: int) -> bool:
    """Whether ``at`` begins a sentence (markup and opening quotation marks aside)."""
    before = text[:at].rstrip(" *_“\"‘'")
    return not before or before[-1] in ".!?:\n"
