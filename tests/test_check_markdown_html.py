"""Markdown's raw HTML, as pandoc and web editors leave it: a quotation in <blockquote> or <q>
is kept as a quotation marked > or with quotation marks is; a title in <i>, <em> or <cite> in
the notes is a title as printed, as *Title* is."""

from __future__ import annotations

import pytest

from house import texts as _texts


@pytest.mark.parametrize(
    "text",
    [
        "<blockquote>They met in Peking in 1950.</blockquote>",
        "<blockquote>\nThey met in Peking.\n\nThen in Canton and Mukden.\n</blockquote>",
        "She wrote <q>we met in Peking</q> in a letter.",
    ],
)
def test_an_html_quotation_is_kept(text: str) -> None:
    assert _texts(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("<p>They met in Peking.</p>", [("Peking", "Beijing", True)]),
        ("<blockquote>Peking.</blockquote> They met in Peking.", [("Peking", "Beijing", True)]),
    ],
)
def test_html_that_quotes_nothing_is_checked(text: str, expected: list) -> None:
    assert _texts(text) == expected


@pytest.mark.parametrize("tag", ["i", "em", "cite"])
def test_an_html_title_in_the_notes_is_kept(tag: str) -> None:
    from bukva.checker.context import titles

    text = f"[^1]: Kapitsa, <{tag}>Sovetsko-kitaiskie otnosheniia</{tag}> (Moscow, 1958)."
    spans = titles(text, lambda _: "notes")
    assert [text[s.start : s.end] for s in spans] == [
        f"<{tag}>Sovetsko-kitaiskie otnosheniia</{tag}>"
    ]
