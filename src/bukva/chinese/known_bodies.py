"""Institutions' names the tables know (CC-CEDICT's and the period gazetteer's: 公安部, 少年先锋队,
汉萨同盟) found in running text, whatever jieba's tags, and the words CC-CEDICT writes them in."""

from __future__ import annotations

from .division import _DETERMINED, DETERMINERS
from .lexicons import institution_starts, institutions
from .period_names import curated_persons
from .tagger import SEEN_COUNT, dictionary
from .word import KNOWN, NUMBER, ORG, OTHER, PERSON, WORD, Word


def determined(name: str) -> bool:
    """Whether a word of a would-be name begins with a determiner and its noun (两国, 各国,
    我党, 本国, 贵国): what follows is theirs, no one body's name (两国政府, 各国共产党, 我国政府
    are governments and parties, not a government named so)."""
    return len(name) >= 2 and (name[0] in DETERMINERS or name[0] == "两") and name[1] in _DETERMINED


def of_countries(words: list[Word], k: int) -> bool:
    """Whether the word at ``k`` follows countries counted or determined right before it (各国
    | 共产党, 两国 | 外交部, 八十一 | 国 | 共产党, 81 | 国): theirs, no one body's name."""
    if not k or words[k - 1].end != words[k].start:
        return False
    before = words[k - 1].simp
    if len(before) == 2 and before[1] == "国" and determined(before):
        return True
    return (
        before == "国"
        and k >= 2
        and words[k - 2].end == words[k - 1].start
        and (
            words[k - 2].role == NUMBER
            or words[k - 2].flag == "m"
            or words[k - 2].text.isdigit()  # 81 | 国 | 共产党
        )
    )


def mark_known(words: list[Word], simp_end: list[str]) -> None:
    """Mark the runs of words that spell an institution's name the tables know (公安部, 少年 |
    先锋队: CC-CEDICT's and the gazetteer's), the longest from each word, whatever jieba's tags:
    GB/T 16159-2012 6.3.2 writes it as a proper name, its words capitalized. A run already in
    a name the endings found (韩国 | 中央 | 选举委员会) is left as that name."""
    known = institutions()
    starts = institution_starts()
    k = 0
    while k < len(words):
        if simp_end[k] not in starts:  # most words begin no name: the next
            cut = _known_head(words[k], simp_end[k], known) if len(simp_end[k]) >= 4 else 0
            if not cut:
                k += 1
                continue
            words[k : k + 1] = _split(words[k], cut)  # 人大 | 代表: Renda daibiao
            simp_end[k : k + 1] = [simp_end[k][:cut], simp_end[k][cut:]]
        name, hit = "", -1
        for j in range(k, len(words)):
            if words[j].role == OTHER or (j > k and words[j - 1].end != words[j].start):
                break
            if name and name + simp_end[j] not in starts:
                cut = _name_end_inside(name, words[j], simp_end[j], known)
                if cut:  # 中苏友好 | 协会会长: the name ends inside jieba's word
                    words[j : j + 1] = _split(words[j], cut)
                    simp_end[j : j + 1] = [simp_end[j][:cut], simp_end[j][cut:]]
                    hit, found = j, name + simp_end[j]
                break
            name += simp_end[j]
            if name not in starts:
                break
            if name in known:
                hit, found = j, name
        if hit < 0:
            k += 1
            continue
        run = words[k : hit + 1]
        if len(run) == 1 and of_countries(words, k):
            if run[0].role == ORG:  # 各国 | 共产党: the parties of many countries, no one body
                run[0].role = WORD
            k = hit + 1
            continue
        if len(run) == 1 and run[0].role == PERSON and run[0].flag != KNOWN:
            w = run[0]  # 苏修 (a person to jieba: Su Xiu): the gazetteer's body, Suxiu
            w.role, w.groups, w.caps = WORD, [], []
        _one_word_names(run, known[found])
        # none of it in a name yet, or only a body jieba tags at its head (全苏 nt | 对外 ...)
        if not any(w.org for w in run) or (
            not run[-1].org and all(w.role == ORG for w in run if w.org)
        ):
            for w in run:
                w.org = True
            run[0].lead = True
        k = hit + 1


def _known_head(w: Word, simp: str, known: dict) -> int:
    """Where a body's name of two characters that the tables write as one word ends at the head
    of a plain word of jieba's (人大代表 nz, 政协委员, 东盟国家), the rest a noun it meets often
    (代表, 委员, 国家): 2, else 0 (北大荒 Beidahuang, a name of its own)."""
    if w.role != WORD or len(simp) < 4 or known.get(simp[:2]) != (2,):
        return 0
    freq, tags = dictionary()[0].FREQ, dictionary()[1]
    rest = simp[2:]
    return 2 if freq.get(rest, 0) >= SEEN_COUNT and tags.get(rest, "")[:1] == "n" else 0


def _name_end_inside(name: str, w: Word, simp: str, known: dict) -> int:
    """Where in ``w`` a known name that ``name`` begins ends, if the rest of ``w`` is a word of
    two characters or more to jieba (中苏友好 + 协会 | 会长), else 0: no cut of a proper name's
    word, nor of a suffix (少年先锋 + 队员: a member, no 员 after the name)."""
    if w.role != WORD:
        return 0
    freq = dictionary()[0].FREQ
    for cut in range(len(simp) - 2, 0, -1):
        if name + simp[:cut] in known and freq.get(simp[cut:], 0) > 0:
            return cut
    return 0


def _split(w: Word, cut: int) -> list[Word]:
    """``w`` as two ordinary words at ``cut``, each with jieba's tag of its characters."""
    tags = dictionary()[1]
    parts = []
    for a, b in ((0, cut), (cut, len(w.text))):
        part = Word(w.start + a, w.start + b, w.text[a:b], WORD, w.syllables[a:b])
        part.flag = tags.get(part.simp, w.flag)
        parts.append(part)
    return parts


def _one_word_names(run: list[Word], sizes: tuple[int, ...]) -> None:
    """A foreign name jieba read as a Chinese person's, inside an institution's name that
    CC-CEDICT writes with that name as one word (乔治城 | 大学: Qiaozhicheng Daxue, no Qiao
    Zhicheng), made one word; a person's name CC-CEDICT writes apart (鲁迅) stays apart."""
    ends, at = set(), 0
    for n in sizes:
        at += n
        ends.add(at)
    start = 0
    for w in run:
        inner = range(start + 1, start + len(w.text))
        if w.role == PERSON and len(w.groups) > 1 and sizes and not ends.intersection(inner):
            w.groups, w.caps = [len(w.text)], [True]
        start += len(w.text)


def joined_fragments(simp: str, sizes: list[int]) -> list[int]:
    """Written words of an institution's name (``sizes``, as bukva's dictionary divides it)
    with the lone characters it could not place joined where CC-CEDICT writes them in one
    word of a name it knows (汉 | 萨 | 同盟 → Hansa Tongmeng; 国家 | 汉 | 办 → Guojia Hanban)."""
    if sizes.count(1) < 2:
        return sizes
    known = institutions()
    inside: set[int] = set()  # offsets whose character is in one CC-CEDICT word with the next
    for a in range(len(simp)):
        for b in range(len(simp), a + 2, -1):
            words = known.get(simp[a:b])
            if words:
                at = a
                for n in words:
                    inside.update(range(at, at + n - 1))
                    at += n
                break
    out: list[int] = []
    at, lone_run = 0, False  # whether out[-1] is made of lone characters only
    for n in sizes:
        if n == 1 and lone_run and at - 1 in inside:
            out[-1] += 1
        else:
            out.append(n)
            lone_run = n == 1
        at += n
    return out


def persons_apart(simp: str, sizes: list[int]) -> list[int]:
    """Written words of an institution's name with a person of the period's list in it as
    surname and given name (宋庆龄 | 基金会 → Song Qingling Jijinhui: GB/T 16159-2012 6.3.1;
    CC-CEDICT's other persons, a foreigner's name among them, 白求恩, stay as divided)."""
    persons = curated_persons()
    out: list[int] = []
    at = 0
    for n in sizes:
        surname = persons.get(simp[at : at + n], 0)
        out += [surname, n - surname] if 0 < surname < n else [n]
        at += n
    return out


def numbered_body(words: list[Word], k: int) -> bool:
    """Whether 第, a number and the word at ``k`` follow a body's name right after it (中共中央
    党史研究室 | 第 | 一 | 研究部): a numbered body of it, Di-yi Yanjiubu."""
    return (
        k >= 3
        and words[k - 3].org
        and words[k - 2].simp == "第"
        and words[k - 1].role == NUMBER
        and words[k - 3].end == words[k - 2].start
        and words[k - 1].end == words[k].start
    )
