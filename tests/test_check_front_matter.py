"""A book's front matter and a borderlands chapter (dev-manuscripts 15 and 16): a note on names
under any heading that speaks of spelling, the acknowledgements' people kept but their places
checked, examples of a system in prose, a surname's lost aspiration mark, a treaty's name, an
abbreviated pair of names, Kashgar. Each kept case has its unkept twin, which is still reported."""

from __future__ import annotations

import pytest

from house import texts as _texts


@pytest.mark.parametrize(
    "heading",
    [
        "## A Note on Names and Transliteration",
        "## Romanization",
        "## A Note on Spelling",
        "## Spelling and Transliteration",
        "## Note on Transliteration, Names and Dates",
    ],
)
def test_a_note_on_names_keeps_its_forms(heading: str) -> None:
    text = f"{heading}\n\nReaders will meet Mikoian, Peking and Mao Tse-tung in older books.\n"
    assert _texts(text) == []


@pytest.mark.parametrize("heading", ["## A note on the index", "## Names and their forms"])
def test_other_headings_keep_nothing(heading: str) -> None:
    text = f"{heading}\n\nMikoian came to Peking.\n"
    assert _texts(text) == [("Mikoian", "Mikoyan", True), ("Peking", "Beijing", True)]


def test_acknowledgements_keep_people_and_check_places() -> None:
    text = (
        "## Acknowledgments\n\nIn Taipei, Chen Yung-fa opened the collections, and Natalia "
        "Yegorova read the drafts. Colleagues at Peking University listened. The archivists in "
        "Tientsin and the Kirin Provincial Archive answered my letters.\n\n## Chapter 1\n\n"
        "Chen Yung-fa came.\n"
    )
    assert _texts(text) == [
        ("Chen Yung-fa", "Chen Yongfa", False),  # outside: read as Ch'en, for review
        ("Kirin", "Jilin", False),
        ("Tientsin", "Tianjin", True),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a system's examples in prose: kept
        ("The soft sign is written with an apostrophe (Gor'kii, Khar'kov).", []),
        ("The letter ё is written e (Fedorenko).", []),
        ("Wade-Giles forms are kept, so readers meet Mao Tse-tung in the notes.", []),
        ("Older books use Wade-Giles spellings such as Teng Hsiao-p'ing.", []),
        # written with care, written in Moscow: no talk of spelling
        (
            "The letter was written with care by Chou En-lai.",
            [("Chou En-lai", "Zhou Enlai", True)],
        ),
        ("Gor'kii was written in Moscow.", [("Gor'kii", "Gorky", True)]),
    ],
)
def test_a_systems_examples_in_prose(text: str, expected: list) -> None:
    assert _texts(text) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Chen: 陈 Ch'en far commoner than 甄 Zhen, its mark lost: for review as Chen
        ("Hung-ch'i printed it. Chen Yung-fa wrote.", ("Chen Yung-fa", "Chen Yongfa", False)),
        ("Hung-ch'i printed it. Tang En-po came.", ("Tang En-po", "Tang Enbo", False)),
        # Chang: 张 Zhang far commoner than 常 Chang: read as written
        ("Hung-ch'i printed it. Chang Hsi-jo wrote.", ("Chang Hsi-jo", "Zhang Xiruo", True)),
        ("Hung-ch'i printed it. Ch'en Yung-fa wrote.", ("Ch'en Yung-fa", "Chen Yongfa", True)),
    ],
)
def test_a_surnames_lost_mark(text: str, expected: tuple) -> None:
    assert expected in _texts(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # treaties named in lower case: for review, as the Treaty of Peking is
        ("The treaties of Aigun (1858) and Peking (1860) drew it.", [("Peking", "Beijing", False)]),
        ("The treaty of Peking was signed.", [("Peking", "Beijing", False)]),
        ("The treaty was signed in Peking.", [("Peking", "Beijing", True)]),
        # GB/T's pair of abbreviated names: kept; a Wade-Giles name: fixed
        ("In the Yi-Ta incident many fled.", []),
        ("Zhong-Su relations cooled.", []),
        ("Chou En-Lai came.", [("Chou En-Lai", "Zhou Enlai", True)]),
        ("Yi-ming came.", [("Yi-ming", "Yiming", True)]),
        # Kashgar is English's name (EB's headword); Urumchi an older one
        ("Geologists worked near Kashgar.", []),
        ("The consulate in Urumchi reported.", [("Urumchi", "Ürümqi", True)]),
    ],
)
def test_borderland_names(text: str, expected: list) -> None:
    assert _texts(text) == sorted(expected)


def test_a_word_documents_sections_by_their_headings(tmp_path):
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))
    from bukva.checker.check import check_paths
    from bukva.style.house import as_style
    from docx_builder import build_docx
    from house import STYLE

    path = build_docx(
        tmp_path / "front.docx",
        [
            [("Acknowledgments", True)],
            [("In Taipei, Chen Yung-fa opened the collections.", False)],
            [("The archivists in Tientsin answered my letters.", False)],
            [("A Note on Names and Transliteration", True)],
            [("Readers will meet Mikoian and Mao Tse-tung in older books.", False)],
            [("Chapter 1. Stalin and Mao", True)],
            [("Mikoian came to Peking.", False)],
        ],
    )
    _, found = check_paths([path], as_style(STYLE))
    assert sorted((f.where, f.text, f.safe) for f in found) == [
        ("paragraph 3", "Tientsin", True),  # a place in the acknowledgements: checked
        ("paragraph 7", "Mikoian", True),  # after the next heading: checked again
        ("paragraph 7", "Peking", True),
    ]
