"""What the public calls share: the compiled-system cache, language and script tests, word
segments, and the Cyrillic input's preparation (NFC, look-alikes, the language guess)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from .engine.compile import Compiled, compile_system, resolve_options
from .engine.registry import all_specs, find
from .engine.result import Notice
from .engine.text import nfc, repair_lookalikes

AUTO = ("auto", None)
CHINESE = ("zh", "zh-hans", "zh-hant")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")


def _is_chinese(text: str, lang: str | None, system: str | None = None) -> bool:
    """``lang`` names Chinese, or is auto and the text has Hanzi and either no Cyrillic or
    ``system`` is one of Chinese only (pinyin: 尤金（П.Ф.Юдин）, a Chinese text with a gloss)."""
    if lang in CHINESE:
        return True
    if lang not in AUTO or not _HAN.search(text):
        return False
    return not _CYRILLIC.search(text) or (system is not None and chinese_only(system))


@lru_cache(maxsize=64)
def chinese_only(system: str) -> bool:
    """Whether ``system`` serves Chinese and no other language (pinyin, wade-giles)."""
    langs = {lg for s in all_specs() if s.id == system for lg in s.languages}
    return bool(langs) and langs <= set(CHINESE)


@lru_cache(maxsize=256)
def _compiled(lang: str, system: str, options: tuple[tuple[str, Any], ...]) -> Compiled:
    spec = find(lang, system)
    return compile_system(spec, resolve_options(spec, dict(options)))


def compiled(lang: str, system: str, options: dict[str, Any] | None = None) -> Compiled:
    """The compiled form of ``system`` for ``lang`` with ``options`` (cached)."""
    return _compiled(lang, system, tuple(sorted((options or {}).items())))


def _prepare_cyrillic(text: str, lang: str | None) -> tuple[str, str, list[Notice]]:
    """NFC, look-alike repair and the language guess, with a warning for each."""
    text = nfc(text)
    notices: list[Notice] = []
    if _CYRILLIC.search(text):
        text, repairs = repair_lookalikes(text)
        for start, end, word in repairs:
            notices.append(
                Notice(
                    "lookalike-repaired",
                    f"{word!r} mixes Latin and Cyrillic letters; read as {text[start:end]!r}",
                    start,
                    end,
                )
            )
    if lang in AUTO:
        from .languages.detect import detect

        guess = detect(text)
        lang = guess.lang
        if not guess.certain:
            notices.append(
                Notice("language-guessed", f"language guessed as {lang}: {guess.evidence}")
            )
    return text, lang, notices  # type: ignore[return-value]


# A word: letters (any script) with their marks, joined by apostrophes inside the word.
_WORD = r"(?:[^\W\d_]|[\u0300-\u036f\ufe20-\ufe2f])+"


@lru_cache(maxsize=16)
def _word_re(joiners: str) -> re.Pattern[str]:
    if not joiners:
        return re.compile(_WORD)
    j = "[" + re.escape(joiners) + "]"
    return re.compile(f"{_WORD}(?:{j}{_WORD})*")


def _segments(text: str, pattern: re.Pattern[str]):
    """Yield (start, end, is_word) over the whole text."""
    pos = 0
    for m in pattern.finditer(text):
        if m.start() > pos:
            yield pos, m.start(), False
        yield m.start(), m.end(), True
        pos = m.end()
    if pos < len(text):
        yield pos, len(text), False
