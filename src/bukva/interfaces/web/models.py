"""The REST API's request and response models (the OpenAPI document is made from them)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, create_model


class ErrorOut(BaseModel):
    error: str = Field(description="what is wrong, in one sentence a person can act on")


class SpanOut(BaseModel):
    source_start: int
    source_end: int
    output_start: int
    output_end: int
    kind: str = Field(description="word, text (passed through) or exception")
    alternatives: list[str] = []


class NoticeOut(BaseModel):
    code: str
    message: str
    start: int
    end: int


class RomanizeIn(BaseModel):
    text: str = Field(description="the text to romanize (at most 200,000 characters)")
    lang: str = Field("auto", description="ru, uk, be, bg, sr, mk, zh or auto")
    system: str | None = Field(None, description="see /api/systems; default ALA-LC")
    options: dict[str, str] = Field(default_factory=dict, description="the system's options")
    style: dict[str, Any] | None = Field(None, description="a house style, as bukva.toml's table")
    scope: Literal["body", "notes", "bibliography"] = "body"


class ReverseIn(BaseModel):
    text: str = Field(description="at most 200,000 characters")
    lang: str = "ru"
    system: str = "ala-lc"
    options: dict[str, str] = Field(default_factory=dict)


class TransliterationOut(BaseModel):
    source: str
    text: str
    lang: str
    system: str
    direction: str
    options: dict[str, str]
    spans: list[SpanOut]
    warnings: list[NoticeOut]


class ConvertIn(BaseModel):
    text: str = Field(description="at most 200,000 characters")
    source: str = Field(description="wade-giles, palladius, czech, yale or pinyin")
    target: str = "pinyin"


class ConvertChange(BaseModel):
    """A name the gazetteer converted: Peking → Beijing, written in the postal system."""

    model_config = ConfigDict(populate_by_name=True)

    from_: str = Field(alias="from", description="the name as written")
    to: str
    system: str = Field(description="the system it was written in: postal, wade-giles ...")
    source: str = Field(description="where the gazetteer has the name from")


class ConvertOut(BaseModel):
    text: str
    changes: list[ConvertChange] = Field(
        default_factory=list, description="each name the gazetteer converted, with its source"
    )


class CheckIn(BaseModel):
    text: str = Field(description="at most 200,000 characters")
    format: Literal["markdown", "text"] = "markdown"
    style: dict[str, Any] | None = Field(None, description="a house style, as bukva.toml's table")


def _finding_model() -> type[BaseModel]:
    """The API's finding: the checker's Finding as it reports it (Finding.to_dict), without
    the offsets it keeps for fixes; one definition, so the two cannot drift."""
    import dataclasses
    import typing

    from ...checker.finding import INTERNAL, Finding

    hints = typing.get_type_hints(Finding)
    fields: dict[str, Any] = {
        f.name: (
            hints[f.name],
            ...
            if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
            else None,
        )
        for f in dataclasses.fields(Finding)
        if f.name not in INTERNAL
    }
    return create_model("FindingOut", **fields)


FindingOut = _finding_model()


class CheckOut(BaseModel):
    summary: dict[str, Any]
    findings: list[FindingOut]


class IdentifyIn(BaseModel):
    name: str = Field(description="a name in any script and system")
    lang: Literal["ru", "zh"] | None = None


class MatchIn(BaseModel):
    a: str
    b: str
