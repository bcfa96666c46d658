"""The kinds of span whose words stay as written (quotations, titles, imprints, glosses, talk of
spelling, credits, another language, anglicized names; attributed sentences and titles in
romanized Russian, reported for review), each with examples the test suite runs: where a
finding is kept back, and the same words outside such a span."""

from __future__ import annotations

from dataclasses import dataclass, field

from .rules import BOOK
from .span import RUSSIAN_TITLE


@dataclass(frozen=True)
class Context:
    """A kind of span whose words stay as written: examples where a finding is kept back (or,
    ``reported``, given for review only), and the same words outside such a span, where it is
    reported and may be fixed."""

    kind: str
    title: str
    protected: tuple[str, ...]
    unprotected: tuple[str, ...]
    style: dict = field(default_factory=lambda: dict(BOOK))
    reported: bool = False  # its findings are reported for review, not kept back


CONTEXTS: dict[str, Context] = {
    c.kind: c
    for c in (
        Context(
            "quotation",
            "Quoted text stays as printed",
            (
                "The cable read: “Mao Tse-tung received the ambassador.”",
                "He wrote «Chou En-lai is ill» that night.",
            ),
            ("Mao Tse-tung received the ambassador.", "He wrote that Chou En-lai was ill."),
        ),
        Context(
            "title",
            "Titles cited in notes and bibliography stay as printed",
            ("Notes\n\n[^1]: See *Mao Tse-tung and the Soviet Union* (London, 1960).",),
            ("Mao Tse-tung and the Soviet Union drew apart.",),
        ),
        Context(
            RUSSIAN_TITLE,
            "A cited title in romanized Russian: another system's letters for review, never fixed",
            (
                "Notes\n\n[^1]: Kapitsa, *Na raznykh parallelyakh*, 67.",
                "Notes\n\n[^1]: Lysenko, *Agrobiologiya*, 6th ed., 12.",
                "Notes\n\n[^1]: *Nauka i zhizn*, no. 9 (1958): 3.",
            ),
            (
                "Kapitsa served *na raznykh parallelyakh*, on several parallels.",
                "They read Nauka i zhizn every month.",
            ),
            reported=True,
        ),
        Context(
            "imprint",
            "The place of publication in a citation stays as the title page prints it",
            ("Notes\n\n[^1]: *Selected Works*, vol. 5 (Peking: Foreign Languages Press, 1977).",),
            ("Notes\n\n[^1]: The delegation reached Peking on 2 May.",),
        ),
        Context(
            "gloss",
            "A name glossed with another form of itself",
            (
                "Chiang Kai-shek (Jiang Jieshi) fled.",
                "Pavel Yudin, or Iudin, arrived.",
                "Port Arthur is Lüshun; Dairen is Dalian.",  # two names of one place equated
                "Khabarovsk is 伯力 (Boli) in older texts.",  # characters and their pinyin
            ),
            (
                "Jiang Jieshi fled.",
                "Iudin arrived.",
                "Dairen was a Japanese port.",
                "Stalin could send Iudin or Molotov.",  # two men: no gloss
                # an English translation in the brackets: the romanization is the author's
                "GARF: Gosudarstvennyy arkhiv Rossiyskoy Federatsii (State Archive of Russia)",
            ),
            {**BOOK, "include": ["familiar-chinese"], "exceptions": {"Юдин": "Yudin"}},
        ),
        Context(
            "spelling",
            "A sentence about spelling",
            (
                "We write Mikoyan rather than Mikoian.",
                "The name is also spelled Iudin.",
                "Khrushchov, as the Ukrainian press wrote him, arrived.",
                "The Chinese account calls the Soviet spokesman Su-ssu-lo-fu.",
                "The island, which the Chinese call Chen-pao, was taken.",
                "Stalin, we write Mikoyan rather than\nMikoian in this book.",
                "The Czech report writes Iudin.",
                "The form Mikoian appears in the Czech report.",
                "The adviser appears in the files as A'erxibofu, and Yudin as 尤金.",
                "Chinese papers write Vladivostok as 符拉迪沃斯托克.",
                "They knew the city only by its older name, Haishenwai.",
                "The Soviet interpreter wrote Mao's name as Мао Цзэдун.",
                "The ambassador Roshchin is 罗申 in the minutes and Luoshen in the index.",
                "Older books call the interpreter Shih Che and the ambassador Wang Chia-hsiang.",
                "The Comintern's files call him Yelizarov and describe him as unreliable.",
            ),
            (
                "Mikoian came to Beijing.",
                "Iudin came to Beijing.",
                "Khrushchov arrived.",
                "The Chinese called Su-ssu-lo-fu a revisionist.",
                "In the transcript of the talks, Mikoian speaks first.",  # a record, no spelling
                "Westad writes that Mikoian flew to Xibaipo.",  # writes that: no name's spelling
                "The letter, written by Mikoian in 1949, was never sent.",
                "The form of the treaty was settled by Mikoian.",
                "As 毛泽东 said, the wind from the East prevails.",  # the subject, no form cited
                "Kao Kang was purged in the press campaign.",  # no form a source gives
                "The engineer's name was 王鹤寿 in the ministry's files.",  # his name, told
                "Moscow protested to London rather than to Mikoian.",  # no form: a preposition
            ),
            {**BOOK, "exceptions": {"Микоян": "Mikoyan", "Юдин": "Yudin"}},
        ),
        Context(
            "credit",
            "People's own names where the text credits them",
            (
                "Notes\n\n[^1]: Ilya Gaiduk, *Confronting Vietnam* (Stanford, 2003), 12.",
                "## Bibliography\n\nJudin, Pavel. *Zapiski*. Praha, 1960.\n",
            ),
            ("Judin came to Beijing.", "Ilya Gaiduk came to Beijing."),
            {**BOOK, "exceptions": {"Юдин": "Yudin"}},
        ),
        Context(
            "foreign",
            "Text in another language, and names in another language's letters",
            (
                "Palmiro Togliatti spoke in Rome.",
                "Archives in Wrocław were opened.",
                "The Czech report (zpráva velvyslanectví z 12. března 1954, Mao Ce-tung) was sent.",
            ),
            ("The Obščestvo druzhby met.", "Mao Ce-tung spoke."),
        ),
        Context(
            "anglicized",
            "A surname after an English given name stays as its bearer wrote it in English",
            ("George Vernadsky taught at Yale.", "Alexander F. Kerensky wrote from New York."),
            ("Vernadsky taught at Yale.", "Georgii Vernadsky taught at Yale."),
        ),
        Context(
            "attributed",
            "A sentence citing a source in another language: its names for review, never fixed",
            (
                "In the German files the ambassador is Tscherwonenko.",
                "Judin, as the Czech embassy wrote his name, dined with Ch'en Yün.",
                "Kossyguine, in the Quai d'Orsay's summaries, is more flexible.",
            ),
            (
                "The ambassador Tscherwonenko came.",
                "Judin dined with Ch'en Yün.",
                "Kossyguine is more flexible.",
            ),
            {**BOOK, "exceptions": {"Юдин": "Yudin"}},
            reported=True,
        ),
    )
}
