"""Build how common each Russian name word is in Russian text, so that the check and the names
layer can tell a name Russian writes (Татьяна, Зиновьев) from a variant only the lexicon lists
(Татяна, Эвгений) without loading wordfreq's whole Russian list (over 100 MB in memory).

Source: wordfreq 3.1 (Robyn Speer; code Apache-2.0, word lists CC BY-SA 4.0, built from
Wikipedia, OpenSubtitles, news, books and web text), its Russian list: every word that
OpenCorpora's lexicon (pymorphy3) tags as a first name, surname or patronymic in any parse,
with its Zipf frequency to one decimal.

Run: python tools/build_ru_name_zipf.py src/bukva/data/ru-name-zipf.tsv.gz
"""

from __future__ import annotations

import gzip
import re
import sys
from pathlib import Path

CYRILLIC = re.compile("^[а-яё]+$")
NAME_TAGS = {"Name", "Surn", "Patr"}


def main(out: Path) -> None:
    import pymorphy3
    from wordfreq import iter_wordlist, zipf_frequency

    morph = pymorphy3.MorphAnalyzer()
    rows = []
    for word in iter_wordlist("ru"):
        if not CYRILLIC.match(word) or len(word) < 2:
            continue
        if any(NAME_TAGS & p.tag.grammemes for p in morph.parse(word)):
            rows.append((word, round(zipf_frequency(word, "ru"), 1)))
    rows.sort()
    text = (
        "# Russian name words (OpenCorpora's Name, Surn, Patr) and their Zipf frequency in\n"
        "# Russian text: wordfreq 3.1, Russian list (CC BY-SA 4.0, Robyn Speer);\n"
        "# tools/build_ru_name_zipf.py\n" + "".join(f"{w}\t{z}\n" for w, z in rows)
    )
    out.write_bytes(gzip.compress(text.encode("utf-8"), mtime=0))
    print(f"{len(rows)} words")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
