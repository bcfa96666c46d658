"""MARC batch throughput: one process, two local Dask workers, and one HTTP call per field.

Run: python benchmarks/bench_batch.py [--records 3000]

The file repeats the test fixtures' records (Russian and Chinese, with 880 fields) with new
control numbers. The baseline does what a client of a romanization web service such as LC's
ScriptShifter does: one request per 880 field, here to `bukva serve` on loopback.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import httpx
from pymarc import MARCReader

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
sys.path.insert(0, str(ROOT / "src"))

from bukva.batch.marc import Options  # noqa: E402
from bukva.batch.run import Runner, run_marc  # noqa: E402
from make_marc_fixtures import records as fixture_records  # noqa: E402
from server import running_server  # noqa: E402


def make_file(path: Path, n: int) -> None:
    base = fixture_records()[:3]
    with open(path, "wb") as f:
        for i in range(n):
            record = base[i % 3]
            record["001"].data = f"bk{i:07d}"
            f.write(record.as_marc())


def per_field_http(path: Path, limit: int) -> tuple[int, float]:
    with running_server() as base, httpx.Client(timeout=60) as client:
        client.post(base + "/api/romanize", json={"text": "Юдин", "lang": "ru"})
        client.post(base + "/api/romanize", json={"text": "毛泽东", "lang": "zh"})
        done = 0
        t0 = time.perf_counter()
        with open(path, "rb") as f:
            for record in MARCReader(f, to_unicode=True, force_utf8=True):
                for field in record.get_fields("880"):
                    for sub in field.subfields:
                        if sub.code != "6":
                            client.post(
                                base + "/api/romanize", json={"text": sub.value, "lang": "auto"}
                            )
                done += 1
                if done >= limit:
                    break
        return done, time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--records", type=int, default=3000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "in.mrc"
        make_file(source, args.records)
        run_marc(source, Path(tmp) / "warm.mrc", Options(), quiet=True)  # load models once
        rows = []
        t0 = time.perf_counter()
        run_marc(source, Path(tmp) / "one.mrc", Options(), quiet=True)
        rows.append(("bukva marc, one process", args.records, time.perf_counter() - t0))
        runner = Runner("local", workers=2)
        try:
            run_marc(source, Path(tmp) / "warm2.mrc", Options(), runner=runner, quiet=True)
            t0 = time.perf_counter()
            run_marc(source, Path(tmp) / "two.mrc", Options(), runner=runner, quiet=True)
            rows.append(
                ("bukva marc --dask local, 2 workers", args.records, time.perf_counter() - t0)
            )
        finally:
            runner.close()
        same = (Path(tmp) / "one.mrc").read_bytes() == (Path(tmp) / "two.mrc").read_bytes()
        n, dt = per_field_http(source, min(args.records, 600))
        rows.append(("one HTTP request per 880 field (ScriptShifter-style)", n, dt))
    print(
        f"{args.records:,} MARC records (3 kinds, 3 880 fields each); outputs of the one-process "
        f"and Dask runs identical: {same}\n"
    )
    print("| run | records | seconds | records/s |")
    print("|---|---:|---:|---:|")
    for name, n, dt in rows:
        print(f"| {name} | {n:,} | {dt:.1f} | {n / dt:,.0f} |")


if __name__ == "__main__":
    main()
