"""The checks, each a declarative unit: its id, what it finds, and examples that must fail and
examples that must pass (the test suite runs every one, as proselint does): the Russian ones
here, the Chinese ones in rules_zh.py."""

from __future__ import annotations

from .rule import BOOK, BOOK_WITH_EXCEPTIONS, WADE_GILES, Rule
from .rules_zh import ZH_RULES

__all__ = ["BOOK", "BOOK_WITH_EXCEPTIONS", "RULES", "WADE_GILES", "Rule"]

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
        *ZH_RULES,
    )
}
