"""Find, load and validate the system files under ``bukva/systems``."""

from __future__ import annotations

import json
import tomllib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

SYSTEMS_DIR = Path(__file__).resolve().parent.parent / "systems"


class BukvaError(ValueError):
    """A request bukva cannot carry out; the message says what to change."""


@dataclass(frozen=True, eq=False)
class SystemSpec:
    """A system file as loaded: its data and where it came from."""

    data: dict[str, Any] = field(repr=False)
    path: Path

    @property
    def id(self) -> str:
        return self.data["id"]

    @property
    def languages(self) -> list[str]:
        return self.data["languages"]

    @property
    def name(self) -> str:
        return self.data["name"]

    @property
    def reversible(self) -> bool:
        return self.data["reversible"]

    @property
    def options(self) -> dict[str, dict[str, Any]]:
        return self.data.get("options", {})

    def option_defaults(self) -> dict[str, str]:
        return {name: opt["default"] for name, opt in self.options.items()}


@cache
def _validator():
    import fastjsonschema  # imported here: only loading a system needs it

    schema = json.loads((SYSTEMS_DIR / "schema.json").read_text(encoding="utf-8"))
    return fastjsonschema.compile(schema)


def load_file(path: Path) -> SystemSpec:
    """Load one system file and validate it against ``schema.json``."""
    import fastjsonschema

    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise BukvaError(f"{path.name}: not valid TOML: {exc}") from None
    try:
        data = _validator()(data)
    except fastjsonschema.JsonSchemaException as exc:
        raise BukvaError(f"{path.name}: {exc.message}") from None
    _check_consistency(data, path)
    return SystemSpec(data, path)


def _check_consistency(data: dict[str, Any], path: Path) -> None:
    """What the schema cannot say: defaults name a choice, rules name known classes."""
    for name, opt in data.get("options", {}).items():
        if opt["default"] not in opt["choices"]:
            raise BukvaError(f"{path.name}: option {name!r} defaults to an unknown choice")
    if data["reversible"] and "reverse" not in data["directions"]:
        raise BukvaError(f"{path.name}: a reversible system must list the reverse direction")


@cache
def all_specs() -> tuple[SystemSpec, ...]:
    """Every system file bukva ships, loaded once."""
    specs = [load_file(p) for p in sorted(SYSTEMS_DIR.glob("*/*.toml"))]
    seen: dict[tuple[str, str], Path] = {}
    for spec in specs:
        for lang in spec.languages:
            key = (lang, spec.id)
            if key in seen:
                raise BukvaError(
                    f"{spec.path.name} and {seen[key].name} both define {lang}/{spec.id}"
                )
            seen[key] = spec.path
    return tuple(specs)


@cache
def _specs_in(folder: str) -> tuple[SystemSpec, ...]:
    return tuple(load_file(p) for p in sorted((SYSTEMS_DIR / folder).glob("*.toml")))


def _folder_for(lang: str) -> str:
    return "chinese" if lang in ("zh", "zh-latn") else "cyrillic"


def find(lang: str, system: str) -> SystemSpec:
    """The spec of ``system`` for ``lang``, or a BukvaError naming the valid ones."""
    candidates = [s for s in _specs_in(_folder_for(lang)) if lang in s.languages]
    for spec in candidates:
        if spec.id == system:
            return spec
    if not candidates:
        langs = sorted({lg for s in all_specs() for lg in s.languages})
        raise BukvaError(f"unknown language {lang!r}; bukva knows: {', '.join(langs)}")
    valid = ", ".join(sorted(s.id for s in candidates))
    elsewhere = sorted({lg for s in all_specs() if s.id == system for lg in s.languages})
    if elsewhere:
        raise BukvaError(
            f"{system!r} is a system for {', '.join(elsewhere)}, not for {lang!r}"
            + (
                " (Chinese is not written back into Cyrillic; 'bukva convert' rewrites romanized "
                "Chinese between systems)"
                if "zh" in elsewhere
                else ""
            )
            + f"; systems for {lang!r}: {valid}"
        )
    raise BukvaError(f"unknown system {system!r} for language {lang!r}; valid systems: {valid}")


def languages() -> list[str]:
    """Every language some system serves."""
    return sorted({lg for s in all_specs() for lg in s.languages})
