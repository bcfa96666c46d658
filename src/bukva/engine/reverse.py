"""Latin → Cyrillic: exact for reversible systems, ranked candidates for the others.

The inverse table comes from the same compiled system as the forward direction, so a system
file never states its reverse twice. A lossy system's word is read as a lattice of every
Cyrillic spelling its pieces allow; a character model keeps the lattice small, and a language's
lexicon (pymorphy3 for Russian) and a round trip through the forward direction rank what is left.
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from .compile import Compiled, title
from .text import nfc, ties_to_combining

_MARK = "\u0300-\u036f\ufe20-\ufe2f"
BEAM = 48  # partial spellings kept per position of the lattice
KEEP = 24  # complete spellings handed to the lexicon


@dataclass(frozen=True)
class Candidate:
    """One Cyrillic reading of a Latin word, with why it ranks where it does."""

    text: str
    round_trip: bool  # romanizing it again gives the input back
    known: bool  # the language's lexicon has the word
    score: float  # character-model log-probability (higher is likelier)
    base: bool = False  # the lexicon has it as a dictionary form (nominative singular)

    def to_dict(self) -> dict[str, object]:
        return {
            "text": self.text,
            "round_trip": self.round_trip,
            "known": self.known,
            "base": self.base,
            "score": round(self.score, 3),
        }


Lexicon = Callable[[str], "str | None"]  # word → its dictionary spelling, or None if unknown
CharModel = Callable[[str], float]  # word → log-probability


def _case_of(word: str) -> str:
    cased = [c for c in word if c.isalpha() and c.lower() != c.upper()]
    if len(cased) >= 2 and all(c.isupper() for c in cased):
        return "upper"
    if cased and cased[0].isupper() and not any(c.isupper() for c in cased[1:]):
        return "title"
    if not any(c.isupper() for c in cased):
        return "lower"
    return "mixed"


def _apply_case(text: str, case: str) -> str:
    if case == "upper":
        return text.upper()
    if case == "title":
        return text[:1].upper() + text[1:]
    return text


@dataclass(eq=False)
class Reverser:
    """The reverse direction of one compiled system."""

    compiled: Compiled
    exact: bool
    inverse: dict[str, tuple[str, ...]]
    silent: tuple[str, ...]
    maxlen: int
    cased: dict[str, tuple[str, bool]]  # every case form of a key → (Cyrillic, is capital)
    key_re: re.Pattern[str]
    word_re: re.Pattern[str]
    marker_re: re.Pattern[str] = field(default=re.compile(r"(?:\$|‡)[a-z0-9](?=\s|$)"))

    # -- exact -------------------------------------------------------------------------------

    def _exact_lower(self, word: str) -> str:
        def one(m: re.Match[str]) -> str:
            cyr, capital = self.cased[m.group()]
            return cyr.upper() if capital else cyr

        return self.key_re.sub(one, word)

    def _all_caps(self, word: str) -> bool:
        """In capitals: two or more letters of the system, each written in capitals."""
        cased = [
            m.group()
            for m in self.key_re.finditer(word)
            if any(c.lower() != c.upper() for c in m.group())
        ]
        return len(cased) >= 2 and all(p == p.upper() for p in cased)

    def exact_word(self, word: str) -> str:
        """Read one Latin word back letter for letter (reversible systems)."""
        if self._all_caps(word):
            return self._exact_lower(nfc(word.lower())).upper()
        return self._exact_lower(word)

    # -- ranked ------------------------------------------------------------------------------

    def _lattice(
        self, word: str, model: CharModel | None, beam: int = BEAM, keep: int = KEEP
    ) -> list[str]:
        n = len(word)
        states: list[dict[str, float]] = [{} for _ in range(n + 1)]
        states[0] = {"": 0.0}
        extend = getattr(model, "extend", None)
        for i in range(n):
            if not states[i]:
                continue
            best = heapq.nlargest(beam, states[i].items(), key=lambda kv: kv[1])
            steps: list[tuple[int, str]] = []
            for length in range(1, min(self.maxlen, n - i) + 1):
                key = word[i : i + length]
                inside_letter = i + length < n and "\u0300" <= word[i + length] <= "\u036f"
                if key in self.inverse and not inside_letter:
                    steps += [(length, cyr) for cyr in self.inverse[key]]
            if not steps:  # a character the system never writes: keep it
                steps.append((1, word[i]))
            for length, cyr in steps:
                pieces = [cyr] + ([s + cyr for s in self.silent] if i else [])
                target = states[i + length]
                for piece in pieces:
                    for prefix, score in best:
                        spelled = prefix + piece
                        new = score + (extend(prefix, piece) if extend else -len(piece))
                        if new > target.get(spelled, -1e18):
                            target[spelled] = new
        final = states[n]
        if model is not None and hasattr(model, "end"):
            final = {w: s + model.end(w) for w, s in final.items()}
        return [w for w, _ in heapq.nlargest(keep, final.items(), key=lambda kv: kv[1])]

    def candidates(
        self, word: str, lexicon: Lexicon | None = None, model: CharModel | None = None
    ) -> list[Candidate]:
        """Every plausible Cyrillic spelling of one Latin word, best first."""
        case = _case_of(word)
        lower = target = nfc(word.lower())
        out: dict[str, Candidate] = {}
        for spelled in self._lattice(lower, model):
            round_trip = self.compiled._lower_word(spelled) == target
            form = lexicon(spelled) if lexicon else None
            text = _apply_case(form or spelled, case)
            score = model(spelled) if model else 0.0
            base = bool(form) and bool(getattr(lexicon, "base", lambda _w: False)(spelled))
            cand = Candidate(text, round_trip, form is not None, score, base)
            if text not in out or _rank(cand) > _rank(out[text]):
                out[text] = cand
        return sorted(out.values(), key=_rank, reverse=True)


def _rank(c: Candidate) -> tuple[bool, bool, bool, float]:
    """A round trip first, then a word the lexicon knows, then one it knows as a dictionary
    form (Алексей, the name, over Алексеи, its plural: names are cited in the nominative)."""
    return (c.round_trip, c.known, c.base, c.score)


def _latin_word_re(compiled: Compiled) -> re.Pattern[str]:
    """A word as the system writes it: letters, marks and the system's own signs (ʹ ʺ ' ·)."""
    signs = {
        ch
        for out in list(compiled.mapping.values()) + [r.target for r in compiled.rules]
        for ch in out
        if not ch.isalnum() and not ("\u0300" <= ch <= "\u036f")
    }
    signs.discard(" ")
    extra = "".join(re.escape(c) for c in sorted(signs))
    return re.compile(rf"(?:[^\W\d_]|[\u0300-\u036f\ufe20-\ufe2f{extra}])+")


@lru_cache(maxsize=64)
def build_reverser(compiled: Compiled, letters: frozenset[str] | None = None) -> Reverser:
    """Invert a compiled system; ``letters``: the alphabet of the language read back, whose
    letters alone it writes (ISO 9 serves every Slavic alphabet: its ć is Serbian ћ, no letter
    of Russian's)."""
    pairs: list[tuple[str, str]] = [(v, k) for k, v in compiled.mapping.items() if v]
    pairs += [
        (r.target.lower(), r.source.lower()) for r in compiled.rules if r.target and r.read_back
    ]
    pairs += [(nfc(k.lower()), v) for k, v in compiled.spec.data.get("reverse_extra", {}).items()]
    if letters is not None and len(compiled.spec.languages) > 1:
        pairs = [p for p in pairs if letters.issuperset(filter(str.isalpha, p[1].lower()))]
    inverse: dict[str, list[str]] = {}
    for lat, cyr in pairs:
        bucket = inverse.setdefault(nfc(ties_to_combining(lat.lower())), [])
        if cyr not in bucket:
            bucket.append(cyr)
    silent = tuple(k for k, v in compiled.mapping.items() if v == "")
    reversible = compiled.spec.reversible and all(
        compiled.spec.options[name]["choices"][value].get("reversible", True)
        for name, value in compiled.options
    )
    # Case forms are listed, not matched with IGNORECASE: a capital may have no precomposed
    # letter (J̌ for ǰ), and NFC then writes it with a combining mark.
    cased: dict[str, tuple[str, bool]] = {}
    for lat, cyrs in inverse.items():
        for form in (lat, lat[:1].upper() + lat[1:], title(lat), lat.upper()):
            form = nfc(form)
            cased.setdefault(form, (cyrs[0], form != lat))
    keys = sorted(cased, key=len, reverse=True)
    # A key never ends inside a letter: "sht" must not take the t of "t͡s".
    key_re = re.compile("(?:" + "|".join(re.escape(k) for k in keys) + f")(?![{_MARK}])")
    return Reverser(
        compiled=compiled,
        exact=reversible,
        inverse={k: tuple(v) for k, v in inverse.items()},
        silent=silent,
        maxlen=max(map(len, inverse)),
        cased=cased,
        key_re=key_re,
        word_re=_latin_word_re(compiled),
    )


_WORD = re.compile(r"(?:[^\W\d_]|[\u0300-\u036f])+")


def unreadable(compiled: Compiled, text: str) -> str | None:
    """Why romanizing ``text`` by a reversible system would not read back exactly, or None.

    The reasons are the system's own: sequences it declares ambiguous (шч → shch → щ), letters a
    rule drops (a word-final ъ), and capitals of letters whose romanization has no case (Ъ → ʺ)
    outside a word in capitals.
    """
    for seq in compiled.spec.data.get("ambiguous", []):
        if seq in text.lower():
            return f"{seq!r} reads back as another letter"
    dropped = [r for r in compiled.rules if not r.target]
    if dropped and any(re.search(r.pattern, text) for r in dropped):
        return "a rule leaves a letter out"

    def caseless(letter: str) -> bool:
        out = compiled.mapping.get(letter.lower(), "x")
        return letter.lower() != letter.upper() and not any(c.lower() != c.upper() for c in out)

    for m in _WORD.finditer(text):
        word = m.group()
        shown = [c for c in word if c.lower() != c.upper() and not caseless(c)]
        hidden = [c for c in word if caseless(c)]
        caps = len(shown) >= 2 and all(c.isupper() for c in shown)
        if any(c.isupper() != caps for c in hidden):
            return f"the case of a sign in {word!r} does not show in Latin"
    return None


def prepare(text: str) -> str:
    """NFC, with MARC half-mark ties read as U+0361."""
    return nfc(ties_to_combining(nfc(text)))
