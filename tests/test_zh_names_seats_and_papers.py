"""Foreign names whose run meets a rare word or an adverb, a country between 以 and 为, a
province's government and committee, papers in 学报 and 报, LC's names inside common words,
and 什 in names (GB/T 16159-2012; catalogs where they differ)."""

import pytest

import bukva


def _pinyin(text: str) -> str:
    return bukva.romanize(text, lang="zh", system="pinyin")


def _lc(text: str) -> str:
    return bukva.romanize(text, lang="zh", system="ala-lc")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a run of a name's characters comes into a word jieba's corpus all but never met
        # (可夫 27 times, from 人尽可夫; 扎布; 普利 of Nafplio): one foreign name
        ("苏联驻华大使馆参赞苏达利可夫", "Sulian Zhu Hua Dashiguan canzan Sudalikefu"),
        ("苏联顾问达利可夫", "Sulian guwen Dalikefu"),
        ("韩罗扎布生于喀喇沁中旗。", "Hanluozhabu shengyu Kalaqin Zhongqi."),
        ("纳夫普利翁城", "Nafupuliweng Cheng"),
        ("1399年，亚德维加去世。", "1399 nian, Yadeweijia qushi."),
        # an adverb and a verb the dictionary lists after a name: the name ends there
        ("奥布鲁切夫曾考察中国西北。", "Aobuluqiefu ceng kaocha Zhongguo Xibei."),
        ("彼得罗夫曾访问北京。", "Bideluofu ceng fangwen Beijing."),
    ],
)
def test_foreign_names_read_whole(text, expected):
    assert _pinyin(text) == expected


def test_a_common_word_after_a_name_stays_a_word():
    # 薄荷 "mint" (88 times) is a word of its own after 普列: no name runs into it
    assert "bohe" in _pinyin("这种草本植物与普列薄荷有很大联系。")
    # 乐团 "orchestra" after the Czech Philharmonic's 爱乐 (a person to jieba, 21 times)
    assert _pinyin("捷克爱乐乐团演奏电影配乐").endswith("Yuetuan yanzou dianying peiyue")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("以俄为师", "Yi E wei shi"),
        ("以苏为鉴", "Yi Su wei jian"),
        ("以苏为师，全面学习苏联经验。", "Yi Su wei shi, quanmian xuexi Sulian jingyan."),
        ("以美为首的帝国主义阵营", "Yi Mei weishou de diguozhuyi zhenying"),
        # no country in 以日为单位 "by the day" or 以法为准绳 "the law as the yardstick"
        ("以日为单位", "Yi ri wei danwei"),
    ],
)
def test_a_country_taken_as_a_model(text, expected):
    assert _pinyin(text) == expected


def test_a_country_taken_as_a_model_in_catalogs():
    assert _lc("以俄为师") == "yi E wei shi"
    assert _lc("以苏为鉴") == "yi Su wei jian"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a province's government jieba holds as one word after the place's name: the generic
        # and the government, as jieba cuts 湖南省 | 政府
        ("新疆省政府主席", "Xinjiang Sheng Zhengfu zhuxi"),
        ("湖南省政府", "Hunan Sheng Zhengfu"),
        # a province's party committee jieba joins to the post
        ("新疆省委书记王恩茂", "Xinjiang Shengwei shuji Wang Enmao"),
        ("广东省委书记", "Guangdong Shengwei shuji"),
        # no place before it: a common noun
        ("他是省委书记。", "Ta shi shengwei shuji."),
        # 代理 "acting as" takes a post: no part of the committee's name
        ("两度代理广东省委书记", "liangdu daili Guangdong Shengwei shuji"),
        ("两度代理凉城县委书记", "liangdu daili Liangcheng Xianwei shuji"),
    ],
)
def test_seats_and_committees(text, expected):
    assert _pinyin(text) == expected


def test_seats_in_catalogs():
    assert _lc("新疆省委书记王恩茂") == "Xinjiang sheng wei shu ji Wang Enmao"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 文 | 学报: a character alone (or no word) before 学报 begins a word in 学, and the
        # paper is a 报 (Literaturnaya gazeta, China Science Daily)
        ("《文学报》", '"Wenxue Bao"'),
        ("苏联《文学报》", 'Sulian "Wenxue Bao"'),
        ("《中国科学报》", '"Zhongguo Kexue Bao"'),
        ("《外国文学报》", '"Waiguo Wenxue Bao"'),
        # a word before 学报 "journal" keeps it
        ("《北京大学学报》", '"Beijing Daxue Xuebao"'),
        ("《历史学报》", '"Lishi Xuebao"'),
    ],
)
def test_papers_in_bao(text, expected):
    assert _pinyin(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 出海口 "an outlet to the sea" holds no 海口 (Haikou)
        ("图们江出海口问题", "Tumen Jiang chuhaikou wenti"),
        ("中国没有出海口。", "Zhongguo meiyou chuhaikou."),
        ("他去了海口。", "Ta qule Haikou."),
        # 大司马 "the grand marshal": no surname 司马 in it
        ("《大司马奏议》", '"Dasima zouyi"'),
    ],
)
def test_lc_names_inside_common_words(text, expected):
    assert _pinyin(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("阿什哈巴德", "Ashihabade"),
        ("土库曼斯坦首都阿什哈巴德", "Tukumansitan shoudu Ashihabade"),
        ("塔什干", "Tashigan"),
    ],
)
def test_shi_in_names(text, expected):
    assert _pinyin(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an adverb or a conjunction and 于 that jieba lists as one word but all but never met
        ("科瓦廖夫已于1950年初回国。", "Kewaliaofu yi yu 1950 nianchu huiguo."),
        ("他并于次年回国。", "Ta bing yu cinian huiguo."),
        # 终于 "at last" is a word
        ("他终于回国了。", "Ta zhongyu huiguo le."),
    ],
)
def test_adverb_and_yu_apart(text, expected):
    assert _pinyin(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a modal verb is the sentence's: no body's name runs back through it to the country
        (
            "周恩来对尤金说，中国不能接受联合舰队的建议。",
            "Zhou Enlai dui Youjin shuo, Zhongguo buneng jieshou lianhe jiandui de jianyi.",
        ),
        ("苏联必须撤出驻蒙古军队。", "Sulian bixu chechu zhu Menggu jundui."),
    ],
)
def test_modal_verbs_stop_a_body(text, expected):
    assert _pinyin(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a party or a ministry after countries counted or determined is theirs, no one body
        (
            "八十一国共产党和工人党代表会议在莫斯科举行。",
            "Bashiyi guo gongchandang he gongrendang daibiao huiyi zai Mosike juxing.",
        ),
        ("各国共产党", "ge guo gongchandang"),
        ("两国外交部发表联合公报。", "Liangguo waijiaobu fabiao lianhe gongbao."),
        # one country's party is named
        ("苏联共产党和中国共产党", "Sulian Gongchandang he Zhongguo Gongchandang"),
    ],
)
def test_bodies_of_many_countries(text, expected):
    assert _pinyin(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after a post, a name whose "given name" ends Russian surnames (-kov) is foreign
        ("苏联元帅朱可夫", "Sulian yuanshuai Zhukefu"),
        ("苏联元帅崔可夫", "Sulian yuanshuai Cuikefu"),
        # Chinese names after a post stay Chinese, 达夫 and 立夫 among them
        ("作家郁达夫", "zuojia Yu Dafu"),
        ("国民党中央组织部部长陈立夫", "Guomindang Zhongyang Zuzhibu buzhang Chen Lifu"),
        ("主任江华", "zhuren Jiang Hua"),
    ],
)
def test_foreign_names_after_a_post(text, expected):
    assert _pinyin(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a country's syllable and 侨, 裔 or 籍 (a person or a body to jieba): a word whose
        # syllable is capitalized, as 苏方 and 苏军 are
        (
            "苏侨在哈尔滨开办了许多学校和教堂。",
            "Suqiao zai Ha'erbin kaibanle xuduo xuexiao he jiaotang.",
        ),
        ("1950年代，大批苏侨返回苏联。", "1950 niandai, dapi Suqiao fanhui Sulian."),
        ("华裔学者", "Huayi xuezhe"),
        # 其中 | 华裔: no 中华 read across the two words
        ("其中华裔集中在城区。", "Qizhong Huayi jizhong zai chengqu."),
        ("中华民族", "Zhonghua minzu"),
    ],
)
def test_nationals_abroad(text, expected):
    assert _pinyin(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 马列 "Marx and Lenin" inside a word jieba holds whole, as in 马列主义
        ("学习马列著作", "Xuexi Ma-Lie zhuzuo"),
        ("马列主义", "Ma-Lie zhuyi"),
    ],
)
def test_marx_lenin_inside_a_word(text, expected):
    assert _pinyin(text) == expected


def test_a_country_after_accusing():
    # 控苏案, the Republic of China's case against the USSR at the UN: 控 "to accuse" and 苏
    assert _pinyin("控蘇案") == "Kong Su an"
    assert _lc("控蘇案") == "kong Su an"


def test_a_hill_of_the_period_in_the_gazetteer():
    # 张鼓峰 (the 1938 battle of Lake Khasan) is a hill, no person Zhang Gufeng
    assert _pinyin("张鼓峰事件") == "Zhanggufeng Shijian"
    assert bukva.match("Changkufeng", "张鼓峰").same
    assert bukva.match("Заозёрная", "Zhanggufeng").same


def test_the_trading_town_across_from_kyakhta():
    # 买卖城 (Maimaicheng, Маймачен): one place, no "buy and sell" and a city
    assert _pinyin("他到了买卖城。") == "Ta daole Maimaicheng."
    assert bukva.match("Maimachen", "買賣城").same


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a brand's name before 牌 and the goods, unquoted, as it is in quotation marks
        (
            "长春第一汽车制造厂于1956年7月生产出第一辆解放牌汽车。",
            "Changchun Di-yi Qiche Zhizaochang yu 1956 nian 7 yue shengchan chu di-yi liang "
            "Jiefang pai qiche.",
        ),
        ("永久牌自行车", "Yongjiu pai zixingche"),
        ("红旗牌轿车", "Hongqi pai jiaoche"),
        ("“解放”牌汽车", '"Jiefang" pai qiche'),
        # a county's short name that is the verb before 和 and another verb
        (
            "根据协定，苏联帮助中国新建和改建91个工业项目。",
            "Genju xieding, Sulian bangzhu Zhongguo xinjian he gaijian 91 ge gongye xiangmu.",
        ),
        ("他去了新建县。", "Ta qule Xinjian Xian."),
    ],
)
def test_brands_and_a_county_that_is_a_verb(text, expected):
    assert _pinyin(text) == expected


def test_a_medal_is_no_brand():
    assert _pinyin("他得了金牌。").endswith(" jinpai.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a surname and a Russian surname's ending jieba cut apart (潘 | 佐夫): one foreign name
        ("［俄］潘佐夫著", "[E] Panzuofu zhu"),
        # a country in full-width brackets, as Chinese bibliographies mark an author's
        ("［苏］潘佐夫", "[Su] Panzuofu"),
        ("［英］潘佐夫", "[Ying] Panzuofu"),
        # 传 alone after a person's name, ending the title: zhuàn, "a life"
        ("《毛泽东传》", '"Mao Zedong zhuan"'),
        ("《鲁迅传》", '"Lu Xun zhuan"'),
        ("《列宁传》", '"Liening zhuan"'),
        ("毛泽东传达了中央的指示。", "Mao Zedong chuandale zhongyang de zhishi."),
        ("他把消息传给了毛泽东。", "Ta ba xiaoxi chuangeile Mao Zedong."),
    ],
)
def test_authors_and_lives(text, expected):
    assert _pinyin(text) == expected


def test_a_life_in_catalogs():
    assert _lc("毛泽东传") == "Mao Zedong zhuan"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after 原名 "formerly named", the words up to a building's or a body's ending are a name
        (
            "北京展览馆原名苏联展览馆，1954年建成。",
            "Beijing Zhanlanguan yuanming Sulian Zhanlanguan, 1954 nian jiancheng.",
        ),
        (
            "北京友谊医院原名北京苏联红十字医院。",
            "Beijing Youyi Yiyuan yuanming Beijing Sulian Hongshizi Yiyuan.",
        ),
        # without a naming word, a Soviet exhibition hall may be any
        ("苏联展览馆", "Sulian zhanlanguan"),
        # a person's former name stays a person's
        ("他原名李得胜。", "Ta yuanming Li Desheng."),
    ],
)
def test_former_names(text, expected):
    assert _pinyin(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an archive's centre after a proper name is a body's name; a city's centre is none
        ("俄罗斯当代史文献保管中心", "Eluosi Dangdaishi Wenxian Baoguan Zhongxin"),
        ("莫斯科市中心", "Mosike shizhongxin"),
        # 藏 "held in" after an archive's name: no Tibet, no part of the name that follows
        (
            "中央研究院近代史研究所档案馆藏外交部档案",
            "Zhongyang Yanjiuyuan Jindaishi Yanjiusuo Dang'anguan cang Waijiaobu dang'an",
        ),
    ],
)
def test_archives(text, expected):
    assert _pinyin(text) == expected


def test_new_progress_is_no_body():
    # 新进展 (a body to jieba, 3 times): "new progress", as 新政府 is "a new government"
    assert _pinyin("取得了新进展") == "Qudele xin jinzhan"
    assert _lc("研究的新进展") == "yan jiu de xin jin zhan"
