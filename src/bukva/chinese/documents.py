"""Treaties, agreements, declarations and communiqués named in GB/T 16159 pinyin (6.3.2: a
proper name of several words, each capitalized): Zhong-Su Youhao Tongmeng Huzhu Tiaoyue; a kind
of document alone (和平条约, 不平等条约) is a common noun, and a verb that takes one (签订,
撕毁) is no word of its name."""

from __future__ import annotations

from .name_stops import _date_part, clause_word
from .word import OTHER, PERSON, PLACE, PROPER, Word

# the last word of the name of a treaty, an agreement, a declaration or a communiqué: a proper
# name of several words (6.3.2), Zhong-Su Youhao Tongmeng Huzhu Tiaoyue; 塔城议定书 Tacheng
# Yidingshu
DOCUMENTS = ("条约", "协定", "宣言", "声明", "公报", "议定书", "公约")
# 声明 is a verb too (中国政府声明： "the government declares"): a statement is named only
# after a place (莫斯科声明 the Moscow Statement of 1960) or as a joint one (中苏联合声明)
_STATEMENT = "声明"

# verbs that take a document as their object (签订 | 条约, 撕毁协定): no part of its name
_DOCUMENT_VERBS = frozenset(
    "签订 签署 签字 缔结 订立 废除 撕毁 批准 违反 遵守 执行 履行 修改 修订 起草 拟定 通过 "
    "发表 发布 公布 宣读 谈判 破坏 废止 承认 接受 拒绝 加入 退出 延长 续订 审议 "
    "参加 参与 商谈 讨论 准备 研究 达成 提出 提交 草拟 "
    "谴责 批评 攻击 反对 支持 拥护 欢迎 "
    # celebrating a treaty's anniversary (热烈庆祝 | 中苏友好同盟互助条约 | 签订五周年)
    "庆祝 热烈庆祝 隆重庆祝 纪念 隆重纪念".split()
)
# words that make a kind of document, not a name (和平条约, 不平等条约, 贸易协定): a run of
# these alone before 条约 is a common noun, written small
_DOCUMENT_KINDS = frozenset(
    "和平 友好 同盟 互助 贸易 双边 多边 停战 不 平等 不平等 联合 共同 边界 经济 军事 文化 "
    "科技 技术 合作 援助 秘密 新 旧 国际 一项 这项 该 此 两国 两个 各项 有关 "
    "新闻 科学 科学技术 通商 航海 航空 领事 商务 交换 支付 补充 一".split()
)


def _outside_document(w: Word) -> bool:
    """A word no document's name holds, which ends the run back from its 条约: the copula, a
    locative, a pronoun, the measure word 个 (这是 | 中国 | 近代史 | 上 | 第一 | 个 | 平等条约:
    the first equal treaty in modern Chinese history, a common noun)."""
    return w.simp in ("是", "个") or w.flag in ("f", "r")


def mark_documents(words: list[Word]) -> set[int]:
    """The words up to an ending like 条约 name a document: an organisation-like name. Returns
    the start offsets of the words marked."""
    marked: set[int] = set()
    for k, w in enumerate(words):
        simp = w.simp
        if w.role == OTHER or not simp.endswith(DOCUMENTS):
            continue
        head = simp[: -len(next(d for d in DOCUMENTS if simp.endswith(d)))]
        if head in _DOCUMENT_VERBS:
            continue  # 撕毁协定: tore up the agreement
        if simp.endswith(_STATEMENT) and not _statement_named(words, k, head):
            continue
        first = k
        while (
            first > 0
            and words[first - 1].role not in (OTHER, PERSON)
            and words[first - 1].end == words[first].start
            and not clause_word(words[first - 1])
            and not _date_part(words[first - 1])  # 2月14日 | 中苏友好同盟互助条约
            and words[first - 1].simp not in _DOCUMENT_VERBS
            and not _outside_document(words[first - 1])
        ):
            first -= 1
        kinds = [x.simp for x in words[first:k]] + [head]
        if all(not x or x in _DOCUMENT_KINDS for x in kinds):
            continue  # 条约, 和平条约, 不平等条约: a common noun
        if first < k or head:
            for j in range(first, k + 1):
                words[j].org = True
                marked.add(words[j].start)
    return marked


def _statement_named(words: list[Word], k: int, head: str) -> bool:
    """Whether the 声明 at ``k`` names a statement: right after a place (莫斯科 | 声明) or as
    联合声明 after one or a pair of countries (中苏 | 联合声明)."""
    j = k - 1
    if not head and j >= 0 and words[j].simp == "联合":
        j -= 1  # 中苏 | 联合 | 声明
    return j >= 0 and words[j].end == words[j + 1].start and words[j].role in (PLACE, PROPER)
