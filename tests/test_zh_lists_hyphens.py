"""Country syllables listed with 、 (美、英、苏三国) and foreign names whose parts a hyphen joins in
characters (乔治乌-德治, 让-保罗·萨特), in GB/T 16159 pinyin and in catalogs."""

import pytest

import bukva


def _pinyin(text: str) -> str:
    return bukva.romanize(text, lang="zh", system="pinyin")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1963年，美、英、苏三国签约。", "1963 nian, Mei, Ying, Su sanguo qianyue."),
        ("美、英、法、苏四国外长会议", "Mei, Ying, Fa, Su siguo waizhang huiyi"),
        ("会议由中、美、英、苏四国发起。", "Huiyi you Zhong, Mei, Ying, Su siguo faqi."),
        ("日、德、意三国同盟", "Ri, De, Yi sanguo tongmeng"),
        ("他们反对苏、美等国", "Tamen fandui Su, Mei deng guo"),
        # joined by a hyphen, as 中苏 is joined (6.3.3: Zhong-Su)
        ("中-苏边界", "Zhong-Su bianjie"),
        ("苏-日中立条约", "Su-Ri Zhongli Tiaoyue"),
    ],
)
def test_listed_countries_are_each_capitalized(text, expected):
    """GB/T 16159-2012 6.3.1: each country's syllable a proper name; the count a common word,
    not the island Shikoku (四国) nor glued to the last country (苏三国)."""
    assert _pinyin(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("大、中、小学", "da, zhong, xiaoxue"),  # sizes, no countries
        ("德、智、体全面发展", "De, zhi, ti quanmian fazhan"),  # virtues: 智 is no country
        ("四国", "Siguo"),  # Shikoku alone is the island
    ],
)
def test_what_is_no_list_of_countries_stays(text, expected):
    assert _pinyin(text) == expected


def test_listed_countries_in_a_catalog():
    out = bukva.romanize("美、英、苏三国", lang="zh", system="ala-lc")
    assert out == "Mei, Ying, Su san guo"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("他会见了乔治乌-德治。", "Ta huijianle Qiaozhiwu-Dezhi."),  # Gheorghiu-Dej
        ("他会见了让-保罗·萨特。", "Ta huijianle Rang-Baoluo Sate."),  # Jean-Paul Sartre
        ("他读了让-雅克·卢梭的书。", "Ta dule Rang-Yake Lusuo de shu."),
        ("法国勃艮第-弗朗什-孔泰大区", "Faguo Bogendi-Fulangshi-Kongtai daqu"),
    ],
)
def test_a_hyphened_foreign_name_is_written_in_whole_parts(text, expected):
    """GB/T 16159-2012 6.3.7: a foreign name in characters is one word, each part capitalized;
    a hyphen says the name is foreign (no Qiao Zhiwu, no verb rang)."""
    assert _pinyin(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("毛泽东-斯大林会谈", "Mao Zedong-Sidalin huitan"),  # a Chinese person stays one
        ("王明-博古路线", "Wang Ming-Bo Gu luxian"),
        # persons CC-CEDICT does not know, in characters transcription lacks or weighs little
        ("高岗-饶漱石反党联盟", "Gao Gang-Rao Shushi fandang lianmeng"),
        ("张三-李四", "Zhang San-Li Si"),
        ("沈志华-李丹慧", "Shen Zhihua-Li Danhui"),
        ("北京-莫斯科列车", "Beijing-Mosike lieche"),  # two places, a route
        ("1950-1953年", "1950-1953 nian"),
    ],
)
def test_a_hyphen_between_chinese_names_or_places_changes_nothing(text, expected):
    assert _pinyin(text) == expected
