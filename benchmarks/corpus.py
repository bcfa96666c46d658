"""Deterministic benchmark text: Russian prose-like text sampled from wordfreq's frequencies.

The words follow real Russian frequencies (wordfreq's list, itself built from subtitles, news,
Wikipedia and web text), so letter and word statistics are those of running Russian; sentences
get capitals, punctuation, numbers and the odd abbreviation in capitals (СССР, ЦК), as archival
prose has.
"""

from __future__ import annotations

import random


def russian_text(chars: int, seed: int = 1917) -> str:
    from wordfreq import top_n_list, word_frequency

    words = top_n_list("ru", 40000)
    weights = [word_frequency(w, "ru") for w in words]
    rng = random.Random(seed)
    abbreviations = ["СССР", "ЦК", "КПСС", "ВОКС", "ЖЭК", "ЧК", "МХАТ", "ЮНЕСКО"]
    out: list[str] = []
    size = 0
    while size < chars:
        n = rng.randint(6, 22)
        sentence = rng.choices(words, weights=weights, k=n)
        if rng.random() < 0.15:
            sentence[rng.randrange(n)] = rng.choice(abbreviations)
        if rng.random() < 0.1:
            sentence[rng.randrange(n)] = str(rng.randint(1900, 1991))
        if rng.random() < 0.3:
            sentence.insert(rng.randrange(1, n), ",")
        text = " ".join(sentence).replace(" ,", ",")
        text = text[0].upper() + text[1:] + rng.choice([".", ".", ".", "?", "!", "…"])
        out.append(text)
        size += len(text) + 1
        if rng.random() < 0.1:
            out.append("\n")
    return " ".join(out)[:chars]
