"""The check's ``zh.pinyin-form``: a name the gazetteer knows, written in pinyin's own letters
but not divided, joined or capitalized as GB/T 16159-2012 writes it: Mao Ze Dong (Mao Zedong:
6.3.1, a Chinese person's surname and given name are two words, the given name's syllables
joined), Liu Shao-qi (Liu Shaoqi), Renminribao (Renmin Ribao: 6.3.2, each word of a proper name
apart and capitalized), Zhongguo gongchandang (Zhongguo Gongchandang).

The written words must fall on the name's syllable boundaries and spell its syllables letter
for letter, so the fix changes only spaces, hyphens and capitals: it is safe. Where it would add
or drop an apostrophe (Xian, Xi'an), or the name is one word written as one word, the letters
may be another name's (冼 Xian): for review. So is a name whose words only lack their capitals
(Renmin ribao): many English-language presses write romanized names of periodicals and
publishers so, by choice.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from itertools import pairwise

from ..chinese.syllables import split_run
from ..names.gazetteer import entries
from ..style.house import HouseStyle
from .context import publishers
from .names import NameHit, _house_form
from .recognize import looks_english

_TOKEN = re.compile(r"(?<![\w'’-])[A-Za-zÜü][A-Za-zü'’]*(?:-[A-Za-zü'’]+)*(?![\w'’-])")
MAX_WORDS = 4  # written words of one name at most
REVIEW_CONFIDENCE = 0.75


def _letters(text: str) -> str:
    return re.sub(r"[\s'’-]", "", text.lower())


@cache
def _by_form() -> dict[str, tuple]:
    """The gazetteer's Chinese entries by their pinyin."""
    out: dict[str, list] = {}
    for e in entries().values():
        if e.origin == "zh" and e.pinyin:
            out.setdefault(e.pinyin, []).append(e)
    return {k: tuple(v) for k, v in out.items()}


@cache
def _index() -> dict[str, frozenset[str]]:
    """The gazetteer's Chinese names by their letters (lower case; no spaces, hyphens or
    apostrophes): letters → the pinyin forms they spell."""
    out: dict[str, set[str]] = {}
    for form in _by_form():
        out.setdefault(_letters(form), set()).add(form)
    return {k: frozenset(v) for k, v in out.items()}


def _syllable_ends(words: list[str]) -> set[int] | None:
    """The letter offsets where the syllables of ``words`` (each written pinyin, apostrophes
    where pinyin writes them) end; None if a word is no run of pinyin syllables."""
    ends: set[int] = set()
    at = 0
    for word in words:
        for part in re.split(r"['’]", word.lower()):
            syllables = split_run(part) if part else None
            if not syllables:
                return None
            for s in syllables:
                at += len(s)
                ends.add(at)
    return ends


def _boundaries(written: str) -> set[int]:
    """The letter offsets where ``written`` puts a space or a hyphen."""
    out, at = set(), 0
    for ch in written:
        if ch in " -":
            out.add(at)
        elif ch not in "'’":
            at += 1
    return out


def pinyin_form(written: str) -> tuple[str, bool] | None:
    """The GB/T form of ``written`` (one to four words of pinyin letters spelling a gazetteer
    name, first word capitalized) and whether the fix is safe; None if it is no such name or
    is written so already."""
    if not written[:1].isupper():
        return None
    forms = _index().get(_letters(written))
    if forms is None or len(forms) != 1:
        return None  # no name, or the letters of two
    (form,) = forms
    if written.replace("’", "'") == form:
        return None
    division = tuple(len(_letters(w)) for w in form.split())
    if _cedict_divisions().get(_letters(written), {division}) != {division}:
        return None  # CC-CEDICT has these letters as another name too (Wuhan the city; Wu Han)
    if " " not in written and "-" not in written and len(division) > 1 and _person(form):
        return None  # one word: a place's or a word's letters as much as a person's
    tokens = re.split(r"[ -]", written)
    if any(not t or _syllable_ends([t]) is None for t in tokens):
        return None  # a word no pinyin syllables make (Ch'en: Wade-Giles, its own rule's)
    ends = _syllable_ends(re.split(r"[ -]", form))  # Zhong-Su Youhao Xiehui: GB/T's hyphen
    if ends is None or not _boundaries(written) <= ends:
        return None  # the words cut a syllable: other syllables, another name
    apostrophes = re.sub(r"[^'’]", "", written) != re.sub(r"[^']", "", form)
    capitals_only = written.replace("’", "'").lower() == form.lower()
    safe = not (apostrophes or capitals_only) and (" " in form or " " in written or "-" in written)
    return form, safe


@cache
def _cedict_divisions() -> dict[str, set[tuple[int, ...]]]:
    """CC-CEDICT's names by their letters: the letter lengths of their written words."""
    from ..chinese.lexicons import cedict_names

    out: dict[str, set[tuple[int, ...]]] = {}
    for _, syllables, groups in cedict_names().values():
        plain = [re.sub(r"\d", "", s).replace("u:", "ü").lower() for s in syllables]
        sizes, at = [], 0
        for n in groups:
            sizes.append(sum(len(x) for x in plain[at : at + n]))
            at += n
        out.setdefault("".join(plain), set()).add(tuple(sizes))
    return out


def _person(form: str) -> bool:
    return any(e.kind == "person" for e in _by_form()[form])


def pinyin_form_hits(text: str, style: HouseStyle, scope_at) -> list[NameHit]:
    """Gazetteer names in pinyin letters that GB/T 16159 divides or capitalizes otherwise,
    where the house writes pinyin; not a note's or a bibliography's publisher, which citations
    write in sentence case."""
    tokens = [m for m in _TOKEN.finditer(text) if all(c.isascii() or c in "üÜ’" for c in m.group())]
    cited = publishers(text, scope_at)  # in the sentence case citations write (Renmin chubanshe)
    tokens = [m for m in tokens if not any(a <= m.start() < b for a, b in cited)]
    out: list[NameHit] = []
    k = 0
    while k < len(tokens):
        taken = 1
        for size in range(min(MAX_WORDS, len(tokens) - k), 0, -1):
            run = tokens[k : k + size]
            if any(text[a.end() : b.start()] != " " for a, b in pairwise(run)):
                continue
            written = text[run[0].start() : run[-1].end()]
            if size > 1 and written.replace("’", "'") in _index().get(_letters(written), ()):
                taken = size  # a name as GB/T writes it (Xian Xinghai): none of its words alone
                break
            hit = _hit(text, run[0].start(), run[-1].end(), style, scope_at)
            if hit is not None:
                out.append(_goes_on(text, hit, tokens[k + size : k + size + MAX_WORDS]))
                taken = size
                break
        k += taken
    return out


def _goes_on(text: str, hit: NameHit, after: list[re.Match[str]]) -> NameHit:
    """``hit``, for review where the name is a body's and pinyin words in lower case go on
    after it (Zhongguo gongchandang zhongyang weiyuanhui): the body's name may be longer than
    the gazetteer's, and a phrase is fixed whole or not at all."""
    if _by_form()[hit.key[1]][0].kind != "org":
        return hit
    words, at = [], hit.end
    for m in after:
        word = m.group()
        if text[at : m.start()] != " " or not word.islower() or looks_english(word):
            break
        if _syllable_ends([word]) is None:
            break
        words.append(word)
        at = m.end()
    if not words:
        return hit
    said = f"the name may go on ({' '.join(words)}): correct the whole name"
    return replace(
        hit, confidence=min(hit.confidence, REVIEW_CONFIDENCE), evidence=(*hit.evidence, said)
    )


def _hit(text: str, start: int, end: int, style: HouseStyle, scope_at) -> NameHit | None:
    written = text[start:end]
    found = pinyin_form(written)
    if found is None or style.system_for("zh", scope_at(start))[0] not in ("pinyin", "ala-lc"):
        return None
    form, safe = found
    named = _by_form()[form]
    fixes = {_house_form(e, form, style, scope_at(start)) for e in named} - {None}
    if len(fixes) != 1:
        return None
    fix = fixes.pop()
    if fix == written:
        return None
    entry = named[0]
    evidence = (
        f"{written!r} spells {entry.pinyin} ({entry.hanzi or entry.kind}, {entry.source}) in "
        "pinyin's letters; GB/T 16159-2012 divides and capitalizes it so",
    )
    return NameHit(
        start,
        end,
        written,
        "zh.pinyin-form",
        fix,
        0.95 if safe else REVIEW_CONFIDENCE,
        evidence,
        "pinyin",
        ("name", entry.pinyin, ""),
    )
