"""Romanized Russian words judged one by one, then as phrases.

A word is taken for romanized Russian when some system writes a word of the Russian lexicon
exactly so (recognize.read_russian). Its judgement says what the house writes for it, how sure
the check is, and why. Consecutive Russian words (a title, an organization's name) are then
judged together: a phrase is fixed whole, into the house system, or not at all.
"""

from __future__ import annotations

import re
from collections import Counter

from ..engine.text import ties_to_combining, word_gap
from ..names.mixed_spellings import older_spelling
from ..names.russian import foreign_given_name, is_lemma
from ..style.house import HouseStyle
from .anglicized import ENGLISH_FORM, ENGLISH_GIVEN_CONFIDENCE, given_before_surname
from .english_names import in_english_name
from .recognize import (
    IN_NAME_CONFIDENCE,
    borrowed_name,
    chinese_given_name,
    cited_form,
    could_be_russian,
    english,
    house_forms,
    looks_english,
    read_russian,
    system_name,
)
from .russian_review import LOST_SIGN_CONFIDENCE, older_word, signless_given, unlisted_word
from .russian_word import Word
from .unlisted import surname_shaped

_LATIN = re.compile("[A-Za-zÀ-ɏ]")
# press transcriptions: their words are as likely another language's own (Wrocław, Šik)
PRESS = ("polish", "czech", "german", "french")
RESOLVE_ENGLISH = 1.0  # a word of a phrase no lexicon reads is read by its system below this
ENGLISH_SAFE = 3.0  # a fix is safe when the word is not an English word this common
FOREIGN_NAME_CONFIDENCE = 0.6  # a foreign given name in Russian letters (Palmiro): for review
UNCITED_CONFIDENCE = 0.6  # a name read only as another case or an unused variant: for review


def mixed_case(word: str) -> bool:
    """Capitals inside a word (iPhone, soLiu): not a romanized word. A tied pair is
    capitalised as a pair (I͡Udin) and counts as one letter."""
    plain = re.sub("[\u0361\ufe20](.)", lambda m: m.group(1).lower(), ties_to_combining(word))
    return any(c.isupper() for c in plain[1:]) and not plain.isupper()


def sentence_start(text: str, start: int) -> bool:
    before = _TAG.sub("", text[max(0, start - 12) : start])[-4:].rstrip(" \t*_\"'“(«")
    return not before or before[-1] in ".!?:\n\t#>"


_TAG = re.compile(r"<(?:i|em|cite|b|strong|q)>$")  # Markdown's raw HTML before a word: <i>Zarya
_ROMANIZATION_MARK = re.compile("[ĭėŝʹʺ\u0361\ufe20\ufe21]")  # no language's letters: LC's, ISO 9's


# what no Russian word spells: ы or a sign after a vowel, or a word's first letter
_NO_RUSSIAN = re.compile("[аеёиоуыэюя][ыьъ]|^[ыьъ]")


class RussianJudge:
    """Judges Latin words as romanized Russian against one house style."""

    def __init__(self, style: HouseStyle) -> None:
        self.style = style
        self._skip: dict[str, bool] = {}

    def skip(self, word: str) -> bool:
        """English, initials, abbreviations (VOKS, SSOD), no romanization's letters."""
        got = self._skip.get(word)
        if got is None:
            got = self._skip[word] = (
                len(word) < 3
                or not _LATIN.search(word)
                or (word.isupper() and len(word) <= 5)
                or mixed_case(word)
                or looks_english(word)
                or not could_be_russian(word)
            )
        return got

    def reading(self, word: str):
        """``word`` read as romanized Russian (a Reading), or None."""
        if len(word) < 2 or mixed_case(word) or not could_be_russian(word):
            return None
        return read_russian(word)

    def judge(self, text: str, start: int, end: int, scope: str) -> Word | None:
        """The word text[start:end] as romanized Russian, or None if it is not."""
        word = text[start:end]
        system, options = self.style.system_for("ru", scope)
        skip = self.skip(word)
        given = given_before_surname(text, start, end, system) if skip else None
        if (skip and given is None) or (
            word[:1].isupper() and chinese_given_name(text, start, word)
        ):
            return None  # ... or Yulin of Wang Yulin: a Chinese given name, no Юлин
        reading = given or read_russian(word, system)
        signed = text[end : end + 1] in ("'", "’", "ʹ")  # Liubov': its sign after the word
        signless = None
        if reading is not None and reading.name and word[:1].isupper() and not signed:
            signless = signless_given(word, reading)  # Lyubov: Любовь, no Любов
            reading = signless or reading
        if reading is None or (
            word[:1].isupper() and older_spelling(word) and not is_lemma(reading.cyrillic)
        ):  # Dzerzhinski: no plural of the town Дзержинск, but Дзержинский as English wrote it
            older = older_word(self.style, word, start, end, system, options)
            if older is None and reading is None:
                return unlisted_word(self.style, word, start, end, system, options)
            return older
        # a plain capitalised word inside a sentence is a name, or not Russian, unless it
        # begins a Russian phrase (Obshchestvo druzhby): weak, kept only in a phrase
        weak = (
            word[:1].isupper()
            and not _ROMANIZATION_MARK.search(word)  # Novyĭ is Russian anywhere; Škoda, Czech
            and not reading.name
            and not sentence_start(text, start)
        )
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
        out = Word(
            start,
            end,
            word,
            reading.cyrillic,
            None,
            system=reading.systems[0],
            weak=weak,
            systems=tuple(reading.systems),
        )
        if weak and word not in forms and surname_shaped(word, reading.cyrillic):
            # Myasnikov, Smolenskiy: a common word's reading (мясников, "of butchers"), alone
            # a surname by its shape
            out.alone = unlisted_word(self.style, word, start, end, system, options, reading)
        if exc is not None and word == exc.form:
            out.exception = True
            return out
        applies = exc is not None and self.style.exceptions_apply(scope)
        if (word in forms and not applies) or word in self.style.accepted_forms:
            return out
        common = english(word)
        confidence = 0.95
        evidence = [
            f"lexicon: {reading.cyrillic}" + (" (a name)" if reading.name else ""),
            f"written so by {', '.join(reading.systems[:3])}",
        ]
        if common >= ENGLISH_SAFE:
            confidence = 0.5
            evidence.append(f"also an English word (Zipf {common:.1f})")
        if reading.name and word[:1].isupper() and foreign_given_name(reading.cyrillic):
            confidence = min(confidence, FOREIGN_NAME_CONFIDENCE)
            evidence.append(
                f"{reading.cyrillic.capitalize()} is a given name Russian does not decline:"
                " another language's name, whose spelling may be its bearer's own"
            )
        if reading.name and word[:1].isupper() and not cited_form(reading.cyrillic):
            confidence = min(confidence, UNCITED_CONFIDENCE)
            evidence.append(
                f"{reading.cyrillic.capitalize()} is no form a name is cited in (another case, or"
                " a variant Russian text does not use): the spelling may stand for another name"
            )
        if all(s in PRESS for s in reading.systems):
            confidence = min(confidence, 0.6)
            evidence.append("only a press transcription writes it so: it may be that language's")
        elif borrowed_name(word, forms[0], reading.systems, common):
            confidence = min(confidence, FOREIGN_NAME_CONFIDENCE)
            evidence.append(
                f"English writes {word!r} (Zipf {common:.1f}), the house only adds the soft sign:"
                " another language's name Russian took (Engels, Elgar), perhaps: for review"
            )
        if signless is not None:  # Aksel Larsen: a Dane's Aksel, perhaps, no Аксель
            confidence = min(confidence, LOST_SIGN_CONFIDENCE)
            evidence.append("a given name read with the soft sign it lacks: for review")
        if reading.systems == (ENGLISH_FORM,):  # Alexander Fadeyev: fixed whole, for review
            confidence = min(confidence, ENGLISH_GIVEN_CONFIDENCE)
            evidence.append(
                f"{word!r} is the English form of {reading.cyrillic.capitalize()}: the house may"
                " keep it, for review"
            )
        named = word[:1].isupper() and in_english_name(
            text, start, end, lambda after: read_russian(after) is not None
        )
        if named:  # Tretyakov Gallery, Khrushchev Remembers: the name as its bearer prints it
            confidence = min(confidence, IN_NAME_CONFIDENCE)
            evidence.append(
                f"part of an English proper name ({named}): a gallery's, a prize's or a title's"
                " own spelling may stand: for review"
            )
        if applies:
            out.fix = exc.form
            out.rule = "ru.exception"
            out.exception = True
            out.message = f"the house writes {exc.form!r} ({exc.origin})"
            evidence.append(f"exception: {exc.source} = {exc.form} ({exc.origin})")
        else:
            out.fix = forms[0]
            found_in = ", ".join(system_name(s) for s in reading.systems[:2])
            out.message = (
                f"{word!r} is {found_in}; the house ({system_name(system)}) writes {forms[0]!r}"
            )
        out.confidence = confidence
        out.evidence = evidence
        return out

    def resolve(self, group: list[Word], text: str, scope: str) -> list[Word]:
        """Read the unknown words of a phrase by a system its Russian words are written in
        (sovetsko in sovetsko-kitajskoj: a combining form no lexicon lists), when that reading
        writes the word back exactly and English does not use the word (Unyielding Katya),
        where a word of the phrase is in another system than the house's."""
        from ..api import reverse_candidates
        from .recognize import romanized_as

        known = [w for w in group if not w.unknown and not w.glue and w.systems]
        if not any(w.fix for w in known) or not any(w.unknown for w in group):
            return group  # Itaya Petrov: the house's own words give no other system to read by
        order = [s for s, _ in Counter(s for w in known for s in w.systems).most_common()]
        house, options = self.style.system_for("ru", scope)
        out = []
        for w in group:
            if w.unknown and english(w.text) < RESOLVE_ENGLISH:  # not Unyielding before Katya
                for sys_id in order[:2]:
                    try:
                        best = reverse_candidates(w.text.lower(), system=sys_id)[0]
                    except Exception:
                        continue
                    if (
                        best.round_trip
                        and not re.search("[a-z]", best.text)
                        and not _NO_RUSSIAN.search(best.text)  # Rossiiskoy: no российскоы
                    ):
                        fix = romanized_as(best.text, w.text, house, options)
                        ref = known[0]
                        w = Word(
                            w.start,
                            w.end,
                            w.text,
                            best.text,
                            None if fix == w.text else fix,
                            ref.rule,
                            ref.message,
                            sys_id,
                            ref.confidence,
                            [f"read in its phrase by {sys_id}"],
                            systems=(sys_id,),
                        )
                        break
            out.append(w)
        return out


def phrases(words: list[Word], text: str) -> list[list[Word]]:
    """Consecutive Russian words, joined only by a space (or the line break of wrapped prose)
    or a hyphen: one phrase each."""
    groups: list[list[Word]] = []
    for w in words:
        between = text[groups[-1][-1].end : w.start] if groups else ""
        if groups and (between in ("-", "‐") or word_gap(between)):
            groups[-1].append(w)
        else:
            groups.append([w])
    return groups


def phrase_fix(group: list[Word], text: str) -> tuple[str, float, list[str]]:
    """The whole phrase in the house form, the least confidence of its words, their evidence."""
    parts, at = [], group[0].start
    for w in group:
        parts.append(text[at : w.start])
        parts.append(w.fix if w.fix is not None else w.text)
        at = w.end
    changed = [w for w in group if w.fix is not None]
    evidence = [f"phrase of {len(group)} Russian words, fixed whole"] + [
        e for w in changed for e in w.evidence[:2]
    ]
    # words a press transcription alone reads are as likely its language's own, but not in a
    # phrase of Russian's words (Obščestvo družby); a name is none (Jan Kowalski, a Pole)
    words = any(w.text[:1].islower() for w in group)
    confidence = min(
        max(w.confidence, PHRASE_CONFIDENCE) if w.system in PRESS and words else w.confidence
        for w in changed
    )
    return "".join(parts), confidence, evidence


PHRASE_CONFIDENCE = 0.92
