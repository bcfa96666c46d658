"""The REST API and the web page, one FastAPI application.

Every request is bounded (guard.py): bodies by size as they arrive, text and Word documents by
what they hold, work by time (stopped when its time is up) and by how much runs at once. Uploads
are read into memory and never written to disk; no part of a request names a file the server
opens. The API documentation pages load nothing from outside the server.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any
from urllib.parse import quote

from fastapi import File, Form, Request, UploadFile
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException

from ...api import SystemInfo
from ...checker.docx_safety import DocxLimits, TooLarge
from ...engine.registry import BukvaError
from .guard import BodyLimit, Gate, Headers, Refused
from .models import (
    CheckIn,
    CheckOut,
    ConvertIn,
    ConvertOut,
    ErrorOut,
    IdentifyIn,
    MatchIn,
    ReverseIn,
    RomanizeIn,
    TransliterationOut,
)

STATIC = Path(__file__).resolve().parent / "static"
MAX_TEXT = 200_000  # characters in a JSON request
MAX_JSON = 4 * 2**20  # bytes of a JSON body (200,000 characters escaped, and a style)
MAX_UPLOAD = 10 * 1024 * 1024  # bytes in an uploaded manuscript
UPLOAD_LIMITS = DocxLimits(unpacked=25 * 2**20, parts=500, chars=2_000_000)
TIME_LIMIT = 30.0  # seconds of work per request
SLOTS = max(1, min(4, os.cpu_count() or 1))  # heavy requests at once
RESERVED = frozenset({"text", "lang", "system", "style", "scope", "reverse"})


ERRORS = {422: {"model": ErrorOut}, 413: {"model": ErrorOut}, 503: {"model": ErrorOut}}


def _text(text: str) -> str:
    if len(text) > MAX_TEXT:
        raise Refused(
            413, f"text: {len(text):,} characters; at most {MAX_TEXT:,} are taken at a time"
        )
    return text


def _options(options: dict[str, str]) -> dict[str, str]:
    for key in options:
        if key in RESERVED:
            raise BukvaError(
                f"options.{key}: {key!r} is not a system option (it is a field of the request)"
            )
    return options


def _style(table: Any):
    """A house style from a request: always a table, never a path (a request names no file)."""
    from ...style.house import _from_table

    if table is None:
        return None
    if not isinstance(table, dict):
        raise BukvaError("style: a JSON object (a house style's table) is expected")
    return _from_table(table, None) if table else None


def create_app(time_limit: float = TIME_LIMIT, slots: int = SLOTS):
    """The application: the API, the page, the documentation, all bounded (``time_limit``
    seconds of work per request, ``slots`` heavy requests at once)."""
    from fastapi_offline import FastAPIOffline
    from starlette.formparsers import MultiPartParser

    from ... import __version__

    MultiPartParser.spool_max_size = MAX_UPLOAD + 2**16  # an upload stays in memory
    gate = Gate(slots, time_limit)
    _work = gate.run
    app = FastAPIOffline(
        favicon_url="/favicon.ico",
        title="bukva",
        version=__version__,
        description="Romanize Russian and Chinese as scholars, editors and librarians "
        "do, and check manuscripts against a house style.",
    )

    @app.exception_handler(BukvaError)
    async def _bukva_error(_: Request, exc: BukvaError):
        return JSONResponse(
            {"error": str(exc)}, status_code=413 if isinstance(exc, TooLarge) else 422
        )

    @app.exception_handler(Refused)
    async def _refused(_: Request, exc: Refused):
        return JSONResponse({"error": exc.message}, status_code=exc.status, headers=exc.headers)

    @app.exception_handler(HTTPException)
    async def _http(_: Request, exc: HTTPException):
        return JSONResponse({"error": str(exc.detail)}, status_code=exc.status_code)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_: Request, exc: RequestValidationError):
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(x) for x in first.get("loc", ()) if x != "body")
        return JSONResponse(
            {"error": f"{where or 'request'}: {first.get('msg', 'invalid')}"}, status_code=422
        )

    @app.exception_handler(Exception)
    async def _unexpected(_: Request, exc: Exception):  # never a traceback to the client
        return JSONResponse(
            {
                "error": f"bukva could not do this ({type(exc).__name__}); "
                "please report it with the text you sent"
            },
            status_code=500,
        )

    app.state.gate = gate
    app.add_middleware(BodyLimit, json_limit=MAX_JSON, upload_limit=MAX_UPLOAD + 2**16)
    app.add_middleware(Headers)

    @app.get("/api/health", summary="Is the service up")
    async def health() -> dict[str, str]:
        return {"status": "ok", "version": __version__}

    @app.get("/api/systems", response_model=list[SystemInfo], summary="The systems, with options")
    async def list_systems(lang: str | None = None) -> list[SystemInfo]:
        from ... import api

        return api.systems(lang)

    @app.post(
        "/api/romanize",
        response_model=TransliterationOut,
        responses=ERRORS,
        summary="Romanize text, with spans and warnings",
    )
    async def romanize(req: RomanizeIn) -> dict[str, Any]:
        from ... import api

        result = await _work(
            api.transliterate,
            _text(req.text),
            req.lang,
            req.system,
            style=_style(req.style),
            scope=req.scope,
            **_options(req.options),
        )
        return result.to_dict()

    @app.post(
        "/api/reverse",
        response_model=TransliterationOut,
        responses=ERRORS,
        summary="Write romanized text back in Cyrillic",
    )
    async def reverse(req: ReverseIn) -> dict[str, Any]:
        from ... import api

        result = await _work(
            api.transliterate,
            _text(req.text),
            req.lang,
            req.system,
            reverse=True,
            **_options(req.options),
        )
        return result.to_dict()

    @app.post(
        "/api/convert",
        response_model=ConvertOut,
        responses=ERRORS,
        summary="Convert romanized Chinese names between systems",
    )
    async def convert(req: ConvertIn) -> dict[str, Any]:
        from ... import api

        text, changes = await _work(api.convert_explained, _text(req.text), req.source, req.target)
        return {"text": text, "changes": changes}

    @app.post(
        "/api/check",
        response_model=CheckOut,
        responses=ERRORS,
        summary="Check text against a house style",
    )
    async def check(req: CheckIn) -> dict[str, Any]:
        from ...checker.check import check_text

        findings = await _work(
            check_text, _text(req.text), _style(req.style), "text", req.format == "markdown"
        )
        return _check_out(findings)

    async def _upload(file: UploadFile) -> bytes:
        data = await file.read(MAX_UPLOAD + 1)
        if len(data) > MAX_UPLOAD:
            raise Refused(413, f"{file.filename}: larger than {MAX_UPLOAD // 2**20} MB")
        return data

    def _check_upload(
        name: str,
        data: bytes,
        style: str | None,
        style_toml: str | None = None,
        strict: bool = False,
    ):
        from ...checker.check import Checker
        from ...checker.documents import read_bytes
        from ...style.house import HouseStyle

        if style_toml:
            table = _toml_style(style_toml)
        else:
            try:
                table = json.loads(style) if style else None
            except json.JSONDecodeError as exc:
                raise BukvaError(f"style: not JSON ({exc.msg})") from None
        doc = read_bytes(name, data, UPLOAD_LIMITS)
        house = _style(table) or HouseStyle()
        return doc, Checker(house, strict).check_document(doc)

    @app.post(
        "/api/check/file",
        response_model=CheckOut,
        responses=ERRORS,
        summary="Check an uploaded manuscript (.md, .txt, .docx)",
    )
    async def check_file(
        file: UploadFile = File(...),  # noqa: B008 - FastAPI's idiom
        style: str | None = Form(None),
        style_toml: str | None = Form(None, description="a bukva.toml's text, instead of style"),
        strict: bool = Form(False),
    ) -> dict[str, Any]:
        data = await _upload(file)
        _, findings = await _work(
            _check_upload, file.filename or "upload.txt", data, style, style_toml, strict
        )
        return _check_out(findings)

    @app.post(
        "/api/fix/file",
        responses={200: {"content": {"application/octet-stream": {}}}, **ERRORS},
        summary="Apply the safe fixes to an uploaded manuscript; returns the fixed file",
    )
    async def fix_file(
        file: UploadFile = File(...),  # noqa: B008
        style: str | None = Form(None),
        style_toml: str | None = Form(None, description="a bukva.toml's text, instead of style"),
    ) -> Response:
        from ...checker.fix import fixed_bytes

        name = Path(file.filename or "upload.txt").name
        data = await _upload(file)
        doc, findings = await _work(_check_upload, name, data, style, style_toml)
        fixed, count = await _work(fixed_bytes, doc, findings)
        stem, suffix = Path(name).stem, Path(name).suffix or ".txt"
        out_name = f"{stem}.bukva{suffix}"
        plain = "".join(
            c if c.isascii() and c.isprintable() and c not in '"\\' else "_" for c in out_name
        )
        return Response(
            fixed,
            media_type="application/octet-stream",
            headers={  # RFC 6266/5987: the UTF-8 name, and an ASCII one for old clients
                "Content-Disposition": f'attachment; filename="{plain}"; '
                f"filename*=UTF-8''{quote(out_name, safe='')}",
                "X-Bukva-Fixes": str(count),
            },
        )

    @app.post("/api/identify", responses=ERRORS, summary="What a name is, in every system")
    async def identify_name(req: IdentifyIn) -> dict[str, Any]:
        from ...names import identify

        result = await _work(identify, _text(req.name), req.lang)
        return result.to_dict()

    @app.post("/api/match", responses=ERRORS, summary="Whether two names are one person's")
    async def match_names(req: MatchIn) -> dict[str, Any]:
        from ...names import match

        return (await _work(match, _text(req.a), _text(req.b))).to_dict()

    @app.post(
        "/api/names/cluster",
        responses=ERRORS,
        summary="Group an uploaded list of names (one a line, CSV or JSONL) into persons",
    )
    async def cluster_names(
        file: UploadFile = File(...),  # noqa: B008
        column: str | None = Form(None),
        style: str | None = Form(None),
    ) -> dict[str, Any]:
        data = await _upload(file)
        return {
            "groups": await _work(
                _cluster_upload, file.filename or "names.txt", data, column, style
            )
        }

    @app.get("/", include_in_schema=False)
    async def page() -> FileResponse:
        return FileResponse(STATIC / "index.html", media_type="text/html")

    @app.get("/favicon.ico", include_in_schema=False)
    async def favicon() -> FileResponse:
        return FileResponse(STATIC / "favicon.svg", media_type="image/svg+xml")

    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    return app


def _cluster_upload(name: str, data: bytes, column: str | None, style: str | None):
    from ...interfaces.cli_names import names_in
    from ...names import cluster

    try:
        table = json.loads(style) if style else None
    except json.JSONDecodeError as exc:
        raise BukvaError(f"style: not JSON ({exc.msg})") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise BukvaError(f"{name}: not UTF-8 text (byte {exc.start})") from None
    names = names_in(text, Path(name).suffix.lower(), column, name)  # in memory, as uploaded
    if len(names) > 50_000:
        raise Refused(413, f"{len(names):,} names; at most 50,000 are clustered at a time")
    return [g.to_dict() for g in cluster(names, _style(table))]


def _toml_style(text: str) -> dict[str, Any]:
    """A house style sent as a bukva.toml's text (or a pyproject.toml's [tool.bukva])."""
    import tomllib

    if len(text) > 65_536:
        raise Refused(413, "style_toml: a house style file of more than 64 KB")
    try:
        table = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise BukvaError(f"style_toml: not valid TOML ({exc})") from None
    if "tool" in table and "bukva" in table.get("tool", {}):
        table = table["tool"]["bukva"]
    return table


def _check_out(findings) -> dict[str, Any]:
    from ...checker.report import _summary

    return {"summary": _summary(findings), "findings": [f.to_dict() for f in findings]}
