"""Run the checks over a manuscript against a house style."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from ..engine.deadline import check as deadline_check
from ..engine.registry import BukvaError
from ..style.house import SCOPES, HouseStyle
from .documents import Document, Unit, read
from .recognize import (
    chinese_names,
    could_be_russian,
    english,
    house_forms,
    looks_english,
    read_russian,
)
from .rules import RULES

# A Latin word as romanizations write it: letters with their marks and ties, primes, and an
# apostrophe or double quote standing for a sign between letters (kul'turnoi, ob"ezd).
_LETTER = r"[^\W\d_]|[\u0300-\u036f\ufe20-\ufe2fʹʺ]"
LATIN_WORD = re.compile(rf"(?:{_LETTER})+(?:['’\"](?={_LETTER})(?:{_LETTER})+)*")
CYRILLIC_RUN = re.compile(r"[\u0400-\u04ff]+(?:[\s\-‐–][\u0400-\u04ff]+)*")
HAN_RUN = re.compile(
    "[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]+"
    "(?:[\u3000-\u303f\uff00-\uffef\u3400-\u4dbf\u4e00-\u9fff]+)*"
)
_LATIN = re.compile("[A-Za-zÀ-ɏ]")
_LINE_END = re.compile(r"\r\n|\r|\n")


@dataclass
class Finding:
    """One departure from the house style, where a person will look for it."""

    rule: str
    file: str
    where: str  # "line 12", "footnote 3", "paragraph 40"
    line: int | None
    column: int | None
    text: str
    fix: str | None
    safe: bool
    message: str
    context: str
    system: str | None = None
    occurrences: list[dict[str, Any]] = field(default_factory=list)  # for variants
    # where the fix goes: the unit and the offsets in its text
    unit: int = 0
    start: int = 0
    end: int = 0

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        for internal in ("unit", "start", "end"):
            d.pop(internal)
        return d


def _mixed_case(word: str) -> bool:
    """Capitals inside a word (iPhone, soLiu): not a romanized word. A tied pair is
    capitalised as a pair (I͡Udin) and counts as one letter."""
    plain = re.sub("[\u0361\ufe20](.)", lambda m: m.group(1).lower(), word)
    return any(c.isupper() for c in plain[1:]) and not plain.isupper()


def _sentence_start(text: str, start: int) -> bool:
    before = text[max(0, start - 4) : start].rstrip(" \t*_\"'“(«")
    return not before or before[-1] in ".!?:\n\t#>"


def _in_identifier(text: str, start: int, end: int) -> bool:
    """A word that is part of code or a reference (__ixor__, f1954, op.46)."""
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    return before in "_\\/" or after in "_\\/" or before.isdigit() or after.isdigit()


def _occurrence(f: Finding) -> dict[str, Any]:
    return {"text": f.text, "where": f.where, "line": f.line, "column": f.column}


def _context(text: str, start: int, end: int, width: int = 40) -> str:
    a = max(0, start - width)
    b = min(len(text), end + width)
    snippet = text[a:b].replace("\n", " ")
    snippet = re.sub(r"\s+", " ", snippet)
    return ("…" if a else "") + snippet + ("…" if b < len(text) else "")


def _system_name(system: str, lang: str = "ru") -> str:
    from ..engine.registry import BukvaError, find

    try:
        return find(lang, system).name
    except BukvaError:
        return system


def _words_re(forms) -> re.Pattern[str] | None:
    """One pattern for any of ``forms`` as whole words (the longest first), or None."""
    if not forms:
        return None
    alternatives = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?<![^\W\d_])(?:{alternatives})(?![^\W\d_])")


class Checker:
    """Checks documents against one house style."""

    def __init__(self, style: HouseStyle) -> None:
        self.style = style
        from ..chinese.convert import spells_tones

        for scope in SCOPES:
            zh, _ = style.system_for("zh", scope)
            if spells_tones(zh):
                where = style.path.name if style.path else "the house style"
                raise BukvaError(
                    f"{where}: zh = {zh!r} can romanize Chinese characters, but a manuscript "
                    "cannot be checked against it: its spellings need each syllable's tone, "
                    "which a name written in another system does not give"
                )
        self._skip: dict[str, bool] = {}  # words that can never be a finding
        self._lines: dict[int, list[int]] = {}
        self._romanized: dict[tuple[str, str, str], str] = {}
        self.accepted = style.accepted_forms
        self._accepted_re = _words_re(self.accepted)
        self._zh_exception_forms = self._exception_romanizations()
        self._zh_exception_re = _words_re(self._zh_exception_forms)

    def _exception_romanizations(self) -> dict[str, str]:
        """The pinyin and Wade-Giles forms of the Chinese exceptions (Jiang Jieshi → Chiang
        Kai-shek): found in running text, they are exceptions not applied."""
        out: dict[str, str] = {}
        zh = self.style.exceptions_for("zh")
        for source, exc in zh.items():
            if exc.romanized is not None:  # a curated list gives them: no need to load Chinese
                for form in exc.romanized:
                    out.setdefault(form, exc.form)
                continue
            from ..api import romanize

            for system in ("pinyin", "wade-giles"):
                try:
                    form = romanize(source, lang="zh", system=system)
                except Exception:
                    continue
                if form and form != exc.form:
                    out.setdefault(form, exc.form)
        return out

    # -- one unit ----------------------------------------------------------------------------

    def check_unit(self, doc: Document, index: int, unit: Unit, variants: dict) -> list[Finding]:
        text = unit.text
        out: list[Finding] = []
        # one byte per character: 1 fenced or already reported, 2 an exception's form
        mask = bytearray(len(text))
        for s, e in unit.fenced:
            mask[s:e] = b"\x01" * (e - s)
        if self._accepted_re is not None:
            for m in self._accepted_re.finditer(text):
                mask[m.start() : m.end()] = bytes(b or 2 for b in mask[m.start() : m.end()])

        def blocked(start: int, end: int, kinds: tuple[int, ...] = (1, 2)) -> bool:
            if kinds == (1, 2):  # any mark at all
                return mask.count(0, start, end) != end - start
            return any(mask.find(k, start, end) != -1 for k in kinds)

        def add(
            rule: str,
            start: int,
            end: int,
            fix: str | None,
            safe: bool,
            message: str,
            system: str | None = None,
        ) -> Finding:
            finding = self._finding(doc, index, unit, rule, start, end, fix, safe, message, system)
            out.append(finding)
            mask[start:end] = b"\x01" * (end - start)
            return finding

        # Hanzi and Cyrillic left in the text
        for m in HAN_RUN.finditer(text):
            if blocked(m.start(), m.end()):
                continue
            fix = self._romanize(m.group(), "zh", unit.scope_at(m.start()))
            add(
                "zh.unromanized",
                m.start(),
                m.end(),
                fix,
                False,
                f"Hanzi in romanized text; the house writes {fix!r}",
            )
        for m in CYRILLIC_RUN.finditer(text):
            if blocked(m.start(), m.end()):
                continue
            run = m.group()
            pall = self._palladius(run)
            if pall:
                add(
                    "zh.palladius",
                    m.start(),
                    m.end(),
                    pall,
                    True,
                    f"a Chinese name in Palladius Cyrillic; the house writes {pall!r}",
                    "palladius",
                )
                continue
            fix = self._romanize(run, "ru", unit.scope_at(m.start()))
            add(
                "ru.unromanized",
                m.start(),
                m.end(),
                fix,
                False,
                f"Cyrillic in romanized text; the house writes {fix!r}",
            )
        # Chinese names in another system; exception forms of Chinese names
        zh_house, _ = self.style.system_for("zh", "body")
        for name in chinese_names(text, zh_house):
            if blocked(name.start, name.end):
                continue
            fix = self._zh_exception_forms.get(name.fix, name.fix)
            scope = unit.scope_at(name.start)
            if name.fix in self._zh_exception_forms and not self.style.exceptions_apply(scope):
                fix = name.fix
            add(
                f"zh.{name.system}",
                name.start,
                name.end,
                fix,
                True,
                f"{name.text!r} is {_system_name(name.system, 'zh')}; the house writes {fix!r}",
                name.system,
            )
            variants.setdefault(("zh", name.fix), []).append(
                (name.text, out[-1], _occurrence(out[-1]))
            )
        for m in self._zh_exception_re.finditer(text) if self._zh_exception_re else ():
            scope = unit.scope_at(m.start())
            if blocked(m.start(), m.end()) or not self.style.exceptions_apply(scope):
                continue
            exc_form = self._zh_exception_forms[m.group()]
            add(
                "zh.exception",
                m.start(),
                m.end(),
                exc_form,
                True,
                f"the house writes this name {exc_form!r}",
            )
        # Romanized Russian
        for m in LATIN_WORD.finditer(text):
            deadline_check()
            word = m.group()
            if blocked(m.start(), m.end(), (1,)) or _in_identifier(text, m.start(), m.end()):
                continue
            end = m.end()
            if word.endswith(("'s", "’s")):  # an English possessive: Yudin's
                word, end = word[:-2], end - 2
            self._russian_word(
                doc,
                index,
                unit,
                m.start(),
                end,
                word,
                add,
                variants,
                accepted=blocked(m.start(), end, (2,)),
            )
        return out

    def _russian_word(
        self, doc, index, unit, start, end, word, add, variants, accepted: bool = False
    ) -> None:
        skip = self._skip.get(word)
        if skip is None:
            skip = self._skip[word] = (
                len(word) < 3
                or not _LATIN.search(word)
                or (word.isupper() and len(word) <= 5)
                or _mixed_case(word)
                or looks_english(word)
                or not could_be_russian(word)
            )
        if skip:
            return  # English, initials, abbreviations (VOKS, SSOD), no romanization's letters
        scope = unit.scope_at(start)
        system, options = self.style.system_for("ru", scope)
        reading = read_russian(word, system)
        if reading is None:
            return
        if (
            word[:1].isupper()
            and word.isascii()
            and not reading.name
            and not _sentence_start(unit.text, start)
        ):
            return  # a plain capitalised word inside a sentence is a name, or not Russian
        forms = house_forms(reading, word, system, options)
        exc = next(
            (
                e
                for c in reading.spellings
                for e in self.style.exceptions_for("ru").values()
                if e.source.lower() == c
            ),
            None,
        )
        line, col = self._line_col(unit, start) if doc.kind != "docx" else (None, None)
        record = (
            word,
            None,
            {
                "text": word,
                "where": unit.where if line is None else f"line {line}",
                "line": line,
                "column": col,
            },
        )
        if accepted or (exc is not None and word == exc.form):
            variants.setdefault(("ru", reading.cyrillic), []).append(record)
            return
        applies = exc is not None and self.style.exceptions_apply(scope)
        if word in forms and not applies:
            variants.setdefault(("ru", reading.cyrillic), []).append(record)
            return
        if word in self.accepted:
            return
        safe = english(word) < ENGLISH_SAFE
        if applies:
            finding = add(
                "ru.exception",
                start,
                end,
                exc.form,
                safe,
                f"the house writes {exc.form!r} ({exc.origin})",
            )
        else:
            found_in = ", ".join(_system_name(s) for s in reading.systems[:2])
            finding = add(
                "ru.wrong-system",
                start,
                end,
                forms[0],
                safe,
                f"{word!r} is {found_in}; the house ({_system_name(system)}) writes {forms[0]!r}",
                reading.systems[0],
            )
        variants.setdefault(("ru", reading.cyrillic), []).append(
            (word, finding, _occurrence(finding))
        )

    # -- helpers -----------------------------------------------------------------------------

    def _line_col(self, unit: Unit, pos: int) -> tuple[int, int]:
        starts = self._lines.get(id(unit))
        if starts is None:
            starts = [0] + [m.end() for m in _LINE_END.finditer(unit.text)]
            self._lines[id(unit)] = starts
        line = bisect_right(starts, pos)
        return line, pos - starts[line - 1] + 1

    def _romanize(self, text: str, lang: str, scope: str) -> str:
        """The house romanization of a run left in Cyrillic or Hanzi; a run met again (a name
        the book repeats) is not romanized twice."""
        key = (text, lang, scope)
        done = self._romanized.get(key)
        if done is None:
            from ..api import romanize

            done = self._romanized[key] = romanize(
                text, lang="zh" if lang == "zh" else "auto", style=self.style, scope=scope
            )
        return done

    def _palladius(self, run: str) -> str | None:
        """The run as pinyin if it is Chinese names in Palladius (every word parses)."""
        from ..chinese.convert import _parse, table

        words = run.split()
        if not words or not all(w[:1].isupper() for w in words):
            return None
        if not all(_parse(w, table("palladius")) for w in words):
            return None
        from ..chinese.convert import convert

        zh_house, _ = self.style.system_for("zh", "body")
        out = convert(run, "palladius", "pinyin" if zh_house == "ala-lc" else zh_house)
        return out if out != run else None

    def _finding(
        self,
        doc: Document,
        index: int,
        unit: Unit,
        rule: str,
        start: int,
        end: int,
        fix: str | None,
        safe: bool,
        message: str,
        system: str | None,
    ) -> Finding:
        if doc.kind == "docx":
            where, line, col = unit.where, None, None
        else:
            line, col = self._line_col(unit, start)
            where = f"line {line}"
        return Finding(
            rule,
            str(doc.path),
            where,
            line,
            col,
            unit.text[start:end],
            fix,
            safe,
            message,
            _context(unit.text, start, end),
            system,
            unit=index,
            start=start,
            end=end,
        )

    # -- a document --------------------------------------------------------------------------

    def check_document(self, doc: Document) -> list[Finding]:
        findings: list[Finding] = []
        variants: dict = {}
        for i, unit in enumerate(doc.units):
            findings += self.check_unit(doc, i, unit, variants)
        findings += self._variants(doc, variants)
        return findings

    def _variants(self, doc: Document, variants: dict) -> list[Finding]:
        out = []
        for (lang, _key), seen in variants.items():
            spellings = sorted({w for w, _, _ in seen})
            places = [f for _, f, _ in seen if f is not None]
            if len(spellings) < 2 or not places:
                continue
            house = places[0].fix  # the form the house writes for them all
            first = places[0]
            finding = Finding(
                f"{lang}.variants",
                str(doc.path),
                first.where,
                first.line,
                first.column,
                " / ".join(spellings),
                house,
                False,
                f"one name spelled {len(spellings)} ways ({', '.join(spellings)}); the house "
                f"writes {house!r}",
                first.context,
                occurrences=[occ for _, _, occ in seen],
            )
            out.append(finding)
        return out


ENGLISH_SAFE = 3.0  # a fix is safe when the word is not an English word this common


def check_paths(
    paths: list[str | Path], style: HouseStyle | None = None
) -> tuple[list[Document], list[Finding]]:
    """Check files (folders: every .md, .txt and .docx in them) against ``style`` or the house
    style found beside each file."""
    from ..style.house import find_style

    files: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            files += sorted(
                x
                for x in p.rglob("*")
                if x.suffix.lower() in (".md", ".txt", ".docx")
                and not x.name.endswith(".bukva.docx")
            )
        else:
            files.append(p)
    docs, findings = [], []
    for f in files:
        house = style or find_style(f) or HouseStyle()
        doc = read(f)
        docs.append(doc)
        findings += Checker(house).check_document(doc)
    return docs, findings


def check_text(
    text: str, style: HouseStyle | dict | None = None, name: str = "<text>", markdown: bool = True
) -> list[Finding]:
    """Check a string (Markdown by default) against ``style``."""
    from ..style.house import as_style
    from .documents import read_plain

    house = as_style(style) or HouseStyle()
    return Checker(house).check_document(read_plain(Path(name), text, markdown))


__all__ = ["RULES", "Checker", "Finding", "check_paths", "check_text"]
