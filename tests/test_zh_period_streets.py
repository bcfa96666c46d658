"""Chinese of the Sino-Soviet period in GB/T 16159 pinyin: streets whose generic jieba leaves as
a word of its own (上海 | 路, 南京 | 路上), streets it lists as rare common nouns (常熟路), nouns
it tags as persons (封建制, 宣传单), a works' 厂 it leaves alone, a credit's role glued to the
name before it, the Council of Ministers after a country, 上 and 下 as verbs, and a Latin
quotation's spacing."""

from __future__ import annotations

from functools import partial

import pytest

import bukva

py = partial(bukva.romanize, lang="zh", system="pinyin")
lc = partial(bukva.romanize, lang="zh", system="ala-lc")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place's name and a generic jieba left as a word of its own: the street's name
        # (GB/T 16159-2012 6.3.2; the 1984 rules for place names)
        ("他走上海路", "Ta zou Shanghai Lu"),
        ("保定路", "Baoding Lu"),
        ("沈阳的中山路和太原街", "Shenyang de Zhongshan Lu he Taiyuan Jie"),
        ("长春的斯大林大街", "Changchun de Sidalin Dajie"),
        ("亚尔培路在法租界。", "Ya'erpei Lu zai Fa zujie."),
        # 路上 "on the street": the street, and the locative apart (6.1.5)
        ("南京路上的好八连", "Nanjing Lu shang de haobalian"),
        ("贝当路上有美国学校。", "Beidang Lu shang you Meiguo Xuexiao."),
        ("他们走在长安街上。", "Tamen zou zai Chang'an Jie shang."),
        # a direction jieba cut from the name: the name's part, as 东长安街 Dongchang'an Jie
        ("他住在北四川路。", "Ta zhu zai Beisichuan Lu."),
        ("东长安街", "Dongchang'an Jie"),
        # a rare noun of jieba's whose name is a city's, a place's, a person's in CC-CEDICT
        ("他们在常熟路开了一家书店。", "Tamen zai Changshu Lu kaile yi jia shudian."),
        ("通化街", "Tonghua Jie"),
        ("宋庆龄故居在霞飞路。", "Song Qingling guju zai Xiafei Lu."),
        ("我们在霞飞路上的咖啡馆见面。", "Women zai Xiafei Lu shang de kafeiguan jianmian."),
    ],
)
def test_streets_named(text, expected):
    assert py(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 路上 after a verb of going is "on the way"; 路过 "to pass by"; kinds of road
        ("他去上海路上遇到了老朋友。", "Ta qu Shanghai lushang yudaole laopengyou."),
        ("回北京路上，他一直在想这件事。", "Hui Beijing lushang, ta yizhi zai xiang zhe jian shi."),
        ("从天津路过的时候", "Cong Tianjin luguo de shihou"),
        ("走在碎石路上", "Zou zai suishilu shang"),
        ("商业街", "shangyejie"),
        ("一路上", "yilushang"),
        ("他在路上", "Ta zai lushang"),
        ("中国道路", "Zhongguo daolu"),
    ],
)
def test_no_street(text, expected):
    assert py(text) == expected


def test_catalogs_keep_their_streets():
    # ALA-LC's form is unchanged: streets there are left as stop 61 left them
    assert lc("他走上海路") == "ta zou Shanghai lu"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a common word and a noun's head that jieba tags a person (nr): a noun
        ("封建制", "fengjianzhi"),
        ("文明史", "wenmingshi"),
        ("幸福感", "xingfugan"),
        ("宫殿式", "gongdianshi"),
        ("他自制了2500份宣传单。", "Ta zizhile 2500 fen xuanchuandan."),
        # persons whose given name's last character ends few nouns, or more persons than nouns
        ("王国维", "Wang Guowei"),
        ("王国生", "Wang Guosheng"),
        ("黄金荣", "Huang Jinrong"),
        ("王建军", "Wang Jianjun"),
    ],
)
def test_noun_heads_jieba_tags_as_persons(text, expected):
    assert py(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a works' 厂 jieba left alone after a noun: the works' word (as 机床厂)
        (
            "上海电影译制厂配音演员为苏联电影配音。",
            "Shanghai Dianying Yizhichang peiyin yanyuan wei Sulian dianying peiyin.",
        ),
        ("工人离开厂", "Gongren likai chang"),  # a verb's object stays
        # a credit's role glued to a three-character name by jieba's HMM
        ("[苏]费德林著，周爱琦译：", "[Su] Fei Delin zhu, Zhou Aiqi yi:"),
        ("王玉强译，", "Wang Yuqiang yi,"),
        # a country's Council of Ministers, as jieba's 苏联部长会议
        ("泽登巴尔担任蒙古部长会议主席。", "Zedengba'er danren Menggu Buzhang Huiyi zhuxi."),
        ("苏联部长会议主席", "Sulian Buzhang Huiyi zhuxi"),
        ("各国部长会议", "ge guo buzhang huiyi"),
    ],
)
def test_bodies_and_credits(text, expected):
    assert py(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 上 and 下 that jieba tags locatives, as verbs: the aspect particle joins them (4.3.1)
        ("他下了车。", "Ta xiale che."),
        ("他们上了飞机。", "Tamen shangle feiji."),
        ("桌子上了", "Zhuozi shang le"),  # after a noun: the locative
        # a county's short name that is also a verb, before the particle and an object
        ("苏联帮助中国新建了许多工厂。", "Sulian bangzhu Zhongguo xinjianle xuduo gongchang."),
        ("江西新建县", "Jiangxi Xinjian Xian"),
        ("我去了新建。", "Wo qule Xinjian."),
        ("他马上了解", "Ta mashang liaojie"),
    ],
)
def test_boarding_verbs(text, expected):
    assert py(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb of taking a post ends the body's name before it, as 担任 does
        ("马林科夫继任部长会议主席", "Malinkefu jiren buzhang huiyi zhuxi"),
        ("马林科夫继任理事会主席", "Malinkefu jiren lishihui zhuxi"),
        # a four-character word led by a country's syllable, divided by its words (6.1.1)
        ("斯大林的中文翻译是费德林。", "Sidalin de Zhongwen fanyi shi Fei Delin."),
        ("汉语词典", "Hanyu cidian"),
        ("中文系", "Zhongwenxi"),  # three characters: one word
        # a noun used as a verb before a quoted object takes the aspect particle
        ('参观了"阿芙乐尔"号巡洋舰。', 'Canguanle "Afule\'er" hao xunyangjian.'),
        ("参观了。", "Canguan le."),
    ],
)
def test_posts_compounds_and_quoted_objects(text, expected):
    assert py(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Latin quotation glued to the word before it opens apart from it; the text just
        # after an opening mark is not set apart from it
        (
            '中国把第一颗原子弹的研制工程命名为"596"。',
            'Zhongguo ba di-yi ke yuanzidan de yanzhi gongcheng mingming wei "596".',
        ),
        ("称为“596”。", 'Chengwei "596".'),
        ('为"ABC"。', 'Wei "ABC".'),
        ('是"不可压缩的".', 'Shi "buke yasuo de".'),  # a closing mark stays with its text
        ('"钻井泥浆"的功能', '"Zuanjing nijiang" de gongneng'),
        ("“ABC”和“DEF”", '"ABC" he "DEF"'),
    ],
)
def test_quoted_latin_spacing(text, expected):
    assert py(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Russian archive's citation in a Chinese note: no characters, but the note's
        # full-width marks, which are written as Latin ones
        ("АПРФ，ф.45，оп.1，д.329，л.9—17。", "АПРФ, ф.45, оп.1, д.329, л.9-17."),
        ("РГАНИ，ф.5，оп.49，д.235。", "РГАНИ, ф.5, оп.49, д.235."),
        # Latin text with no full-width mark stays as it is, its curly quotes and dashes too
        ("He said “yes” — twice.", "He said “yes” — twice."),
    ],
)
def test_full_width_marks_without_characters(text, expected):
    assert py(text) == expected
    assert lc(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name quoted before 牌 (a brand) or 号 (a ship's): a proper name, capitalized
        (
            '第一辆"解放"牌汽车于1956年7月出厂。',
            'Di-yi liang "Jiefang" pai qiche yu 1956 nian 7 yue chuchang.',
        ),
        ("第一辆“红旗”牌轿车", 'di-yi liang "Hongqi" pai jiaoche'),
        ("“东风”号货轮", '"Dongfeng" hao huolun'),
        # a quoted term before any other word stays a term
        (
            '邓小平提出中苏关系正常化的"三大障碍"。',
            'Deng Xiaoping tichu Zhong-Su guanxi zhengchanghua de "sanda zhang\'ai".',
        ),
        # a works numbered by an ordinal, with its kind between (重型, b to jieba)
        ("第一重型机器厂位于齐齐哈尔。", "Di-yi Zhongxing Jiqichang weiyu Qiqiha'er."),
        ("第一大工厂", "di-yi da gongchang"),
    ],
)
def test_brands_ships_and_numbered_works(text, expected):
    assert py(text) == expected


def test_catalogs_keep_brands_as_words():
    assert lc("“东风”号货轮") == '"dong feng" hao huo lun'


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sea named with one syllable, CC-CEDICT's only entry of its characters: the name
        # and the generic apart, as 黄河 Huang He (GB/T 16159-2012 6.3.2)
        ("敖德萨和塞瓦斯托波尔是黑海的港口。", "Aodesa he Saiwasituobo'er shi Hei Hai de gangkou."),
        ("里海", "Li Hai"),
        ("黄海", "Huang Hai"),
        # a sea's name that is also a city's, a district's or a kingdom's stays one word
        ("北海", "Beihai"),
        ("渤海", "Bohai"),
        ("西海岸", "xihai'an"),  # no sea: the west coast
    ],
)
def test_seas_of_one_syllable(text, expected):
    assert py(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a form of state or region with no name before it: a common noun (LC's table writes
        # 共和国 alone capitalized, for catalogs)
        (
            "基辅和明斯克都是加盟共和国的首都。",
            "Jifu he Mingsike dou shi jiameng gongheguo de shoudu.",
        ),
        ("共和国主席", "gongheguo zhuxi"),
        ("苏联各共和国", "Sulian ge gongheguo"),
        # with a name before it, the state's or the region's name
        ("巴什基尔自治共和国", "Bashiji'er Zizhi Gongheguo"),
        ("哈萨克加盟共和国", "Hasake Jiameng Gongheguo"),
        ("新疆维吾尔自治区", "Xinjiang Weiwu'er Zizhiqu"),
        ("中华人民共和国", "Zhonghua Renmin Gongheguo"),
    ],
)
def test_forms_of_state_alone(text, expected):
    assert py(text) == expected


def test_catalogs_keep_lcs_republic():
    assert lc("共和国") == "Gongheguo"  # LC's table (ScriptShifter chinese.yml)


def test_a_lone_surrogate_is_refused_plainly():
    # what no dictionary nor model reads (a file that is no valid UTF-8, read with
    # surrogateescape): one error that says what and where, not a crash deep inside
    from bukva.engine.registry import BukvaError

    with pytest.raises(BukvaError, match="offset 1"):
        py("中\udce4文")
    assert py("\udce4") == "\udce4"  # no Chinese: the text passes as other text does


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a dotted name's part that jieba's HMM made a Chinese person of, where its characters
        # weigh as a foreign name's: one word (Schaller, no Xia Le)
        ("美国博物学家乔治·夏勒博士", "Meiguo bowuxuejia Qiaozhi Xiale boshi"),
        # Chinese names and lists between dots stay as they are
        ("毛泽东·周恩来", "Mao Zedong Zhou Enlai"),
        ("诗·词·曲", "shi, ci, qu"),
        ("爱新觉罗·溥仪", "Aixinjueluo Puyi"),
    ],
)
def test_dotted_parts_jieba_made_persons(text, expected):
    assert py(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a model's name before a hyphen and its number: a proper name, as 米格-15 Mige-15
        (
            "苏联向中国提供了伊尔-28轰炸机和图-16轰炸机的技术资料。",
            "Sulian xiang Zhongguo tigongle Yi'er-28 hongzhaji he Tu-16 hongzhaji de jishu ziliao.",
        ),
        ("他驾驶着歼-6升空。", "Ta jiashizhe Jian-6 shengkong."),
        # an isotope's element, a chemical name's locants, a minus sign stay as they were
        ("铀-235", "you-235"),
        ("六氟丁-2-炔", "liufuding-2-que"),
        ("降至-4度", "Jiang zhi-4 du"),
    ],
)
def test_models_by_number(text, expected):
    assert py(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a surname and a character the tagger has no states for: a rare given name
        ("唐弢虽年少家贫", "Tang Tao sui nianshao jiapin"),
        ("周宝让儿子周玙统领后楼都", "Zhou Bao rang erzi Zhou Yu tongling houlou dou"),
        # a noun's character glued after it: a word of rare characters, no name
        ("锈色蛛毛苣苔", "xiusezhu mao ju tai"),
        # the copula 是 that jieba's HMM glued to the noun before it
        ("三叉神经核是三叉神经的细胞体", "Sancha shenjing he shi sancha shenjing de xibaoti"),
        ("他硬是不去", "Ta yingshi bu qu"),  # a word of jieba's dictionary keeps its 是
    ],
)
def test_rare_given_names_and_a_glued_copula(text, expected):
    assert py(text) == expected
