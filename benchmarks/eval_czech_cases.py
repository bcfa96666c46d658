"""Chinese names in Czech text, in every case: converted back to pinyin?

    python benchmarks/eval_czech_cases.py

CC-CEDICT's persons (a surname and a given name of one or two syllables; mdbg.net, CC BY-SA
4.0) written in the Czech transcription by bukva's table, then declined as Czech declines a
name (its last part only): a hard stem -a, -ovi, -em and the possessive -ova (Ce-tunga,
Ce-tungovi, Ce-tungem, Ce-tungova); a stem in -j also -e (En-laje); a name in -i or -e as
adjectives, -ho, -mu, -m (Šao-čchiho); a name in -ao drops its o (Lin Piaa, Piaovi, Piaem);
other vowels do not decline. Each form is converted back (``bukva.convert(form, "czech")``):
is it the pinyin again? The nominative is scored too (nothing may be lost for the endings'
sake). The Czech forms are bukva's own, so this measures the reading of case endings, not the
syllable table.

Apart, false alarms: the 20,000 commonest Czech words (wordfreq), each capitalised and alone,
converted as Czech: how many change. And auto detection where Czech letters show: in a Czech
sentence, and in an English one that names the person in Wade-Giles beside a Czech title.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bukva.chinese.convert import convert
from eval_palladius_cases import own_words_main, round_trip


def declined(name: str) -> list[str]:
    """The name's declined forms ([] where it does not decline)."""
    head, _, last = name.rpartition(" ")
    end = last[-1].lower()
    if end in "ie":
        endings = [last + e for e in ("ho", "mu", "m")]
    elif last.lower().endswith("ao"):
        endings = [last[:-1] + e for e in ("a", "ovi", "em")]
    elif end in "aouü'":
        return []
    elif end == "j":
        endings = [last + e for e in ("e", "ovi", "em", "ova")]
    else:
        endings = [last + e for e in ("a", "ovi", "em", "ova")]
    return [f"{head} {form}" for form in endings]


def main() -> None:
    round_trip("czech", declined, "-a, -e, -ovi, -em, -ova; -ho, -mu, -m")
    own_words_main("cs", "czech", "Czech")


def detection_main() -> None:
    """Auto detection with Czech letters in the text: a Czech sentence naming each person (Czech
    reads it), and an English sentence naming the person in Wade-Giles beside a Czech title
    (Wade-Giles reads it; Czech's ch is h): converted to the pinyin?"""
    from eval_palladius_cases import persons

    names = persons()[::3]
    czech = english = 0
    for pinyin in names:
        cs = convert(pinyin, "pinyin", "czech")
        wg = convert(pinyin, "pinyin", "wade-giles")
        czech += pinyin in convert(f"Předseda {cs} přijel do Prahy.", "auto", "pinyin")
        text = f"Later {wg} met the delegation (see Rozhovory s čínskými soudruhy, Praha 1958)."
        english += pinyin in convert(text, "auto", "pinyin")
    print(
        f"auto detection, {len(names)} persons: in a Czech sentence, to the pinyin "
        f"{czech / len(names):.1%}; in Wade-Giles in an English sentence citing a Czech title "
        f"{english / len(names):.1%}"
    )


if __name__ == "__main__":
    main()
    detection_main()
