"""The REST API's request and response models (the OpenAPI document is made from them)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field


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


class ConvertOut(BaseModel):
    text: str


class CheckIn(BaseModel):
    text: str = Field(description="at most 200,000 characters")
    format: Literal["markdown", "text"] = "markdown"
    style: dict[str, Any] | None = Field(None, description="a house style, as bukva.toml's table")


class FindingOut(BaseModel):
    rule: str
    file: str
    where: str
    line: int | None
    column: int | None
    text: str
    fix: str | None
    safe: bool
    message: str
    context: str
    system: str | None
    occurrences: list[dict[str, Any]]
    confidence: float = Field(description="0-1: how sure the check is that this is a departure")
    evidence: list[str] = Field(description="what the finding rests on")
    protected: str | None = Field(
        None, description="the context kind it stands in (quotation, title, ...), with strict"
    )


class CheckOut(BaseModel):
    summary: dict[str, Any]
    findings: list[FindingOut]


class IdentifyIn(BaseModel):
    name: str = Field(description="a name in any script and system")
    lang: Literal["ru", "zh"] | None = None


class MatchIn(BaseModel):
    a: str
    b: str
