"""Which system romanized Chinese text is written in: Palladius for Cyrillic; Wade-Giles,
Czech, Yale or pinyin for Latin, by the capitalised words each reads and the gazetteer's names
(what ``bukva convert --from auto`` and the checker ask)."""

from __future__ import annotations

import re

from ..engine.text import nfc
from .own_words import ENGLISH_WORD, common_word_test
from .running_text import TOKEN
from .tables import parse, parse_declined, table

SOURCES = ("wade-giles", "czech", "yale", "palladius")
# Czech's letters, or a Czech syllable beginning a name (Mao Ce-tung; never English "cell")
_CZECH_MARK = re.compile("[čšžřťěůňČŠŽŘŤ]|\\b(?:Ce|Čou|Čching|Ťien)(?=-|\\b)")


def detect_source(text: str, target: str = "pinyin") -> str:
    """The syllable system romanized Chinese ``text`` is written in: Palladius for Cyrillic;
    else the system that reads the most of its capitalised words that are not common English
    ones (Czech where its letters show), Wade-Giles first on a tie; pinyin where Yale would
    win but pinyin reads it all, or where ``target`` is another system and pinyin reads more
    of the words than the system found (Mao Zedong to Wade-Giles)."""
    if re.search("[\u0400-\u04ff]", text):
        return "palladius"
    words = _name_words(text)
    found = _detect(text, words)
    if target == "pinyin":
        return found
    theirs = sum(1 for w in words if parse(w, table(found)) is not None)
    ours = sum(1 for w in words if parse(w, table("pinyin")) is not None)
    return "pinyin" if ours > theirs else found


def _name_words(text: str) -> list[str]:
    """The capitalised words of ``text`` that are no common English ones (The, Japanese)."""
    from ..languages.english import english

    return [
        w
        for w in (m.group() for m in TOKEN.finditer(nfc(text)))
        if w[:1].isupper() and ("-" in w or english(w) < ENGLISH_WORD)
    ]


def _detect(text: str, words: list[str]) -> str:
    """The system of Latin ``text`` whose name ``words`` it reads most (see detect_source)."""
    if _CZECH_MARK.search(text):
        return _czech_or_wade_giles(text, words)
    read = {s: {w for w in words if parse(w, table(s)) is not None} for s in SOURCES[:3]}
    from .postal import cuts_as_postal

    # a joined word in Wade-Giles syllables is the postal form of a name (Tatung, Shaokwan),
    # not Yale (Tatong, Sha'okuan): Wade-Giles reads it as much as Yale does
    read["wade-giles"] |= {w for w in words if "-" not in w and cuts_as_postal(w)}
    votes = {s: len(read[s]) + GAZETTEER_VOTE * n for s, n in _gazetteer_votes(text).items()}
    best = max(SOURCES[:3], key=lambda s: (votes[s], -SOURCES.index(s)))
    if best == "yale" and all(parse(w, table("pinyin")) is not None for w in read["yale"]):
        return "pinyin"  # Yale reads nothing pinyin does not (Liaoning, Taiyuan): kept as it is
    if best == "yale" and (
        len(read["yale"]) < YALE_WORDS or 2 * len(read["yale"]) < len(set(words))
    ):
        return "wade-giles"  # too few words to tell Yale: Karamai, Fudzhou left as written
    return best


def _czech_or_wade_giles(text: str, words: list[str]) -> str:
    """A text with Czech's letters is Czech unless Wade-Giles reads more of its names: an
    English book citing a Czech title (Rozhovory s Mao Ce-tungem) writes its own names in
    Wade-Giles (Chou En-lai, not Czech's hou). A word with Czech's letters that Czech reads
    counts twice, a gazetteer name twice; Czech on a tie."""
    common = common_word_test("czech")
    words = [w for w in words if "-" in w or not common(w)]
    czech = [w for w in words if parse_declined(w, table("czech")) is not None]
    wade_giles = [w for w in words if parse(w, table("wade-giles")) is not None]
    gazetteer = _gazetteer_votes(text)
    votes_czech = len(czech) + sum(bool(_CZECH_MARK.search(w)) for w in czech)
    votes_czech += GAZETTEER_VOTE * gazetteer["czech"]
    votes_wade_giles = len(wade_giles) + GAZETTEER_VOTE * gazetteer["wade-giles"]
    return "czech" if votes_czech >= votes_wade_giles else "wade-giles"


# Yale's one-letter and two-letter syllables (r, dz, sy) cut almost any word, so a name or two
# Yale alone reads is rather another language's spelling (Karamai, Fudzhou, Harbina) than Yale,
# and a text where it reads a few words among many is English (Boolean, Foo): auto detection
# takes Yale from three words it reads that are half the text's capitalised words or more
YALE_WORDS = 3


GAZETTEER_VOTE = 2  # a name the gazetteer has in a system counts twice a word it reads


def _gazetteer_votes(text: str) -> dict[str, int]:
    """How many names of ``text`` the gazetteer has as each system writes them (Mao Tse-tung:
    Wade-Giles); a postal form (Yenan, Peking) counts for Wade-Giles, which the period's
    books wrote beside it."""
    from ..names.gazetteer import find

    votes = dict.fromkeys(SOURCES[:3], 0)
    for found in find(text):
        systems = {s.system.split(":")[0] for s in found.spellings}
        if "postal" in systems:
            systems.add("wade-giles")
        for system in systems & votes.keys():
            votes[system] += 1
    return votes
