"""Batch: MARC partners for 880s, verification, CSV and JSONL, and the same on Dask."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest
from pymarc import MARCReader

from bukva.batch.marc import Options, read_binary
from bukva.batch.run import Runner, run_marc, run_table
from bukva.batch.tables import TableJob

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
from make_marc_fixtures import records as fixture_records  # noqa: E402


@pytest.fixture
def marc_file(tmp_path) -> Path:
    path = tmp_path / "in.mrc"
    path.write_bytes(b"".join(r.as_marc() for r in fixture_records()))
    return path


def _read(path: Path):
    with open(path, "rb") as f:
        return list(MARCReader(f, to_unicode=True, force_utf8=True))


def _fields(record):
    return [(f.tag, str(f)) for f in record.fields]


def test_partners_are_written_with_links_and_half_mark_ties(marc_file, tmp_path):
    out = tmp_path / "out.mrc"
    problems = run_marc(marc_file, out, Options(), quiet=True)
    assert [p for p in problems if p.kind == "error"] == []
    # the keyed partner that differs is kept, and the cataloger is told so
    [kept] = [p for p in problems if p.kind == "warning"]
    assert kept.record == 2 and "kept the record's 245" in kept.message
    assert "(ties only)" in kept.message
    russian, keyed, chinese, latin = _read(out)
    assert str(russian["100"]) == "=100  1\\$6880-01$aI︠U︡din, Pavel Fëdorovich,$d1899-1968."
    assert str(russian["245"]) == "=245  10$6880-02$aVospominanii︠a︡ o Kitae /$cP. F. I︠U︡din."
    assert str(chinese["100"]) == "=100  1\\$6880-01$aLü, Zongli."
    assert chinese["245"]["a"] == "Zhonghua Renmin Gongheguo wai jiao bu dang an guan /"
    assert str(keyed["245"]) == "=245  10$6880-02$aTak bylo :$brazmyshleniia o minuvshem."
    assert _fields(latin) == _fields(fixture_records()[3])


def test_everything_else_is_unchanged(marc_file, tmp_path):
    out = tmp_path / "out.mrc"
    run_marc(marc_file, out, Options(), quiet=True)
    for before, after in zip(fixture_records(), _read(out), strict=True):
        added = {f.tag for f in after.fields} - {f.tag for f in before.fields}
        kept = [f for f in _fields(after) if f[0] not in added]
        assert kept == _fields(before)
        assert after.leader[5:9] == before.leader[5:9] and after.leader[17:] == before.leader[17:]


def test_generated_fields_pass_verify(marc_file, tmp_path):
    out = tmp_path / "out.mrc"
    run_marc(marc_file, out, Options(), quiet=True)
    fixed = tmp_path / "fixed.mrc"
    run_marc(out, fixed, Options(overwrite=True), quiet=True)
    checked = run_marc(fixed, None, Options(), verify=True, quiet=True)
    assert checked and all(p.kind == "agree" for p in checked)


def test_verify_reports_differences_per_record(marc_file):
    problems = run_marc(marc_file, None, Options(), verify=True, quiet=True)
    problems = [p for p in problems if p.kind != "agree"]
    by_record = {(p.record, p.control) for p in problems}
    assert (2, "bk0002") in by_record  # the keyed record: razmyshleniia without the tie
    assert any("razmyshlenii︠a︡" in p.message for p in problems)
    assert any(p.record == 1 and "no romanized field" in p.message for p in problems)


def test_a_broken_record_is_reported_and_skipped_not_dropped_silently(marc_file, tmp_path):
    records = [r.as_marc() for r in fixture_records()]
    broken = b"00099xxx" + b"garbage" * 5 + b"\x1d"
    source = tmp_path / "mixed.mrc"
    source.write_bytes(records[0] + broken + records[2])
    out = tmp_path / "out.mrc"
    problems = [p for p in run_marc(source, out, Options(), quiet=True) if p.kind == "error"]
    assert [(p.record, p.offset) for p in problems] == [(2, len(records[0]))]
    assert "could not be read" in problems[0].message
    assert [r["001"].data for r in _read(out)] == ["bk0001", "bk0003"]


def test_marc_xml_in_and_out(marc_file, tmp_path):
    xml = tmp_path / "out.xml"
    run_marc(marc_file, xml, Options(), quiet=True)
    assert b"<collection" in xml.read_bytes()
    again = tmp_path / "again.mrc"
    assert [p for p in run_marc(xml, again, Options(), quiet=True) if p.kind == "error"] == []
    assert [r["001"].data for r in _read(again)] == ["bk0001", "bk0002", "bk0003", "bk0004"]


def test_cli_exit_codes(marc_file, tmp_path):
    run = [sys.executable, "-m", "bukva", "marc"]
    ok = subprocess.run(
        [*run, str(marc_file), "--out", str(tmp_path / "o.mrc"), "--quiet"],
        capture_output=True,
        text=True,
    )
    assert ok.returncode == 0, ok.stderr
    diff = subprocess.run(
        [*run, str(marc_file), "--verify", "--quiet"], capture_output=True, text=True
    )
    assert diff.returncode == 1 and "record 2 (001 bk0002)" in diff.stdout  # the report
    missing = subprocess.run(
        [*run, str(tmp_path / "nope.mrc"), "--verify"], capture_output=True, text=True
    )
    assert missing.returncode == 2 and missing.stderr.count("\n") == 1


def test_read_binary_streams_records(marc_file):
    with open(marc_file, "rb") as f:
        items = list(read_binary(f, chunk=50))
    assert [p for p, _, _ in items] == [1, 2, 3, 4]
    assert all(raw.endswith(b"\x1d") for _, _, raw in items)


# -- tables ----------------------------------------------------------------------------------


@pytest.fixture
def csv_file(tmp_path) -> Path:
    path = tmp_path / "people.csv"
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["id", "name", "note"])
        for i in range(1200):
            w.writerow([i, ["Юдин Павел", "Микоян", "Хрущёв"][i % 3], "kept, as is"])
    return path


def test_csv_columns_are_added(csv_file, tmp_path):
    out = tmp_path / "out.csv"
    run_table(csv_file, out, TableJob(["name"], lang="ru", system="ala-lc-book"), quiet=True)
    with open(out, encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert rows[0] == {
        "id": "0",
        "name": "Юдин Павел",
        "note": "kept, as is",
        "name_latn": "Iudin Pavel",
    }
    assert len(rows) == 1200


def test_jsonl_in_place_and_bad_line(tmp_path):
    source = tmp_path / "a.jsonl"
    source.write_text('{"t": "Съезд", "n": 1}\n{"t": "Москва"}\n', "utf-8")
    out = tmp_path / "out.jsonl"
    run_table(source, out, TableJob(["t"], lang="ru", suffix=""), quiet=True)
    assert [json.loads(x) for x in out.read_text("utf-8").splitlines()] == [
        {"t": "Sʺezd", "n": 1},
        {"t": "Moskva"},
    ]
    source.write_text('{"t": "Съезд"}\nnot json\n', "utf-8")
    from bukva import BukvaError

    with pytest.raises(BukvaError, match="line 2: not JSON"):
        run_table(source, out, TableJob(["t"]), quiet=True)
    assert out.read_text("utf-8").startswith('{"t": "Sʺezd"')  # the old output is untouched


def test_dask_output_is_identical(marc_file, csv_file, tmp_path):
    pytest.importorskip("dask.distributed")
    local_marc, local_csv = tmp_path / "l.mrc", tmp_path / "l.csv"
    run_marc(marc_file, local_marc, Options(), quiet=True)
    run_table(csv_file, local_csv, TableJob(["name"], lang="ru"), quiet=True)
    runner = Runner("local", workers=2)
    try:
        dask_marc, dask_csv = tmp_path / "d.mrc", tmp_path / "d.csv"
        run_marc(marc_file, dask_marc, Options(), runner=runner, quiet=True)
        run_table(csv_file, dask_csv, TableJob(["name"], lang="ru"), runner=runner, quiet=True)
    finally:
        runner.close()
    assert dask_marc.read_bytes() == local_marc.read_bytes()
    assert dask_csv.read_bytes() == local_csv.read_bytes()
