"""Foreign names in characters found by their characters alone (issue 12, item 2).

    python benchmarks/eval_zh_transcription.py ../shared/data [--show 40]

Recall: CC-CEDICT's foreign names that ``tools/build_zh_transcription.py`` held out of its
character counts (half of them, by CRC-32), and the gazetteer's Chinese transcriptions of
Soviet names and places (another source), each put in a sentence ("<name>在会上说。", "我们
读了<name>的信。") and read by ``transcribed_names`` alone (no name table): found exactly,
found cut or run over, missed. Precision: every run it finds in the CPP dev sentences (Chinese
running text): how many are foreign names CC-CEDICT or the gazetteer knows; the others are
printed for reading (``--show``).

Readings (``--readings``): the held-out CC-CEDICT names romanized whole (``--system pinyin``,
"我们读了<name>的信。") with CC-CEDICT's foreign names and persons taken out of bukva's tables
first, so that each is found by its characters and read in context, as a name no table knows
is: how many come out as one word spelled as CC-CEDICT reads them (tones aside).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))

from build_zh_transcription import foreign_names, foreign_readings, held_out
from bukva.chinese.segment import _words
from bukva.chinese.tagger import dictionary
from bukva.chinese.transcription import transcribed_names

TEMPLATES = ("{}在会上说。", "我们读了{}的信。")


def found(text: str) -> dict[int, int]:
    return transcribed_names(text, _words(text), dictionary()[0].FREQ)


def recall(names: list[str]) -> tuple[int, int, int]:
    exact = partial = 0
    for name in names:
        results = []
        for template in TEMPLATES:
            text = template.format(name)
            at = template.index("{")
            runs = found(text)
            if runs.get(at) == len(name):
                results.append("exact")
            elif any(s < at + len(name) and at < s + n for s, n in runs.items()):
                results.append("partial")
            else:
                results.append("missed")
        exact += results.count("exact")
        partial += results.count("partial")
    return exact, partial, len(names) * len(TEMPLATES)


def readings(cedict_path: str, show: int) -> None:
    """Held-out names read as CC-CEDICT reads them, with no table knowing them."""
    import bukva
    from bukva.chinese.lexicons import _foreign_hanzi, cedict_names

    held = {h: syl for h, syl in foreign_readings(cedict_path).items() if held_out(h)}
    for table in (_foreign_hanzi(), cedict_names()):
        for name in held:
            table.pop(name, None)
    right, wrong = 0, []
    for name, syllables in sorted(held.items()):
        out = bukva.romanize(f"我们读了{name}的信。", lang="zh", system="pinyin")
        want = "".join(x.rstrip("12345") for x in syllables)
        words = [w.replace("'", "").lower() for w in out.split()]
        if want in words:
            right += 1
        else:
            wrong.append((name, want, out))
    print(f"held-out names read as CC-CEDICT reads them, one word: {right} / {len(held)}")
    for name, want, out in wrong[:show]:
        print(f"  {name}\t{want}\t{out}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("shared", type=Path)
    ap.add_argument("--show", type=int, default=40)
    ap.add_argument("--readings", action="store_true")
    args = ap.parse_args()
    if args.readings:
        cedict_path = args.shared / "cedict-proper-nouns" / "cedict_proper_nouns.tsv"
        readings(str(cedict_path), args.show)
        return
    cedict = foreign_names(str(args.shared / "cedict-proper-nouns" / "cedict_proper_nouns.tsv"))
    from bukva.names.gazetteer import _load

    entries, forms = _load()
    soviet = sorted(
        {
            hanzi
            for spellings in forms.values()
            for eid, hanzi, system in spellings
            if system == "hanzi" and entries[eid].origin == "ru" and len(hanzi) >= 3
        }
    )
    held = [n for n in cedict if held_out(n)]
    print("| names (sentences) | exact | cut or run over | missed |")
    print("|---|---:|---:|---:|")
    for label, names in (
        ("CC-CEDICT foreign names, held out", held),
        ("gazetteer: Soviet names and places in characters", soviet),
    ):
        exact, partial, total = recall(names)
        missed = total - exact - partial
        print(
            f"| {label}: {len(names)} ({total}) | {exact / total:.1%} | {partial / total:.1%} "
            f"| {missed / total:.1%} |"
        )
    known = set(cedict) | set(soviet)
    sentences = (args.shared / "cpp-polyphones" / "dev.sent").read_text("utf-8").splitlines()
    runs, hits, others = 0, 0, []
    for line in sentences:
        text = line.replace("▁", "")
        for s, n in found(text).items():
            runs += 1
            if text[s : s + n] in known:
                hits += 1
            else:
                others.append((text[s : s + n], text))
    print(
        f"\nCPP dev sentences: {len(sentences):,}; runs found {runs}; "
        f"{hits} are names CC-CEDICT or the gazetteer know; {len(others)} others:"
    )
    for name, text in others[: args.show]:
        print(f"  {name}\t{text[:60]}")


if __name__ == "__main__":
    main()
