"""A house that writes Chinese in another system than pinyin (a series that keeps Wade-Giles).

Such a house's own spellings stand, and so do the postal forms of places that books in
Wade-Giles print beside it (Peking, Dairen, Sinkiang: "well-known city names are spelt according
to the postal system common during the period", as ANU Press's China & ANU, 2015, states its
Wade-Giles style); a name in pinyin is reported with the house's form (Zhou Enlai: Chou En-lai).
"""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise

from ..names.gazetteer import Entry, Spelling
from ..style.house import HouseStyle

PINYIN_HOUSES = ("pinyin", "ala-lc")


def other_house(style: HouseStyle, scope: str) -> str | None:
    """The house's Chinese system in ``scope`` where it is not pinyin (wade-giles), else None."""
    system, _ = style.system_for("zh", scope)
    return None if system in PINYIN_HOUSES else system


def styled(form: str, style: HouseStyle, scope: str) -> str:
    """``form`` as the house's options write its system (``aspiration = "none"``: Liu Shao-chi,
    as newspapers printed Wade-Giles; ``"curly"``: Liu Shao-ch’i)."""
    system, options = style.system_for("zh", scope)
    if system in PINYIN_HOUSES:
        return form
    for old, new in _replacements(system, tuple(sorted(options.items()))):
        form = form.replace(old, new)
    return form


@cache
def _replacements(system: str, options: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str], ...]:
    from ..engine.compile import resolve_options
    from ..engine.registry import find

    spec = find("zh", system)
    return tuple(
        pair
        for name, value in resolve_options(spec, dict(options))
        for pair in spec.options[name]["choices"][value].get("replace", {}).items()
    )


def other_houses(style: HouseStyle) -> bool:
    """Whether the house writes Chinese in another system than pinyin in any scope."""
    return any(other_house(style, scope) for scope in ("body", "notes", "bibliography"))


# a person's or a place's English forms that books in Wade-Giles print (Chu Teh; Peking, Dairen)
_ENGLISH_FORMS = {"person": ("familiar",), "place": ("postal", "other", "familiar")}
OWN, NEAR = "own", "near"
NEAR_CONFIDENCE = 0.7  # the house's system otherwise written (a mark lost): for review
_MARKS = str.maketrans("", "", "'’‘ʻ- ")


def house_spelling(
    entry: Entry,
    spellings: tuple[Spelling, ...],
    house: str,
    where: tuple[HouseStyle, str],
    written: str,
    marked: bool,
) -> str:
    """How a Chinese name stands in a house that writes ``house``: ``OWN``, a spelling of that
    system as the house writes it (Chou En-lai, Kao Kang) or an English form books in it print
    (Chu Teh, Peking, Dairen), a place in that system (Ch'ing-tao beside Tsingtao), a name
    of no pinyin that reads in it too (Chen-an), unless the house's exceptions name the entry
    (Lüshun where it lists Port Arthur); ``NEAR``, that system's letters with a mark or a
    hyphen otherwise (Liu Shao-chi, Chou Enlai: for review; where the marks alone differ, only
    in a text that writes the aspiration mark, ``marked``); else ''. ``where``: the house style
    and the scope."""
    style, scope = where
    if any(s in style.exceptions for s in (entry.hanzi, entry.cyrillic) if s):
        return ""
    own = [s for s in spellings if s.entry.id == entry.id]
    if any(s.system in _ENGLISH_FORMS.get(entry.kind, ()) for s in own):
        return OWN
    if entry.kind == "place" and not entry.familiar:
        return OWN  # Taiwan, Shanghai: English's name of the place is its pinyin
    if not any(s.system == house for s in own):  # Chen-an, Czech or the house's own: the house's
        return OWN if all(s.system != "pinyin" for s in own) and reads_in(written, house) else ""
    if entry.kind == "place":
        return OWN  # Ch'ing-tao beside the postal Tsingtao: the house's system either way
    form = house_form(entry, written, house)
    form = styled(form, style, scope) if form else None
    if form is None or _plain(form) == _plain(written):
        return OWN
    if _plain(form).translate(_MARKS) != _plain(written).translate(_MARKS):
        return ""  # another name that reads so
    if "-" in form and "-" not in written:
        return NEAR  # Chou Enlai: the given name run together
    return NEAR if marked else OWN


def reads_in(written: str, house: str) -> bool:
    """Whether every word of a name reads in ``house``'s syllable table."""
    from ..chinese.tables import parse, table

    return all(parse(w, table(house)) for w in written.split())


def _plain(form: str) -> str:
    """A form without its diaereses and case (Hsü, Hsu: books often print Wade-Giles's ü so)."""
    return form.replace("ü", "u").replace("Ü", "U").lower()


def house_form(entry: Entry, like: str, house: str) -> str | None:
    """``entry``'s name in ``house``'s system from its pinyin, word by word (Zhou Enlai: Chou
    En-lai; Zhu De: Chu Te), each word in lower case where ``like`` writes it so (Renmin
    ribao: Jen-min jih-pao); a place's English form where it has one (Taibei: Taipei)."""
    from ..chinese.convert import respell

    if entry.kind == "place" and entry.familiar:
        return entry.familiar[0]  # Taibei: Taipei, as books in Wade-Giles print a city
    words = [respell(w, "pinyin", house) for w in entry.pinyin.split()]
    if not words or None in words:
        return None
    written = like.split()
    if len(words) != len(written):
        return " ".join(words)
    return " ".join(f.lower() if w.islower() else f for f, w in zip(words, written, strict=True))


TEXT_CONFIDENCE = 0.6  # a title or phrase in pinyin: the house's to romanize, for review


def pinyin_text_hits(text: str, style: HouseStyle, scope_at, runs=()) -> list:
    """Chinese written in pinyin (a title, a publisher: *Zai lishi juren shenbian*, Guangdong
    renmin chubanshe) where the house writes another system: the phrase whole in the house's
    system, for review. A phrase whose words all read in the house's system too (Wen-hui pao)
    is the house's own."""
    from ..chinese.convert import respell
    from ..chinese.tables import parse, table
    from .pinyin_text import BOUND, WORD, pinyin_phrase

    cuts = [0, *(m.end() for m in BOUND.finditer(text)), len(text) + 1]
    spans = [(r.start, r.end) for r in runs]  # a Word paragraph's italics bound a title first
    spans += [(a, b - 1) for a, b in pairwise(cuts)]
    out: list = []
    for left, right in spans:
        for words in _pinyin_groups(text, list(WORD.finditer(text, left, right))):
            words = _after_author(text, words)
            start, end = words[0].start(), words[-1].end()
            if any(start < h.end and h.start < end for h in out):
                continue
            house = other_house(style, scope_at(start))
            if house is None or not pinyin_phrase([w.group() for w in words]):
                continue
            if all(parse(w.group(), table(house)) for w in words):
                continue  # Wen-hui pao: the house's own system too
            spelled = [respell(w.group(), "pinyin", house) for w in words]
            if None in spelled:
                continue
            fix = spelled[0] + "".join(
                text[a.end() : b.start()] + s
                for a, b, s in zip(words[:-1], words[1:], spelled[1:], strict=True)
            )
            fix = styled(fix, style, scope_at(start))
            out.append(_text_hit(text[start:end], start, end, fix, house))
    return out


_GAP = re.compile(r",? ")  # between two words of one phrase
_SPACE = re.compile(" ")  # between two words of one name


def _pinyin_groups(
    text: str, words: list[re.Match[str]], gap: re.Pattern[str] = _GAP
) -> list[list[re.Match[str]]]:
    """The runs of pinyin words ``gap`` apart (one space, or a comma and a space): a text file's
    title with no marks around it ends at its first word of another language (..., chugao,
    vol. 12)."""
    from .pinyin_text import pinyin_word

    groups: list[list[re.Match[str]]] = [[]]
    for w in words:
        if not pinyin_word(w.group()):
            groups.append([])
            continue
        if groups[-1] and not gap.fullmatch(text, groups[-1][-1].end(), w.start()):
            groups.append([])
        groups[-1].append(w)
    return [g for g in groups if g]


_CITATION_START = re.compile(r"(?:^|\n|\]|;)\s*$")  # a note's line, or its next citation
_AUTHOR_WORDS = (2, 3)  # a Chinese author's name: surname and given name (or two given names)


def _after_author(text: str, words: list[re.Match[str]]) -> list[re.Match[str]]:
    """A citation's words without its author: a text file's note has no italics to bound its
    title (Shen Zhihua, Mao Zedong, Sidalin yu Chaoxian zhanzheng: the title after the first
    comma, where the citation begins with two or three capitalized words and a comma)."""
    if not _CITATION_START.search(text, max(0, words[0].start() - 8), words[0].start()):
        return words
    for n in _AUTHOR_WORDS:
        capitalized = all(w.group()[:1].isupper() for w in words[:n])
        if len(words) > n and capitalized and text[words[n - 1].end() : words[n].start()] == ", ":
            return words[n:]
    return words


def _text_hit(written: str, start: int, end: int, fix: str, house: str):
    from .names import NameHit

    evidence = (
        "every word is pinyin, one of them no English word: Chinese in pinyin",
        f"the house writes Chinese in {house}: a title or a phrase is the house's to romanize, "
        "for review",
    )
    return NameHit(
        start,
        end,
        written,
        "zh.pinyin",
        fix,
        TEXT_CONFIDENCE,
        evidence,
        "pinyin",
        ("name", fix, ""),
    )


_CAPITALIZED = re.compile(r"(?<![\w'’-])[A-Z][a-zü]+(?:['’][a-z]+)?(?![\w'’-])")
WORD_CONFIDENCE = 0.7  # a name read as pinyin by its letters alone: for review
NOT_ENGLISH = 2.5  # Zipf under which a capitalized word is no English word (Gongchao, Zhou)
ENGLISH_WORD = 3.0  # Zipf from which a word of several syllables is English's (Chinese, Hong)


def pinyin_name_hits(text: str, style: HouseStyle, scope_at, taken=()) -> list:
    """Names the gazetteer lacks written in pinyin where the house writes another system: two
    capitalized words or more in a row that all read as pinyin, one of them no word of the
    house's system, of English or of Russian (Ye Gongchao, Xu Dixin): the name in the house's
    system, for review (``taken``: spans already reported)."""
    from ..chinese.convert import respell
    from ..chinese.syllables import split_run
    from ..languages.english import english
    from .names import NameHit
    from .recognize import read_russian

    out: list = []
    listed = {f for e in style.exceptions_for("zh").values() for f in e.romanized or ()}
    for run in _pinyin_runs(text):
        start, end = run[0].start(), run[-1].end()
        house = other_house(style, scope_at(start))
        if house is None or any(start < h.end and h.start < end for h in taken):
            continue
        if text[start:end] in listed:
            continue  # Jiang Jingguo: the house's exception (Chiang Ching-kuo) says so, safely
        if _cited_author(text, start, end, scope_at(start)):
            continue  # [1] Shen Zhihua, Zai lishi ...: a citation's author, his own spelling
        if not _not_the_houses(run, house, english):
            continue
        if any(_russian(w.group(), read_russian) for w in run):
            continue  # Zhenya, a Russian name
        if any(
            english(w.group()) >= ENGLISH_WORD and len(split_run(w.group()) or ()) > 1 for w in run
        ):
            continue  # Chinese Changchun: an English word of two syllables or more (chi-ne-se)
        fix = " ".join(respell(w.group(), "pinyin", house) or w.group() for w in run)
        fix = _listed(fix, style) or styled(fix, style, scope_at(start))
        evidence = (
            f"every word reads as pinyin, one of them no word of {house}, English or Russian",
            "a name no list of the house's knows: for review",
        )
        out.append(
            NameHit(
                start,
                end,
                text[start:end],
                "zh.pinyin",
                fix,
                WORD_CONFIDENCE,
                evidence,
                "pinyin",
                ("name", fix, ""),
            )
        )
    return out


_PINYIN_APOSTROPHE = re.compile(r"[^\W\d_][’'][aoe]")  # Yan'an, Xi'an: pinyin's syllable mark


def _not_the_houses(run: list[re.Match[str]], house: str, english) -> bool:
    """Whether a run of pinyin words is no name of the house's system: a word of it no word of
    that system's or English's (Gongchao), or written as only pinyin writes a name: a given name
    of two syllables joined after a surname (Chen Shaoyu, where Wade-Giles writes Shao-yü), a
    word alone with pinyin's syllable mark (Yan'an)."""
    from ..chinese.convert import surname_syllables
    from ..chinese.syllables import split_run
    from ..chinese.tables import parse, table

    words = [w.group() for w in run]
    if len(words) == 1:
        return bool(_PINYIN_APOSTROPHE.search(words[0])) and not reads_in(words[0], house)
    if any(english(w) < NOT_ENGLISH and not reads_in(w, house) for w in words):
        return True
    surname, given = words[0].lower(), words[-1]
    return (
        len(words) == 2
        and surname in surname_syllables()
        and len(split_run(given) or ()) > 1
        and len(parse(given, table(house)) or ()) != 1  # Chiao: one syllable of Wade-Giles
        and english(given) < NOT_ENGLISH
    )


def _listed(form: str, style: HouseStyle) -> str | None:
    """The house's exception for the name ``form`` spells in the gazetteer, if it lists one
    (Sun Yi-hsien: Sun Yat-sen)."""
    from ..names.gazetteer import lookup

    for s in lookup(form):
        exc = style.exceptions.get(s.entry.hanzi) if s.entry.hanzi else None
        if exc is not None:
            return exc.form
    return None


def _cited_author(text: str, start: int, end: int, scope: str) -> bool:
    """Whether text[start:end] opens a citation of a note or a bibliography before a comma (its
    author), or of a text file's note after its mark ([1] Shen Zhihua, ...)."""
    before = text[max(0, start - 8) : start]
    note = scope != "body" or before.rstrip().endswith("]")
    return note and bool(_CITATION_START.search(before)) and text.startswith(", ", end)


def _russian(word: str, read_russian) -> bool:
    """A Russian name, or a Russian word of four letters or more (not Ye, е), that is no common
    Chinese surname (Chen, which Russian also reads as Чен)."""
    from ..chinese.convert import surname_syllables

    if word.lower() in surname_syllables():
        return False
    reading = read_russian(word)
    return reading is not None and (reading.name or len(word) > 3)


def _pinyin_runs(text: str) -> list[list[re.Match[str]]]:
    """Runs of two capitalized words or more, one space apart, each of which reads as pinyin, and
    a word alone with pinyin's syllable mark (Yan'an)."""
    groups = _pinyin_groups(text, list(_CAPITALIZED.finditer(text)), _SPACE)
    return [g for g in groups if len(g) > 1 or _PINYIN_APOSTROPHE.search(g[0].group())]
