"""Properties every system keeps, checked on generated text (hypothesis)."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import bukva
from bukva.api import compiled
from bukva.engine.registry import all_specs
from bukva.engine.reverse import unreadable

ALL = [(lang, spec.id) for spec in all_specs() for lang in spec.languages]
CYRILLIC = [
    (lang, spec.id)
    for spec in all_specs()
    if spec.data["script"] == "Cyrl"
    for lang in spec.languages
]
REVERSIBLE = [(lang, spec.id) for spec in all_specs() if spec.reversible for lang in spec.languages]
SEPARATORS = ' ,.;:!?()[]-–—«»"/0123456789\n'


def _letters(lang: str, system: str) -> str:
    """The system's letters that ``lang`` has (ISO 9 serves every alphabet: Russian text has
    no ђ, and reading ISO 9 back as Russian writes none)."""
    from bukva.languages.detect import ALPHABETS

    spec = compiled(lang, system).spec
    ours = ALPHABETS[lang] if len(spec.languages) > 1 else None
    return "".join(
        k
        for k in compiled(lang, system).mapping
        if k.isalpha() and (ours is None or k.lower() in ours)
    )


@st.composite
def cyrillic_text(draw, lang: str, system: str) -> str:
    """Words of the system's letters, each lower, Title, UPPER or mixed, with separators."""
    letters = _letters(lang, system)
    reserved = compiled(lang, system).spec.data.get("reserved", "")
    seps = "".join(c for c in SEPARATORS if c not in reserved)
    parts = []
    for _ in range(draw(st.integers(1, 6))):
        word = draw(st.text(alphabet=letters, min_size=1, max_size=9))
        style = draw(st.sampled_from(["lower", "title", "upper", "mixed"]))
        if style == "title":
            word = word[0].upper() + word[1:]
        elif style == "upper":
            word = word.upper()
        elif style == "mixed":
            flags = draw(st.lists(st.booleans(), min_size=len(word), max_size=len(word)))
            word = "".join(c.upper() if f else c for c, f in zip(word, flags, strict=True))
        parts.append(word)
        parts.append(draw(st.text(alphabet=seps, min_size=1, max_size=3)))
    return "".join(parts)


@pytest.mark.parametrize(("lang", "system"), REVERSIBLE)
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])
@given(data=st.data())
def test_reverse_undoes_romanize(lang, system, data):
    text = data.draw(cyrillic_text(lang, system))
    assume(unreadable(compiled(lang, system), text) is None)
    latin = bukva.romanize(text, lang=lang, system=system)
    assert bukva.reverse(latin, lang=lang, system=system) == text


@pytest.mark.parametrize(("lang", "system"), [("ru", "ala-lc"), ("bg", "ala-lc")])
@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])
@given(data=st.data())
def test_reverse_with_final_hard_sign_kept(lang, system, data):
    text = data.draw(cyrillic_text(lang, system))
    options = {"final_hard_sign": "keep"}
    assume(unreadable(compiled(lang, system, options), text) is None)
    latin = bukva.romanize(text, lang=lang, system=system, **options)
    assert bukva.reverse(latin, lang=lang, system=system) == text


@pytest.mark.parametrize(("lang", "system"), REVERSIBLE)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])
@given(data=st.data())
def test_half_mark_ties_read_back_too(lang, system, data):
    text = data.draw(cyrillic_text(lang, system))
    assume(unreadable(compiled(lang, system), text) is None)
    spec = compiled(lang, system).spec
    options = {"ties": "half-marks"} if "ties" in spec.options else {}
    latin = bukva.romanize(text, lang=lang, system=system, **options)
    assert "\u0361" not in latin
    assert bukva.reverse(latin, lang=lang, system=system) == text


@pytest.mark.parametrize(("lang", "system"), ALL)
@settings(max_examples=80, deadline=None)
@given(text=st.text(max_size=60))
def test_any_unicode(lang, system, text):
    """No crash on any input; the detailed call agrees with the fast one; output is NFC."""
    fast = bukva.romanize(text, lang=lang, system=system)
    detailed = bukva.transliterate(text, lang=lang, system=system)
    assert detailed.text == fast
    assert unicodedata.is_normalized("NFC", fast)
    pos = 0
    for span in detailed.spans:
        assert span.source_start == pos
        pos = span.source_end
    assert pos == len(detailed.source)
    assert "".join(detailed.text[s.output_start : s.output_end] for s in detailed.spans) == fast


@pytest.mark.parametrize(("lang", "system"), CYRILLIC)
@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_idempotent_and_no_cyrillic_left(lang, system, data):
    text = data.draw(cyrillic_text(lang, system))
    once = bukva.romanize(text, lang=lang, system=system)
    assert bukva.romanize(once, lang=lang, system=system) == once
    assert not any("\u0400" <= c <= "\u04ff" for c in once)


@pytest.mark.parametrize(("lang", "system"), ALL)
@settings(max_examples=40, deadline=None)
@given(text=st.text(alphabet=st.characters(max_codepoint=0x24F), max_size=40))
def test_latin_text_passes_through(lang, system, text):
    assert bukva.romanize(text, lang=lang, system=system) == unicodedata.normalize("NFC", text)


@pytest.mark.parametrize(("lang", "system"), REVERSIBLE[:3])
@settings(max_examples=40, deadline=None)
@given(text=st.text(max_size=40))
def test_reverse_any_unicode(lang, system, text):
    assert unicodedata.is_normalized("NFC", bukva.reverse(text, lang=lang, system=system))


def test_iso9_read_back_as_russian_writes_russian_letters_only():
    # ISO 9's ć is Serbian ћ: no letter of Russian's; a Serbian text keeps it
    assert "ћ" not in bukva.reverse("Matulović", lang="ru", system="iso9")
    assert bukva.reverse("Matulović", lang="sr", system="iso9") == "Матуловић"
    assert bukva.reverse("Ŝedrin", lang="ru", system="iso9") == "Щедрин"


def _gazetteer_latin() -> list[str]:
    from bukva.languages.charmodel import DATA

    rows = (line.split("\t") for line in (DATA / "gazetteer.tsv").read_text("utf-8").splitlines())
    return sorted({r[2] for r in rows if r[0] == "F" and r[2][:1].isascii() and r[2][:1].isalpha()})


NAME_PIECES = st.one_of(
    st.sampled_from(_gazetteer_latin()),
    st.sampled_from("wrote Mao's (Lin Lin Piao), Bi͡ao I͡Udin Ėnʹlaĭ LIN Chzhou".split()),
)


@pytest.mark.parametrize("lang", ["ru", "uk"])
@settings(max_examples=150, deadline=None)
@given(
    pieces=st.lists(NAME_PIECES, min_size=1, max_size=4),
    gap=st.sampled_from([" ", ", ", " — ", "\n"]),
    half_marks=st.booleans(),
)
def test_reading_back_names_loses_no_character(lang, pieces, gap, half_marks):
    """Every character of the source is read into some part of the output: a name the
    gazetteer or the Chinese-name reader finds ends where a word ends (Lin Bi͡ao lost ͡ao)."""
    from bukva.reading_back import _reverse_detailed

    text = gap.join(pieces)
    if half_marks:  # ties as MARC-8 conversions leave them
        text = text.replace("\u0361", "\ufe20")
    result = _reverse_detailed(text, lang, "auto", {})
    covered = {k for s in result.spans for k in range(s.source_start, s.source_end)}
    assert covered >= set(range(len(result.source)))
