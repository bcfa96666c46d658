"""A table of forms: a column headed by a system, a script or a language holds the forms it
names, cited on purpose, and is not checked (Markdown and Word); the table's other columns
are."""

from __future__ import annotations

import docx
import pytest

from bukva.checker.check import check_paths, check_text
from bukva.checker.form_tables import form_column
from bukva.style.house import as_style
from house import STYLE

FORMS = """# A table of forms

| Pinyin | Wade-Giles | Postal | Russian |
|---|---|---|---|
| Mao Zedong | Mao Tse-tung | | Мао Цзэдун |
| Beijing | Pei-ching | Peking | Пекин |
| Tianjin | T'ien-chin | Tientsin | Тяньцзинь |

Mao Tse-tung is the older form.
"""

AMBASSADORS = """| Ambassador | As the Chinese press wrote him | Years |
|:--|:--|--:|
| Panyushkin, A. S. | Pan Youxin | 1952–1953 |
| Iudin, P. F. | Youjin | 1953–1959 |
"""


def _found(text: str) -> list[tuple[str, str, bool]]:
    return [(f.text, f.fix, f.safe) for f in check_text(text, STYLE)]


def test_a_table_of_forms_is_not_checked_but_the_text_after_it_is():
    assert _found(FORMS) == [("Mao Tse-tung", "Mao Zedong", True)]


def test_only_the_form_columns_are_left_alone():
    assert sorted(_found(AMBASSADORS)) == [
        ("Iudin", "Yudin", True),
        ("Panyushkin", "Paniushkin", True),
    ]


def test_a_table_without_form_columns_is_checked():
    text = "| Name | Years |\n|---|---|\n| Mao Tse-tung | 1949–1976 |\n"
    assert _found(text) == [("Mao Tse-tung", "Mao Zedong", True)]
    # no delimiter row: no table, the line is text
    assert _found("| Wade-Giles |\n| Mao Tse-tung |\n") == [("Mao Tse-tung", "Mao Zedong", True)]


@pytest.mark.parametrize(
    ("heading", "forms"),
    [
        ("Wade-Giles", True),
        ("Chinese characters", True),
        ("As the Chinese press wrote him", True),
        ("Russian name", True),
        ("LC form", True),
        ("Ambassador", False),
        ("Years", False),
        ("Name", False),
    ],
)
def test_form_columns(heading, forms):
    assert form_column(heading) is forms


def test_a_word_table_of_forms(tmp_path):
    document = docx.Document()
    document.add_paragraph("Chou En-lai met Iudin.")
    table = document.add_table(rows=3, cols=3)
    rows = [
        ("Ambassador", "Wade-Giles", "Years"),
        ("Iudin", "Chou En-lai", "1953"),
        ("", "Peking", ""),
    ]
    for row, cells in enumerate(rows):
        for col, text in enumerate(cells):
            table.cell(row, col).text = text
    path = tmp_path / "forms.docx"
    document.save(str(path))
    _, findings = check_paths([path], as_style(STYLE))
    found = sorted((f.where, f.text) for f in findings)
    assert found == [
        ("paragraph 1", "Chou En-lai"),
        ("paragraph 1", "Iudin"),
        ("paragraph 5", "Iudin"),
    ]
