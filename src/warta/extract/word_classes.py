"""A light part-of-speech reading for counted noun phrases: closed-class words and affixed verbs.

Indonesian function words are a closed class (grammar, not vocabulary of any one story): prepositions,
conjunctions, adverbs and auxiliaries, pronouns and determiners, copulas, and the words that name a
time (days, months, parts of the day). Verbs are open-class but carry their affixes (me-, di-, ter-,
ber-): a word that an affix can be stripped from is a verb. Everything else that is alphabetic is read as
a noun or an adjective, which is what a noun phrase is made of.

>>> [word_class(w) for w in ("pada", "selasa", "dibayar", "emas", "lebih", "itu")]
['preposition', 'time', 'verb', 'noun', 'adverb', 'determiner']
"""

from __future__ import annotations

from warta.extract.lexicon_measures import NOT_VERBS, ROLES
from warta.extract.stems import stem

PREPOSITIONS = frozenset(
    {
        "di", "ke", "dari", "pada", "dengan", "untuk", "oleh", "bagi", "dalam", "atas", "antara", "terhadap",
        "tentang", "menurut", "sejak", "hingga", "sampai", "selama", "sepanjang", "kepada", "daripada",
        "akibat", "per", "mulai", "seperti", "tanpa", "melalui", "lewat", "menuju", "demi", "guna", "soal",
        "in", "at", "from", "of", "on", "for", "by", "with", "through", "after", "during", "into", "across",
        "near", "over", "to", "about", "since", "until", "than", "under", "against", "within",
    }
)  # fmt: skip
CONJUNCTIONS = frozenset(
    {
        "dan", "atau", "serta", "tetapi", "namun", "sedangkan", "sementara", "bahwa", "karena", "jika",
        "kalau", "agar", "supaya", "sehingga", "ketika", "saat", "setelah", "sebelum", "sesudah", "yang",
        "maupun", "tapi", "sembari", "selagi", "seraya", "usai", "jelang", "meski", "meskipun", "walaupun", "bila", "apabila", "hingga", "sambil", "lalu", "kemudian",
        "and", "or", "but", "while", "that", "which", "who", "whose", "when", "because", "if", "as",
    }
)  # fmt: skip
ADVERBS = frozenset(
    {
        "lebih", "kurang", "hampir", "sekitar", "sudah", "telah", "akan", "masih", "sedang", "juga", "hanya",
        "cuma", "saja", "pun", "lagi", "belum", "tidak", "tak", "bukan", "sangat", "paling", "baru",
        "segera", "kembali", "pernah", "sempat", "bisa", "dapat", "harus", "mungkin", "perlu", "ingin",
        "mau", "hendak", "tetap", "terus", "langsung", "bahkan", "sekali", "semakin", "makin", "sama",
        "sedikitnya", "setidaknya", "sebanyak", "sejumlah", "kira-kira", "pula", "bakal",
        "sendiri", "secara", "sekadar", "ada", "tercatat", "yakni", "yaitu", "adapun", "justru", "memang",
        "more", "less", "nearly", "almost", "about", "some", "also", "only", "just", "still", "already",
        "again", "not", "no", "never", "even", "very", "other", "another", "nggak", "gak",
        "enggak",
    }
)  # fmt: skip
DETERMINERS = frozenset(
    {
        "itu", "ini", "tersebut", "tsb", "ia", "dia", "mereka", "kami", "kita", "saya", "aku", "anda",
        "kamu", "beliau", "semua", "seluruh", "beberapa", "para", "sang", "si", "nya", "masing-masing",
        "seorang", "sebuah", "seekor", "setiap", "tiap",
        "the", "a", "an", "this", "these", "those", "its", "their", "his", "her", "our", "we", "they", "it",
    }
)  # fmt: skip
COPULAS = frozenset(
    {"adalah", "ialah", "merupakan", "menjadi", "is", "was", "were", "are", "be", "been"}
)  # fmt: skip
TIME_WORDS = frozenset(
    {
        "senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu", "pagi", "siang", "sore", "malam",
        "dini", "kemarin", "besok", "lusa", "tadi", "kini", "nanti", "sekarang", "depan", "terakhir",
        "januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober",
        "november", "desember", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
        "sunday", "yesterday", "today", "tomorrow", "ago", "last", "next", "morning", "evening", "night",
        "pukul", "wib", "wita", "wit",
    }
)  # fmt: skip
# Words that follow a noun inside its phrase but never open one ("pelaku lain", "orang lainnya").
POSTMODIFIERS = frozenset({"lain", "lainnya", "others"})
NUMBER_WORDS = frozenset(
    {
        "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh", "sebelas",
        "belas", "puluh", "ratus", "ribu", "juta", "miliar", "triliun", "puluhan", "ratusan", "ribuan",
        "belasan", "jutaan", "seratus", "seribu", "sejuta", "setengah", "separuh", "kali", "kedua",
        "ketiga", "keempat", "kelima", "one", "two", "three", "four", "five", "six", "seven", "eight",
        "nine", "ten", "dozens", "hundreds", "thousands", "millions", "times",
    }
)  # fmt: skip
# Size and value links: "emas seberat 80 gram", "setara dengan Rp 6 juta", "seharga $59".
LINKS = frozenset(
    {
        "seberat", "seluas", "setinggi", "sedalam", "sejauh", "sebesar", "senilai", "seharga", "setara",
        "sebanyak-banyaknya", "sekurang-kurangnya", "selambat-lambatnya",
    }
)  # fmt: skip
# Verbs and predicates without an affix, frequent around figures ("kena sanksi", "tewas", "hilang kontak"):
# they say what happened to what is counted, they are not part of its name. So do the event-role words
# of every language ("dirawat", "killed", "missing").
BARE_VERBS = frozenset(
    {
        "kena", "pulang", "tiba", "datang", "pergi", "masuk", "keluar", "kata", "ujar", "tewas", "hilang",
        "luka", "selamat", "mati", "gugur", "wafat", "hancur", "rusak", "roboh", "ambruk", "hangus",
        "tenggelam", "jatuh", "naik", "turun", "habis", "lahir", "tinggal", "ikut", "bisa", "tumbuh",
        "butuh", "punya", "minta",
    }
) | {w for words in ROLES.values() for w in words}  # fmt: skip
_CLASSES = (
    ("preposition", PREPOSITIONS),
    ("conjunction", CONJUNCTIONS),
    ("copula", COPULAS),
    ("adverb", ADVERBS),
    ("determiner", DETERMINERS),
    ("time", TIME_WORDS),
    ("number", NUMBER_WORDS),
    ("postmodifier", POSTMODIFIERS),
    ("link", LINKS),
)
_VERB_PREFIXES = ("me", "di", "ter", "ber")  # not pe-/per-: "penyerang", "perawatan" are nouns
_MIN_VERB = 5


def is_verb(low: str) -> bool:
    """An affixed Indonesian verb ("dibayar", "menyumbangkan", "berusia") or a frequent bare one."""
    if low in BARE_VERBS:
        return True
    if len(low) < _MIN_VERB or not low.startswith(_VERB_PREFIXES) or low in NOT_VERBS:
        return False
    return stem(low, english=False) != low


def word_class(low: str) -> str:
    """The class of one lower-case word: a closed class, "verb", "number", "punct" or "noun"."""
    if not low or not low[0].isalpha():
        return "number" if low[:1].isdigit() else "punct"
    for name, words in _CLASSES:
        if low in words:
            return name
    return "verb" if is_verb(low) else "noun"


def is_noun(low: str) -> bool:
    """Whether a word can be part of a noun phrase (a noun or an adjective)."""
    return word_class(low) == "noun"


_AGENT_PREFIXES = ("pe", "pem", "pen", "peng", "peny")


def is_agent_noun(low: str) -> bool:
    """A pe- noun of a doer ("pemain", "pebalap", "penyerang", "pedagang"): a pe- word an affix can be
    stripped from, not a pe-...-an abstract noun ("pengadilan", "penerbangan")."""
    if len(low) < _MIN_VERB or not low.startswith(_AGENT_PREFIXES) or low.endswith("an"):
        return False
    return stem(low, english=False) != low
