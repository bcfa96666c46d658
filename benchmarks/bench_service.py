"""Load test of `bukva serve` from a loopback client: requests/s, p50 and p99 latency.

Run: python benchmarks/bench_service.py [--seconds 20] [--clients 4]

One server process (uvicorn, as `bukva serve` starts it); the client runs CLIENTS threads with
keep-alive connections, each sending requests until its count or the time limit is reached.
Bounded in count and time; every response must be 200.
"""

from __future__ import annotations

import argparse
import statistics
import threading
import time
from pathlib import Path

import httpx

from server import running_server

ROOT = Path(__file__).resolve().parent.parent
PARAGRAPH = (
    "Запись беседы посла СССР в КНР П. Ф. Юдина с Мао Цзэдуном, 31 марта 1956 г. "
    "Всесоюзное общество культурной связи с заграницей направило в Пекин делегацию "
    "Общества советско-китайской дружбы."
)
MANUSCRIPT = (ROOT / "examples" / "manuscript" / "chapter-3.md").read_text("utf-8")


def hammer(url: str, body: dict, count: int, seconds: float, clients: int):
    latencies: list[float] = []
    errors = 0
    lock = threading.Lock()
    deadline = time.perf_counter() + seconds

    def worker(n: int) -> None:
        nonlocal errors
        with httpx.Client(timeout=60) as client:
            for _ in range(n):
                if time.perf_counter() > deadline:
                    return
                t0 = time.perf_counter()
                r = client.post(url, json=body)
                dt = time.perf_counter() - t0
                with lock:
                    latencies.append(dt)
                    errors += r.status_code != 200

    start = time.perf_counter()
    threads = [threading.Thread(target=worker, args=(count // clients,)) for _ in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - start
    latencies.sort()
    return {
        "requests": len(latencies),
        "errors": errors,
        "rps": len(latencies) / wall,
        "p50": statistics.median(latencies) * 1000,
        "p99": latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))] * 1000,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seconds", type=float, default=20)
    ap.add_argument("--clients", type=int, default=4)
    args = ap.parse_args()
    with running_server() as base:
        style = {"ru": "ala-lc-book", "zh": "pinyin", "include": ["familiar-russian"]}
        cases = [
            (
                "romanize (ALA-LC, 170 characters)",
                "/api/romanize",
                {"text": PARAGRAPH, "lang": "ru"},
                4000,
            ),
            (
                "romanize (Chinese, ALA-LC)",
                "/api/romanize",
                {"text": "中华人民共和国外交部档案馆。毛泽东和周恩来在北京。", "lang": "zh"},
                2000,
            ),
            (
                "check (the example chapter, 480 words)",
                "/api/check",
                {"text": MANUSCRIPT, "style": style},
                400,
            ),
        ]
        for _, path, body, _ in cases:  # warm up: load the models once
            httpx.post(base + path, json=body, timeout=120)
        print(
            f"one server process; {args.clients} loopback clients; at most "
            f"{args.seconds:.0f} s per case\n"
        )
        print("| request | requests | errors | requests/s | p50 ms | p99 ms |")
        print("|---|---:|---:|---:|---:|---:|")
        for name, path, body, count in cases:
            r = hammer(base + path, body, count, args.seconds, args.clients)
            print(
                f"| {name} | {r['requests']} | {r['errors']} | {r['rps']:.1f} | "
                f"{r['p50']:.1f} | {r['p99']:.1f} |"
            )


if __name__ == "__main__":
    main()
