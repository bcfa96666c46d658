"""Reading users' files plainly and writing them atomically."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

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
    raw = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent or ".")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(raw)
            f.flush()
            os.fsync(f.fileno())
        if path.exists():
            shutil.copymode(path, tmp)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return saved
