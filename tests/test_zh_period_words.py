"""Chinese of the Sino-Soviet period in GB/T 16159 pinyin: foreign names in characters that jieba
cuts into words of its own, Latin initials between a foreign name's dotted parts, an author's
name before a reference's colon, and words jieba's dictionary holds with a particle or a unit's
character glued on (静静的, 组组长, 俄国 | 界)."""

from __future__ import annotations

from functools import partial

import pytest

import bukva

py = partial(bukva.romanize, lang="zh", system="pinyin")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a found name taken over a bound morpheme (扬 vg) or a one-character name (连 nr) and
        # the names jieba cut beside it, where the whole spells a Russian name by the standard
        # table: Несмеянов, Лаврентьев, Андриян
        (
            "苏联科学院院长涅斯米扬诺夫访问了中国。",
            "Sulian Kexueyuan yuanzhang Niesimiyangnuofu fangwenle Zhongguo.",
        ),
        (
            "拉夫连季耶夫曾任苏联驻华科学顾问。",
            "Lafulianjiyefu ceng ren Sulian zhu Hua kexue guwen.",
        ),
        ("安德里扬·格里戈里耶维奇·尼古拉耶夫", "Andeliyang Geligeliyeweiqi Nigulayefu"),
        # a free verb between two names is no part of either (斯大林派科瓦廖夫: Stalin sent Kovalev)
        ("斯大林派科瓦廖夫到中国。", "Sidalin pai Kewaliaofu dao Zhongguo."),
    ],
)
def test_a_foreign_name_jieba_cut_into_names_is_one_word(text, expected):
    assert py(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "[美]约翰·W.加弗:《中美关系与台湾问题》。",
            '[Mei] Yuehan W. Jiafu: "Zhong-Mei guanxi yu Taiwan wenti".',
        ),
        ("约翰·F·肯尼迪", "Yuehan F. Kennidi"),
        ("约翰·F.肯尼迪遇刺。", "Yuehan F. Kennidi yuci."),
        # a place of transcription's characters after the dot is the name's part (Kennan)
        ("乔治·凯南", "Qiaozhi Kainan"),
        # items stay items
        ("诗·词·曲", "shi, ci, qu"),
    ],
)
def test_a_latin_initial_between_dotted_parts_is_written_as_the_initial(text, expected):
    assert py(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "张盛发:《斯大林与冷战》,北京:中国社会科学出版社,2000年。",
            'Zhang Shengfa: "Sidalin yu lengzhan", Beijing: Zhongguo Shehui Kexue Chubanshe, '
            "2000 nian.",
        ),
        ("1. 张盛发:《斯大林与冷战》", '1. Zhang Shengfa: "Sidalin yu lengzhan"'),
        # a verb of saying before the colon is the sentence's
        ("张盛说:我们走吧。", "Zhang Sheng shuo: women zou ba."),
        ("他对张盛说:好。", "Ta dui Zhang Sheng shuo: hao."),
    ],
)
def test_an_author_before_a_references_colon_keeps_the_whole_given_name(text, expected):
    assert py(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the structural particle apart from a state word jieba holds with it
        (
            "草婴翻译了肖洛霍夫的《静静的顿河》。",
            'Caoying fanyile Xiaoluohuofu de "Jingjing de Dun He".',
        ),
        ("他静静的坐着。", "Ta jingjing de zuozhe."),
        # a unit's character glued to its head in a word jieba all but never met
        (
            "阎明复担任过中共中央办公厅翻译组组长。",
            "Yan Mingfu danrenguo Zhonggong Zhongyang Bangongting fanyizu zuzhang.",
        ),
        ("第三团团长", "di-san tuan tuanzhang"),
        # a country pair before 国界 (jieba: 中 | 俄国 | 界)
        (
            "2004年,中俄签订《中俄国界东段补充协定》。",
            '2004 nian, Zhong-E qianding "Zhong-E Guojie Dongduan Buchong Xieding".',
        ),
        ("中俄国境线长达4300公里。", "Zhong-E guojingxian changda 4300 gongli."),
        ("中苏联合舰队", "Zhong-Su lianhe jiandui"),
    ],
)
def test_words_jieba_glued_to_a_particle_a_unit_or_a_country(text, expected):
    assert py(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 第 with no number after it ends a foreign name (Palladius); an ordinal stays one
        (
            "巴拉第是俄国东正教驻北京传教士团的修士大司祭。",
            "Baladi shi Eguo dongzhengjiao zhu Beijing chuanjiaoshi tuan de xiushi da siji.",
        ),
        ("克拉第一次来中国。", "Kela di-yi ci lai Zhongguo."),
        # a street's generic after a foreign name is the street's (Kitaiskaia ulitsa)
        (
            "哈尔滨的中央大街原名基塔伊斯卡亚街。",
            "Ha'erbin de Zhongyang Dajie yuanming Jitayisikaya Jie.",
        ),
        ("他从伊尔库茨克路过北京。", "Ta cong Yi'erkucike luguo Beijing."),
        # a word that names the name is the sentence's, no word of the body's name
        (
            "哈尔滨工业大学原名哈尔滨中俄工业学校。",
            "Ha'erbin Gongye Daxue yuanming Ha'erbin Zhong-E Gongye Xuexiao.",
        ),
        ("中国共产党简称中共。", "Zhongguo Gongchandang jiancheng Zhonggong."),
    ],
)
def test_a_names_last_character_its_street_and_what_it_is_called(text, expected):
    assert py(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an LC name read across two common words jieba found is none (全民 | 国家, no 民国)
        ('苏共提出"全民国家"的理论。', 'Sugong tichu "quanmin guojia" de lilun.'),
        ("青海湖北部", "Qinghai Hu beibu"),
        ("中華民國", "Zhonghua Minguo"),
        # two countries' syllables name an event as one country does
        ("1956年的波匈事件", "1956 nian de Bo-Xiong Shijian"),
        ("匈牙利事件", "Xiongyali Shijian"),
    ],
)
def test_a_name_across_two_words_and_an_event_of_two_countries(text, expected):
    assert py(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a patronymic jieba cut into a place and a name, between two dots, is one part
        ("尼古拉·亚历山德罗维奇·布尔加宁", "Nigula Yalishandeluoweiqi Bu'erjianing"),
        (
            "尼基塔·谢尔盖耶维奇·赫鲁晓夫(1894—1971)",
            "Nijita Xie'ergaiyeweiqi Heluxiaofu (1894-1971)",
        ),
        # a place after the dot is the name's last part (Washington)
        ("乔治·华盛顿", "Qiaozhi Huashengdun"),
    ],
)
def test_a_place_jieba_found_inside_a_dotted_name_is_the_names_part(text, expected):
    assert py(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a country's Red Cross is a body's name; the standard's word alone stays a word
        ("苏联红十字会代表团访华。", "Sulian Hongshizihui Daibiaotuan fang Hua."),
        ("他参加了红十字会。", "Ta canjiale hongshizihui."),
        # 部 after a field jieba tags a body (社会科学 nt) is that division's
        ("中国科学院哲学社会科学部", "Zhongguo Kexueyuan Zhexue Shehui Kexuebu"),
    ],
)
def test_a_countrys_red_cross_and_a_division_of_the_academy(text, expected):
    assert py(text) == expected


def test_taiwans_form_of_sholokhov_is_the_gazetteers_person():
    assert py("蕭洛霍夫的小說") == "Xiaoluohuofu de xiaoshuo"
    assert bukva.match("蕭洛霍夫", "Sholokhov").same


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 藏 after a holder in quotation marks is "held by" (cáng), as after one without
        (
            '台北"国史馆"藏,蒋中正总统文物。',
            'Taibei "Guoshiguan" cang, Jiang Zhongzheng zongtong wenwu.',
        ),
        ("中央档案馆藏", "Zhongyang Dang'anguan cang"),
        # a book's index: a foreign surname, a comma and initials in characters
        ("斯大林,约·维(Сталин, И.В.) 3,15,22", "Sidalin, Yue Wei (Сталин, И.В.) 3,15,22"),
        ("北京,诗·词·曲", "Beijing, shi, ci, qu"),
    ],
)
def test_an_archives_holding_and_an_index_entry(text, expected):
    assert py(text) == expected


def test_a_foreign_name_in_characters_alone_is_read_whole():
    assert bukva.identify("巴拉第").pinyin == "Baladi"
    assert bukva.identify("涅斯米扬诺夫").pinyin == "Niesimiyangnuofu"
    assert bukva.match("拉夫连季耶夫", "Lavrentiev").same


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a protocol or a convention named is a document's name, as a treaty is; alone, a word
        (
            "1864年中俄签订《勘分西北界约记》和《塔城议定书》。",
            '1864 nian Zhong-E qianding "Kan fen Xibei jieyue ji" he "Tacheng Yidingshu".',
        ),
        ("这项议定书很重要。", "Zhe xiang yidingshu hen zhongyao."),
        ("他们签订了议定书。", "Tamen qiandingle yidingshu."),
        # a place the gazetteer holds and its generic, no foreign person and a word
        (
            "堪察加半岛位于鄂霍次克海和白令海之间。",
            "Kanchajia Bandao weiyu Ehuocike Hai he Bailing Hai zhijian.",
        ),
        ("列宁全集", "Liening quanji"),
    ],
)
def test_a_protocol_named_and_a_foreign_peninsula(text, expected):
    assert py(text) == expected


@pytest.mark.parametrize("system", ["pinyin", "ala-lc", "wade-giles"])
@pytest.mark.parametrize(
    "text", ["0. 、、”Z北A)（Z.”约）约》斯", "》夫京F（ ·；3长夫.的巴长组”·”\nA基夫0“"]
)
def test_spans_tile_the_output_where_a_space_before_punctuation_is_dropped(text, system):
    detailed = bukva.transliterate(text, lang="zh", system=system)
    pieces = [detailed.text[s.output_start : s.output_end] for s in detailed.spans]
    assert "".join(pieces) == detailed.text == bukva.romanize(text, lang="zh", system=system)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the Chinese Eastern Railway's stations: a list of places whose other items no
        # dictionary knows are places too, each one word
        (
            "中东铁路西起满洲里,经海拉尔、博克图、昂昂溪、哈尔滨、横道河子、一面坡。",
            "Zhongdong Tielu xiqi Manzhouli, jing Haila'er, Boketu, Ang'angxi, Ha'erbin, "
            "Hengdaohezi, Yimianpo.",
        ),
        # a list with a common word among its items is no list of places
        ("他去过北京、上海、农村、工厂。", "Ta quguo Beijing, Shanghai, nongcun, gongchang."),
        ("斯大林、莫洛托夫、米高扬出席了会议。", "Sidalin, Moluotuofu, Migaoyang chuxile huiyi."),
    ],
)
def test_an_unknown_item_of_a_list_of_places_is_a_place(text, expected):
    assert py(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 东至 "east to" before a place; the county of that name stays one
        ("中东铁路西起满洲里,东至绥芬河。", "Zhongdong Tielu xiqi Manzhouli, dong zhi Suifen He."),
        ("东至县位于安徽省。", "Dongzhi Xian weiyu Anhui Sheng."),
    ],
)
def test_a_direction_and_to_before_a_place(text, expected):
    assert py(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an adverb or a modal verb jieba lists with a common word, a word it all but never met
        (
            '斯大林问:"你们需要什么?"毛泽东说:"要好看的,也要好吃的。"',
            'Sidalin wen: "Nimen xuyao shenme?" Mao Zedong shuo: '
            '"Yao haokan de, ye yao haochi de."',
        ),
        ("这样做没道理。", "Zheyang zuo mei daoli."),
        # 再 "re-" of a noun stays its prefix
        ("再结晶温度", "zaijiejing wendu"),
    ],
)
def test_an_adverb_jieba_glued_to_a_common_word(text, expected):
    assert py(text) == expected


def test_a_catalog_keeps_a_streets_generic_after_a_foreign_name_as_it_had_it():
    text = "哈尔滨的中央大街原名基塔伊斯卡亚街。"
    assert bukva.romanize(text, lang="zh", system="ala-lc").endswith("Jitayisikaya jie.")
    assert py(text).endswith("Jitayisikaya Jie.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Latin comma glued after a title's closing mark, before a date: spaced, as after a word
        (
            "《毛泽东与斯大林的会谈记录》,1949年12月16日。",
            '"Mao Zedong yu Sidalin de huitan jilu", 1949 nian 12 yue 16 ri.',
        ),
        ("《人民日报》,1950年2月15日。", '"Renmin Ribao", 1950 nian 2 yue 15 ri.'),
    ],
)
def test_a_latin_comma_after_a_title_is_spaced(text, expected):
    assert py(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name jieba lists but all but never met (苏达 ns, 3 times) before a found name, no
        # Russian name the lexicon holds: the whole one name where its characters weigh as one
        ("苏达里科夫曾任苏联驻华使馆参赞。", "Sudalikefu ceng ren Sulian Zhu Hua Shiguan canzan."),
        ("埃拉伽巴路斯当然认识到了威胁。", "Ailajiabalusi dangran renshi daole weixie."),
    ],
)
def test_a_rare_name_jieba_lists_beside_a_found_name(text, expected):
    assert py(text) == expected


def test_a_conjunction_jieba_glued_into_a_rare_name_is_not_read_into_the_name_beside_it():
    # 皮拉缪斯和忒斯彼 (Pyramus and Thisbe): jieba lists 斯和忒; 和 stays "and"
    assert "Pilamiusi " in py("其中一个是皮拉缪斯和忒斯彼的故事。")
