"""Each hostile or careless input that once broke the service or --fix, and what holds now.
(The slow probes, with the server's memory and CPU measured, are benchmarks/probe_service.py.)"""

from __future__ import annotations

import asyncio
import io
import os
import stat
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from hypothesis import given, settings
from hypothesis import strategies as st

from bukva.checker.check import check_text
from bukva.checker.documents import _fences, read_bytes
from bukva.checker.rules import RULES
from bukva.engine.deadline import TimeLimit, deadline
from bukva.interfaces.web.app import create_app
from bukva.interfaces.web.guard import Gate, Refused

ROOT = Path(__file__).resolve().parent.parent
MANUSCRIPT = ROOT / "examples" / "manuscript"
APP = create_app()
client = TestClient(APP)


def run(*args: str, cwd: Path = ROOT):
    return subprocess.run(
        [sys.executable, "-m", "bukva", *args], capture_output=True, text=True, cwd=cwd
    )


def _docx(parts: dict[str, str | bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return buffer.getvalue()


W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


# -- the service -----------------------------------------------------------------------------


def test_a_docx_that_unpacks_past_the_bound_is_refused_before_parsing():
    bomb = _docx({"word/document.xml": f"<w:document {W}>" + " " * 30_000_000 + "</w:document>"})
    assert len(bomb) < 200_000
    r = client.post("/api/check/file", files={"file": ("bomb.docx", bomb)})
    assert r.status_code == 413 and "at most 26,214,400 bytes" in r.json()["error"]


def test_a_docx_with_too_much_text_is_refused_while_streaming():
    import random

    words = random.Random(1).choices("абвгдежзиклмнопрстуфхцчшщыэюя ", k=500_000)
    body = "<w:p><w:r><w:t>" + "".join(words) + "</w:t></w:r></w:p>"
    doc = _docx(
        {"word/document.xml": f"<w:document {W}><w:body>" + body * 5 + "</w:body></w:document>"}
    )
    r = client.post("/api/check/file", files={"file": ("long.docx", doc)})
    assert r.status_code == 413 and "more than 2,000,000 characters" in r.json()["error"]


def test_a_docx_with_too_many_parts_is_refused():
    parts = {"word/document.xml": f"<w:document {W}/>"}
    parts.update({f"word/media/p{i}.xml": "<x/>" for i in range(600)})
    r = client.post("/api/check/file", files={"file": ("parts.docx", _docx(parts))})
    assert r.status_code == 413 and "601 parts" in r.json()["error"]


def test_an_entity_declaration_past_the_first_4_kb_is_found():
    late = f"<?xml version='1.0'?>\n<!-- {'x' * 8000} -->\n<!DOCTYPE d [<!ENTITY a 'aaaa'>]><d/>"
    doc = _docx({"word/document.xml": late})
    r = client.post("/api/check/file", files={"file": ("ent.docx", doc)})
    assert r.status_code == 422 and "declares XML entities" in r.json()["error"]


def test_a_chunked_body_is_counted_as_it_arrives():
    def body():
        yield b'{"text": "'
        for _ in range(100):
            yield b"x" * 65536  # 6.5 MB, no Content-Length
        yield b'"}'

    r = client.post("/api/romanize", content=body(), headers={"content-type": "application/json"})
    assert r.status_code == 413 and "larger than 4 MB" in r.json()["error"]
    assert client.get("/api/health").status_code == 200  # the server carries on


def test_a_chunked_upload_is_counted_too():
    def body():
        yield b'--b\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n\r\n'
        for _ in range(200):
            yield b"y" * 65536  # 13 MB
        yield b"\r\n--b--\r\n"

    r = client.post(
        "/api/check/file",
        content=body(),
        headers={"content-type": "multipart/form-data; boundary=b"},
    )
    assert r.status_code == 413


def test_work_past_its_deadline_stops():
    # seconds of work even with every table loaded and every cache warm (2,000 copies took
    # under 0.3 s once the tagger and the network were fast)
    text = "中华人民共和国外交部档案馆。" * 20_000
    start = time.monotonic()
    with pytest.raises(TimeLimit), deadline(0.3):
        __import__("bukva").romanize(text, lang="zh")
    assert time.monotonic() - start < 2.3  # stopped within 2 s of its limit


def test_a_full_gate_answers_503_with_retry_after():
    gate = Gate(1, 5.0)
    gate.WAIT = 0.1

    async def both():
        first = asyncio.create_task(gate.run(time.sleep, 0.5))
        await asyncio.sleep(0.05)
        with pytest.raises(Refused) as refused:
            await gate.run(time.sleep, 0)
        await first
        return refused.value

    refused = asyncio.run(both())
    assert refused.status == 503 and refused.headers == {"Retry-After": "5"}


def test_fenced_code_is_found_in_linear_time():
    text = "```py\n" * 40_000  # 240 KB of fence lines: quadratic under the old pattern
    start = time.perf_counter()
    fences = _fences(text, markdown=True)
    assert time.perf_counter() - start < 2.0
    assert fences[0] == (0, len(text))  # one fence left open: code to the end
    long_token = "a" * 300_000  # no @ and no space: the e-mail pattern must not backtrack
    start = time.perf_counter()
    _fences(long_token, markdown=False)
    assert time.perf_counter() - start < 2.0


def test_headers_and_offline_docs():
    page = client.get("/")
    assert page.headers["x-content-type-options"] == "nosniff"
    assert page.headers["x-frame-options"] == "DENY"
    assert "frame-ancestors 'none'" in page.headers["content-security-policy"]
    assert "server" not in page.headers
    for path in ("/docs", "/redoc"):
        html = client.get(path).text
        assert "cdn.jsdelivr.net" not in html and "fonts.googleapis.com" not in html
        assert "/static-offline-docs/" in html


def test_unicode_upload_names_download():
    for name in ("глава-3.md", "第三章.md"):
        r = client.post("/api/fix/file", files={"file": (name, b"Mao Tse-tung\n")})
        assert r.status_code == 200
        assert "filename*=UTF-8''" in r.headers["content-disposition"]


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"text": "x", "options": {"lang": "x"}}, "options.lang: 'lang' is not"),
        ({"text": "x", "options": {"scope": "x"}}, "options.scope: 'scope' is not"),
        ({"text": "x", "style": {"scopes": {"bibliography": 5}}}, "scopes.bibliography"),
        ({"text": "x", "style": {"exceptions": [1]}}, "exceptions"),
        ({"text": "x", "style": {"include": "familiar-russian"}}, "include"),
        ({"text": "x", "style": {"options": {"ru": 3}}}, "options.ru"),
    ],
)
def test_wrong_fields_are_422_naming_the_field(body, field):
    r = client.post("/api/romanize", json=body)
    error = r.json()["error"]
    assert r.status_code == 422 and (f"{field} must be" in error or error.startswith(field))
    assert client.get("/api/health").status_code == 200


# -- --fix and files -------------------------------------------------------------------------

CRLF_BOOK = (
    "# Chapter\n\nMao Tse-tung met Iudin; the Obshchestvo sovetsko-kitaiskoi družby.[^1]\n\n"
    "[^1]: Iudin to Moscow, 1956.\n\n## Bibliography\n\n"
    "I͡Udin, P. F. *Zapiski*. Moskva, 1960.\n"
)
HOUSE = """ru = "ala-lc-book"\nzh = "pinyin"\n[scopes.bibliography]\nru = "ala-lc"\n"""


def _shape(findings):
    return [(f.rule, f.text, f.fix, f.safe, f.line, f.column) for f in findings]


@pytest.mark.parametrize("rule", sorted(RULES))
def test_rule_examples_find_the_same_in_lf_and_crlf(rule):
    r = RULES[rule]
    for example in (*r.fails, *r.passes):
        lf = "Heading\n\n" + example + "\nand a second line.\n"
        crlf = lf.replace("\n", "\r\n")
        assert _shape(check_text(lf, r.style)) == _shape(check_text(crlf, r.style))


def test_fix_on_crlf_matches_fix_on_lf(tmp_path):
    results = {}
    for name, ending in (("lf", "\n"), ("crlf", "\r\n")):
        folder = tmp_path / name
        folder.mkdir()
        (folder / "bukva.toml").write_text(HOUSE, "utf-8")
        book = folder / "book.md"
        book.write_bytes(CRLF_BOOK.replace("\n", ending).encode())
        assert run("check", "--fix", str(book)).returncode in (0, 1)
        results[name] = book.read_bytes().decode()
    assert results["crlf"] == results["lf"].replace("\n", "\r\n")
    assert "I͡Udin, P. F." in results["lf"]  # the bibliography keeps its ties


def test_fix_keeps_a_bom(tmp_path):
    (tmp_path / "bukva.toml").write_text(HOUSE, "utf-8")
    book = tmp_path / "book.md"
    book.write_bytes(b"\xef\xbb\xbf" + b"Mao Tse-tung arrived.\n")
    run("check", "--fix", str(book))
    assert book.read_bytes() == b"\xef\xbb\xbf" + b"Mao Zedong arrived.\n"


def test_fix_through_a_symlink_keeps_the_link_and_the_links_style(tmp_path):
    real = tmp_path / "drafts"
    real.mkdir()
    (real / "bukva.toml").write_text('zh = "wade-giles"\n', "utf-8")  # not this one
    target = real / "book.md"
    target.write_text("Mao Tse-tung arrived.\n", "utf-8")
    press = tmp_path / "press"
    press.mkdir()
    (press / "bukva.toml").write_text(HOUSE, "utf-8")
    link = press / "book.md"
    link.symlink_to(target)
    run("check", "--fix", str(link))
    assert link.is_symlink() and target.read_text("utf-8") == "Mao Zedong arrived.\n"


def test_a_read_only_file_is_refused_unless_forced(tmp_path):
    (tmp_path / "bukva.toml").write_text(HOUSE, "utf-8")
    book = tmp_path / "book.md"
    book.write_text("Mao Tse-tung arrived.\n", "utf-8")
    book.chmod(0o444)
    out = run("check", "--fix", str(book))
    assert out.returncode == 2 and "read-only" in out.stderr and "Traceback" not in out.stderr
    assert book.read_text("utf-8") == "Mao Tse-tung arrived.\n"
    run("check", "--fix", "--force", str(book))
    assert book.read_text("utf-8") == "Mao Zedong arrived.\n"
    assert stat.S_IMODE(book.stat().st_mode) == 0o444


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_read_only_folder_is_one_line_and_exit_2(tmp_path):
    (tmp_path / "bukva.toml").write_text(HOUSE, "utf-8")
    book = tmp_path / "book.md"
    book.write_text("Mao Tse-tung arrived.\n", "utf-8")
    tmp_path.chmod(0o555)
    try:
        out = run("check", "--fix", str(book))
    finally:
        tmp_path.chmod(0o755)
    assert out.returncode == 2 and out.stderr.count("\n") == 1


def test_backup_is_whole_and_stale_temporaries_go(tmp_path):
    (tmp_path / "bukva.toml").write_text(HOUSE, "utf-8")
    book = tmp_path / "book.md"
    book.write_text("Mao Tse-tung arrived.\n", "utf-8")
    stale = tmp_path / ".book.md.abc123.tmp"
    stale.write_text("half", "utf-8")
    old = time.time() - 3600
    os.utime(stale, (old, old))
    run("check", "--fix", str(book))
    assert (tmp_path / "book.md~").read_text("utf-8") == "Mao Tse-tung arrived.\n"
    assert not stale.exists()
    assert not list(tmp_path.glob(".book.md.*.tmp"))


def test_a_second_fix_of_a_word_file_writes_nothing(tmp_path):
    folder = tmp_path / "m"
    folder.mkdir()
    for f in ("bukva.toml", "chapter-4.docx"):
        (folder / f).write_bytes((MANUSCRIPT / f).read_bytes())
    run("check", "--fix", str(folder / "chapter-4.docx"))
    fixed = folder / "chapter-4.bukva.docx"
    first = fixed.stat().st_mtime_ns
    time.sleep(0.05)
    run("check", "--fix", str(folder / "chapter-4.docx"))
    assert fixed.stat().st_mtime_ns == first


def test_fences_are_whole_lines():
    style = {"zh": "pinyin"}
    assert check_text("bukva: off is what we type; Mao Tse-tung.", style, markdown=False)
    assert not check_text("bukva: off\nMao Tse-tung.\nbukva: on\n", style, markdown=False)
    assert not check_text("```\nMao Tse-tung.\n", style)  # an open code fence is code


def test_upload_reader_keeps_the_bom_flag():
    doc = read_bytes("a.md", b"\xef\xbb\xbfMao\n")
    assert doc.bom and doc.raw == "Mao\n"


# -- the library and the batch ---------------------------------------------------------------


def test_readings_one_per_input_character():
    import bukva

    marks = bukva.readings("e\u0301中国")
    assert marks == [None, None, "zhong1", "guo2"]
    assert run("readings", "e\u0301中国").returncode == 0


@pytest.mark.parametrize(("text", "latin"), [("Ђорђе", "Đorđe"), ("Ѓорѓи", "Ǵorǵi")])
def test_every_detected_language_has_a_default_system(text, latin):
    out = run("romanize", text)
    assert out.returncode == 0 and out.stdout == latin + "\n"


def test_marc8_records_are_read(tmp_path):
    out = run(
        "marc", str(ROOT / "tests" / "fixtures" / "marc8-cyrillic.mrc"), "--verify", "--quiet"
    )
    assert "could not be read" not in out.stdout + out.stderr
    assert "Odluke i rešenja Saveznog ustavnog suda" in out.stdout
    assert "Unable to parse" not in out.stdout + out.stderr


def test_marcxml_records_are_not_round_tripped_through_binary(tmp_path):
    xml = tmp_path / "r.xml"
    xml.write_text(
        '<collection xmlns="http://www.loc.gov/MARC21/slim"><record>'
        "<leader>00000cam a2200000 i 4500</leader>"
        '<controlfield tag="001">r1</controlfield>'
        '<datafield tag="880" ind1="1" ind2="0"><subfield code="6">245-01</subfield>'
        '<subfield code="a">Москва</subfield></datafield></record></collection>',
        "utf-8",
    )
    out = run("marc", str(xml), "--out", str(tmp_path / "o.xml"), "--quiet")
    assert out.returncode == 0, out.stderr
    assert "Moskva" in (tmp_path / "o.xml").read_text("utf-8")


def test_the_tagger_never_sees_long_or_unknown_runs():
    from bukva.chinese.segment import _LONG_RUN, _tagger_pieces

    rare = "\U00020000\U00020001\U00020002"  # Extension B: no states in the tagger's HMM
    pieces = _tagger_pieces("中国" + rare + "人民" * 500)
    assert all(e - s <= _LONG_RUN for s, e, _ in pieces)
    assert [(s, e) for s, e, tag in pieces if not tag] == [(2, 3), (3, 4), (4, 5)]
    repeated = _tagger_pieces("他说" + "的" * 10 + "好")
    assert [tag for _, _, tag in repeated] == [True] + [False] * 10 + [True]
    assert _tagger_pieces("他说，好好好好。") == [
        (0, 3, True),
        *((k, k + 1, False) for k in range(3, 7)),
        (7, 8, True),
    ]
    assert _tagger_pieces("他说：好好好。") == [(0, 7, True)]  # three times: still words
    assert _tagger_pieces("") == []


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(list("中国人民的好说他"))
        | st.just("\U00020000")
        | st.sampled_from(list("，a1 ")),
        max_size=260,
    ).map("".join)
)
def test_tagger_pieces_cover_the_text_and_keep_their_bounds(text):
    from bukva.chinese.segment import _LONG_RUN, _REPEAT, _tagger_pieces

    pieces = _tagger_pieces(text)
    at = 0
    for start, end, _ in pieces:  # one after another, from the start to the end
        assert start == at < end
        at = end
    assert at == len(text)
    assert all(e - s <= _LONG_RUN for s, e, _ in pieces)
    for s, e, tag in pieces:
        if tag:
            assert "\U00020000" not in text[s:e]
            assert not any(
                text[k] * (_REPEAT + 1) in text[s:e]
                for k in range(s, e)
                if text[k] in "中国人民的好说他"
            )


def test_marc8_is_kept_when_asked(tmp_path):
    from pymarc import MARCReader

    from bukva.batch.marc import _complete_marc8
    from bukva.batch.marc8 import to_marc8

    out = tmp_path / "o.mrc"
    done = run(
        "marc",
        str(ROOT / "tests" / "fixtures" / "marc8-cyrillic.mrc"),
        "--out",
        str(out),
        "--encoding",
        "same",
        "--quiet",
    )
    assert done.returncode == 0, done.stderr
    assert out.read_bytes()[9:10] == b" "  # MARC-8 in, MARC-8 out
    _complete_marc8()
    record = next(MARCReader(out.read_bytes(), to_unicode=True))
    assert "Одлуке и решења Савезног уставног суда." in str(record)
    assert to_marc8("I͡Udin, Fëdor") == b"\xebI\xecUdin, F\xe8edor"  # diacritics first


@pytest.mark.parametrize("ending", ["\n", "\r\n"])
def test_a_name_the_prose_wraps_is_fixed_whole_and_keeps_its_line(tmp_path, ending):
    # a name across a soft line break is the name (Teng / Hsiao-p'ing: never Teng / Xiaoping,
    # half converted); the fix keeps the author's line break and line ending
    (tmp_path / "bukva.toml").write_text(HOUSE, "utf-8")
    book = tmp_path / "book.md"
    text = "They met Lin\nPiao, Teng\nHsiao-p'ing and Anastas\nMikoian.\n\nLin\n\nPiao stays.\n"
    book.write_bytes(text.replace("\n", ending).encode())
    run("check", "--fix", str(book))
    fixed = book.read_bytes().decode()
    want = "They met Lin\nBiao, Deng\nXiaoping and Anastas\nMikoian.\n\nLin\n\nPiao stays.\n"
    assert fixed == want.replace("\n", ending)
