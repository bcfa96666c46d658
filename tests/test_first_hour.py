"""A new user's first hour: each thing that tripped one up, as the user sees it."""

from __future__ import annotations

import socket
import stat
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from test_cli import run  # noqa: E402

STYLE = ROOT / "examples" / "manuscript" / "bukva.toml"


def test_romanize_follows_the_house_style():
    out = run("romanize", "--style", str(STYLE), "Микоян прилетел")
    assert out.returncode == 0 and out.stdout == "Mikoyan priletel\n"
    biblio = run("romanize", "--style", str(STYLE), "--scope", "bibliography", "Микоян")
    assert biblio.stdout == "Mikoi͡an\n"  # the bibliography keeps full ALA-LC


def test_a_missing_style_is_an_error():
    out = run("romanize", "--style", "/nonexistent.toml", "Микоян")
    assert out.returncode == 2 and "no house style at /nonexistent.toml" in out.stderr


def test_a_mistyped_file_name_is_an_error_not_text():
    out = run("romanize", "chapter.txt")
    assert out.returncode == 2 and out.stdout == ""
    assert "no such file: chapter.txt" in out.stderr and "--text" in out.stderr
    assert run("romanize", "drafts/chapter").returncode == 2
    assert run("romanize", "--text", "chapter.txt").stdout == "chapter.txt\n"


def test_an_argument_too_long_for_a_file_name_is_text():
    word = "Москва" * 100  # 600 characters, 1,200 bytes: past NAME_MAX
    out = run("romanize", word)
    assert out.returncode == 0 and out.stdout == "Moskva" * 100 + "\n"


def test_at_names_a_file(tmp_path):
    f = tmp_path / "note"
    f.write_text("Юдин\n", "utf-8")
    assert run("romanize", f"@{f}").stdout == "I͡Udin\n"
    assert run("romanize", f"@{tmp_path / 'none'}").returncode == 2


def test_a_word_document_gets_a_pointer_to_check():
    out = run("romanize", "examples/manuscript/chapter-4.docx")
    assert (
        out.returncode == 2 and "is a Word document" in out.stderr and "bukva check" in out.stderr
    )
    assert "save it as UTF-8" not in out.stderr


def test_file_is_streamed_with_warnings_at_their_lines(tmp_path):
    f = tmp_path / "long.txt"
    text = "Юдин прилетел в Москву.\n" * 60_000 + "Mocквa\n"  # past one piece (1 MB)
    f.write_text(text, "utf-8")
    out = run("romanize", "--lang", "ru", str(f))
    assert out.returncode == 0
    assert out.stdout.count("\n") == 60_001
    assert out.stdout.endswith("Moskva\n")
    assert f"{f}:60001:1: 'Mocквa' mixes Latin and Cyrillic" in out.stderr


def test_warnings_are_capped(tmp_path):
    f = tmp_path / "many.txt"
    f.write_text("Mocквa\n" * 50, "utf-8")
    out = run("romanize", str(f))
    assert out.stderr.count("mixes Latin and Cyrillic") == 20
    assert "30 more warnings like these (lookalike-repaired)" in out.stderr


def test_written_files_get_the_users_umask(tmp_path):
    target = tmp_path / "out.txt"
    out = subprocess.run(
        ["sh", "-c", f'umask 022 && "{sys.executable}" -m bukva romanize Съезд -o "{target}"'],
        capture_output=True,
        cwd=ROOT,
    )
    assert out.returncode == 0
    assert stat.S_IMODE(target.stat().st_mode) == 0o644


def test_piped_tables_and_reports_are_whole():
    out = run("systems", COLUMNS="40")
    rows = [line.split("\t") for line in out.stdout.splitlines()]
    assert rows[0] == ["language", "system", "name", "reversible", "options"]
    assert all(len(r) == 5 for r in rows)
    assert rows[[r[:2] for r in rows].index(["ru", "ala-lc-book"])][:2] == ["ru", "ala-lc-book"]
    assert any("signs=keep|drop" in r[4] for r in rows)
    report = run("check", "examples/manuscript", COLUMNS="40")
    line = next(x for x in report.stdout.splitlines() if "Mikoian → Mikoyan" in x)
    assert line.strip().startswith("examples/manuscript/chapter-3.md:")


def test_select_names_the_rules():
    out = run("check", "--select", "nonsense", "examples/manuscript")
    assert out.returncode == 2 and "ru.wrong-system" in out.stderr


def test_systems_for_an_unknown_language():
    out = run("systems", "--lang", "xx")
    assert out.returncode == 2 and "bukva knows: be, bg, mk, ru, sr, uk, zh" in out.stderr


def test_serve_on_a_busy_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        port = s.getsockname()[1]
        out = run("serve", "--port", str(port))
    assert out.returncode == 2 and "serving on" not in out.stderr
    assert f"cannot serve on 127.0.0.1:{port}" in out.stderr


def test_reverse_with_a_chinese_system_says_so():
    out = run("romanize", "--reverse", "--system", "pinyin", "Zhongguo")
    assert out.returncode == 2 and "'pinyin' is a system for zh" in out.stderr


def test_help_is_plain_and_lang_names_zh():
    top = run("--help").stdout
    assert "``" not in top and "Exit codes" in top
    assert "zh" in run("romanize", "--help").stdout


def test_a_plain_russian_sentence_is_not_a_guess():
    out = run("romanize", "Микоян прилетел в Пекин")
    assert out.returncode == 0 and out.stderr == ""
    assert "language guessed" in run("romanize", "Юдин").stderr  # one short word: unsure


def test_hanzi_in_a_russian_pass_are_reported():
    out = run("romanize", "Москва 北京")
    assert out.stdout == "Moskva 北京\n" and "romanize them with --lang zh" in out.stderr


def test_verify_report_is_the_output(tmp_path):
    sys.path.insert(0, str(ROOT / "tools"))
    from make_marc_fixtures import records as fixture_records

    marc = tmp_path / "in.mrc"
    marc.write_bytes(b"".join(r.as_marc() for r in fixture_records()))
    out = run("marc", str(marc), "--verify", "--quiet")
    assert out.returncode == 1 and "no romanized field" in out.stdout and out.stderr == ""


def test_progress_has_a_total_and_rate_after_start_up(tmp_path):
    from bukva.batch.progress import Progress, count_in_file

    f = tmp_path / "t.csv"
    f.write_text("name\n" + "Юдин\n" * 9, "utf-8")
    assert count_in_file(f, b"\n", 1) == 9
    p = Progress("t", total=9, quiet=True)
    p.advance(4)
    assert p.rate is None  # start-up: no rate yet
    p.chunk_done()
    p.advance(5)
    assert p.rate is not None and p.rate > 0


@pytest.mark.parametrize("path", ["/favicon.ico"])
def test_favicon(path):
    from fastapi.testclient import TestClient

    from bukva.interfaces.web.app import create_app

    r = TestClient(create_app()).get(path)
    assert r.status_code == 200 and r.headers["content-type"].startswith("image/svg")
