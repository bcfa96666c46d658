"""The Cyrillic side as users meet it: the API, running text, warnings, lossy reverse."""

from __future__ import annotations

import subprocess
import sys

import pytest

import bukva
from bukva import BukvaError


def test_issue_examples():
    name = "Юдин Павел Фёдорович"
    assert bukva.romanize(name) == "I͡Udin Pavel Fëdorovich"
    assert bukva.romanize(name, system="ala-lc-book") == "Iudin Pavel Fedorovich"
    assert bukva.romanize(name, system="bgn-pcgn") == "Yudin Pavel Fëdorovich"
    assert (
        bukva.romanize("Всесоюзное общество культурной связи с заграницей")
        == "Vsesoi͡uznoe obshchestvo kulʹturnoĭ svi͡azi s zagranit͡seĭ"
    )
    assert bukva.romanize("Съезд") == "Sʺezd"
    assert bukva.romanize("Буйда, Юрий.", ties="half-marks") == "Buĭda, I︠U︡riĭ."


def test_capitals_follow_catalog_practice():
    assert bukva.romanize("Юрий") == "I͡Uriĭ"
    assert bukva.romanize("ЮДИН") == "I͡UDIN"
    assert bukva.romanize("ЖУКОВ Жуков жуков") == "ZHUKOV Zhukov zhukov"
    assert bukva.romanize("ЦК КПСС", system="bgn-pcgn") == "TSK KPSS"
    assert bukva.romanize("ЕЛЬЦИН", system="bgn-pcgn") == "YELʹTSIN"


def test_running_text_passes_through():
    text = "$a Буйда, Юрий. ‡b «Прусская невеста» — 1998, p. 12 (Moscow)"
    out = bukva.romanize(text)
    assert out == "$a Buĭda, I͡Uriĭ. ‡b «Prusskai͡a nevesta» — 1998, p. 12 (Moscow)"


def test_ties_are_read_in_both_encodings():
    assert bukva.reverse("I͡Udin") == "Юдин"
    assert bukva.reverse("I︠U︡din") == "Юдин"
    assert bukva.reverse("Buĭda, I︠U︡riĭ. $a Moskva ‡b") == "Буйда, Юрий. $a Москва ‡b"


def test_tie_output_forms():
    assert bukva.romanize("Цветаева", ties="none") == "Tsvetaeva"
    assert bukva.romanize("Цветаева", ties="half-marks") == "T︠S︡vetaeva"


def test_nfc_in_and_out():
    decomposed = "Фе\u0308дор Семе\u0308нович Ии\u0306"  # ё and й as base letter plus mark
    assert bukva.romanize(decomposed) == "Fëdor Semënovich Iĭ"


def test_lookalike_letters_are_repaired_with_a_warning():
    result = bukva.transliterate("Mocквa, 1941")
    assert result.text == "Moskva, 1941"
    assert [w.code for w in result.warnings] == ["lookalike-repaired"]
    assert result.warnings[0].start == 0 and result.warnings[0].end == 6
    assert bukva.romanize("Moscow, Москва") == "Moscow, Moskva"  # a Latin word is left alone


def test_spans_map_words_to_output():
    result = bukva.transliterate("Съезд, 1956")
    word = result.spans[0]
    assert result.source[word.source_start : word.source_end] == "Съезд"
    assert result.text[word.output_start : word.output_end] == "Sʺezd"
    assert word.kind == "word" and result.spans[1].kind == "text"


def test_language_detection_warns_when_guessing():
    sure = bukva.transliterate("Київ і Львів", lang="auto")
    assert sure.lang == "uk" and sure.text == "Kyïv i Lʹviv"
    assert not any(w.code == "language-guessed" for w in sure.warnings)
    guess = bukva.transliterate("Мiнск", lang="auto")  # і without ы: a guess
    assert any(w.code == "language-guessed" for w in guess.warnings)
    assert bukva.transliterate("Беларусь, Магілёў", lang="auto").lang == "be"


def test_unknown_letter_is_reported():
    result = bukva.transliterate("Київ", lang="ru")
    assert any(w.code == "unknown-letter" and "uk" in w.message for w in result.warnings)


def test_pre_1918_orthography():
    """RDA (the default) romanizes a word-final ъ; AACR2 records dropped it."""
    assert bukva.romanize("Мѣсяцъ въ деревнѣ") == "Mi͡esi͡at͡sʺ vʺ derevni͡e"
    assert bukva.romanize("Строкъ отъ", final_hard_sign="aacr2") == "Strok ot"
    assert bukva.romanize("Мѣсяцъ въ деревнѣ", final_hard_sign="aacr2") == ("Mi͡esi͡at͡s v derevni͡e")
    assert bukva.romanize("Петроградъ", final_hard_sign="keep") == "Petrogradʺ"
    assert bukva.reverse("Petrogradʺ") == "Петроградъ"
    assert bukva.reverse(bukva.romanize("Строкъ отъ Петровъ")) == "Строкъ отъ Петровъ"


@pytest.mark.parametrize(
    ("latin", "system", "cyrillic"),
    [
        ("Iudin", "ala-lc-book", "Юдин"),
        ("otsutstvie", "ala-lc-book", "отсутствие"),
        ("Khrushchev", "popular", "Хрущёв"),
        ("Judin", "german", "Юдин"),
        ("Yeltsin", "popular", "Ельцин"),
        ("Chruščov", "czech", "Хрущёв"),
        ("Ioudine", "french", "Юдин"),
        ("Jelcyn", "polish", "Ельцин"),
        ("Tsvetaeva", "ala-lc-book", "Цветаева"),
    ],
)
def test_lossy_reverse_ranks_with_the_lexicon(latin, system, cyrillic):
    assert bukva.reverse(latin, system=system) == cyrillic


@pytest.mark.parametrize(
    ("latin", "lang", "cyrillic"),
    [
        # ALA-LC's ĭ without its breve (a catalog's lost mark): no word ends -ыи, -иі or -ыі,
        # nor does the Russian book form write it otherwise (Podgornyi)
        ("Podgornyi", "ru", "Подгорный"),
        ("PODGORNYI", "ru", "ПОДГОРНЫЙ"),
        ("Pidhornyi", "uk", "Підгорний"),
        ("Pidhornyĭ", "uk", "Підгорний"),
        # endings words have are read as written
        ("Armii", "ru", "Армии"),
        ("geroi", "ru", "герои"),
    ],
)
def test_reverse_mends_an_adjective_ending_that_lost_its_breve(latin, lang, cyrillic):
    # no system given (Ukrainian's is guessed: ALA-LC); a system named reads letter for letter
    assert bukva.reverse(latin, lang=lang) == cyrillic
    if latin.endswith(("yi", "YI")):
        assert bukva.reverse(latin, lang=lang, system="ala-lc")[-1] in "иіИІ"


def test_reverse_candidates_are_ranked():
    ranked = bukva.reverse_candidates("otsutstvie", system="ala-lc-book")
    assert ranked[0].text == "отсутствие" and ranked[0].known
    assert "оцутствие" in [c.text for c in ranked[1:]]


def test_detailed_reverse_gives_alternatives():
    result = bukva.transliterate("Iudin", system="ala-lc-book", reverse=True)
    assert result.text == "Юдин"
    assert "Иудин" in result.spans[0].alternatives


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: bukva.romanize("x", system="nope"), "valid systems: ala-lc"),
        (lambda: bukva.romanize("x", lang="xx"), "bukva knows: be, bg, mk, ru, sr, uk"),
        (lambda: bukva.romanize("x", colour="red"), "its options are: final_hard_sign, ties"),
        (lambda: bukva.romanize("x", ties="dotted"), "choose one of: combining, half-marks, none"),
    ],
)
def test_errors_name_what_is_valid(call, message):
    with pytest.raises(BukvaError, match=message):
        call()


def test_systems_catalog():
    ids = {(lang, s.id) for s in bukva.systems() for lang in s.languages}
    for system in (
        "ala-lc",
        "ala-lc-book",
        "bgn-pcgn",
        "iso9",
        "gost-7.79-b",
        "popular",
        "german",
        "czech",
        "french",
        "polish",
    ):
        assert ("ru", system) in ids
    for lang in ("uk", "be", "bg"):
        assert {(lang, "ala-lc"), (lang, "iso9"), (lang, "bgn-pcgn")} <= ids
    assert all(s.samples > 0 for s in bukva.systems())


def test_memory_of_import_and_russian_romanization():
    # VmHWM (peak resident memory of this address space), not ru_maxrss, which a child
    # started by fork and exec inherits from the test process.
    code = (
        "import sys, bukva\n"
        "bukva.romanize('Юдин Павел Фёдорович ' * 20000)\n"
        "assert not any(m.startswith(('pypinyin', 'jieba', 'numpy')) for m in sys.modules)\n"
        "print(next(l.split()[1] for l in open('/proc/self/status') if l.startswith('VmHWM')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert int(out.stdout) / 1024 < 40, f"{int(out.stdout) / 1024:.1f} MB"


@pytest.mark.parametrize(
    ("tied", "cyrillic"),
    [
        ("I\u0361Udin", "Юдин"),  # U+0361
        ("I\ufe20U\ufe21din", "Юдин"),  # half marks after their letters
        ("\ufe20I\ufe21Udin", "Юдин"),  # before them, as MARC-8 conversions may leave them
        ("Gor\ufe20t\ufe21sev", "Горцев"),  # before them inside a word: t͡s is LC's pair
        ("Gort\ufe20s\ufe21ev", "Горцев"),
    ],
)
def test_every_tie_encoding_reads_back(tied, cyrillic):
    """ALA-LC ties in either encoding, half marks after or before their letters (the guide's
    Unicode rule): one reading."""
    assert bukva.reverse(tied, system="ala-lc") == cyrillic
    from bukva.engine.text import ties_to_combining

    assert "\ufe20" not in ties_to_combining(tied) and "\ufe21" not in ties_to_combining(tied)


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        ("Kurowski", "Куровский"),  # Polish and German write -ский as -ski
        ("Chmielecki", "Хмелецкий"),
        ("Bednarski", "Беднарский"),
        ("KUROWSKI", "КУРОВСКИЙ"),
        ("po-russki", "по-русски"),  # an adverb, no name: as it reads
        # a Slavic name's own -ski, which no system writes from -ский (Crvenkovski has v, not
        # Polish w)
        ("Crvenkovski", "Црвенковский"),
        # w is no letter of ALA-LC's: the name read by a system that writes it, no Latin left
        ("Wojciechowski", "Войцеховский"),
        # Polish lu is лю, l before i ль: the reading persons bear (Любомирский, not Лубомирский)
        ("Lubomirski", "Любомирский"),
        ("Sokolnicki", "Сокольницкий"),
    ],
)
def test_a_name_in_ski_reads_back_as_skii(latin, cyrillic):
    """System not given: no Russian name ends in -ски, and the systems that write -ski for
    -ский (German, Polish, Czech, French) are the ones a name in -ski is written in; identify
    and match read the name as reverse does."""
    assert bukva.reverse(latin) == cyrillic
    if latin.islower():
        return
    assert bukva.identify(latin).sources[0] == cyrillic.capitalize()
    assert bukva.match(latin, cyrillic).same
