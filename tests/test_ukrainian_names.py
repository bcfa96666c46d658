"""Ukrainian names in a Ukrainian romanization (the national system of 2010, BGN/PCGN's since
2019, and ALA-LC's without its marks) read back, identified and matched."""

from __future__ import annotations

import pytest

import bukva
from bukva.reading_back import _reverse_detailed

# names of the period and of Ukraine's places, as Ukrainian writes them
UKRAINIAN = [
    "Грушевський",
    "Щербицький",
    "Підгорний",
    "Кириченко",
    "Шелест",
    "Мельниченко",
    "Тичина",
    "Рильський",
    "Корнійчук",
    "Хмельницький",
    "Довженко",
    "Симоненко",
    "Микола",
    "Олексій",
    "Юрій",
    "Євген",
    "Ірина",
    "Григорій",
    "Володимир",
    "Ольга",
    "Миколайович",
    "Київ",
    "Львів",
    "Харків",
    "Запоріжжя",
    "Вінниця",
    "Чернігів",
]


@pytest.mark.parametrize("name", UKRAINIAN)
def test_the_national_system_is_read_back_as_ukrainian_writes_the_name(name):
    latin = bukva.romanize(name, lang="uk", system="bgn-pcgn")
    assert bukva.reverse(latin, lang="uk") == name


@pytest.mark.parametrize(
    ("latin", "russian"),
    [
        ("Hrushevskyi", "Грушевский"),  # was Хрусхевскый: ISO 9's h, ы for y
        ("Shcherbytskyi", "Щербицкий"),  # -ський, -цький: -ский, -цкий
        ("Pidhornyi", "Подгорный"),  # і of a closed syllable: о, as Russian's dictionary has it
        ("Khmelnytskyi", "Хмельницкий"),  # the soft sign the system drops
        ("Zelenskyy", "Зеленский"),  # y for й, as the older BGN and the press write it
        ("Yurii", "Юрий"),
        ("Iryna", "Ирина"),  # a Latin i for і, and Ирина a name Russian's dictionary has
        ("Mykola", "Микола"),  # the word in Russian letters; Николай is only said
        ("Bohdan", "Богдан"),  # h for г where only ISO 9 reads the word and English has none
    ],
)
def test_a_ukrainian_romanization_is_read_in_russian_letters(latin, russian):
    result = _reverse_detailed(latin, "ru", "auto", {})
    assert result.text == russian
    said = [n.message for n in result.warnings if n.code == "ukrainian"]
    assert said and latin in said[0]


def test_the_russian_name_is_said_never_written():
    result = _reverse_detailed("Mykola Pidhornyi", "ru", "auto", {})
    assert result.text == "Микола Подгорный"
    messages = [n.message for n in result.warnings]
    assert any("the Russian name is Николай" in m for m in messages)
    assert "Ukrainian national system" in messages[0]  # not "read as iso9"


@pytest.mark.parametrize(
    ("latin", "russian"),
    [
        ("Shelest", "Шелест"),  # a Russian name as well
        ("Gromyko", "Громыко"),  # an indeclinable Russian surname: y is ы
        ("Lysenko", "Лысенко"),
        ("Skrypnik", "Скрыпник"),  # y and i both as Russian's systems write ы and и
        ("Podgornyi", "Подгорный"),  # Russian either way
        ("Kovpak", "Ковпак"),
        ("Dymov", "Дымов"),  # y between consonants: ы as likely as Ukrainian's и
        ("Krylenko", "Крыленко"),
    ],
)
def test_a_russian_romanization_stays_russian(latin, russian):
    result = _reverse_detailed(latin, "ru", "auto", {})
    assert result.text == russian
    assert not [n for n in result.warnings if n.code == "ukrainian"]


@pytest.mark.parametrize("latin", ["Harin", "Henderson", "Hill", "Richardson"])
def test_an_h_alone_is_no_ukrainian_name(latin):
    # Harin may be Харин (ISO 9, Russian in every letter) or Гарін; English has the others
    result = _reverse_detailed(latin, "ru", "auto", {})
    assert not [n for n in result.warnings if n.code == "ukrainian"]


def test_identify_says_ukrainian_and_gives_both_spellings():
    ident = bukva.identify("Shcherbytskyi, Volodymyr")
    assert ident.language == "uk"
    assert ident.sources == ("Щербицький", "Щербицкий")
    assert ident.given_initials == ("В",)
    assert ident.renderings["ala-lc"] == "Shcherbyt͡sʹkyĭ"
    assert bukva.identify("Shelest, Petro").language == "ru"


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Shcherbytskyi, Volodymyr", "Shcherbitskii, V. V.", True),  # Ukrainian and LC's book
        ("Shcherbytskyi, Volodymyr", "Щербицкий, В. В.", True),
        ("Hrushevskyi, Mykhailo", "Грушевський Михайло", True),
        ("Shcherbytskyi, Volodymyr", "Shcherbitskii, N. V.", False),  # another given name
    ],
)
def test_match_a_ukrainian_romanization(a, b, same):
    assert bukva.match(a, b).same is same


def test_cluster_joins_a_ukrainian_romanization_alone_to_the_russian_one():
    groups = bukva.cluster(
        ["Kyrychenko, Oleksii", "Kirichenko, A. I.", "Hrushevskyi, Mykhailo", "Grushevskii, M. S."]
    )
    members = sorted(g.members for g in groups)
    # Олексій and Алексей: one name's initials in Ukrainian and Russian (О, А)
    assert members == [
        ["Hrushevskyi, Mykhailo", "Grushevskii, M. S."],
        ["Kyrychenko, Oleksii", "Kirichenko, A. I."],
    ]


@pytest.mark.parametrize(
    ("lang", "latin", "cyrillic"),
    [
        ("bg", "Todor Zhivkov", "Тодор Живков"),  # was Тудор: a Russian name by its sound
        ("sr", "Josip Broz", "Јосип Броз"),  # was Йосип Браз
        ("uk", "Petro Shelest", "Петро Шелест"),  # was Петру
    ],
)
def test_another_languages_reading_is_not_taken_for_a_russian_name(lang, latin, cyrillic):
    """Reading back by sound and by Russian's lexicon is for Russian; another language's text
    is read by its own table (and Ukrainian's by its dictionary)."""
    assert bukva.reverse(latin, lang=lang) == cyrillic


@pytest.mark.parametrize(
    ("latin", "russian"),
    [
        ("Mykola Skrypnyk", "Микола Скрипник"),  # beside Mykola: Скрипник, not Скрыпнык
        ("Vladimir Skrypnik", "Владимир Скрыпник"),  # no Ukrainian word beside: Russian's
        ("Petro Shelest", "Петро Шелест"),
    ],
)
def test_a_word_in_one_name_with_a_ukrainian_one_is_read_as_ukrainian(latin, russian):
    assert bukva.reverse(latin) == russian


@pytest.mark.parametrize(
    ("latin", "ukrainian"),
    [
        ("Ivano-Frankivsk", "Івано-Франківськ"),  # read whole: was Іваньо-Франківськ
        ("Kamianets-Podilskyi", "Кам'янець-Подільський"),  # the apostrophe the system drops
        ("Pereiaslav-Khmelnytskyi", "Переяслав-Хмельницький"),
        ("Kryvyi Rih", "Кривий Ріг"),
        ("Bila Tserkva", "Біла Церква"),
    ],
)
def test_ukrainian_places_are_read_whole_with_their_apostrophe(latin, ukrainian):
    result = _reverse_detailed(latin, "uk", "auto", {})
    assert result.text == ukrainian
    assert not [n for n in result.warnings if "Russian system" in n.message]
