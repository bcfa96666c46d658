"""Load a house style from ``bukva.toml`` or ``[tool.bukva]`` in ``pyproject.toml``.

A house style names the system for each language, the system's options, other systems for
parts of a book (``[scopes.notes]``, ``[scopes.bibliography]``), and exceptions that always win
(``Микоян = "Mikoyan"``), its own or from bukva's curated lists (``include``). By default an
exception applies to names in the body of the text; in notes and bibliography, where titles and
quotations keep the strict system, both forms stand (``exceptions_in`` changes that).
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field, replace
from functools import cache, cached_property
from pathlib import Path
from typing import Any

from ..engine.registry import BukvaError, find

LISTS = Path(__file__).resolve().parent / "lists"
SCOPES = ("body", "notes", "bibliography")
PREFER = ("familiar", "either", "strict")
DEFAULTS = {"ru": "ala-lc", "zh": "pinyin"}
_KEYS = {
    "include",
    "exceptions",
    "exceptions_in",
    "options",
    "prefer",
    "scopes",
    *DEFAULTS,
    "uk",
    "be",
    "bg",
    "sr",
    "mk",
}


@dataclass(frozen=True)
class Exception_:
    """One exception: the source form, the form the house prints, and where it comes from."""

    source: str
    form: str
    origin: str
    lang: str
    romanized: tuple[str, ...] | None = None  # system forms of the name (curated lists say)
    prefer: str = "familiar"  # familiar, either (the strict form is accepted too) or strict
    list_name: str = ""  # the curated list it comes from, if any


@dataclass
class HouseStyle:
    """A house style, ready to use."""

    systems: dict[str, str] = field(default_factory=lambda: dict(DEFAULTS))
    options: dict[str, dict[str, str]] = field(default_factory=dict)
    scopes: dict[str, dict[str, str]] = field(default_factory=dict)
    exceptions: dict[str, Exception_] = field(default_factory=dict)
    exceptions_in: tuple[str, ...] = ("body",)
    path: Path | None = None

    def system_for(self, lang: str, scope: str = "body") -> tuple[str, dict[str, str]]:
        """The system (and its options) for ``lang`` in ``scope``."""
        system = (
            self.scopes.get(scope, {}).get(lang)
            or self.systems.get(lang)
            or DEFAULTS.get(lang, "ala-lc")
        )
        options = dict(self.options.get(lang, {})) if system == self.systems.get(lang) else {}
        options.update(self.options.get(f"{scope}.{lang}", {}))
        return system, options

    def exceptions_apply(self, scope: str) -> bool:
        return scope in self.exceptions_in

    def exceptions_for(self, lang: str) -> dict[str, Exception_]:
        return {k: e for k, e in self.exceptions.items() if e.lang == lang}

    @cached_property
    def accepted_forms(self) -> frozenset[str]:
        """Every form an exception prints, and the strict forms of those the house accepts
        either way (Guomindang beside Kuomintang): never reported as a wrong system."""
        out = {e.form for e in self.exceptions.values()}
        for e in self.exceptions.values():
            if e.prefer == "either" and e.romanized:
                out.add(e.romanized[0])
        return frozenset(out)


def _lang_of(source: str) -> str:
    if any("\u0400" <= c <= "\u04ff" for c in source):
        return "ru"
    return "zh"


@cache
def curated(name: str) -> tuple[Exception_, ...]:
    """A list bukva ships (``familiar-russian``, ``familiar-chinese``)."""
    path = LISTS / f"{name}.toml"
    if not path.exists():
        known = ", ".join(sorted(p.stem for p in LISTS.glob("*.toml")))
        raise BukvaError(f"no exception list {name!r}; bukva ships: {known}")
    data = tomllib.loads(path.read_text("utf-8"))
    out = []
    for entry in data["entry"]:
        for source in entry["source_forms"]:
            out.append(
                Exception_(
                    source,
                    entry["form"],
                    f"{name}: {entry['authority']}",
                    entry.get("lang", _lang_of(source)),
                    tuple(entry["romanized"]) if "romanized" in entry else None,
                    entry.get("prefer", "familiar"),
                    name,
                )
            )
    return tuple(out)


def _from_table(table: dict[str, Any], path: Path | None) -> HouseStyle:
    where = str(path) if path else "house style"
    unknown = set(table) - _KEYS
    if unknown:
        raise BukvaError(
            f"{where}: unknown key {sorted(unknown)[0]!r}; a house style has: "
            + ", ".join(sorted(_KEYS))
        )
    _check_types(table, where)
    style = HouseStyle(path=path)
    for lang in ("ru", "zh", "uk", "be", "bg", "sr", "mk"):
        if lang in table:
            find(lang, table[lang])  # fails with the valid systems named
            style.systems[lang] = table[lang]
    for lang, opts in table.get("options", {}).items():
        style.options[lang] = {
            k: str(v).lower() if isinstance(v, bool) else str(v) for k, v in opts.items()
        }
    for scope, langs in table.get("scopes", {}).items():
        if scope not in SCOPES:
            raise BukvaError(f"{where}: unknown scope {scope!r}; scopes are: {', '.join(SCOPES)}")
        for lang, system in langs.items():
            if isinstance(system, dict):  # [scopes.notes.options.ru]
                continue
            find(lang, system)
        style.scopes[scope] = {k: v for k, v in langs.items() if isinstance(v, str)}
    prefer = table.get("prefer", {})
    for name in table.get("include", []):
        for exc in curated(name):
            choice = prefer.get(exc.form) or prefer.get(name) or exc.prefer
            if choice not in PREFER:
                raise BukvaError(f"{where}: prefer for {exc.form!r} must be one of {PREFER}")
            if choice == "strict":
                continue  # the house writes this name by its system
            style.exceptions.setdefault(exc.source, replace(exc, prefer=choice))
    origin = path.name if path else "house style"
    for source, form in table.get("exceptions", {}).items():
        style.exceptions[source] = Exception_(source, form, origin, _lang_of(source))
    scopes = table.get("exceptions_in", ["body"])
    for scope in scopes:
        if scope not in SCOPES:
            raise BukvaError(f"{where}: exceptions_in names an unknown scope {scope!r}")
    style.exceptions_in = tuple(scopes)
    return style


def _check_types(table: dict[str, Any], where: str) -> None:
    """Each key of a house style holds what it must, or a BukvaError naming the key."""

    def need(ok: bool, key: str, what: str) -> None:
        if not ok:
            raise BukvaError(f"{where}: {key} must be {what}")

    for lang in ("ru", "zh", "uk", "be", "bg", "sr", "mk"):
        if lang in table:
            need(isinstance(table[lang], str), lang, "a system's name (a string)")

    def strings(key: str, default: list[str], what: str) -> None:
        value = table.get(key, default)
        need(isinstance(value, list) and all(isinstance(x, str) for x in value), key, what)

    strings("include", [], "a list of list names")
    exceptions = table.get("exceptions", {})
    need(isinstance(exceptions, dict), "exceptions", "a table of source = form")
    for k, v in exceptions.items():
        need(isinstance(v, str), f"exceptions.{k}", "a string (the form the house prints)")
    strings("exceptions_in", ["body"], "a list of scopes")
    options = table.get("options", {})
    need(isinstance(options, dict), "options", "a table of languages")
    for lang, opts in options.items():
        need(isinstance(opts, dict), f"options.{lang}", "a table of option = value")
        for k, v in opts.items():
            need(isinstance(v, str | bool | int), f"options.{lang}.{k}", "a string")
    prefer = table.get("prefer", {})
    need(isinstance(prefer, dict), "prefer", "a table of list or form = familiar|either|strict")
    scopes = table.get("scopes", {})
    need(isinstance(scopes, dict), "scopes", "a table of scopes")
    for scope, langs in scopes.items():
        need(isinstance(langs, dict), f"scopes.{scope}", "a table of language = system")
        for lang, system in langs.items():
            need(isinstance(system, str | dict), f"scopes.{scope}.{lang}", "a system's name")


def load_style(path: str | Path) -> HouseStyle:
    """Load ``bukva.toml`` (or the ``[tool.bukva]`` table of a ``pyproject.toml``)."""
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text("utf-8"))
    except FileNotFoundError:
        raise BukvaError(f"no house style at {path}") from None
    except tomllib.TOMLDecodeError as exc:
        raise BukvaError(f"{path}: not valid TOML: {exc}") from None
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("bukva")
        if data is None:
            raise BukvaError(f"{path} has no [tool.bukva] table")
    return _from_table(data, path)


def find_style(start: str | Path) -> HouseStyle | None:
    """The house style that governs ``start``: the nearest ``bukva.toml``, or a
    ``pyproject.toml`` with ``[tool.bukva]``, from its folder upward."""
    here = Path(os.path.abspath(start))  # a link's own folder, not its target's
    folder = here if here.is_dir() else here.parent
    for d in (folder, *folder.parents):
        if (d / "bukva.toml").is_file():
            return load_style(d / "bukva.toml")
        pyproject = d / "pyproject.toml"
        if pyproject.is_file():
            data = tomllib.loads(pyproject.read_text("utf-8"))
            if "bukva" in data.get("tool", {}):
                return load_style(pyproject)
    return None


def as_style(style: HouseStyle | str | Path | dict | None) -> HouseStyle | None:
    """Accept a HouseStyle, a path to one, or its table as a dict."""
    if style is None or isinstance(style, HouseStyle):
        return style
    if isinstance(style, dict):
        return _from_table(style, None)
    return load_style(style)
