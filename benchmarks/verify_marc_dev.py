"""`bukva marc --verify` over the raw catalog records of the development set, summed.

    python benchmarks/verify_marc_dev.py ../shared/data/marc-880-dev

Every binary MARC (.mrc, .marc) and MARC XML (.xml, .marcxml) file under raw/ is verified as
`bukva marc --verify FILE --output-format json` does it (subfield by subfield, by each field's
rules), and the pairs are summed: fields compared, agreeing, differing by class. Unlike
score_marc.py this keeps subfield boundaries, so it is the figure for `bukva marc` itself. It
includes the Wade-Giles-era records, which pinyin cannot agree with.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
from collections import Counter
from pathlib import Path


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("folder", type=Path)
    args = ap.parse_args()
    from bukva.batch.marc import Options
    from bukva.batch.run import run_marc
    from bukva.batch.verify import summary_lines

    pairs = []
    files = 0
    with tempfile.TemporaryDirectory() as tmp:
        for path in sorted((args.folder / "raw").rglob("*")):
            suffix = path.suffix.lower()
            if suffix not in (".mrc", ".marc", ".xml", ".marcxml"):
                continue
            copy = Path(tmp) / ("x.xml" if suffix in (".xml", ".marcxml") else "x.mrc")
            shutil.copyfile(path, copy)
            try:
                problems = run_marc(copy, None, Options(), verify=True, quiet=True)
            except Exception as exc:  # not MARC after all (an XML fixture of something else)
                print(f"skipped {path.name}: {exc}")
                continue
            files += 1
            pairs += [p.pair for p in problems if p.pair]
    print(f"files: {files}")
    for line in summary_lines(pairs):
        print(line)
    tags = Counter(p["tag"] for p in pairs if p["class"] not in ("agree", "missing"))
    print("differing by tag:", ", ".join(f"{t} {n}" for t, n in tags.most_common(12)))


if __name__ == "__main__":
    main()
