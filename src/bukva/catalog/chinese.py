"""A Chinese MARC field as catalogers key it (ALA-LC Romanization Tables, Chinese).

- Capitals by field: the first word of a field's text, and of each part a cataloger separates
  with ISBD punctuation (". ", " = ", " -- "; " : " before a publisher), is capitalized
  ("Capitalization"; ISBD A.3.2).
- A personal name heading ($a of 100/600/700/800) is a name whatever a lexicon says about its
  characters: surname (single or compound), comma, given name joined ("Personal names").
- In a statement of responsibility a name before or after a role word (著, 编, 主编, 译, 撰, 等)
  is a personal name: 时殷弘著 Shi Yinhong zhu.
- Spaces that older systems keyed between the words of an 880 (ASCII or U+3000) are not
  carried into the romanization; in a name heading such a space marks where the surname ends.
- Numerals as words in transcribed fields, Arabic figures in headings (LCRI C.5C).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import Any

from ..chinese import romanize_with_names
from ..chinese.lexicons import common_words, names, zh_catalog
from ..chinese.script import simplified
from ..engine.registry import find
from ..engine.text import nfc
from .fields import FieldRule

HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
_GAP = re.compile(f"(?<=[{HAN}])[ \u3000]+(?=[{HAN}])")
_RUN = re.compile(f"[{HAN}]+")
_LEAD = re.compile(f"^([^{HAN}\\w]*)([{HAN}](?:[{HAN} \u3000]*[{HAN}])?)")
# ISBD marks between the parts of a field, and the commas and colons of a credit
_MARKS = re.compile(r"((?:^|(?<=\s))[‡][a-z0-9] | / | : | ; | = | -- |(?<![.\s])\. (?!\.)|, ?|: )")
_SUBFIELD = re.compile(r"[‡]([a-z0-9]) ")


@cache
def _roles() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Role words, longest first: (all of them, those that may stand before a name)."""
    words = sorted(set(zh_catalog()["roles"]["words"].split()), key=len, reverse=True)
    return tuple(words), tuple(w for w in words if len(w) >= 2)


@cache
def _dictionary() -> dict[str, str]:
    """jieba's dictionary words and their parts of speech (a word the dictionary knows as an
    ordinary word is no personal name without a role word beside it)."""
    from ..chinese.tagger import dictionary

    return dictionary()[1]


def _surname(name: str) -> int:
    """Length of the surname that begins ``name`` (0: no known surname)."""
    data = names()
    if len(name) >= 3 and name[:2] in data["compound_surnames"]:
        return 2
    if name[0] in data["common_surnames"] or name[0] in data["surnames"]:
        return 1
    return 0


def _person(name: str, beside_role: bool) -> int:
    """Surname length if ``name`` (simplified) can be a Chinese personal name, else 0."""
    sur = _surname(name)
    if not sur or not 2 <= len(name) <= (4 if sur == 2 else 3):
        return 0
    if not beside_role:
        tag = _dictionary().get(name)
        if (tag and not tag.startswith("nr")) or name in common_words():
            return 0
    return sur


def _credit_names(text: str) -> dict[int, tuple[int, int]]:
    """Personal names in a statement of responsibility: start → (length, surname length)."""
    roles, before = _roles()
    simp = simplified(text)
    out: dict[int, tuple[int, int]] = {}
    for m in _RUN.finditer(simp):
        run, start = m.group(), m.start()
        heads = [0] + [len(r) for r in before if run.startswith(r) and len(r) < len(run)]
        tails = [0]
        rest = run
        while True:  # 等 + 编著: role words one after another
            hit = next((r for r in roles if rest.endswith(r) and len(r) < len(rest)), None)
            if hit is None:
                break
            rest = rest[: -len(hit)]
            tails.append(len(run) - len(rest))
        for head in sorted(heads, reverse=True):
            found = False
            for tail in sorted(tails, reverse=True):
                name = run[head : len(run) - tail]
                sur = len(name) >= 2 and _person(name, bool(head or tail))
                if sur:
                    out[start + head] = (len(name), sur)
                    found = True
                    break
            if found:
                break
    return out


def _listed(pieces: list[str], names: Callable[[int], dict]) -> dict[int, tuple[int, int]]:
    """The list items among ``pieces`` (the text between a field's marks) that are one
    name-shaped run alone (白杨 of 白杨, 魏鹤龄: a cast's names), each as a personal name, by
    the piece's index, where another item of the list is a name: one name of a list makes the
    others names too, though a dictionary has 白杨 as "poplar". ``names(k)``: piece k's
    :func:`_credit_names`."""
    alone = {
        k: m.group()
        for k, piece in enumerate(pieces)
        if k % 2 == 0 and (m := _RUN.fullmatch(piece.strip().rstrip(".")))
    }
    found = {k: _person(simplified(run), True) for k, run in alone.items()}
    if not any(names(k) for k in alone):
        return {}
    return {k: (len(alone[k]), sur) for k, sur in found.items() if sur}


def _ungap(text: str) -> tuple[str, list[int]]:
    """The text without the gaps older systems keyed between words, and where they were (word
    boundaries the cataloger marked: no word is read across them)."""
    out, breaks, at = [], [], 0
    for m in _GAP.finditer(text):
        out.append(text[at : m.start()])
        at = m.end()
        left = re.search(f"[{HAN}]+$", text[: m.start()])
        right = re.match(f"[{HAN}]+", text[m.end() :])
        if left and right and len(left.group()) > 1 and len(right.group()) > 1:
            # a gap between one-character runs is often inside a name (鲁  迅, 陈  方竞)
            breaks.append(sum(map(len, out)))
    out.append(text[at:])
    return "".join(out), breaks


def _heading(text: str) -> tuple[str, dict[int, tuple[int, int]]]:
    """A personal name heading: the text without keyed gaps, and its first run of Hanzi as a
    name (start → (length, surname length)) when it can be one."""
    m = _LEAD.match(text)
    if not m:
        return _GAP.sub("", text), {}
    raw = m.group(2)
    name = _GAP.sub("", raw)
    gap = re.search(r"[ \u3000]", raw)
    sur = gap.start() if gap else _surname(simplified(name)) or 1
    joined = m.group(1) + name + _GAP.sub("", text[m.end() :])
    if len(name) > 4 or (len(name) == 4 and sur == 1 and not gap) or sur >= len(name) > 1:
        return joined, {}
    from ..chinese.lexicons import _foreign_hanzi, cedict_names, lc_names

    simp = simplified(name)
    if simp in _foreign_hanzi():  # 赫鲁晓夫: one word, as LC writes it
        return joined, {}
    known = cedict_names().get(name) or cedict_names().get(simp)
    lc = lc_names().get(name) or lc_names().get(simp)
    if (known and known[0] != "person" and known[2] == [len(name)]) or (lc and len(lc) == 1):
        return joined, {}  # a person known by one name: 老子 Laozi, 孔子 Kongzi
    return joined, {len(m.group(1)): (len(name), min(sur, len(name)))}


_ROLE_LEAD = re.compile(f"^\\s*([{HAN}]{{1,3}})\\. (?=[{HAN}])")


def _role_lead(text: str) -> int:
    """How much of a heading is a role word and its full stop before the name (收藏. 翁方綱,
    1733-1818: the collector), as catalogers key it in the vernacular; 0 where none is."""
    m = _ROLE_LEAD.match(text)
    return m.end() if m and simplified(m.group(1)) in _roles()[0] else 0


def _cap(text: str) -> str:
    for i, ch in enumerate(text):
        if ch.isalpha():
            return text[:i] + ch.upper() + text[i + 1 :]
        if ch.isdigit():
            return text
    return text


def romanize_zh_field(
    text: str, rule: FieldRule, code: str | None, system: str, options: dict[str, Any]
) -> str:
    """One Chinese field (or subfield) by its rule."""
    text = nfc(text)
    own = find("zh", system).options
    opts = dict(options)
    if "numerals" in own:
        opts.setdefault("numerals", rule.numerals)
    if "name_heading" in own:
        opts.setdefault("name_heading", "false")
    heading: dict[int, tuple[int, int]] = {}
    ungapped, gaps = _ungap(text)
    lead = _role_lead(text) if rule.heading and code in (None, "a") else 0
    if rule.heading and code in (None, "a"):  # 收藏. 翁方綱: the role lower case, the name after
        rest, heading = _heading(text[lead:])
        text = text[:lead] + rest
    else:
        text = ungapped
    pieces = _MARKS.split(text)
    read: dict[int, dict[int, tuple[int, int]]] = {}

    def names(k: int) -> dict[int, tuple[int, int]]:  # each piece's credit names, read once
        if k not in read:
            read[k] = _credit_names(pieces[k])
        return read[k]

    listed = _listed(pieces, names) if rule.is_credit(code) else {}
    out = []
    offset = 0
    starts = rule.starts_part(code) and not lead
    credit = rule.is_credit(code)
    name_at = 2 if lead else 0  # the piece the heading's name is
    for k, piece in enumerate(pieces):
        start, offset = offset, offset + len(piece)
        breaks = frozenset(g - start for g in gaps if start < g < offset)
        if k % 2:  # a mark
            mark = piece
            out.append(mark)
            sub = _SUBFIELD.fullmatch(mark)
            if sub:  # ‡t: a subfield marker keyed in the text
                starts, credit = rule.starts_part(sub.group(1)), rule.is_credit(sub.group(1))
            elif mark in rule.after:
                starts = True
                if mark != " = ":
                    credit = rule.is_credit(code)
            if mark == " / ":
                credit = True
            continue
        if not _RUN.search(piece):
            out.append(piece)
            if any(c.isalnum() for c in piece):
                starts = False
            continue
        local = opts
        if rule.heading and code in (None, "a") and k == name_at:  # the name: Surname, Given
            persons, local = heading, {**opts, "name_heading": "true"}
        else:
            persons = names(k) if credit else {}
            if credit and not persons and k in listed:  # 白杨, 魏鹤龄: Bai Yang, Wei Heling
                lead = len(piece) - len(piece.lstrip())
                persons = {lead: listed[k]}
        first = next((c for c in piece if c.isalnum()), "")
        if starts and _RUN.match(first) and "capitalize" in own:
            local = {**local, "capitalize": "first"}
        word = romanize_with_names(piece, persons, system, breaks, **local)
        out.append(_cap(word) if starts and _RUN.match(first) else word)
        starts = False
    return "".join(out)
