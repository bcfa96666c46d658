"""The Identity of a Ukrainian or Belarusian name in Latin letters: its own Cyrillic and its
Russian spelling (Hrushevskyi: Грушевський, Грушевский; Lukashenka: Лукашэнка, Лукашенко)."""

from __future__ import annotations

from .identity import Identity, _initials_in_source, _renderings_cyrillic


def ukrainian_identity(
    name: str, script: str, surname: str, given: tuple[str, ...], ru: tuple | None
) -> Identity | None:
    """A Ukrainian name in a Ukrainian romanization (see ``names.ukrainian``): its Ukrainian
    Cyrillic and its Russian spelling; None for any other name."""
    from .ukrainian import in_russian, ukrainian_name, ukrainian_reading

    uk = ukrainian_name(surname, None if ru is None else ru[:2])
    if uk is None:
        return None
    russian = in_russian(uk)
    initials: list[str] = []
    for g in given:  # a given name as Ukrainian's dictionary reads it; an initial as it is
        read = ukrainian_reading(g.rstrip(".")) if len(g.rstrip(".")) > 1 else None
        initials += [read[0][0].upper()] if read else _initials_in_source((g,), None)
    evidence = (
        f"read back as {uk} by the Ukrainian national system (Ukrainian's dictionary names it)",
        f"in Russian {russian}",
    )
    return Identity(
        name,
        script,
        "uk",
        {"bgn-pcgn": 1.0},
        tuple(dict.fromkeys((uk, russian))),
        None,
        surname,
        given,
        tuple(initials),
        (),
        _renderings_cyrillic(uk, "uk"),
        evidence,
    )


def belarusian_identity(
    name: str, script: str, surname: str, given: tuple[str, ...], ru: tuple | None
) -> Identity | None:
    """A Belarusian name in a Belarusian romanization, the national or the passport letters
    (see ``names.belarusian``), that no Russian name of the lexicon reads as: its Belarusian
    Cyrillic and its Russian spelling; None for any other name."""
    from ..checker.recognize import _lexicon_entry
    from .belarusian import belarusian_name

    if script != "Latn" or (ru is not None and _lexicon_entry(ru[0]) is not None):
        return None
    found = belarusian_name(surname)
    if found is None:
        return None
    be, russian = found
    evidence = (f"read back as {be} by the Belarusian tables", f"in Russian {russian}")
    return Identity(
        name,
        script,
        "be",
        {"bgn-pcgn": 1.0},
        (be, russian),
        None,
        surname,
        given,
        _initials_in_source(given, None),
        (),
        _renderings_cyrillic(be, "be"),
        evidence,
    )
