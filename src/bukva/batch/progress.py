"""Progress for long batches: a rich bar on a terminal, plain lines elsewhere."""

from __future__ import annotations

import sys
import time


class Progress:
    """Count records; show records per second and, when the total is known, an estimate."""

    def __init__(
        self, label: str, total: int | None = None, every: int = 10_000, quiet: bool = False
    ) -> None:
        self.label = label
        self.total = total
        self.every = every
        self.count = 0
        self.start = time.perf_counter()
        self.quiet = quiet
        self.bar = None
        if not quiet and sys.stderr.isatty():
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                TextColumn,
                TimeRemainingColumn,
            )
            from rich.progress import (
                Progress as Bar,
            )

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
    def rate(self) -> float:
        return self.count / max(time.perf_counter() - self.start, 1e-9)

    def advance(self, n: int = 1) -> None:
        self.count += n
        if self.quiet:
            return
        if self.bar is not None:
            self.bar.update(self.task, advance=n, rate=f"{self.rate:,.0f}")
        elif self.count % self.every < n:
            print(
                f"bukva: {self.label}: {self.count:,} records, {self.rate:,.0f}/s", file=sys.stderr
            )

    def close(self) -> None:
        if self.bar is not None:
            self.bar.stop()
        elif not self.quiet:
            print(
                f"bukva: {self.label}: {self.count:,} records in "
                f"{time.perf_counter() - self.start:.1f} s ({self.rate:,.0f}/s)",
                file=sys.stderr,
            )
