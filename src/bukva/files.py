"""Reading users' files plainly and writing them atomically, as the user's own files.

A file bukva writes appears whole or not at all (a temporary file in the same folder, renamed);
a new file gets the user's umask (0644 under 022), a rewritten one keeps its mode; a symbolic
link is written through to its target and stays a link; a backup is written the same way; and
temporaries a killed run left behind (``.NAME.*.tmp``) are removed by the next one.
"""

from __future__ import annotations

import os
import stat
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from .engine.registry import BukvaError

STALE_AFTER = 60.0  # seconds: an older temporary of ours is a killed run's


def read_text(path: str | Path) -> str:
    """A UTF-8 text file's contents, or a BukvaError saying where it is not UTF-8."""
    path = Path(path)
    data = path.read_bytes()
    return decode(data, str(path))


def decode(data: bytes, label: str, base: int = 0, base_line: int = 0) -> str:
    """``data`` as UTF-8 (a BOM dropped), or a BukvaError naming the byte and line."""
    try:
        return data.decode("utf-8-sig" if base == 0 else "utf-8")
    except UnicodeDecodeError as exc:
        line = base_line + data[: exc.start].count(b"\n") + 1
        raise BukvaError(
            f"{label}: not UTF-8 text (byte {base + exc.start}, line {line}); "
            "save it as UTF-8 and retry"
        ) from None


def _umask() -> int:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except OSError:
        pass
    mask = os.umask(0o022)  # no /proc: read it by setting it back at once
    os.umask(mask)
    return mask


def real_target(path: str | Path) -> Path:
    """Where writing ``path`` must go: a symbolic link's final target, so the link stays."""
    path = Path(path)
    return Path(os.path.realpath(path)) if path.is_symlink() else path


def is_read_only(path: str | Path) -> bool:
    """Whether the file's mode gives nobody write permission (0444): the user locked it."""
    try:
        return not os.stat(path).st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)
    except OSError:
        return False


def _clean_stale(folder: Path, name: str) -> None:
    now = time.time()
    for old in folder.glob(f".{name}.*.tmp"):
        try:
            if now - old.stat().st_mtime > STALE_AFTER:
                old.unlink()
        except OSError:
            pass


def atomic_write(path: str | Path, data: str | bytes, *, backup: bool = False) -> Path | None:
    """Write ``data`` to ``path`` through a temporary file in the same folder, then rename.

    With ``backup``, an existing file is first copied to ``path~`` (returned), atomically too.
    Either the old file or the new one is there at every moment; never half of one.
    """
    path = real_target(path)
    saved = None
    if backup and path.exists():
        saved = path.with_name(path.name + "~")
        with atomic_stream(saved) as f, open(path, "rb") as original:
            while block := original.read(1 << 20):
                f.write(block)
        os.chmod(saved, stat.S_IMODE(os.stat(path).st_mode))
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
    path = real_target(path)
    folder = path.parent if str(path.parent) else Path(".")
    _clean_stale(folder, path.name)
    try:
        f = tempfile.NamedTemporaryFile(  # noqa: SIM115 - renamed or removed below
            mode, delete=False, dir=folder, prefix=f".{path.name}.", suffix=".tmp", **open_args
        )
    except OSError as exc:
        raise BukvaError(f"cannot write {path}: {exc.strerror or exc}") from None
    try:
        yield f
        f.flush()
        os.fsync(f.fileno())
        f.close()
        if path.exists():
            os.chmod(f.name, stat.S_IMODE(os.stat(path).st_mode))
        else:
            os.chmod(f.name, 0o666 & ~_umask())
        os.replace(f.name, path)
    except BaseException:
        f.close()
        Path(f.name).unlink(missing_ok=True)
        raise
