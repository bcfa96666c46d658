"""Soviet names of the period that the gazetteer does not hold, each written by all nine of
bukva's Russian systems and read back with no system given (top-1, ё and е alike).

    python benchmarks/eval_period_soviet_names.py

56 name words written by us (surnames of the period's leaders, diplomats, marshals and
sinologists; given names and patronymics), none in tools/data/period-names.toml, so the
gazetteer does not answer for them. Development data: its failures were read in stop 50 (Lapin
read as Ляпин, the one fix made from it), so it is not held out; benchmarks/eval_names.py's
held-out half is the measure of generalisation. Each failure is printed.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import bukva
from bukva import reading_back
from bukva.names.russian import RU_SYSTEMS

WORDS = """Архипов Абрамов Ковалёв Панюшкин Федоренко Червоненко Зимянин Капица Суслов Косыгин
Громыко Пономарёв Андропов Брежнев Жуков Булганин Ворошилов Каганович Первухин Сабуров
Шепилов Козлов Подгорный Полянский Устинов Гречко Малиновский Соколовский Рокоссовский Конев
Василевский Мерецков Штеменко Шелепин Семичастный Серов Абакумов Берия Игнатьев Вышинский
Зорин Малик Кузнецов Ильичёв Ткаченко Судариков Лапин Толстиков Щербаков Вознесенский Жданов
Андреев Шверник Калинин Кириленко Мазуров Демичев Капитонов Катушев Русаков Рахманин
Тихвинский Сладковский Борисов Титаренко Делюсин Мясников Ледовский Орлов Трофимов Мехлис
Бурлацкий Арбатов Иноземцев Примаков Добрынин Гриневский Корниенко Соловьёв Елизаветин
Ломакин Антонов Хрулёв Чуйков Котов Крутиков Бородин Блюхер Галин Ленин Троцкий Зиновьев
Каменев Бухарин Радек Чичерин Литвинов Карахан Иоффе Войтинский Маринг Дальин Миф Павел Фёдор
Алексей Пётр Юрий Андрей Сергей Василий Михаил Николай Иван Георгий Дмитрий Константин
Аркадий Вячеслав Лаврентий Климент Анастас Леонид Никита Матвей Семён Фёдорович Алексеевич
Петрович Юрьевич Андреевич Сергеевич Васильевич Михайлович Николаевич Иванович Георгиевич
Дмитриевич Константинович Аркадьевич Вячеславович Ильич Кузьмич Фомич Лукич Саввич Ефимович
Яковлевич""".split()


def main() -> None:
    toml = Path(__file__).parent.parent / "tools" / "data" / "period-names.toml"
    data = tomllib.loads(toml.read_text("utf-8"))
    held = {w for e in data["soviet"] for w in [e["ru"], *" ".join(e.get("given", [])).split()]}
    names = sorted(set(WORDS) - held)
    reading_back.SOVIET_NAMES = False  # the reading alone
    wrong = 0
    for name in names:
        for system in RU_SYSTEMS:
            latin = bukva.romanize(name, lang="ru", system=system)
            read = bukva.reverse(latin)
            if read.replace("ё", "е") != name.replace("ё", "е"):
                wrong += 1
                print(f"  {name} {system}: {latin} → {read}")
    total = len(names) * len(RU_SYSTEMS)
    print(
        f"{len(names)} Soviet name words not in the gazetteer × {len(RU_SYSTEMS)} systems: "
        f"read back, no system given, top-1 {1 - wrong / total:.1%} ({wrong} of {total} wrong)"
    )


if __name__ == "__main__":
    main()
