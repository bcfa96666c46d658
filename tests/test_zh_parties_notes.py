"""Chinese of the Sino-Soviet period in GB/T 16159 pinyin: parties' names jieba tags common
nouns (工党, 保守党) and the words of a programme before them (民主 | 进步党), a state's notes to
an embassy (照会 is the sentence's verb, no word of the embassy's name), an armistice agreement
(no set phrase), 即 "that is" before a foreign name, 率 "to lead" after a year, and a Japanese
socialist and a prime minister of the
period in characters."""

from __future__ import annotations

from functools import partial

import pytest

import bukva

py = partial(bukva.romanize, lang="zh", system="pinyin")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a party's name is a proper name, capitalized (6.3.2), as jieba's 社会党 (nt) already was
        ("他是工党议员。", "Ta shi Gongdang yiyuan."),
        ("他批评了保守党的政策。", "Ta pipingle Baoshoudang de zhengce."),
        ("英国保守党", "Yingguo Baoshoudang"),
        ("民主进步党", "Minzhu Jinbudang"),
        ("立宪民主党", "Lixian Minzhudang"),
        ("社会革命党", "Shehui Gemingdang"),
        # kinds of party stay common nouns
        ("他们同执政党和在野党都有联系。", "Tamen tong zhizhengdang he zaiyedang dou you lianxi."),
        ("他是革命党。", "Ta shi gemingdang."),
        ("他们是工人党", "Tamen shi gongrendang"),  # a workers' party: a kind
        ("我们需要民主党派。", "Women xuyao minzhu dangpai."),
        # verbs of a state's correspondence (nouns to jieba) end no body's name before them
        (
            "中方照会苏联驻华大使馆，要求苏方撤回有关人员。",
            "Zhongfang zhaohui Sulian Zhu Hua Dashiguan, yaoqiu Sufang chehui youguan renyuan.",
        ),
        ("外交部抗议苏联驻华大使馆", "Waijiaobu kangyi Sulian Zhu Hua Dashiguan"),
        ("苏联政府的照会", "Sulian Zhengfu de zhaohui"),
        # an armistice agreement is a noun and the word before it, no set phrase with a hyphen
        (
            "日内瓦会议达成了停战协定。",
            "Rineiwa Huiyi dachengle tingzhan xieding.",
        ),
        ("实事求是", "shishiqiushi"),
        ("一衣带水", "yiyi-daishui"),
        # 即 "that is" is no part of the foreign name jieba's HMM glued it to
        ("加伦将军即布柳赫尔", "Jialun jiangjun ji Buliuhe'er"),
        # 率 after a year's 年 is the verb shuài, "to lead" (jieba's 年率 is "annual rate")
        (
            "英国工党领袖艾德礼于1954年率代表团访华。",
            "Yingguo Gongdang lingxiu Aideli yu 1954 nian shuai daibiaotuan fang Hua.",
        ),
        ("增长率很高。", "Zengzhanglü hen gao."),
        # a Japanese socialist of the period: family and given name, each a word (6.3.1)
        (
            "1959年，日本社会党书记长浅沼稻次郎访问北京。",
            "1959 nian, Riben Shehuidang shujichang Qianzhao Daocilang fangwen Beijing.",
        ),
        # a prime minister whose family name is one character (岸, "shore"): known whole
        ("他会见了岸信介。", "Ta huijianle An Xinjie."),
        ("岸信介内阁", "An Xinjie neige"),
        # a communiqué in 《》 is no newspaper (报); 大公报 and 申报 are papers
        (
            "《中苏联合公报》于1989年5月18日发表。",
            '"Zhong-Su Lianhe Gongbao" yu 1989 nian 5 yue 18 ri fabiao.',
        ),
        ("《大公报》", '"Dagong Bao"'),
        ("《申报》", '"Shen Bao"'),
        # a compound surname and the given name jieba left apart (欧阳 | 钦)
        ("中共旅大地委书记是欧阳钦。", "Zhonggong Lüda diwei shuji shi Ouyang Qin."),
        # verbs of war against a body are the sentence's, no word of the body's name
        ("他击败东北军。", "Ta jibai Dongbeijun."),
        ("红军消灭国民党军队。", "Hongjun xiaomie Guomindang jundui."),
        # a pair of countries whose second syllable jieba glued to a rare "name" (苏中立)
        ("《日苏中立条约》", '"Ri-Su Zhongli Tiaoyue"'),
        ("日蘇中立條約", "Ri-Su Zhongli Tiaoyue"),
        # a Japanese given name that ends inside a word jieba's HMM made, before 向
        (
            "关东军司令官山田乙三向苏军投降。",
            "Guandongjun silingguan Shantian Yisan xiang Sujun touxiang.",
        ),
        # a rare character jieba's tables lack ends a given name its HMM began
        ("文化大革命期间，胡景澐遭受迫害。", "Wenhua Dageming qijian, Hu Jingyun zaoshou pohai."),
        # and one after a surname jieba tags a person's alone, where a phrase begins
        (
            "周宝让儿子周玙统领后楼都，但周玙驭军无方。",
            "Zhou Bao rang erzi Zhou Yu tongling houlou dou, dan Zhou Yu yujun wufang.",
        ),
        ("冯珺光，广东人。", "Feng Junguang, Guangdong ren."),
        # a plant's name in rare characters is no person (芒毛苣苔)
        ("芒毛苣苔属", "Mang mao ju tai shu"),
        # a credit's role glued to a name of two, to a compound surname's given name, to 等
        (
            "肖东川、谭实译，三联书店1982年版。",
            "Xiao Dongchuan, Tan Shi yi, Sanlian Shudian 1982 nian ban.",
        ),
        (
            "司徒协译，世界知识出版社1963年版。",
            "Situ Xie yi, Shijie Zhishi Chubanshe 1963 nian ban.",
        ),
        ("卿文辉等译，中国人民大学出版社", "Qing Wenhui deng yi, Zhongguo Renmin Daxue Chubanshe"),
        # a given name that is a common word, after a surname jieba tags a person's alone
        ("他和张文武谈话。", "Ta he Zhang Wenwu tanhua."),
        # an initial in transcription's characters before a foreigner's Chinese name
        (
            "[苏]尼·费德林：《我所接触的中苏领导人》",
            '[Su] Ni Feidelin: "Wo suo jiechu de Zhong-Su lingdaoren"',
        ),
        # a Japanese author after [日] in a bibliography: family name and given name
        (
            "[日]毛里和子：《中国政治》，徐显芬译。",
            '[Ri] Maoli Hezi: "Zhongguo zhengzhi", Xu Xianfen yi.',
        ),
        ("[日]竹内实：《毛泽东》", '[Ri] Zhunei Shi: "Mao Zedong"'),
        ("[日]竹内实著", "[Ri] Zhunei Shi zhu"),
        ("[日]吉田茂：《回想十年》", '[Ri] Jitian Mao: "Huixiang shi nian"'),
        (
            "[美]陈兼：《毛泽东的中国与冷战》",
            '[Mei] Chen Jian: "Mao Zedong de Zhongguo yu lengzhan"',
        ),
        # a numbered works after its country is named; a country's works are not
        (
            "中国第一拖拉机制造厂生产了拖拉机。",
            "Zhongguo Di-yi Tuolaji Zhizaochang shengchanle tuolaji.",
        ),
        ("英国造船厂", "Yingguo zaochuanchang"),
        # a works' 厂 jieba left alone after what the works makes (汽轮机 | 厂)
        (
            "哈尔滨锅炉厂和哈尔滨汽轮机厂",
            "Ha'erbin Guoluchang he Ha'erbin Qilunjichang",
        ),
        # 元 after a figure is the currency, no Yuan dynasty; alone or in brackets it is one
        ("1卢布约合人民币2元。", "1 lubu yuehe renminbi 2 yuan."),
        ("每月工资100元。", "Mei yue gongzi 100 yuan."),
        ("(宋)", "(Song)"),
        ("1271年，元", "1271 nian, Yuan"),
        # a determiner and the noun, measure or time word jieba joined into three characters
        # (GB/T 16159, the 1996 text's 4.5.3), and 各 before a pair jieba calls a place
        ("每公斤售价3.5元。", "Mei gongjin shoujia 3.5 yuan."),
        ("每星期开会一次。", "Mei xingqi kaihui yi ci."),
        ("蒙古族各阶层的代表", "Mengguzu ge jieceng de daibiao"),
        ("本世纪", "ben shiji"),
        ("各省市的代表", "Ge shengshi de daibiao"),
        ("每天花钱", "Mei tian huaqian"),
        # a fraction jieba tags a numeral and measure word (mq), as one it tags a numeral
        ("损失约为三分之一。", "Sunshi yue wei san fenzhi yi."),
        # Marx and Lenin by their first syllables, as Zhong-Su (Xiandai Hanyu Cidian: Mǎ-Liè)
        (
            "我们坚持马列主义和毛泽东思想。",
            "Women jianchi Ma-Lie zhuyi he Mao Zedong sixiang.",
        ),
        ("马克思列宁主义", "Makesi-Liening zhuyi"),
        # a numeral and its measure word jieba joined: an hour (六点), half and 个
        ("他每天早上六点起床。", "Ta mei tian zaoshang liu dian qichuang."),
        ("火车晚点了半个小时。", "Huoche wandianle ban ge xiaoshi."),
        ("他比我高一点。", "Ta bi wo gao yidian."),  # 一点 "a little": a word
        # 率 "led" glued by jieba's HMM to the name before it
        ("刘虎率少部分人逃到塞外。", "Liu Hu shuai shaobufen ren taodao saiwai."),
        # a compound surname jieba tags a person's and a noun it has all but never met
        ("七月，拓跋郁律攻败刘虎。", "Qi yue, Tuoba Yulü gongbai Liu Hu."),
    ],
)
def test_period_parties_and_notes(text: str, expected: str) -> None:
    assert py(text) == expected


def test_each_province_in_catalog_form() -> None:
    """ALA-LC writes the syllables apart, no place's generic: ge sheng shi."""
    assert bukva.romanize("各省市的代表", lang="zh", system="ala-lc") == "ge sheng shi de dai biao"


def test_rare_given_name_in_catalog_form() -> None:
    """ALA-LC writes the given name joined too (Hu Jingyun), its words syllable by syllable."""
    assert (
        bukva.romanize("胡景澐遭受迫害", lang="zh", system="ala-lc") == "Hu Jingyun zao shou po hai"
    )


def test_lone_rate_reading_after_a_year() -> None:
    """The reading itself, not only its romanization: 率 after 1954年 is shuai4."""
    reads = bukva.readings("1954年率代表团访华")
    assert reads[5] == "shuai4"
