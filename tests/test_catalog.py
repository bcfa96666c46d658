"""Catalog romanization by MARC field (issue 10): each rule with examples of our own.

Expected forms follow LC's Chinese romanization guidelines, LCRI C.5C on numerals, LC's pinyin
conversion specifications for personal names, the ALA-LC Russian and Ukrainian tables and RDA
practice on the pre-1918 hard sign; the sources are cited where each rule is implemented
(data/marc-fields.toml, data/zh-catalog.toml, bukva/catalog/).
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from pymarc import Field, Record, Subfield

import bukva
from bukva.batch.verify import classify
from bukva.catalog import parse_marc_field, romanize_field
from bukva.catalog.cyrillic import initials_to_cyrillic, numerals_to_latin
from bukva.engine.registry import BukvaError


def zh(text: str, field: str) -> str:
    return bukva.romanize(text, lang="zh", marc_field=field)


# -- Chinese: capitals by field ------------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "text", "expected"),
    [
        ("245", "红楼梦研究", "Hong lou meng yan jiu"),  # the first word of a title
        ("250", "修订本", "Xiu ding ben"),  # an edition statement
        ("500", "据手稿影印", "Ju shou gao ying yin"),  # a note
        ("490", "文史资料丛书", "Wen shi zi liao cong shu"),  # a series
        # a publisher after " : " begins a part; the place is a name anyway
        ("260", "杭州 : 该社, 1990.", "Hangzhou : Gai she, 1990."),
        # each subordinate unit of a corporate heading after ". "
        ("710", "China. 教育部. 高等教育司.", "China. Jiao yu bu. Gao deng jiao yu si."),
        # each item of a contents note after " -- ", and a title after ". "
        ("505", "春 -- 夏. 秋", "Chun -- Xia. Qiu"),
        # a title cited in 《》 takes its capital wherever it stands (RDA A.4; the cataloger's
        # 245 in marc-880-dev), and it, not the body's ending, leads a name it begins (LC's
        # ScriptShifter sample: "Qing dai he wu dang an" bian xie zu bian)
        ("245", "历史命运 : 《独立评论》时期", 'Li shi ming yun : "Du li ping lun" shi qi'),
        ("260", "北京市 : 《中国政协》杂志社", 'Beijing Shi : "Zhongguo zheng xie" za zhi she'),
        ("245", "《清代河務檔案》編寫組編", '"Qing dai he wu dang an" bian xie zu bian'),
        # a place at the head of a body's name: its name joined and capitalized (LC's
        # authority form Jilin da xue), a river's generic with it (Chang Jiang)
        ("260", "长春市 : 吉林大学出版社", "Changchun Shi : Jilin da xue chu ban she"),
        ("264", "武汉 : 长江少年儿童出版社", "Wuhan : Chang Jiang shao nian er tong chu ban she"),
        # a role word keyed before the name of a heading: the role lower case, then the name
        # as a heading (the collector, 收藏, in marc-880-dev's rare books), no person Shou Cang
        ("700", "收藏. 翁方綱, 1733-1818", "shou cang. Weng, Fanggang, 1733-1818"),
        ("700", "編次. 林秀發", "bian ci. Lin, Xiufa"),
    ],
)
def test_capitals_by_field(field, text, expected):
    assert zh(text, field) == expected


def test_a_cited_title_is_capitalised_in_running_text_too():
    assert bukva.romanize("他读《红楼梦》", lang="zh", system="ala-lc") == 'ta du "Hong lou meng"'


def test_capitals_by_subfield_code():
    # $b of a 245 continues the title (no capital); $n/$p begin a part; $c is a credit
    assert romanize_field("续编", "zh", "ala-lc", "245", "b") == "xu bian"
    assert romanize_field("续编", "zh", "ala-lc", "245", "p") == "Xu bian"
    assert romanize_field("王文章主编", "zh", "ala-lc", "245", "c") == "Wang Wenzhang zhu bian"
    # 650 $x subdivisions are each capitalized
    assert romanize_field("历史", "zh", "ala-lc", "650", "x") == "Li shi"


def test_latin_text_keeps_its_own_case():
    assert zh("Reprint of 上海书店 ed.", "500") == "Reprint of Shanghai shu dian ed."


# -- Chinese: numerals ---------------------------------------------------------------------


def test_numerals_are_words_in_transcribed_fields():
    assert zh("第一版", "250") == "Di yi ban"
    assert zh("目录三卷", "245") == "Mu lu san juan"
    assert zh("一九五〇年", "500") == "Yi jiu wu ling nian"


def test_numerals_are_figures_in_headings_and_source_digits_stay():
    assert zh("第八次全国代表大会", "111") == "Di 8 ci quan guo dai biao da hui"
    assert zh("第3辑", "490") == "Di 3 ji"
    assert zh("北京 : 中华书局, 1985年.", "260") == "Beijing : Zhonghua shu ju, 1985 nian."


# -- Chinese: personal names ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("司马光, 1019-1086", "Sima, Guang, 1019-1086"),  # a compound surname
        ("欧阳修.", "Ouyang, Xiu."),
        ("单田芳", "Shan, Tianfang"),  # 单 as a surname is Shan
        ("陈  方竞.", "Chen, Fangjing."),  # keyed gaps are dropped; they mark the surname
        ("黄\u3000海, 1943-", "Huang, Hai, 1943-"),
        ("王彦庚", "Wang, Yan'geng"),  # n'g apostrophe in a joined given name
    ],
)
def test_name_headings_are_surname_comma_given(text, expected):
    assert zh(text, "100") == expected
    assert zh(text, "700") == expected


def test_a_person_known_by_one_name_stays_one_word():
    assert zh("老子. 道德经.", "600") == "Laozi. Dao de jing."
    assert zh("孔子", "100") == "Kongzi"


def test_buildings_and_institutions_are_not_joined():
    # LC's guidelines join persons, places and ethnic groups; a palace, a hall, a museum stays
    # syllable by syllable in a catalog (pinyin for books still joins them)
    assert zh("故宫博物院", "710") == "Gu gong bo wu yuan"
    assert zh("颐和园", "245") == "Yi he yuan"
    assert zh("武英殿聚珍版", "250") == "Wu ying dian ju zhen ban"
    assert bukva.romanize("颐和园", lang="zh", system="pinyin") == "Yiheyuan"


def test_names_beside_role_words_in_a_statement_of_responsibility():
    assert zh("国际关系史 / 时殷弘著.", "245") == "Guo ji guan xi shi / Shi Yinhong zhu."
    assert zh("文选 / 主编周一良 ; 副主编吴晗.", "245") == (
        "Wen xuan / zhu bian Zhou Yiliang ; fu zhu bian Wu Han."
    )
    assert zh("简史 / 刘文峰, 王力等编.", "245") == "Jian shi / Liu Wenfeng, Wang Li deng bian."
    # a corporate body in the statement stays syllable by syllable, its first word capitalized
    assert zh("简史 / 中国社会科学院历史研究所编.", "245").startswith("Jian shi / Zhongguo")


def test_credits_fields_read_names_around_roles():
    assert zh("导演, 编剧: 林岭东 ; 监制: 周其良.", "508") == (
        "Dao yan, bian ju: Lin Lingdong ; jian zhi: Zhou Qiliang."
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("白杨, 魏鹤龄.", "Bai Yang, Wei Heling."),  # a cast (marc-880-dev's 511): 白杨 a name
        ("赵丹, 白杨, 上官云珠.", "Zhao Dan, Bai Yang, Shangguan Yunzhu."),
        ("白杨, 松树.", "Bai yang, song shu."),  # no item a name: poplar and pine stay words
        ("白杨.", "Bai yang."),
    ],
)
def test_a_name_of_a_credits_list_makes_the_others_names(text, expected):
    assert zh(text, "511") == expected


def test_a_role_word_alone_is_no_name():
    # no surname before the role word: no personal name (编辑部, an editorial office, is a
    # corporate body: its first word capitalized)
    assert zh("汇编 / 编辑部编.", "245") == "Hui bian / Bian ji bu bian."
    assert zh("汇编 / 出版说明.", "245") == "Hui bian / chu ban shuo ming."


def test_keyed_gaps_are_word_boundaries_but_not_inside_names():
    from bukva.catalog.chinese import _ungap

    # a gap between runs of two or more characters is a boundary the cataloger keyed
    assert _ungap("辽宁\u3000人民\u3000出版社") == ("辽宁人民出版社", [2, 4])
    # one between one-character runs is kept out: it is often inside a name
    assert _ungap("鲁  迅  与  浙东") == ("鲁迅与浙东", [])
    assert zh("鲁  迅  与  浙东  文化", "245").startswith("Lu Xun yu")


def test_foreign_names_in_characters_are_one_word():
    assert zh("傲慢与偏见 / 奥斯丁著.", "245") == "Ao man yu pian jian / Aosiding zhu."
    assert zh("卡尔·马克思传", "245").startswith("Ka'er Makesi")


# -- Chinese: places, countries, dynasties, punctuation, variants -------------------------


def test_places_with_their_generic():
    assert zh("板桥市", "245") == "Banqiao Shi"
    assert zh("台湾省", "245") == "Taiwan Sheng"
    assert zh("无锡县志", "245") == "Wuxi Xian zhi"


def test_country_and_people_syllables():
    assert zh("抗日战争史", "245") == "Kang Ri zhan zheng shi"
    assert zh("中苏关系", "245") == "Zhong Su guan xi"
    assert zh("英汉词典", "245") == "Ying Han ci dian"
    assert bukva.romanize("学习英语", lang="zh") == "xue xi Ying yu"
    # not countries: 华美 gorgeous, 中意 to one's liking, 西方 the west
    assert bukva.romanize("华美", lang="zh") == "hua mei"
    assert bukva.romanize("中意", lang="zh") == "zhong yi"
    assert bukva.romanize("西方哲学", lang="zh") == "xi fang zhe xue"


def test_dynasties():
    assert zh("宋史研究", "245") == "Song shi yan jiu"
    assert zh("[北京 : s.n., 清]", "260") == "[Beijing : s.n., Qing]"


def test_enumeration_comma_and_middle_dots():
    assert zh("诗、词、曲", "245") == "Shi, ci, qu"
    assert zh("诗·词·曲", "245") == "Shi, ci, qu"


def test_variant_characters_read_as_standard():
    assert zh("近代史硏究所", "710") == zh("近代史研究所", "710")


# -- Russian and the other Cyrillic languages ----------------------------------------------


def test_final_hard_sign_rda_by_default_aacr2_on_request():
    assert bukva.romanize("Строкъ отъ", lang="ru", marc_field="245") == "Strokʺ otʺ"
    assert bukva.romanize("Строкъ отъ", lang="ru", final_hard_sign="aacr2") == "Strok ot"


def test_roman_numerals_typed_in_cyrillic():
    assert bukva.romanize("История ХХ в.", lang="ru", marc_field="245") == "Istorii︠a︡ XX v."
    assert numerals_to_latin("XIX--ХХ вв.")[0] == "XIX--XX вв."
    assert numerals_to_latin("т. ІІ")[0] == "т. II"
    text, warnings = numerals_to_latin("С предисловием")
    assert text == "С предисловием" and not warnings  # a preposition, not 100


def test_latin_initial_in_a_cyrillic_heading():
    text, warnings = initials_to_cyrillic("Кузнецова, H. (Нина)")
    assert text == "Кузнецова, Н. (Нина)" and warnings
    assert bukva.romanize("Кузнецова, H. (Нина)", lang="ru", marc_field="100") == (
        "Kuznet︠s︡ova, N. (Nina)"
    )
    # a field with Latin words is left alone
    assert initials_to_cyrillic("Chekhov, A. P.")[0] == "Chekhov, A. P."


def test_ukrainian_zh_is_tied():
    # Cyrillic fields keep the case the 880 was keyed in
    assert (
        bukva.romanize("Журнал", lang="uk", marc_field="245") == "Z︠H︡urnal"
    )  # a tied pair capitalized as a pair (I︠A︡kovlev)


# -- the interface ---------------------------------------------------------------------------


def test_marc_field_spellings_and_errors():
    assert parse_marc_field("245") == ("245", None)
    assert parse_marc_field("245b") == ("245", "b")
    assert parse_marc_field("245$c") == ("245", "c")
    with pytest.raises(BukvaError, match="three digits"):
        parse_marc_field("title")


def test_api_and_marc_share_one_path(tmp_path):
    record = Record(force_utf8=True)
    record.leader = record.leader[:9] + "a" + record.leader[10:]
    record.add_field(Field(tag="008", data=" " * 35 + "chi" + "  "))
    record.add_field(
        Field(
            tag="880",
            indicators=["1", "0"],
            subfields=[
                Subfield("6", "245-01/$1"),
                Subfield("a", "国际关系史 /"),
                Subfield("c", "时殷弘著."),
            ],
        )
    )
    path = tmp_path / "one.mrc"
    path.write_bytes(record.as_marc())
    out = tmp_path / "out.mrc"
    run = subprocess.run(
        [sys.executable, "-m", "bukva", "marc", str(path), "--out", str(out), "--quiet"],
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stderr
    from pymarc import MARCReader

    with open(out, "rb") as f:
        written = next(iter(MARCReader(f, to_unicode=True, force_utf8=True)))
    assert written["245"]["a"] == bukva.romanize("国际关系史 /", lang="zh", marc_field="245a")
    assert written["245"]["c"] == bukva.romanize("时殷弘著.", lang="zh", marc_field="245c")
    assert written["245"]["c"] == "Shi Yinhong zhu."


# -- verify ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("have", "want", "kind"),
    [
        ("I︠U︡din", "I͡Udin", None),  # half marks after their letters
        ("︠I︡Udin", "I͡Udin", None),  # half marks before them, as MARC-8 conversions leave them
        # bukva writes half marks; a record with U+0361 agrees, whatever order sets iterate in
        ("25-richchi͡u Nezalez͡hnosti", "25-richchi︠u︡ Nezalez︠h︡nosti", None),
        ("IUdin", "I͡Udin", "ties only"),
        ("Hong lou meng", "Hong lou meng.", "final ISBD punctuation only"),
        ("hong lou meng", "Hong lou meng", "capitals"),
        ("Honglou meng", "Hong lou meng", "spacing and punctuation"),
        ("Hong lou mong", "Hong lou meng", "letters"),
    ],
)
def test_verify_classes(have, want, kind):
    assert classify(have, want) == kind


def test_verify_report_and_json(tmp_path):
    record = Record(force_utf8=True)
    record.leader = record.leader[:9] + "a" + record.leader[10:]
    record.add_field(Field(tag="008", data=" " * 35 + "rus" + "  "))
    for occ, tag, vern, rom in (
        ("01", "100", "Юдин, Павел", "I︠U︡din, Pavel"),  # agrees
        ("02", "245", "Воспоминания", "vospominanii︠a︡"),  # capitals
    ):
        record.add_field(Field(tag="880", subfields=[Subfield("6", f"{tag}-{occ}/(N"),
                                                     Subfield("a", vern)]))  # fmt: skip
        record.add_field(Field(tag=tag, subfields=[Subfield("6", f"880-{occ}"),
                                                   Subfield("a", rom)]))  # fmt: skip
    path = tmp_path / "r.mrc"
    path.write_bytes(record.as_marc())
    run = [sys.executable, "-m", "bukva", "marc", str(path), "--verify", "--quiet"]
    text = subprocess.run(run, capture_output=True, text=True)
    assert text.returncode == 1
    assert "differs (capitals)" in text.stdout
    assert "fields compared: 2" in text.stdout and "agreeing: 1" in text.stdout
    js = subprocess.run([*run, "--output-format", "json"], capture_output=True, text=True)
    payload = json.loads(js.stdout)
    assert payload["summary"]["by class"]["capitals"] == 1
    assert [p["class"] for p in payload["pairs"]] == ["agree", "capitals"]


@pytest.mark.parametrize(
    ("hanzi", "ala_lc", "gbt"),
    [
        # a genre of opera named for a place (CC-CEDICT: "Kunqu opera, ... originating in
        # Kunshan"): an ordinary word, syllable by syllable in LC's form, as catalogers key it
        # (二集, the second collection: a numeral and its measure word apart, GB/T 6.1.6)
        ("昆曲集净二集", "kun qu ji jing er ji", "kunqu jijing er ji"),
        ("他喜欢昆曲和京剧。", "ta xi huan kun qu he jing ju.", "Ta xihuan kunqu he jingju."),
    ],
)
def test_an_opera_genre_is_no_place(hanzi, ala_lc, gbt):
    assert bukva.romanize(hanzi, lang="zh", system="ala-lc") == ala_lc
    assert bukva.romanize(hanzi, lang="zh", system="pinyin") == gbt


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb before a state's or a place's name acts on the body the name heads: no word
        # before the verb is the corporate name's first (ALA-LC capitalizes only that one)
        (
            "苏联将中国长春铁路的一切权利无偿移交中华人民共和国政府。",
            "Sulian jiang Zhongguo Changchun tie lu de yi qie quan li wu chang yi jiao Zhonghua "
            "Renmin Gongheguo zheng fu.",
        ),
        (
            "2019年1月，当选重庆市监察委员会主任。",
            "2019 nian 1 yue, dang xuan Chongqing Shi jian cha wei yuan hui zhu ren.",
        ),
        (
            "中苏两国签订了关于建立中苏民用航空股份公司的协定。",
            "Zhong Su liang guo qian ding le guan yu jian li Zhong Su min yong hang kong gu fen "
            "gong si de xie ding.",
        ),
        # a verb inside a body's name still belongs to it
        ("保卫世界和平委员会", "Bao wei shi jie he ping wei yuan hui"),
    ],
)
def test_a_verb_before_a_named_body_in_catalog_form(text, expected):
    assert bukva.romanize(text, lang="zh", system="ala-lc") == expected


def test_a_place_heading_a_body_jieba_holds_whole_goes_on_in_dictionary_words():
    # 苏联最高苏维埃 (nt): the place, then the words of the dictionary the rest is made of
    ala = bukva.romanize("苏联最高苏维埃主席团", lang="zh", system="ala-lc")
    assert ala.startswith("Sulian zui gao ")
    assert bukva.romanize("英国皇家学会", lang="zh", system="ala-lc") == "Yingguo huang jia xue hui"
