"""A Russian surname in its Belarusian, Latvian or Lithuanian form, in Dutch transcription and
in the press's mixed spellings, read as the Russian name; names that only look alike kept
apart."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import bukva
from bukva.names.belarusian import same_in_belarusian
from bukva.names.cluster import cluster


@pytest.mark.parametrize(
    ("latin", "cyrillic", "form"),
    [
        ("Lukashenka", "Лукашенко", "Лукашэнка"),  # BGN/PCGN Belarusian: -енка, э after ш
        ("Lukašenka", "Лукашенко", "Лукашэнка"),  # the national system's š
        ("Masherau", "Машеров", "Машэраў"),  # the passport's u for ў
        ("Siarheyeu", "Сергеев", "Сяргэеў"),  # ia for я (yakanye); BGN/PCGN's e read as э
        ("Siarhiejeŭ", "Сергеев", "Сяргееў"),  # the national system: ie, je, ŭ
        ("Karatkevich", "Короткевич", "Караткэвіч"),  # akanye twice
        ("Charnushenka", "Чернушенко", "Чарнушэнка"),  # а for е after the hardened ч
        ("Palkhouski", "Полховский", "Палхоўскі"),  # -оўскі
        ("Bykau", "Быков", "Быкаў"),
        ("Kuzniatsou", "Кузнецов", "Кузняцоў"),  # я for е, ў for в
        ("Woranau", "Воронов", "Воранаў"),  # Łacinka's w for в
    ],
)
def test_belarusian_form_matches_the_russian_name(latin, cyrillic, form):
    found = bukva.match(latin, cyrillic)
    assert found.same
    assert f"{latin} is {form}, the Belarusian spelling of {cyrillic}" == found.reason


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Kamarov", "Комаров"),  # one а for о: no mark of Belarusian spelling
        ("Lukashenka, P.", "Лукашенко, А."),  # the given names differ
        ("Lukashenka", "Лукашевич"),
        ("Masherau", "Мушеров"),
    ],
)
def test_a_look_alike_is_no_belarusian_form(a, b):
    assert not bukva.match(a, b).same


def test_given_names_of_a_belarusian_form_agree():
    assert bukva.match("Aliaksandr Lukashenka", "Александр Лукашенко").same
    assert bukva.match("Lukashenka, A. H.", "Лукашенко, А. Г.").same


def test_cluster_joins_the_belarusian_form_with_the_russian_one():
    groups = cluster(["Lukashenka", "Лукашенко", "Lukashenko", "Masherau", "Masherov, P. M."])
    members = sorted(sorted(g.members) for g in groups)
    assert members == [
        ["Lukashenka", "Lukashenko", "Лукашенко"],
        ["Masherau", "Masherov, P. M."],
    ]


_RUSSIAN = st.text(alphabet="абвгдежзиклмнопрстуфхцчшщыэюя", min_size=2, max_size=10)


@settings(max_examples=300, deadline=None)
@given(_RUSSIAN)
def test_a_russian_spelling_is_never_its_own_belarusian_form(word):
    """A Belarusian form needs a mark of Belarusian spelling: the Russian itself has none."""
    assert not same_in_belarusian(word + "ов", word + "ов")


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        ("Sidorovs", "Сидоров"),  # Latvian -s
        ("Kolesnikovs", "Колесников"),
        ("Sidorovas", "Сидоров"),  # Lithuanian -as
        ("Oginskis", "Огинский"),  # Lithuanian -skis
        ("Tolstojus", "Толстой"),  # Lithuanian -jus
        ("Rastorgujevs", "Расторгуев"),
        ("Valerijs", "Валерий"),  # Latvian -ijs
        ("Dmitrijus", "Дмитрий"),  # Lithuanian -ijus
        ("Kubassova", "Кубасова"),  # French ss between vowels
        ("Vasilieva", "Васильева"),  # the press's ie for ье
        ("Yuriev", "Юрьев"),
        ("Sychyov", "Сычёв"),  # yo after ч, which the press writes e
        ("Khrushchyov", "Хрущёв"),
        ("Tolmatchew", "Толмачёв"),  # French tch, German -ew
        ("Artjushenko", "Артюшенко"),  # j for y among English letters
        ("Tchetaev", "Четаев"),
        ("Guliayev", "Гуляев"),  # BGN's ye after the book form's ia
        ("Yustrich", "Юстрич"),  # a Latin y first is never ы
        ("Wolkoff", "Волков"),  # German w with the émigré -off
        ("Gortschakoff", "Горчаков"),  # German tsch
        ("Woronzoff", "Воронцов"),  # German z for ц
        ("Schuwaloff", "Шувалов"),
        ("Tscherkassoff", "Черкасов"),
        ("Wassilieff", "Васильев"),  # ie for ье before -eff
    ],
)
def test_baltic_endings_and_mixed_press_spellings_read_as_the_name(latin, cyrillic):
    assert bukva.identify(latin).sources[0] == cyrillic
    assert bukva.match(latin, cyrillic).same


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        ("Wolkoff", "Волков"),
        ("Woronzoff", "Воронцов"),
        ("Wassilieff", "Васильев"),
        ("Sidorovs", "Сидоров"),
    ],
)
def test_reverse_reads_a_mixed_spelling_of_a_name_the_lexicon_holds(latin, cyrillic):
    assert bukva.reverse(latin, lang="ru") == cyrillic


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        ("Wolkoff", "Волкова"),  # a man's name, a woman's
        ("Wolkoff", "Волконский"),
        ("Woronzoff", "Воронов"),
        ("Gortschakoff", "Горчакова"),
        ("Scheff", "Шев"),  # a German name: no stem before its -eff
    ],
)
def test_an_emigre_spelling_meets_no_other_name(latin, cyrillic):
    assert not bukva.match(latin, cyrillic).same


@pytest.mark.parametrize(
    ("latin", "cyrillic", "same"),
    [
        ("Pleskunovs", "Плескунов", True),  # made up: no lexicon holds them; the Cyrillic is given
        ("Pleskunovas", "Плескунов", True),
        ("Zverkins", "Зверкин", True),
        ("Zverkins, P.", "Зверкин, П.", True),
        ("Zverkins, P.", "Зверкин, В.", False),  # the given names differ
        ("Pokreckis", "Покрецкий", True),  # -ckis for -цкий, the systems' -cki, -ckij
        ("Edijs", "Эдий", True),
        ("Perkins", "Перкин", False),  # an English name of its own: the dictionary holds it
        ("Watkins", "Уоткин", False),
        ("Pleskunovs", "Пескунов", False),
    ],
)
def test_a_baltic_ending_meets_the_given_cyrillic_name_the_lexicon_lacks(latin, cyrillic, same):
    assert bukva.match(latin, cyrillic).same is same
    if same and "," not in latin:
        assert "Latvian or Lithuanian ending" in bukva.match(latin, cyrillic).reason


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        ("Stratiev", "Стратиев"),  # a Bulgarian -iev as ISO 9 writes it, not Стратьев
        ("Nikolaev", "Николаев"),  # written exactly: no mixed form tried
        ("Ivanova", "Иванова"),
    ],
)
def test_names_written_exactly_are_read_as_written(latin, cyrillic):
    assert bukva.identify(latin).sources[0] == cyrillic


def test_identify_says_belarusian_and_gives_both_spellings():
    found = bukva.identify("Aliaksandr Lukashenka")
    assert found.language == "be"
    assert found.sources == ("Лукашэнка", "Лукашенко")
    assert found.given_initials == ("А",)
    assert bukva.identify("Masherau").sources == ("Машэраў", "Машеров")
    assert bukva.identify("Dzianis").sources == ("Дзяніс", "Денис")


def test_a_belarusian_name_clusters_under_the_house_form():
    groups = cluster(["Bykau", "Быков, В. В.", "Lukashenka", "Aliaksandr Lukashenka"])
    assert [g.canonical for g in groups] == ["Bykov, V. V.", "Lukashėnka, A."]


@pytest.mark.parametrize("latin", ["Jenkins", "Hopkins", "Collins", "Pietro", "Vasilieva"])
def test_an_english_or_russian_name_is_no_belarusian_or_baltic_form(latin):
    found = bukva.identify(latin)
    assert found.language != "be"
    assert not found.sources[0].endswith(("кин", "лин"))  # Jenkins is no Latvian Енкин


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [("Chroesjtsjov", "Хрущёв"), ("Brezjnev", "Брежнев"), ("Joedin", "Юдин")],
)
def test_a_dutch_transcription_matches_its_name(latin, cyrillic):
    found = bukva.match(latin, cyrillic)
    assert found.same and found.reason.endswith("by Dutch transcription")


def test_the_checker_reads_no_word_by_a_forward_only_system():
    """Dutch is written forward and matched, never used to read a manuscript's words (Oene,
    a Dutch village, is no Уне)."""
    from bukva.checker.recognize import _russian_systems

    assert "dutch" not in _russian_systems() and "german" in _russian_systems()
    assert bukva.romanize("Хрущёв", lang="ru", system="dutch") == "Chroesjtsjov"
