"""Compile a system file into a fast forward transliterator.

The compiled form is three passes, each running in C over the whole text:

1. words in capitals that need it (``ЖУКОВ`` → ``ZHUKOV``, not ``ZhUKOV``) are romanized as a unit;
2. one regular expression holds every context rule (word-initial е → ye, ...);
3. ``str.translate`` does every letter that needs no context.

No letter is seen twice: the rules and the capitals pass write Latin, which the translate table
does not touch.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .registry import BukvaError, SystemSpec
from .text import TIE, nfc, set_ties

WORD_CHAR = r"[^\W\d_]"  # a letter, any script
_MARKS = "\u0300-\u036f"


def title(out: str) -> str:
    """Capital form of a romanization: first letter up, and the letter tied to it (I͡U)."""
    for i, ch in enumerate(out):
        if ch.isalpha():
            j = i + 1
            while j < len(out) and "\u0300" <= out[j] <= "\u036f" and out[j] != TIE:
                j += 1
            head = out[:i] + ch.upper() + out[i + 1 : j]
            if j + 1 < len(out) and out[j] == TIE:
                return head + TIE + out[j + 1].upper() + out[j + 2 :]
            return head + out[j:]
    return out


def capital(out: str, ties: str) -> str:
    """Capital form of ``out`` as written with ``ties`` (T͡S and T︠S︡ tied, but Ts untied)."""
    if ties == "none":
        return title(set_ties(out, "none"))
    return set_ties(title(out), ties)


def resolve_options(spec: SystemSpec, given: dict[str, Any]) -> tuple[tuple[str, str], ...]:
    """Check ``given`` against the system's options; return every option with its value."""
    known = spec.options
    resolved = spec.option_defaults()
    for name, value in given.items():
        key = name.replace("-", "_")
        if key not in known:
            valid = ", ".join(sorted(known)) or "none"
            raise BukvaError(f"system {spec.id!r} has no option {name!r}; its options are: {valid}")
        text = str(value).lower() if isinstance(value, bool) else str(value)
        choices = known[key]["choices"]
        if text not in choices:
            raise BukvaError(
                f"option {name!r} of {spec.id!r} cannot be {text!r}; choose one of: "
                + ", ".join(choices)
            )
        resolved[key] = text
    return tuple(sorted(resolved.items()))


@dataclass(frozen=True)
class Rule:
    """One context rule, ready for the regular expression."""

    source: str
    target: str
    pattern: str
    read_back: bool


@dataclass(eq=False)
class Compiled:
    """A system with its options fixed, compiled for both directions."""

    spec: SystemSpec
    options: tuple[tuple[str, str], ...]
    mapping: dict[str, str]  # lower-case source → romanization
    capitals: dict[str, str]  # capital source letter → romanization
    rules: list[Rule]
    letters: str  # every source letter the system knows, both cases
    joiners: str
    ties: str
    table: dict[int, str]
    rules_re: re.Pattern[str] | None
    rules_out: tuple[str, ...]
    caps_re: re.Pattern[str] | None

    # -- forward ---------------------------------------------------------------------------

    def _rule(self, m: re.Match[str]) -> str:
        return self.rules_out[m.lastindex or 0]

    def _lower_word(self, word: str) -> str:
        if self.rules_re is not None:
            word = self.rules_re.sub(self._rule, word)
        return word.translate(self.table)

    def _caps(self, m: re.Match[str]) -> str:
        return self._lower_word(m.group().lower()).upper()

    def forward(self, text: str) -> str:
        """Romanize ``text`` (already NFC and repaired); returns NFC."""
        if self.caps_re is not None:
            text = self.caps_re.sub(self._caps, text)
        if self.rules_re is not None:
            text = self.rules_re.sub(self._rule, text)
        return nfc(text.translate(self.table))


def _class_chars(spec: SystemSpec, value: str | list[str]) -> str | None:
    """Letters a context names; None means any letter."""
    names = [value] if isinstance(value, str) else value
    classes = spec.data.get("classes", {})
    out = ""
    for name in names:
        if name == "letter":
            return None
        out += classes.get(name, name if name not in classes else "")
    return out + out.upper()


def _char_class(chars: str | None) -> str:
    if chars is None:
        return WORD_CHAR
    return "[" + "".join(re.escape(c) for c in dict.fromkeys(chars)) + "]"


def _rule_pattern(spec: SystemSpec, rule: dict[str, Any], source: str, joiners: str) -> str:
    """The rule as a regex that begins with its first source letter.

    Contexts before the source are checked by lookbehinds placed after it, which include the
    source (``е(?<=[аеиоу]е)``): a pattern that opens with a literal lets the regex engine skip
    through the text at C speed instead of trying every position.
    """
    j = "".join(re.escape(c) for c in joiners)
    src = re.escape(source)
    parts = [src]
    if rule.get("initial"):
        parts.append(f"(?<!{WORD_CHAR}{src})" + (f"(?<![{j}]{src})" if j else ""))
    for key, look in (("after", "(?<="), ("not_after", "(?<!")):
        if key in rule:
            parts.append(look + _char_class(_class_chars(spec, rule[key])) + src + ")")
    for key, look in (("before", "(?="), ("not_before", "(?!")):
        if key in rule:
            parts.append(look + _char_class(_class_chars(spec, rule[key])) + ")")
    if rule.get("final"):
        parts.append(f"(?!{WORD_CHAR})" + (f"(?![{j}])" if j else ""))
    return "".join(parts)


def _combined(rules: list[Rule]) -> re.Pattern[str]:
    """One regex for all rules: a class of first letters, then one branch per rule.

    Each branch ends in an empty group, so ``match.lastindex`` names the rule that matched;
    the leading class is what keeps the scan fast.
    """
    firsts = "".join(dict.fromkeys(r.source[0] for r in rules))
    branches = []
    for r in rules:
        first = re.escape(r.source[0])
        branches.append(f"(?<={first})" + r.pattern[len(first) :] + "()")
    return re.compile(_char_class(firsts) + "(?:" + "|".join(branches) + ")")


@lru_cache(maxsize=64)
def compile_system(spec: SystemSpec, options: tuple[tuple[str, str], ...]) -> Compiled:
    """Compile ``spec`` with ``options`` (as :func:`resolve_options` returns them)."""
    data = spec.data
    mapping = dict(data["mapping"])
    capitals = dict(data.get("capitals", {}))
    rules = list(data.get("rules", []))
    ties = "combining"
    for name, value in options:
        choice = spec.options[name]["choices"][value]
        mapping.update(choice.get("mapping", {}))
        capitals.update(choice.get("capitals", {}))
        removed = set(choice.get("remove_rules", []))
        rules = list(choice.get("rules", [])) + [r for r in rules if r.get("id") not in removed]
        ties = choice.get("ties", ties)

    joiners = data.get("word_joiners", "")
    # Multi-letter sources without context are rules too: the regex sees them first.
    for src in [k for k in mapping if len(k) > 1]:
        rules.append({"from": src, "to": mapping.pop(src)})
    rules.sort(key=lambda r: -len(r["from"]))  # stable: file order within a length

    compiled_rules: list[Rule] = []
    for rule in rules:
        src, out = rule["from"], rule["to"]
        variants = [(src, set_ties(out, ties))]
        if src[0].upper() != src[0]:
            variants.append((src[0].upper() + src[1:], capital(out, ties)))
        for variant_src, variant_out in variants:
            pattern = _rule_pattern(spec, rule, variant_src, joiners)
            if any(r.pattern == pattern for r in compiled_rules):
                continue
            compiled_rules.append(
                Rule(variant_src, variant_out, pattern, rule.get("reverse", True))
            )

    lower = {k: set_ties(v, ties) for k, v in mapping.items()}
    caps = {k.upper(): capital(v, ties) for k, v in mapping.items() if k.upper() != k}
    caps.update({k: set_ties(v, ties) for k, v in capitals.items()})
    table = {ord(k): v for k, v in lower.items()}
    table.update({ord(k): v for k, v in caps.items()})

    letters = "".join(dict.fromkeys("".join(lower) + "".join(caps)))
    rules_re = None
    if compiled_rules:
        rules_re = _combined(compiled_rules)
    # A word in capitals needs its own pass only where a capital's title form differs from
    # its all-capitals form (Zh / ZH) or a rule writes more than one letter.
    multi = [k for k, v in caps.items() if v != v.upper()]
    multi += [r.source[0].upper() for r in compiled_rules if r.target != r.target.upper()]
    caps_re = None
    if multi:
        upper = _char_class("".join(c for c in letters if c.isupper()))[:-1]
        j = "".join(re.escape(c) for c in joiners)
        caps_re = re.compile(  # the class comes first, for the same reason as the rules'
            f"{upper}](?<!{WORD_CHAR}.)(?<![{_MARKS}{j}].)"
            f"{upper}{j}]*{upper}]"
            f"(?!{WORD_CHAR})(?![{_MARKS}{j}])"
        )
    return Compiled(
        spec=spec,
        options=options,
        mapping=lower,
        capitals=caps,
        rules=compiled_rules,
        letters=letters,
        joiners=joiners,
        ties=ties,
        table=table,
        rules_re=rules_re,
        rules_out=(None, *[r.target for r in compiled_rules]),  # type: ignore[arg-type]
        caps_re=caps_re,
    )
