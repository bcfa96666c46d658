"""Chinese names in another syllable system than the house's, as the checker reports them:
phrases fixed whole (chinese_groups.py), the house's exception forms of Chinese names, and the
phrases another rule took a part of while the rest is not sure (for review, never half fixed)."""

from __future__ import annotations

from .chinese_groups import chinese_names, phrases_or_parts
from .finding import occurrence
from .house_zh import styled
from .recognize import system_name


def chinese_phrases(checker, text, unit, add, blocked, variants) -> list[tuple[int, int]]:
    """Hyphenated names in another syllable system; exception forms of Chinese names. The
    spans of phrases another rule took part of whose other words are not sure."""
    zh_house, _ = checker.style.system_for("zh", "body")
    names = chinese_names(text, zh_house, checker._wade_marked, checker._pinyin_names)
    # Pei-ching (the gazetteer's Beijing) | ta-hsüeh (for review): fixed whole or not at all
    unsure = [
        (n.start, n.end)
        for n in names
        if n.parts
        and blocked(n.start, n.end)
        and any(not p.safe and not blocked(p.start, p.end) for p in n.parts)
    ]
    for name in phrases_or_parts(names, blocked):
        if blocked(name.start, name.end):
            continue
        scope = unit.scope_at(name.start)
        fix = checker._zh_exception_forms.get(name.fix) or styled(name.fix, checker.style, scope)
        if name.fix in checker._zh_exception_forms and not checker.style.exceptions_apply(scope):
            fix = styled(name.fix, checker.style, scope)
        note = "" if name.safe else " (after a surname in pinyin: half a name, for review)"
        note = f" ({name.note}; for review)" if name.note else note
        how = "hyphenated, after a surname" if "-" in name.text else "a mark only it writes"
        said = f"{name.text!r} is {system_name(name.system, 'zh')}; the house writes {fix!r}"
        f = add(
            f"zh.{name.system}",
            name.start,
            name.end,
            fix,
            name.safe,
            said + note,
            name.system,
            0.92 if name.safe else 0.7,
            (f"every syllable is {name.system}", how),
        )
        if f is not None:
            variants.setdefault(("name", fix, ""), []).append((name.text, f, occurrence(f)))
    for m in checker._zh_exception_re.finditer(text) if checker._zh_exception_re else ():
        scope = unit.scope_at(m.start())
        if blocked(m.start(), m.end()) or not checker.style.exceptions_apply(scope):
            continue
        exc_form = checker._zh_exception_forms[m.group()]
        add(
            "zh.exception",
            m.start(),
            m.end(),
            exc_form,
            True,
            f"the house writes this name {exc_form!r}",
            evidence=(f"exception: {m.group()} = {exc_form}",),
        )
    return unsure
