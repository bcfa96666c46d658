"""The checks of Chinese names and text, each a declarative unit with examples that must fail and
pass (rules.py gathers them with the Russian ones)."""

from __future__ import annotations

from .rule import BOOK, BOOK_WITH_EXCEPTIONS, WADE_GILES, Rule

ZH_RULES: tuple[Rule, ...] = (
    Rule(
        "zh.wade-giles",
        "A Chinese name in Wade-Giles where the house writes pinyin",
        "A hyphenated Wade-Giles name (with its surname, T'ang and Hsü too), a phrase of such "
        "groups fixed whole (Chung-kung Pa-ta), or a surname and a one-syllable given name "
        "with a mark only Wade-Giles writes (Ch'en Kuang): the fix is the house's form. A "
        "given name so marked that the press ran together (Shih Weian) is for review, and so "
        "is a group with a stop Wade-Giles would mark in a text that writes no mark at all "
        "(Ta-kung: da, or t'a with its mark lost). In any text, such a group is for review "
        "where its plain reading spells no Chinese word or name bukva knows, or where "
        "marking the stop spells one too (Chang-chou: Zhangzhou or Changzhou); where the "
        "marked reading is the commoner, it is the fix (Hung-chi: Hongqi, not Hongji; "
        "Tai-yuan: Taiyuan). In a "
        "pinyin house a phrase ending in an institution's or a periodical's word is written "
        "as GB/T 16159 writes a proper name (Renmin Chubanshe, Jiefangjun Bao).",
        fails=(
            "Mao Tse-tung met Chou En-lai in Pei-ching.",
            "The Chung-yang Wei-yüan-hui met; Hsü Hsiang-ch'ien spoke.",
            "The Chung-kung Pa-ta met in 1956.",
            "Later Ch'en Kuang and Hsieh Yün came.",
            "Later Shih Weian came.",
            "Published by Jen-min ch'u-pan-she; the Chieh-fang-chün pao wrote.",
            "Liu Shao-ch'i wrote in Hung-chi.",
        ),
        passes=(
            "Mao Zedong met Zhou Enlai in Beijing.",
            "Chiang Kai-shek fled.",
            "a so-so meeting",
            "Chang and Ho arrived",
            "Er sagte für Müller: Das ist schön.",
            "The Shih Tzu barked.",
        ),
        style=BOOK,
    ),
    Rule(
        "zh.czech",
        "A Chinese name in the Czech transcription where the house writes pinyin (or Wade-Giles)",
        "As a Prague archive writes it (Mao Ce-tung, Čou En-laj): the fix is the house's form.",
        fails=("Mao Ce-tung a Čou En-laj",),
        passes=("Mao Zedong a Zhou Enlai",),
        style=BOOK,
    ),
    Rule(
        "zh.german-press",
        "A Chinese name in the German press's transcription where the house writes pinyin",
        "As German papers and East German files wrote Chinese names until the 1970s (Tschou "
        "En-lai, Tschu Teh): the fix is the house's form. A German text or quotation, and a "
        "sentence about a source's spelling, keep it.",
        fails=("Mao and Tschou En-lai met.",),
        passes=("Mao and Zhou Enlai met.", "„Genosse Tschou En-lai sprach lange.“"),
        style=BOOK,
    ),
    Rule(
        "zh.yale",
        "A Chinese name in Yale romanization where the house writes pinyin (or Wade-Giles)",
        "A hyphenated Yale name: the fix is the house's form.",
        fails=("the writer Syau-ping",),
        passes=("the writer Xiaoping",),
        style=BOOK,
    ),
    Rule(
        "zh.palladius",
        "A Chinese name in Russian (Palladius) Cyrillic",
        "Soviet documents write Chinese names in Cyrillic by the Palladius system; the fix is "
        "the house's form (Лю Шаоци → Liu Shaoqi, not the Russian table's Liu Shaotsi). "
        "The same in another language's Latin letters (Mao Tszedun), and as Soviet print "
        "of the 1950s hyphenated the given name (Мао Цзэ-дун, Mao Tsze-dun); where those "
        "letters are pinyin as written too (Gao Gan, Гао Ган), for review, and left alone "
        "for a name CC-CEDICT alone gives (Lu Jun is no 柳永, Лю Юн).",
        fails=(
            "The report names Лю Шаоци.",
            "The report names Mao Tszedun.",
            "The minutes name Chzhou En'-lai.",
        ),
        passes=("The report names Liu Shaoqi.", "The report names Lu Jun."),
        style=BOOK,
    ),
    Rule(
        "zh.pinyin",
        "A Chinese name in pinyin where the house writes Wade-Giles",
        "A house that keeps Wade-Giles (a series whose earlier volumes wrote it) keeps its "
        "own spellings (Chou En-lai, Kao Kang) and the postal forms of places that such "
        'books print (Peking, Dairen, Sinkiang: "well-known city names are spelt '
        'according to the postal system common during the period", ANU Press, China & '
        "ANU, 2015, note on style). A name the gazetteer knows in pinyin is fixed to the "
        "house's form (Zhou Enlai: Chou En-lai; Lüshun: Port Arthur where the house lists "
        "postal forms). Chinese in pinyin, a title or a publisher (*Zai lishi juren "
        "shenbian*, Guangdong renmin chubanshe), is reported whole in the house's system, "
        "for review: its title page is in characters, so its romanization is the house's. "
        "A name cited as what others write is kept.",
        fails=(
            "It was only when Zhou Enlai arrived that the talks began.",
            "He cited *Zai lishi juren shenbian* often.",
            "Soviet troops left Lüshun in 1955.",
        ),
        passes=(
            "Mao Tse-tung met Chou En-lai in Peking.",
            "Historians who write in pinyin call him Zhou Enlai.",
            "Dairen was busy in 1950; Kao Kang ran Manchuria.",
            "The Wen-hui pao wrote.",
        ),
        style=WADE_GILES,
    ),
    Rule(
        "zh.house-form",
        "A Chinese name in the house's own system, written otherwise than the house writes it",
        "In a house that keeps Wade-Giles, a name the gazetteer knows whose given name is "
        "run together (Chou Enlai: Chou En-lai), or, in a text that writes Wade-Giles's "
        "aspiration mark, whose mark is lost (Liu Shao-chi: Liu Shao-ch'i): for review, "
        "as a house may print Wade-Giles without its marks.",
        fails=("Mao Tse-tung and Chou Enlai met; P'eng Te-huai came later.",),
        passes=("Mao Tse-tung and Chou En-lai met.", "Liu Shao-chi spoke first."),
        style=WADE_GILES,
    ),
    Rule(
        "zh.variants",
        "One Chinese name written in several systems",
        "The same name stands in two or more non-house forms, and one of them needs a person "
        "(Dairen, and Dalny, the Russian town's own name): every spelling, every place, and "
        "the house form, for review. Where each has a safe fix of its own (Mao Tse-tung, Mao "
        "Ce-tung), those fixes are reported instead.",
        fails=("Dairen was busy in 1950. The docks of Dalny were old.",),
        passes=(
            "Mao Tse-tung spoke first. In Prague's files Mao Ce-tung spoke last.",
            "Mao Tse-tung, as the papers wrote.",
            "Mao Tse-tung (Mao Ce-tung in Prague's files) spoke.",
        ),
        style=BOOK,
    ),
    Rule(
        "zh.postal",
        "A Chinese name or place in its postal or another older form where the house writes pinyin",
        "Peking, Mukden, Chungking, Dairen: the gazetteer's postal and older forms of places "
        "the house writes in pinyin (a form the house accepts either way, Canton, is not "
        "reported). A postal form the gazetteer lacks is read by the postal system's rules "
        "(data/zh-postal.toml: the 1906 Joint-Session Conference's system, as the Postal "
        "Atlas of China used it) and reported for review when exactly one known place fits "
        "(Siangyang-hsien: Xiangyang Xian). A form inside an English proper name (Peking "
        "University, Peking Review, the Treaty of Nanking) is for review only: the name "
        "keeps its own spelling as printed.",
        fails=(
            "The delegation flew from Peking to Mukden.",
            "He was born in Siangyang-hsien.",
        ),
        passes=(
            "The delegation flew from Beijing to Shenyang.",
            "Canton and Guangzhou",
            "Taking the road, Note the date.",
        ),
        style={**BOOK, "include": ["familiar-chinese"]},
    ),
    Rule(
        "zh.mixed",
        "A Chinese name half converted to pinyin",
        "Some words or syllables of the name are pinyin and the rest Wade-Giles or a postal "
        "form, as a conversion by hand leaves them (Teng Xiaoping, Mao Tsedong, Kao Gang). "
        "Reported when, each syllable read by either system, the name is one the gazetteer "
        "has in pinyin; for review only, as the words may also be another person's name in "
        "pinyin (滕小平 is Teng Xiaoping).",
        fails=("Later Teng Xiaoping spoke.", "He quoted Mao Tsedong at length."),
        passes=(
            "Later Deng Xiaoping spoke.",
            "Later Teng Hsiao-p'ing spoke.",
            "Later Deng Hsiao-p'ing spoke.",  # Hsiao-p'ing is Wade-Giles: its own rule's
            "Mr Kang and Mr Teng spoke in Hong Kong.",
        ),
        style=BOOK,
    ),
    Rule(
        "zh.pinyin-form",
        "A Chinese name in pinyin's letters, divided or capitalized otherwise than GB/T 16159",
        "The words spell, letter for letter and syllable by syllable, a name the gazetteer "
        "has in pinyin, but split, hyphenated, joined or in lower case otherwise than GB/T "
        "16159-2012 writes it: a person's surname and given name are two words, the given "
        "name's syllables joined (6.3.1: Mao Zedong, not Mao Ze Dong or Mao Ze-dong); each "
        "word of a proper name apart and capitalized (6.3.2: Renmin Ribao, Zhongguo "
        "Gongchandang). The fix changes only spaces, hyphens and capitals, so it is safe; "
        "where it would add or drop an apostrophe (Xian, Xi'an) the letters may be another "
        "name's, and it is for review, as is a name that only lacks its capitals (Renmin "
        "ribao), as many presses write periodicals and publishers by choice, and a body's "
        "name that pinyin words in lower case go on after (Zhongguo gong chan dang zhongyang "
        "weiyuanhui): the name may be longer than the gazetteer's, and a phrase is fixed "
        "whole or not at all.",
        fails=(
            "Later Mao Ze Dong spoke.",
            "Liu Shao-qi spoke.",
            "The Renminribao printed it.",
            "the Zhongguo gongchandang",
            "The Zhongsu Youhao Xiehui met.",  # 6.3.3: Zhong-Su
        ),
        passes=(
            "Later Mao Zedong spoke.",
            "Liu Shaoqi spoke.",
            "The Renmin Ribao printed it.",
            "Later Mao Tse-tung spoke.",  # Wade-Giles: its own rule's
            "He Long and Chen Yi met.",
        ),
        style=BOOK,
    ),
    Rule(
        "zh.gloss-form",
        "A romanization beside its characters, divided or capitalized otherwise than the "
        "house writes them",
        "The author glossed a romanized term with its characters (Zhongsu guanxi (中苏关系), "
        "or 中苏关系 (Zhongsu guanxi)), "
        "and the words spell, letter for letter, what the house's system writes for them, "
        "but divided, joined, hyphenated or capitalized otherwise: in a pinyin house, GB/T "
        "16159-2012's words and capitals (6.3.3: Zhong-Su guanxi; 6.1: yibiandao, the word "
        "the unit). The fix is the house's form of the characters; the characters stay as "
        "written. It is for review: the division of running Chinese is the romanizer's "
        "reading, which an editor confirms.",
        fails=(
            "The talks on the Zhongsu guanxi (中苏关系) failed.",
            "It was a yi bian dao (一边倒) policy.",
            "The talks on the 中苏关系 (Zhongsu guanxi) failed.",
        ),
        passes=(
            "The talks on the Zhong-Su guanxi (中苏关系) failed.",
            "It was a yibiandao (一边倒) policy.",
            "Mao Tse-tung (毛泽东) spoke.",  # other letters: another rule's
        ),
        style=BOOK,
    ),
    Rule(
        "zh.unromanized",
        "Hanzi left in romanized text",
        "The house romanizes Chinese; these characters are still in Hanzi. The fix is their "
        "romanization (not applied by --fix); for a Soviet or other foreign person the "
        "gazetteer knows by his Chinese name (尤金 Юдин, 多列士 Thorez), his name as the "
        "house writes it (Yudin, Thorez), not the characters' pinyin (Youjin).",
        fails=("as 毛泽东 said",),
        passes=("as Mao Zedong said",),
        style=BOOK,
    ),
    Rule(
        "zh.exception",
        "An exception of the house style not applied to a Chinese name",
        "The house prints this name in a fixed form; the system's form stands here instead.",
        fails=("Jiang Jieshi fled to Taiwan.",),
        passes=("Chiang Kai-shek fled to Taiwan.",),
        style=BOOK_WITH_EXCEPTIONS,
    ),
)
