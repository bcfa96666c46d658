"""MARC records: romanized partners for 880 fields in Cyrillic or Han script, and verification.

An 880 field holds the vernacular form of a field; its ``$6`` names the partner
(``245-01/(N``: field 245, link 01, Cyrillic script), and the partner's ``$6`` points back
(``880-01``). bukva writes the partner a record lacks, by the house style (ALA-LC by default,
Cyrillic with the MARC half-mark ties), keeping subfield codes and indicators; every other field
is left exactly as it was. ``--verify`` compares the partners a record has with what bukva
writes for its 880s.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from ..engine.registry import BukvaError

RECORD_END = b"\x1d"
LINK = re.compile(r"^(\d{3})-(\d{2})(?:/([^/]*))?(?:/r)?$")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")
LANGS = {
    "rus": "ru",
    "ukr": "uk",
    "bel": "be",
    "bul": "bg",
    "srp": "sr",
    "mac": "mk",
    "chi": "zh",
    "zho": "zh",
}


@dataclass
class Problem:
    """A record that could not be read, or a partner that differs from bukva's."""

    record: int  # 1-based position in the file
    offset: int | None  # byte offset, for records that could not be read
    control: str | None  # the record's 001
    message: str
    kind: str = "error"  # error (unreadable), difference, agree (--verify), kept, warning
    pair: dict[str, Any] | None = None  # --verify: the field pair compared

    def to_dict(self) -> dict[str, Any]:
        return self.__dict__.copy()


@dataclass
class Options:
    style: Any = None  # a HouseStyle, or None for ALA-LC
    overwrite: bool = False  # replace partners the record already has
    extra: dict[str, str] = field(default_factory=dict)
    encoding: str = "utf-8"  # of binary output: utf-8, marc8, or same (as each record came)


# -- reading ---------------------------------------------------------------------------------


def read_binary(stream: BinaryIO, chunk: int = 1 << 16) -> Iterator[tuple[int, int, bytes]]:
    """(position, byte offset, raw record) for each record, read a piece at a time."""
    buffer = b""
    offset = 0
    position = 0
    while True:
        data = stream.read(chunk)
        if data:
            buffer += data
        while True:
            end = buffer.find(RECORD_END)
            if end == -1:
                break
            raw, buffer = buffer[: end + 1], buffer[end + 1 :]
            position += 1
            yield position, offset, raw
            offset += len(raw)
        if not data:
            if buffer.strip():
                position += 1
                yield position, offset, buffer
            return


_MARC8_READY = False


def _complete_marc8() -> None:
    """Two gaps in pymarc's MARC-8 tables, filled from LC's specification (MARC 21
    Specifications, "Character Sets and Encoding Options", part 2: a set designated into G0 by
    ESC ( F is used with its 7-bit codes, and 0x20 is the space in every graphic set):
    extended Cyrillic (ESC ( Q) as G0 (Serbian and Ukrainian letters in MARC-8 records), and the
    space inside basic and extended Cyrillic runs."""
    global _MARC8_READY
    if _MARC8_READY:
        return
    from pymarc import marc8_mapping

    for charset, table in marc8_mapping.CODESETS.items():
        table.setdefault(0x20, (0x20, 0))
        if charset == 0x51:  # extended Cyrillic: its G1 codes, read as G0 (7-bit) too
            for code, value in list(table.items()):
                if code >= 0xA0:
                    table.setdefault(code - 0x80, value)
    _MARC8_READY = True


def parse(raw: bytes):
    """A pymarc Record from raw bytes, or raise with a plain message. Leader/09 says the
    encoding: ``a`` UTF-8, blank MARC-8 (converted to Unicode by pymarc's MARC-8 tables); a
    record whose leader says one and whose bytes are the other is read the other way."""
    from pymarc import Record

    utf8 = raw[9:10] == b"a"
    if not utf8:
        _complete_marc8()
    try:
        return Record(data=raw, to_unicode=True, force_utf8=utf8)
    except Exception as first:
        try:
            return Record(data=raw, to_unicode=True, force_utf8=not utf8)
        except Exception:
            raise BukvaError(f"{type(first).__name__}: {first}") from None


def records(path: Path) -> Iterator[tuple[int, int | None, Any, str | None]]:
    """(position, offset, record or None, error) for each record of a .mrc or MARC XML file."""
    if path.suffix.lower() in (".xml", ".marcxml"):
        import pymarc

        try:
            parsed = pymarc.parse_xml_to_array(str(path))
        except Exception as exc:
            raise BukvaError(f"{path}: not MARC XML ({type(exc).__name__}: {exc})") from None
        for i, rec in enumerate(parsed, 1):
            yield i, None, rec, None
        return
    with open(path, "rb") as stream:
        for position, offset, raw in read_binary(stream):
            try:
                yield position, offset, parse(raw), None
            except BukvaError as exc:
                yield position, offset, None, str(exc)


# -- romanizing ------------------------------------------------------------------------------


def _language_code(record) -> str:
    """The record's language, 008/35-37 (rus, chi, jpn), or ""."""
    try:
        return record["008"].data[35:38]
    except (KeyError, TypeError, AttributeError):
        return ""


def _lang(record, text: str) -> str:
    code = _language_code(record)
    if _HAN.search(text):
        return "zh"
    lang = LANGS.get(code or "")
    if lang and lang != "zh":
        return lang
    if _CYRILLIC.search(text):  # no language code: the letters tell, for the whole field
        from ..languages.detect import detect

        return detect(text).lang
    return "auto"


_KANA_HANGUL = re.compile("[\u3040-\u30ff\u31f0-\u31ff\uac00-\ud7af\u1100-\u11ff]")


def _not_chinese(record, text: str) -> bool:
    """Han characters in a Japanese or Korean record (008/35-37), or beside kana or hangul."""
    return _language_code(record) in ("jpn", "kor") or bool(_KANA_HANGUL.search(text))


def _link(field) -> tuple[str, str, str] | None:
    values = field.get_subfields("6")
    six = values[0] if values else None
    if not six:
        return None
    m = LINK.match(six.strip())
    if not m:
        return None
    return m.group(1), m.group(2), m.group(3) or ""


def romanize_value(
    text: str, lang: str, tag: str, code: str, opts: Options, warnings: list[str] | None = None
) -> str:
    """One subfield, romanized for a catalog record by its field's rules
    (:func:`bukva.catalog.romanize_field`)."""
    from ..catalog import romanize_field

    kwargs: dict[str, Any] = dict(opts.extra)
    if opts.style is not None:
        system, options = opts.style.system_for(lang if lang != "auto" else "ru", "body")
        kwargs = {**options, **kwargs}
    else:
        system = "ala-lc"
    if lang == "auto" and _CYRILLIC.search(text):
        from ..languages.detect import detect

        lang = detect(text).lang
    return romanize_field(text, lang, system, tag, code, warnings, **kwargs)


def partner_for(field_880, record, opts: Options, warnings: list[str] | None = None):
    """The romanized partner of one 880 field, or None if it is not Cyrillic or Han."""
    from pymarc import Field, Subfield

    link = _link(field_880)
    if link is None or link[1] == "00":
        return None
    tag, occurrence, _script = link
    text = " ".join(s.value for s in field_880.subfields)
    if not (_CYRILLIC.search(text) or _HAN.search(text)):
        return None
    lang = _lang(record, text)
    if lang == "zh" and _not_chinese(record, text):
        return None  # Japanese or Korean in Han characters: not ours to romanize
    subfields = []
    for sub in field_880.subfields:
        if sub.code == "6":
            subfields.append(Subfield("6", f"880-{occurrence}"))
        else:
            value = romanize_value(sub.value, lang, tag, sub.code, opts, warnings)
            subfields.append(Subfield(sub.code, value))
    return Field(tag=tag, indicators=list(field_880.indicators), subfields=subfields)


def _existing_partner(record, tag: str, occurrence: str):
    for f in record.get_fields(tag):
        link = _link(f)
        if link and link[0] == "880" and link[1] == occurrence:
            return f
    return None


def romanize_record(record, opts: Options, notes: list[str] | None = None) -> tuple[Any, int]:
    """Add (or with ``overwrite`` replace) the partner of each Cyrillic or Han 880 field.
    ``notes`` (a list) gets a line for each existing partner kept that differs from bukva's,
    and for each look-alike letter repaired."""
    from .verify import classify, field_text

    added = 0
    for f880 in record.get_fields("880"):
        partner = partner_for(f880, record, opts, notes)
        if partner is None:
            continue
        existing = _existing_partner(record, partner.tag, _link(f880)[1])  # type: ignore[index]
        if existing is not None:
            if not opts.overwrite:
                kind = classify(field_text(existing), field_text(partner))
                if kind is not None and notes is not None:
                    notes.append(
                        f"kept the record's {partner.tag} (880-{_link(f880)[1]}), which differs "
                        f"from bukva's ({kind}): the record has {_show(existing)}; bukva "
                        f"writes {_show(partner)}"  # type: ignore[index]
                    )
                continue
            record.remove_field(existing)
        record.add_ordered_field(partner)
        added += 1
    return record, added


def verify_record(record, opts: Options) -> list[dict[str, Any]]:
    """Every 880 field's partner compared with bukva's: one pair each, with its class (agree,
    missing, or a class of difference from :mod:`bukva.batch.verify`)."""
    from .verify import classify, field_text

    out = []
    for f880 in record.get_fields("880"):
        partner = partner_for(f880, record, opts)
        if partner is None:
            continue
        occurrence = _link(f880)[1]  # type: ignore[index]
        existing = _existing_partner(record, partner.tag, occurrence)
        have = field_text(existing) if existing is not None else None
        want = field_text(partner)
        kind = "missing" if have is None else (classify(have, want) or "agree")
        out.append(
            {
                "tag": partner.tag,
                "occurrence": occurrence,
                "vernacular": field_text(f880),
                "record_has": have,
                "bukva_writes": want,
                "class": kind,
            }
        )
    return out


def _message(pair: dict[str, Any]) -> str:
    where = f"{pair['tag']} (880-{pair['occurrence']})"
    if pair["class"] == "missing":
        return f"{where}: no romanized field; bukva writes {pair['bukva_writes']}"
    return (
        f"{where}: differs ({pair['class']}): the record has {pair['record_has']}; "
        f"bukva writes {pair['bukva_writes']}"
    )


def _show(f) -> str:
    return " ".join(f"${s.code} {s.value}" for s in f.subfields)


def control_number(record) -> str | None:
    try:
        return record["001"].data
    except (KeyError, TypeError, AttributeError):
        return None


# -- writing ---------------------------------------------------------------------------------


class Writer:
    """Write records as binary MARC (UTF-8) or MARC XML, by the file's suffix."""

    def __init__(self, stream: BinaryIO, xml: bool) -> None:
        self.stream = stream
        self.xml = xml
        if xml:
            stream.write(
                b'<?xml version="1.0" encoding="UTF-8"?>\n'
                b'<collection xmlns="http://www.loc.gov/MARC21/slim">\n'
            )

    def write(self, record) -> None:
        if self.xml:
            from pymarc import record_to_xml

            self.stream.write(record_to_xml(record) + b"\n")
        else:
            record.leader = record.leader[:9] + "a" + record.leader[10:]  # UTF-8
            self.stream.write(record.as_marc())

    def close(self) -> None:
        if self.xml:
            self.stream.write(b"</collection>\n")


def process(
    records_in: Iterable[tuple[int, int | None, Any, str | None]],
    opts: Options,
    verify: bool = False,
):
    """Yield ("record", record, added) or ("problem", Problem) in input order."""
    for position, offset, record, error in records_in:
        if record is None:
            yield (
                "problem",
                Problem(
                    position, offset, None, f"record {position} could not be read: {error}; skipped"
                ),
            )
            continue
        control = control_number(record)
        if verify:
            for pair in verify_record(record, opts):
                kind = "agree" if pair["class"] == "agree" else "difference"
                yield "problem", Problem(position, offset, control, _message(pair), kind, pair)
            yield "checked", record, 0
            continue
        notes: list[str] = []
        try:
            record, added = romanize_record(record, opts, notes)
        except BukvaError as exc:
            yield "problem", Problem(position, offset, control, str(exc))
            continue
        for note in notes:
            yield "problem", Problem(position, offset, control, note, "warning")
        yield "record", record, added
