"""A word of grammar glued to a name (苏斯洛夫 | 任 "served as", 潘友新 | 任, 任 | 苏共), and the
readings CC-CEDICT gives a place's characters that the table reads one way only (鸭绿江 lù)."""

import pytest

import bukva


def _pinyin(text: str) -> str:
    return bukva.romanize(text, lang="zh", system="pinyin")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # jieba's HMM word 夫任: the name ends before the verb
        ("苏斯洛夫任团长。", "Susiluofu ren tuanzhang."),
        # jieba's dictionary "person" 任苏共 after a subject: 任 "served as" and 苏共
        ("苏斯洛夫任苏共代表团团长。", "Susiluofu ren Sugong daibiaotuan tuanzhang."),
        ("米高扬任苏共代表团团长。", "Migaoyang ren Sugong daibiaotuan tuanzhang."),
        ("他任苏共代表团团长。", "Ta ren Sugong daibiaotuan tuanzhang."),
        ("他后来任北平市长。", "Ta houlai ren Beiping shizhang."),
        # the period list's person whose end jieba joined to 任 (潘友 | 新任 "newly appointed")
        ("潘友新任苏联驻华大使。", "Pan Youxin ren Sulian zhu Hua dashi."),
        # an adverb jieba's HMM glued to a foreign name
        ("马林科夫曾在莫斯科工作。", "Malinkefu ceng zai Mosike gongzuo."),
    ],
)
def test_grammar_word_is_no_part_of_the_name(text, expected):
    assert _pinyin(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a person at a sentence's start or after a noun stays one
        ("于海洋是一位作家。", "Yu Haiyang shi yi wei zuojia."),
        ("任远东是他的朋友。", "Ren Yuandong shi ta de pengyou."),
        ("作家于海洋", "zuojia Yu Haiyang"),
        # transcription's characters that are verbs or adverbs stay in the name
        ("米高扬与毛泽东会谈。", "Migaoyang yu Mao Zedong huitan."),
        (
            "1973年妻子去世后，巴格拉米扬从莫斯科搬到郊外。",
            "1973 nian qizi qushi hou, Bagelamiyang cong Mosike ban dao jiaowai.",
        ),
        ("拉真陀罗去世后", "Lazhentuoluo qushi hou"),
        ("费德林任翻译。", "Fei Delin ren fanyi."),
    ],
)
def test_names_that_stay(text, expected):
    assert _pinyin(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "斯大林同意派遣苏联空军部队掩护鸭绿江大桥。",
            "Sidalin tongyi paiqian Sulian Kongjun Budui yanhu Yalu Jiang Daqiao.",
        ),
        ("六安市", "Lu'an Shi"),
        ("犍为县", "Qianwei Xian"),
        ("龟兹国", "Qiuci guo"),
        # a two-character name inside a longer word: the word's reading (六合彩 liuhecai)
        ("六合彩", "liuhecai"),
        ("长江大桥", "Changjiang Daqiao"),
    ],
)
def test_place_readings_and_words(text, expected):
    assert _pinyin(text) == expected


def test_place_reading_reaches_readings_and_catalogs():
    assert bukva.readings("鸭绿江大桥")[1] == "lu4"
    assert "lü" not in bukva.romanize("鸭绿江大桥", lang="zh", system="ala-lc")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a department's field of several words, a country among them (GB/T 16159-2012 6.3.2)
        ("北京大学俄罗斯语言文学系", "Beijing Daxue Eluosi Yuyan Wenxuexi"),
        ("北京大学日本语言文学系", "Beijing Daxue Riben Yuyan Wenxuexi"),
        # an attributive word (jieba's b) before an ending names a kind, no body
        (
            "中国人民大学是按照苏联模式建立的新型大学。",
            "Zhongguo Renmin Daxue shi anzhao Sulian moshi jianli de xinxing daxue.",
        ),
        # the Transbaikal Front: the gazetteer's 后贝加尔 (Transbaikalia), one place name
        (
            "马利诺夫斯基率后贝加尔方面军攻入内蒙古和东北。",
            "Malinuofusiji shuai Houbeijia'er Fangmianjun gongru Nei Menggu he Dongbei.",
        ),
    ],
)
def test_departments_kinds_and_fronts(text, expected):
    assert _pinyin(text) == expected


@pytest.mark.parametrize(
    ("text", "system", "expected"),
    [
        # a credit's name jieba cuts at random (张沱 | 生): surname and given name
        ("冷战与中国 / 张沱生主编", "pinyin", "Lengzhan yu Zhongguo / Zhang Tuosheng zhubian"),
        ("冷战与中国 / 张沱生主编", "ala-lc", "leng zhan yu Zhongguo / Zhang Tuosheng zhu bian"),
        ("/ 王力主编", "pinyin", "/ Wang Li zhubian"),
        ("赫鲁晓夫回忆录 / 张岱云等译", "pinyin", "Heluxiaofu huiyilu / Zhang Daiyun deng yi"),
        # a body and a pronoun before a role stay what they are
        ("/ 文化部编", "pinyin", "/ Wenhuabu bian"),
        ("他们编", "pinyin", "Tamen bian"),
    ],
)
def test_credited_names(text, system, expected):
    assert bukva.romanize(text, lang="zh", system=system) == expected


def test_a_word_of_grammar_begins_no_credited_name():
    assert "Dan Kuiji" not in _pinyin("但窥基撰《成唯识论述记》")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # jieba's dictionary "persons" that are a common word and a building's kind
        ("烈士纪念塔", "lieshi jinianta"),
        # one all but never met after a verb of one character, the rest a verb
        ("两岸隔江相望。", "Liang'an ge jiang xiangwang."),
        # persons stay
        ("王玉堂是一位作家。", "Wang Yutang shi yi wei zuojia."),
    ],
)
def test_dictionary_persons_that_are_words(text, expected):
    assert _pinyin(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a party's 中央 is part of its name, as 中共中央 is (Zhonggong Zhongyang)
        (
            "保加利亚共产党中央第一书记日夫科夫",
            "Baojialiya Gongchandang Zhongyang di-yi shuji Rifukefu",
        ),
        ("蒙古人民革命党中央", "Menggu Renmin Gemingdang Zhongyang"),
    ],
)
def test_a_partys_central_committee(text, expected):
    assert _pinyin(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name a post introduces at a clause's end; its given name may be a word (致远)
        (
            "中国驻苏联大使馆临时代办安致远",
            "Zhongguo Zhu Sulian Dashiguan linshi daiban An Zhiyuan",
        ),
        ("总理办公室", "zongli bangongshi"),
        ("政治部主任江华。", "Zhengzhibu zhuren Jiang Hua."),
        # a verb, a place or a particle after a post is no given name
        ("主席来北京。", "Zhuxi lai Beijing."),
        ("部长谈话。", "Buzhang tanhua."),
        # a name that ends as a Russian surname does goes on into no common word (拜会)
        (
            "苏联驻华临时代办阿斯塔夫耶夫拜会了外交部副部长罗贵波。",
            "Sulian zhu Hua linshi daiban Asitafuyefu baihuile Waijiaobu fubuzhang Luo Guibo.",
        ),
        # 多 and 万 before a measure word of several characters, after a number (6.1.6)
        ("面积约九百六十多万平方公里。", "Mianji yue jiubai liushi duo wan pingfanggongli."),
    ],
)
def test_posts_names_and_counts(text, expected):
    assert _pinyin(text) == expected


def test_a_verb_before_a_document_is_no_part_of_its_name():
    """参加条约谈判 "take part in the treaty's negotiations": no treaty named Canjia Tiaoyue."""
    assert _pinyin("周恩来抵达莫斯科，参加条约谈判。") == (
        "Zhou Enlai dida Mosike, canjia tiaoyue tanpan."
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a measure word no number comes before opens a foreign name (米 | 亚斯 | 尼科夫)
        ("米亚斯尼科夫是专家。", "Miyasinikefu shi zhuanjia."),
        ("他跑了一百米。", "Ta paole yibai mi."),
        # the period list's interpreters (the gazetteer's persons)
        ("阎明复和李越然也担任过俄语翻译。", "Yan Mingfu he Li Yueran ye danrenguo Eyu fanyi."),
    ],
)
def test_names_opened_by_a_measure_word_and_interpreters(text, expected):
    assert _pinyin(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("蘇斯洛夫任團長。", "Susiluofu ren tuanzhang."),
        ("潘友新任蘇聯駐華大使。", "Pan Youxin ren Sulian zhu Hua dashi."),
        ("冷戰與中國 / 張沱生主編", "Lengzhan yu Zhongguo / Zhang Tuosheng zhubian"),
        ("北京大學俄羅斯語言文學系", "Beijing Daxue Eluosi Yuyan Wenxuexi"),
        ("鴨綠江大橋", "Yalu Jiang Daqiao"),
    ],
)
def test_the_same_in_traditional_characters(text, expected):
    assert _pinyin(text) == expected
