"""Reading users' files plainly and writing them atomically."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from ..engine.registry import BukvaError


def read_text(path: str | Path) -> str:
    """A UTF-8 text file's contents, or a BukvaError saying where it is not UTF-8."""
    path = Path(path)
    data = path.read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise BukvaError(
            f"{path}: not UTF-8 text (byte {exc.start}, line {line}); save it as UTF-8 and retry"
        ) from None


def atomic_write(path: str | Path, data: str | bytes, *, backup: bool = False) -> Path | None:
    """Write ``data`` to ``path`` through a temporary file in the same folder, then rename.

    With ``backup``, an existing file is first copied to ``path~`` (returned). Either the old
    file or the new one is there at every moment; never half of one.
    """
    path = Path(path)
    saved = None
    if backup and path.exists():
        saved = path.with_name(path.name + "~")
        shutil.copy2(path, saved)
    with atomic_stream(path) as f:
        f.write(data.encode("utf-8") if isinstance(data, str) else data)
    return saved


@contextmanager
def atomic_stream(path: str | Path | None, mode: str = "wb", **open_args: Any) -> Iterator[IO]:
    """A file to stream into that appears at ``path`` only once it is written whole: a
    temporary file in the same folder, renamed at the end, removed if anything fails.
    With no ``path`` there is nothing to write, and None is given."""
    if path is None:
        yield None  # type: ignore[misc]
        return
    path = Path(path)
    f = tempfile.NamedTemporaryFile(  # noqa: SIM115 - renamed or removed below
        mode, delete=False, dir=path.parent, prefix=f".{path.name}.", suffix=".tmp", **open_args
    )
    try:
        yield f
        f.flush()
        os.fsync(f.fileno())
        f.close()
        if path.exists():
            shutil.copymode(path, f.name)
        os.replace(f.name, path)
    except BaseException:
        f.close()
        Path(f.name).unlink(missing_ok=True)
        raise
