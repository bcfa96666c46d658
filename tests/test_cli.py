"""The bukva command: output, exit codes, one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str, stdin: str | None = None, **env: str) -> subprocess.CompletedProcess[str]:
    """``bukva`` as a user runs it, with ``env`` added to the environment (COLUMNS=40)."""
    import os

    return subprocess.run(
        [sys.executable, "-m", "bukva", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, **env},
    )


def test_romanize_text_argument():
    out = run("romanize", "--lang", "ru", "Юдин Павел Фёдорович")
    assert out.returncode == 0
    assert out.stdout == "I͡Udin Pavel Fëdorovich\n"


def test_romanize_bundled_example_file():
    out = run("romanize", "examples/archive-note.txt")
    assert out.returncode == 0
    assert "I͡Udin Pavel Fëdorovich (1899–1968)" in out.stdout
    assert "examples/archive-note.txt:9:35: 'Mocквa' mixes Latin and Cyrillic" in out.stderr


def test_standard_input_and_options():
    out = run("romanize", "-", "--lang", "ru", "-O", "ties=half-marks", stdin="Буйда, Юрий.")
    assert out.stdout == "Buĭda, I︠U︡riĭ.\n"


def test_reverse_and_json():
    out = run("romanize", "--reverse", "--system", "ala-lc-book", "--format", "json", "Iudin")
    data = json.loads(out.stdout)
    assert data["text"] == "Юдин" and data["direction"] == "reverse"
    assert data["spans"][0]["alternatives"]


def test_unknown_system_is_one_line_and_exit_2():
    out = run("romanize", "--lang", "ru", "--system", "lc", "x")
    assert out.returncode == 2
    assert out.stderr.count("\n") == 1
    assert "valid systems: ala-lc, ala-lc-book, bgn-pcgn" in out.stderr


def test_unknown_option_exit_2():
    out = run("romanize", "--lang", "ru", "-O", "tie=half", "x")
    assert out.returncode == 2 and "its options are: final_hard_sign, ties" in out.stderr


@pytest.mark.parametrize(
    ("args", "hint"),
    [
        (("check", "--bogus", "x"), "see 'bukva check --help'"),
        (("romanize", "--bogus"), "see 'bukva romanize --help'"),
        (("--bogus",), "see 'bukva --help'"),
    ],
)
def test_a_wrong_flag_points_to_its_commands_help(args, hint):
    out = run(*args)
    assert out.returncode == 2 and out.stderr.count("\n") == 1 and hint in out.stderr


def test_not_utf8_file(tmp_path):
    bad = tmp_path / "cp1251.txt"
    bad.write_bytes("Юдин\nЖуков".encode("cp1251"))
    out = run("romanize", str(bad))
    assert out.returncode == 2 and "not UTF-8 text (byte 0, line 1)" in out.stderr
    assert out.stdout == ""


def test_output_file_written(tmp_path):
    target = tmp_path / "out.txt"
    out = run("romanize", "--lang", "ru", "Съезд", "-o", str(target))
    assert out.returncode == 0 and target.read_text("utf-8") == "Sʺezd\n"


def test_systems_lists_json():
    out = run("systems", "--format", "json", "--lang", "uk")
    ids = {s["id"] for s in json.loads(out.stdout)}
    assert ids == {"ala-lc", "bgn-pcgn", "iso9"}


def test_docs_pages_are_generated_from_the_data():
    out = subprocess.run(
        [sys.executable, "tools/gen_docs.py", "--check"], cwd=ROOT, capture_output=True, text=True
    )
    assert out.returncode == 0, out.stdout


def test_a_chinese_system_romanizes_a_chinese_text_with_a_russian_gloss():
    # 尤金（П.Ф.Юдин）: with --system pinyin the text is Chinese (pinyin serves Chinese only);
    # the gloss stays in Cyrillic, and the user is told so
    out = run("romanize", "--system", "pinyin", "苏联大使尤金（П.Ф.Юдин）")
    assert out.returncode == 0, out.stderr
    assert out.stdout == "Sulian dashi Youjin (П.Ф.Юдин)\n"
    assert "Cyrillic letters are left as they are in a zh pass" in out.stderr
    # Russian text alone with a Chinese system is still a mistake, said in one line
    out = run("romanize", "--system", "pinyin", "Москва")
    assert out.returncode == 2
    assert out.stderr.count("\n") == 1 and "'pinyin' is a system for zh" in out.stderr
