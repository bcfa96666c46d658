"""The context pass: each kind of protected span, with the words kept back inside it and
reported outside it; and no fix, ever, inside a protected span."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bukva.checker.check import check_text
from bukva.checker.context import protected
from bukva.checker.contexts import CONTEXTS
from bukva.checker.fix import fixes_for
from bukva.checker.russian import RussianJudge
from bukva.style.house import as_style

CASES = [
    (c, text, kept)
    for c in CONTEXTS.values()
    for text, kept in [*((t, True) for t in c.protected), *((t, False) for t in c.unprotected)]
]


@pytest.mark.parametrize(
    ("context", "text", "kept"),
    CASES,
    ids=[f"{c.kind}-{'kept' if k else 'reported'}-{i}" for i, (c, _, k) in enumerate(CASES)],
)
def test_context_examples(context, text, kept):
    findings = check_text(text, context.style)
    if kept and context.reported:  # reported for review, never fixed
        assert findings and not any(f.safe for f in findings)
        assert all(f.protected == context.kind for f in findings)
    elif kept:
        assert findings == [], [(f.rule, f.text) for f in findings]
        strict = check_text(text, context.style, strict=True)
        assert strict and not any(f.safe for f in strict)
        assert any(f.protected == context.kind for f in strict)
    else:
        assert findings, f"nothing found in {text!r}"
        assert not any(f.protected for f in findings)


def test_every_context_kind_has_examples_both_ways():
    for c in CONTEXTS.values():
        assert c.protected and c.unprotected


PIECES = [
    "Mao Tse-tung met Iudin.",
    "“Chou En-lai is ill,” he said.",
    "We write Mikoyan rather than Mikoian.",
    "Chiang Kai-shek (Jiang Jieshi) fled.",
    "The Obščestvo družby met.",
    "He met Ota Šik in Prague.",
    "Peking, 1956.",
    "*Novyi mir* printed it.",
    "Kao Kang fell.",
    "Лю Шаоци spoke.",
    "Юдин's cable arrived.",
    "Sergey Iudin, or Judin, wrote.",
]
STYLE = {
    "ru": "ala-lc-book",
    "zh": "pinyin",
    "include": ["familiar-russian", "familiar-chinese"],
    "exceptions": {"Юдин": "Yudin"},
}


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=6))
def test_no_fix_touches_a_protected_span(parts):
    text = " ".join(parts)
    style = as_style(STYLE)
    judge = RussianJudge(style)
    spans = protected(text, lambda _: "body", "markdown", judge.reading, lambda _: False)
    for f in fixes_for(check_text(text, STYLE, strict=True)):
        assert f.safe
        assert not any(s.start < f.end and f.start < s.end for s in spans), (f.text, spans)
