"""A chapter on Harbin and the Russians of Manchuria, and one on Soviet aid to Chinese industry
(dev-manuscript-23, -24): a -sky surname no dictionary lists in a mixed spelling (Rodzaevsky);
a paper's name in italics alone (*Zarya*); a bibliography's publisher; a Czech name
with its marks in English prose (the Škoda works); a postal form English knows, beside others
(Loyang); a Russian term in a mixed spelling (*edinonachaliye*); a note that leads to its
author ("On Semyonov's end see Stephan, ..."); -ый written -y before a noun (*bumazhny tigr*);
a Chinese publisher in a citation's sentence case; a full name whose surname reads only with it
(dev-manuscript-27: Leonid Ilyichev); an italic title's characters after it, in Word too."""

from __future__ import annotations

import pytest

from bukva.checker.check import check_text
from house import STYLE
from house import texts as _texts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # LC's letters with English's -sky: no system writes it, no dictionary lists it
        (
            "The party of Konstantin Rodzaevsky marched.",
            [("Rodzaevsky", "Rodzaevskii", False)],
        ),
        ("Later Rodzaevsky gave himself up.", [("Rodzaevsky", "Rodzaevskii", False)]),
        # a paper's name, one italic word that reads as a Russian word: for review
        ("The largest of the papers, *Zarya*, sold well.", [("Zarya", "Zaria", False)]),
        ("The papers <i>Zarya</i> and more.", [("Zarya", "Zaria", False)]),
        ("The journal _Znamya_ printed it.", [("Znamya", "Znamia", False)]),
        # a term in a mixed spelling: LC's e at its start, the press's -iye
        (
            "The director was to rule alone, by *edinonachaliye*.",
            [("edinonachaliye", "edinonachalie", False)],
        ),
        # postal forms in one paragraph: Loyang too, which English books know
        (
            "Tractors went to Loyang and oil refining to Lanchow.",
            [("Lanchow", "Lanzhou", True), ("Loyang", "Luoyang", False)],
        ),
        # ... in the same paragraph only, as a Word paragraph is a unit of its own
        ("Tractors went to Loyang.\n\nOil went to Lanchow.", [("Lanchow", "Lanzhou", True)]),
        # an English name beside postal forms (Britannica's Kwantung Army): kept
        (
            "The armies destroyed the Kwantung Army, which held Hailar and Tsitsihar.",
            [("Tsitsihar", "Qiqihar", True)],
        ),
        ("The Chruščov speech was read.", [("Chruščov", "Khrushchev", True)]),
        # a Soviet full name whose surname no system reads alone: the gazetteer's, whole
        (
            "The rebuttals of Leonid Ilyichev came.",
            [("Leonid Ilyichev", "Leonid Il'ichev", True)],
        ),
        # -ый written -y: LC reads a short plural the masculine noun after it cannot follow
        ("He called them a *bumazhny tigr* in 1960.", [("bumazhny", "bumazhnyi", True)]),
        ("He published in *Novy mir* in 1962.", [("Novy mir", "Novyi mir", True)]),
        # a pinyin body's name in running text, GB/T's capitals (for review) ...
        (
            "The Zhonggong zhongyang dangxiao trained them.",
            [("Zhonggong zhongyang", "Zhonggong Zhongyang", False)],
        ),
    ],
)
def test_found(text: str, expected: list) -> None:
    assert _texts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # -sky names with nothing only Russian romanization writes: as likely Czech or Polish
        "They read Slansky, Kaplinsky and Dvorsky.",
        "The Polish officer Zawadski came.",
        # a Czech name with its marks, in English prose
        "Czechoslovakia sent power stations, and the Škoda works in Plzeň sent turbines.",
        # not in italics: nothing marks it as a Russian word
        "The largest of the papers, Zarya, sold well.",
        "They read *Pravda* and *Rupor*.",
        # a postal form English knows, alone: left as written
        "The tractor plant at Loyang was built.",
        # a short plural the noun after it may follow: the houses are old
        "In the village the *stary doma* were empty.",
        # ... and a citation's publisher, in the sentence case citations write
        "Text.[^1]\n\n[^1]: Bo Yibo, *Huigu* (Beijing: Zhonggong zhongyang dangxiao chubanshe,"
        " 1991), 296.\n",
        # the characters after an italic English title: its original
        "The articles under the common title *Long Live Leninism* (列宁主义万岁) appeared.",
        # snake_case is code, not a word
        "Set the my_zarya_value flag.",
    ],
)
def test_kept(text: str) -> None:
    assert _texts(text) == []


def test_a_publisher_takes_the_bibliographys_system_its_title_is_kept() -> None:
    # the title as printed; the publisher in the bibliography's full ALA-LC (as
    # dev-manuscript-6's key has Sovetskii pisatel')
    style = {**STYLE, "scopes": {"bibliography": {"ru": "ala-lc"}}}
    text = (
        "Text.\n\n## Bibliography\n\n"
        "Il'ina, N. I. *Dorogi i sud'by*. Moscow: Moskovskii rabochii, 1985.\n"
    )
    found = [(f.text, f.fix) for f in check_text(text, style)]
    assert found == [("Moskovskii rabochii", "Moskovskiĭ rabochiĭ")]


def test_a_notes_author_after_see() -> None:
    text = "Text.\n\nNotes\n\n[5] On Semyonov's end see Stephan, The Russian Fascists, 336–338.\n"
    found = check_text(text, STYLE, name="chapter.txt", markdown=False)
    assert [(f.text, f.fix, f.safe) for f in found] == [("Semyonov", "Semenov", True)]
