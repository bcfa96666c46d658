"""Progress for long batches: a rich bar on a terminal, plain lines elsewhere.

The total is counted before the work starts (record terminators of a MARC file, lines of a CSV
or JSONL file: a pass at disk speed), so the bar shows how far along it is and how long is left.
The rate is measured from the first finished chunk on: loading the models is start-up, not speed.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path


def count_in_file(path: Path, marker: bytes, minus: int = 0) -> int | None:
    """How many ``marker`` bytes the file holds (records, lines), less ``minus``; None if it
    cannot be read. ``b"</record>"`` counts MARC XML records (namespaced or not)."""
    if marker == b"</record>":
        return _count_xml(path)
    n = 0
    last = b""
    try:
        with open(path, "rb") as f:
            while block := f.read(1 << 22):
                n += block.count(marker)
                last = block[-1:]
    except OSError:
        return None
    if last and last != marker:
        n += 1  # a last record or line without its terminator
    return max(n - minus, 0)


def _count_xml(path: Path) -> int | None:
    n = 0
    tail = b""
    try:
        with open(path, "rb") as f:
            while block := f.read(1 << 22):
                data = tail + block
                n += data.count(b"</record>") + data.count(b":record>") // 2
                tail = b""  # a tag cut between blocks is rare; the total is an estimate
    except OSError:
        return None
    return n


class Progress:
    """Count records; show records per second after start-up and, with a total, an estimate."""

    def __init__(
        self, label: str, total: int | None = None, every: int = 10_000, quiet: bool = False
    ) -> None:
        self.label = label
        self.total = total
        self.every = every
        self.count = 0
        self.start = time.perf_counter()
        self.warm: tuple[float, int] | None = None  # (time, count) when the first chunk was done
        self.quiet = quiet
        self.bar = None
        if not quiet and sys.stderr.isatty():
            from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeRemainingColumn
            from rich.progress import Progress as Bar

            self.bar = Bar(
                TextColumn("{task.description}"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("{task.fields[rate]} records/s"),
                TimeRemainingColumn(),
                transient=False,
            )
            self.bar.start()
            self.task = self.bar.add_task(label, total=total, rate="-")

    @property
    def rate(self) -> float | None:
        """Records per second since start-up ended; None until two chunks are done."""
        if self.warm is None or self.count == self.warm[1]:
            return None
        return (self.count - self.warm[1]) / max(time.perf_counter() - self.warm[0], 1e-9)

    def _rate_text(self) -> str:
        rate = self.rate
        return "-" if rate is None else f"{rate:,.0f}"

    def advance(self, n: int = 1) -> None:
        self.count += n
        if self.quiet:
            return
        if self.bar is not None:
            self.bar.update(self.task, advance=n, rate=self._rate_text())
        elif self.count % self.every < n:
            of = f" of {self.total:,}" if self.total else ""
            print(
                f"bukva: {self.label}: {self.count:,}{of} records, {self._rate_text()}/s",
                file=sys.stderr,
            )

    def chunk_done(self) -> None:
        """A chunk was written: the first one ends start-up."""
        if self.warm is None:
            self.warm = (time.perf_counter(), self.count)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.stop()
        elif not self.quiet:
            took = time.perf_counter() - self.start
            rate = self.rate
            speed = f", {rate:,.0f}/s after start-up" if rate is not None else ""
            print(
                f"bukva: {self.label}: {self.count:,} records in {took:.1f} s{speed}",
                file=sys.stderr,
            )
