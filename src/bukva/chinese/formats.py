"""Write analysed words in a system: syllable spelling, word division, capitals, punctuation."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from .division import DETERMINERS
from .dotted import INITIAL_DOT
from .syllables import hard_signed, join, split_tone, with_marks
from .words import NUMBER, ORG, OTHER, PERSON, Word

# Chinese punctuation, as Latin text writes it: (mark, kind). Kinds: open, close, mid.
PUNCT = {
    "，": (",", "mid"),
    "。": (".", "end"),
    "、": (",", "mid"),
    "；": (";", "mid"),
    "：": (":", "mid"),
    "？": ("?", "end"),
    "！": ("!", "end"),
    "（": ("(", "open"),
    "）": (")", "close"),
    "《": ('"', "open"),
    "》": ('"', "close"),
    "〈": ('"', "open"),
    "〉": ('"', "close"),
    "“": ('"', "open"),
    "”": ('"', "close"),
    "「": ('"', "open"),
    "」": ('"', "close"),
    "『": ("'", "open"),
    "』": ("'", "close"),
    "【": ("[", "open"),
    "】": ("]", "close"),
    "〔": ("[", "open"),
    "〕": ("]", "close"),
    "［": ("[", "open"),
    "］": ("]", "close"),
    "…": ("...", "mid"),
    "——": ("--", "mid"),
    "—": ("-", "mid"),
    "～": ("~", "mid"),
    "·": (" ", "space"),
    "・": (" ", "space"),
    "　": (" ", "space"),
}
_OPENERS = set("([\"'“‘«")
# a Latin comma, colon, semicolon or closing bracket Chinese text puts right before a number or
# a Latin word ([俄]A.B.潘佐夫), and a colon before a quotation's mark, as it puts its own (，,
# ：: a space after it)
_LATIN_MARK_GLUED = re.compile(r"[,;:\])](?=[^\W_])|:(?=\")")
# the same mark after a bracket that closes a gloss inside Latin text (尤金(Юдин, П.Ф.),1953年)
_GLOSS_MARK_GLUED = re.compile(r"(?<=[)\]])([,;:])(?=[^\W_])")
_TITLE_CLOSERS = ("》", "〉", "」", "』", "”")  # marks closing a title or a quotation
_SUBFIELD = re.compile(r"(?:^|\s)[‡$][a-z0-9](?:\s+|$)")


@dataclass(frozen=True)
class Writing:
    """How a system writes words, from the ``[writing]`` table of its file."""

    plain: str  # between the syllables of an ordinary word: " " (ALA-LC), "" (pinyin), "-"
    name: str  # between the syllables of one written word of a proper name
    apostrophe: bool  # pinyin's apostrophe before a, o, e inside a word
    capitalize: str  # "first": the first letter of the text and of each sentence
    organizations: bool = True  # capitalise the words of an organisation's name
    ng_apostrophe: bool = False  # n'g at a syllable boundary in a personal name (Yan'geng)
    hard_sign: bool = False  # Palladius's ъ after н before a vowel (Чанъань)
    tone_marks: dict[str, str] = field(default_factory=dict)  # a table's own marks (zhuyin)
    titles: bool = False  # the first word of a title in 《》 takes a capital (ALA-LC: RDA A.4)


def spell(
    reading: str, mapping: dict[str, str], tones: str, tone_marks: dict[str, str] | None = None
) -> str:
    """One syllable in the system: ``zhong1`` → ``zhōng`` / ``zhong1`` / ``chung`` / ``ㄓㄨㄥ``."""
    base, tone = split_tone(reading)
    if mapping:  # a table that spells tones (Gwoyeu Romatzyh) has keys with the tone: ba2
        out = mapping.get(f"{base}{tone}") or mapping.get(base, base)
        if tones == "numbers":
            return f"{out}{tone}"
        if tones == "marks" and tone_marks:
            mark = tone_marks.get(str(tone), "")
            return mark + out if tone == 5 else out + mark
        return out
    if tones == "marks":
        return with_marks(reading)
    if tones == "numbers":
        return f"{base}{tone}"
    return base


def _cap(word: str) -> str:
    for i, ch in enumerate(word):
        if ch.isalpha():
            return word[:i] + ch.upper() + word[i + 1 :]
    return word


def _written(
    w: Word, writing: Writing, mapping: dict[str, str], tones: str, options: dict[str, Any]
) -> str:
    """A word of Hanzi as the system writes it."""
    if w.role == NUMBER and options.get("numerals", "arabic") == "arabic":
        return w.value
    if mapping or tones != "none":
        spelled = [
            spell(r, mapping, tones, writing.tone_marks) if r else ch
            for r, ch in zip(w.syllables, w.text, strict=False)
        ]
    else:  # pinyin without tones, the commonest: the syllable as read, its tone aside
        spelled = [
            split_tone(r)[0] if r else ch for r, ch in zip(w.syllables, w.text, strict=False)
        ]
    for i in w.capital_at:  # a country inside a word: kang Ri, Zhong Su
        spelled[i] = _cap(spelled[i])
    if not w.groups:  # an ordinary word, or an organisation's
        if (w.role == ORG or w.org) and writing.organizations:
            return _cap(_glue(spelled, writing.name, writing))
        word = _glue(spelled, writing.plain, writing)
        return _cap(word) if w.lead else word
    out = []
    at = 0
    ng = w.role == PERSON and writing.ng_apostrophe
    for size, cap in zip(w.groups, w.caps, strict=True):
        part = _glue(spelled[at : at + size], writing.name, writing, ng)
        out.append(_cap(part) if cap else part)
        at += size
    if w.role == PERSON and options.get("name_heading") == "true" and len(out) > 1:
        return out[0] + ", " + " ".join(out[1:])
    if w.joins:  # GB/T 16159: Zhong-Su, shishi-qiushi, di-yi
        return "".join(part + sep for part, sep in zip(out, [*w.joins, ""], strict=False))
    return " ".join(out)


def _glue(spelled: list[str], sep: str, writing: Writing, ng: bool = False) -> str:
    """Syllables as one written word. ``ng``: an apostrophe also between n and g at a syllable
    boundary, as LC writes joined personal names (LC, Pinyin conversion specifications:
    personal names, 2000, 3.2.6: Yan'geng, Shen'gen)."""
    if sep == "" and writing.hard_sign:
        return hard_signed(spelled)
    if sep == "" and writing.apostrophe:
        if ng:
            return _join_ng(spelled)
        return join(spelled)
    return sep.join(spelled)


def _join_ng(spelled: list[str]) -> str:
    out = join(spelled[:1])
    for k in range(1, len(spelled)):
        piece = join(["x", spelled[k]])[1:]  # the syllable, with its a/o/e apostrophe
        if piece[:1] == "g" and out.endswith("n"):
            piece = "'" + piece
        out += piece
    return out


def render(
    words: list[Word], mapping: dict[str, str], writing: Writing, options: dict[str, Any]
) -> tuple[str, list[tuple[int, int, int, int, str]]]:
    """The text, and (source start, end, output start, end, kind) per word."""
    tones = options.get("tones", "none")
    out = ""
    spans: list[tuple[int, int, int, int, str]] = []
    capitalize = writing.capitalize == "first"
    sentence_start = capitalize
    clause_starts = _clause_starts(words) if writing.capitalize == "sentences" else set()
    headed = False
    title_start = False  # the first word of a title in 《》 takes a capital (GB/T, ALA-LC)
    opened: bool | None = None  # whether the last quote mark opened a quotation (None: unknown)
    for k, w in enumerate(words):
        kind = "word"
        if w.role == OTHER and w.text in ("·", "・") and not _between_names(words, k):
            piece, kind = ",", "mid"  # 诗·词·曲: items; a dot inside a foreign name is a space
        elif w.role == OTHER and (initial := INITIAL_DOT.fullmatch(w.text)) is not None:
            piece = initial.group(1) + "."  # 约翰·F·肯尼迪: Yuehan F. Kennidi
        elif w.role == OTHER:
            piece, kind = _punctuation(w.text)
            if k and words[k - 1].role != OTHER:
                if _LATIN_MARK_GLUED.match(piece):  # 出版社,2002年: Chubanshe, 2002 nian
                    piece = piece[0] + " " + piece[1:]
                piece = _GLOSS_MARK_GLUED.sub(r"\1 ", piece)  # 尤金(Юдин, П.Ф.),1953年
            elif k and words[k - 1].text[-1:] in _TITLE_CLOSERS and _LATIN_MARK_GLUED.match(piece):
                piece = piece[0] + " " + piece[1:]  # 《会谈记录》,1949年: "… jilu", 1949 nian
            if w.text == '"':  # a straight quote mark opens where the line's marks are paired
                kind = "close" if out[out.rfind("\n") + 1 :].count('"') % 2 else "open"
            # Latin text takes the capital a sentence start owed; a full stop, a MARC subfield
            # marker or an opening title mark starts a new element
            if any(c.isalnum() for c in _SUBFIELD.sub("", piece)):
                sentence_start = False
            title_start = (writing.capitalize == "sentences" or writing.titles) and w.text == "《"
            if capitalize and (
                _SUBFIELD.search(piece)
                or w.text in ("《", "“", "「")
                or re.search(r"[.?!]\s+$", piece)
                or kind == "end"
            ):
                sentence_start = True
        else:
            opts = options
            if headed:  # only the first personal name becomes a heading
                opts = {**options, "name_heading": "false"}
            piece = _written(w, writing, mapping, tones, opts)
            headed = headed or w.role == PERSON
            if sentence_start or k in clause_starts or title_start:
                piece = _cap(piece)
            sentence_start = title_start = False
        begin = len(out)  # a space put in before the piece belongs to its span
        if kind != "space" and piece:
            if _needs_space(out, piece, kind, opened):
                out += " "
            elif kind in ("mid", "end", "close") and out.endswith(" ") and w.text[:1] in PUNCT:
                out = out.rstrip(" ")
                _clamp(spans, len(out))  # the space stripped was an earlier word's ("0. 、")
        if kind == "space" and (not out or out.endswith(" ")):
            piece = ""
        begin = min(begin, len(out))
        out += piece
        if kind in ("open", "close") and piece[-1:] in "\"'":
            opened = kind == "open"  # “ opens, ” closes: the marks say which
        elif w.role == OTHER and ('"' in piece or "'" in piece):
            opened = None
        spans.append((w.start, w.end, begin, len(out), "word" if w.role != OTHER else "text"))
    return out, spans


def _clamp(spans: list[tuple[int, int, int, int, str]], end: int) -> None:
    """The spans written so far cut back to the first ``end`` characters of the output."""
    k = len(spans) - 1
    while k >= 0 and spans[k][3] > end:
        a, b, begin, stop, kind = spans[k]
        spans[k] = (a, b, min(begin, end), min(stop, end), kind)
        k -= 1


# a verb, pronoun, preposition, conjunction, particle, adverb: the word makes a clause
_CLAUSE_FLAGS = frozenset("v vd r rr rz p c u uj ul uz d".split())


def _clause_starts(words: list[Word]) -> set[int]:
    """The first word of each sentence that is a clause, not a name or a term (GB/T 16159,
    6.4.1: a sentence begins with a capital; a term in a list does not): 他在北京 → Ta zai
    Beijing; 实事求是 stays shishi-qiushi. Speech quoted after a colon begins as a sentence does
    (他说：“一边倒。” Ta shuo: "Yibiandao."), and a title before the slash of its credit as
    a book's title does (十年论战 / 吴冷西著 Shi nian lunzhan / Wu Lengxi zhu)."""
    out: set[int] = set()
    first: int | None = None
    clause, count = False, 0
    quoted: list[int] = []  # where quotations after a colon begin in this sentence
    for k, w in enumerate([*words, None]):
        # a full stop makes a sentence even of one word (谢谢。 Xiexie.); a line's end ends one
        # as the text's end does (a heading, an item: as when each line is romanized alone)
        end = _sentence_end(w.text) if w is not None and w.role == OTHER else (-1, False)
        if w is None or end[0] >= 0:
            marked = end[1]
            if first is not None and (marked or (clause and count > 1)):
                if first >= 0:
                    out.add(first)
                out.update(quoted)
            first, clause, count, quoted = None, False, 0, []
            if w is None or not any(c.isalnum() for c in w.text[end[0] + 1 :]):
                continue
        if w.role == OTHER:  # type: ignore[union-attr]
            if first is None and any(c.isalnum() for c in w.text):  # type: ignore[union-attr]
                first = -1  # 1950年…, 3月5日…: the sentence starts with digits, no letter
            if first is not None and _quote_after_colon(words, k):
                quoted.append(k + 1)  # a word or punctuation: _cap leaves punctuation be
            if first is not None and w.text.strip() in ("/", "／"):  # type: ignore[union-attr]
                clause, count = True, max(count, 2)  # a title before its credit (/ 吴冷西著)
            continue
        if first is None:
            first = k
        count += 1
        clause = clause or _clause_word(w)  # type: ignore[arg-type]
    return out


def _sentence_end(text: str) -> tuple[int, bool]:
    """Where the last sentence end in punctuation ``text`` is (-1: none), and whether a full
    stop, a question or an exclamation mark ends it rather than a line's end alone."""
    if _ENDS.isdisjoint(text):  # most punctuation: a comma, a quote mark
        return -1, False
    return max(map(text.rfind, _ENDS)), not _STOPS.isdisjoint(text)


_STOPS = frozenset("。！？!?")
_ENDS = _STOPS | {"\n"}


# a pronoun fused with a noun is a determiner and its noun, no clause's subject (各国, 我党,
# 本国: 各国人民 geguo renmin is a term); personal pronouns stay (我们, 他, 自己)


def _clause_word(w: Word) -> bool:
    """Whether a word shows its sentence is a clause: a verb, preposition, conjunction,
    particle, adverb or pronoun, but not a determiner fused with its noun (各国, 我党)."""
    if w.flag not in _CLAUSE_FLAGS:
        return False
    text = w.simp
    return not (w.flag == "r" and len(text) == 2 and text[0] in DETERMINERS and text[1] != "们")


def _quote_after_colon(words: list[Word], k: int) -> bool:
    """Whether the word at ``k`` is punctuation that opens a quotation after a colon (：“)."""
    if k >= len(words) or words[k].role != OTHER:
        return False
    text = words[k].text.strip()
    before = words[k - 1].text.strip() if k and words[k - 1].role == OTHER else ""
    return text.endswith(("“", "「", '"')) and (before + text)[:-1].endswith(("：", ":"))


def _between_names(words: list[Word], k: int) -> bool:
    """Whether the middle dot at ``k`` stands between the parts of a name (卡尔·马克思)."""
    if k == 0 or k + 1 >= len(words):
        return False
    before, after = words[k - 1], words[k + 1]
    if before.org and after.org:
        return False  # 生活·读书·新知三联书店: a body's name's items (Shenghuo, Dushu, Xinzhi ...)
    return all(x.role not in (OTHER, NUMBER) and bool(x.groups) for x in (before, after))


def _punctuation(text: str) -> tuple[str, str]:
    """Chinese punctuation in Latin form, with the kind of spacing it takes."""
    if text in PUNCT:
        return PUNCT[text]
    if all(c in PUNCT for c in text):
        marks = [PUNCT[c] for c in text]
        return "".join(m for m, _ in marks), marks[-1][1]
    return "".join(PUNCT[c][0] if c in PUNCT else c for c in text), "text"


def _needs_space(out: str, piece: str, kind: str, opened: bool | None = None) -> bool:
    """Whether a space goes between what is written and the next piece (``opened``: whether
    the last quote mark written opened a quotation, when its source mark said so)."""
    if not out or out[-1].isspace():
        return False
    last = out[-1]
    if kind in ("mid", "end", "close"):
        return False
    if kind == "open":
        return last not in _OPENERS or (last in "\"'" and opened is False)
    if kind == "text":
        if last in "\"'" and (_is_open(out) if opened is None else opened):
            return False  # 为“596”: the text just after the quote mark that opens it
        if piece[0] in "\"'" and (piece[1:2].isalnum() or piece[1:2] == piece[0]):  # 为"596"
            line = out[out.rfind("\n") + 1 :]
            closes = line.count(piece[0]) % 2 == 1  # "…的". closes the quotation open
            return not closes and (last.isalnum() or last in ",.;:?!)")
        if piece[0] in "([":
            return last.isalnum() or last in ",.;:?!)\"'"
        return piece[0].isalnum() and (last.isalnum() or last in ",.;:?!)]\"'")
    # a romanized word
    if last in _OPENERS and (_is_open(out) if opened is None or last not in "\"'" else opened):
        return False
    if last in "\"'" and not out[out.rfind("\n") + 1 : -1].strip():
        return False  # a quote mark closing what went before the text: nothing to set apart
    return last.isalnum() or last in ",.;:?!)\"']" or not last.isascii()


def _is_open(out: str) -> bool:
    """Whether the last quote mark written opens a quotation (an odd count of them)."""
    last = out[-1]
    line = out[out.rfind("\n") + 1 :]  # a quotation opened on another line is closed
    if last in "\"'":
        return line.count(last) % 2 == 1
    return True
