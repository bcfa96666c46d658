"""Write the MARC fixtures the tests and examples use: Russian and Chinese records with 880s.

Run: python tools/make_marc_fixtures.py examples/records.mrc
The records are made up for the project; their 880 fields follow LC practice ($6 links,
script codes (N for Cyrillic and $1 for CJK).
"""

from __future__ import annotations

import sys
from pathlib import Path

from pymarc import Field, Leader, Record, Subfield


def _record(control: str, lang: str, fields: list[Field]) -> Record:
    record = Record(leader=Leader("00000nam a2200000 i 4500"), force_utf8=True)
    record.add_field(Field(tag="001", data=control))
    record.add_field(Field(tag="008", data=f"240101s1970    ru            000 0 {lang} d"))
    for f in fields:
        record.add_ordered_field(f)
    return record


def f(tag: str, ind: str, *subs: tuple[str, str]) -> Field:
    return Field(tag=tag, indicators=list(ind), subfields=[Subfield(c, v) for c, v in subs])


def records() -> list[Record]:
    russian = _record(
        "bk0001",
        "rus",
        [
            f("020", "  ", ("a", "9785000000000")),
            f(
                "880",
                "1 ",
                ("6", "100-01/(N"),
                ("a", "Юдин, Павел Фёдорович,"),
                ("d", "1899-1968."),
            ),
            f(
                "880",
                "10",
                ("6", "245-02/(N"),
                ("a", "Воспоминания о Китае /"),
                ("c", "П. Ф. Юдин."),
            ),
            f(
                "880",
                " 1",
                ("6", "264-03/(N"),
                ("a", "Москва :"),
                ("b", "Политиздат,"),
                ("c", "1970."),
            ),
            f("650", " 0", ("a", "China"), ("x", "Foreign relations"), ("z", "Soviet Union.")),
        ],
    )
    # a record that already has its romanized fields, one of them keyed wrongly
    keyed = _record(
        "bk0002",
        "rus",
        [
            f("100", "1 ", ("6", "880-01"), ("a", "Mikoi︠a︡n, A. I."), ("q", "(Anastas Ivanovich),")),
            f(
                "245",
                "10",
                ("6", "880-02"),
                ("a", "Tak bylo :"),
                ("b", "razmyshleniia o minuvshem."),
            ),
            f(
                "880",
                "1 ",
                ("6", "100-01/(N"),
                ("a", "Микоян, А. И."),
                ("q", "(Анастас Иванович),"),
            ),
            f(
                "880",
                "10",
                ("6", "245-02/(N"),
                ("a", "Так было :"),
                ("b", "размышления о минувшем."),
            ),
        ],
    )
    chinese = _record(
        "bk0003",
        "chi",
        [
            f("880", "1 ", ("6", "100-01/$1"), ("a", "吕宗力.")),
            f(
                "880",
                "10",
                ("6", "245-02/$1"),
                ("a", "中华人民共和国外交部档案馆 /"),
                ("c", "吕宗力编."),
            ),
            f(
                "880",
                " 1",
                ("6", "264-03/$1"),
                ("a", "北京市 :"),
                ("b", "中国社会科学出版社,"),
                ("c", "2019."),
            ),
        ],
    )
    latin = _record("bk0004", "eng", [f("245", "00", ("a", "A book in English."))])
    return [russian, keyed, chinese, latin]


def main(out: str) -> None:
    data = b"".join(r.as_marc() for r in records())
    Path(out).write_bytes(data)
    print(f"{len(records())} records written to {out}")


if __name__ == "__main__":
    main(sys.argv[1])
