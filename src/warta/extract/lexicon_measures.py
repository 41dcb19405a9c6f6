"""Word lists that say what a number measures: event roles, synonyms and the words that end a noun phrase."""

from __future__ import annotations

# Words after (or passive verbs around) a number that give its event role.
ROLES = {
    "killed": (
        "tewas", "meninggal", "terbunuh", "dibunuh", "kematian", "gugur", "mati", "wafat", "killed", "dead",
        "died", "deaths",
    ),
    "injured": ("terluka", "luka", "luka-luka", "cedera", "injured", "wounded", "hurt"),
    "detained": ("ditahan", "ditangkap", "diamankan", "dipenjara", "arrested", "detained", "jailed"),
    "evacuated": ("dievakuasi", "mengungsi", "evacuated", "displaced"),
    "deployed": ("dikerahkan", "dikirim", "diterjunkan", "tiba", "deployed", "sent", "arrived"),
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
    "tercatat", "menjadi", "totaled", "totalled", "reached", "numbered", "rose", "fell", "is", "was",
    "were", "are",
}  # fmt: skip
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
}
WORD_SYNONYMS = {
    **dict.fromkeys(
        ("tentara", "pasukan", "prajurit", "serdadu", "personel", "troops", "soldiers"), "troops"
    ),
    **dict.fromkeys(("orang", "jiwa", "people", "persons"), "people"),
    **dict.fromkeys(("demonstran", "pendemo", "protesters", "demonstrators"), "protester"),
    **dict.fromkeys(("perusuh", "rioters", "militan", "militants"), "rioter"),
    **dict.fromkeys(("polisi", "police", "policemen"), "police"),
    **dict.fromkeys(("warga", "penduduk", "residents", "citizens", "nationals"), "resident"),
    **dict.fromkeys(("sipil", "civilians"), "civilian"),
    **dict.fromkeys(PRICE_WORDS, "price"),
}
# A bare "anggota" after a number is personnel; before another noun it is partitive and dropped.
PARTITIVES = {"anggota", "para", "kaum", "sejumlah", "members", "of", "the"}
GENERIC_HEADS = {"people", "victim"}
GENERIC_WORDS = {"orang", "jiwa", "people", "persons"}
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
    "memiliki", "punya", "sementara", "total", "seluruhnya", "keseluruhan",
    "were", "was", "are", "is", "have", "has", "had", "been", "be", "and", "or", "in", "at", "on", "to",
    "from", "by", "with", "for", "as", "that", "who", "which", "since", "after", "before", "said",
    "according", "about", "more", "than", "rose", "fell", "reached", "a", "an",
}  # fmt: skip
# Words after which a clause starts afresh, so a head is sought after them.
CLAUSE_STARTS = {"bahwa", "ketika", "saat", "that", "when", "while", "sementara", "namun", "tetapi"}
