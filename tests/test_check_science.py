"""Chapters on Soviet science, films and theatre, the Amur frontier, and an appendix of tables
and archives (dev-manuscript-28 to -31): a cited title in romanized Russian whose letters are
another system's (*Agrobiologiya*, *V. K. Blyukher v Kitae*), for review; a soft sign lost in a
Russian phrase (*Nauka i zhizn*, *Dalnevostochnyi krai*); a given name without its soft sign
(Lyubov Orlova); a Soviet writer after the English form of his given name (Alexander Fadeyev)
or before his English title in the body (Nikolai Ostrovsky's *How the Steel Was Tempered*);
LC's letters with the press's -oy (Rossiiskoy); a text file's note that cites a journal, no
author, and its author before an article's quoted title ([1] L. W. Gluchowski, "Poland, 1956,"
...: dev-manuscript-32); a Word list of archives typed as plain lines under its heading."""

from __future__ import annotations

import pytest

from bukva.checker.check import check_text
from house import STYLE
from house import texts as _texts

FULL_BIBLIOGRAPHY = {**STYLE, "scopes": {"bibliography": {"ru": "ala-lc"}}}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title the author romanized, in a note: another system's letters, for review only
        (
            "Text.\n\n[^1]: Lysenko, *Agrobiologiya*, 12.",
            [("Agrobiologiya", "Agrobiologiia", False)],
        ),
        (
            "Text.\n\n[^1]: Kapitsa, *Na raznykh parallelyakh*, 67.",
            [("parallelyakh", "paralleliakh", False)],
        ),
        # an English title's Russian name, as its title page prints it: kept
        ("Text.\n\n[^1]: Gaiduk, *Confronting Vietnam*, 12; *Khrushchev Remembers*, 5.", []),
        # a title in LC's book form: nothing to say
        ("Text.\n\n[^1]: Arsen'ev, *Po Ussuriiskomu kraiu*, 140.", []),
        # a soft sign lost in a Russian phrase, in a note's title and in the body
        ("Text.\n\n[^1]: *Nauka i zhizn*, no. 9 (1958): 3.", [("zhizn", "zhizn'", False)]),
        ("They read Nauka i zhizn every month.", [("zhizn", "zhizn'", False)]),
        (
            "The region was the *Dalnevostochnyi krai* then.",
            [("Dalnevostochnyi", "Dal'nevostochnyi", False)],
        ),
        # the noun's sign restored, the adjective before it agrees: one phrase, for review
        (
            "The Krasny Oktyabr works sent engineers.",
            [("Krasny Oktyabr", "Krasnyi Oktiabr'", False)],
        ),
        # the sign is there, after the word the check reads
        ("Text.\n\n[^1]: (Moscow: Sovetskii pisatel', 1951), 3.", []),
        # a word no Russian word beside it: English's, or a name's
        ("The zhizn of the party was long.", []),
        # a given name without its soft sign: Любовь, not the rare Любов the lexicon lists
        ("The comedies starred Lyubov Orlova.", [("Lyubov", "Liubov'", False)]),
        # a Soviet writer after the English form of his given name: the name whole, for review
        (
            "The novel of Alexander Fadeyev sold well.",
            [("Alexander Fadeyev", "Aleksandr Fadeev", False)],
        ),
        ("Alexander Werth reported from Moscow.", []),
        # a Soviet writer before his English title in the body: no name he spelled himself
        (
            "Nikolai Ostrovsky's *How the Steel Was Tempered* sold well.",
            [("Ostrovsky", "Ostrovskii", False)],
        ),
        # a scholar who wrote in English, whom the gazetteer lacks: his own spelling
        ("Ilya Gaiduk's *Confronting Vietnam* came out in 1996.", []),
        # LC's letters, the press's -oy at the end
        (
            "The files of the Gosudarstvennyi arkhiv Rossiiskoy Federatsii were read.",
            [("Rossiiskoy", "Rossiiskoi", False)],
        ),
    ],
)
def test_titles_signs_and_given_names(text: str, expected: list) -> None:
    assert _texts(text) == sorted(expected)


def test_a_translation_s_author_in_a_note_is_kept() -> None:
    """The English translation's title page prints Fadeyev: a note citing it keeps him."""
    note = "Text.\n\n[^1]: Fadeyev, *The Young Guard* (Moscow: Progress, 1958), 3."
    assert _texts(note) == []


def test_a_russian_title_is_never_fixed_and_marks_alone_are_kept() -> None:
    """In a full-ALA-LC bibliography, a title in LC's book form is kept (ties and breves are
    marks the title as cited may leave out); a popular spelling in it is for review."""
    book = "## Bibliography\n\nAblova, N. E. *KVZhD i rossiiskaia emigratsiia v Kitae*. 2004.\n"
    assert check_text(book, FULL_BIBLIOGRAPHY) == []
    popular = "## Bibliography\n\nKartunova, A. I. *V. K. Blyukher v Kitae*. Moscow, 1970.\n"
    found = [(f.text, f.safe) for f in check_text(popular, FULL_BIBLIOGRAPHY)]
    assert ("Blyukher", False) in found


def test_mixed_phrase_in_an_archives_list_is_fixed_whole() -> None:
    """Under an Archives heading (the bibliography's scope: full ALA-LC here), a name in book
    form with one word in the press's -oy is one phrase, read whole, for review."""
    text = "## Archives\n\n- GARF: Gosudarstvennyi arkhiv Rossiiskoy Federatsii, Moscow\n"
    found = [(f.text, f.fix, f.safe) for f in check_text(text, FULL_BIBLIOGRAPHY)]
    assert found == [
        (
            "Gosudarstvennyi arkhiv Rossiiskoy Federatsii",
            "Gosudarstvennyĭ arkhiv Rossiĭskoĭ Federat͡sii",
            False,
        )
    ]


def test_text_note_citing_a_journal_has_no_author(tmp_path) -> None:
    """A text file's note "[4] Nauka i zhizn, no. 9 ..., 3." cites a journal: its words are
    no author's name to keep, and the lost sign is reported."""
    from bukva.checker.check import check_paths

    (tmp_path / "bukva.toml").write_text('ru = "ala-lc-book"\nzh = "pinyin"\n', "utf-8")
    path = tmp_path / "chapter.txt"
    path.write_text("Chapter\n\nText here.\n\nNotes\n\n[4] Nauka i zhizn, no. 9, 3.\n", "utf-8")
    found = [(f.text, f.fix) for f in check_paths([path])[1]]
    assert found == [("zhizn", "zhizn'")]


def test_word_list_of_archives_keeps_the_bibliography_scope(tmp_path) -> None:
    """A Word list of archives typed as plain paragraphs (no list style) under its heading:
    three lines or more in a row that read like headings are a list's items, so the
    bibliography's scope (full ALA-LC here) holds over them."""
    import docx

    from bukva.checker.check import check_paths

    (tmp_path / "bukva.toml").write_text(
        'ru = "ala-lc-book"\nzh = "pinyin"\n[scopes.bibliography]\nru = "ala-lc"\n', "utf-8"
    )
    doc = docx.Document()
    doc.add_paragraph("Text of the chapter, a sentence long enough to be no heading at all.")
    doc.add_paragraph().add_run("Archives").bold = True
    for line in (
        "AVP RF: Arkhiv vneshnei politiki Rossiiskoi Federatsii, Moscow",
        "RGAE: Rossiiskii gosudarstvennyi arkhiv ekonomiki, Moscow",
        "AMZV: Archiv Ministerstva zahraničních věcí, Prague",
    ):
        doc.add_paragraph(line)
    doc.save(tmp_path / "chapter.docx")
    fixes = {f.fix for f in check_paths([tmp_path / "chapter.docx"])[1]}
    assert fixes == {
        "Arkhiv vneshneĭ politiki Rossiĭskoĭ Federat͡sii",
        "Rossiĭskiĭ gosudarstvennyĭ arkhiv ėkonomiki",
    }


def test_text_note_author_before_a_quoted_title(tmp_path) -> None:
    """A text file's note "[1] Author, "Article," Journal ...": the author credited as in
    Markdown's "[^1]: Author, ..." (his own spelling, a Polish-born scholar's)."""
    from bukva.checker.check import check_paths

    (tmp_path / "bukva.toml").write_text('ru = "ala-lc-book"\nzh = "pinyin"\n', "utf-8")
    path = tmp_path / "chapter.txt"
    note = '[1] L. W. Gluchowski, "Poland, 1956," Bulletin 5 (1995): 38-49.'
    path.write_text(f"Chapter\n\nText here.\n\nNotes\n\n{note}\n", "utf-8")
    assert check_paths([path])[1] == []
