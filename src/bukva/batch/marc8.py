"""Unicode to MARC-8, for writing records back in the encoding they came in.

MARC-8 (LC, "MARC 21 Specifications for Record Structure, Character Sets, and Exchange Media",
part 2) switches graphic sets by escape sequences: ESC ( F designates a set as G0 (B basic
Latin, N basic Cyrillic, Q extended Cyrillic, S basic Greek, 2 Hebrew, 3 Arabic), ESC $ 1 the
multibyte East Asian set (EACC), and ANSEL (extended Latin) is G1 throughout. Combining
diacritics precede the letter they modify. A field ends with basic Latin as G0 again. The code
tables are pymarc's (the reader's own, inverted); a character none of them holds is refused,
with the character named.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from ..engine.registry import BukvaError

ESC = b"\x1b"
BASIC_LATIN, ANSEL, EACC = 0x42, 0x45, 0x31
G0_SETS = (0x4E, 0x51, 0x53, 0x32, 0x33, 0x67, 0x62, 0x70)  # Cyrillic, Greek, Hebrew, Arabic...


@cache
def _table() -> dict[int, tuple[int, int]]:
    """Unicode code point → (set, code in the set), preferring basic Latin, then ANSEL."""
    from pymarc import marc8_mapping

    out: dict[int, tuple[int, int]] = {}
    order = [BASIC_LATIN, ANSEL, *G0_SETS, EACC]
    for charset in order:
        for code, (uni, _combining) in marc8_mapping.CODESETS.get(charset, {}).items():
            out.setdefault(uni, (charset, code))
    return out


def to_marc8(text: str) -> bytes:
    """``text`` in MARC-8 bytes, or a BukvaError naming a character it has no code for."""
    table = _table()
    out = bytearray()
    g0 = BASIC_LATIN

    def emit(cp: int) -> None:
        nonlocal g0
        if 0x20 <= cp < 0x7F:
            charset, code = BASIC_LATIN, cp
        else:
            found = table.get(cp)
            if found is None:
                raise BukvaError(f"{chr(cp)!r} (U+{cp:04X}) has no MARC-8 code; write UTF-8")
            charset, code = found
        if charset == ANSEL:
            out.append(code)  # G1, always ANSEL
            return
        if charset != g0:
            if charset == EACC:
                out.extend(ESC + b"$1")
            else:
                out.extend(ESC + b"(" + bytes([charset]))
            g0 = charset
        if charset == EACC:
            out.extend(code.to_bytes(3, "big"))
        else:
            out.append(code & 0x7F)

    text = re.sub("(.)\u0361(.)", "\\1\ufe20\\2\ufe21", unicodedata.normalize("NFD", text))
    for cluster in re.findall(
        r"[\u0300-\u036f\ufe20-\ufe2f]+|.[\u0300-\u036f\ufe20-\ufe2f]*", text, re.DOTALL
    ):
        base, marks = cluster[0], cluster[1:]
        if unicodedata.combining(base) or base in "\ufe20\ufe21":
            base, marks = "", cluster
        for m in marks:  # MARC-8 writes a diacritic before the letter it sits on
            emit(ord(m))
        if base:
            emit(ord(base))
    if g0 != BASIC_LATIN:
        out.extend(ESC + b"(B")
    return bytes(out)


def as_marc8(record) -> bytes:
    """The record serialized in MARC-8 (leader/09 blank)."""
    import copy

    rec = copy.deepcopy(record)
    for field in rec.fields:
        if field.is_control_field():
            field.data = to_marc8(field.data).decode("latin-1")
        else:
            field.subfields = [
                type(sub)(sub.code, to_marc8(sub.value).decode("latin-1"))
                for sub in field.subfields
            ]
    leader = str(rec.leader)
    rec.leader = leader[:9] + " " + leader[10:]
    rec.to_unicode = False
    rec.force_utf8 = False
    return rec.as_marc()
