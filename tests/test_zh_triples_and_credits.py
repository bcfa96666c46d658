"""Three countries by their syllables, a model's name after a verb, a verb of going before a
body, a Russian surname before 任, an author before a colon and a title, bodies counted or
numbered, and a conjunction inside a body's name in catalogs (GB/T 16159-2012; LC's guidelines
where catalogs differ)."""

import pytest

import bukva


def _pinyin(text: str) -> str:
    return bukva.romanize(text, lang="zh", system="pinyin")


def _lc(text: str) -> str:
    return bukva.romanize(text, lang="zh", system="ala-lc")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # three countries, whatever jieba cut of them (中美 | 苏三国, 中日韩 ns, 中俄 | 印):
        # capitalized and joined by hyphens as a pair is (6.3.3)
        ("中美苏三国", "Zhong-Mei-Su sanguo"),
        ("他说中美苏三国", "Ta shuo Zhong-Mei-Su sanguo"),
        ("中日韩三国", "Zhong-Ri-Han sanguo"),
        ("中日韩自由贸易区", "Zhong-Ri-Han Ziyou Maoyiqu"),
        (
            "普里马科夫提出建立中俄印战略三角。",
            "Pulimakefu tichu jianli Zhong-E-Yin zhanlüe sanjiao.",
        ),
        ("美英法三国外长", "Mei-Ying-Fa sanguo waizhang"),
        ("美英法联军", "Mei-Ying-Fa lianjun"),
        ("日美英", "Ri-Mei-Ying"),
        # 三边 "trilateral" after them: no place (Shaanxi's Sanbian)
        ("中美日三边关系", "Zhong-Mei-Ri sanbian guanxi"),
        # as before: a pair and a third country jieba cut apart
        ("中美苏三角关系", "Zhong-Mei-Su sanjiao guanxi"),
        ("中苏日三国关系", "Zhong-Su-Ri sanguo guanxi"),
    ],
)
def test_three_countries(text, expected):
    assert _pinyin(text) == expected


def test_three_countries_only_where_three_stand():
    # a word of two country syllables stays a word (中华, 美德: no pair)
    assert _pinyin("中华美德") == "Zhonghua Meide"
    # four country syllables are left as they were (德意日法 | 西斯)
    assert "Zhong-" not in _pinyin("德意日法西斯")


def test_three_countries_in_catalogs():
    assert _lc("中美苏三国") == "Zhong Mei Su san guo"
    assert _lc("日美英") == "Ri Mei Ying"
    assert _lc("中美日三边关系") == "Zhong Mei Ri san bian guan xi"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb jieba glued to a model named by one character (乘图 | -104)
        ("毛泽东乘图-104飞机抵达莫斯科。", "Mao Zedong cheng Tu-104 feiji dida Mosike."),
        ("他们乘坐图-104飞机。", "Tamen chengzuo Tu-104 feiji."),
        ("空军装备了歼-6和轰-5。", "Kongjun zhuangbeile Jian-6 he Hong-5."),
        # an isotope stays an element's
        ("铀-235", "you-235"),
    ],
)
def test_models_after_verbs(text, expected):
    assert _pinyin(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 往 "to go to" (zg to jieba) and the like before a body: the sentence's verb
        (
            "毛泽东亲往苏联驻华大使馆吊唁。",
            "Mao Zedong qin wang Sulian Zhu Hua Dashiguan diaoyan.",
        ),
        ("刘少奇亲赴苏联驻华大使馆吊唁。", "Liu Shaoqi qinfu Sulian Zhu Hua Dashiguan diaoyan."),
        # 任 "served as" at the head of a word jieba's HMM made after a Russian surname
        (
            "苏联红军进入东北后，马利诺夫斯基任后贝加尔方面军司令。",
            "Sulian Hongjun jinru Dongbei hou, Malinuofusiji ren Houbeijia'er Fangmianjun siling.",
        ),
        ("华西列夫斯基任远东军总司令。", "Huaxiliefusiji ren Yuandong jun zongsiling."),
    ],
)
def test_verbs_before_bodies_and_after_names(text, expected):
    assert _pinyin(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an author before a colon and a title's mark, the given name a word (百家 m)
        (
            "章百家：《改变自己、影响世界》，《中共党史研究》2002年第1期。",
            'Zhang Baijia: "Gaibian ziji, yingxiang shijie", "Zhonggong Dangshi Yanjiu" 2002 nian'
            " di 1 qi.",
        ),
        ("章百家著", "Zhang Baijia zhu"),
        # a name jieba holds whole is read as it reads it: 高尔基 Gorky, no surname Gao
        ("高尔基著", "Gao'erji zhu"),
        ("高尔基：《母亲》", 'Gao\'erji: "Muqin"'),
        # a place or a word before the colon stays what it was
        ("张家口：《晋察冀日报》", 'Zhangjiakou: "Jinchaji Ribao"'),
        ("原文：《人民日报》", 'yuanwen: "Renmin Ribao"'),
    ],
)
def test_authors_before_titles(text, expected):
    assert _pinyin(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a kind of body counted: no name (四个 | 合营 | 公司)
        (
            "苏方同意将四个合营公司的苏联股份移交中国。",
            "Sufang tongyi jiang si ge heying gongsi de Sulian gufen yijiao Zhongguo.",
        ),
        ("两个中国科学院研究所", "liang ge Zhongguo Kexueyuan Yanjiusuo"),
        # a body's headquarters is no body
        (
            "中苏有色及稀有金属股份公司总部设在乌鲁木齐。",
            "Zhong-Su Youse ji Xiyou Jinshu Gufen Gongsi zongbu shezai Wulumuqi.",
        ),
        # a body numbered after the body it belongs to
        (
            "中共中央党史研究室第一研究部编：",
            "Zhonggong Zhongyang Dangshi Yanjiushi Di-yi Yanjiubu bian:",
        ),
        # a publisher named a supply agency
        ("台北：中央文物供应社，1956年。", "Taibei: Zhongyang Wenwu Gongyingshe, 1956 nian."),
        ("他在供应社工作。", "Ta zai gongying she gongzuo."),
    ],
)
def test_bodies_counted_numbered_and_named(text, expected):
    assert _pinyin(text) == expected


def test_a_conjunction_inside_a_body_in_catalogs():
    # LC capitalizes a body's first word only: no capital after 及 inside the name
    assert _lc("中苏有色及稀有金属股份公司") == "Zhong Su you se ji xi you jin shu gu fen gong si"
    assert _lc("新疆有色及稀有金属公司") == "Xinjiang you se ji xi you jin shu gong si"


def test_places_of_the_period_by_every_name():
    # 庙街, the old Chinese name of Nikolaevsk-on-Amur (the incident of 1920)
    m = bukva.match("Nikolaevsk", "庙街")
    assert m.same and "Николаевск-на-Амуре" in m.reason
    assert bukva.match("Nikolayevsk-on-Amur", "尼古拉耶夫斯克").same
    # Alma-Ata, Almaty and 阿拉木图 are one city
    assert bukva.match("Alma-Ata", "阿拉木图").same
    assert bukva.match("Almaty", "Алма-Ата").same
    assert bukva.match("Алматы", "阿拉木图").same
    # and no other city
    assert not bukva.match("Alma-Ata", "塔什干").same


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 曾 alone before a verb is the adverb céng, "once" (the network read zēng here)
        ("他曾率领代表团访华。", "Ta ceng shuailing daibiaotuan fang Hua."),
        ("华西列夫斯基曾率领代表团访华。", "Huaxiliefusiji ceng shuailing daibiaotuan fang Hua."),
        # a "person" jieba all but never met, of 曾, a verb and a common word's first character
        (
            "苏联元帅华西列夫斯基曾率军事代表团访华。",
            "Sulian yuanshuai Huaxiliefusiji ceng shuai junshi daibiaotuan fang Hua.",
        ),
        ("毛泽东曾率军队", "Mao Zedong ceng shuai jundui"),
        # the surname stays Zēng before a title and in a name CC-CEDICT holds
        ("曾先生说", "Zeng xiansheng shuo"),
        ("曾国藩", "Zeng Guofan"),
    ],
)
def test_ceng_once_and_zeng_the_surname(text, expected):
    assert _pinyin(text) == expected


def test_han_beside_latin_letters_is_read():
    # a Han character glued to a Latin letter (阿Q) is read, the letter kept
    assert _pinyin("鲁迅的《阿Q正传》") == 'Lu Xun de "A Q zhengzhuan"'
    assert _lc("《阿Q正传》") == '"A Q zheng zhuan"'
    assert _pinyin("X光") == "X guang"


def test_a_space_after_a_bracketed_country_before_initials():
    # ［俄］ written [E], then the author's Latin initials apart, as after [俄]
    assert _pinyin("［俄］A.M.列多夫斯基") == "[E] A.M. Lieduofusiji"
    assert _pinyin("[俄]A.M.列多夫斯基") == "[E] A.M. Lieduofusiji"
    assert _lc("［苏］B.H.罗申著") == "[Su] B.H. Luoshen zhu"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a statement named for a place, or a joint one, is a document's name (6.3.2)
        (
            "莫斯科宣言和莫斯科声明是国际共产主义运动的纲领性文件。",
            "Mosike Xuanyan he Mosike Shengming shi guoji gongchanzhuyi yundong de ganglingxing"
            " wenjian.",
        ),
        ("中苏联合声明", "Zhong-Su Lianhe Shengming"),
        # 声明 the verb, or a statement of no place's, stays a word
        (
            "中国政府声明：台湾是中国领土。",
            "Zhongguo Zhengfu shengming: Taiwan shi Zhongguo lingtu.",
        ),
        ("苏联政府发表声明。", "Sulian Zhengfu fabiao shengming."),
        ("1983年11月26日，教宗发出声明。", "1983 nian 11 yue 26 ri, jiaozong fachu shengming."),
        # countries counted and their parties: 国党 of jieba's is 国 | 党
        (
            "1960年11月，八十一国党的代表会议在莫斯科召开。",
            "1960 nian 11 yue, bashiyi guo dang de daibiao huiyi zai Mosike zhaokai.",
        ),
        ("两国党的关系", "Liangguo dang de guanxi"),
        # a phrase of two nouns and 和 that jieba lists but all but never met
        ("两国党和政府", "Liangguo dang he zhengfu"),
        ("党和国家领导人", "Dang he guojia lingdaoren"),
        ("中国党和人民", "Zhongguo dang he renmin"),
        # 和 in a word of its own stays (和平, 共和国)
        ("和平与发展", "Heping yu fazhan"),
    ],
)
def test_statements_parties_counted_and_phrases_with_he(text, expected):
    assert _pinyin(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a document determined or criticised is no document's name
        (
            "赫鲁晓夫称这一补充协定是斯大林强加给中国的。",
            "Heluxiaofu cheng zhe yi buchong xieding shi Sidalin qiangjia gei Zhongguo de.",
        ),
        ("这一条约", "Zhe yi tiaoyue"),
        (
            "2004年10月，中俄签订《中俄国界东段补充协定》。",
            '2004 nian 10 yue, Zhong-E qianding "Zhong-E Guojie Dongduan Buchong Xieding".',
        ),
        # a word jieba all but never met whose first character ends the word before it
        (
            "苏联专家在中国工作的人数最多时达到一千多人。",
            "Sulian zhuanjia zai Zhongguo gongzuo de renshu zuiduo shi dadao yiqian duo ren.",
        ),
    ],
)
def test_documents_determined_and_words_regrouped(text, expected):
    assert _pinyin(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name jieba lists all but never met whose last character begins a common word
        # (史丹佛大 | 学, nz 3 times: Stanford University)
        ("史丹佛大學胡佛研究所", "Shidanfo Daxue Hufo Yanjiusuo"),
        # a learned society after a proper name; alone, a word
        ("哈佛大學燕京學社", "Hafo Daxue Yanjing Xueshe"),
        ("中国营造学社", "Zhongguo Yingzao Xueshe"),
        ("这个学社", "Zhege xueshe"),
        ("九三学社", "Jiusan Xueshe"),
    ],
)
def test_universities_and_societies(text, expected):
    assert _pinyin(text) == expected


def test_a_society_in_a_catalog_stays_lc_s():
    # catalogs read no 学社 ending: LC capitalizes no such word inside a sentence
    assert _lc("这个文学社") == "zhe ge wen xue she"


def test_kinds_and_counted_names_are_words():
    # 人民公社 (nt to jieba) alone is the kind, communes; one a place names is a name
    assert _pinyin("他们成立了人民公社。") == "Tamen chenglile renmin gongshe."
    assert _pinyin("红星人民公社") == "Hongxing Renmin Gongshe"
    # a name's word counted inside a compound: 三面 | 红旗, "three red banners"
    assert _pinyin("高举三面红旗") == "Gaoju sanmian hongqi"


def test_others_after_a_credited_name_and_then_after_a_clause():
    # 等 "and others" after a name of two characters, before the role: no given name Kedeng
    assert "Niu Ke deng yi" in _pinyin("［挪］文安立：《全球冷战》，牛可等译，2012年。")
    assert _pinyin("张岱云等译") == "Zhang Daiyun deng yi"
    # 后 "after" closing a clause, then the verb (后写 jieba's, 43 times); 后退, 后悔 stay
    assert _pinyin("艾青访问苏联后写了诗集。") == "Ai Qing fangwen Sulian hou xiele shiji."
    assert _pinyin("军队后退了。") == "Jundui houtui le."


def test_a_government_of_a_level_only_is_a_word():
    # 省政府 with no place before it: "the provincial government", no body's name
    assert _pinyin("他在省政府工作。") == "Ta zai shengzhengfu gongzuo."
    assert _pinyin("但市政府有权") == "Dan shizhengfu youquan"
    # a place before it names the body (as before)
    assert _pinyin("新疆省政府主席") == "Xinjiang Sheng Zhengfu zhuxi"
    assert _pinyin("北京市政府") == "Beijing Shi Zhengfu"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a surname and a title in 总 (6.3.1.4: the title in lower case)
        ("彭总在庐山会议上受到批判。", "Peng zong zai Lushan Huiyi shang shoudao pipan."),
        ("陈老总率团出访。", "Chen laozong shuaituan chufang."),
        ("刘主席和朱总司令出席了宴会。", "Liu zhuxi he Zhu zongsiling chuxile yanhui."),
        ("王氏", "Wang shi"),
        # 党 before 总书记 is the party, no surname
        ("习近平的党总书记任期", "Xi Jinping de dang zongshuji renqi"),
        # a battle of defence named for its place (an event's name, 6.3.2)
        ("斯大林格勒保卫战", "Sidalingele Baoweizhan"),
        ("一场保卫战", "yi chang baoweizhan"),
    ],
)
def test_chiefs_titles_and_battles(text, expected):
    assert _pinyin(text) == expected


def test_a_rare_place_of_two_common_words_is_a_phrase():
    # 热烈庆祝 (ns to jieba, 3 times): "warmly celebrate", and no treaty's word
    assert _pinyin("全国各地热烈庆祝中苏友好同盟互助条约签订五周年") == (
        "Quanguo ge di relie qingzhu Zhong-Su Youhao Tongmeng Huzhu Tiaoyue qianding wu zhounian"
    )


def test_a_measure_word_after_a_figure():
    # 次列车 (jieba's, 3 times) after a train's number: the measure word, then the noun
    assert _pinyin("K3次列车经二连浩特") == "K3 ci lieche jing Erlianhaote"
    assert _pinyin("3次列车") == "3 ci lieche"
    assert _pinyin("在前128个字符") == "Zai qian 128 ge zifu"
    # a word met often stays (第五 | 集团军)
    assert _pinyin("第二次世界大战") == "Di-er Ci Shijie Dazhan"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a phrase of nouns an acronym in brackets glosses: a proper name (6.3.2)
        (
            "冷战国际史项目（CWIHP）公布了大量档案。",
            "Lengzhan Guojishi Xiangmu (CWIHP) gongbule daliang dang'an.",
        ),
        ("美国的冷战国际史项目(CWIHP)", "Meiguo de Lengzhan Guojishi Xiangmu (CWIHP)"),
        ("他研究冷战国际史项目（CWIHP）", "Ta yanjiu Lengzhan Guojishi Xiangmu (CWIHP)"),
        # one word before an acronym, or no acronym: as before
        ("他研究冷战（CW）", "Ta yanjiu lengzhan (CW)"),
        ("威尔逊中心（Woodrow Wilson Center）", "Wei'erxun zhongxin (Woodrow Wilson Center)"),
    ],
)
def test_names_an_acronym_glosses(text, expected):
    assert _pinyin(text) == expected


def test_an_acronym_leaves_catalogs_alone():
    assert _lc("冷战国际史项目（CWIHP）") == "leng zhan guo ji shi xiang mu (CWIHP)"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a craft named with its number: one proper name, each word capitalized (6.3.2)
        (
            "加加林乘东方一号飞船进入太空。",
            "Jiajialin cheng Dongfang Yi Hao feichuan jinru taikong.",
        ),
        ("东方红一号卫星", "Dongfanghong Yi Hao weixing"),
        ("长征二号火箭", "Changzheng Er Hao huojian"),
        # a numbered document is no craft
        ("一号文件", "yi hao wenjian"),
    ],
)
def test_crafts_named_with_their_numbers(text, expected):
    assert _pinyin(text) == expected


def test_a_foreigners_chinese_name_after_the_nationality():
    # ［挪］文安 | 立 (jieba's county Wen'an and a verb): Westad's Chinese name, Wen Anli
    assert _pinyin("［挪］文安立：《全球冷战》") == '[Nuo] Wen Anli: "Quanqiu lengzhan"'
    # a transcription stays one word; a Chinese author stays Chinese
    assert _pinyin("［俄］卡皮察：《中苏关系》") == '[E] Kapicha: "Zhong-Su guanxi"'
    assert _pinyin("［中］王明：《书》") == '[Zhong] Wang Ming: "Shu"'


def test_flying_by_an_airline():
    # 乘坐 "flew by" before a company's name is the sentence's verb, no word of the name
    assert _pinyin("他乘坐东方航空公司的班机。") == "Ta chengzuo Dongfang Hangkong Gongsi de banji."


def test_four_countries():
    # 美英法苏: the four powers, two pairs joined (6.3.3); 四国 after them "four countries"
    assert _pinyin("美英法苏四国外长会议") == "Mei-Ying-Fa-Su siguo waizhang huiyi"
    assert _pinyin("中美英苏四国") == "Zhong-Mei-Ying-Su siguo"
    # catalogs: each country capitalized (四国 there is still CC-CEDICT's Shikoku: left alone)
    assert _lc("美英法苏四国").startswith("Mei Ying Fa Su ")
