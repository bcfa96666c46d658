"""Romanized Russian in a unit of text: each word judged, then the words of one phrase fixed
together (the whole phrase in the house system, or nothing), each finding with its evidence."""

from __future__ import annotations

import re
from dataclasses import replace

from ..engine.deadline import check as deadline_check
from ..languages.english import english
from ..languages.lexicon import agreeing_full_form
from .finding import occurrence
from .initials import initial_fixes
from .recognize import romanized_as
from .russian import PRESS, phrase_fix, phrases
from .russian_review import lost_sign
from .russian_word import Word
from .unlisted import house_surname

# A Latin word as romanizations write it: letters with their marks and ties, primes, and an
# apostrophe or double quote standing for a sign between letters (kul'turnoi, ob"ezd).
_LETTER = r"[^\W\d_]|[\u0300-\u036f\ufe20-\ufe2fʹʺ]"
LATIN_WORD = re.compile(rf"(?:{_LETTER})+(?:['’\"](?={_LETTER})(?:{_LETTER})+)*")


def _in_identifier(text: str, start: int, end: int) -> bool:
    """A word that is part of code, a reference or an HTML tag (__ixor__, f1954, op.46, <i>)."""
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    if before == "_" or after == "_":  # snake_case, not Markdown's _Znamya_
        wordy = lambda at: 0 <= at < len(text) and (text[at].isalnum() or text[at] == "_")  # noqa: E731
        return wordy(start - 2) if before == "_" else wordy(end + 1)
    return before in "\\/<" or after in "\\/" or before.isdigit() or after.isdigit()


def russian_phrases(self, doc, text, unit, add, blocked, variants, italics=()) -> None:
    """Romanized Russian, word by word, then fixed as whole phrases (``italics``: a Word
    paragraph's italic runs)."""
    judged = []
    for m in LATIN_WORD.finditer(text):
        deadline_check()
        start, end = m.start(), m.end()
        if blocked(start, end, (1,)) or _in_identifier(text, start, end):
            continue
        if m.group().endswith(("'s", "’s")):  # an English possessive: Yudin's
            end -= 2
        scope = unit.scope_at(start)
        word = self.russian.judge(text, start, end, scope)
        if word is None:
            piece = text[start:end]
            if len(piece) <= 2 and piece.isalpha() and piece.islower():
                # a preposition or conjunction (s, v, i, k): the same in every system, it
                # joins the words around it into one phrase
                judged.append(Word(start, end, piece, "", None, glue=True))
            elif not self.russian.skip(piece):
                # a surname the house writes so (Shepilov): Russian, with nothing to fix
                known = house_surname(piece, self.style.system_for("ru", scope)[0])
                judged.append(Word(start, end, piece, "", None, glue=known, unknown=not known))
            continue
        if blocked(start, end, (2,)) or (word.fix is None):
            line, col = self._line_col(unit, start) if doc.kind != "docx" else (None, None)
            record = {
                "text": word.text,
                "line": line,
                "column": col,
                "where": unit.where if line is None else f"line {line}",
            }
            key = ("ru", word.cyrillic, self._house_of(scope))
            variants.setdefault(key, []).append((word.text, None, record))
            if blocked(start, end, (2,)):
                continue
        judged.append(word)
    judged = [_full(self, text, w, unit.scope_at(w.start)) for w in judged]  # Novy mir
    for group in phrases(judged, text):
        while group and group[0].glue:
            group = group[1:]
        while group and group[-1].glue:
            group = group[:-1]
        scope = unit.scope_at(group[0].start) if group else "body"
        signed = [lost_sign(self.style, text, w, group, scope) for w in group]  # Nauka i zhizn
        if any(signed):  # Krasny Oktyabr: the adjective before the noun its sign restored
            group = [s or w for s, w in zip(signed, group, strict=True)]
            nouns = [w.cyrillic for w in group[1:]] + [""]
            group = [_full(self, text, w, scope, n) for w, n in zip(group, nouns, strict=True)]
        if all(w.weak or w.unknown or w.glue for w in group):
            if lone_italic_word(group, text, italics):  # *Zarya*: a paper's or a term's name
                group[0].confidence = min(group[0].confidence, LONE_ITALIC_CONFIDENCE)
                group[0].evidence.append("one italic word, read as a Russian common word")
                group[0].weak = False
            elif title_cased_russian(group) or sentence_cased_title(group, text, self.russian):
                # Gosudarstvennyy Arkhiv Rossiyskoy Federatsii; Literaturnaya gazeta
                for w in group:
                    w.weak = False
            else:  # no Russian word to lean on: only a weak word that is a surname by its shape
                group = [w.alone for w in group if w.weak and w.alone is not None]
        if not group:
            continue
        group = self.russian.resolve(group, text, unit.scope_at(group[0].start))
        changed = [w for w in group if w.fix is not None]
        if not changed:
            continue
        whole = not any(w.unknown for w in group)
        if len(changed) == 1 or not whole:
            for w in changed:  # one word to fix makes the phrase whole; else review each
                f = add(
                    w.rule,
                    w.start,
                    w.end,
                    w.fix,
                    whole,
                    w.message,
                    w.system,
                    w.confidence if whole else min(w.confidence, 0.6),
                    w.evidence
                    if whole
                    else [*w.evidence, "in a phrase with words that read as no Russian word"],
                )
                if f is not None:
                    key = ("ru", w.cyrillic, self._house_of(unit.scope_at(w.start)))
                    variants.setdefault(key, []).append((w.text, f, occurrence(f)))
            continue
        fix, confidence, evidence = phrase_fix(group, text)
        start, end = group[0].start, group[-1].end
        first = changed[0]
        f = add(
            first.rule,
            start,
            end,
            fix,
            True,
            f"a Russian phrase in another system than the house's; the house writes {fix!r}",
            first.system,
            confidence,
            evidence,
        )
        if f is not None:
            for w in changed:
                key = ("ru", w.cyrillic, self._house_of(unit.scope_at(w.start)))
                variants.setdefault(key, []).append(
                    (w.text, None, {**occurrence(f), "text": w.text})
                )
    system_at = lambda at: self.style.system_for("ru", unit.scope_at(at))  # noqa: E731
    for start, end, fix, letter in initial_fixes(text, system_at):
        if not blocked(start, end):  # Yu. V. Andropov: Iu. V. Andropov
            add(
                "ru.wrong-system",
                start,
                end,
                fix,
                True,
                f"the initial {text[start:end]!r} of a Russian name is {letter} in another "
                f"system; the house writes {fix!r}",
                None,
                0.95,
                (f"the initial of {letter}, before or after a Russian surname",),
            )


def _full(self, text: str, w: Word, scope: str, noun: str = "") -> Word:
    """``w``, or its full form where -ый is written -y before a noun (Novy mir, bumazhny tigr:
    read as a short plural); ``noun``: the next word's Cyrillic, where the text's letters alone
    do not read as it (Oktyabr, its sign lost)."""
    if w.fix is None and w.cyrillic.endswith("ы") and not w.glue:
        return full_form(self, text, w, scope, noun) or w
    return w


_FOLLOWING = re.compile(r" ([^\W\d_]{2,})")
AGREEMENT_CONFIDENCE = 0.92  # the adjective's full form, which the noun after it asks for


def full_form(self, text: str, word: Word, scope: str, noun: str = "") -> Word | None:
    """``word`` (read in the house's system as a short plural adjective, бумажны) as the full
    adjective the masculine noun after it asks for (бумажный тигр, новый мир), where the
    text's system writes -ый as -y; None where the noun does not ask for it."""
    if not noun:
        after = _FOLLOWING.match(text, word.end)
        read = self.russian.reading(after.group(1)) if after else None
        noun = read.cyrillic if read else ""
    full = agreeing_full_form(word.cyrillic, noun) if noun else None
    if full is None:
        return None
    system, options = self.style.system_for("ru", scope)
    fix = romanized_as(full, word.text, system, options)
    if fix == word.text:
        return None
    return replace(
        word,
        cyrillic=full,
        fix=fix,
        message=f"{word.text!r} is -ый written -y; the house writes {fix!r}",
        system="popular",
        systems=("popular",),
        weak=False,
        confidence=AGREEMENT_CONFIDENCE,
        evidence=[
            f"lexicon: {word.cyrillic} is a short plural, which {noun} after it cannot"
            f" follow; {full} agrees with it",
            "written so by popular (-ый as -y)",
        ],
    )


LONE_ITALIC_CONFIDENCE = 0.6  # a name it may be (a paper's, a ship's): for review


def lone_italic_word(group: list[Word], text: str, italics=()) -> bool:
    """Whether a phrase is one capitalised word, all of an italic span (*Zarya*, <i>Zarya</i>,
    a Word italic run), that reads as a Russian common word English seldom uses, with what only
    a romanization of Russian writes (ya, kh, zh ...), in a system English books use: italics
    mark it as a foreign word or a title, and its letters as romanized Russian."""
    if len(group) != 1 or not group[0].weak or group[0].alone is not None:
        return False
    word = group[0]
    if (
        len(word.text) < 5
        or english(word.text) >= NOT_RUSSIAN_ZIPF - 1  # italics say it is no English word
        or _MARKS.search(word.text) is None
        or all(s in PRESS for s in word.systems)
    ):
        return False
    start, end = word.start, word.end
    if start > 0 and end < len(text) and text[start - 1] == text[end] and text[end] in "*_":
        return text[start - 2 : start - 1] != text[end]  # *Zarya*, not **Zarya**
    if re.match(r"</(?:i|em|cite)>", text[end : end + 7]) and re.search(
        r"<(?:i|em|cite)>$", text[max(0, start - 6) : start]
    ):
        return True
    return any(
        s.start <= start and end <= s.end and text[s.start : s.end].strip(" ,.;:") == word.text
        for s in italics
    )


RUSSIAN_ONLY_ZIPF = 2.0  # a word English hardly uses (Arkhiv, Rossiyskoy; not Star, Red)


def title_cased_russian(group: list[Word]) -> bool:
    """Whether a run of capitalised words, none of them a name, is a Russian name in title
    case, as abbreviations lists and English books write a body's name (Gosudarstvennyy Arkhiv
    Rossiyskoy Federatsii): two of its words at least are Russian words English hardly uses."""
    words = [w for w in group if not w.glue]
    russian = sum(
        1 for w in words if w.weak and len(w.text) >= 4 and english(w.text) < RUSSIAN_ONLY_ZIPF
    )
    return len(words) >= 2 and russian >= 2


_NEXT_WORD = re.compile(r" ([a-z][a-z'’]+)\b")


def sentence_cased_title(group: list[Word], text: str, judge) -> bool:
    """Whether a run of one capitalised word is Russian though it stands alone: a word only a
    romanization of Russian writes (see :func:`lone_russian_word`), or a title in sentence case,
    as English books cite periodicals (Literaturnaya gazeta, Novyy mir): a Russian word English
    hardly uses, five letters or more, in a system English books use, before a small word that
    reads as Russian too though English also writes it (gazeta, mir: words the word-by-word
    pass leaves to English)."""
    words = [w for w in group if not w.glue]
    if len(words) != 1 or not words[0].weak or len(words[0].text) < 5:
        return False
    word = words[0]
    if lone_russian_word(word):
        return True
    after = _NEXT_WORD.match(text, word.end)
    return (
        english(word.text) < RUSSIAN_ONLY_ZIPF
        and not all(s in PRESS for s in word.systems)  # Pankow: a German place, no Панков
        and after is not None
        and english(after.group(1)) < NOT_RUSSIAN_ZIPF  # no English word of grammar (was, the)
        and judge.reading(after.group(1)) is not None
    )


NOT_RUSSIAN_ZIPF = 4.0  # an English word this common is English whatever reads it (was, had)


_MARKS = re.compile("kh|zh|shch|y[aeiou]|iy$|yy$", re.IGNORECASE)  # what only Russian writes


def lone_russian_word(word: Word) -> bool:
    """Whether one capitalised word alone is a Russian common word, no name: seven letters or
    more, never met in English, with what only a romanization of Russian writes (Sovinformbyuro:
    Совинформбюро), read by a system English books use, and no surname by its shape."""
    return (
        len(word.text) >= 7
        and english(word.text) < 1.0
        and _MARKS.search(word.text) is not None
        and not all(s in PRESS for s in word.systems)
        and word.alone is None
    )
