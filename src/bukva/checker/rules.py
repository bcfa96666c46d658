"""The checks, each a declarative unit: its id, what it finds, and examples that must fail and
examples that must pass (the test suite runs every one, as proselint does)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Rule:
    id: str
    title: str
    explanation: str
    fails: tuple[str, ...]
    passes: tuple[str, ...]
    style: dict = field(default_factory=dict)  # the house style the examples assume


BOOK = {"ru": "ala-lc-book", "zh": "pinyin"}
BOOK_WITH_EXCEPTIONS = {**BOOK, "exceptions": {"Микоян": "Mikoyan", "蒋介石": "Chiang Kai-shek"}}

RULES: dict[str, Rule] = {
    r.id: r
    for r in (
        Rule(
            "ru.wrong-system",
            "Russian romanized by another system than the house's",
            "A word that some system writes for a Russian word, but not the house system: the "
            "fix is the house system's form of the same Russian word. A given name Russian does "
            "not decline (Palmiro, Пальмиро: OpenCorpora's indeclinable names) is another "
            "language's name in Russian letters: its fix is for review only. A capitalised "
            "name is read as the name Russian writes and declines, in the nominative (Vasily is "
            "Василий, not василы, a plural; Tatyana is Татьяна, not Татяна, a variant the "
            "lexicon lists and no Russian text uses: wordfreq's Russian list); a name read only "
            "as another case or such a variant is for review only. So is a name inside an "
            "English proper name (the Tretyakov Gallery, Khrushchev Remembers): a gallery's, a "
            "prize's or a title's own spelling may stand. An initial beside a Russian surname "
            "that spells one Cyrillic letter alone (Yu. V. Andropov: Iu.) is fixed too. One "
            "italic word that reads as a Russian word is Russian (*Zarya*: for review); an "
            "adjective read as a short plural before a masculine noun it cannot then follow "
            "is the full form written -y (bumazhny tigr: bumazhnyi). A word beside Russian words "
            "that reads as none, but as a common word with a soft sign (Nauka i zhizn: жизнь), "
            "lost its sign: for review. A given name the lexicon lists in a rare form without "
            "its sign (Lyubov: Любов) is the much commoner one with it (Любовь), for review. A "
            "Soviet person's surname after the English form of his given name is fixed whole, "
            "for review (Alexander Fadeyev: Aleksandr Fadeev).",
            fails=(
                "They read Nauka i zhizn every month.",
                "The comedies starred Lyubov Orlova.",
                "The novel of Alexander Fadeyev sold well.",
                "the Obshchestvo sovetsko-kitaiskoi družby",
                "The paper *Zarya* sold well.",
                "He called them a *bumazhny tigr*.",
                "Yu. V. Andropov met Mao.",
                "Pavel Yudin arrived",
                "He read Literaturnaya gazeta.",  # a periodical's title in sentence case
                "the journal Novyĭ mir",
                "Palmiro spoke first",
                "Vasily Kuznetsov arrived",
                "Tatyana Ivanova arrived",
                "Vasilij Kuznecov arrived",  # ISO 9 without a diacritic: the name read whole
                "GARF — Gosudarstvennyy Arkhiv Rossiyskoy Federatsii",  # a body in title case
            ),
            passes=(
                "the Obshchestvo sovetsko-kitaiskoi druzhby",
                "Pavel Iudin arrived",
                "the journal Novyi mir",
                "Iran and China signed",
                "Vasilii Kuznetsov arrived",
                "Tat'iana Ivanova arrived",
                "The Škoda works in Plzeň sent turbines.",
                "In the village the *stary doma* were empty.",
                "They read Nauka i zhizn' every month.",
                "The comedies starred Liubov' Orlova.",
                "Alexander Werth reported from Moscow.",
            ),
            style=BOOK,
        ),
        Rule(
            "ru.older-spelling",
            "A Russian name in an older or mixed spelling",
            "A spelling no romanization system writes, as older English and émigré usage did "
            "(Tukhachevski, Romanoff, Tchaikovsky): the house form of the same name, for review "
            "only, since it may be the bearer's own spelling. A -ski name counts only with "
            "Russian romanization's letters (Polish names keep theirs). A lower-case word in a "
            "mixed spelling too (edinonachaliye: LC's e at its start, the press's -iye), and a "
            "word in LC's letters with the press's -y for й at its end (Rossiiskoy).",
            fails=(
                "Marshal Tukhachevski was arrested.",
                "The files of the Gosudarstvennyi arkhiv Rossiiskoy Federatsii were read.",
                "The Romanoff family left.",
                "The director ruled by *edinonachaliye*.",
            ),
            passes=(
                "Marshal Tukhachevskii was arrested.",
                "General Sikorski flew to London.",
                "Marshal Rokossowski commanded.",
            ),
            style=BOOK,
        ),
        Rule(
            "ru.unlisted-name",
            "A Russian surname no dictionary lists, in another system",
            "A capitalised word no Russian dictionary holds as a name (Zimyanin; Myasnikov, "
            "alone, reads only as мясников, 'of butchers') that reads as a surname by its "
            "shape (-ov, -in, -skii; letters as Russian surnames or words have them) in a "
            "system other than the house's, which could not have written it for such a "
            "surname, or in a mixed spelling of a system's letters and English's -sky "
            "(Rodzaevsky): the house form, for review only (it may be the bearer's own spelling).",
            fails=(
                "Mikhail Zimyanin wrote to Gromyko.",
                "The party of Konstantin Rodzaevsky marched.",
                "The engineer Petroshevsky arrived.",
                "Tatiana Zazerskaya read the files.",
                "The sinologist Myasnikov edited the volume.",
            ),
            passes=(
                "Mikhail Zimianin wrote to Gromyko.",
                "The engineer Petroshevskii arrived.",
                "Colin Powell met Bleddyn Davies.",
                "They read Slansky and Kaplinsky.",
            ),
            style=BOOK,
        ),
        Rule(
            "ru.exception",
            "An exception of the house style not applied",
            "The house prints this name in a fixed form (an exception, or a curated list it "
            "includes) in running text; the system's form stands here instead.",
            fails=("Mikoian flew to Beijing.",),
            passes=("Mikoyan flew to Beijing.",),
            style=BOOK_WITH_EXCEPTIONS,
        ),
        Rule(
            "ru.variants",
            "One Russian name spelled several ways",
            "The same Russian word is romanized differently in different places, and one of "
            "them needs a person: every spelling, every place, and the house form, for review. "
            "Where each wrong spelling has a safe fix of its own (Iudin beside Yudin in a house "
            "that writes Yudin), those fixes are reported instead.",
            fails=("Alexander Panyushkin arrived in 1952. Paniushkin left in 1953.",),
            passes=(
                "Iudin wrote to Moscow. Later Iudin left.",
                "Iudin wrote to Moscow. Later Yudin left.",  # Yudin's own safe fix
            ),
            style=BOOK,
        ),
        Rule(
            "ru.unromanized",
            "Cyrillic left in romanized text",
            "The house romanizes Russian; this stretch is still in Cyrillic. The fix is its "
            "romanization (not applied by --fix: the author may mean to quote it).",
            fails=("the Общество советско-китайской дружбы",),
            passes=("the Obshchestvo sovetsko-kitaiskoi druzhby",),
            style=BOOK,
        ),
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
            "A Chinese name in the Czech transcription where the house writes pinyin",
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
            "A Chinese name in Yale romanization where the house writes pinyin",
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
            "A Chinese name or place in its postal or another older form where the house writes "
            "pinyin",
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
}
