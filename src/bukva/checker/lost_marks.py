"""Wade-Giles's aspiration mark, lost: a stop written plain that may be aspirated (Hung-chi for
Hung-ch'i, Tien-an-men for T'ien-an-men, Tai-yuan for T'ai-yuan). Presses and authors drop the
apostrophe often; read as written, such a name turns into another (Hongji, Dian'anmen,
Daiyuan). Where marking a stop spells a commoner Chinese word or name than the plain reading
(bukva.chinese.attested), the fix is that reading, for review."""

from __future__ import annotations

from ..chinese.attested import count, marked_readings
from ..chinese.tagger import SEEN_COUNT

# a marked reading rivals the plain one where jieba counts it at least a quarter as often
# (Chang-chou: 漳州 and 常州 both; Ta-kung: 大公 850, 塔公 a small town, no rival)
RIVAL = 4


def lost_mark(name: str, target: str, plain_fix: str) -> tuple[str, str] | None:
    """Whether the plain reading of ``name`` (a Wade-Giles group with a stop written plain,
    ``plain_fix`` in the house's system) is in doubt: (the fix, why it is for review), or None
    where it stands (the plain reading spells a word or name and no marked one does: Ta-kung,
    Kuang-chou). In doubt:

    - a marked reading spells a commoner word or name (Hung-chi: Hongqi, as Hung-ch'i); that
      reading is the fix;
    - both do, the marked one a rival (RIVAL) of the plain one (Chang-chou: Zhangzhou, or
      Changzhou as Ch'ang-chou); the plain one is the fix;
    - neither does: nothing tells whether a mark was lost.
    """
    from ..chinese.convert import convert

    spelled = (
        plain_fix if target == "pinyin" else convert(name, "wade-giles", "pinyin", strict=True)
    )
    plain = count(spelled)
    best, best_count = None, 0
    for marked in marked_readings(name):
        spelled = convert(marked, "wade-giles", "pinyin", strict=True)
        n = count(spelled) if spelled != marked else 0  # K'ang alone: no group to read
        if n > best_count:
            best, best_count = marked, n
    if best is not None and best_count >= SEEN_COUNT and best_count > plain:
        fix = convert(best, "wade-giles", target, strict=True)
        return fix, (
            f"read as {best}, a commoner word or name: Wade-Giles's aspiration mark may be lost "
            f"here (as written, {plain_fix})"
        )
    if best is not None and best_count * RIVAL >= plain >= SEEN_COUNT:
        other = convert(best, "wade-giles", target, strict=True)
        return plain_fix, (
            f"as written, {plain_fix}; read as {best}, with Wade-Giles's aspiration mark, "
            f"{other}: both are Chinese words or names"
        )
    if plain < SEEN_COUNT:
        return plain_fix, (
            "no Chinese word or name bukva knows reads so, and a stop written plain may have "
            "lost Wade-Giles's aspiration mark"
        )
    return None


# a surname's marked reading rivals its plain one where persons bear it a quarter as often, three
# at least (Cheng: 郑 Zheng 16, 程 Ch'eng 12)
SURNAME_SEEN = 3


def aspirated_reading(syllable: str) -> str | None:
    """The pinyin of a one-syllable Wade-Giles word read with the aspiration mark its plain
    stop may have lost (ping: p'ing, ping; chen: ch'en, chen); None where it has no plain stop
    or so marked reads as no one syllable."""
    from ..chinese.tables import parse, table

    marked = marked_readings(syllable)
    read = parse(marked[0].lower(), table("wade-giles")) if len(marked) == 1 else None
    return read[0] if read and len(read) == 1 else None


def surname_mark(surname: str, target: str) -> tuple[str, str] | None:
    """Whether a Wade-Giles surname with a stop written plain (Chen, Tang, Peng) may have lost
    its aspiration mark, as English books and their bearers often drop it: (the surname in
    pinyin, why it is for review), or None where the plain reading stands (Chang: 张 Zhang, far
    commoner than 常 Chang) or ``target`` is not pinyin. The fix is the marked reading where
    that is the commoner surname among CC-CEDICT's persons (Chen: 陈 Ch'en, not 甄 Zhen), the
    plain one where both are common (Cheng: 郑 Zheng, 程 Ch'eng)."""
    from ..chinese.tables import parse, table
    from ..names.syllable_odds import surname_counts

    plain_py = parse(surname.lower(), table("wade-giles"))
    marked_py = aspirated_reading(surname)
    if target != "pinyin" or not plain_py or len(plain_py) != 1 or marked_py is None:
        return None
    counts = surname_counts()
    plain, aspirated = counts[plain_py[0]], counts[marked_py]
    if aspirated < SURNAME_SEEN or aspirated * RIVAL < plain:
        return None
    marked = marked_readings(surname)[0]
    written, other = plain_py[0].capitalize(), marked_py.capitalize()
    if aspirated > plain:
        return other, (
            f"read as {marked}, the commoner surname: Wade-Giles's aspiration mark may be lost "
            f"here (as written, {written})"
        )
    return written, f"as written, {written}; read as {marked}, {other}: both are surnames"
