"""Romanize by a house style: its system for the language and scope, exceptions first."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from typing import Any

from ..engine.result import Notice, Span, Transliteration
from .house import Exception_, HouseStyle

_CYRILLIC_LETTER = r"[\u0400-\u04ff]"


def _matches(source: str, exceptions: dict[str, Exception_]):
    """Non-overlapping (start, end, exception) in ``source``, longest first; Cyrillic keys match
    whole words (as written, or in capitals)."""
    if not exceptions:
        return []
    keys = sorted(exceptions, key=len, reverse=True)
    found: list[tuple[int, int, Exception_]] = []
    taken = bytearray(len(source))  # characters a longer exception already holds
    for key in keys:
        exc = exceptions[key]
        if re.search(_CYRILLIC_LETTER, key):
            pattern = (
                rf"(?<![\w\-]){re.escape(key)}(?![\w])|(?<![\w\-]){re.escape(key.upper())}(?![\w])"
            )
        else:
            pattern = re.escape(key)
        for m in re.finditer(pattern, source):
            if taken.find(1, m.start(), m.end()) != -1:
                continue
            taken[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
            form = exc.form.upper() if m.group() != key and m.group() == key.upper() else exc.form
            found.append((m.start(), m.end(), replace(exc, form=form)))
    return sorted(found, key=lambda t: t[0])


def with_exceptions(result: Transliteration, exceptions: dict[str, Exception_]) -> Transliteration:
    """``result`` with every exception's source written in the exception's form."""
    hits = _matches(result.source, exceptions)
    if not hits:
        return result
    spans = list(result.spans)
    text = result.text
    pieces: list[str] = []  # the new text, built once (not a copy per exception)
    copied = 0  # how far into ``text`` the pieces reach
    shift = 0
    new_spans: list[Span] = []
    notices = list(result.warnings)
    k = 0
    ends = [s.source_end for s in spans]
    for start, end, exc in hits:
        first = bisect_right(ends, start)  # the spans are in source order: find, don't scan
        last = first
        while last < len(spans) and spans[last].source_start < end:
            last += 1
        covered = spans[first:last]
        if not covered or (covered[0].source_start != start and covered[0].kind == "word"):
            # the exception does not begin on a word boundary of the romanization: leave it
            notices.append(
                Notice(
                    "exception-skipped",
                    f"exception {exc.source!r} is inside a longer word here; not applied",
                    start,
                    end,
                )
            )
            continue
        while k < len(spans) and spans[k].source_end <= start:
            s = spans[k]
            new_spans.append(
                replace(s, output_start=s.output_start + shift, output_end=s.output_end + shift)
            )
            k += 1
        old_start = covered[0].output_start
        old_end = covered[-1].output_end
        out_start = old_start + shift
        # keep a separator the romanization put before the word
        lead = len(text[old_start:old_end]) - len(text[old_start:old_end].lstrip())
        pieces.append(text[copied : old_start + lead])
        pieces.append(exc.form)
        copied = old_end
        new_end = out_start + lead + len(exc.form)
        out_end = old_end + shift
        new_spans.append(
            Span(covered[0].source_start, covered[-1].source_end, out_start, new_end, "exception")
        )
        shift += new_end - out_end
        k = last
    for s in spans[k:]:
        new_spans.append(
            replace(s, output_start=s.output_start + shift, output_end=s.output_end + shift)
        )
    pieces.append(text[copied:])
    return replace(result, text="".join(pieces), spans=tuple(new_spans), warnings=tuple(notices))


def transliterate_styled(
    text: str,
    style: HouseStyle,
    lang: str | None = "ru",
    scope: str = "body",
    system: str | None = None,
    **options: Any,
) -> Transliteration:
    """Romanize ``text`` as ``style`` says for ``scope``; exceptions apply where it says."""
    from ..api import transliterate
    from ..calls import _is_chinese

    if lang in ("auto", None):
        lang = "zh" if _is_chinese(text, "auto") else "auto"
    house_system, house_options = style.system_for(
        "zh" if lang == "zh" else (lang if lang != "auto" else "ru"), scope
    )
    result = transliterate(
        text, lang=lang, system=system or house_system, **{**house_options, **options}
    )
    if style.exceptions_apply(scope):
        result = with_exceptions(
            result, style.exceptions_for(result.lang if result.lang in ("zh",) else "ru")
        )
    return result
