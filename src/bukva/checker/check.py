"""Run the checks over a manuscript against a house style.

For each unit of text: first the context pass (context.py: quotations, titles, glosses,
sentences about spelling, credited names, other languages, and the fences), then the names the
gazetteer knows, text left in Hanzi or Cyrillic, Chinese names in another system, and romanized
Russian judged as phrases. A finding inside a protected span is at most a review item (and is
shown only with ``strict``); a fix is safe only at SAFE_CONFIDENCE or above.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import partial
from pathlib import Path

from ..engine.deadline import check as deadline_check
from ..engine.registry import BukvaError
from ..engine.text import keep_gaps, nfc
from ..style.house import SCOPES, HouseStyle
from .chinese_groups import WADE_MARK
from .chinese_phrases import chinese_phrases
from .context import ATTRIBUTED, attributions, protected
from .credits import acknowledged, as_written, italic_title_authors, note_credits, russian_titled
from .documents import Document, Unit, curly_apostrophes, docx_titles, read
from .finding import SAFE_CONFIDENCE, Finding, context, occurrence
from .gloss_forms import beside_romanization, gloss_form_hits
from .mixed import mixed_hits
from .names import name_hits, palladius, person_in_hanzi
from .own_names import own_names, own_spans
from .pinyin_form import pinyin_form_hits
from .postal_names import postal_hits
from .rules import RULES
from .russian import RussianJudge
from .russian_phrases import russian_phrases
from .script_runs import CYRILLIC_RUN, HAN_RUN, bracketed, english_terms
from .span import REVIEW_ONLY, Span
from .variants import grouped_variants
from .wade_pairs import pinyin_names

_LINE_END = re.compile(r"\r\n|\r|\n")
PROTECTED_FACTOR = 0.3  # a finding in a protected span keeps this much of its confidence


def _words_re(forms) -> re.Pattern[str] | None:
    """One pattern for any of ``forms`` as whole words (the longest first), or None."""
    if not forms:
        return None
    alternatives = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?<![^\W\d_])(?:{alternatives})(?![^\W\d_])")


class Checker:
    """Checks documents against one house style (``strict``: report in protected spans too)."""

    def __init__(self, style: HouseStyle, strict: bool = False) -> None:
        self.style = style
        self._wade_marked = True  # whether the document writes Wade-Giles's aspiration mark
        self._pinyin_names: frozenset[str] = frozenset()  # its names in pinyin (Zhou Yang)
        self._own: frozenset[str] = frozenset()  # the authors its notes credit (own_names)
        self._credits: dict = {}  # each unit's credits by its index, read once (own_names)
        self._curly = False  # whether its apostrophes are all ’ (a fix then writes ’ too)
        self.strict = strict
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
        self.russian = RussianJudge(style)
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
        for source, exc in self.style.exceptions_for("zh").items():
            if exc.romanized is not None:  # a curated list gives them: no need to load Chinese
                if exc.prefer == "either":
                    continue  # the house accepts the strict form too: Guomindang
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
        # one byte per character: 1 fenced or already judged, 2 an exception's form
        mask = bytearray(len(text))
        for s, e in unit.fenced:
            mask[s:e] = b"\x01" * (e - s)
        for m in english_terms().finditer(text):  # Peking duck: English, not a romanization
            mask[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
        if self._accepted_re is not None:
            for m in self._accepted_re.finditer(text):
                mask[m.start() : m.end()] = bytes(b or 2 for b in mask[m.start() : m.end()])
        italics = docx_titles(unit) if doc.kind == "docx" else None
        reading, heads, got = self.russian.reading, unit.headings, self._credits.get(index)
        spans = protected(text, unit.scope_at, doc.kind, reading, _known_name, italics, heads, got)
        if unit.section == "acknowledgements":  # a Word paragraph of the acknowledgements
            spans += acknowledged(text)
        elif unit.section:  # of a note on names (its forms cited), or a block quote
            kind = "quotation" if unit.section == "quotation" else "credit"
            spans.append(Span(0, len(text), kind))
        if italics is not None:  # Word's italics: a note's titles, and the authors before titles
            if unit.where.startswith(("footnote", "endnote")) or unit.scope_at(0) != "body":
                spans += italics + note_credits(text, italics, reading)
            else:
                spans += italic_title_authors(text, italics, reading)
            spans.sort(key=lambda s: (s.start, -s.end))
        spans = [russian_titled(s, text, reading) for s in spans]
        spans = sorted(spans + own_spans(text, self._own), key=lambda s: (s.start, -s.end))
        starts = [s.start for s in spans]
        cited = sorted(attributions(text), key=lambda s: s.start)
        cited_starts = [s.start for s in cited]

        def guard(start: int, end: int) -> str | None:
            k = bisect_right(starts, end)
            for s in spans[max(0, k - 64) : k]:
                if s.start < end and start < s.end:
                    return s.kind
            k = bisect_right(cited_starts, end)
            if any(s.start < end and start < s.end for s in cited[max(0, k - 64) : k]):
                return ATTRIBUTED
            return None

        def blocked(start: int, end: int, kinds: tuple[int, ...] = (1, 2)) -> bool:
            if kinds == (1, 2):  # any mark at all
                return mask.count(0, start, end) != end - start
            return any(mask.find(k, start, end) != -1 for k in kinds)

        def add(
            rule, start, end, fix, safe, message, system=None, confidence=0.95, evidence=()
        ) -> Finding | None:
            mask[start:end] = b"\x01" * (end - start)
            if fix is not None and self._curly:
                fix = fix.replace("'", "’")  # a text typeset with ’ gets ’ (Komsomol’skaia)
            if fix is not None and nfc(fix) == nfc(text[start:end]):
                return None  # the house's form as written (Lüshun read as a postal Lüshun)
            kind = as_written(guard(start, end), rule, text[start:end], fix)
            kept = kind is not None and kind not in REVIEW_ONLY  # protected, not for review
            if kept and not self.strict:
                return None  # protected: left as written, not reported
            finding = self._finding(doc, index, unit, rule, start, end, fix, safe, message, system)
            # in an attributed sentence: reported at its confidence, never safe (the source's
            # spelling, perhaps)
            factor = PROTECTED_FACTOR if kept else 1.0
            finding.confidence = confidence * factor
            finding.evidence = list(evidence) + ([f"context: {kind}"] if kind else [])
            finding.protected = kind
            finding.safe = safe and kind is None and finding.confidence >= SAFE_CONFIDENCE
            out.append(finding)
            return finding

        # the gazetteer's names in pinyin's letters divided otherwise (Mao Ze Dong: pinyin, if
        # also a Wade-Giles spelling); then its other spellings (Kao Kang, Peking,
        # Chruschtschow, Mao Tszedun); postal forms it lacks
        # (Siangyang-hsien); names half converted to pinyin (Teng Xiaoping, Mao Tsedong), for
        # review; each where no earlier kind stands
        hits = pinyin_form_hits(text, self.style, unit.scope_at)
        runs = italics or ()  # Word's italic runs bound a Chinese title in pinyin, as * does
        names = partial(name_hits, runs=runs, marked=self._wade_marked)
        for more in (names, postal_hits, partial(mixed_hits, runs=runs)):
            hits += [
                p
                for p in more(text, self.style, unit.scope_at)
                if not any(h.start < p.end and p.start < h.end for h in hits)
            ]
        hits += [  # a romanization beside its characters, divided otherwise (Zhongsu guanxi)
            p
            for p in gloss_form_hits(
                text,
                lambda hanzi, at: self._romanize(hanzi, "zh", unit.scope_at(at)),
                lambda at: self.style.system_for("zh", unit.scope_at(at))[0],
            )
            if not any(h.start < p.end and p.start < h.end for h in hits)
        ]
        for hit in hits:
            if blocked(hit.start, hit.end, (1,)):
                continue
            f = add(
                hit.rule,
                hit.start,
                hit.end,
                hit.fix,
                True,
                f"{hit.text!r} is {hit.system}; the house writes {hit.fix!r}",
                hit.system,
                hit.confidence,
                hit.evidence,
            )
            if f is not None:
                key = (*hit.key, self._house_of(unit.scope_at(hit.start)))[:3]
                variants.setdefault(key, []).append((hit.text, f, occurrence(f)))
        # Hanzi and Cyrillic left in the text
        for m in HAN_RUN.finditer(text):
            start, end = bracketed(text, m.start(), m.end())
            if blocked(start, end):
                continue
            fix, message, evidence = self._hanzi_fix(text[start:end], unit.scope_at(start))
            if not beside_romanization(text, start, end, fix):  # 高岗, Gao Gang: a gloss
                add("zh.unromanized", start, end, fix, False, message, evidence=evidence)
        for m in CYRILLIC_RUN.finditer(text):
            deadline_check()
            if blocked(m.start(), m.end()):
                continue
            run = m.group()
            pall = palladius(run, self.style)
            if pall:
                add(
                    "zh.palladius",
                    m.start(),
                    m.end(),
                    pall[0],
                    True,
                    f"a Chinese name in Palladius Cyrillic; the house writes {pall[0]!r}",
                    "palladius",
                    pall[1],
                    pall[2],
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
                evidence=("script: Cyrillic, read as Russian",),
            )
        unsure = chinese_phrases(self, text, unit, add, blocked, variants)
        for f in out:  # a name another rule took from a phrase the rest of which is not sure
            if f.safe and any(s < f.end and f.start < e for s, e in unsure):
                f.safe, f.evidence = False, [*f.evidence, "part of a phrase not all sure"]
        russian_phrases(self, doc, text, unit, add, blocked, variants, italics or ())
        return out

    # -- helpers -----------------------------------------------------------------------------

    def _house_of(self, scope: str) -> str:
        """What decides a Russian name's house form in ``scope``: spellings are variants of
        one another only under the same one (the bibliography's full LC form is not a variant
        of the body's book form)."""
        system, _ = self.style.system_for("ru", scope)
        return f"{system}:{self.style.exceptions_apply(scope)}"

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

            if lang != "zh":  # another Cyrillic language only when its letters say so
                from ..languages.detect import detect

                guess = detect(text)
                lang = guess.lang if guess.certain else "ru"
            done = self._romanized[key] = romanize(text, lang=lang, style=self.style, scope=scope)
        return done

    def _hanzi_fix(self, run: str, scope: str) -> tuple[str, str, tuple[str, ...]]:
        """What the house writes for Hanzi left in the text, why, and on what evidence: a Soviet
        or other foreign person's name in characters is his name (尤金: Yudin, not Youjin)."""
        person = person_in_hanzi(run)
        if person is None:
            fix = self._romanize(run, "zh", scope)
            return fix, f"Hanzi in romanized text; the house writes {fix!r}", ("script: Han",)
        own = person.origin == "other" and person.familiar
        fix = person.familiar[0] if own else self._romanize(person.cyrillic, "ru", scope)
        return (
            fix,
            f"{run} is {person.cyrillic} in characters; the house writes {fix!r}",
            (f"gazetteer: {run} is {person.cyrillic} ({person.source})",),
        )

    def _finding(self, doc, index, unit, rule, start, end, fix, safe, message, system) -> Finding:
        if doc.kind == "docx":
            where, line, col = unit.where, None, None
        else:
            line, col = self._line_col(unit, start)
            where = f"line {line}"
        if fix is not None:
            fix = keep_gaps(unit.text[start:end], fix)  # a name the text wraps keeps its line
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
            context(unit.text, start, end),
            system,
            unit=index,
            start=start,
            end=end,
        )

    # -- a document --------------------------------------------------------------------------

    def check_document(self, doc: Document) -> list[Finding]:
        findings: list[Finding] = []
        variants: dict = {}
        self._wade_marked = any(WADE_MARK.search(u.text) for u in doc.units)
        self._pinyin_names = pinyin_names(u.text for u in doc.units)
        self._curly = curly_apostrophes(doc)
        self._own, credited = own_names(doc, self.russian.reading)
        self._credits = dict(enumerate(credited))
        for i, unit in enumerate(doc.units):
            findings += self.check_unit(doc, i, unit, variants)
        grouped, merged = grouped_variants(doc, variants)
        return [f for f in findings if id(f) not in merged] + grouped


def _known_name(text: str) -> bool:
    from ..names.gazetteer import lookup

    return bool(lookup(text))


def check_paths(
    paths: list[str | Path], style: HouseStyle | None = None, strict: bool = False
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
        findings += Checker(house, strict).check_document(doc)
    return docs, findings


def check_text(
    text: str,
    style: HouseStyle | dict | None = None,
    name: str = "<text>",
    markdown: bool = True,
    strict: bool = False,
) -> list[Finding]:
    """Check a string (Markdown by default) against ``style``."""
    from ..style.house import as_style
    from .documents import read_plain

    house = as_style(style) or HouseStyle()
    return Checker(house, strict).check_document(read_plain(Path(name), text, markdown))


__all__ = ["RULES", "Checker", "Finding", "check_paths", "check_text"]
