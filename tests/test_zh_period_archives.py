"""Chinese of the Sino-Soviet period in GB/T 16159 pinyin: a note's archives and credits (现存,
同上书, a translator's role the HMM glued to the name), a determiner apart from its noun (我国,
各省, 该刊), a dotted name's last part that jieba cut around one-character words, two names the
dictionary holds whole side by side, a country before a works a place names, a journal's pair of
countries, and verbs jieba tags as names or leaves apart from their complement."""

from __future__ import annotations

from functools import partial

import pytest

import bukva

py = partial(bukva.romanize, lang="zh", system="pinyin")
lc = partial(bukva.romanize, lang="zh", system="ala-lc")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 各, 每, 某, 本, 该, 我, 你 and the noun or measure word after them: two words (GB/T
        # 16159, the 1996 text's 4.5.3, kept in 2012), as 这 | 人 is written (4.5.2)
        ("我国政府声明。", "Wo guo zhengfu shengming."),
        ("各国人民团结起来。", "Ge guo renmin tuanjie qilai."),
        ("该刊发表了文章。", "Gai kan fabiaole wenzhang."),
        ("每年都来。", "Mei nian dou lai."),
        ("我校有三个系。", "Wo xiao you san ge xi."),
        ("本市的人口很多。", "Ben shi de renkou hen duo."),  # 本市 a noun to jieba
        ("我军攻占了锦州。", "Wo jun gongzhanle Jinzhou."),
        ("中共中央对各省发出指示。", "Zhonggong Zhongyang dui ge sheng fachu zhishi."),
        ("苏方各专家组分别在各地工作。", "Sufang ge zhuanjiazu fenbie zai ge di gongzuo."),
        (
            "该团由苏联部长会议副主席米高扬率领。",
            "Gai tuan you Sulian Buzhang Huiyi fuzhuxi Migaoyang shuailing.",
        ),
        # words of their own, no determiner and its noun: plurals, 本人 "oneself", 各自
        # "each", a village's name
        ("我们的政策", "Women de zhengce"),
        ("某些同志", "Mouxie tongzhi"),
        ("本人谨代表中国政府表示感谢。", "Benren jin daibiao Zhongguo Zhengfu biaoshi ganxie."),
        ("各自回家。", "Gezi huijia."),
        ("本质上", "benzhi shang"),
    ],
)
def test_a_determiner_apart_from_its_noun(text, expected):
    assert py(text) == expected


def test_catalogs_keep_every_syllable_apart():
    assert lc("亚洲各国") == "Yazhou ge guo"
    assert lc("我国政府") == "wo guo Zheng fu"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # where a document is kept: the verb ends no archive's name (文件 | 现存 | 外交部档案馆)
        ("这些文件现存外交部档案馆。", "Zhexie wenjian xiancun Waijiaobu Dang'anguan."),
        ("原件现藏中央档案馆。", "Yuanjian xianzang Zhongyang Dang'anguan."),
        (
            "内务人民委员部的档案现存俄罗斯联邦安全局中央档案馆。",
            "Neiwu Renmin Weiyuanbu de dang'an xiancun Eluosi Lianbang Anquanju Zhongyang "
            "Dang'anguan.",
        ),
        ("该厂隶属第一机械工业部。", "Gai chang lishu Di-yi Jixie Gongyebu."),
        # who directs a body: 主管 (a noun, "manager", to jieba) is the sentence's verb
        (
            "安德罗波夫主管社会主义国家联络部。",
            "Andeluobofu zhuguan Shehuizhuyi Guojia Lianluobu.",
        ),
        ("他分管中联部。", "Ta fenguan Zhonglianbu."),
        # a note's ibid.: 同上 one word, before a page or the clause's end
        ("同上书，第56页。", "Tongshang shu, di 56 ye."),
        ("同上，第56页。", "Tongshang, di 56 ye."),
        ("其余程序同上。", "Qiyu chengxu tongshang."),
        ("他同上级商量。", "Ta tong shangji shangliang."),  # 同 | 上级: no ibid.
        # a translator's role glued to the end of a name the HMM cut in two
        (
            "[英]埃里克·霍布斯鲍姆：《极端的年代》，郑明萱译，江苏人民出版社1998年版。",
            '[Ying] Ailike Huobusibaomu: "Jiduan de niandai", Zheng Mingxuan yi, '
            "Jiangsu Renmin Chubanshe 1998 nian ban.",
        ),
        ("周爱琦译：", "Zhou Aiqi yi:"),
        # a journal's title with a pair of countries and an issue: Zhong-Su, as its society
        ("《中苏友好》1953年第10期。", '"Zhong-Su Youhao" 1953 nian di 10 qi.'),
        ("《中国青年》1953年第10期。", '"Zhongguo Qingnian" 1953 nian di 10 qi.'),
    ],
)
def test_notes_archives_and_credits(text, expected):
    assert py(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a dotted name's last part that jieba cut around one-character words (莫 "do not",
        # 扬 "raise"): one word
        ("丹娘就是卓娅·科斯莫杰米扬斯卡娅。", "Danniang jiushi Zhuoya Kesimojiemiyangsikaya."),
        ("丹娘就是卓婭·科斯莫傑米揚斯卡婭。", "Danniang jiushi Zhuoya Kesimojiemiyangsikaya."),
        # ... not over a word of grammar, nor before the first dot
        ("卡尔·马克思和恩格斯", "Ka'er Makesi he Engesi"),
        ("列夫·托尔斯泰曾在这里", "Liefu Tuo'ersitai ceng zai zheli"),
        ("亚美尼亚人伊万·巴格拉米扬元帅", "Yameiniya ren Yiwan Bagelamiyang yuanshuai"),
        # two names jieba's dictionary holds whole, side by side: two words
        ("苏联列宁格勒基洛夫工厂", "Sulian Lieninggele Jiluofu gongchang"),
        ("米哈伊尔戈尔巴乔夫", "Mihayi'er Ge'erbaqiaofu"),
        ("特兰西瓦尼亚", "Telanxiwaniya"),  # two halves jieba tags a Chinese person's: one
        # a country, then a works a place names: the works' name
        (
            "他在苏联乌拉尔重型机器厂工作过。",
            "Ta zai Sulian Wula'er Zhongxing Jiqichang gongzuoguo.",
        ),
        ("他在中国沈阳重型机器厂工作。", "Ta zai Zhongguo Shenyang Zhongxing Jiqichang gongzuo."),
        ("英国造船厂", "Yingguo zaochuanchang"),  # British shipyards: no name
        # a new government is no body's name
        ("他们组建了新政府。", "Tamen zujianle xin zhengfu."),
        ("苏联政府", "Sulian Zhengfu"),
    ],
)
def test_names_in_characters_and_bodies(text, expected):
    assert py(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb jieba's dictionary tags a name (汇报 nz) takes the aspect particle
        ("阿尔希波夫向陈云汇报了工作。", "A'erxibofu xiang Chen Yun huibaole gongzuo."),
        ("他汇报了。", "Ta huibao le."),  # 了 at the sentence's end stays apart
        # a verb and its one-syllable complement 往: one word (4.3.3), as jieba's 飞往
        ("中国派往苏联的留学生", "Zhongguo paiwang Sulian de liuxuesheng"),
        ("寄往北京的信", "Jiwang Beijing de xin"),
        # an adverb of time jieba joined to the word after it: apart (曾 | 多次)
        ("乔巴山曾多次访问莫斯科。", "Qiaobashan ceng duoci fangwen Mosike."),
        ("他曾一度担任大使。", "Ta ceng yidu danren dashi."),
        ("设备已损坏。", "Shebei yi sunhuai."),
        ("曾向东是一名工程师。", "Zeng Xiangdong shi yi ming gongchengshi."),  # a person
    ],
)
def test_verbs_and_adverbs(text, expected):
    assert py(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 多 or 余 and a measure word jieba joined after a number: approximate, apart (6.1.6:
        # yibai duo ge)
        ("中苏边界全长七千多公里。", "Zhong-Su bianjie quanchang qiqian duo gongli."),
        ("300余公里", "300 yu gongli"),
        ("位於250餘米的高空", "Weiyu 250 yu mi de gaokong"),  # traditional characters too
        ("三十多公里", "sanshi duo gongli"),
        ("30余万人", "30 yu wan ren"),
        # a fraction jieba holds as one numeral: denominator, 分之, numerator apart
        (
            "苏联援建项目的投资占同期全国工业投资的百分之四十四。",
            "Sulian yuanjian xiangmu de touzi zhan tongqi quanguo gongye touzi de bai fenzhi "
            "sishisi.",
        ),
        ("三分之二", "san fenzhi er"),
        ("百分之一百二十", "bai fenzhi yibai ershi"),
        # a Chinese name glossed by its bearer's Latin name in brackets: a person's name
        (
            "据文安立（Odd Arne Westad）的研究",
            "Ju Wen Anli (Odd Arne Westad) de yanjiu",
        ),
        ("历史学家孔华润（Warren Cohen）认为", "Lishixuejia Kong Huarun (Warren Cohen) renwei"),
        ("苏联人（Soviet People）", "Sulian ren (Soviet People)"),  # 苏联 a country, no surname
    ],
)
def test_counts_fractions_and_glossed_names(text, expected):
    assert py(text) == expected


def test_catalogs_keep_their_fractions_and_new_governments():
    assert lc("三分之二") == "san fen zhi er"
    assert lc("他们组建了新政府。") == "ta men zu jian le Xin zheng fu."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a doctrine's suffix jieba left alone joins its common stem (the 1996 text's 4.2.1);
        # a person's name stays apart (Makesi zhuyi)
        ("苏共领导是当代最大的分裂主义者", "Sugong lingdao shi dangdai zuida de fenliezhuyizhe"),
        ("修正主义者", "xiuzhengzhuyizhe"),
        ("马克思主义", "Makesi zhuyi"),
        ("铁托主义", "Tietuo zhuyi"),
        # an ordinal's measure word stays apart from a name jieba's dictionary lacks
        ("出席第二次全苏作家代表大会。", "Chuxi Di-er Ci Quansu Zuojia Daibiao Dahui."),
        ("第二次全国代表大会", "Di-er Ci Quanguo Daibiao Dahui"),
        # a kind of document alone is a common noun, whatever jieba tags it (联合公报 nt)
        (
            "两国政府发表了联合公报和联合宣言。",
            "Liangguo zhengfu fabiaole lianhe gongbao he lianhe xuanyan.",
        ),
        ("两国发表了新闻公报。", "Liangguo fabiaole xinwen gongbao."),
        ("双方还签订了科学技术合作协定。", "Shuangfang hai qiandingle kexue jishu hezuo xieding."),
        ("中苏科学技术合作协定", "Zhong-Su Kexue Jishu Hezuo Xieding"),  # named by its parties
        ("上海公报", "Shanghai Gongbao"),  # the Shanghai Communiqué
        # 多 and a span of time after a numeral and 个
        ("这次谈判持续了两个多月。", "Zhe ci tanpan chixule liang ge duo yue."),
        ("這次談判持續了兩個多月。", "Zhe ci tanpan chixule liang ge duo yue."),
    ],
)
def test_doctrines_ordinals_documents(text, expected):
    assert py(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a season jieba glued to a year's 年: apart, as 年 | 春 (1964 nian qiu)
        ("1964年秋，中央专委", "1964 nian qiu, zhongyang zhuanwei"),
        ("1950年春", "1950 nian chun"),
        # a verb with a complement of direction before a body: the sentence's verb
        ("也被逮捕，关入秦城监狱。", "Ye bei daibu, guanru Qincheng Jianyu."),
        ("中国国际贸易促进委员会", "Zhongguo Guoji Maoyi Cujin Weiyuanhui"),  # 促进: its word
        # 过 before an adjective is "too", no aspect particle of the noun before it
        ("因空间过小而难以建立", "Yin kongjian guo xiao er nanyi jianli"),
        ("他参观过工厂。", "Ta canguanguo gongchang."),
    ],
)
def test_seasons_directions_and_too(text, expected):
    assert py(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "persons" of jieba's dictionary that are an adverb or a verb and a common verb
        ("将人民与神相连接。", "Jiang renmin yu shen xiang lianjie."),
        ("他们相冲突。", "Tamen xiang chongtu."),
        # ... or whose first character makes a verb with the one before it (升 | 任中书)
        ("撒迪升任中书右丞。", "Sadi shengren zhongshu youcheng."),
        ("他叫王明。", "Ta jiao Wang Ming."),
        # a common word and a noun's head, jieba's person: a noun (宿舍 | 区, 陈列 | 馆)
        ("学生宿舍区设分部", "Xuesheng sushequ she fenbu"),
        ("王国维", "Wang Guowei"),
        # a "person" of four characters jieba all but never met, two words it has met
        ("如果一位简体中文用户看见", "Ruguo yi wei jianti zhongwen yonghu kanjian"),
        ("司马相如", "Sima Xiangru"),
        ("诸葛孔明", "Zhuge Kongming"),
    ],
)
def test_dictionary_persons_that_are_words(text, expected):
    assert py(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body and its head that jieba glued into a word it all but never met (协会会长)
        ("苏中友好协会会长", "Su-Zhong Youhao Xiehui huizhang"),
        ("中苏友好协会会长刘少奇", "Zhong-Su Youhao Xiehui huizhang Liu Shaoqi"),
    ],
)
def test_a_body_and_its_head(text, expected):
    assert py(text) == expected
