"""Personal and place names from CC-CEDICT, with their readings and word division.

CC-CEDICT capitalises each written word of a proper noun's pinyin (Zhou1 En1 lai2 → Zhou Enlai,
Lu:3 shun4 → Lüshun): the capitals give the word division, the numbers the readings, and a
surname's reading as a surname. Kept: entries of two to four Han characters that are a person
(surname word and given-name word, with a life span in the glosses) or one word naming a place
(the glosses say city, county, river, ...) or a person known by one name (Kongzi).
Organisation names are left out: catalogs do not capitalise them. A one-word foreign name with
no keyword in its gloss is told by its characters, with bukva's transcription table
(data/zh-transcription.tsv, tools/build_zh_transcription.py): build that first.

Licence of the output: CC BY-SA 4.0, as CC-CEDICT (mdbg.net); the file says so in its header.

Run: python tools/build_zh_cedict_names.py \
         ../shared/data/cedict-proper-nouns/cedict_proper_nouns.tsv \
         src/bukva/data/zh-cedict-names.tsv
"""

from __future__ import annotations

import csv
import re
import sys

HAN = re.compile(r"^[\u3400-\u9fff]{2,6}$")
FOREIGN = re.compile(
    r"\((?:name|surname|given name|person name|first name|male name|female name)\)"
)
LIFE = re.compile(r"\((?:\d{3,4}|c\. ?\d|b\. ?\d|d\. ?\d|\d{1,4} ?BC)")
PLACE = re.compile(
    r"\b(city|county|province|district|prefecture|town|township|village|river|mountain|lake|"
    r"island|islands|port|region|capital|autonomous|banner|peninsula|plateau|desert|strait|"
    r"sea|bay|gulf|canal|pass|country|kingdom)\b"
    r"|^(?-i:(?:Mt|Mount)\.? [A-Z])",  # a gloss that begins with a mountain's name (Mt. Fuji)
    re.IGNORECASE,
)
NOT_A_NAME = re.compile(  # periods, dynasties, books: catalogs write these as ordinary words
    r"\b(period|dynast\w*|era|reign|annals|book|classic|sutra|novel|poem|rebellion|war|"
    r"movement|incident|festival|calendar)\b",
    re.IGNORECASE,
)
# a gloss whose head is a genre of opera or an opera (昆曲 "Kunqu opera, ... originating in
# Kunshan, Jiangsu province"): catalogs write it as ordinary words (LC: Kun qu), no place
OPERA = re.compile(r"\bopera\b", re.IGNORECASE)
# a gloss that places a name in China (its provinces, regions, rivers; "see" another
# Chinese entry): a place without one is abroad (吉达 Jeddah, 索契 Sochi)
CHINA = re.compile(
    r"China|Chinese|PRC|[Pp]rovince|county|prefecture|Inner Mongolia|Xinjiang|Tibet|Taiwan|"
    r"Hong Kong|Macau|Guangxi|Ningxia|Beijing|Shanghai|Tianjin|Chongqing|Hebei|Shanxi|"
    r"Liaoning|Jilin|Heilongjiang|Jiangsu|Zhejiang|Anhui|Fujian|Jiangxi|Shandong|Henan|Hubei|"
    r"Hunan|Guangdong|Hainan|Sichuan|Guizhou|Yunnan|Shaanxi|Gansu|Qinghai|Manchuria|Yangtze|"
    r"Yellow River|Pearl River|Taipei|Kaohsiung|Taichung|Tainan|^see "
)
# the Tibetan hierarchs, whose titles are borne as a person's name (GB/T 16159-2012 6.3.1):
# Dalai Lama, Panchen Erdeni
HIERARCHS = re.compile(r"^(?:the )?(?:Dalai|Panchen)\b")
INSTITUTION = re.compile(
    r"\b(ministry|department|dept|bureau|office|committee|party|university|company|association|"
    r"council|agency|institute|school|newspaper|army|corporation|bank|society|league)\b",
    re.IGNORECASE,
)


# a body, not a person, where its name comes with dates too (Communist International or
# Comintern (1919-1943), League of Nations (1920-1946), Six-Party Talks (2003–2007))
BODY = re.compile(
    r"\b(international|comintern|league|talks|treaty|alliance|union|government|conference|"
    r"congress|front)\b",
    re.IGNORECASE,
)


# what the name a gloss begins with calls a body (Eighth Route Army, Small Swords Society,
# Imperial Household Department), where the gloss goes on to a war or a dynasty: a proper name
# in GB/T 16159 as a named event is (role body), no period; catalogs write its syllables as
# a term's (a school of thought, 法家 "Legalist school", and a book's title are no bodies); one
# of three characters at most, one written word (北洋陆军, one word to CC-CEDICT, is two)
BODY_NAMED = re.compile(
    r"\b(army|party|society|league|association|ministry|department|committee|council)\b",
    re.IGNORECASE,
)


def _body(glosses: str) -> bool:
    """Whether the name the gloss gives (before its dates) is an organisation's or a treaty's:
    a proper name, written word by word and capitalized, but no person (Gongchan Guoji)."""
    head = glosses.split("(")[0]
    return bool(BODY.search(head) or INSTITUTION.search(head))


GENERICS = {
    "Sheng3",
    "Shi4",
    "Xian4",
    "Qu1",
    "Zhen4",
    "Xiang1",
    "Shan1",
    "Jiang1",
    "He2",
    "Hu2",
    "Dao3",
    "Zhou1",
    "Zi4 zhi4 qu1",
    "Zi4 zhi4 zhou1",
}
# a natural feature's generic: strait, peninsula, sea, bay, archipelago, basin, plateau, desert
# (鞑靼 | 海峡 Strait of Tartary), after a name of two syllables or more (北海 is also Beihai,
# a city; 南海 a district)
FEATURE_GENERICS = {
    "Hai3 xia2",
    "Ban4 dao3",
    "Hai3",
    "Wan1",
    "Qun2 dao3",
    "Pen2 di4",
    "Gao1 yuan2",
    "Sha1 mo4",
}
# an island's, a river's, a mountain's or a lake's generic, which CC-CEDICT writes as a word of
# its own after a name of two syllables or more: the entry is that feature's name, its gloss
# saying so or not (库页岛 "Ku4 ye4 Dao3", Sakhalin)
NATURAL = {"Dao3", "He2", "Jiang1", "Shan1", "Hu2"}
# a sea named with one syllable, the only entry of its characters (黑海 "Black Sea", 红海, 里海
# "Caspian Sea": Hei Hai, as 黄河 is Huang He); not 北海, 南海, 渤海, which name a city, a
# district, a kingdom too
A_SEA = re.compile(r"^[^/]*\bSea\b[^/]*$")


def one_syllable_sea(syllables: list[str], glosses: str) -> bool:
    """Whether an entry names a sea with one syllable and its generic, 海 (Hei1 Hai3)."""
    return (
        len(syllables) == 2
        and syllables[0][0].isupper()
        and syllables[1] == "Hai3"
        and A_SEA.match(glosses) is not None
    )


BUILDING = re.compile(  # catalogs write these syllable by syllable (LC: not joined)
    r"\b(palace|hall|temple|museum|garden|gate|pagoda|tower|bridge|tomb|mausoleum|monastery|"
    r"pavilion|library|shrine|academy|(?-i:Square|Monument))\b",  # Red Square, no Latin square
    re.IGNORECASE,
)
# a county's, a district's, a township's generic: its short name is often also a word
SHORT_OF = ("县", "縣", "区", "區", "乡", "鄉", "镇", "鎮", "旗")
SEE = re.compile(r"^see ([^|\[]+)(?:\|([^\[]+))?\[([^\]]+)\]")  # see 資源縣|资源县[...]


# a title or a form of address after a surname (毛主席 Chairman Mao, 周总理 Premier Zhou): the
# surname and its title, written apart with the title in lower case (GB/T 16159, the 1996
# text's 4.2.3 on personal names, kept in 2012: 王部长 Wáng bùzhǎng, 田主任, 李先生, 赵同志)
TITLED = re.compile(
    r"^[\u3400-\u9fff]{1,2}(?:主席|总理|總理|总司令|總司令|司令|元帅|元帥|部长|部長|大使|同志|"
    r"先生|太太|夫人|老师|老師|将军|將軍|委员长|委員長|总统|總統|首相|书记|書記)$"
)


# a named event: a movement, a campaign, a revolution, an uprising, an incident, a war (文化大革命
# Cultural Revolution, 百花运动 Hundred Flowers Campaign, 西安事变 Xi'an Incident, 朝鲜战争 Korean
# War, 解放战争 War of Liberation), its first gloss an English proper name (capitalized) ending in
# such a word, or a War of something, after a label in parentheses ("(China's) War of ...").
# GB/T 16159-2012 writes it as a proper name, word by word, each capitalized (Wusi Yundong);
# catalogs as ordinary words.
# Left out: a name that begins with a date in numerals (一二九运动, 七七事变: the dated-event
# rule's) or holds 之 (安史之乱: CC-CEDICT's capitals there join the particle to a name)
EVENT = re.compile(
    r"^(?:\([^)]*\) )?(?:the )?(?:(?:[A-Z0-9][\w'-]*,? )+(?:of )?(?:[A-Z0-9][\w'-]* )*"
    r"(?:Movement|Campaign|Revolution|Incident|Uprising|Rebellion|Massacre|Reform|Wars?)\b"
    r"|War of [A-Z])"
)
NUMERALS = frozenset("一二三四五六七八九十")
WARS = ("战争", "戰爭", "战", "戰")  # how a war's name ends in Chinese (内战, 大战)


def classify(hanzi: str, syllables: list[str], glosses: str, places: set[str]) -> str | None:
    """The entry's role (:func:`_classify`), or event where that finds none or a term: a
    named event of two written words or more."""
    role = _classify(hanzi, syllables, glosses, places)
    words = sum(s[0].isupper() for s in syllables)
    named = syllables[0][0].isupper() and words >= 2 and EVENT.match(glosses.split("/")[0])
    if named and "War" in named.group() and not hanzi.endswith(WARS):
        named = None  # 武圣 "the Saint of War" (Guan Yu) names no war
    if role in (None, "term") and named and hanzi[0] not in NUMERALS and "之" not in hanzi:
        return "event"
    return role


def _classify(hanzi: str, syllables: list[str], glosses: str, places: set[str]) -> str | None:
    """person, proper (a place or one-word name; a place outside China is marked abroad by
    the caller), city (a city's name without its 市: 牡丹江),
    short (a county's or a district's name without its generic, given only as "see 资源县":
    often also a word), building (a palace, a hall, a temple, a museum: ALA-LC writes it
    syllable by syllable, LC's guidelines), foreign (a foreign name in characters, one word:
    奥斯丁 Aosiding, "Austin (name)"), term (a proper noun catalogs write as an ordinary word:
    a book, a period), event (a named movement, revolution, incident: a proper name in GB/T
    16159, an ordinary word in catalogs) or None. Entries of five or six characters are kept
    only as foreign names and events."""
    caps = [s[0].isupper() for s in syllables]
    words = sum(caps)
    if not caps[0] or words > 2:
        return None
    if HIERARCHS.match(glosses):
        return "proper"  # 达赖喇嘛 "Dalai Lama", 班禅 "Panchen (Lama)": titles borne as names
    if (
        words == 1
        and len(hanzi) >= 3
        and FOREIGN.search(glosses)
        and not INSTITUTION.search(glosses)
    ):
        return "foreign"
    if len(hanzi) > 4:
        return None
    lived = bool(LIFE.search(glosses))
    see = SEE.match(glosses)
    target = see and (see.group(2) or see.group(1))  # the simplified form
    if see and (see.group(1) in places or target in places):
        own_generic = hanzi[-1] in SHORT_OF and hanzi[-1] != "旗"  # 红旗 of 红旗区: no banner
        if "/" not in glosses and target[-1:] in SHORT_OF and not own_generic:
            return "short"  # 资源: "see 資源縣|资源县", a county's name without its generic
        if hanzi + "市" in (see.group(1), target):
            return "city"  # 牡丹江: "see 牡丹江市", a city's name, its 江 no generic of its own
        return "proper"
    if words == 2:
        if lived and not NOT_A_NAME.search(glosses[:40]):
            return "proper" if _body(glosses) else "person"  # 共产国际: a body, no person
        last = syllables[caps.index(True, 1) :]
        feature = " ".join(last) in FEATURE_GENERICS and caps.index(True, 1) >= 2
        if PLACE.search(glosses) and (" ".join(last) in GENERICS or feature):
            return "proper"
        natural = " ".join(last) in NATURAL and caps.index(True, 1) >= 2
        if (feature or natural) and not INSTITUTION.search(glosses):
            return "proper"  # 库页岛 "Ku4 ye4 Dao3" Sakhalin, 多瑙河 Danube: a feature's word
        return None
    if BUILDING.search(glosses.split("/")[0]):
        return "building"
    if OPERA.search(re.split(r"[,;(/]", glosses, maxsplit=1)[0]):
        return "term"  # "Kunqu opera, ... originating in Kunshan, Jiangsu province": no place
    if PLACE.search(glosses) and not INSTITUTION.search(glosses):
        return "proper"
    if NOT_A_NAME.search(glosses):
        head = re.split(r"[,;(/]", glosses, maxsplit=1)[0]
        if BODY_NAMED.search(head) and not NOT_A_NAME.search(head) and len(hanzi) <= 3:
            return "body"  # 八路军 "Eighth Route Army, ... in the war": a body, no period
        return "term"
    if lived and not INSTITUTION.search(glosses):
        return "proper"
    return None


# a place named with the country or region it is in and nothing else (Torino / Turin (Italy),
# Cannes (France), Karachi (Pakistan)): its gloss says no "city", but the name in brackets is
# a place's
IN_A_PLACE = re.compile(
    r"^[A-Z][\w'.-]*(?: [A-Z][\w'.-]*)*(?: / [A-Z][\w'.-]*(?: [A-Z][\w'.-]*)*)*"
    r" \(([A-Z][\w .'-]*)\)$"
)
FAITHS = re.compile(r"^(Islam|Buddhism|Christianity|Judaism|Hinduism|Catholicism)$")  # no place


# a natural feature's generic that a city's name may end in without naming the feature
FEATURES = {"山": "mountain|mount", "江": "river", "河": "river", "湖": "lake"}


def a_city_not_its_feature(hanzi: str, glosses: str) -> bool:
    """Whether a place's name ends in a feature's character (山, 江) but names a city, and no
    such feature: 檀香山 "Honolulu, capital of Hawaii", 乔巴山 "Choibalsan, city in Mongolia"
    (Tanxiangshan, Qiaobashan; the gloss of 富士山 says mountain: Fushi Shan)."""
    feature = FEATURES.get(hanzi[-1:])
    return (
        feature is not None
        and re.search(r"\b(?:city|capital)\b", glosses) is not None
        and re.search(rf"\b(?:{feature})", glosses, re.IGNORECASE) is None
    )


def named_places(entries: list[dict]) -> set[str]:
    """The English names of the places CC-CEDICT has (an entry's whole first gloss, Italy,
    Pennsylvania), where jieba's dictionary tags the entry's characters a place (ns)."""
    from bukva.chinese.tagger import dictionary

    tags = dictionary()[1]
    return {
        e["english_glosses"].split("/")[0].strip()
        for e in entries
        if tags.get(e["simplified"]) == "ns"
    }


def in_a_place(syllables: list[str], glosses: str, places_named: set[str]) -> bool:
    """A one-word name glossed only as a name and the place it is in (都灵 "Torino / Turin
    (Italy)"): a place abroad, one word (Duling). Not China's (see CHINA), nor a body's."""
    m = IN_A_PLACE.match(glosses)
    return bool(
        m
        and m.group(1) in places_named
        and not FAITHS.match(m.group(1))
        and [s[0].isupper() for s in syllables].count(True) == 1
        and syllables[0][0].isupper()
        and not CHINA.search(glosses)
        and not INSTITUTION.search(glosses)
    )


# a part of a country or a continent by its quarter (East Germany, North Vietnam, Eastern
# Europe): the quarter's character and the place's one-character short name, which CC-CEDICT
# writes as two words (Dong1 De2) and as a person where the gloss has the state's dates; one
# word, as GB/T 16159's own examples write 南美 Nánměi and 东南亚 Dōngnányà (the 1996 text's
# 4.2.6, names of foreign places in Chinese, kept in 2012). Not a dynasty (西汉, 北魏).
QUARTER = re.compile(r"^(?:East|West|North|South)(?:ern)? ([A-Z][a-z]+)(?: \(\d{4}-\d{4}\))?$")
QUARTERS = "东西南北東"
DYNASTY = re.compile(r"\b(?:dynasty|dynasties|kingdoms)\b", re.IGNORECASE)


def by_quarter(hanzi: str, glosses: str, places_named: set[str]) -> bool:
    """Whether a two-character entry names a place abroad by its quarter (东德 "East Germany
    (1945-1990)", 北越 "North Vietnam"): one word, a place."""
    m = QUARTER.match(glosses.split("/")[0].strip())
    return bool(
        m
        and len(hanzi) == 2
        and hanzi[0] in QUARTERS
        and m.group(1) in places_named
        and not DYNASTY.search(glosses)
        and not CHINA.search(glosses)  # 南华 South China, also a county: China's own
    )


# what ends a name CC-CEDICT writes as one word but GB/T 16159 as two (扎格罗斯山脉 Zagros
# mountains, 亚洲杯, 俄罗斯人), or names no place or person (塞尔特语 Celtic language, 阿狄森氏病
# Addison's disease)
_NOT_ONE_WORD = frozenset("人语文族国界陆盾牛军党教派杯奖号队城郡州邦港病症瘟龙鞋纪之的")
_NOT_ONE_WORD_ENDS = ("山脉", "瀑布")  # generics of two characters (维多利亚瀑布 Victoria Falls)
_NOT_A_PLACE = re.compile(r"\b(species|disease|dragon|sandals?|honorific|title)\b", re.IGNORECASE)
# what a name's transcription characters average at least (bukva's table: a character's use in
# CC-CEDICT's foreign names against its use in words): lower than the bar for text no
# dictionary names (transcription.MEAN_WEIGHT), as CC-CEDICT's capitals already say this is a
# name; 高加索 Caucasus averages 0.95 (高 is mostly a word's), 比利时 Belgium 0.75
NAME_WEIGHT = 0.6


def _named(glosses: str) -> bool:
    """A gloss that says its entry is a place's or a person's name (Dzerzhinsk, Russian city)."""
    first = glosses.split(" / ")[0]
    return bool(PLACE.search(first) or LIFE.search(first) or FOREIGN.search(first))


def transcribed(hanzi: str, syllables: list[str], glosses: str) -> bool:
    """A foreign name in characters that CC-CEDICT writes as one capitalized word with no
    keyword of its own (高加索 "Caucasus / Caucasian", 克娄巴特拉 Cleopatra, 雅尔塔 Yalta), or
    of five characters or more (捷尔任斯克 Dzerzhinsk), which the rules above leave out.

    - three characters or more, all of them transcription's, NAME_WEIGHT on average; one
      character the table lacks (weighed as names/transcribed.py weighs it) only in a name of
      four or more whose gloss says it is a place or a person (任 of 捷尔任斯克; 伽罗华理论
      "Galois theory" is no name);
    - its gloss a name, capitalized after its labels (not "rugby", 英式橄榄球, nor "(derog.)
      the sick man of Asia"), no bird species or disease, its first sense no institution's
      (喀秋莎 Katyusha, whose last sense is a Red Army rocket launcher, is a name);
    - no generic, language or people's word at its end.

    GB/T 16159-2012 writes a non-Han name in characters as one word (its examples: 乌兰夫
    Wūlánfū, 马克思 Mǎkèsī; see bukva.chinese.transcription)."""
    from bukva.chinese.lexicons import one_char_generics
    from bukva.chinese.script import simplified
    from bukva.chinese.transcription_chars import char_table
    from bukva.names.transcribed import _NOT_IN_TABLE

    table = char_table()
    last = simplified(hanzi[-1])
    outside = sum(c not in table for c in hanzi)
    weights = [table[c][1] if c in table else _NOT_IN_TABLE for c in hanzi]
    return (
        len(hanzi) >= 3
        and sum(s[0].isupper() for s in syllables) == 1
        and syllables[0][0].isupper()
        and last not in _NOT_ONE_WORD
        and last not in one_char_generics()
        and not simplified(hanzi).endswith(_NOT_ONE_WORD_ENDS)
        and re.sub(r"^(?:\([^)]*\) ?)+", "", glosses)[:1].isupper()  # after labels: (Tw)
        and not _NOT_A_PLACE.search(glosses.split("/")[0])
        and not INSTITUTION.search(glosses.split(" / ")[0])
        and (outside == 0 or (outside == 1 and len(hanzi) >= 4 and _named(glosses)))
        and sum(weights) / len(weights) >= NAME_WEIGHT
    )


# SHI: 什 reads shén only in 什么 "what"; in a name it is shí, as Xinhua's Russian–Chinese
# transcription table writes ш (塔什干 Tashigan) and CC-CEDICT reads it in 45 of the 49 names
# that hold it (its 阿什哈巴德 A1 shen2 ha1 ba1 de2, Ashgabat, is one of the other four)


def main(source: str, out: str) -> None:
    with open(source, encoding="utf-8") as f:
        entries = list(csv.DictReader(f, delimiter="\t"))
    places_named = named_places(entries)
    places = {
        e[k]
        for e in entries
        for k in ("simplified", "traditional")
        if PLACE.search(e["english_glosses"]) and not INSTITUTION.search(e["english_glosses"])
    }
    entries_of: dict[str, int] = {}
    for e in entries:
        entries_of[e["simplified"]] = entries_of.get(e["simplified"], 0) + 1
    rows = {}
    for row in entries:
        syllables = row["pinyin_numbered"].split()
        for hanzi in (row["simplified"], row["traditional"]):
            if not HAN.match(hanzi) or len(syllables) != len(hanzi):
                continue
            if not all(re.match(r"^[A-Za-z:]+[1-5]$", s) for s in syllables):
                continue
            role = classify(hanzi, syllables, row["english_glosses"], places)
            if (
                role is None
                and entries_of[row["simplified"]] == 1
                and one_syllable_sea(syllables, row["english_glosses"])
            ):
                role = "proper"  # 黑海 Hei Hai
            quarter = by_quarter(hanzi, row["english_glosses"], places_named)
            if quarter:
                role = "abroad"  # 东德 East Germany: Dongde, one word
            if role is None and in_a_place(syllables, row["english_glosses"], places_named):
                role = "abroad"  # 都灵 Torino / Turin (Italy): Duling
            if role is None and transcribed(hanzi, syllables, row["english_glosses"]):
                role = "transcribed"  # 高加索 Caucasus, 撒马利亚 Samaria: Gaojiasuo, one word
            if role is None or (role in ("person", "proper") and TITLED.match(hanzi)):
                continue
            glosses = row["english_glosses"]
            # "(province)" explains a foreign word (aimag, oblast): no Chinese province
            china = CHINA.search(re.sub(r"\((?:province|county)\)", "", glosses))
            if role == "proper" and PLACE.search(glosses) and not china:
                role = "abroad"  # a place abroad, one word, if also a person (华盛顿, 乔巴山)
            if role == "abroad" and a_city_not_its_feature(hanzi, glosses):
                role = "city"  # 檀香山 Honolulu, 乔巴山: a city, its 山 no mountain's
            if role == "city" and entries_of[row["simplified"]] > 1:
                role = "proper"  # 峨眉山: also Mount Emei, whose 山 is written apart
            reading = " ".join(
                "shi2" if ch == "什" else s.lower().replace("u:", "ü")  # see SHI below
                for ch, s in zip(hanzi, syllables, strict=True)
            )
            groups: list[int] = []
            for s in syllables:
                if s[0].isupper():
                    groups.append(1)
                else:
                    groups[-1] += 1
            if quarter:
                groups = [len(syllables)]
            rows.setdefault(hanzi, (role, reading, ",".join(map(str, groups))))
    with open(out, "w", encoding="utf-8") as f:
        f.write("# Personal and place names from CC-CEDICT (mdbg.net), licence CC BY-SA 4.0.\n")
        f.write("# Built by tools/build_zh_cedict_names.py: hanzi, role, readings, word sizes.\n")
        f.write("# role term: a proper noun catalogs write as ordinary words (a book, a period).\n")
        f.write(
            "# role transcribed: a foreign name in transcription's characters CC-CEDICT writes"
            " as one word, its gloss no keyword (高加索 Caucasus): one word where jieba's words"
            " take it whole.\n"
        )
        f.write(
            "# role event: a named movement, revolution, incident: GB/T capitalizes its words,"
            " catalogs write it as ordinary words.\n"
        )
        f.write(
            "# role body: a body a gloss names beside a war or a dynasty (Eighth Route Army):"
            " named as an event is in GB/T, a term in catalogs.\n"
        )
        f.write("# role foreign: a foreign name in characters, written as one word (Aosiding).\n")
        f.write(
            "# role short: a county's or district's name without its generic (资源, 运河):"
            " a place only where jieba reads one.\n"
        )
        f.write("# role city: a city's name without its 市 (牡丹江): one word, no generic in it.\n")
        f.write(
            "# role building: a palace, hall, temple, museum: syllable by syllable in ALA-LC.\n"
        )
        for hanzi in sorted(rows):
            f.write(hanzi + "\t" + "\t".join(rows[hanzi]) + "\n")
    print(f"{len(rows)} names written to {out}")


if __name__ == "__main__":
    main(*sys.argv[1:3])
