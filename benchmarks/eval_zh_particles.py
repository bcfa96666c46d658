"""Where bukva reads 地 and 得 as particles (de, děi) and 藏 as "held by" (cáng), on text it
did not write.

    python benchmarks/eval_zh_particles.py ../shared/data/cpp-polyphones [--all]

Every one-character word 地, 得 or 藏 in the CPP dev sentences (all of them, not only the marked
character CPP scores), and what `bukva.chinese.particles` decides for it, with the words
around it, to be read by hand; and, on the sentences whose marked character is 地 or 得, how
often the reading agrees with CPP's label. ``--all``: print the ones left to the network too.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("folder", type=Path)
    ap.add_argument("--all", action="store_true")
    args = ap.parse_args()
    import bukva
    from bukva.chinese.lexicon import words
    from bukva.chinese.particles import particles
    from bukva.chinese.script import simplified
    from bukva.chinese.tagger import dictionary

    tags = dictionary()[1]
    sentences = (args.folder / "dev.sent").read_text("utf-8").splitlines()
    labels = (args.folder / "dev.lb").read_text("utf-8").splitlines()
    alone: Counter[str] = Counter()
    decided: Counter[str] = Counter()
    for line in sentences:
        text = simplified(line.replace("▁", ""))
        spans = words(text)
        fixed = particles(text, spans, tags)
        for start, end in spans:
            if end - start != 1 or text[start] not in "地得藏":
                continue
            alone[text[start]] += 1
            reading = fixed.get(start)
            if reading:
                decided[reading] += 1
            if reading or args.all:
                print(
                    f"{reading or '-':5} {text[max(0, start - 12) : start]}[{text[start]}]"
                    f"{text[end : end + 10]}"
                )
    marked = right = 0
    for line, label in zip(sentences, labels, strict=True):
        at = line.index("▁")
        if line[at + 1] in "地得":
            marked += 1
            right += bukva.readings(line.replace("▁", ""))[at] == label
    print(
        f"one-character 地 {alone['地']}, 得 {alone['得']}, 藏 {alone['藏']}; read by the rules: "
        f"{', '.join(f'{r} {n}' for r, n in sorted(decided.items()))}; "
        f"CPP's marked 地 and 得: {right} of {marked} as labelled"
    )


if __name__ == "__main__":
    main()
