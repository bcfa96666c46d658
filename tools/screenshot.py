"""Take the README's screenshot of the page with a romanized paragraph (docs/screenshot.png).

Run: python tools/screenshot.py   (needs bukva[web], playwright and Debian's chromium)
"""

from __future__ import annotations

import socket
import threading
import time
from pathlib import Path

import uvicorn
from playwright.sync_api import sync_playwright

from bukva.interfaces.web.app import create_app

TEXT = (
    "Запись беседы посла СССР в КНР П. Ф. Юдина с Мао Цзэдуном, 31 марта 1956 г. "
    "Всесоюзное общество культурной связи с заграницей направило в Пекин делегацию."
)


def main() -> None:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    server = uvicorn.Server(uvicorn.Config(create_app(), port=port, log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.1)
    out = Path(__file__).resolve().parent.parent / "docs" / "screenshot.png"
    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path="/usr/bin/chromium",
            args=["--headless", "--no-sandbox", "--disable-gpu"],
        )
        page = browser.new_page(viewport={"width": 1200, "height": 760})
        page.goto(f"http://127.0.0.1:{port}/")
        page.wait_for_selector("#output .seg")
        page.fill("#source", TEXT)
        page.wait_for_function("document.querySelector('#output').textContent.startsWith('Zapisʹ')")
        page.hover("#source-view .seg[data-i='10']")
        page.screenshot(path=str(out), full_page=False)
        browser.close()
    server.should_exit = True
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
