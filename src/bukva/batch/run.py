"""Run a batch in one process or on Dask, with the same chunk functions either way.

The input is read a chunk at a time; each chunk is romanized by a plain function of the chunk
(locally, or on a Dask worker) and the results are written in input order, so the output of a
cluster run is the output of a local run, byte for byte. At most a few chunks are in flight, so
memory does not grow with the file.
"""

from __future__ import annotations

import itertools
import json
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from ..engine.registry import BukvaError
from ..files import atomic_stream
from .marc import RECORD_END, Options, Problem, parse, process, read_binary
from .progress import Progress, count_in_file
from .tables import (
    TableJob,
    check_header,
    format_csv_row,
    out_header,
    romanize_csv_row,
    romanize_json_line,
)

CHUNK = 500  # records or rows per chunk
IN_FLIGHT = 8  # chunks submitted to the cluster ahead of the one being written


# -- chunk functions (run on workers) --------------------------------------------------------


def marc_chunk(
    items: list[tuple[int, int, Any]], opts: Options, verify: bool, xml: bool
) -> list[tuple[str, Any]]:
    """Romanize (or verify) MARC records (raw bytes, or records read from XML); returns
    ("record", bytes) / ("problem", dict)."""
    out: list[tuple[str, Any]] = []

    came_in: list[bool] = []  # per record read: was it MARC-8

    def parsed():
        for position, offset, raw in items:
            if not isinstance(raw, bytes):  # a record read from MARC XML: used as it is
                came_in.append(False)
                yield position, offset, raw, None
                continue
            try:
                record = parse(raw)
            except BukvaError as exc:
                yield position, offset, None, str(exc)
                continue
            came_in.append(raw[9:10] != b"a")
            yield position, offset, record, None

    for kind, *rest in process(parsed(), opts, verify):
        if kind == "problem":
            out.append(("problem", rest[0].to_dict()))
        elif kind == "checked":
            out.append(("checked", None))
        else:
            try:
                marc8 = opts.encoding == "marc8" or (opts.encoding == "same" and came_in[-1])
                out.append(("record", _serialize(rest[0], xml, marc8)))
            except Exception as exc:  # a leader or field pymarc cannot write back
                out.append(
                    ("problem", Problem(0, None, None, f"could not be written: {exc}").to_dict())
                )
    return out


def _serialize(record, xml: bool, marc8: bool = False) -> bytes:
    if xml:
        from pymarc import record_to_xml

        return record_to_xml(record) + b"\n"
    if marc8:
        from .marc8 import as_marc8

        return as_marc8(record)
    leader = str(record.leader)
    if not leader.isascii():  # some MARC XML leaders hold other characters: blanks there
        leader = "".join(c if c.isascii() else " " for c in leader)
    record.leader = leader[:9] + "a" + leader[10:]  # UTF-8
    return record.as_marc()


def csv_chunk(rows: list[list[str]], header: list[str], job: TableJob) -> list[str]:
    return [format_csv_row(romanize_csv_row(row, header, job)) for row in rows]


def jsonl_chunk(lines: list[tuple[int, str]], job: TableJob) -> list[str]:
    return [romanize_json_line(line, job, number) for number, line in lines]


# -- running ---------------------------------------------------------------------------------


def _chunks(items: Iterable[Any], size: int = CHUNK) -> Iterator[list[Any]]:
    it = iter(items)
    while chunk := list(itertools.islice(it, size)):
        yield chunk


class Runner:
    """Maps a chunk function over chunks, locally or on a Dask cluster, results in order."""

    def __init__(self, dask: str | None = None, workers: int = 2) -> None:
        self.client = None
        self.cluster = None
        if dask:
            try:
                from dask.distributed import Client, LocalCluster
            except ImportError:
                raise BukvaError(
                    "--dask needs the batch extra: pip install 'bukva[batch]'"
                ) from None
            if dask == "local":
                self.cluster = LocalCluster(
                    n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
                )
                self.client = Client(self.cluster)
            else:
                try:
                    self.client = Client(dask, timeout=10)
                except OSError as exc:
                    raise BukvaError(f"no Dask scheduler at {dask}: {exc}") from None

    def map(
        self, func: Callable[..., list[Any]], chunks: Iterable[list[Any]], *args: Any
    ) -> Iterator[list[Any]]:
        if self.client is None:
            for chunk in chunks:
                yield func(chunk, *args)
            return
        pending: deque = deque()
        for chunk in chunks:
            pending.append(self.client.submit(func, chunk, *args, pure=False))
            if len(pending) >= IN_FLIGHT:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()

    def close(self) -> None:
        if self.client is not None:
            self.client.close()
        if self.cluster is not None:
            self.cluster.close()


def run_marc(
    source: Path,
    target: Path | None,
    opts: Options,
    verify: bool = False,
    runner: Runner | None = None,
    quiet: bool = False,
) -> list[Problem]:
    """Romanize (or verify) a MARC file; returns the problems, in record order."""
    runner = runner or Runner()
    xml_in = source.suffix.lower() in (".xml", ".marcxml")
    xml_out = target is not None and target.suffix.lower() in (".xml", ".marcxml")
    problems: list[Problem] = []
    with atomic_stream(None if verify else target) as out:
        if out is not None and xml_out:
            out.write(
                b'<?xml version="1.0" encoding="UTF-8"?>\n'
                b'<collection xmlns="http://www.loc.gov/MARC21/slim">\n'
            )
        total = None
        if not quiet:
            total = (
                count_in_file(source, b"</record>") if xml_in else count_in_file(source, RECORD_END)
            )
        progress = Progress("marc", total=total, quiet=quiet)
        if xml_in:
            from .marc import records

            items: Iterable = ((p, o, r) for p, o, r, _ in records(source))
        else:
            stream = open(source, "rb")  # noqa: SIM115 - closed below, after the last chunk
            items = read_binary(stream)
        try:
            for results in runner.map(marc_chunk, _chunks(items), opts, verify, xml_out):
                for kind, value in results:
                    if kind == "problem":
                        problems.append(Problem(**value))
                        continue
                    if out is not None and value is not None:
                        out.write(value)
                    progress.advance()
                progress.chunk_done()
        finally:
            if not xml_in:
                stream.close()
            progress.close()
        if out is not None and xml_out:
            out.write(b"</collection>\n")
    return problems


def run_table(
    source: Path,
    target: Path | None,
    job: TableJob,
    runner: Runner | None = None,
    quiet: bool = False,
) -> int:
    """Romanize the chosen columns of a CSV or JSONL file; returns the rows written."""
    import csv
    import sys

    runner = runner or Runner()
    jsonl = source.suffix.lower() in (".jsonl", ".ndjson", ".json")
    total = None if quiet else count_in_file(source, b"\n", 0 if jsonl else 1)
    progress = Progress(source.name, total=total, quiet=quiet)
    written = 0
    with atomic_stream(target, "w", encoding="utf-8", newline="") as out:
        out_stream = out if out is not None else sys.stdout
        try:
            with open(source, encoding="utf-8-sig", newline="") as f:
                if jsonl:
                    chunks = _chunks(enumerate(f, 1))
                    for lines in runner.map(jsonl_chunk, chunks, job):
                        out_stream.writelines(lines)
                        written += len(lines)
                        progress.advance(len(lines))
                        progress.chunk_done()
                else:
                    reader = csv.reader(f)
                    header = next(reader, None)
                    if header is None:
                        raise BukvaError(f"{source}: empty CSV file")
                    check_header(header, job, str(source))
                    out_stream.write(format_csv_row(out_header(header, job)))
                    for lines in runner.map(csv_chunk, _chunks(reader), header, job):
                        out_stream.writelines(lines)
                        written += len(lines)
                        progress.advance(len(lines))
                        progress.chunk_done()
        except UnicodeDecodeError as exc:
            raise BukvaError(f"{source}: not UTF-8 (byte {exc.start})") from None
        finally:
            progress.close()
    return written


def problems_json(problems: list[Problem]) -> str:
    return "".join(json.dumps(p.to_dict(), ensure_ascii=False) + "\n" for p in problems)
