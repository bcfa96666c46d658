"""One-character words read by the words around them: the structural particles 地 and 得, 得
"must", and 藏 "held by".

The polyphone network learnt its readings from encyclopaedia text (CPP), where 地 is nearly
always the noun dì ("land", 19 of the 20 dev sentences) and 得 the verb dé: so it read the
adverbial 地 of running prose as dì (认真地学习 "renzhen di xuexi"). Xiandai Hanyu Cidian
(7th ed., 2016) gives the particles:

- 地 de, particle: "用在状语后，表示它前面的词或词组是状语" (after an adverbial: 认真地学习);
- 得 de, particle: "用在动词或形容词后面，连接表示结果或程度的补语" (after a verb or an
  adjective, before its complement of result or degree: 跑得很快, 死得较为突然);
- 得 děi, auxiliary verb: "需要；必须" (must: 我得走了, 这就得看你了);
- 藏 cáng, verb: "收存；储藏" (to keep, to collect), zàng the noun (a store; Tibet): after its
  holder, a person or an institution, 藏 is the verb, as catalogs and bibliographies write
  where a copy is kept (傅惜华藏古典戏曲曲谱, 国家图书馆藏明刻本: Fu Xihua cang, not zang).

Each rule reads jieba's words (dictionary only, as the readings do) and their dictionary
parts of speech, and decides only where both neighbours say the same: a one-character word
地, 得 or 藏 between Han words of the kinds below. Anything else (一块地, 地主的地, 他得了病,
分给农民地和房子, 西藏) is left to the network.
"""

from __future__ import annotations

from .script import all_han

# jieba's parts of speech (ICTCLAS's set)
# before 地: an adjective, an adverb, an idiom or set phrase, a state word, a noun or verb used
# adverbially (历史地看问题, 有计划地); never a pronoun, numeral, measure word, preposition,
# conjunction, particle, locative, place, time or name (这块地, 地主的地, 各地)
_NOT_ADVERBIAL = frozenset("r m q mq p c f s t ns nr nrt nrfg nt nz x eng".split())
# after 地 and 得: what an adverbial can modify, and a complement can be (a set phrase too:
# 加以解决, 淋漓尽致)
_VERBAL = frozenset("v vd vn vi vg vq p d ad a an z l i".split())
# degree adverbs jieba's dictionary tags zg with the classical characters (哭得很悲痛)
_DEGREE = frozenset(("很", "太", "更", "极", "挺", "非常", "十分", "特别", "相当"))
# a verb or noun before 地 and a copula after it: a place, 地 the noun (集聚地为怀化, 所在地是)
_COPULAS = frozenset("为是")
# after 得 "must" (an auxiliary): a verb
_VERBS = frozenset("v vd vi vg".split())
# before 得 the particle: a verb, an adjective or a state word (跑得快, 高兴得跳了起来)
_COMPLEMENTED = frozenset("v vd vi vg a ad an b z".split())
# before 得 "must": a person (我得走了) or an adverb of need or time (还得, 就得, 必须得)
_MUST_AFTER = frozenset(
    "我 你 您 他 她 我们 你们 他们 她们 咱们 大家 还 就 也 都 又 才 必须 总是 恐怕".split()
)
# a holder before 藏: an institution's word (图书馆, 博物院, 所藏 "what is kept") or a person's
# name with what is kept after it (傅惜华 | 藏 | 古典戏曲; not 安达谦藏 纠集, a Japanese name)
_HOLDER_ENDS = frozenset("馆館院所室库庫")
_PERSON_TAGS = frozenset(("nr", "nrfg"))
_KEPT = frozenset(("藏有", "藏于", "藏在"))  # 藏 the verb and what follows it, jieba's one word
_CLOSING = frozenset('"”」』')  # quotation marks closing a holder's name (Taiwan's "国史馆")


def particles(text: str, spans: list[tuple[int, int]], tags: dict[str, str]) -> dict[int, str]:
    """Readings of 地, 得 and 藏 standing alone as these words: offset → reading. ``spans``
    are jieba's words of ``text`` (simplified), ``tags`` its dictionary's parts of speech."""
    out: dict[int, str] = {}
    for k in range(1, len(spans)):
        start, end = spans[k]
        if end - start == 2 and text[start : start + 2] in _KEPT:  # 藏有, 藏于: "keeps", "kept in"
            out[start] = "cang2"
            continue
        if end - start != 1 or text[start] not in "地得藏":
            continue
        before = text[spans[k - 1][0] : start]
        after = text[end : spans[k + 1][1]] if k + 1 < len(spans) else ""
        if text[start] == "藏":
            if before in _CLOSING and k >= 2:  # 台北"国史馆"藏: the holder in quotation marks
                before = text[spans[k - 2][0] : spans[k - 2][1]]
            if _held(before, after, tags):  # 国家图书馆藏: at the end too
                out[start] = "cang2"
            continue
        if not (all_han(before) and after and all_han(after)):
            continue
        tag_before, tag_after = tags.get(before, "x"), tags.get(after, "x")
        verbal = tag_after in _VERBAL or after in _DEGREE
        if text[start] == "地":
            if (
                len(before) >= 2
                and tag_before not in _NOT_ADVERBIAL
                and verbal
                and not (after in _COPULAS and tag_before in ("v", "vn", "n"))
            ):
                out[start] = "de5"
        elif before in _MUST_AFTER:
            if tag_after in _VERBS:
                out[start] = "dei3"
        elif tag_before in _COMPLEMENTED and verbal:
            out[start] = "de5"
    return out


def _held(before: str, after: str, tags: dict[str, str]) -> bool:
    """Whether 藏 between these words is the verb "held by" (see _HOLDER_ENDS)."""
    if not all_han(before):
        return False
    if before[-1] in _HOLDER_ENDS:
        return True
    return (
        len(before) >= 2
        and tags.get(before) in _PERSON_TAGS
        and all_han(after)
        and tags.get(after, "x")[:1] in ("n", "a", "b", "j")
    )
