"""The REST API (in-process), its OpenAPI document (schemathesis), and the page in a browser."""

from __future__ import annotations

import io
import json
import socket
import sys
import threading
import time
import zipfile
from pathlib import Path

import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, settings

from bukva.interfaces.web import app as web

ROOT = Path(__file__).resolve().parent.parent
DOCX = ROOT / "examples" / "manuscript" / "chapter-4.docx"
sys.path.insert(0, str(ROOT / "tools"))

APP = web.create_app()
client = TestClient(APP)


def test_health_and_systems():
    assert client.get("/api/health").json()["status"] == "ok"
    ids = {(s["id"], tuple(s["languages"])) for s in client.get("/api/systems?lang=zh").json()}
    assert ("wade-giles", ("zh",)) in ids


def test_romanize_with_spans_and_warnings():
    r = client.post("/api/romanize", json={"text": "Mocквa, Юдин", "lang": "ru"})
    body = r.json()
    assert r.status_code == 200 and body["text"] == "Moskva, I͡Udin"
    assert body["spans"][0] == {
        "source_start": 0,
        "source_end": 6,
        "output_start": 0,
        "output_end": 6,
        "kind": "word",
        "alternatives": [],
    }
    assert body["warnings"][0]["code"] == "lookalike-repaired"


def test_romanize_by_house_style_and_chinese():
    style = {"ru": "ala-lc-book", "exceptions": {"Микоян": "Mikoyan"}}
    r = client.post("/api/romanize", json={"text": "Микоян и Юдин", "style": style})
    assert r.json()["text"] == "Mikoyan i Iudin"
    r = client.post("/api/romanize", json={"text": "毛泽东", "lang": "zh", "system": "wade-giles"})
    assert r.json()["text"] == "Mao Tse-tung"


def test_reverse_and_convert():
    r = client.post("/api/reverse", json={"text": "Iudin", "system": "ala-lc-book"})
    assert r.json()["text"] == "Юдин" and r.json()["spans"][0]["alternatives"]
    r = client.post(
        "/api/convert", json={"text": "Mao Tse-tung met Chou En-lai", "source": "wade-giles"}
    )
    assert r.json()["text"] == "Mao Zedong met Zhou Enlai"
    assert [c["to"] for c in r.json()["changes"]] == ["Mao Zedong", "Zhou Enlai"]


def test_check_text():
    r = client.post(
        "/api/check",
        json={"text": "the Obshchestvo družby", "format": "text", "style": {"ru": "ala-lc-book"}},
    )
    findings = r.json()["findings"]
    assert [(f["rule"], f["text"], f["fix"]) for f in findings] == [
        ("ru.wrong-system", "družby", "druzhby")
    ]


def test_check_and_fix_an_uploaded_docx():
    style = json.dumps({"ru": "ala-lc-book", "zh": "pinyin", "include": ["familiar-chinese"]})
    files = {"file": ("chapter-4.docx", DOCX.read_bytes())}
    r = client.post("/api/check/file", files=files, data={"style": style})
    assert r.status_code == 200
    rules = {f["rule"] for f in r.json()["findings"]}
    assert {"ru.wrong-system", "zh.wade-giles"} <= rules
    fixed = client.post("/api/fix/file", files=files, data={"style": style})
    assert fixed.status_code == 200
    assert fixed.headers["content-disposition"] == (
        "attachment; filename=\"chapter-4.bukva.docx\"; filename*=UTF-8''chapter-4.bukva.docx"
    )
    with zipfile.ZipFile(io.BytesIO(fixed.content)) as z:
        assert "Mao Zedong" in z.read("word/document.xml").decode()


@pytest.mark.parametrize(
    ("name", "data", "status", "message"),
    [
        ("renamed.docx", b"plain text, not a Word file", 422, "not a Word document"),
        ("book.pdf", b"%PDF-1.4", 422, "bukva checks .md, .txt and .docx"),
        ("latin1.txt", "Ça va".encode("latin-1"), 422, "not UTF-8"),
    ],
)
def test_bad_uploads_are_clear_4xx(name, data, status, message):
    r = client.post("/api/check/file", files={"file": (name, data)})
    assert r.status_code == status and message in r.json()["error"]


def test_zip_bomb_and_entity_bomb_are_refused():
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", "<w>" + "A" * 80_000_000 + "</w>")
    r = client.post("/api/check/file", files={"file": ("bomb.docx", bomb.getvalue())})
    assert r.status_code == 413 and "unpacks to 80,000,007 bytes" in r.json()["error"]
    entities = io.BytesIO()
    with zipfile.ZipFile(entities, "w") as z:
        z.writestr(
            "word/document.xml",
            '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaa">'
            '<!ENTITY b "&a;&a;&a;&a;">]><d>&b;</d>',
        )
    r = client.post("/api/check/file", files={"file": ("ent.docx", entities.getvalue())})
    assert r.status_code == 422 and "entities" in r.json()["error"]


def test_size_and_time_limits(monkeypatch):
    r = client.post("/api/romanize", json={"text": "я" * (web.MAX_TEXT + 1)})
    assert r.status_code == 413 and "text" in r.json()["error"]
    big = b"x" * (web.MAX_UPLOAD + 1)
    r = client.post("/api/check/file", files={"file": ("big.txt", big)})
    assert r.status_code == 413
    monkeypatch.setattr(APP.state.gate, "seconds", 0.000001)
    r = client.post("/api/romanize", json={"text": "Юдин " * 5000})
    assert r.status_code == 503 and "took longer" in r.json()["error"]


def test_errors_are_json_a_person_can_act_on():
    r = client.post("/api/romanize", json={"text": "x", "lang": "ru", "system": "lc"})
    assert r.status_code == 422
    assert r.json() == {
        "error": "unknown system 'lc' for language 'ru'; valid systems: "
        "ala-lc, ala-lc-book, bgn-pcgn, czech, dutch, french, german, "
        "gost-7.79-b, iso9, polish, popular"
    }
    r = client.post("/api/romanize", json={"lang": "ru"})
    assert r.status_code == 422 and r.json()["error"].startswith("text:")


# -- the OpenAPI document, tested with generated requests --------------------------------------

schema = schemathesis.openapi.from_asgi("/openapi.json", APP)


@schema.parametrize()
@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
def test_api_never_answers_with_a_server_error(case):
    response = case.call()
    assert response.status_code < 500, response.text


# -- the page, in Debian's chromium -------------------------------------------------------------


@pytest.fixture(scope="module")
def server():
    import uvicorn

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    config = uvicorn.Config(web.create_app(), host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    for _ in range(100):
        if srv.started:
            break
        time.sleep(0.1)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=5)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    chromium = "/usr/bin/chromium"
    if not Path(chromium).exists():
        pytest.fail("Debian's chromium is not installed (apt-get install chromium)")
    with sync_playwright() as p:
        b = p.chromium.launch(
            executable_path=chromium,
            args=[
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        yield b
        b.close()


def test_page_romanizes_live_and_aligns_words(server, browser):
    page = browser.new_page(bypass_csp=True)  # the test's own probes use eval
    page.goto(server)
    page.wait_for_selector("#output .seg")
    page.fill("#source", "Юдин Павел Фёдорович")
    page.wait_for_function(
        "document.querySelector('#output').textContent === 'I͡Udin Pavel Fëdorovich'"
    )
    page.select_option("#system", "bgn-pcgn")
    page.wait_for_function(
        "document.querySelector('#output').textContent === 'Yudin Pavel Fëdorovich'"
    )
    page.hover("#source-view .seg[data-i='0']")
    assert "hl" in page.get_attribute("#output .seg[data-i='0']", "class")
    page.keyboard.press("Tab")  # the page is usable by keyboard: focus moves through words
    page.close()


def test_page_options_and_chinese(server, browser):
    page = browser.new_page(bypass_csp=True)  # the test's own probes use eval
    page.goto(server)
    page.wait_for_selector("#output .seg")
    page.select_option("#lang", "zh")
    page.select_option("#system", "pinyin")
    page.select_option("#options select[data-option='tones']", "marks")
    page.fill("#source", "中国共产党")
    page.wait_for_function(
        "document.querySelector('#output').textContent === 'Zhōngguó Gòngchǎndǎng'"
    )
    page.close()


def test_page_guessing_the_language_follows_the_text(server, browser):
    """With "guess from the text" and a Russian-only system chosen, Chinese text is romanized
    by a Chinese system (the list follows the text), and no stale word view is left."""
    page = browser.new_page(bypass_csp=True)
    page.goto(server)
    page.wait_for_selector("#output .seg")
    page.select_option("#system", "bgn-pcgn")
    page.fill("#source", "中国共产党")
    page.wait_for_function(
        "document.querySelector('#output').textContent === 'Zhongguo gong chan dang'"
    )
    assert page.inner_text("#warnings") == ""
    ids = page.eval_on_selector_all("#system option", "els => els.map(e => e.value)")
    assert "pinyin" in ids and "bgn-pcgn" not in ids
    page.fill("#source", "Юдин")
    page.wait_for_function("document.querySelector('#output').textContent === 'I͡Udin'")
    page.close()


def test_upload_with_the_books_style_file_agrees_with_the_command_line():
    import subprocess
    import sys

    manuscript = ROOT / "examples" / "manuscript"
    style = (manuscript / "bukva.toml").read_text("utf-8")
    for name in ("chapter-3.md", "chapter-4.docx"):
        r = client.post(
            "/api/check/file",
            files={"file": (name, (manuscript / name).read_bytes())},
            data={"style_toml": style},
        )
        assert r.status_code == 200, r.text
        cli = subprocess.run(
            [
                sys.executable,
                "-m",
                "bukva",
                "check",
                "--output-format",
                "json",
                str(manuscript / name),
            ],
            capture_output=True,
            text=True,
            cwd=ROOT,
        )
        shape = lambda fs: [(f["rule"], f["where"], f["text"], f["fix"], f["safe"]) for f in fs]  # noqa: E731
        assert shape(r.json()["findings"]) == shape(json.loads(cli.stdout)["findings"])


def test_page_checks_with_an_uploaded_style_file(server, browser, tmp_path):
    page = browser.new_page(bypass_csp=True)
    page.goto(server)
    page.wait_for_selector("#style-ru option", state="attached")
    style = tmp_path / "bukva.toml"
    style.write_text('ru = "ala-lc-book"\nzh = "pinyin"\n[exceptions]\n"Юдин" = "Yudin"\n', "utf-8")
    page.set_input_files("#style-file", str(style))
    page.wait_for_function("document.querySelector('#style-ru').disabled")
    page.set_input_files("#file", str(ROOT / "examples" / "manuscript" / "chapter-3.md"))
    page.click("#check-button")
    page.wait_for_selector("#report .finding")
    report = page.inner_text("#report")
    assert "Iudin → Yudin" in report  # the style file's exception, as the command line has it
    page.close()


def test_page_checks_an_uploaded_docx_and_downloads_the_fix(server, browser, tmp_path):
    page = browser.new_page(accept_downloads=True, bypass_csp=True)
    page.goto(server)
    page.wait_for_selector("#style-ru option", state="attached")
    page.set_input_files("#file", str(DOCX))
    page.click("#check-button")
    page.wait_for_selector("#report .finding")
    report = page.inner_text("#report")
    assert "ru.wrong-system" in report and "družby → druzhby" in report
    assert "zh.wade-giles" in report and "Mao Tse-tung → Mao Zedong" in report
    with page.expect_download() as info:
        page.click("#fix-button")
    target = tmp_path / info.value.suggested_filename
    info.value.save_as(target)
    assert target.name == "chapter-4.bukva.docx"
    with zipfile.ZipFile(target) as z:
        assert "druzhby" in z.read("word/document.xml").decode()
    page.close()
