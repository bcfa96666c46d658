"""The sound classes letters stand for as Russian writes a foreign name: each Latin letter
and letter group with the classes it may be (the first the one most often heard), each Cyrillic
letter with its one class. Data for :mod:`bukva.names.phonetic`."""

from __future__ import annotations

VOWELS = frozenset("aeiouyáéíóúýàèìòùâêîôûäëïöüőűåæøœıāēīōū")
# Latin vowels and their pairs, with the Russian vowels each may be written with
LATIN_VOWELS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ee", ("I", "E", "EE")),
    ("ea", ("I", "E", "EA", "EI")),  # Reagan Рейган
    ("ie", ("I", "IE", "E")),
    ("ei", ("AI", "EI", "I")),
    ("ey", ("EI", "I")),
    ("ai", ("EI", "AI", "E")),
    ("ay", ("EI", "AI")),
    ("au", ("AU", "O", "AV")),  # Latin au is ав: Claudius Клавдий, Aurelius Аврелий
    ("eu", ("OI", "EU", "IU", "EI")),  # German eu is ой, long written ей: Freud Фрейд
    ("oo", ("U", "O")),  # Dutch oo is о: Hoorn Хорн
    ("oa", ("OU", "O", "OA")),  # English oa: Roach Роуч
    ("ou", ("U", "AU")),
    # Eisenhower Эйзенхауэр, Owen Оуэн, Rowohlt Ровольт, Polish Komorowski Коморовский
    ("ow", ("AU", "OU", "O", "OF", "OV")),
    ("ae", ("E", "A", "AE")),
    ("oe", ("E", "O", "OE", "U")),  # Roeder Рёдер, Tomoeda Томоэда, Dutch Doesburg Дусбург
    ("ue", ("U", "IU", "E", "UE")),
    ("eo", ("IO", "O", "EO")),  # Feodor Фёдор
    ("ew", ("IU", "U", "EV", "EU")),  # English ew is ю (Dewey Дьюи), Polish ew ев
    ("ui", ("UI", "OI", "I")),  # Dutch ui is ёй: Huisman Хёйсман
    ("uu", ("U", "IU")),  # Dutch uu is ю: Schuurman Схюрман
    ("aa", ("A", "O")),  # Dutch aa is а (Jaap Яп), Norwegian and Danish aa о (Aamodt Омодт)
    ("a", ("A",)),
    ("e", ("E", "I")),
    ("i", ("I", "AI")),  # English i is ай (Lionel Лайонел)
    ("o", ("O", "U", "OU")),  # Noble Ноубл
    ("u", ("U", "A", "IU")),  # Munro Манро, Fury Фьюри
    ("y", ("I",)),
    ("ı", ("I",)),  # Turkish dotless i is ы: Apaydın Апайдын
)
# Latin letter groups, longest first, each with the sound classes it may stand for. Russian
# keeps a foreign consonant's voicing (Berkman Беркман, not Бергман; Brenton Брентон, not
# Брэндон); h is х or, as Russian once wrote it, г (Гарриман), or silent
LATIN: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("szcz", ("Š", "ŠČ")),  # Polish szcz is щ: Szczepański Щепаньский
    ("tsch", ("Č",)),
    # Polish rz after p, t, k is ш, and drz is дж (Przybylski Пшибыльский, Krzysztof Кшиштоф,
    # Drzewiecki Джевецкий); Russian also writes рж (Ustrzycki Устржицкий)
    ("prz", ("PŠ", "PRŽ", "PRZ")),
    ("trz", ("TŠ", "TRŽ", "TRZ")),
    ("krz", ("KŠ", "KRŽ", "KRZ")),
    ("drz", ("DŽ", "DRŽ", "DRZ")),
    ("dzk", ("CK", "DSK", "DZK")),  # Polish -dzki is -дский: Zawadzka Завадская
    ("tst", ("TST", "TŠT", "CT")),  # a German compound's t and st: Wettstein Веттштейн
    ("stj", ("Š", "STI")),  # Swedish stj, sj are ш: Wasastjerna Васашерна, Sjöberg Шёберг
    ("sch", ("Š", "SH")),  # German ш, Dutch сх: Schuurman Схюрман
    ("dzh", ("DŽ",)),
    ("sh", ("Š",)),
    ("ch", ("Č", "H", "K", "Š")),  # chair, Bach, Christie, French Chirac
    ("wh", ("U", "V")),  # English wh: Whipple Уиппл
    ("zh", ("Ž",)),
    ("kh", ("H",)),
    ("ph", ("F",)),
    ("th", ("T", "TH")),  # German Beethoven Бетховен: т and х
    ("ck", ("K",)),
    ("qu", ("K", "KV", "KU")),  # Quinton Куинтон
    ("gh", ("G", "")),  # Burgh Бург, Hugh Хью
    ("dz", ("DZ",)),
    ("cs", ("Č", "KS")),  # Hungarian Takács Такач
    ("cv", ("CV",)),  # Slavic Cvetković Цветкович
    # Serbian, Croatian lj, nj are ль, нь (Šešelj Шешель), elsewhere l, n and a j (Rafsanjani)
    ("lj", ("L", "LI", "LDŽ", "LH", "LŽ")),
    ("nj", ("N", "NI", "NDŽ", "NH", "NŽ")),
    ("ts", ("C", "TS")),
    ("tz", ("C", "TC", "DZ")),  # German ц or тц (Hitzfeld Хитцфельд), Greek дз (Hatzidakis)
    ("cz", ("Č",)),
    ("gn", ("GN", "N")),  # Italian, French gn is нь: Vagnozzi Ваньоцци
    ("sz", ("S", "Š")),  # Hungarian сс, Polish ш
    ("rz", ("Ž", "R", "RZ", "RS", "RC")),  # Polish rz is ж; elsewhere r and z (Marzo Марсо)
    ("dj", ("DŽ",)),
    ("sj", ("Š", "SI", "SDŽ")),
    ("tx", ("Č", "TKS")),  # Basque tx is ч: Txurruka Чуррука, Arantxa Аранча
    ("ng", ("NG", "N")),
    ("x", ("KS",)),
    ("j", ("DŽ", "I", "H", "Ž")),  # John, Jung, Juarez, French Jean
    ("h", ("H", "G", "")),
    ("w", ("V", "U")),  # Wolf is Вольф; Walters, Howell are Уолтерс, Хауэлл
    ("ß", ("S",)),
    ("ł", ("L", "")),
    # the consonants Slavic, Turkish and Romanian Latin letters mark (Polish Breżniew
    # Брежнев, Czech Chruščov Хрущёв, Turkish Şahin Шахин); unmarked they would be silent
    ("dż", ("DŽ",)),
    ("dź", ("DŽ", "DZ")),
    ("ż", ("Ž",)),
    ("ž", ("Ž",)),
    ("ź", ("Z", "Ž")),
    ("š", ("Š",)),
    ("ş", ("Š",)),
    ("ș", ("Š",)),
    ("ś", ("S", "Š")),
    ("č", ("Č",)),
    ("ć", ("Č",)),
    ("ç", ("Č", "S")),  # Turkish Çelik Челик, French François Франсуа
    ("ř", ("RŽ", "R", "Ž")),
    ("ń", ("N",)),
    ("ň", ("N",)),
    ("ť", ("T",)),
    ("ț", ("C",)),
    ("ď", ("D",)),
    ("đ", ("DŽ", "D")),
    ("v", ("V", "F")),  # German Volker Фолькер
    ("f", ("F",)),
    ("b", ("B",)),
    ("p", ("P",)),
    ("d", ("D",)),
    ("t", ("T",)),
    ("k", ("K",)),
    ("q", ("K",)),
    ("g", ("G",)),
    ("z", ("Z", "C", "S", "DZ")),  # English з, German and Italian ц, Spanish с, Italian дз
    ("l", ("L",)),
    ("r", ("R",)),
    ("m", ("M",)),
    ("n", ("N",)),
    ("ñ", ("N",)),
)

CYRILLIC = {
    **dict.fromkeys("щш", "Š"),
    **dict.fromkeys("ая", "A"),
    **dict.fromkeys("оё", "O"),
    **dict.fromkeys("ую", "U"),
    **dict.fromkeys("эе", "E"),
    **dict.fromkeys("иыйі", "I"),
    **dict(zip("бпвфгкхдтзсцжчлрмн", "BPVFGKHDTZSCŽČLRMN", strict=True)),
    "ь": "",
    "ъ": "",
}
CYRILLIC_VOWELS = frozenset("аеёиоуыэюяйь")
IOTATED = frozenset("яюеё")  # й and a vowel at a word's start or after a vowel or a sign
CLASS_VOWELS = frozenset("AEIOUÄÖ")
