"""The endings that close an organisation's name in Chinese text (出版社, 委员会, 银行 ...), and
which of them need a proper name before them: read by ``organizations``, the checker, and
tools/build_zh_institutions.py."""

from __future__ import annotations

from .documents import DOCUMENTS
from .lexicons import MEMORIALS
from .tagger import FLOOR_COUNT, SEEN_COUNT, dictionary

# the last character of a building's or an institution's name (殿 hall, 宫 palace, 院, 园 ...)
_BUILDINGS = frozenset("殿宫宮院园園寺庙廟楼樓阁閣馆館塔桥橋陵墓祠观觀堂亭斋齋")
ORG_ENDINGS = (
    "出版社",
    "出版公司",
    "书局",
    "书店",
    "书社",
    "供应社",  # a publisher named a supply agency: 中央 | 文物 | 供应 | 社 (Taipei)
    "印书馆",
    "委员会",
    "研究所",
    "研究院",
    "研究中心",
    "学院",
    "大学",
    "图书馆",
    "博物馆",
    "档案馆",
    "公司",
    "协会",
    "学会",
    "编辑部",
    "报社",
    "杂志社",
    "编委会",
    "出版集团",
    "文化基金会",
    "政府",
    "制片厂",
    "印刷厂",
    "印刷所",
    "出版部",
    "出版中心",
    "研究会",
    "研究室",
    "编译馆",
    "书屋",
    "电视台",
    "广播电台",
    "报馆",
    "联合会",
    "大使馆",
    "使馆",
    "领事馆",
    "通讯社",
    "日报",
    "晚报",
    "晨报",
    "时报",
    "周报",
    "学报",
    "画报",
    "月刊",
    "周刊",
    "季刊",
    "杂志",
)


# a congress or a plenum of a party or a parliament (第二十次代表大会): a name in GB/T pinyin;
# ALA-LC capitalizes only a corporate name's first word, and a session is no body (LC's sample:
# di qi jie quan guo dai biao da hui)
SESSIONS = ("代表大会", "全体会议")
# kinds of body jieba tags a body's name (nt) that name none alone: 人民公社 "people's communes"
# (Xinhua Pinxie Cidian: renmin gongshe); 红星 | 人民公社 is one (Hongxing Renmin Gongshe)
KINDS_OF_BODY = frozenset(("人民公社",))
# an ending alone names no organisation in text
BARE = frozenset((*ORG_ENDINGS, *SESSIONS, *KINDS_OF_BODY))


def new_or_old(name: str) -> bool:
    """An ending called new or old (新政府 "a new government", jieba's nt), or a verbal noun
    (新进展 "new progress"): no organisation's name (zujianle xin zhengfu, xin jinzhan)."""
    return name[:1] in "新旧舊" and (name[1:] in BARE or _new_doing(name))


# of jieba's words tagged a body (nt) in 处, those that name a place, "where ... meet" (交汇处),
# no office (新闻处, 联络处)
_WHERE = frozenset("交汇处 汇合处 致命处".split())
# documents jieba tags a body (联合公报, 新闻公报, 通信协议): a body only after a place's name
# (上海公报, the Shanghai Communiqué, a proper name)
_DOCUMENTS = (*DOCUMENTS, "声明", "协议", "决议")  # documents.py's kinds, and three more


# of jieba's words tagged a body (nt), the gatherings that are events, no bodies (举行了音乐会
# "gave a concert"; 汇报会 "a briefing"), and words that end in a common noun of 会 that is no
# body (黑社会 "the underworld", 深有体会 "know from experience", 商业机会 "a business chance")
_GATHERINGS = frozenset("音乐会 汇报会 通报会 招商会 招标会 拜年会 交易会 联席会".split())
_NOT_BODIES = ("社会", "机会", "体会", "附会")
# kinds of organisation jieba tags as one (nt): an organisation said to be secret, illegal,
# non-governmental, a spy ring, a militia (宣布 ... 为非法组织: feifa zuzhi)
_KINDS = frozenset("秘密组织 非法组织 民间组织 特务组织 民兵组织 社团组织 民众团体".split())


def no_body(word: str) -> bool:
    """Whether a word jieba tags a body (nt) names none: a place where things meet (交汇处), a
    process (人民公社化), a gathering (音乐会), a society or a chance (黑社会, 商业机会), a kind
    of organisation (非法组织), a document that no place's name leads (联合公报 "a joint
    communiqué")."""
    if word[-1:] == "化" or word in _WHERE or word in _GATHERINGS or word in _KINDS:
        return True
    if word.endswith(_NOT_BODIES):
        return True
    kind = next((d for d in _DOCUMENTS if word.endswith(d)), "")
    head = word[: -len(kind)] if kind else ""
    return bool(head) and not dictionary()[1].get(head, "").startswith("ns")


def _new_doing(word: str) -> bool:
    """新 or 旧 and a verbal noun, all but never met as a body (新进展, nt 3 times)."""
    tags, freq = dictionary()[1], dictionary()[0].FREQ
    return (
        freq.get(word, 0) <= FLOOR_COUNT
        and tags.get(word[1:], "") in ("v", "vn")
        and freq.get(word[1:], 0) >= SEEN_COUNT
    )


def bare(name: str) -> bool:
    """An ending alone, or after the level of a place only (省政府 "the provincial government",
    市委), or called new or old: no organisation's name in text."""
    return name in BARE or (name[:1] in _LEVELS and name[1:] in BARE) or new_or_old(name)


_LEVELS = frozenset("省市县縣区區州乡鄉镇鎮")  # the levels of China's places


# a body's branch in a place, named for the place: 科学院 | 远东 | 分院 (Yuandong Fenyuan), 中苏友好
# 协会 | 北京 | 分会 (Beijing Fenhui)
BRANCHES = ("分院", "分社", "分行", "分部", "分校", "分会")
# endings that make a name only after a proper name (长春 | 第一汽车制造厂, 恒生 | 银行 is not
# enough: a commercial bank, 商业银行, is none): banks, factories, bureaus, parties, unions
LED_ENDINGS = (
    *("银行", "制造厂", "钢铁厂", "机械厂", "管理局", "情报局", "总会", "工会", "理事会"),
    *("工人党", "劳动党", "民主党", "社会党", "进步党", "自由党", "保守党", "人民党", "共和党"),
    *("工党", "国家公园", "博物院", "钢铁公司", "宾馆", "饭店", "大厦"),
    *BRANCHES,
    *("代表处", "办事处"),  # a mission: 中国驻莫斯科商务代表处, 新华社驻莫斯科办事处
    *("军区", "舰队", "方面军", "集团军"),  # armies: 远东 | 军区, 太平洋 | 舰队
    *("学校", "中学", "小学"),  # schools: 哈尔滨 | 外国语专门学校, not 这所学校
    # archives' centres: 俄罗斯 | 当代史 | 文献 | 保管中心 (RGANI), not 市中心 "downtown"
    *("保管中心", "档案中心", "文献中心", "资料中心"),
    # a country's society: 苏联 | 红十字会 (Sulian Hongshizihui), as jieba holds 中国红十字会
    # whole (nt); alone, the standard's hongshizihui
    *("红十字会", "红新月会"),
    # a government: 蒙古 | 部长会议 (Menggu Buzhang Huiyi), as jieba holds 苏联部长会议 whole (nt)
    "部长会议",
    *MEMORIALS,  # memorials: 鲁迅 | 纪念馆 (Lu Xun Jinianguan), not 他的故居
)
# a learned society: a name in running text only after a proper name (中国 | 营造学社, 哈佛大学
# | 燕京 | 学社, Harvard-Yenching), as LED_ENDINGS are, but no ending every country's bodies
# share (the institutions' table keeps 九三学社)
SOCIETIES = ("学社",)
# the words an international body's name begins with, as a place's name leads a national one's
# (世界 | 和平 | 理事会 the World Peace Council, 国际 | 联盟 the League of Nations); and the ending
# only they lead, a league (结成联盟, 军事联盟: "form an alliance", a military one, no body)
_WORLD = ("世界", "国际")
WORLD_ENDINGS = ("联盟",)


# periodicals' kinds: a name in them begins with no quantity, adverb, adjective or pronoun (很多 |
# 杂志 "many magazines", 新 | 杂志; 人民 | 画报 Renmin Huabao is one); a title in 《》 before its
# kind is the periodical titles' rule
_PERIODICAL_KINDS = ("杂志", "月刊", "周刊", "季刊", "画报")
_NO_PERIODICAL_LEAD = frozenset("m mq q d a ad r".split())


# a government's bureau or office (铁路局, 卫生署), a factory (机床厂, 电机厂): a name after a
# place's (Wulumuqi Tieluju, Shenyang Jichuangchang); of two characters a word (当局 "the
# authorities", 格局; 工厂 "a factory"). Not 厅: halls as often as departments (宴会厅, 会议厅)
_BUREAUS = frozenset("局署厂")
_TREATY_BODIES = ("条约组织", "公约组织")  # the Warsaw Pact's, NATO's


# the last characters of every ending that makes a name (of an organisation, a bureau, a
# session, a treaty's body): a word ending in none of them ends no name
_LASTS = _BUREAUS | {
    e[-1] for e in (*ORG_ENDINGS, *LED_ENDINGS, *WORLD_ENDINGS, *SESSIONS, *_TREATY_BODIES)
}
