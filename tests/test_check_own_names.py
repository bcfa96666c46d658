"""Authors the notes or bibliography credit on works not in Russian keep their own spelling
where the text names them (dev-manuscript-36: Natalia Yegorova, Ilya Gaiduk), in Markdown, plain
text and Word; a Soviet person of the gazetteer credited on a translation does not (Fadeyev),
nor the author of a Russian title, nor anyone the notes do not credit."""

from __future__ import annotations

from bukva.checker.check import check_paths, check_text
from house import STYLE

NOTES = (
    "[^1]: Natalia I. Yegorova, *The Iran Crisis of 1945-46* (Washington, 1996), 3; "
    "Ilya V. Gaiduk, *Confronting Vietnam* (Stanford, 2003), 12; "
    "Fadeyev, *The Young Guard* (Moscow: Progress, 1958), 3."
)
BODY = "Natalia Yegorova found the cables. Ilya Gaiduk thought so. Alexander Fadeyev wrote."


def _found(text: str) -> list[tuple[str, str, bool]]:
    return sorted((f.text, f.fix, f.safe) for f in check_text(text, STYLE))


def test_credited_authors_keep_their_spelling_in_the_body() -> None:
    assert _found(f"{BODY}\n\n## Notes\n\n{NOTES}\n") == [
        ("Alexander Fadeyev", "Aleksandr Fadeev", False)
    ]


def test_a_note_that_leads_to_its_author() -> None:
    """A note "On the crisis see Yegorova, *...*": the author after "see" is credited too."""
    note = "[^1]: On the crisis see Yegorova, *The Iran Crisis*, 3."
    text = f"Yegorova found the cables.\n\n## Notes\n\n{note}\n"
    assert _found(text) == []


def test_without_the_credit_the_names_are_judged() -> None:
    found = _found(BODY)
    assert ("Yegorova", "Egorova", True) in found
    assert ("Ilya", "Il'ia", True) in found


def test_an_author_of_a_russian_title_is_no_own_spelling() -> None:
    """Ledovsky, who wrote in Russian, did not romanize his name: not credited so."""
    text = (
        "Andrei Ledovsky read the files.\n\n## Notes\n\n"
        "[^1]: Ledovsky, *SSSR i Stalin v sud'bakh Kitaia* (Moscow, 1999), 5.\n"
    )
    assert ("Ledovsky", "Ledovskii", True) in _found(text)


def test_plain_text_and_word_credit_the_same(tmp_path) -> None:
    import docx

    (tmp_path / "bukva.toml").write_text(
        'ru = "ala-lc-book"\nzh = "pinyin"\ninclude = ["familiar-russian"]\n', "utf-8"
    )
    note = NOTES.removeprefix("[^1]: ").replace("*", "")
    (tmp_path / "chapter.txt").write_text(f"Chapter\n\n{BODY}\n\nNotes\n\n[1] {note}\n", "utf-8")
    doc = docx.Document()
    doc.add_paragraph(BODY)
    doc.add_paragraph().add_run("Bibliography").bold = True
    entry = doc.add_paragraph("Yegorova, Natalia I. ")
    entry.add_run("The Iran Crisis of 1945-46").italic = True
    entry.add_run(". Washington, 1996.")
    entry = doc.add_paragraph("Gaiduk, Ilya V. ")
    entry.add_run("Confronting Vietnam").italic = True
    entry.add_run(". Stanford, 2003.")
    doc.save(tmp_path / "chapter.docx")
    for name in ("chapter.txt", "chapter.docx"):
        found = [(f.text, f.fix) for f in check_paths([tmp_path / name])[1]]
        assert found == [("Alexander Fadeyev", "Aleksandr Fadeev")], name
