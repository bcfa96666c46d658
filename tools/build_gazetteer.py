"""Build src/bukva/data/gazetteer.tsv: the period's names with every spelling and its source.

    python tools/build_gazetteer.py

Reads tools/data/period-names.toml (curated: source forms, standard and familiar forms, each
with its reference) and CC-CEDICT's persons (src/bukva/data/zh-cedict-names.tsv, CC BY-SA 4.0),
and writes, per entry, the spellings bukva's own system tables give it: for a Chinese name
pinyin, Wade-Giles (hyphenated, joined, spaced, without apostrophes, Giles's "i" for yi, the
press's "eh" for a final e: Chu Teh; as the German press respelled it: Tschou En-lai), Czech,
Yale, Palladius in Cyrillic and Palladius read out in Latin letters by each Russian system; for
a Soviet name every Russian system (LC, LC book form, BGN/PCGN, ISO 9, popular, German, Czech,
French, Polish), its Chinese transcription and that transcription's pinyin.
"""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

import bukva
from bukva.chinese.syllables import join, split_run
from bukva.chinese.tables import table
from bukva.names.gazetteer import CEDICT_PERSONS
from bukva.names.gazetteer import key as lookup_key
from bukva.names.identity import RU_SYSTEMS

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "tools" / "data" / "period-names.toml"
CEDICT = ROOT / "src" / "bukva" / "data" / "zh-cedict-names.tsv"
OUT = ROOT / "src" / "bukva" / "data" / "gazetteer.tsv"
# the catalog's full ALA-LC form too (Mao T͡Szėdun, as a MARC record of a Russian book writes it)
LATIN_OF_PALLADIUS = (
    "ala-lc",
    "ala-lc-book",
    "bgn-pcgn",
    "popular",
    "german",
    "french",
    "czech",
    "polish",
)


def russian_forms(ru: str, forms: dict[str, set[str]]) -> None:
    """A name's Russian form (Цюй Цюбо, Лу Синь) and its romanizations by the Russian systems."""
    forms.setdefault("cyrillic", set()).add(ru)
    for system in RU_SYSTEMS:
        forms.setdefault(system, set()).add(bukva.romanize(ru, lang="ru", system=system))


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _spell(syllables: list[str], system: str) -> list[str]:
    return [table(system).from_pinyin.get(s, s) for s in syllables]


# the pinyin syllables whose Wade-Giles e the period's press wrote eh (Teh 德, Cheh 哲)
_PRESS_EH = re.compile(r"(?:d|t|g|k|zh|ch|sh|r|z|c|s)e[1-5]?")


def chinese_forms(
    words: list[list[str]], place: bool = False, person: bool = False
) -> dict[str, set[str]]:
    """Every spelling of a name given as its words' pinyin syllables; a ``person``'s given name
    of two syllables hyphenated in Palladius too, as Soviet print of the 1950s wrote it (Мао
    Цзэ-дун, Чжоу Энь-лай; LC's romanization of such a title: Mao T͡Sze-dun)."""
    out: dict[str, set[str]] = {}

    def add(system: str, form: str) -> None:
        out.setdefault(system, set()).add(form)

    add("pinyin", " ".join(_cap(join(w)) for w in words))
    for system in ("wade-giles", "czech", "yale"):
        spelled = [_spell(w, system) for w in words]
        add(system, " ".join(_cap("-".join(w).lower()) for w in spelled))
        add(system, " ".join(_cap("".join(w).lower()) for w in spelled))  # Tsetung, Peiching
        if system == "wade-giles":
            add(
                system,
                " ".join(
                    " ".join(_cap(s) if k == 0 else s for k, s in enumerate(w)) for w in spelled
                ),
            )  # Tse tung
            giles = [
                [("i" if s == "yi" else t) for s, t in zip(w, sw, strict=True)]
                for w, sw in zip(words, spelled, strict=True)
            ]
            add(system, " ".join(_cap("-".join(w).lower()) for w in giles))  # Ch'en I
            press = [
                [t + "h" if _PRESS_EH.fullmatch(p) and t.endswith("e") else t for p, t in pw]
                for pw in (zip(w, sw, strict=True) for w, sw in zip(words, spelled, strict=True))
            ]
            add(system, " ".join(_cap("-".join(w).lower()) for w in press))  # Chu Teh
            for form in list(out[system]):
                add(system, form.replace("'", "").replace("ü", "u").replace("ê", "e"))
            for form in german_press(out[system]):
                add("german-press", form)
    pall = " ".join(_cap("".join(_spell(w, "palladius"))) for w in words)
    palls = [pall]
    if person and len(words) == 2 and len(words[1]) == 2:
        palls.append(f"{pall.split()[0]} {_cap('-'.join(_spell(words[1], 'palladius')))}")
    for pall in palls:
        add("palladius", pall)
        for system in LATIN_OF_PALLADIUS:
            form = bukva.romanize(pall, lang="ru", system=system)
            add(f"palladius-latin:{system}", form)
            if system == "ala-lc-book":  # the soft sign left off as well: Chzhou Enlai
                add(f"palladius-latin:{system}", form.replace("'", ""))
    return out


# Wade-Giles as the German press respelled it, apostrophes dropped (Tschou En-lai, Liu Schao-tschi,
# Tschu Teh, Tschiang Kai-schek): ch as German's tsch, sh as its sch, the rest as written
_GERMAN = {"ch": "tsch", "Ch": "Tsch", "sh": "sch", "Sh": "Sch"}


def german_press(forms: set[str]) -> set[str]:
    """The German press's respelling of each Wade-Giles (or postal, or familiar) form that
    changes by it."""
    out = set()
    for form in forms:
        plain = form.replace("'", "").replace("’", "").replace("ê", "e")
        german = re.sub(r"(?<![st])(?:ch|Ch|sh|Sh)", lambda m: _GERMAN[m.group()], plain)
        if german != plain:
            out.add(german)
    return out


def familiar_surname_forms(familiar: list[str], wade_giles: set[str]) -> set[str]:
    """A family's own spelling of its surname before the given name in Wade-Giles (Soong
    Tzu-wen, Soong Ch'ing-ling, Koo Wei-chün): how books of the period write such a person in
    the Chinese order. The surname is the familiar form's word that begins with the Wade-Giles
    surname's letter and is not that surname (T. V. Soong: Soong; Wellington Koo: Koo; H. H.
    Kung adds nothing, Kung being Wade-Giles's K'ung without its apostrophe)."""
    out = set()
    for wg in wade_giles:
        surname, _, given = wg.partition(" ")
        if "-" not in given:
            continue
        for form in familiar:
            for word in form.split():
                plain = word.replace("'", "").lower()
                if word.endswith(".") or "-" in word or plain == surname.replace("'", "").lower():
                    continue
                if plain[:1] == surname[:1].lower():
                    out.add(f"{word} {given}")
    return out


def soviet_forms(surname: str, given: list[str]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    names = [surname] + [f"{g} {surname}" for g in given]
    names += [f"{g.split()[0]} {surname}" for g in given]
    for system in RU_SYSTEMS:
        for n in names:
            out.setdefault(system, set()).add(bukva.romanize(n, lang="ru", system=system))
            if "ё" in n:
                out[system].add(bukva.romanize(n.replace("ё", "е"), lang="ru", system=system))
    out["cyrillic"] = set(names) | {n.replace("ё", "е") for n in names}
    return out


def _words_of(pinyin: str) -> list[list[str]] | None:
    words = []
    for w in pinyin.replace("'", " ").replace("-", " ").split():
        syl = split_run(w)
        if syl is None:
            return None
        words.append(syl)
    return words


def _hyphened(forms: dict[str, set[str]], pinyin: str) -> None:
    """Add to ``forms`` each syllable system's spelling with the hyphens GB/T 16159-2012 puts
    between the pinyin's words (6.3.3 Zhong-Su, a pair of countries; 6.1.6 di-yi, an ordinal),
    each word capitalized as the pinyin's is: Zhong-Su Youhao Xiehui, Chung-Su Yu-hao
    Hsieh-hui."""
    words = re.split("[ -]", pinyin)
    seps = re.findall("[ -]", pinyin)
    for system in ("pinyin", "wade-giles", "czech", "yale", "german-press"):
        for form in list(forms.get(system, ())):
            tokens = form.split(" ")
            if len(tokens) != len(words):
                continue
            out = tokens[0]
            for sep, token, word in zip(seps, tokens[1:], words[1:], strict=True):
                if sep == "-":
                    token = token[:1].upper() + token[1:] if word[:1].isupper() else token.lower()
                out += sep + token
            forms[system].add(out)


def _syllables_from_hanzi(hanzi: str) -> list[str]:
    from bukva.chinese.syllables import toneless

    return [toneless(r) for r in bukva.readings(hanzi) if r]


def main() -> None:
    data = tomllib.loads(SOURCE.read_text("utf-8"))
    rows: list[str] = []
    n = 0

    def entry(kind, origin, cyr, hanzi, pinyin, familiar, prefer, source, forms) -> None:
        nonlocal n
        n += 1
        eid = f"{kind[0]}{n:05d}"
        rows.append(
            "\t".join(
                ["E", eid, kind, origin, cyr, hanzi, pinyin, "|".join(familiar), prefer, source]
            )
        )
        seen = set()
        for system in sorted(forms):
            for form in sorted(forms[system]):
                if form and (form, system) not in seen:
                    seen.add((form, system))
                    rows.append("\t".join(["F", eid, form, system, lookup_key(form)]))

    curated_hanzi = set()

    def person(origin: str, e: dict) -> None:
        """A Soviet name (origin ru), or another foreigner Soviet and Chinese sources name
        (origin other: Hoxha, Nagy, as Russian writes them and in characters; no Russian name)."""
        forms = soviet_forms(e["ru"], e.get("given", []))
        hanzi = e.get("zh", "")
        pinyin = ""
        if hanzi:
            syllables = _syllables_from_hanzi(hanzi)
            pinyin = _cap(join(syllables))
            if e.get("chinese_name"):  # 费德林: a Chinese name he took, Fei Delin
                pinyin = f"{_cap(syllables[0])} {_cap(join(syllables[1:]))}"
            forms.setdefault("hanzi", set()).update([hanzi, *e.get("other_zh", [])])
            forms.setdefault("pinyin", set()).add(pinyin)
            curated_hanzi.update([hanzi, *e.get("other_zh", [])])
        for f in e.get("familiar", []):
            forms.setdefault("familiar", set()).add(f)
        familiar = e.get("familiar", [])
        entry("person", origin, e["ru"], hanzi, pinyin, familiar, "familiar", e["source"], forms)

    for e in data.get("soviet", []):
        person("ru", e)

    def curated(kind: str, key: str, e: dict) -> None:
        """A Chinese person, a place or an organisation of the curated list, with every
        spelling its source forms give."""
        hanzi = e.get("zh", "")
        curated_hanzi.add(hanzi)
        pinyin = e.get("pinyin") or bukva.romanize(hanzi, lang="zh", system="pinyin")
        forms: dict[str, set[str]] = {"hanzi": {hanzi, *e.get("other_zh", [])}}
        if e.get("pinyin") or key != "place" or not e.get("ru"):
            words = _words_of(pinyin)
            if words:
                found = chinese_forms(words, place=kind == "place", person=kind == "person")
                for system, fs in found.items():
                    forms.setdefault(system, set()).update(fs)
        if "-" in pinyin:  # Zhong-Su Youhao Xiehui, Di-yi Guoji: GB/T's hyphens kept
            _hyphened(forms, pinyin)
        if e.get("ru") and kind == "org" and e.get("pinyin"):
            # a Soviet body and a Chinese one with one purpose are two names, two entries
            ru_forms: dict[str, set[str]] = {"cyrillic": {e["ru"]}}
            for system in RU_SYSTEMS:
                ru_forms[system] = {bukva.romanize(e["ru"], lang="ru", system=system)}
            entry(kind, "ru", e["ru"], "", "", [], "strict", e["source"], ru_forms)
        elif e.get("ru"):
            russian_forms(e["ru"], forms)
        for field in ("postal", "familiar", "other"):
            for f in e.get(field, []):
                forms.setdefault(field, set()).add(f)
            if (e.get("ru") and not e.get("pinyin")) or (kind == "place" and field != "postal"):
                continue  # a Soviet place's (Vladivostok), an English name (Manchuria)
            for f in german_press(set(e.get(field, []))):  # Tschungking, Schanghai
                forms.setdefault("german-press", set()).add(f)
        if kind == "person":
            spelled = familiar_surname_forms(e.get("familiar", []), forms.get("wade-giles", set()))
            forms.setdefault("familiar", set()).update(spelled)
        for f in e.get("czech", []):  # Czech's own name for it (Kanton, Čankajšek)
            forms.setdefault("exonym:cs", set()).add(f)
        familiar = e.get("familiar", []) + e.get("postal", [])
        # a foreign place given with its pinyin (外贝加尔 Waibeijia'er) says origin = "ru"
        origin = e.get("origin") or ("ru" if e.get("ru") and not e.get("pinyin") else "zh")
        entry(
            kind,
            origin,
            e.get("ru", ""),
            hanzi,
            pinyin,
            familiar,
            e.get("prefer", "familiar" if familiar else "strict"),
            e["source"],
            forms,
        )

    for kind, key in (("person", "chinese"), ("place", "place"), ("org", "org")):
        for e in data.get(key, []):
            curated(kind, key, e)
    for e in data.get("foreign", []):  # after the curated sections: their ids stay
        person("other", e)
    # what a reference work adds to a person CC-CEDICT lists (鲁迅: the Russian form Лу Синь, no
    # Palladius spelling), in that person's entry: no entry added, no id moved
    amends = {e["zh"]: e for e in data.get("cedict_person", [])}
    cedict = 0
    cedict_hanzi: set[str] = set()
    for line in CEDICT.read_text("utf-8").splitlines():
        if line.startswith("#"):
            continue
        hanzi, role, reading, groups = line.split("\t")
        if role != "person" or hanzi in curated_hanzi or len(hanzi) < 2:
            continue
        syllables = [r.rstrip("12345").replace("u:", "ü") for r in reading.split()]
        sizes = [int(g) for g in groups.split(",")]
        if sum(sizes) != len(syllables) or len(sizes) != 2:
            continue  # names written as one word (foreign names) are left to the checker
        words = [syllables[: sizes[0]], syllables[sizes[0] :]]
        forms = chinese_forms(words, person=True)
        forms["hanzi"] = {hanzi}
        pinyin = next(iter(forms["pinyin"]))
        cedict += 1
        cedict_hanzi.add(hanzi)
        amend = amends.pop(hanzi, {})
        source = CEDICT_PERSONS + hanzi
        if amend:
            russian_forms(amend["ru"], forms)
            for f in amend.get("other", []):
                forms.setdefault("other", set()).add(f)
            source += "; " + amend["source"]
        entry("person", "zh", amend.get("ru", ""), hanzi, pinyin, [], "strict", source, forms)
    if amends:
        raise SystemExit(f"cedict_person entries CC-CEDICT's persons lack: {', '.join(amends)}")
    # persons (and places: kind = "place") added after CC-CEDICT's, so that no earlier id moves
    # (李白: not among its persons)
    for e in data.get("chinese_after", []):
        if e["zh"] in cedict_hanzi or e["zh"] in curated_hanzi:
            raise SystemExit(f"{e['zh']} has an entry already: amend it instead")
        kind = e.get("kind", "person")
        curated(kind, "place" if kind == "place" else "chinese", e)
    header = [
        "# The period's names with their spellings: built by tools/build_gazetteer.py.",
        "# Sources: tools/data/period-names.toml (Encyclopaedia Britannica, LC Name Authority",
        "# File, Chinese Postal Map Romanization, GeoNames CC BY 4.0) and CC-CEDICT's persons",
        "# (mdbg.net, CC BY-SA 4.0: share-alike applies to this file). Spellings other than",
        "# those sources give are generated by bukva's system tables (sources: docs/systems).",
        "# E id kind origin cyrillic hanzi pinyin familiar(|) prefer source",
        "# F id form system key (the lookup form: NFC, one apostrophe, lower case)",
    ]
    content = "\n".join(header + rows) + "\n"
    if "--check" in sys.argv:
        if OUT.read_text("utf-8") != content:
            print(f"{OUT} is out of date: run python tools/build_gazetteer.py")
            raise SystemExit(1)
        return
    OUT.write_text(content, "utf-8")
    print(f"wrote {n} entries ({cedict} from CC-CEDICT), {len(rows) - n} spellings to {OUT}")


if __name__ == "__main__":
    main()
