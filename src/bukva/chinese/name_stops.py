"""The sentence's words before a body's name, where reading its name back from its ending stops:
pronouns, prepositions and particles, verbs that act on a body or hold a post in it, a date's
unit, a lone locative, a count of its men, the sentence's time words."""

from __future__ import annotations

from .capitals import _countries
from .parties import party_abbreviation
from .script import NUMERALS
from .word import NUMBER, ORG, PLACE, PROPER, WORD, Word

# jieba's tags of words no organisation's name runs back through: pronouns, prepositions,
# conjunctions, particles (他在 ... 图书馆: "he is at" is not part of the library's name; a
# verb can be: 出版社, 传播有限公司)
CLAUSE_FLAGS = frozenset("r rr rz p c u uj ul uz ug uv y e".split())


# words that say what a thing is or was called (北京大学 | 原名 | 京师大学堂): the sentence's
_CALLED = frozenset(
    "原名 现名 今名 旧名 曾名 又名 别名 简称 全称 旧称 俗称 通称 亦称 又称 改名 更名".split()
)


def clause_word(w: Word) -> bool:
    """A word no name runs back through: a pronoun, a particle ... a verb with its aspect
    particle joined (签订了 | 条约: GB/T 16159 writes qiandingle), or a word that names the name
    (原名, 简称)."""
    return (
        w.flag in CLAUSE_FLAGS
        or (w.flag.startswith("v") and w.simp[-1:] in "着了过")
        or w.simp in _CALLED
    )


# verbs that found, visit, join, leave or lead a body, or hold a post in it: the sentence's,
# never a word of the body's name (在北京 | 创办 | 出版社: zai Beijing chuangban chubanshe; 在上海 |
# 设有 | 办事处; 兼任 | 国民党 ...); the verbs names do hold are others (联合, 执行, 组织, 出版:
# Zhongguo Lianhe Hangkong Gongsi)
_ACTING_ON_BODIES = frozenset(
    "创办 成立 建立 设立 设有 开设 开办 创建 创立 兴办 筹建 组建 访问 参观 拜访 视察 考察 参加 "
    "加入 进入 离开 考入 考取 就读 领导 主持 改组 撤销 解散 来到 到达 抵达 前往 回到 "
    "召开 举行 出席 列席 担任 兼任 出任 历任 就任 调任 升任 任职 曾任 现任 时任 改任 代理 署理 "
    # verbs of sending someone to a body (共产国际 | 派驻 | 国民党 | 的政治顾问: "sent to")
    "派驻 派往 派赴 派遣 选派 委派 "
    # verbs of going to a body (亲 | 往 | 苏联驻华大使馆 "went in person to"; 往 is zg to jieba),
    # or by one (乘坐 | 东方航空公司 "flew by")
    "往 赴 去 到 飞往 开往 转往 迁往 奔赴 赶赴 乘坐 搭乘 "
    "继任 接任 接替 连任 留任 "
    # verbs of directing a body, some nouns to jieba (安德罗波夫 | 主管 | 社会主义国家联络部
    # "was in charge of"; 主管 is also "a manager")
    "主管 分管 掌管 兼管 "
    # verbs of publishing: a paper's editors after them are the sentence's object (《人民日报》 |
    # 发表 | 编辑部文章)
    "发表 刊登 刊发 转载 "
    # verbs of where a thing is kept or to whom it belongs, nouns to jieba (文件 | 现存 |
    # 外交部档案馆 "the papers are now in the Foreign Ministry's archive"; 该厂 | 隶属 | 第一机械
    # 工业部)
    "现存 现藏 隶属 "
    # verbs of a state's correspondence with a body, nouns to jieba (中方 | 照会 | 苏联驻华大使馆
    # "the Chinese side sent the Soviet embassy a note"; 外交部 | 抗议 ...; 函告, 电告, 通报)
    "照会 函告 电告 电复 通报 抗议 "
    # verbs of criticising a body (公开批评 | 阿尔巴尼亚劳动党 "openly criticised")
    "批评 谴责 指责 抨击 声讨 "
    # verbs of war against a body (击败 | 东北军 "defeated the Northeastern Army")
    "击败 打败 战胜 击溃 歼灭 消灭 包围 围攻 进攻 攻击 袭击 追击 收编 改编 整编".split()
)
# verbs (some nouns to jieba: 纪念) that act on a body named before its ending (纪念 | 东江纵队,
# 支援 | 中国人民志愿军), but begin a name of their own before a bare ending (孙中山诞辰纪念委员会)
_HONOURING_BODIES = frozenset("纪念 支援 支持 反对 慰问 欢迎".split())


def _verb_of(simp: str) -> str:
    """The verb a word of jieba's ends in where an adverb leads it (全力支持 "support with all
    one's strength": 支持), else the word."""
    return simp[-2:] if len(simp) == 4 and simp[:2] in _MANNER else simp


_MANNER = frozenset("全力 坚决 积极 热烈 大力 一致 共同 公开 正式".split())  # adverbs of manner


def _verb_before_name(prev: Word, first: Word) -> bool:
    """In running text, a verb of one character (是, 在) or a verb before a place's name (率领 |
    中国人民志愿军) is the sentence's, not the first word of an organisation's name."""
    if prev.text in ("驻", "駐"):
        return False  # 驻 (stationed in) belongs to the name: Zhongguo Zhu Sulian Dashiguan
    # a party by its abbreviation is one whatever its role (参加 | 苏共 | 第二十次代表大会)
    simp = first.simp if first.role == ORG or party_abbreviation(first.simp) else ""
    if simp[:1] in _countries()["chars"]:
        # 成为 | 苏共中央; 代表 | 苏共中央 (a noun to jieba, here "on behalf of"): a party's
        # name that begins with its country (中共, 苏共) begins there
        return prev.flag.startswith("v") or (prev.role == WORD and simp[1:2] == "共")
    if not prev.flag.startswith("v"):
        return False
    # a verb of becoming or naming (打成, 变成, 称为, 改为) takes its complement after it: 被 |
    # 打成 | 反党集团, no group "Dacheng Fandang"
    # a body by its abbreviation (选任 | 政协, 当选 | 人大 ...): the verb is the sentence's
    # a verb with a complement of direction before a body jieba holds whole (关入 | 秦城监狱,
    # 送往 | 莫斯科中山大学: taken into it), never a word of its name
    return (
        len(prev.text) == 1
        or first.role in (PLACE, PROPER)
        or prev.simp[-1] in "成为"
        or first.flag == "j"
        or (prev.simp[-1] in "入进往至到" and first.role == ORG and len(first.simp) >= 3)
    )


def _date_part(w: Word) -> bool:
    """年, 月, 日 or 号 of a date (jieba: a numeral's): no part of a name after it."""
    return w.flag == "m" and w.simp in ("年", "月", "日", "号")


def _locative(w: Word) -> bool:
    """A locative of one character jieba tags alone (他在北京 | 上 | 大学: "attends", no
    university "Shangdaxue"): no part of a name."""
    return w.flag == "f" and len(w.text) == 1


def _count(w: Word) -> bool:
    """A numeral that counts (5 | 万, 十万, 三千, 余万 | 国民政府军): how many of a body's men, no
    word of its name (a name's numerals are an ordinal or a date's: 第四, 八一)."""
    return w.flag == "m" and w.simp[-1:] in _COUNTS and not w.simp.startswith("第")


_COUNTS = frozenset("十百千万亿余多")
# time words of the sentence, never the first word of a body's name (由当年 | 亚太经合组织: "that
# year's"); 当代, 现代, 明天 may be (Dangdai Zhongguo Chubanshe, Mingtian Chubanshe)
_WHEN = frozenset(
    "当年 当时 那时 同年 次年 翌年 后来 此后 其后 随后 今年 去年 当天 目前 最近 近年 "
    # the time an event or a period spans (文化大革命 | 期间 | 苏联驻华使馆: "during")
    "期间 其间 以来 以后 以前 之后 之前 之际 前夕 年间".split()
)


# measure words that count establishments, buildings and people (一家银行, 第一所大学): after a
# numeral they make a count, no name; 届 and 次 number a body's sessions, which are names
_COUNTERS = frozenset("家所座个個间間栋棟幢处處位名")


def _counted(words: list[Word], j: int) -> bool:
    """Whether the word at ``j`` is a counting measure word after a numeral (一 | 座, 一家), or
    国 "countries" after one (八十一 | 国)."""
    w = words[j]
    prev = words[j - 1] if j else None
    if (
        w.simp == "国"
        and prev
        and prev.end == w.start
        and (prev.flag == "m" or prev.text[-1].isdigit())
    ):
        return True  # 八十一 | 国 | 共产党, 81 | 国: eighty-one countries' parties, none so named
    if w.flag not in ("m", "q", "mq") or w.simp[-1:] not in _COUNTERS:
        return False
    if len(w.simp) > 1:
        return all(c in NUMERALS for c in w.simp[:-1])
    return prev is not None and prev.end == w.start and (prev.role == NUMBER or prev.flag == "m")


# modal verbs, with their negations: a sentence's, never a word of a body's name
_MODALS = frozenset(
    "能 能够 可以 可能 应该 应当 必须 愿意 "
    "不能 不会 不可 不得 不应 不必 不愿 无法 未能 没能".split()
)


def _adverb(words: list[Word], j: int) -> bool:
    """An adverb of the sentence (也 | 受到 | 政府: "also suffered"; 王明 | 长期 | 主管: "long
    headed"), a modal verb (不能 | 接受: "cannot accept") or 藏 "held in" after an archive's
    name (档案馆 | 藏): an adverb of one character, or one after a word that names nothing
    (jieba tags some words of names as adverbs: 上海 | 大同 | 大学, 首都 | 经济贸易大学; a
    publisher's after an imprint's colon, 莫斯科 : 进步 | 出版社)."""
    w = words[j]
    if w.simp in _MODALS:
        return True  # 中国 | 不能 | 接受 | 联合舰队: "cannot accept", no part of a name
    if w.simp == "藏" and j and words[j - 1].simp[-1:] in ("馆", "館"):
        return True  # 档案馆 | 藏 | 外交部档案: "held in", no Tibet and no part of a name
    if w.flag != "d":
        return False
    if len(w.text) == 1:
        return True
    if j > 0 and words[j - 1].text.strip() in (":", "："):
        return False  # an imprint's publisher after its place (莫斯科 : 进步出版社): Jinbu
    return j > 0 and words[j - 1].role not in (PLACE, PROPER, ORG) and not words[j - 1].org
