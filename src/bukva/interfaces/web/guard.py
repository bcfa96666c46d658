"""The service's bounds: request bodies counted as they arrive, heavy work that stops at its
time limit and never runs more at once than the server has room for, and safe headers.

A size limit read only from Content-Length is no limit: a chunked body has none. BodyLimit
counts the bytes of every body as the server hands them over, whatever the transfer encoding,
and stops reading (413) at the limit. Gate runs each heavy call in a worker thread under a
deadline the long loops check (engine.deadline), so the work stops when its time is up instead
of running on after the 503; at most ``slots`` calls run at once, and a request that finds no
slot free within a moment is answered 503 with Retry-After.
"""

from __future__ import annotations

import asyncio
import json
from functools import partial
from typing import Any

from starlette.exceptions import HTTPException

from ...engine.deadline import TimeLimit, deadline


class Refused(Exception):
    """A request the service will not do: a status and a sentence for the person."""

    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        self.status, self.message, self.headers = status, message, headers or {}


class BodyLimit:
    """ASGI middleware: bodies over ``json_limit`` (``upload_limit`` for multipart) get 413."""

    def __init__(self, app, json_limit: int, upload_limit: int) -> None:
        self.app, self.json_limit, self.upload_limit = app, json_limit, upload_limit

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        multipart = headers.get(b"content-type", b"").startswith(b"multipart/")
        limit = self.upload_limit if multipart else self.json_limit
        what = f"{limit // 2**20} MB" if limit >= 2**20 else f"{limit // 1024} KB"
        message = f"the request is larger than {what}; send a smaller one"
        length = headers.get(b"content-length", b"")
        if length.isdigit() and int(length) > limit:
            await _answer(send, 413, message)
            return
        received = 0

        async def counted():
            nonlocal received
            event = await receive()
            if event["type"] == "http.request":
                received += len(event.get("body", b""))
                if received > limit:
                    raise HTTPException(413, message)
            return event

        await self.app(scope, counted, send)


class Headers:
    """ASGI middleware: no server banner; nosniff, framing refused, a content policy."""

    PAGE = (
        "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; "
        "form-action 'self'; frame-ancestors 'none'"
    )
    DOCS = (  # Swagger UI and ReDoc start themselves with an inline script
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' "
        "'unsafe-inline'; img-src 'self' data:; worker-src 'self' blob:; object-src 'none'; "
        "base-uri 'none'; frame-ancestors 'none'"
    )

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        docs = scope.get("path", "").startswith(("/docs", "/redoc"))

        async def with_headers(event):
            if event["type"] == "http.response.start":
                kept = [(k, v) for k, v in event.get("headers", []) if k.lower() != b"server"]
                kept += [
                    (b"x-content-type-options", b"nosniff"),
                    (b"x-frame-options", b"DENY"),
                    (b"referrer-policy", b"no-referrer"),
                    (b"content-security-policy", (self.DOCS if docs else self.PAGE).encode()),
                ]
                event = {**event, "headers": kept}
            await send(event)

        await self.app(scope, receive, with_headers)


async def _answer(send, status: int, message: str) -> None:
    body = json.dumps({"error": message}).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
                (b"connection", b"close"),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


def _bounded(seconds: float, func, args, kwargs):
    with deadline(seconds):
        return func(*args, **kwargs)


class Gate:
    """Heavy calls: at most ``slots`` at once, each stopped at ``seconds``."""

    WAIT = 2.0  # seconds a request waits for a free slot before it is told to come back

    def __init__(self, slots: int, seconds: float) -> None:
        self.slots, self.seconds = slots, seconds
        self._free: asyncio.Semaphore | None = None

    def _semaphore(self) -> asyncio.Semaphore:
        if self._free is None:
            self._free = asyncio.Semaphore(self.slots)
        return self._free

    async def run(self, func, *args: Any, **kwargs: Any) -> Any:
        free = self._semaphore()
        try:
            await asyncio.wait_for(free.acquire(), self.WAIT)
        except TimeoutError:
            raise Refused(
                503,
                "the server is busy with other long requests; try again in a few seconds",
                {"Retry-After": "5"},
            ) from None
        loop = asyncio.get_running_loop()
        future = loop.run_in_executor(None, partial(_bounded, self.seconds, func, args, kwargs))
        future.add_done_callback(lambda _: free.release())  # the slot is held until it stops
        too_long = Refused(
            503,
            f"the request took longer than {self.seconds:.0f} s and was stopped; send less "
            "text at a time",
        )
        try:
            return await asyncio.wait_for(asyncio.shield(future), self.seconds + 5)
        except TimeoutError:
            raise too_long from None
        except TimeLimit:
            raise too_long from None
