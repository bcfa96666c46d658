"""The context pass's glosses: two forms of one name side by side (``A (B)``, ``A, or B,``,
``A (also B)``, ``A (i.e. B)``, ``Dairen is Dalian``), both kept; an index's cross-reference
(``Chou En-lai. See Zhou Enlai``): the heading kept, the form referred to checked; and a
name's original in Hanzi or Cyrillic in brackets beside its romanization (Shi Zhe (师哲), Iudin
(Юдин), 伯力 (Boli)): the original is kept, the romanization checked."""

from __future__ import annotations

import re
from functools import lru_cache

from ..languages.english import english
from .span import Span

_GLOSS = re.compile(
    r"(?P<a>\b[A-Z][\w'’\-]*(?: [A-Z][\w'’\-]*){0,3})"
    r"(?P<sep> \((?:also |or |i\.\s?e\.,? |now |formerly |pinyin |Wade-Giles |in pinyin,? )?"
    r"| \(also |, or |, also |, i\.\s?e\.,? | or "
    r"| (?:is|was|became|is now|was then)(?: called)? |, (?:now|today|later) )"  # Dairen is Dalian
    # the second form whole: a romanized phrase's lower-case syllable groups too (Central
    # Committee (Chung-kuo kung-ch'an-tang chung-yang wei-yüan-hui): never half of it fixed)
    r"(?P<b>[A-Z][\w'’\-]*(?: (?:[A-Z][\w'’\-]*|[^\W\d_A-Z][\w'’]*-[\w'’\-]+)){0,5})"
)


def glosses(text: str, italic: tuple[tuple[int, int], ...] = ()) -> list[Span]:
    """Two forms of one name side by side (Mukden (Shenyang), Iudin, or Yudin), and a name's
    original in brackets (see :func:`script_glosses`). Two names joined by "or" or "also"
    outside brackets are a gloss only where :func:`bukva.match` reads them as one name
    (Mukden or Shenyang; not Mikoian or Molotov, a choice of two men)."""
    out = [
        Span(m.start(), m.end(), "gloss")
        for m in _GLOSS.finditer(text)
        if ("(" in m.group("sep") and not _translated(text, m))
        or "i." in m.group("sep")
        or (_one_entry if _equated(m["sep"]) else _one_name)(m["a"], m["b"])
    ]
    return out + script_glosses(text, italic) + cross_references(text) + marked_sic(text)


# an index's cross-reference: "Chou En-lai. *See* Zhou Enlai", "Peking, see Beijing", "Canton
# (see Guangzhou)": the heading is the form other books use, listed so that their readers find
# the entry; the form referred to is checked ("See also" follows a heading of the index's own)
_SEE = re.compile(
    r"^[ \t]*(?:[-*+][ \t]+)?(?P<term>[^\s.,;:()*_][^\n.;:()*_]{0,80}?)"
    r"(?:[.,][ \t]+|[ \t]*\([ \t]*)[*_]{0,2}[Ss]ee[*_]{0,2}[ \t]+(?![*_]{0,2}also\b)"
    r"(?=[*_]{0,2}[A-Z\u0400-\u042f\u3400-\u9fff])",  # a name (not "See the discussion")
    re.MULTILINE,
)


# a form the author marks as the source's own: "Com. Kao Kang [sic]", "Kan Shen (sic)": the
# name (its capitalized words, up to three, or the one word) before the mark
_SIC = re.compile(
    r"(?P<form>(?:[A-ZА-ЯЁ][\w'’-]*[ \t]){0,2}[A-ZА-ЯЁ][\w'’-]*|[\w'’-]+|[\u3400-\u9fff]+)"
    r"[*_\"”’»]*[ \t]?[\[(][*_]?sic!?[*_]?[\])]"
)


def marked_sic(text: str) -> list[Span]:
    """Forms marked [sic]: kept as the source wrote them."""
    return [Span(m.start("form"), m.end("form"), "spelling") for m in _SIC.finditer(text)]


def cross_references(text: str) -> list[Span]:
    """The headings of an index's cross-references, kept as the other books write them."""
    return [Span(m.start("term"), m.end("term"), "gloss") for m in _SEE.finditer(text)]


def _equated(sep: str) -> bool:
    """Whether the words between two names equate them (Dairen is Dalian, Dairen, now Dalian)."""
    return sep.strip(" ,") in _EQUATING


_EQUATING = frozenset(
    "is|was|became|is now|was then|now|today|later|"
    "is called|was called|became called|is now called|was then called".split("|")
)


def _ends(words: str) -> list[str]:
    """The last one, two and three words of ``words``."""
    split = words.split()
    return [" ".join(split[-k:]) for k in range(1, min(3, len(split)) + 1)]


def _starts(words: str) -> list[str]:
    """The first one, two and three words of ``words``."""
    split = words.split()
    return [" ".join(split[:j]) for j in range(1, min(3, len(split)) + 1)]


def _one_entry(a: str, b: str) -> bool:
    """Whether the last words of ``a`` and the first of ``b`` are spellings of one name the
    gazetteer holds (an "is" between two names is rarely a gloss: only its names are asked)."""
    from ..names.gazetteer import lookup

    ids = {s.entry.id for end in _ends(a) for s in lookup(end)}
    return bool(ids) and any(s.entry.id in ids for start in _starts(b) for s in lookup(start))


def _translated(text: str, m: re.Match[str]) -> bool:
    """Whether the brackets after a name hold its English translation, no other form of it
    (Gosudarstvennyy arkhiv Rossiyskoy Federatsii (State Archive of the Russian Federation)):
    the name before them is the author's romanization, checked as any other."""
    if m.group("sep") != " (":
        return False  # (also ...), (pinyin ...): another form
    close = text.find(")", m.start("b"), m.start("b") + 200)
    words = re.findall(r"[^\W\d_]+", text[m.start("b") : close if close != -1 else m.end("b")])
    return len(words) >= 2 and all(english(w) >= TRANSLATION_ZIPF for w in words)


TRANSLATION_ZIPF = 3.5  # every word of an English translation is this common (State, Archive)


def _one_name(a: str, b: str) -> bool:
    """Whether the last words of ``a`` and the first of ``b`` read as one name."""
    from ..names.matching import match

    return any(match(end, start).same for end in _ends(a) for start in _starts(b))


_LATIN = "A-Za-z\u00c0-\u024f\u1e00-\u1eff"
_LATIN_WORD = rf"[{_LATIN}][{_LATIN}'’ʹ\u0300-\u036f\ufe20-\ufe2f-]*"
# a name in Hanzi or Cyrillic in brackets right after Latin words (Shi Zhe (师哲), Iudin (Юдин,
# 1899-1968)): the original beside its romanization
_SCRIPT_OPEN = re.compile(
    r"[(（](?P<b>[\u3400-\u9fff\uf900-\ufaff]+|[\u0400-\u04ff][\u0400-\u04ff\-]*"
    r"(?: [\u0400-\u04ff][\u0400-\u04ff\-.]*){0,3})(?=[)）,;，])"
)
_WORDS_BEFORE = re.compile(rf"(?<![{_LATIN}'’ʹ-])(?:{_LATIN_WORD} ){{0,7}}{_LATIN_WORD} ?$")
# both in one bracket after an English name: (Zhong-Su Youhao Xiehui, 中苏友好协会)
_BOTH_IN_BRACKETS = re.compile(
    rf"[(（](?P<a>(?:{_LATIN_WORD} ){{0,5}}{_LATIN_WORD})[,，] ?"
    r"(?P<b>[\u3400-\u9fff\uf900-\ufaff]+)(?=[)）,;，])"
)

# characters with their pinyin in brackets after them: 伯力 (Boli), 阿尔希波夫 (A'erxibofu)
_HANZI_THEN_PINYIN = re.compile(
    rf"(?P<h>[\u3400-\u9fff\uf900-\ufaff]+) ?[(（](?P<a>(?:{_LATIN_WORD} ){{0,5}}{_LATIN_WORD})"
    r"(?=[)）,;，])"
)

# characters with their translation in quotation marks in brackets after them: 苏修 ("Soviet
# revisionists"), as "new tsars" (新沙皇) has it before them
_HANZI_THEN_QUOTED = re.compile(r"(?P<h>[\u3400-\u9fff\uf900-\ufaff]+) ?[(（][\"“‘]")


def script_glosses(text: str, italic: tuple[tuple[int, int], ...] = ()) -> list[Span]:
    """The original of a name in Hanzi or Cyrillic in brackets right after the name romanized
    (Shi Zhe (师哲), Pavel Iudin (Юдин), Yudin (尤金): one person to :func:`bukva.match`), or
    after its pinyin in the same brackets (Zhong-Su Youhao Xiehui, 中苏友好协会), or before its
    translation in quotation marks (苏修 ("Soviet revisionists")): kept as written. The
    romanization before it is still checked."""
    from ..names.matching import match
    from .pinyin_form import _letters

    out = []
    for m in _SCRIPT_OPEN.finditer(text):
        end = m.start()
        while end > 0 and text[end - 1] in ' *_”"’':  # *Sulian beixin qiyue* (苏联背信弃约)
            end -= 1
        before = _WORDS_BEFORE.search(text, max(0, end - 120), end)
        if before is None:
            continue
        words = before.group().split()
        original = m.group("b")
        spelled = _pinyin_letters(original)
        if (
            any(c in '*_”"’' for c in text[end : m.start()])
            or any(
                _letters(" ".join(words[-k:])) == spelled
                or match(" ".join(words[-k:]), original).same
                for k in range(1, len(words) + 1)
            )
            or any(a < end <= b for a, b in italic)
        ):
            # "Serve the People" (为人民服务): a quoted or italic translation's original too (a
            # Word paragraph's italic run, as Markdown's asterisks)
            out.append(Span(m.start("b"), m.end("b"), "gloss"))
    for m in _BOTH_IN_BRACKETS.finditer(text):
        if _letters(m.group("a")) == _pinyin_letters(m.group("b")):
            out.append(Span(m.start("b"), m.end("b"), "gloss"))
    for m in _HANZI_THEN_PINYIN.finditer(text):  # 伯力 (Boli): the characters as written
        if _letters(m.group("a")) == _pinyin_letters(m.group("h")):
            out.append(Span(m.start("h"), m.end("h"), "gloss"))
    out += [Span(m.start("h"), m.end("h"), "gloss") for m in _HANZI_THEN_QUOTED.finditer(text)]
    return out


@lru_cache(maxsize=4096)
def _pinyin_letters(original: str) -> str | None:
    """The letters pinyin writes for Hanzi (yibiandao for 一边倒: a word the words before it
    spell whatever their division), None for Cyrillic."""
    if not ("\u3400" <= original[0] <= "\ufaff"):
        return None
    from ..api import romanize
    from .pinyin_form import _letters

    return _letters(romanize(original, lang="zh", system="pinyin"))
