"""A time limit for the work of one thread, checked inside the long loops.

The web service gives each request a deadline; the loops that can run long on hostile input
(Chinese segmentation and tagging, the polyphone network's batches, the checker's words) call
:func:`check`, which raises :class:`TimeLimit` once the deadline has passed, so the work stops
where it is instead of running on after the client got its answer. Without a deadline (the
library, the command line) a check costs one attribute lookup.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

from .registry import BukvaError

_local = threading.local()


class TimeLimit(BukvaError):
    """The work ran past its deadline and was stopped."""


def check() -> None:
    """Raise TimeLimit if this thread's deadline has passed."""
    limit = getattr(_local, "deadline", None)
    if limit is not None and time.monotonic() > limit:
        raise TimeLimit("the work ran past its time limit and was stopped")


def current() -> float | None:
    """This thread's deadline (``time.monotonic()`` seconds), or None: for a loop that checks
    it at every step itself (``time.monotonic() > limit``)."""
    return getattr(_local, "deadline", None)


@contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Run the block with a deadline ``seconds`` from now (in this thread)."""
    before = getattr(_local, "deadline", None)
    _local.deadline = time.monotonic() + seconds
    try:
        yield
    finally:
        _local.deadline = before
