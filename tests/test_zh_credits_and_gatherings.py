"""A bibliography's title before its credit, a publisher's name in an imprint, a credited name
whose given name is a word, gatherings jieba calls bodies, verbs of sending before a body, a
locative before a verb, and 大 before a building (GB/T 16159-2012)."""

import pytest

import bukva


def _pinyin(text: str) -> str:
    return bukva.romanize(text, lang="zh", system="pinyin")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title with no word of a clause in it, before the slash of its credit: a book's
        # title, its first word capitalized (as 我在苏联的岁月 / 蒋经国著 always was)
        (
            "十年论战 : 1956-1966中苏关系回忆录 / 吴冷西著",
            "Shi nian lunzhan : 1956-1966 Zhong-Su guanxi huiyilu / Wu Lengxi zhu",
        ),
        ("回忆录 / 师哲著", "Huiyilu / Shi Zhe zhu"),
        # a term standing alone stays lower case
        ("十年论战", "shi nian lunzhan"),
        # an imprint's publisher whose first word jieba tags an adverb (进步 "progress")
        ("莫斯科 : 进步出版社, 1975.", "Mosike : Jinbu Chubanshe, 1975."),
        ("北京 : 人民出版社, 1960.", "Beijing : Renmin Chubanshe, 1960."),
        # a credited name whose given name is a common word (大军 "a large army")
        ("俄国侵华史 / 张大军著", "Eguo qin Hua shi / Zhang Dajun zhu"),
        ("俄國侵華史 / 張大軍著", "Eguo qin Hua shi / Zhang Dajun zhu"),
        # a body stays a body: a ministry, whose 文化 covers the surname's character
        ("中国史 / 文化部编", "Zhongguo shi / Wenhuabu bian"),
    ],
)
def test_bibliography_lines(text, expected):
    assert _pinyin(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # gatherings and words of 会 that jieba tags as bodies (nt) name none
        ("他们举行了音乐会。", "Tamen juxingle yinyuehui."),
        (
            "奥伊斯特拉赫在北京举行了小提琴独奏音乐会。",
            "Aoyisitelahe zai Beijing juxingle xiaotiqin duzou yinyuehui.",
        ),
        ("会后举行了汇报会。", "Huihou juxingle huibaohui."),
        ("他加入了黑社会。", "Ta jiarule heishehui."),
        ("那是上流社会的生活。", "Na shi shangliu shehui de shenghuo."),
        # bodies that end so stay bodies
        ("中国社会科学院", "Zhongguo Shehui Kexueyuan"),
        (
            "中苏友好协会总会会长是刘少奇。",
            "Zhong-Su Youhao Xiehui Zonghui huizhang shi Liu Shaoqi.",
        ),
    ],
)
def test_gatherings_are_no_bodies(text, expected):
    assert _pinyin(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb of sending someone to a body is the sentence's, no word of a body's name
        (
            "鲍罗廷是共产国际派驻国民党的政治顾问。",
            "Baoluoting shi Gongchan Guoji paizhu Guomindang de zhengzhi guwen.",
        ),
        # a locative and a verb jieba's dictionary holds as a rare word (中站), and a locative
        # and 于 its HMM glued (下于)
        (
            "泽登巴尔在中苏论战中站在苏联一边。",
            "Zedengba'er zai Zhong-Su lunzhan zhong zhan zai Sulian yibian.",
        ),
        (
            "武汉长江大桥在苏联专家的帮助下于1957年建成通车。",
            "Wuhan Changjiang Daqiao zai Sulian zhuanjia de bangzhu xia yu 1957 nian jiancheng "
            "tongche.",
        ),
        # a verb's own first character stays (外借 "lend out")
        ("他被曼联外借至德国球队。", "Ta bei Manlian waijie zhi Deguo qiudui."),
        # 大 and a building, one word in a body's name (the Bolshoi: Mosike Dajuyuan)
        (
            "乌兰诺娃率领莫斯科大剧院芭蕾舞团访华演出。",
            "Wulannuowa shuailing Mosike Dajuyuan Baleiwutuan fang Hua yanchu.",
        ),
        ("国家大剧院", "Guojia Dajuyuan"),
        ("人民大会堂", "Renmin Dahuitang"),
    ],
)
def test_words_apart_and_together(text, expected):
    assert _pinyin(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a dynasty and 朝, 代, 末 or 初: one proper noun in GB/T (Qingchao, as a dictionary
        # writes 清朝), two words in catalogs (LC: Qing chao)
        ("清朝末年，大批华工前往海参崴。", "Qingchao monian, dapi huagong qianwang Haishenwai."),
        ("清代", "Qingdai"),
        ("唐朝", "Tangchao"),
        ("宋史", "Song shi"),  # the dynasty's history, a book
        # 周末 "the weekend", 夏末 "late summer": no dynasty
        ("他们周末去公园。", "Tamen zhoumo qu gongyuan."),
        # a range's generic apart, as 高原 and 盆地 are (Wula'er Shanmai)
        (
            "苏联在乌拉尔山脉以东建立了大批工厂。",
            "Sulian zai Wula'er Shanmai yidong jianlile dapi gongchang.",
        ),
        ("喜马拉雅山脉", "Ximalaya Shanmai"),
        # jieba's 喀喇昆仑山 | 脉: the range's 山脉 whole
        ("喀喇昆仑山脉", "Kalakunlun Shanmai"),
        # 从中 "from it" before a country's syllable: 从 and a pair of countries
        (
            "中国政府要求苏联从中蒙边境撤军。",
            "Zhongguo Zhengfu yaoqiu Sulian cong Zhong-Meng bianjing chejun.",
        ),
        ("从中发现问题。", "Congzhong faxian wenti."),
    ],
)
def test_dynasties_ranges_and_pairs(text, expected):
    assert _pinyin(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("清代", "Qing dai"),
        ("清朝末年", "Qing chao mo nian"),
        ("秦岭山脉", "Qinling Shanmai"),
    ],
)
def test_catalog_dynasties_and_ranges(text, expected):
    assert bukva.romanize(text, lang="zh", system="ala-lc") == expected


@pytest.mark.parametrize(
    ("text", "pinyin", "catalog"),
    [
        # 在华 "in China" before a word jieba glued to 华 (华传教, met 8 times)
        (
            "俄国东正教在华传教史",
            "Eguo dongzhengjiao zai Hua chuanjiao shi",
            "Eguo dong zheng jiao zai Hua chuan jiao shi",
        ),
    ],
)
def test_in_china_before_a_glued_word(text, pinyin, catalog):
    assert _pinyin(text) == pinyin
    assert bukva.romanize(text, lang="zh", system="ala-lc") == catalog


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a branch its place names, after the body's name: each word capitalized
        (
            "本报讯：中苏友好协会北京分会昨日举行大会。",
            "Benbaoxun: Zhong-Su Youhao Xiehui Beijing Fenhui zuori juxing dahui.",
        ),
        ("新华社北京分社", "Xinhuashe Beijing Fenshe"),
        # a country's secondary schools are a kind; a city's numbered school is named
        ("俄语成为中国中学的第一外语。", "Eyu chengwei Zhongguo zhongxue de di-yi waiyu."),
        ("北京第四中学", "Beijing Di-si Zhongxue"),
        # 两 | 国外 | 长于 as jieba cuts it: 两国 | 外长 | 于, 长 read zhǎng
        (
            "两国外长于1991年5月签订了中苏国界东段协定。",
            "Liangguo waizhang yu 1991 nian 5 yue qiandingle Zhong-Su Guojie Dongduan Xieding.",
        ),
        ("两国外长会晤。", "Liangguo waizhang huiwu."),
        ("他长于写作。", "Ta changyu xiezuo."),
        # 一长制 "one-man management": 长 zhǎng
        ("高岗在东北推行一长制。", "Gao Gang zai Dongbei tuixing yizhangzhi."),
        # 此中 "herein" before a country's syllable
        (
            "值此中苏友好同盟互助条约签订之际。",
            "Zhici Zhong-Su Youhao Tongmeng Huzhu Tiaoyue qianding zhiji.",
        ),
    ],
)
def test_branches_and_foreign_ministers(text, expected):
    assert _pinyin(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb of criticising before a party a country leads (jieba: 公开批评 n)
        (
            "苏共二十二大公开批评阿尔巴尼亚劳动党。",
            "Sugong Ershi'erda gongkai piping A'erbaniya Laodongdang.",
        ),
        # a locative after a congress by its abbreviation (九大 j | 上作了)
        ("林彪在九大上作了政治报告。", "Lin Biao zai jiuda shang zuole zhengzhi baogao."),
        # kinds of organisation jieba tags as bodies
        (
            "叶尔钦宣布苏联共产党为非法组织。",
            "Ye'erqin xuanbu Sulian Gongchandang wei feifa zuzhi.",
        ),
        ("这是民间组织。", "Zhe shi minjian zuzhi."),
        # the conjunction and a noun of one character jieba's HMM made a person (和锡 He Xi)
        (
            "中国向苏联出口大豆、猪肉、钨砂和锡。",
            "Zhongguo xiang Sulian chukou dadou, zhurou, wusha he xi.",
        ),
        ("他和李明都来了。", "Ta he Li Ming dou lai le."),
        # a phrase with the particle 的 that jieba's dictionary lists, all but never met
        ("党的领导中有人反对。", "Dang de lingdao zhong youren fandui."),
        ("这是新的一页。", "Zhe shi xin de yi ye."),
        ("波罗的海", "Boluodi Hai"),
        # 藏有 "keeps", whatever comes before it (a holder in quotation marks)
        (
            "台北“国史馆”藏有蒋介石档案。",
            'Taibei "Guoshiguan" cangyou Jiang Jieshi dang\'an.',
        ),
    ],
)
def test_criticised_parties_and_kinds_of_body(text, expected):
    assert _pinyin(text) == expected
