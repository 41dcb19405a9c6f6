"""Portal furniture on any portal: a logistic-regression line classifier on features of the line itself.

The features say what furniture is made of, whatever the portal: social-network and app names,
call-to-action verbs, follow/subscribe/share phrasing, teaser labels, editor initials, copyright and ad
words, hashtags, links, shouting, and the absence of what story sentences have (function words,
reporting verbs, sentence ends). The weights in ``warta/data/furniture_model.json`` were learned by
``scripts/train_furniture.py`` on invented articles in the layouts of many outlets
(:mod:`warta.evaluate.furniture_set`) and are scored on outlets held out of training.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cache

_WORD = re.compile(r"[#@]?[\w'’+-]+", re.UNICODE)
_SOCIAL = re.compile(
    r"\b(?:whats\s?app|wa|telegram|facebook|fb|twitter|instagram|ig|tiktok|youtube|line|linkedin|pinterest"
    r"|google\s+news|play\s*store|app\s*store|threads|snack\s*video)\b",
    re.IGNORECASE,
)
_CTA = re.compile(
    r"\b(?:ikuti|follow|gabung|bergabung|join|subscribe|berlangganan|langganan|klik|click|download|unduh"
    r"|install|dapatkan|simak|tonton|saksikan|baca|kirim|kirimkan|bagikan|share|scroll|lanjutkan|daftar\s+sekarang"
    r"|masukkan|salin|cek|yuk|silakan|get|read|watch|sign|login|like|comment)\b",
    re.IGNORECASE,
)
_TEASER = re.compile(
    r"^[\[(«»•*\s-]*(?:baca(?:\s+juga)?|simak(?:\s+juga)?|lihat(?:\s+juga)?|tonton(?:\s+juga)?"
    # "Selanjutnya: ..." is a link; "Sebelumnya, polisi ..." is a story sentence's adverb.
    r"|(?:selanjutnya|berikutnya|sebelumnya)(?=\s*(?:[:|»›>-]|$))"
    r"|read\s+next|read\s+more|artikel\s+(?:terkait|pilihan|lainnya)|berita\s+"
    r"(?:terkait|lainnya|sebelumnya|berikutnya|pilihan|populer)|pilihan\s+(?:editor|redaksi)|related|next"
    r"|prev(?:ious)?|terpopuler|most\s+read|topik\s+terkait|tag(?:\s+terkait)?|video\s+pilihan)\b",
    re.IGNORECASE,
)
_INITIALS = re.compile(r"^[\[(]\s*[\w*.]{1,6}(?:\s*/\s*[\w*.]{1,6}){0,3}\s*[\])]$")
_COPYRIGHT = re.compile(
    r"©|\bcopyright\b|\bhak cipta\b|all rights reserved|\bdilarang (?:keras )?(?:mengambil|mengutip|menyalin)",
    re.IGNORECASE,
)
_AD = re.compile(
    r"\b(?:iklan|advertisement|advertisment|ads|sponsored|promosi|media partner|ad box|pasang iklan)\b",
    re.IGNORECASE,
)
_NAV = re.compile(
    r"\b(?:prev|next|post|beranda|home|halaman|page|kontak|tentang kami|pedoman|redaksi|newsletter)\b",
    re.IGNORECASE,
)
_COMMENT = re.compile(
    r"\b(?:(?:tinggalkan|tulis|beri|kirim)\s+(?:komentar|balasan)|comments?|reply|email anda|ruas yang wajib)\b"
    r"|^(?:komentar|balasan)\W*$",
    re.IGNORECASE,
)
_UPDATE = re.compile(
    r"\bberita\s+(?:terbaru|terkini|pilihan|lainnya|menarik)|\bupdate\b|\bterpercaya\b", re.I
)
_LINKISH = re.compile(r"https?://|www\.|\b[\w-]+\.(?:com|co\.id|id|co|net|tv)\b|@\w", re.IGNORECASE)
# What a share widget says once a link is copied: "Link disalin", "Copied to clipboard".
_UI_STATUS = re.compile(r"\b(?:disalin|tersalin|copied|clipboard|papan klip)\b", re.IGNORECASE)
_CLOCK = re.compile(r"^\W*\d{1,2}:\d{2}(?:\s*/\s*\d{1,2}:\d{2})?\W*$")
_CHANNEL = re.compile(r"\b(?:channel|saluran|grup|group|kanal|newsletter|notifikasi)\b", re.IGNORECASE)
_REPORTING = re.compile(
    r"\b(?:kata|ujar|ujarnya|katanya|tutur|tuturnya|ungkap|ungkapnya|jelas|jelasnya|menurut|mengatakan"
    r"|menyatakan|menyebut|said|says|told)\b",
    re.IGNORECASE,
)
_FUNCTION_WORDS = frozenset(
    "yang di dan dengan untuk itu ini dari ke pada dalam tidak akan telah sudah oleh karena juga para "
    "sebanyak setelah masih hingga saat bahwa mereka kami ia dia sejak menjadi the of and to in was were".split()
)
_SENTENCE_END = re.compile(r"[.!?…]['\"”’)]*$")


@dataclass(frozen=True)
class FurnitureModel:
    """Logistic-regression weights over named features, and the probability above which a line is furniture."""

    weights: dict[str, float]
    bias: float
    threshold: float

    def probability(self, features: dict[str, float]) -> float:
        """The model's probability that the line with these features is furniture."""
        z = self.bias + sum(self.weights.get(k, 0.0) * v for k, v in features.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def line_features(line: str, position: float) -> dict[str, float]:
    """The named features of one line; ``position`` is where it stands in the article, 0 (top) to 1."""
    text = line.strip()
    words = _WORD.findall(text)
    n = len(words)
    lower = [w.casefold() for w in words]
    letters = [c for c in text if c.isalpha()]
    upper_share = sum(c.isupper() for c in letters) / len(letters) if letters else 0.0
    caps_words = sum(1 for w in words if w[:1].isupper())
    f: dict[str, float] = {
        "words_1_3": float(n <= 3),
        "words_4_8": float(4 <= n <= 8),
        "words_9_15": float(9 <= n <= 15),
        "words_16_30": float(16 <= n <= 30),
        "words_31_up": float(n > 30),
        "sentence_end": float(bool(_SENTENCE_END.search(text))),
        # Distinct networks: a share bar names several, a story about one repeats its name.
        "social": float(len({re.sub(r"\s+", "", s.casefold()) for s in _SOCIAL.findall(text)})),
        "cta": float(min(3, len(_CTA.findall(text)))),
        "teaser_start": float(bool(_TEASER.match(text))),
        "initials": float(bool(_INITIALS.match(text))),
        "copyright": float(bool(_COPYRIGHT.search(text))),
        "ad": float(bool(_AD.search(text))),
        "nav": float(bool(_NAV.search(text))),
        "comment": float(bool(_COMMENT.search(text))),
        "update": float(bool(_UPDATE.search(text))),
        "channel": float(bool(_CHANNEL.search(text))),
        "linkish": float(bool(_LINKISH.search(text))),
        "clock": float(bool(_CLOCK.match(text))),
        # Player times, gallery counters, view counts: digits and no word at all.
        "no_letters": float(not letters and any(c.isdigit() for c in text)),
        "ui_status": float(bool(_UI_STATUS.search(text))),
        "hashtags": sum(1 for w in words if w.startswith("#")) / n if n else 0.0,
        "shouting": float(upper_share > 0.8 and len(letters) >= 3),
        "title_case": caps_words / n if n else 0.0,
        "bullet": float(bool(re.match(r"^[•·»«*▶►-]", text))),
        "pipes": float(min(3, text.count("|"))),
        "colon_end": float(text.endswith(":")),
        "question": float("?" in text),
        "quote": float(bool(re.search(r"[\"“”]", text))),
        "reporting": float(bool(_REPORTING.search(text))),
        "digits": float(bool(re.search(r"\d", text))),
        "function_share": sum(1 for w in lower if w in _FUNCTION_WORDS) / n if n else 0.0,
        "you": float(bool(re.search(r"\b(?:anda|kamu|mu|kalian|you|your)\b", text, re.IGNORECASE))),
        "top": float(position < 0.1),
        "bottom": float(position > 0.85),
    }
    return f


@cache
def load_model() -> FurnitureModel | None:
    """The shipped weights, or None when the package carries none (then no line is judged by the model)."""
    from warta.data import optional_json

    data = optional_json("furniture_model.json")
    if data is None:
        return None
    return FurnitureModel(
        weights={str(k): float(v) for k, v in data["weights"].items()},
        bias=float(data["bias"]),
        threshold=float(data["threshold"]),
    )


# Features that are evidence of furniture. The model judges a line only when it shows one: length and
# position alone (a list item, an excerpt cut mid-sentence) never make a line furniture.
_CUES = (
    "social",
    "cta",
    "teaser_start",
    "initials",
    "copyright",
    "ad",
    "nav",
    "comment",
    "update",
    "linkish",
    "clock",
    "no_letters",
    "ui_status",
    "hashtags",
    "shouting",
    "pipes",
)


# A numbered item ("4. Ikuti petunjuk petugas") is a step or a rank of the story's own list.
_NUMBERED_ITEM = re.compile(r"^\s*\d{1,2}[.)]\s+\S")


def has_cue(features: dict[str, float]) -> bool:
    """Whether a line's features show any sign of furniture."""
    return any(features.get(name, 0.0) > 0 for name in _CUES)


def furniture_probability(line: str, position: float) -> float:
    """The model's probability that ``line`` is portal furniture (0.0 when no model ships)."""
    model = load_model()
    return model.probability(line_features(line, position)) if model else 0.0


def is_furniture(line: str, position: float) -> bool:
    """Whether the model calls ``line`` furniture at its shipped threshold."""
    model = load_model()
    if model is None:
        return False
    if _NUMBERED_ITEM.match(line):
        return False
    features = line_features(line, position)
    return has_cue(features) and model.probability(features) >= model.threshold
