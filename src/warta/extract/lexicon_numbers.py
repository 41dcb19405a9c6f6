"""Word lists the quantity parser reads: number words, qualifiers, units, and words that rule a number out."""

from __future__ import annotations

from warta.extract.lexicon_calendar import MONTH_ABBREVIATIONS, MONTH_NAMES, folded

# Number words by language. A "unit" is 1-9, a "teen"/"ten" is a whole component, a "scale" multiplies
# the chunk before it, a "se-" word is one of something.
UNITS_ID = {
    "nol": 0,
    "satu": 1,
    "dua": 2,
    "tiga": 3,
    "empat": 4,
    "lima": 5,
    "enam": 6,
    "tujuh": 7,
    "delapan": 8,
    "sembilan": 9,
}
SE_WORDS_ID = {"sepuluh": 10, "sebelas": 11, "seratus": 100}
SE_SCALES_ID = {
    "seribu": 1_000,
    "sejuta": 1_000_000,
    "semiliar": 10**9,
    "semilyar": 10**9,
    "setriliun": 10**12,
}
SCALES_ID = {
    "ribu": 1_000,
    "rb": 1_000,
    "juta": 1_000_000,
    "jt": 1_000_000,
    "miliar": 10**9,
    "milyar": 10**9,
    "triliun": 10**12,
}
HALVES = {"setengah": 0.5, "separuh": 0.5, "half": 0.5}

UNITS_EN = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
}
TEENS_EN = {
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS_EN = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
SCALES_EN = {
    "thousand": 1_000,
    "million": 1_000_000,
    "mn": 1_000_000,
    "billion": 10**9,
    "bn": 10**9,
    "trillion": 10**12,
}

# Vague quantities: value is the lower bound ("puluhan" = 10-99).
VAGUE = {
    "belasan": 11,
    "puluhan": 10,
    "ratusan": 100,
    "ribuan": 1_000,
    "jutaan": 1_000_000,
    "miliaran": 10**9,
    "milyaran": 10**9,
    "triliunan": 10**12,
    "dozens": 24,
    "tens": 10,
    "hundreds": 100,
    "thousands": 1_000,
    "millions": 1_000_000,
    "billions": 10**9,
}
# "tens of thousands", "hundreds of millions": the plural scale after a vague word.
VAGUE_SCALES_EN = {"thousands": 1_000, "millions": 1_000_000, "billions": 10**9}

# Qualifier phrases that end right before the number; longest alternatives are found first because the
# regex takes the leftmost match ("tidak lebih dari" before "lebih dari").
QUALIFIERS = {
    "min": (
        "lebih dari",
        "lebih daripada",
        "setidaknya",
        "setidak-tidaknya",
        "sedikitnya",
        "paling sedikit",
        "sekurang-kurangnya",
        "minimal",
        "di atas",
        "more than",
        "over",
        "at least",
        "upwards of",
        "in excess of",
    ),
    "approx": (
        "sekitar",
        "sekira",
        "kira-kira",
        "kurang lebih",
        "lebih kurang",
        "hampir",
        "nyaris",
        "mendekati",
        "diperkirakan",
        "about",
        "around",
        "approximately",
        "roughly",
        "nearly",
        "almost",
        "an estimated",
        "close to",
    ),
    "max": (
        "kurang dari",
        "tidak lebih dari",
        "tak lebih dari",
        "tidak sampai",
        "tak sampai",
        "maksimal",
        "paling banyak",
        "di bawah",
        "less than",
        "fewer than",
        "under",
        "up to",
        "at most",
        "no more than",
    ),
}

CURRENCY_BEFORE = {
    "rp": "IDR",
    "idr": "IDR",
    "us$": "USD",
    "$": "USD",
    "usd": "USD",
    "€": "EUR",
    "eur": "EUR",
}
CURRENCY_BEFORE.update({"£": "GBP", "gbp": "GBP", "s$": "SGD", "rm": "MYR"})
CURRENCY_BEFORE.update(
    {
        "sg$": "SGD", "sgd": "SGD", "hk$": "HKD", "hkd": "HKD", "a$": "AUD", "au$": "AUD", "aud": "AUD",
        "nz$": "NZD", "nzd": "NZD", "¥": "JPY", "jpy": "JPY", "myr": "MYR", "cny": "CNY", "rmb": "CNY",
    }
)  # fmt: skip
# "dolar Singapura": a dollar named by its country after it.
DOLLAR_OF = {
    "singapura": "SGD", "singapore": "SGD", "australia": "AUD", "hongkong": "HKD", "hong": "HKD",
    "kanada": "CAD", "canada": "CAD", "canadian": "CAD", "selandia": "NZD", "taiwan": "TWD",
}  # fmt: skip
CURRENCY_AFTER = {
    "rupiah": "IDR",
    "dolar": "USD",
    "dollar": "USD",
    "dollars": "USD",
    "euro": "EUR",
    "euros": "EUR",
    "yuan": "CNY",
    "yen": "JPY",
    "ringgit": "MYR",
    "pound": "GBP",
    "pounds": "GBP",
    "poundsterling": "GBP",
    "sterling": "GBP",
    "baht": "THB",
    "peso": "PHP",
    "pesos": "PHP",
    "rupee": "INR",
    "rupees": "INR",
    "riyal": "SAR",
    "dirham": "AED",
}
PERCENT_WORDS = {"persen", "percent", "pct"}
# Units of measure and of time written after the number: surface -> unit name.
UNITS_AFTER = {
    "kg": "kg",
    "kilogram": "kg",
    "gram": "g",
    "ton": "ton",
    "tons": "ton",
    "tonnes": "ton",
    "km": "km",
    "kilometer": "km",
    "kilometers": "km",
    "kilometres": "km",
    "kilometre": "km",
    "metre": "m",
    "mile": "mile",
    "meter": "m",
    "meters": "m",
    "metres": "m",
    "cm": "cm",
    "mm": "mm",
    "liter": "l",
    "litre": "l",
    "litres": "l",
    "liters": "l",
    "hektare": "ha",
    "hektar": "ha",
    "hectares": "ha",
    "barel": "barrel",
    "barrels": "barrel",
    "mil": "mile",
    "miles": "mile",
    # Feet: altitudes and depths ("ketinggian 29.000 kaki", "at 10,000 feet").
    "kaki": "ft",
    "feet": "ft",
    "foot": "ft",
    "ft": "ft",
    "megawatt": "MW",
    "mw": "MW",
}
DURATIONS = {
    "tahun": "tahun",
    "bulan": "bulan",
    "minggu": "minggu",
    "pekan": "minggu",
    "hari": "hari",
    "jam": "jam",
    "menit": "menit",
    "detik": "detik",
    "dekade": "dekade",
    "abad": "abad",
    # English units take the Indonesian name, so "two days" and "dua hari" measure in one unit.
    "year": "tahun",
    "years": "tahun",
    "month": "bulan",
    "months": "bulan",
    "week": "minggu",
    "weeks": "minggu",
    "day": "hari",
    "days": "hari",
    "hour": "jam",
    "hours": "jam",
    "minute": "menit",
    "minutes": "menit",
    "decade": "dekade",
    "decades": "dekade",
}
# Words after a duration that make it a relative time ("dua hari setelah banjir"), not a reported figure.
RELATIVE_TIME = {"setelah", "sesudah", "sebelum", "after", "before"}
# Words that make a bare "satu"/"one" a count rather than a determiner ("satu orang" vs "satu pelajaran").
CLASSIFIERS = {"orang", "ekor", "buah", "unit", "kali", "jiwa", "people", "person", "time", "times"}

# A number next to a month name is a date ("10 Januari", "Jan 9"), not a count.
MONTHS = frozenset(folded(MONTH_NAMES, MONTH_ABBREVIATIONS))
TIME_ZONES = {"wib", "wita", "wit", "gmt", "utc", "am", "pm"}
# A number right after one of these names a thing (article 5, page 3, at 10 o'clock), it does not count.
REFERENCE_WORDS = {
    "pasal", "ayat", "nomor", "nomer", "no", "bab", "halaman", "hal", "butir", "huruf", "seri", "versi",
    "edisi", "jilid", "lantai", "kode", "rt", "rw", "pukul", "jam", "tanggal", "tgl", "kelas", "tahap",
    "gelombang", "article", "section", "chapter", "page", "number", "vol", "volume", "room", "flight",
    "route", "episode", "season", "version", "phase", "grade", "tahun", "year", "abad",
    "id", "kilometer", "km",
}  # fmt: skip
# "berlipat ganda" = doubled; English past tenses of multiplying.
MULTIPLIER_PHRASES = {
    "berlipat ganda": 2,
    "berlipat dua": 2,
    "doubled": 2,
    "tripled": 3,
    "trebled": 3,
    "quadrupled": 4,
}
