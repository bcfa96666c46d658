"""Chinese of the Sino-Soviet period in GB/T 16159 pinyin, and its names across scripts: the
sentence's adverbs, counts and verbs kept out of a body's name; a preposition jieba lists with
its verb; Taiwan's and Hong Kong's forms of Soviet names; Taiwan's cities by their English
names; the gazetteer's Hanzi found in traditional characters."""

from __future__ import annotations

import pytest

import bukva
from bukva.checker.check import check_text


def py(text: str) -> str:
    return bukva.romanize(text, lang="zh", system="pinyin")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an adverb of two characters after a person is the sentence's, and so is the verb
        # after it (主管, a noun to jieba): the body's name begins at the country
        (
            "王明长期主管苏联外交部远东司。",
            "Wang Ming changqi zhuguan Sulian Waijiaobu Yuandong Si.",
        ),
        ("他逐渐学会了如何安全落地。", "Ta zhujian xuehuile ruhe anquan luodi."),
        # jieba tags some words of names as adverbs (大同, 首都): after a place, or leading the
        # name, they are the name's
        ("他在上海大同大学学习。", "Ta zai Shanghai Datong Daxue xuexi."),
        ("首都经济贸易大学", "Shoudu Jingji Maoyi Daxue"),
        # one character alone still stops it (也 | 受到 | 政府)
        ("他也受到政府的表彰。", "Ta ye shoudao zhengfu de biaozhang."),
    ],
)
def test_an_adverb_is_no_word_of_a_bodys_name(text, expected):
    assert py(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 国 after a figure counts countries, as after a numeral in characters; the parties of
        # so many countries are no one party's name (lower case since stop 69)
        (
            "81国共产党和工人党代表会议在莫斯科举行。",
            "81 guo gongchandang he gongrendang daibiao huiyi zai Mosike juxing.",
        ),
        ("八十一国共产党和工人党代表会议", "Bashiyi guo gongchandang he gongrendang daibiao huiyi"),
        # "then serving as" and a post jieba lists with 兼 "and concurrently" (3 times)
        (
            "吴冷西时任新华社社长兼人民日报总编辑。",
            "Wu Lengxi shiren Xinhuashe shezhang jian Renmin Ribao zongbianji.",
        ),
        # an aspect particle the HMM glued to the word after it
        ("阿里斯托夫担任过驻波兰大使。", "Alisituofu danrenguo zhu Bolan dashi."),
        # a person and a verb (a noun to jieba) before a place begin the sentence
        ("王明主管苏联外交部远东司。", "Wang Ming zhuguan Sulian Waijiaobu Yuandong Si."),
        # a person of the period inside an institution's name: surname and given name
        ("宋庆龄基金会", "Song Qingling Jijinhui"),
        ("白求恩医科大学", "Baiqiu'en Yike Daxue"),  # a foreigner's name: one word
        # the state steel works by their short names (zh-state-bodies.tsv's STEEL)
        (
            "其中包括鞍钢、武钢、包钢等大型钢铁企业。",
            "Qizhong baokuo Angang, Wugang, Baogang deng daxing gangtie qiye.",
        ),
        # Soviet bodies of the gazetteer, the second one word of it a body to jieba (全苏 nt)
        (
            "克格勃的前身是国家政治保卫总局。",
            "Kegebo de qianshen shi Guojia Zhengzhi Baowei Zongju.",
        ),
        ("全苏对外文化协会主席", "Quansu Duiwai Wenhua Xiehui zhuxi"),
        # a verb of publishing before a paper's editors: the sentence's
        (
            "4月5日,《人民日报》发表编辑部文章。",
            '4 yue 5 ri, "Renmin Ribao" fabiao bianjibu wenzhang.',
        ),
        ("人民日报编辑部发表文章。", "Renmin Ribao Bianjibu fabiao wenzhang."),
        # a verb of visiting before a body acts on it (在苏联 | 考察 | 核物理研究所)
        (
            "钱三强曾在苏联考察核物理研究所。",
            "Qian Sanqiang ceng zai Sulian kaocha Hewuli Yanjiusuo.",
        ),
        # a slogan whose verb and country jieba lists as a rare "name" (越抗美, 19 times), read
        # as 抗美援朝 is
        ("中国人民援越抗美。", "Zhongguo renmin yuan Yue kang Mei."),
        ("抗美援朝", "kang Mei yuan Chao"),
        # two slogans jieba lists as an organization (反共抗俄, nt): the ROC's "oppose communism,
        # resist Russia"
        ("他主张反共抗俄。", "Ta zhuzhang fangong kang E."),
        # 据 "according to" and the verb jieba lists with it, three times each
        ("据统计,1950年", "Ju tongji, 1950 nian"),
        ("据调查", "Ju diaocha"),
        ("据说他去过苏联。", "Jushuo ta quguo Sulian."),  # a word of its own
        # a phrase jieba lists whole (3 times) that begins with a preposition: its words
        (
            "斯大林在会谈中承认苏联对中国革命有过妨碍。",
            "Sidalin zai huitan zhong chengren Sulian dui Zhongguo geming youguo fang'ai.",
        ),
        ("中国工人阶级在政治上受压迫。", "Zhongguo gongren jieji zai zhengzhi shang shouyapo."),
        ("从头再来", "Congtou zailai"),  # 从头, a word of its own
    ],
)
def test_counts_visits_and_according_to(text, expected):
    assert py(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("蔣介石日記中多次提到史達林。", "Jiang Jieshi riji zhong duoci tidao Shidalin."),
        ("史太林和托洛斯基", "Shitailin he Tuoluosiji"),
        ("戈巴契夫", "Gebaqifu"),
        # Taiwan's form of 炮 (OpenCC keeps 砲), and a rare last character of a given name
        ("1958年8月,解放軍砲擊金門。", "1958 nian 8 yue, Jiefangjun paoji Jinmen."),
        (
            "中华民国驻联合国代表蒋廷黻在安理会发言。",
            "Zhonghua Minguo zhu Lianheguo daibiao Jiang Tingfu zai Anlihui fayan.",
        ),
        # a street named by a noun, its generic apart (GB/T; a catalog's words stay words)
        (
            "中国驻苏联大使馆位于莫斯科友谊街。",
            "Zhongguo Zhu Sulian Dashiguan weiyu Mosike Youyi Jie.",
        ),
        ("他沿着这条路走。", "Ta yanzhe zhe tiao lu zou."),
        ("它主要是一条购物街。", "Ta zhuyao shi yi tiao gouwu jie."),
        # Soviet places by transcription: one word each, the generic apart
        ("犹太自治州首府比罗比詹。", "Youtai Zizhizhou shoufu Biluobizhan."),
        ("楚科奇自治区", "Chukeqi Zizhiqu"),
        ("勘察加半岛和鄂霍次克海", "Kanchajia Bandao he Ehuocike Hai"),
        ("列宁纳巴德", "Lieningnabade"),
        # the 1962 flight from Ili and Tacheng, named by the two places' abbreviations (6.3.3)
        ('史称"伊塔事件"。', 'Shi cheng "Yi-Ta Shijian".'),
        ("批林批孔运动", "Pi Lin Pi Kong Yundong"),  # a verb and a name, twice: no pair
        # a country written by its sounds and a region of it, one name to jieba
        ("俄罗斯远东地区与中国东北", "Eluosi Yuandong Diqu yu Zhongguo Dongbei"),
        # the 1969 clash in Yumin county (WP 'Tielieketi')
        (
            "同年8月,新疆裕民县铁列克提地区发生边境事件。",
            "Tongnian 8 yue, Xinjiang Yumin Xian Tielieketi Diqu fasheng bianjing shijian.",
        ),
    ],
)
def test_soviet_names_as_taiwan_and_hong_kong_write_them(text, expected):
    assert py(text) == expected


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("史達林", "Stalin"),  # Taiwan's form, in traditional characters
        ("史太林", "Сталин"),  # Hong Kong's
        ("戈巴契夫", "Gorbachev"),
        ("赫魯曉夫", "Khrushchev"),  # the gazetteer's simplified 赫鲁晓夫, written traditional
        ("哈爾濱", "Harbin"),
        ("臺北", "Taipei"),
        ("Taipei", "T'ai-pei"),
        ("Kaohsiung", "高雄"),
        ("Kinmen", "Quemoy"),
        ("Pescadores", "澎湖"),
        ("Stalinabad", "斯大林纳巴德"),
        ("Сталинабад", "Stalinabad"),
        ("Birobidzhan", "比罗比詹"),
        ("VOKS", "全苏对外文化协会"),
        ("OGPU", "国家政治保卫总局"),
    ],
)
def test_traditional_characters_and_taiwans_places_match(a, b):
    assert bukva.match(a, b).same


def test_taiwans_places_convert_and_a_pinyin_house_keeps_their_english_names():
    from bukva.chinese.convert import convert

    assert convert("Taipei, Kaohsiung and Keelung", "auto", "pinyin") == (
        "Taibei, Gaoxiong and Jilong"
    )
    text = "The Nationalists fled to Taipei; Kaohsiung and Keelung were ports. Peking protested.\n"
    found = [(f.text, f.fix) for f in check_text(text, {"zh": "pinyin"})]
    assert found == [("Peking", "Beijing")]


@pytest.mark.parametrize(
    ("text", "expected", "catalog"),
    [
        # an initial in characters before a surname jieba took for a Chinese name
        ("[俄]安·潘佐夫著", "[E] An Panzuofu zhu", None),
        ("诗·词·曲", "shi, ci, qu", "shi, ci, qu"),  # a list stays one
        # the gazetteer's Goncharov (冈 is no character of Xinhua's table)
        ("[俄]C.冈察洛夫、李玉贞", "[E] C. Gangchaluofu, Li Yuzhen", None),
        # a publisher's name that begins with words joined by middle dots (the SDX press): its
        # items are the name's words; LC capitalizes the first (Sheng huo, du shu, ...)
        (
            "北京:生活·读书·新知三联书店,1978年。",
            "Beijing: Shenghuo, Dushu, Xinzhi Sanlian Shudian, 1978 nian.",
            "Beijing: Sheng huo, du shu, xin zhi san lian shu dian, 1978 nian.",
        ),
        # a gloss in brackets, then a Latin comma before a year: spaced as the Chinese comma is
        (
            "尤金(Юдин, П.Ф.),1953年至1959年任苏联驻华大使。",
            "Youjin (Юдин, П.Ф.), 1953 nian zhi 1959 nian ren Sulian zhu Hua dashi.",
            None,
        ),
        ("数目是1,000人。", "Shumu shi 1,000 ren.", None),  # a figure's comma stays
        # a translator's name the HMM cut short before 等 and the role
        (
            "赫鲁晓夫回忆录 / [苏]赫鲁晓夫著 ; 张岱云等译",
            "Heluxiaofu huiyilu / [Su] Heluxiaofu zhu ; Zhang Daiyun deng yi",
            "Heluxiaofu hui yi lu / [Su] Heluxiaofu zhu ; Zhang Daiyun deng yi",
        ),
        # a foreign leader's works jieba holds as one name: the name, then the words
        ("列宁全集", "Liening quanji", "Liening quan ji"),
        # a foreign name's dot inside a body's name stays a space
        ("帕特里斯·卢蒙巴人民友谊大学", "Patelisi Lumengba Renmin Youyi Daxue", None),
    ],
)
def test_dots_in_authors_and_publishers_names(text, expected, catalog):
    assert py(text) == expected
    if catalog is not None:
        assert bukva.romanize(text, lang="zh", system="ala-lc") == catalog
