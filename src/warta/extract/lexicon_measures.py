"""Word lists that say what a number measures: event roles, synonyms and the words that end a noun phrase."""

from __future__ import annotations

# Words after (or passive verbs around) a number that give its event role.
ROLES = {
    "killed": (
        "tewas", "meninggal", "terbunuh", "dibunuh", "kematian", "gugur", "mati", "wafat", "killed", "dead",
        "died", "deaths",
    ),
    "injured": (
        "terluka", "luka", "luka-luka", "cedera", "dirawat", "injured", "wounded", "hurt", "hospitalised",
        "hospitalized",
    ),
    "detained": ("ditahan", "ditangkap", "diamankan", "dipenjara", "arrested", "detained", "jailed"),
    "evacuated": ("dievakuasi", "mengungsi", "evacuated", "displaced"),
    "deployed": (
        "dikerahkan", "dikirim", "dikirimkan", "diterjunkan", "diturunkan", "tiba", "deployed", "sent",
        "arrived",
    ),
    "missing": ("hilang", "missing"),
}  # fmt: skip
# Active verbs right before a number: the number counts the verb's object ("menangkap 8.000 pengunjuk rasa").
ACTIVE_ROLES = {
    "killed": ("membunuh", "menewaskan", "killing", "killed"),
    "injured": ("melukai", "injuring", "wounded", "injured"),
    "detained": ("menangkap", "menahan", "arrested", "detained"),
    "evacuated": ("mengevakuasi", "evacuated"),
    "deployed": ("mengerahkan", "mengirim", "mengirimkan", "menerjunkan", "deployed", "sent"),
    "age": ("berusia", "berumur", "usia", "umur", "aged"),
}
# The word a brief's label uses for each role, Indonesian and English.
ROLE_LABELS = {
    "killed": ("tewas", "killed"),
    "injured": ("terluka", "injured"),
    "detained": ("ditahan", "detained"),
    "evacuated": ("dievakuasi", "evacuated"),
    "deployed": ("dikerahkan", "deployed"),
    "missing": ("hilang", "missing"),
    "age": ("usia", "age"),
}
# Verbs after which a number closes its clause, so the counted thing is the clause's subject.
LINKING_VERBS = {
    "berjumlah", "mencapai", "sebanyak", "naik", "turun", "melonjak", "meningkat", "menurun", "anjlok",
    "tercatat", "menjadi", "bertambah", "berkurang", "sebesar", "senilai", "ditaksir", "diperkirakan",
    "totaled", "totalled", "reached", "numbered", "rose", "fell", "climbed", "increased", "jumped",
    "stood", "is", "was", "were", "are",
}  # fmt: skip
# "rose to 14", "stood at 9": the preposition between a linking verb and its number.
LINKING_PREPOSITIONS = {"to", "at"}
# Words before a duration that make the noun phrase before them the thing that lasts ("status ... selama 14 hari").
DURATION_OF = {"selama", "sepanjang", "for", "during"}
# Words after a duration that open what it was needed for ("butuh lima jam untuk memadamkan api").
DURATION_FOR = {"untuk", "guna", "to"}
# Words that open a phrase which modifies a noun rather than being the counted thing itself.
PREPOSITIONS = {
    "di", "ke", "dari", "akibat", "karena", "terkait", "dalam", "pada", "untuk", "oleh", "dengan", "bagi",
    "tentang", "atas", "menurut", "sejak", "hingga", "antara", "seperti", "in", "at", "from", "of", "on",
    "for", "by", "with", "through", "after", "during", "into", "across", "near", "over", "per",
}  # fmt: skip
# Words that give their role to the noun right after them in a clause's subject ("the death toll").
ROLE_BEFORE = {"death": "killed", "casualty": "killed", "injury": "injured", "arrest": "detained"}
# Nouns that look like affixed verbs ("tersangka", "terdakwa"): they do not end a noun phrase.
NOT_VERBS = {"tersangka", "terdakwa", "terpidana", "tertuduh", "terduga", "tergugat", "bermotor"}
RELATIVES = {"yang", "that", "which", "who", "whose"}
DETERMINERS = {"a", "an", "the", "its", "their", "this", "these"}
# Prefixes of Indonesian verbs: a word with one the stemmer can strip ends a noun phrase ("ber-" words
# are mostly adjectives: "penjahat bersenjata").
VERB_PREFIXES = ("me", "di", "ter")
PRICE_WORDS = {"harga", "biaya", "tarif", "ongkos", "price", "prices", "cost", "costs", "fare", "fares"}

# Multi-word names of one thing, read before single words. Keys are lower case.
PHRASE_SYNONYMS = {
    "pengunjuk rasa": "protester",
    "penjaga perdamaian": "troops",
    "pasukan keamanan": "security",
    "aparat keamanan": "security",
    "petugas keamanan": "security",
    "personel keamanan": "security",
    "security forces": "security",
    "security officers": "security",
    "security personnel": "security",
    "penjahat bersenjata": "rioter",
    "bahan bakar": "fuel",
    "korban jiwa": "killed",
    "warga sipil": "civilian",
    "tanggap darurat": "emergency",
    "state of emergency": "emergency",
    "mobil pemadam kebakaran": "fireengine",
    "mobil pemadam": "fireengine",
    "fire engines": "fireengine",
    "fire trucks": "fireengine",
}
WORD_SYNONYMS = {
    **dict.fromkeys(
        ("tentara", "pasukan", "prajurit", "serdadu", "personel", "troops", "soldiers"), "troops"
    ),
    **dict.fromkeys(("orang", "jiwa", "people", "persons", "korban", "victims", "toll"), "people"),
    **dict.fromkeys(("demonstran", "pendemo", "protesters", "demonstrators"), "protester"),
    **dict.fromkeys(("perusuh", "rioters", "militan", "militants"), "rioter"),
    **dict.fromkeys(("polisi", "police", "policemen"), "police"),
    **dict.fromkeys(("warga", "penduduk", "residents", "citizens", "nationals"), "resident"),
    **dict.fromkeys(("sipil", "civilians"), "civilian"),
    **dict.fromkeys(PRICE_WORDS, "price"),
    **dict.fromkeys(("dana", "bantuan", "anggaran", "fund", "funds", "aid", "grant"), "fund"),
    **dict.fromkeys(("kerugian", "loss", "losses", "damages"), "loss"),
    **dict.fromkeys(("pengungsi", "evacuees", "refugees"), "evacuee"),
    **dict.fromkeys(("desa", "village", "villages"), "village"),
    **dict.fromkeys(("rumah", "house", "houses", "homes"), "house"),
    **dict.fromkeys(("darurat", "emergency"), "emergency"),
    **dict.fromkeys(("nelayan", "fishermen", "fishers"), "fisher"),
}
# A bare "anggota" after a number is personnel; before another noun it is partitive and dropped.
# Classifiers and counting words ("12 unit mobil", "jumlah korban", "status tanggap darurat") go the same way.
PARTITIVES = {
    "anggota", "para", "kaum", "sejumlah", "jumlah", "total", "unit", "buah", "ekor", "status", "members", "of",
    "the", "number",
}  # fmt: skip
GENERIC_HEADS = {"people", "victim"}
GENERIC_WORDS = {"orang", "jiwa", "people", "persons", "korban"}
# "... orang yang digambarkan sebagai perusuh": what follows names the counted people.
DESCRIBED_AS = {"sebagai", "disebut", "as", "dubbed"}

# Words that end the noun phrase after a number: function words, auxiliaries and common verbs.
STOP = {
    "yang", "di", "ke", "dari", "dan", "atau", "telah", "sudah", "akan", "juga", "masih", "dalam", "pada",
    "untuk", "dengan", "oleh", "bahwa", "sebagai", "itu", "ini", "tersebut", "sejak", "selama", "saat",
    "ketika", "hingga", "sampai", "per", "tetapi", "namun", "serta", "kata", "mengatakan", "dilaporkan",
    "sejauh", "secara", "adalah", "merupakan", "lalu", "kemarin", "setelah", "sebelum", "menurut",
    "karena", "sekitar", "lebih", "kurang", "hampir", "naik", "turun", "melonjak", "meningkat",
    "menurun", "anjlok", "mencapai", "berjumlah", "sebanyak", "sejumlah", "tercatat", "menjadi", "baru",
    "pun", "lagi", "tak", "tidak", "belum", "bisa", "dapat", "harus", "kini", "saja", "hanya", "ada",
    "memiliki", "punya", "sementara", "total", "seluruhnya", "keseluruhan", "akibat", "adapun", "kemudian",
    "terkait", "bertambah", "berkurang", "sebesar", "senilai", "ditaksir", "diperkirakan",
    "were", "was", "are", "is", "have", "has", "had", "been", "be", "and", "or", "in", "at", "on", "to",
    "from", "by", "with", "for", "as", "that", "who", "which", "since", "after", "before", "said",
    "according", "about", "more", "than", "rose", "fell", "reached", "a", "an",
}  # fmt: skip
# Words after which a clause starts afresh, so a head is sought after them.
CLAUSE_STARTS = {"bahwa", "ketika", "saat", "that", "when", "while", "sementara", "namun", "tetapi"}
