"""The README's examples run as written: every `bukva romanize/convert/readings` line in its
shell blocks whose comment gives the output, and every Python line whose comment gives a repr.
A README that drifts from the program fails here."""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text("utf-8")
_NOTE = re.compile(r"\s{2,}\(.*\)$")  # "  (MARC half marks)": a note, not output


def _blocks(lang: str) -> list[list[str]]:
    return [b.splitlines() for b in re.findall(rf"```{lang}\n(.*?)```", README, re.DOTALL)]


def _shell_cases() -> list[tuple[str, str]]:
    cases = []
    for lines in _blocks("sh"):
        for k, line in enumerate(lines):
            m = re.match(r"^(bukva (?:romanize|convert|readings) .*?)(?:\s+#\s*(.*))?$", line)
            if not m:
                continue
            command, expected = m.group(1), m.group(2)
            if expected is None and k + 1 < len(lines) and lines[k + 1].strip().startswith("#"):
                expected = lines[k + 1].strip()[1:].strip()
            args = shlex.split(command)[1:]
            if expected is None or "|" in command or "-o" in args or "--format" in args:
                continue
            if any((ROOT / a).exists() or a.endswith((".txt", ".md")) for a in args):
                continue  # a file: its output is longer than a comment
            cases.append((command, _NOTE.sub("", expected).strip()))
    return cases


def _python_cases() -> list[tuple[list[str], str, str]]:
    """(lines run before, expression, expected repr)."""
    cases = []
    for lines in _blocks("python"):
        setup: list[str] = []
        for k, line in enumerate(lines):
            if line.startswith("#"):
                continue  # the output of the line before
            code, _, comment = line.partition("  # ")
            if not comment and k + 1 < len(lines) and lines[k + 1].startswith("# "):
                comment = lines[k + 1][2:]
            expected = _NOTE.sub("", comment).strip()
            expected = re.sub(r"\s+\((?:either|None for).*\)$", "", expected)
            if re.match(r"^(?:\w+ = |import |from )", code) or not code.strip():
                setup.append(code)
            elif expected[:1] in "'[(" or expected.startswith("Span("):
                cases.append((list(setup), code.strip(), expected))
    return cases


@pytest.mark.parametrize(("command", "expected"), _shell_cases())
def test_shell_example(command, expected):
    out = subprocess.run(
        [sys.executable, "-m", "bukva", *shlex.split(command)[1:]],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == expected


@pytest.mark.parametrize(("setup", "expression", "expected"), _python_cases())
def test_python_example(setup, expression, expected):
    scope: dict = {}
    exec("import bukva\n" + "\n".join(setup), scope)
    assert repr(eval(expression, scope)) == expected


def test_examples_were_found():
    assert len(_shell_cases()) >= 15 and len(_python_cases()) >= 10


def test_ci_runs_the_readmes_test_command():
    first, second = re.findall(r"```sh\n(.*?)\n```", README, re.DOTALL)[:2]
    assert first.startswith("python3 -m venv .venv") and "bukva check examples/manuscript" in first
    assert second == "bash tools/test.sh"
    ci = (ROOT / ".ci" / "run").read_text("utf-8").splitlines()
    assert second in ci


def test_main_job_runs_from_a_fresh_clone(tmp_path):
    """What the first command runs, on a clone of what is committed: every file it needs is
    in the repository, and it reports as the README says."""
    if subprocess.run(["git", "-C", str(ROOT), "rev-parse"], capture_output=True).returncode:
        pytest.skip("not a git checkout")
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "-q", str(ROOT), str(clone)], check=True)
    out = subprocess.run(
        [sys.executable, "-m", "bukva", "check", "examples/manuscript"],
        capture_output=True,
        text=True,
        cwd=clone,
        env={"PYTHONPATH": str(clone / "src"), "PATH": "/usr/bin:/bin"},
    )
    assert out.returncode == 1, out.stderr  # findings: the example mixes systems on purpose
    assert "ru.wrong-system" in out.stdout and "zh.wade-giles" in out.stdout
    assert "chapter-4.docx" in out.stdout
