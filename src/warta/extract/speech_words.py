"""The words of attribution: Indonesian cue words and speech verbs, English speech verbs, the ranks and
titles written before a name, and the pronouns a quote's speaker may be (re-exported by
:mod:`warta.extract.speakers`).

>>> "kata" in CUES_ID and "mengatakan" in VERBS_ID and "said" in VERBS_EN
True
"""

from __future__ import annotations

from warta.extract.wordlists import ROLE_TITLES

# Indonesian cue words written after the quote ("…," kata X / ujarnya); each takes an optional -nya.
CUES_ID: frozenset[str] = frozenset(
    {
        "kata", "ujar", "ucap", "tutur", "jelas", "tegas", "imbuh", "tambah", "sebut", "ungkap", "terang",
        "papar", "lanjut", "pungkas", "tandas", "seru", "tanya", "kilah", "timpal", "jawab", "bilang",
        "cetus", "urai", "beber", "sambung", "aku", "klaim", "tukas", "sergah", "ulas", "tutup", "tulis",
        "kenang", "pinta", "sahut", "balas", "akui", "seloroh", "keluh", "bantah", "tampik", "buka",
        "sambut", "harap", "pesan", "ajak", "imbau", "sindir", "puji",
    }
)  # fmt: skip
# Indonesian speech verbs with a subject before them ("X mengatakan", "X menambahkan, …").
VERBS_ID: frozenset[str] = frozenset(
    {
        "mengatakan", "menyatakan", "berkata", "menjelaskan", "menegaskan", "mengklaim", "memperingatkan",
        "mengungkapkan", "menambahkan", "menyebutkan", "menyebut", "menuturkan", "mengumumkan", "menekankan",
        "menyampaikan", "mengungkap", "memaparkan", "menerangkan", "mengakui", "berujar", "bertutur",
        "berpendapat", "menilai", "mengimbau", "meminta", "menginstruksikan", "melanjutkan", "bilang",
        "menanggapi", "mengingatkan", "mengucapkan", "menandaskan", "berharap", "menyerukan", "menimpali",
    }
)  # fmt: skip
VERBS_EN: frozenset[str] = frozenset(
    {
        "said", "says", "told", "added", "stated", "explained", "warned", "insisted", "noted", "wrote",
        "asked", "continued", "concluded", "declared", "announced", "admitted", "argued", "claimed",
        "replied", "recalled", "acknowledged", "urged", "tweeted", "stressed", "cautioned", "predicted",
        "suggested", "commented", "say", "tells", "adds", "explains", "warns", "writes", "responded",
        "confirmed", "emphasised", "emphasized", "described", "reported", "promised", "vowed", "pledged",
        "tell", "saying", "continues", "insists", "argues", "admits",  # not "claims", "notes": nouns too
        "asks", "concludes", "declares", "announces", "retorted", "answered",
        "countered", "conceded", "remarked", "observed", "joked", "quipped", "demanded", "complained",
        "testified", "shouted", "chanted", "spoke", "exclaimed", "cried", "yelled", "whispered", "screamed",
        "lamented", "reiterated", "e-mailed", "emailed", "texted", "apologized", "apologised", "maintained",
    }
)  # fmt: skip
# Ranks and titles written before a name; the name is what follows them.
HONORIFICS: frozenset[str] = frozenset(t for t in ROLE_TITLES if " " not in t) | {
    "mr", "mrs", "ms", "dr", "prof", "pak", "bu", "ibu", "bapak", "sir", "brigjen", "kombes", "akbp", "ipda",
    "iptu", "aiptu", "kompol", "irjen", "komjen", "letjen", "mayjen", "laksamana", "marsekal", "kolonel", "ajun",
    "jenderal", "ajudan", "kapten", "mayor", "letnan", "bripka", "briptu", "brigadir", "aipda", "laksma",
    "marsma", "kabid", "humas", "kasubbag", "kasubdit", "kapolres", "kapolda", "kapolsek", "kadiv",
    "adm", "admiral", "gen", "col", "lt", "sgt", "sergeant", "capt", "captain", "maj", "cpl",
    "pvt", "cmdr", "lieutenant", "corporal", "commander", "sen", "senator",
    "gov", "governor", "rep", "supt", "insp", "det", "officer", "petty",
    "hakim", "majelis", "jaksa", "plt", "pelaksana", "tugas",
    "pol",  # "Kombes Pol", "Brigjen Pol": the police arm of a rank, written between the rank and the name
    "akp", "bripda",
    # clipped heads of a unit ("kata Kanit I Ditnarkoba Polda Bengkulu, AKP Agus Gunawan": the unit's head,
    # then the person), which the entity layer reads as the opening of a name
    "kanit", "kasubnit", "panit", "kasat", "kasatreskrim", "kasatlantas", "kasatnarkoba", "kasatresnarkoba",
    "kasatintelkam", "kabag", "kasubag", "kasi", "kasie", "kadis", "kajari", "kajati", "kapuspen",
    "kabareskrim", "wakapolri", "wakapolda", "wakapolres", "wakapolsek",
    # clipped titles of deputies and directors ("Wagub Sandiaga Uno", "Dirjen … Syarifuddin")
    "wagub", "wabup", "wawali", "wamen", "dirjen", "dirut", "sesjen",
    # ministers' clipped titles ("kata Menaker Hanif"); the entity layer keeps them glued to the name
    "menaker", "menpora", "menkes", "mendikbud", "menhub", "menag", "mensos", "menperin", "mendag",
    "menpar", "menkominfo", "menkumham", "menristekdikti", "mentan", "menko", "menkopolhukam",
}  # fmt: skip
PRONOUNS: frozenset[str] = frozenset({"dia", "ia", "beliau", "he", "she", "nya"})
