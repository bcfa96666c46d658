"""The order of a name's parts: surname and given names however a heading, a file or a text
writes them ("Khrushchev, N. S.", Хрущёв Никита Сергеевич, тов. Хрущёв), and whether a name
stands in Chinese order, surname first: how a name that several systems and languages could
spell is told to be Chinese (Гэ Юнь, Shen Chin) or Russian (Иван Ли)."""

from __future__ import annotations

import re

INITIAL = re.compile(r"^[^\W\d_]{1,2}\.$|^[^\W\d_]$")  # N., Ju., N
CYRILLIC = re.compile("[\u0400-\u04ff]")


def surname_first(pinyin: str) -> bool:
    """Whether a name of two or three words read as Chinese (``pinyin``) begins with a common
    Chinese surname of one syllable, as Chinese order has it (Shen Chin, Hsieh An; Ivan Li
    does not)."""
    from ..chinese.convert import surname_syllables

    words = pinyin.split()
    return 2 <= len(words) <= 3 and words[0].lower() in surname_syllables()


def chinese_order(text: str) -> bool:
    """Whether a Cyrillic name of two or three words reads surname first as a Chinese one does:
    its first word a common Chinese surname in Palladius (Гэ, Шань, Цю) and no Russian given
    name (Гэ Юнь, Цю Линь: Линь is a Russian word, the name still Chinese)."""
    from ..chinese.convert import surname_syllables
    from ..chinese.tables import parse, table
    from ..languages.lexicon import _analyzer

    words = text.split()
    if not 2 <= len(words) <= 3:
        return False
    first = parse(words[0], table("palladius"))
    if not first or len(first) != 1 or first[0] not in surname_syllables():
        return False
    morph = _analyzer("ru")
    return morph is None or not any(  # Вань is only Ваня's genitive plural; Ли is Fixd,
        {"Name", "nomn", "sing"} <= set(p.tag.grammemes)  # a foreign name that never declines
        and "Fixd" not in p.tag.grammemes
        and p.is_known
        for p in morph.parse(words[0].lower())
    )


# a title or form of address before a name, as files and letters give it (тов. Хрущёв, т.
# Юдин, Marshal Zhukov, s. Novotný): no given name; a one-letter one only in lower case (Т. is
# an initial)
_TITLE = re.compile(
    r"^(?:(?:(?i:товарищ|г-н|г-жа|академик|профессор|генерал|маршал|посол|comrade|marshal"
    r"|general|ambassador|academician|professor|dr|mr|mrs|mme|herr|frau|genosse|soudruh"
    r"|camarade|towarzysz)\.?|(?i:тов|гр|акад|проф|ген|gen|prof|tow)\.|[тгs]\.)\s+)+(?=\w)"
)  # an abbreviation only with its point: Gen Ito and Tow Chiang are names


# a patronymic (Сергеевич, Ильич, Ивановна; Sergeevich, Sergeyevich, Ivanovna; German
# Sergejewitsch, Czech Sergejevič, Polish Siergiejewicz, French Sergueïevitch; Ilyich, Iljitsch,
# Ilitch, Iljič)
_PATRONYMIC = re.compile(
    r"(?:[ое]вич|[ое]вна|[іїє]вна|ьич|[кмл]ич|ична|[oeë][vw]i(?:t?ch|tsch|č|cz)|[oe][vw]n[aá]|ichna"
    r"|il[ʹ'jy]?i?(?:t?ch|tsch|č))$",
    re.IGNORECASE,
)


def split_name(name: str) -> tuple[str, tuple[str, ...]]:
    """Surname and given names: "Khrushchev, N. S.", "N. S. Khrushchev", "Nikita Khrushchev"."""
    if "," in name:  # a heading: Kapul, N. P. (Naum Pavlovich), 1924-1997, editor.
        surname, _, rest = name.partition(",")
        rest = re.sub(r"\([^)]*\)", " ", rest).split(",")[0]  # the fuller form, dates, roles
        given = re.findall(r"[^\s.]+\.?", rest)
        return surname.strip(), tuple(g for g in given if g[:1].isalpha() and g[:1].isupper())
    bracket = re.fullmatch(r"([^\s()]+)\s*\(([^()]+)\)", name)  # (dates, glosses: unglossed)
    if bracket:  # an index's or a French book's order: Khrouchtchev (N. S.), Khrushchev (Nikita)
        return bracket.group(1), tuple(_initials_apart(re.findall(r"[^\s]+", bracket.group(2))))
    tokens = _initials_apart(re.findall(r"[^\s]+", name))
    if len(tokens) <= 1:
        return (tokens[0] if tokens else name), ()
    initials = [t for t in tokens if INITIAL.match(t)]  # N.S. is N., S. by now
    if tokens[-1] in initials and tokens[0] not in initials:
        return tokens[0], tuple(tokens[1:])  # Юдин П. Ф.: the surname first, as Russian has it
    if len(tokens) == 2 and not initials and _given_after_surname(tokens):
        return tokens[0], (tokens[1],)  # Хрущёв Никита
    patronymic = [bool(_PATRONYMIC.search(t)) for t in tokens]
    if len(tokens) == 3 and tokens[0] not in initials and patronymic[2] and not patronymic[1]:
        return tokens[0], tuple(tokens[1:])  # Хрущёв Никита Сергеевич: as a Soviet file has it
    return tokens[-1], tuple(tokens[:-1])


_RUN_OF_INITIALS = re.compile(r"(?:[^\W\d_]{1,2}\.){2,}")  # N.S., Н.С., Iu.V.


def _initials_apart(tokens: list[str]) -> list[str]:
    """The tokens with initials typed without a space (N.S., Н.С.) each a token: N., S."""
    out: list[str] = []
    for t in tokens:
        if _RUN_OF_INITIALS.fullmatch(t):
            out += re.findall(r"[^\W\d_]{1,2}\.", t)
        else:
            out.append(t)
    return out


def _given_after_surname(tokens: list[str]) -> bool:
    """Whether two Cyrillic words are a surname and a given name, as a Soviet file orders them:
    the second a given name to the Russian lexicon, or to the Ukrainian one (Хрущов Микита,
    Лукашенко Аляксандр), the first none (Хрущёв Никита; not Никита Хрущёв, nor Роман Кармен,
    where both are)."""
    from ..languages.lexicon import _analyzer

    if not all(CYRILLIC.match(t) for t in tokens):
        return False
    lexicons = [m for m in (_analyzer("ru"), _analyzer("uk")) if m is not None]
    if not lexicons:
        return False

    def given(word: str) -> bool:  # a word a lexicon has, not one its guesser makes a name
        low = word.lower()  # (скрыпник: a guessed Name, a surname the lexicon lacks)
        return any(
            morph.word_is_known(low)
            and any("Name" in p.tag and "nomn" in p.tag for p in morph.parse(low))
            for morph in lexicons
        )

    return given(tokens[1]) and not given(tokens[0])


def unglossed(name: str) -> str:
    """``name`` without an index's page numbers (Khrushchev, N. S., 12, 45-47), dates in brackets
    (Хрущёв Н. С. (1894-1971)) or a gloss in brackets after a name of two words or more (Гао Ган
    (Gao Gang)); after one word the brackets hold its given names (Khrouchtchev (N. S.)) and
    stay. What :func:`split_name` reads."""
    name = _LOCATORS.sub("", name).strip()
    name = re.sub(r"\s*\([^)]*\d[^)]*\)", " ", name).strip()
    gloss = re.fullmatch(r"(\S+(?:\s+\S+)+?)\s*\([^()]*\)", name)
    return gloss.group(1) if gloss else name


# a book index's page numbers after a name: 12, 45–47, 102n3, xiv, passim
_LOCATORS = re.compile(
    r"(?:,\s*(?:\d{1,4}(?:\s*[–—-]\s*\d{1,4})?(?:\s*n\.?\s*\d+)?|passim|[ivxlc]+))+\.?\s*$"
)


def strip_title(name: str) -> str:
    """``name`` without a title or form of address before it (тов. Хрущёв: Хрущёв)."""
    return _TITLE.sub("", name)


def chinese_heading(name: str) -> str | None:
    """A catalog heading of a Chinese name, the name as it is written: "Mao, Zedong, 1893-1976"
    and "Chʻen, Ming-tsʻun." (LC's and RDA's order: the surname, a comma, the given name, then
    dates or a role) are Mao Zedong and Chʻen Ming-tsʻun; "岳珂, 1183-1234, author", "陈　方竞."
    and "收藏. 梁清標, 1620-1691" (a role before it: collector) are 岳珂, 陈方竞, 梁清標. None
    for any other text (Kapul, N. P.; Li, Anna)."""
    from ..chinese.script import HAN

    if HAN.search(name):
        return _han_heading(name)
    if "," not in name:
        return None
    from ..chinese.convert import surname_syllables
    from ..chinese.tables import parse, table
    from .chinese_names import _russian_name

    surname, _, rest = name.partition(",")
    given = re.sub(r"\([^)]*\)", " ", rest).split(",")[0].split()
    surname = surname.strip()
    if len(given) != 1 or not re.fullmatch(r"[A-Z][a-zü'’ʻ‘-]*\.?", given[0]):
        return None
    given_name = given[0].rstrip(".")
    if " " in surname or _russian_name(given_name):
        return None  # Li, Anna: a Russian given name, whatever its letters spell in pinyin
    for system in ("pinyin", "wade-giles"):
        first = parse(surname, table(system))
        if first is None or len(first) != 1 or first[0] not in surname_syllables():
            continue
        # pinyin writes a given name joined, Wade-Giles hyphenated (Ming-tsʻun)
        written = given_name if system == "wade-giles" else given_name.replace("-", "")
        rest_syllables = parse(written, table(system))
        if rest_syllables is not None and 1 <= len(rest_syllables) <= 2:
            return f"{surname} {given_name}"
    return None


_HAN_RUN = re.compile("[\u3400-\u9fff\uf900-\ufaff][\u3400-\u9fff\uf900-\ufaff \u3000]*")
# roles a Chinese record puts before or after a name it credits (收藏. 梁清標: the collector;
# 富大用, 編.: the editor)
_HAN_ROLES = frozenset(
    "撰 著 编 編 辑 輯 校 注 译 譯 刻 绘 繪 收藏 编次 編次 主编 主編 书 書".split()
)


def _han_heading(name: str) -> str | None:
    """The name in a heading in Hanzi: its Hanzi before the dates or the role (a surname and a
    given name the cataloger set apart by a comma or a space joined), after any role before it;
    None where the text is the name alone or no such heading."""
    from ..chinese.lexicons import names
    from ..chinese.word_kinds import begins_with_surname

    text = name.strip()
    head = re.match(r"([\u3400-\u9fff\uf900-\ufaff]{1,3})\.\s+(?=[\u3400-\u9fff])", text)
    if head and head.group(1) in _HAN_ROLES:
        text = text[head.end() :]
    parts = [p.strip() for p in text.split(",")]
    name_parts = []
    for part in parts:
        bare = part.rstrip(".").replace("\u3000", " ").strip()
        if not bare or not _HAN_RUN.fullmatch(bare) or len(name_parts) == 2:
            break
        if name_parts and bare in _HAN_ROLES:
            break  # 富大用, 編.: the role after the name (editor)
        name_parts.append(bare.replace(" ", ""))
    joined = "".join(name_parts)
    if not 2 <= len(joined) <= 4 or joined == name.strip():
        return None
    if not begins_with_surname(joined, names()):
        return None  # 老子. 道德經.: no person's name (Laozi, and a title)
    return joined
