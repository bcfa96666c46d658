"""Unicode helpers shared by every system: NFC, the two tie encodings, look-alike letters."""

from __future__ import annotations

import re
import unicodedata

TIE = "\u0361"  # COMBINING DOUBLE INVERTED BREVE, between the two letters: i͡u
HALF_LEFT = "\ufe20"  # COMBINING LIGATURE LEFT HALF, after the first letter
HALF_RIGHT = "\ufe21"  # COMBINING LIGATURE RIGHT HALF, after the second letter
TIE_FORMS = ("combining", "half-marks", "none")

# A letter, then one tie, then a letter (each with any marks of its own).
_COMBINING_PAIR = re.compile(r"(\w[\u0300-\u035f\u0362-\u036f]*)\u0361(\w[\u0300-\u036f]*)")
_HALF_PAIR = re.compile(r"(\w[\u0300-\u036f]*)\ufe20(\w[\u0300-\u036f]*)\ufe21")


_GAP = re.compile(r" |[ \t]*(?:\r\n|\n|\r)[ \t]*")


def word_gap(between: str) -> bool:
    """Whether what stands between two words is the space between the words of one name: a
    space, or a line break where prose wraps (Teng / Hsiao-p'ing), not a blank line."""
    return _GAP.fullmatch(between) is not None


def keep_gaps(original: str, replacement: str) -> str:
    """``replacement`` with the line breaks ``original`` has between its words, where both
    have as many words (Lin / Piao → Lin / Biao): a fix keeps the text's own lines."""
    gaps = re.findall(r"\s+", original)
    words = replacement.split(" ")
    if not any("\n" in g or "\r" in g for g in gaps) or len(words) != len(gaps) + 1:
        return replacement
    return "".join(w + g for w, g in zip(words, [*gaps, ""], strict=True))


def without_marks(text: str) -> str:
    """``text`` with its combining marks taken off (ë e, ĭ i, the ties of I͡U and ︠I︡U)."""
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def nfc(text: str) -> str:
    """Return ``text`` in Unicode NFC (cheap when it already is)."""
    if unicodedata.is_normalized("NFC", text):
        return text
    return unicodedata.normalize("NFC", text)


# half marks keyed before their letters, as some MARC-8 conversions leave them (︠i︡u for i︠u︡)
_HALF_BEFORE = re.compile(r"\ufe20(\w)([\u0300-\u036f]*)\ufe21(\w[\u0300-\u036f]*)")
# the pairs ALA-LC's Cyrillic tables tie (i͡a, i͡u, t͡s, i͡e, z͡h, i͡o): no pair's second letter
# begins another, so half marks before a pair are never half marks after the letters before it
TIED_PAIRS = frozenset({"ia", "iu", "ts", "ie", "zh", "io"})


def _marks_after(m: re.Match) -> str:
    text, at = m.string, m.start()
    first, marks, second = m.group(1), m.group(2), m.group(3)
    starts_word = at == 0 or not (text[at - 1].isalpha() or unicodedata.combining(text[at - 1]))
    if starts_word or (first + second[0]).lower() in TIED_PAIRS:
        return first + marks + HALF_LEFT + second + HALF_RIGHT  # ︠i︡u → i︠u︡
    return m.group()


def ties_to_combining(text: str) -> str:
    """Rewrite MARC half-mark ties (i︠u︡, and ︠i︡u as MARC-8 conversions may leave them) as
    U+0361 (i͡u); other text is unchanged."""
    if HALF_LEFT not in text:
        return text
    text = _HALF_BEFORE.sub(_marks_after, text)
    return _HALF_PAIR.sub(lambda m: m.group(1) + TIE + m.group(2), text)


def set_ties(text: str, form: str) -> str:
    """Write every U+0361 tie in ``form``: combining, half-marks or none."""
    if TIE not in text or form == "combining":
        return text
    if form == "half-marks":
        return _COMBINING_PAIR.sub(lambda m: m.group(1) + HALF_LEFT + m.group(2) + HALF_RIGHT, text)
    if form == "none":
        return text.replace(TIE, "")
    raise ValueError(f"unknown tie form {form!r}; use one of {', '.join(TIE_FORMS)}")


# Latin letters that look like Cyrillic ones, as OCR and careless typing leave them in words.
LATIN_LOOKALIKES = {
    "A": "А",
    "B": "В",
    "C": "С",
    "E": "Е",
    "H": "Н",
    "K": "К",
    "M": "М",
    "O": "О",
    "P": "Р",
    "T": "Т",
    "X": "Х",
    "Y": "У",
    "a": "а",
    "c": "с",
    "e": "е",
    "o": "о",
    "p": "р",
    "x": "х",
    "y": "у",
    "i": "і",
    "I": "І",
}
_LOOKALIKE_TABLE = str.maketrans(LATIN_LOOKALIKES)
# A Latin letter next to a Cyrillic one; the class comes first so the scan runs at C speed.
_MIXED = re.compile(r"[A-Za-z](?:(?<=[\u0400-\u04ff][A-Za-z])|(?=[\u0400-\u04ff]))")
_WORD_CHAR = re.compile(r"[^\W_]|[\u0300-\u036f'’ʼ]")


def repair_lookalikes(text: str) -> tuple[str, list[tuple[int, int, str]]]:
    """Replace Latin look-alikes inside Cyrillic words (``Mocквa`` → ``Москва``).

    Only words that mix the two scripts and whose Latin letters all have a Cyrillic twin are
    changed. Returns the text (same length) and ``(start, end, original word)`` per repair.
    """
    if not _MIXED.search(text):
        return text, []
    repairs: list[tuple[int, int, str]] = []
    pieces: list[str] = []
    done = 0
    for m in _MIXED.finditer(text):
        start = m.start()
        while start > 0 and _WORD_CHAR.match(text[start - 1]):
            start -= 1
        end = m.end()
        while end < len(text) and _WORD_CHAR.match(text[end]):
            end += 1
        if start < done:
            continue
        word = text[start:end]
        latin = [ch for ch in word if "A" <= ch <= "z" and ch.isalpha()]
        if all(ch in LATIN_LOOKALIKES for ch in latin):
            pieces += [text[done:start], word.translate(_LOOKALIKE_TABLE)]
            repairs.append((start, end, word))
            done = end
    if not repairs:
        return text, []
    pieces.append(text[done:])
    return "".join(pieces), repairs
