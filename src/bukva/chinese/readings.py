"""One pinyin reading per character, decided in context.

Characters with one reading take it from the dictionary. For a character with several
(CC-CEDICT's list, as g2pM ships it), the polyphone network scores each reading in the context of
its sentence, and a reading the phrase lexicon gives for the word the character stands in (jieba's
words, dictionary only) gets a fixed bonus. The bonus was chosen on one half of the CPP dev split
and measured on the other half (docs/benchmarks.md). For catalog romanization (ALA-LC), where
LC's table fixes a word's reading (传略 zhuan lüe, 校点 jiao dian), that reading is kept to.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache, lru_cache
from math import inf

from .fixed_readings import (
    ALONE,
    alone_readings,
    long_readings,
    name_readings,
    once_readings,
    place_readings,
)
from .lexicon import _jieba, catalog_words, curated, phrase_reading, phrases, words
from .particles import particles
from .polyphone import model
from .script import STANDARD_FORMS, is_han, simplified
from .syllables import from_marks, toneless
from .tagger import dictionary

LEXICON_BONUS = 5.0
_SENTENCE_END = re.compile(r"[。！？；!?;\n]+")
MAX_SENTENCE = 120  # longer stretches are cut at commas for the network


def normalize(reading: str) -> str:
    """g2pM / CEDICT spelling to bukva's: ``lu:4`` → ``lü4``."""
    return reading.replace("u:", "ü").replace("v", "ü")


class _Heteronyms(dict):
    """pypinyin's readings of a character (numbered tones, CEDICT's ``u:`` for ü), for the
    characters CEDICT lacks: rare ones, extension blocks, traditional variants. Converted on
    first use of each character, not all 40,000 at once."""

    def __missing__(self, cp: int) -> tuple[str, ...]:
        from pypinyin.pinyin_dict import pinyin_dict

        raw = pinyin_dict.get(cp)
        if raw is None:
            raise KeyError(cp)
        value = tuple(dict.fromkeys(from_marks(r).replace("ü", "u:") for r in raw.split(",")))
        self[cp] = value
        return value

    def get(self, cp, default=None):  # type: ignore[override]
        try:
            return self[cp]
        except KeyError:
            return default

    def __contains__(self, cp) -> bool:  # type: ignore[override]
        return self.get(cp) is not None


_HETERONYMS = _Heteronyms()


def _heteronyms() -> _Heteronyms:
    return _HETERONYMS


def _sentences(text: str) -> list[tuple[int, int]]:
    """The stretches the network reads: sentences, without the line breaks and spaces around
    them (the network reads a line break as an unknown character: a sentence ending a line
    of a long text would be read otherwise than the same sentence sent alone)."""
    spans = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        spans.append((start, m.end()))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s == e:
            continue
        while e - s > MAX_SENTENCE:
            cut = max(text.rfind("，", s, s + MAX_SENTENCE), text.rfind(",", s, s + MAX_SENTENCE))
            cut = cut + 1 if cut > s else s + MAX_SENTENCE
            out.append((s, cut))
            s = cut
        out.append((s, e))
    return out


@cache
def _candidates(ch: str, simple: str) -> tuple[str, ...]:
    """The readings ``ch`` can have (CEDICT's spelling): CEDICT's own; for a traditional form
    CEDICT lacks, its simplified form's when pypinyin allows all of them for it too (傳 as 传,
    組 as 组), else pypinyin's (閤: he2, ge2, not 合's he2, ge3)."""
    cands = model().candidates
    if ch in STANDARD_FORMS:  # 於 read as 于 (yu2): its own list (yu1, wu1) is a name's and an
        ch = simple  # interjection's
    if ch != simple and simple in cands:
        # a traditional character: its simplified form's readings that are its own too (發:
        # fa1 of 发's fa1, fa4; 參: 参's can1, shen1 ...; 葉: ye4, not 叶's xie2), so that the
        # network, which learned simplified text, reads it as its simplified form; all of them
        # where pypinyin gives it one reading only (沒: mei2, and mo4 of 没 too: 沒收 moshou)
        listed = tuple(cands[simple])
        if len(listed) == 1:  # 殼 as 壳: qiao4, and ke2, which the digest lacks
            listed = _with_commonest(simple, listed)
        heard = _heteronyms().get(ord(ch), ())
        if len(heard) < 2 and ch not in cands:
            return listed
        own = set(heard) | set(cands.get(ch, ()))
        shared = tuple(r for r in listed if r in own)
        if shared and len(cands[simple]) == 1:
            return shared  # one reading, as the simplification chose it (閒 as 闲: xian2)
        if shared:  # and the readings CC-CEDICT gives it of its own (閤 ge2, beside 合's he2)
            return (*shared, *(r for r in cands.get(ch, ()) if r not in shared))
    if ch in cands:
        return _with_commonest(ch, tuple(cands[ch]))
    own = _heteronyms().get(ord(ch), ())
    if ch != simple and simple in cands and (not own or set(cands[simple]) <= set(own)):
        return tuple(cands[simple])
    return own


def _with_commonest(ch: str, listed: tuple[str, ...]) -> tuple[str, ...]:
    """CC-CEDICT's readings of ``ch`` as g2pM digests them, and pypinyin's first (commonest)
    reading where its syllable is none of them: the digest keeps 壳 qiào alone, which
    would read 贝壳 (bèiké) and 蛋壳 as qiao; with ké listed, the words decide."""
    commonest = _heteronyms().get(ord(ch), ())[:1]
    if not commonest or any(r[:-1] == commonest[0][:-1] for r in listed):
        return listed
    return (*listed, commonest[0])


@cache
def _options(candidates: tuple[str, ...]) -> tuple[tuple[int, ...], tuple[str, ...]] | None:
    """Class indices the network can score, and the readings (bukva spelling) they stand for."""
    m = model()
    known = [o for o in candidates if o in m.class2idx]
    if not known:
        return None
    return tuple(m.class2idx[o] for o in known), tuple(normalize(o) for o in known)


@lru_cache(maxsize=16384)  # a character and its simplified form: a few thousand pairs
def _char_options(ch: str, simple: str) -> tuple[tuple[int, ...], tuple[str, ...]] | None:
    """:func:`_options` of the character's candidates."""
    return _options(_candidates(ch, simple))


@cache
def _context_char(ch: str, simple: str) -> str:
    """What the network reads for a traditional character: the character itself if the network
    knows it or it keeps readings of its own (閤), else its simplified form (國 as 国)."""
    m = model()
    own = _candidates(ch, simple)
    if (
        ch != simple
        and simple in m.char2idx
        and own == tuple(r for r in m.candidates.get(simple, ()) if r in own)
    ):
        return simple  # its readings are its simplified form's: read as that (參 as 参)
    if ch in m.char2idx:
        return ch
    borrowed = ch not in m.candidates and _candidates(ch, simple) == tuple(
        m.candidates.get(simple, ())
    )
    return simple if borrowed or len(_candidates(ch, simple)) < 2 else ch


_POLY = "?"  # marks a character with several readings in the per-character table


class _Info(dict):
    """Character → ``_char_info``, filled as text meets each character (looked up in C)."""

    def __missing__(self, ch: str) -> str | None:
        self[ch] = value = _char_info(ch, ch)
        return value


_info = _Info()


def _char_info(ch: str, simple: str) -> str | None:
    """``ch``'s one reading, _POLY if it has several, None if it is not Han (〇, the
    ideographic zero of 一九五〇, is read ling2)."""
    if ch == "\u3007":
        return "ling2"
    if not is_han(ch):
        return None
    options = _candidates(ch, simple)
    if len(options) > 1:
        return _POLY
    return normalize(options[0]) if options else None


COMMON_WORD = 1000  # jieba's count from which a two-character word is a common one
# jieba's count from which a word pypinyin's own phrases hold whole keeps their reading there
# (首长 zhǎng, 各行各业 háng, 着想 zhuó: the network alone read them chang, xing, zhe, sure of
# itself, as no bonus mends); chosen on the even CPP dev sentences (docs/benchmarks.md, stop
# 32). The price: a word the context should split is read whole (还给中国提供贷款, "also gave",
# is read huángěi, "gave back").
KEPT_WORD = 50


@lru_cache(maxsize=65536)  # a word and a position in it decide the same way wherever it stands
def _word_reading(word: str, at: int) -> tuple[str | None, float]:
    """The lexicon's reading of ``word[at]`` (see ``phrase_reading``) and the bonus it gets
    over the network's score: ``inf`` (kept) for a word of pypinyin's own phrases that jieba
    counts at least KEPT_WORD times, and where a common two-character word (jieba's count at
    least COMMON_WORD) inside the longer word gives it and the lexicon has the longer word with
    no other (部长 zhang inside 部长会议, where the network alone reads chang); LEXICON_BONUS
    otherwise."""
    reading = phrase_reading(word, at, 0, len(word))
    if reading is None:
        return None, 0.0
    table = phrases()
    whole = table.get(word)
    if whole is not None and whole.get(at, reading) != reading:
        return reading, LEXICON_BONUS
    freq = _jieba().dt.FREQ
    for first in range(max(0, at - 1), min(at, len(word) - 2) + 1):
        pair = word[first : first + 2]
        marks = table.get(pair)
        if marks and marks.get(at - first) == reading and freq.get(pair, 0) >= COMMON_WORD:
            return reading, inf
    if whole is not None and at in whole and freq.get(word, 0) >= KEPT_WORD and curated(word):
        return reading, inf  # 首长 zhang, 重工业 zhong, 着陆 zhuo: the word's own entry
    return reading, LEXICON_BONUS


def _same_syllable(word: str | None, spelled: tuple[str, ...]) -> bool:
    """Whether a reading the character's list lacks has the syllable of one it holds."""
    return word is not None and any(s[:-1] == word[:-1] for s in spelled)


def readings(text: str, catalog: bool = False) -> list[str | None]:
    """One reading per character of ``text``: ``le5``, ``lü4``; None where it is not Han.

    Traditional characters are read in the context of their simplified forms (what the network
    and the lexicons know), each with its own readings. ``catalog``: keep to the readings LC's
    table fixes for catalog words (ALA-LC uses this).
    """
    m = model()
    original = text
    text = simplified(text)
    same = text == original
    info = _info
    if same:
        out = list(map(info.__getitem__, text))
    else:
        out = [info[c] if o == c else _char_info(o, c) for o, c in zip(original, text, strict=True)]
    poly_sentences: list[str] = []
    poly_positions: list[list[int]] = []
    offsets: list[int] = []
    for start, end in _sentences(text):
        positions = [i - start for i in range(start, end) if out[i] is _POLY]
        if positions:
            poly_sentences.append(text[start:end])
            poly_positions.append(positions)
            offsets.append(start)
    spans = words(text)  # one pass of jieba over the whole text
    names = name_readings(text, spans)  # a surname, read as one (曾 Zeng, 尉迟 Yuchi)
    names.update(place_readings(text, spans, info))  # 鸭绿江 (大桥): 绿 lù
    if "长" in text:
        names.update(long_readings(text))
    if not ALONE.keys().isdisjoint(text):
        names.update(alone_readings(text, spans))
    if "曾" in text:
        names.update(once_readings(text, spans))
    if "地" in text or "得" in text or "藏" in text:  # de, děi, cáng (particles.py)
        names.update(particles(text, spans, dictionary()[1]))
    for at, reading in names.items():
        if out[at] is not _POLY:
            out[at] = reading
    if not poly_sentences:
        return out
    fixed_words = catalog_words() if catalog else {}
    ends = [e for _, e in spans]
    # Each character's options and what the lexicon says of it, before any network: a position
    # the lexicon or a name settles (kept words, 首长 zhǎng) needs no score; a sentence all of
    # whose positions are settled is not run through the network at all.
    pending: list[tuple[int, str, list[tuple[int, tuple, str | None, float, str | None]]]] = []
    for positions, offset, sentence in zip(poly_positions, offsets, poly_sentences, strict=True):
        left = []
        for p in positions:
            at = offset + p
            options = _char_options(original[at], text[at])
            if options is None:
                out[at] = names.get(at) or normalize(_candidates(original[at], text[at])[0])
                continue
            if at in names:
                out[at] = names[at]
                continue
            start, end = spans[bisect_right(ends, at)]
            word, bonus, fixed = None, 0.0, None
            if end - start > 1:
                word_text = text[start:end]
                fixed = fixed_words.get(word_text)
                word, bonus = _word_reading(word_text, at - start)
                spelled = options[1]
                if (
                    bonus == inf
                    and word in spelled
                    and (
                        fixed is None
                        or toneless(word) == fixed[at - start]
                        or not any(toneless(s) == fixed[at - start] for s in spelled)
                    )
                ):
                    out[at] = word  # the lexicon's word decides: no score can change it
                    continue
            left.append((p, options, word, bonus, fixed and fixed[at - start]))
        if left:
            pending.append((offset, sentence, left))
    if not pending:
        return out

    # The network reads a character it knows (in its vocabulary or CEDICT's) as written, and
    # one it does not by its simplified form; jieba and the lexicons read the simplified text.
    def as_read(start: int, sentence: str) -> str:
        if same:
            return sentence
        return "".join(
            o if o == c else _context_char(o, c)
            for o, c in zip(original[start : start + len(sentence)], sentence, strict=True)
        )

    scores = m.logits(
        [as_read(o, s) for o, s, _ in pending], [[p for p, *_ in left] for _, _, left in pending]
    )
    for (offset, _, left), logits in zip(pending, scores, strict=True):
        # the options' scores in one gather, as plain floats (a handful per character)
        flat_rows = [row for row, (_, o, *_) in enumerate(left) for _ in o[0]]
        flat_cols = [i for _, o, *_ in left for i in o[0]]
        flat = logits[flat_rows, flat_cols].tolist()
        taken = 0
        for p, (idx, spelled), word, bonus, fixed in left:
            at = offset + p
            best = flat[taken : taken + len(idx)]
            taken += len(idx)
            if fixed is not None:  # LC's table fixes this word's reading: keep to it
                allowed = [toneless(s) == fixed for s in spelled]
                if any(allowed):
                    best = [b if ok else -inf for b, ok in zip(best, allowed, strict=True)]
            if word in spelled and bonus == inf:
                best = [b if s == word else -inf for b, s in zip(best, spelled, strict=True)]
            elif word in spelled:
                best = [b + bonus if s == word else b for b, s in zip(best, spelled, strict=True)]
            elif bonus == inf and _same_syllable(word, spelled):
                # 暖和 nuǎnhuo: the lexicon's neutral tone is no reading of CC-CEDICT's
                # list; its syllable, in the tone the network likes best
                syllable = (word or "")[:-1]
                best = [
                    b if s[:-1] == syllable else -inf for b, s in zip(best, spelled, strict=True)
                ]
            extra = _lexicon_only(original[at], text[at])
            if extra:  # 壳 ké only where a word has it (贝壳): the network never learned it
                best = [
                    -inf if s in extra and s != word else b
                    for b, s in zip(best, spelled, strict=True)
                ]
            out[at] = spelled[best.index(max(best))]  # the first best, as argmax takes it
    return out


@cache
def _lexicon_only(ch: str, simple: str) -> frozenset[str]:
    """The readings :func:`_with_commonest` added to ``ch``'s (the digest's lists of it and of
    its simplified form lack them): chosen only where the phrase lexicon reads the word so."""
    cands = model().candidates
    digest = set(cands.get(ch, ())) | set(cands.get(simple, ()))
    if not digest:
        return frozenset()
    return frozenset(normalize(r) for r in _candidates(ch, simple) if r not in digest)
