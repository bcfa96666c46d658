"""Attack a real `bukva serve` as a hostile client would, and measure what it costs the server.

    python benchmarks/probe_service.py

Starts `bukva serve --time-limit 3` on a free port and sends, one after another: a .docx of
1.8 MB that unpacks to 191 MB; 150,000 Hanzi to romanize (past the time limit); a 60 MB JSON
body and a 300 MB upload, both chunked (no Content-Length); 200,000 characters of Markdown fence
lines; four long requests at once and a fifth; then it reads the headers. After each probe it
prints the status, the server's resident memory (VmRSS) and peak (VmHWM), the CPU seconds the
server spent in the 2 s after the answer (0 when the work really stopped), and /tmp's new files.
"""

from __future__ import annotations

import io
import os
import socket
import subprocess
import sys
import threading
import time
import zipfile
from pathlib import Path

import httpx

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _status(pid: int) -> dict[str, int]:
    out = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(("VmRSS", "VmHWM")):
            key, value = line.split(":")
            out[key] = int(value.split()[0]) // 1024
    return out


def _cpu(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _tmp() -> set[str]:
    return set(os.listdir("/tmp"))


def bomb_docx() -> bytes:
    buffer = io.BytesIO()
    para = f"<w:p><w:r><w:t>{'Юдин прилетел в Пекин. ' * 40}</w:t></w:r></w:p>"
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr(
            "word/document.xml",
            f"<w:document {W}><w:body>" + para * 95_000 + "</w:body></w:document>",
        )
    return buffer.getvalue()


def chunks(head: bytes, size: int, tail: bytes, piece: bytes = b"x" * 65536):
    yield head
    sent = 0
    while sent < size:
        yield piece
        sent += len(piece)
    yield tail


def main() -> None:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    server = subprocess.Popen(
        [sys.executable, "-m", "bukva", "serve", "--port", str(port), "--time-limit", "3"],
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    client = httpx.Client(timeout=120)
    for _ in range(200):
        try:
            client.get(base + "/api/health")
            break
        except httpx.HTTPError:
            time.sleep(0.1)
    client.post(base + "/api/romanize", json={"text": "中国", "lang": "zh"})  # models loaded
    pid = server.pid

    def probe(name: str, send) -> None:
        before = _tmp()
        t = time.perf_counter()
        try:
            r = send()
            status = f"{r.status_code} {r.json().get('error', '')[:70]}"
        except httpx.HTTPError as exc:
            status = f"connection closed ({type(exc).__name__})"
        took = time.perf_counter() - t
        cpu0 = _cpu(pid)
        time.sleep(2)
        cpu = _cpu(pid) - cpu0
        mem = _status(pid)
        new = len(_tmp() - before)
        print(
            f"{name:34} {status:80} {took:6.1f} s  RSS {mem['VmRSS']:4} MB  peak "
            f"{mem['VmHWM']:4} MB  CPU after {cpu:4.2f} s  new /tmp files {new}"
        )

    docx = bomb_docx()
    with zipfile.ZipFile(io.BytesIO(docx)) as z:
        unpacked = sum(i.file_size for i in z.infolist())
    print(f"bomb: {len(docx) / 2**20:.1f} MB packed, {unpacked / 2**20:.0f} MB unpacked")
    probe(
        "docx bomb (check/file)",
        lambda: client.post(base + "/api/check/file", files={"file": ("b.docx", docx)}),
    )
    hanzi = "中华人民共和国外交部档案馆藏中苏关系文件。" * 7_500
    probe(
        f"{len(hanzi):,} Hanzi (romanize)",
        lambda: client.post(base + "/api/romanize", json={"text": hanzi[:150_000], "lang": "zh"}),
    )
    probe(
        "60 MB chunked JSON",
        lambda: client.post(
            base + "/api/romanize",
            content=chunks(b'{"text": "', 60 * 2**20, b'"}'),
            headers={"content-type": "application/json"},
        ),
    )
    head = b'--b\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n\r\n'
    probe(
        "300 MB chunked upload",
        lambda: client.post(
            base + "/api/check/file",
            content=chunks(head, 300 * 2**20, b"\r\n--b--\r\n"),
            headers={"content-type": "multipart/form-data; boundary=b"},
        ),
    )
    fences = "```py\n" * 33_000
    waits: list[float] = []

    def health() -> None:
        for _ in range(10):
            t = time.perf_counter()
            httpx.get(base + "/api/health", timeout=60)
            waits.append(time.perf_counter() - t)
            time.sleep(0.1)

    watcher = threading.Thread(target=health)
    watcher.start()
    probe(
        "200k chars of fence lines (check)",
        lambda: client.post(base + "/api/check", json={"text": fences}),
    )
    watcher.join()
    print(f"  /api/health while it ran: slowest answer {max(waits) * 1000:.0f} ms")
    results: list[int] = []

    def long_one() -> None:
        r = httpx.post(
            base + "/api/romanize", json={"text": hanzi[:60_000], "lang": "zh"}, timeout=60
        )
        results.append(r.status_code)

    threads = [threading.Thread(target=long_one) for _ in range(4)]
    for t in threads:
        t.start()
    time.sleep(0.5)
    probe(
        "a 5th long request during 4",
        lambda: client.post(base + "/api/romanize", json={"text": hanzi[:60_000], "lang": "zh"}),
    )
    for t in threads:
        t.join()
    print(f"  the four: {sorted(results)}")
    r = client.get(base + "/")
    print(
        "headers of /:",
        {
            k: v
            for k, v in r.headers.items()
            if k
            in ("server", "x-content-type-options", "x-frame-options", "content-security-policy")
        },
    )
    server.terminate()
    server.wait(timeout=10)


if __name__ == "__main__":
    main()
