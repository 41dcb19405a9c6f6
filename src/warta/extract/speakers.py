"""Who a quotation is attributed to: the cue beside it and the speaker it names, a pronoun, or a role.

A speaker is a person or an organisation named in the attribution ("kata Zulkifli", "said Dr Alan Hay"),
a role when no name is given ("seorang juru bicara", "a hospital spokesman", "Presiden"), or a pronoun
("katanya", "she said") that takes the person last named or quoted before it. Places, sentence words
and anything else are never speakers: unknown is better than a guess.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from rapidfuzz.distance import Levenshtein

from warta.extract.clause_names import outside_clauses
from warta.extract.entity_mention import EntityMention
from warta.extract.gazetteer import is_common_word, is_function_word, place
from warta.extract.names_en_words import TITLES
from warta.extract.speech_words import CUES_ID as CUES_ID
from warta.extract.speech_words import HONORIFICS as HONORIFICS
from warta.extract.speech_words import PRONOUNS as PRONOUNS
from warta.extract.speech_words import VERBS_EN as VERBS_EN
from warta.extract.speech_words import VERBS_ID as VERBS_ID
from warta.extract.wordlists import ORG_HEADS, ROLE_TITLES
from warta.lazy_regex import lazy
from warta.text.tokens import has_word

_PLURAL_PRONOUNS = frozenset({"mereka", "they", "kami", "we"})
_PERSONAL = frozenset({"he", "she"})
_OBJECT_PRONOUNS = {"him": "he", "her": "she"}
_INDEFINITE = frozenset({"a", "an", "one", "another", "some"})


def pronoun_refers(word: str) -> str | None:
    """What a pronoun can stand for: "he" or "she" (a person), "it" (a body), None for the rest (dia, -nya)."""
    low = word.casefold()
    return low if low in _PERSONAL or low == "it" else None


# A plural description ("kedua agensi", "para peneliti") is no one person named with that role before.
_PLURAL_LEAD = re.compile(r"(?:para|kedua|beberapa|sejumlah)\s", re.IGNORECASE)
# What opens a description of a speaker; Indonesian counts too ("tulis kedua agensi", "kata sejumlah warga").
_ROLE_LEAD = re.compile(
    r"^(?:seorang|salah\s+seorang|sang|para|kedua|beberapa|sejumlah|a|an|the|one|another)\s+", re.IGNORECASE
)
# Words that end a speaker phrase after a cue ("kata Budi di Jakarta", "said Smith on Monday"); not an
# acronym that spells one ("the WHO 's deputy head").
_PHRASE_STOP = re.compile(
    r"\s(?!(?-i:[A-Z]{2,})\b)(?:di|kepada|dalam|saat|ketika|pada|usai|seusai|selepas|sesudah|setelah|sebelum|kemarin|yang|"
    r"melalui|lewat|via|seraya|sambil|sembari|kala|tatkala|dengan|sebagaimana|seperti|"
    r"to|at|in|on|during|after|before|when|while|as|from|who|in|last|yesterday|today|this|via|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b",
    re.IGNORECASE,
)
_MAX_PHRASE = 120  # "kata Kepala Bidang Humas dan Protokol Direktorat Jenderal … Rika Apriyanti"
_MAX_ROLE_WORDS = 7


@dataclass(frozen=True)
class Who:
    """An attribution: the speaker (or None), where it is written, what it is, and the cue."""

    speaker: str | None
    span: tuple[int, int] | None
    type: str | None  # "PER" | "ORG" | "ROLE", or None when unresolved
    cue: str | None
    pronoun: bool = False  # the speaker is a pronoun to resolve from earlier text
    refers: str | None = None  # what the pronoun is: "he", "she" (a person), "it" (a body), None (any)


NOBODY = Who(None, None, None, None)


def speaker_in(
    text: str, lo: int, hi: int, entities: Sequence[EntityMention], cue: str | None, *, last: bool = False
) -> Who:
    """The speaker named in ``text[lo:hi]``: a pronoun, a person or organisation, or a role phrase."""
    phrase = text[lo:hi]
    stripped = phrase.strip(" ,\t")
    first = re.match(r"[^\W\d_]+", stripped)
    if first and first.group().casefold() in PRONOUNS and len(stripped.split()) <= 2:
        return Who(None, None, None, cue, pronoun=True, refers=pronoun_refers(first.group()))
    if first and first.group().casefold() in _OBJECT_PRONOUNS and len(stripped.split()) == 1:
        # "quoted him as saying": the object form of "he" / "she"
        return Who(None, None, None, cue, pronoun=True, refers=_OBJECT_PRONOUNS[first.group().casefold()])
    if first and first.group().casefold() == "it" and len(stripped.split()) <= 2:
        return Who(None, None, None, cue, pronoun=True, refers="it")  # "…," it said: a body named before
    if first and first.group().casefold() in _PLURAL_PRONOUNS:
        return Who(None, None, None, cue)
    owner = account_owner(text, lo + len(phrase) - len(phrase.lstrip(" ,\t")), hi)
    if owner:  # "tulis akun Instagram TMC Polda Metro Jaya", "tulis akun @TMCPoldaMetro"
        body = any(e.type == "ORG" and e.start < owner[1] and owner[0] < e.end for e in entities)
        return Who(text[owner[0] : owner[1]], owner, "ORG" if body else "PER", cue)
    kin = _KIN_OF.match(stripped)
    if kin:  # "jawab ibu Agnes": Agnes's mother, a role the text gives through her child
        at = lo + len(phrase) - len(phrase.lstrip(" ,\t"))
        return Who(kin.group(), (at, at + kin.end()), "ROLE", cue)
    ranked = bool(first and first.group().casefold() in HONORIFICS)
    # a place then a person after the phrase describe its role only when the phrase names no one after a
    # rank itself ("kata Kabid Humas … Kombes Argo Yuwono di Mapolres …, Jl Wijaya")
    placed = _name_after_title(text, lo, hi) is None
    apposed = (
        None
        if _opens_with_person(text, lo, hi, entities)
        else _apposition(text, hi, entities, titled=ranked, placed=placed)
    )
    if apposed:  # "kata Asisten Manajer Popsivo, Ernita Pongki": the role, then the person
        return Who(apposed.text, (apposed.start, apposed.end), "PER", cue)
    inside = [e for e in entities if lo <= e.start and e.end <= hi and is_speaker(e, text)]
    people = [e for e in inside if e.type == "PER" and e.text.casefold().rstrip(".") not in HONORIFICS]
    people = outside_clauses(text, people)
    described = _described_opener(text, lo, people[0]) if last and people else None
    if described:  # "Kata Amy Sun selaku Product Manager Facebook": the opening person, then what they are
        return Who(text[described[0] : described[1]], described, "PER", cue)
    titled = _name_after_title(text, lo, hi)
    if titled and not (last and people and people[-1].start >= titled[1]):
        # "kata Kabid Humas Polda Metro Jaya Kombes Argo Yuwono": the name after the last rank, unless
        # a person stands nearer the verb ("Dr Murray 's lawyer , Edward Chernoff , has stressed")
        return Who(text[titled[0] : titled[1]], titled, "PER", cue)
    if _ANAPHORIC.search(stripped) and len(stripped.split()) <= _MAX_ROLE_WORDS:
        return Who(None, None, None, cue, pronoun=True)  # "Mantan Kapolrestabes Bandung ini": named before
    if people:
        e = people[-1] if last or _role_noun_between(text, people) else people[0]
        return Who(e.text, (e.start, e.end), "PER", cue)
    offset = len(phrase) - len(phrase.lstrip(" ,\t"))
    start = lo + offset
    role = _role_phrase(stripped)
    titled_name = _TITLED_NAME_END.search(stripped)
    if (
        titled_name
        and titled_name.group(1).casefold() in TITLES
        and not is_sentence_word(titled_name.group(2), text)
    ):
        # "e-mailed BP spokesman Scott Dean": a body's lower-case role noun, then the person's name
        at, end = start + titled_name.start(2), start + titled_name.end(2)
        return Who(text[at:end], (at, end), "PER", cue)
    orgs = [e for e in inside if e.type == "ORG"]
    if orgs and (
        not role
        or text[start : orgs[0].start].strip() == ""
        or (
            _ARTICLE_ORG.fullmatch(text, start, orgs[0].start)
            and _adverbs_only().fullmatch(text, orgs[0].end, start + len(role))
        )
    ):  # "The Financial Times also reported": the body, with its article and an adverb
        e = orgs[0]
        person = _titled_acronym(text, e, entities)
        if person:  # "Kepala Staf Angkatan Darat (KSAD) Jenderal Mulyono" ... "KSAD menegaskan"
            return Who(person.text, (person.start, person.end), "PER", cue)
        return Who(e.text, (e.start, e.end), "ORG", cue)
    name = _name_run(stripped, text)
    if name:
        at, end = start + name[0], start + name[1]
        return Who(text[at:end], (at, end), "PER", cue)
    if role and _ANAPHORIC.search(role):
        return Who(None, None, None, cue, pronoun=True)  # "politisi PDIP itu": someone named before
    if role:
        person = (
            (None if _PLURAL_LEAD.match(role) else role_person(text, role, start, entities))
            or _possessor(text, role, start, entities)
            or _handle_owner(role, entities)
        )
        if person:
            return Who(person.text, (person.start, person.end), "PER", cue)
        handle = _ACCOUNT_AFTER.match(text, hi)
        if handle:  # "tulis netizen pada akun @qayla.shop19": the account the role wrote from
            return Who(handle.group(1), handle.span(1), "PER", cue)
        return Who(role, (start, start + len(role)), "ROLE", cue)
    return Who(None, None, None, cue)


def _role_noun_between(text: str, people: Sequence[EntityMention]) -> bool:
    """The last two "people" of a phrase are a body and its member, joined by lower-case role nouns
    ("said Societe Generale analyst Irene Himona"): the member speaks, the first name is the employer."""
    if len(people) < 2 or not _role_nouns().fullmatch(text, people[-2].end, people[-1].start):
        return False
    return not any(is_function_word(w) for w in text[people[-2].end : people[-1].start].split())


_role_nouns = lazy(r"(?:\s+[a-z][a-z-]+){1,3}\s+")


_ARTICLE_ORG = re.compile(r"[Tt]he\s+")


_adverbs_only = lazy(r"(?:\s+(?:also|too|again|later|earlier|[a-z]{3,}ly))*")


# A phrase ending in a lower-case role noun and a capitalised name of two or three words.
_TITLED_NAME_END = re.compile(r"\b([a-z]+)\s+((?:[A-Z][\w'’.-]+\s+){1,2}[A-Z][\w'’-]+)$")
# "…, M Hanafiah": initials the tagger drops; "Juru Bicara Forum X (kepanjangannya), Nama": a bracket between
_APPOSITION_GAP = re.compile(r"\s*(?:\([^()\n]{1,60}\)\s*)?,\s*(?:[A-Z]\.?\s+){0,2}")
# "ujar Deputi Bidang Usaha Energi, Logistik, Kawasan dan Pariwisata Kementerian BUMN, Edwin Hidayat": a
# title that runs on over commas, then the person.
_LONG_TITLE_GAP = re.compile(
    r"(?:\s*,\s*(?:[A-Z][\w.-]*|dan|and|&)(?:\s+(?:[A-Z][\w.-]*|dan|and|of|the|&)){0,8}){1,4}"
    r"\s*,\s*(?:[A-Z]\.?\s+){0,2}"
)
_RUN_ON_TITLE = re.compile(
    r"\s*,\s*(?:[A-Z][\w.-]*|dan|&)(?:\s+(?:[A-Z][\w.-]*|dan|&|\([A-Z]\w{1,12}\))){0,10}\s+"
)
_LONG_TITLE = 160
_BRACKET_GAP = 80  # how far past a role its bracket and comma may reach the person
_ANAPHORIC = re.compile(r"\s(?:itu|tersebut|ini)$", re.IGNORECASE)
_TITLES_BETWEEN = r"[\s,()]*(?:(?:[A-Z][\w.]*|dr\.?)\s+){0,3}"


_between = lazy(_TITLES_BETWEEN)


def _opens_with_person(text: str, lo: int, hi: int, entities: Sequence[EntityMention]) -> bool:
    """The phrase is a person's name ("kata Mukdas Sofian, Anggota Pos …"): what follows its comma
    describes that person, it does not name another."""
    at = lo + len(text[lo:hi]) - len(text[lo:hi].lstrip(" ,\t"))
    return any(
        e.start == at
        and e.end <= hi
        and e.type == "PER"
        and e.text.split()[0].casefold().rstrip(".") not in HONORIFICS
        and not is_common_word(e.text.split()[0])
        for e in entities
    )


# What describes the person just named: "selaku" / "sebagai" (as), or a comma and a lower-case role word;
# up to two capitalised words before it are the rest of the name the tagger cut short ("Amy [Sun]").
_DESCRIBED = re.compile(r"((?:\s+[A-Z][\w'’-]*){0,2})(?:\s+(?:selaku|sebagai)\s|\s*,\s*[a-z])")


def _described_opener(text: str, lo: int, person: EntityMention) -> tuple[int, int] | None:
    """Where the person's name is when the phrase opens with it and a description follows ("Amy Sun
    selaku Product Manager Facebook", "Ovi, personel Duo Serigala"): that person speaks, not a name
    inside the description."""
    at = lo + len(text[lo:]) - len(text[lo:].lstrip(" ,\t"))
    first = person.text.split()[0]
    if person.start != at or first.casefold().rstrip(".") in HONORIFICS or is_common_word(first):
        return None
    m = _DESCRIBED.match(text, person.end)
    return (person.start, person.end + len(m.group(1))) if m else None


def _apposition(
    text: str, hi: int, entities: Sequence[EntityMention], *, titled: bool = False, placed: bool = True
) -> EntityMention | None:
    """ "kata pelatih Petrokimia, M Hanafiah" / "ucap Kapolda Bengkulu, Brigjen Polisi M. Ghufron": a
    person named right after the role, after a comma and the ranks before the name."""
    gap = _APPOSITION_GAP.match(text, hi, hi + _BRACKET_GAP)
    people = [
        e
        for e in entities
        if hi < e.start <= hi + _LONG_TITLE
        and e.type == "PER"
        and is_speaker(e, text)
        and e.text.casefold().rstrip(".") not in HONORIFICS  # "Brigjen" alone is the rank, not the name
    ]
    if gap:
        found = next((e for e in people if e.start == gap.end()), None)
        if found:
            return found
    where = _PLACED_GAP.match(text, hi, hi + _BRACKET_GAP) if placed else None
    if where:  # "urai pemilik salah satu warung makan di Shelter Manahan Solo, Rati": the role's place first
        found = next((e for e in people if e.start == where.end()), None)
        if found:
            return found
    ranked = _RANKED_GAP.match(text, hi, hi + 40)
    if ranked and ranked.group(1).casefold().rstrip(".") in HONORIFICS:
        found = next((e for e in people if e.start == ranked.end()), None)
        if found:
            return found
    found = next((e for e in people if _LONG_TITLE_GAP.fullmatch(text, hi, e.start)), None)
    if found or not titled:
        return found
    # "ujar Kepala Pusat Data, Informasi dan Komunikasi Kebencanaan BNPB Abdul Muhari": a title that runs
    # on over a comma straight into the person.
    return next((e for e in people if _RUN_ON_TITLE.fullmatch(text, hi, e.start)), None)


# "… di Pasar Gedhe Solo, Darini": where the described speaker is, in capitalised words, then the name.
_PLACED_GAP = re.compile(r"\s+(?:di|dari|asal|at|in|from)\s+(?:[A-Z][\w.-]*\s+){0,4}[A-Z][\w.-]*\s*,\s*")
_RANKED_GAP = re.compile(r"\s*,\s*([A-Z][\w.]*)(?:\s+[A-Z][\w.]*)?\s+(?:[A-Z]\.?\s+){0,2}")


def _titled_acronym(text: str, org: EntityMention, entities: Sequence[EntityMention]) -> EntityMention | None:
    """The person an acronym stands for when the text spells it out as a role with the person after it:
    "Kepala Staf Angkatan Darat (KSAD) Jenderal TNI Mulyono" makes a later "KSAD" Mulyono."""
    if not re.fullmatch(r"[A-Z]{2,6}", org.text):
        return None
    spelled = _spelled_out(org.text).search(text)
    if not spelled or spelled.group(1).casefold() not in ROLE_TITLES:
        return None
    return role_person(text, org.text, org.start, entities)


@lru_cache(maxsize=1024)
def _spelled_out(acronym: str) -> re.Pattern[str]:
    """ "Kepala Staf Angkatan Darat (KSAD)": capitalised words, the first a title, then the acronym in
    brackets; compiled once per acronym (re's own cache thrashes over a story's patterns)."""
    return re.compile(r"(?<![\w])([A-Z][a-z]+)(?:\s+[A-Z][\w-]*){0,6}\s+\(" + acronym + r"\)")


def role_person(text: str, role: str, at: int, entities: Sequence[EntityMention]) -> EntityMention | None:
    """The person a role stands for: the one the text names right after the same role elsewhere
    ("Kepala Staf Angkatan Darat (KSAD) Jenderal Mulyono" for "KSAD"), the last such before ``at``."""
    core = _ROLE_LEAD.sub("", role).strip()
    if len(core) < 3 or role.split()[0].casefold() in _INDEFINITE:
        return None  # "said one lieutenant", "a spokesman said": someone the text does not name
    people: list[EntityMention] | None = None
    found: list[EntityMention] = []
    for m in _role_pattern(core).finditer(text):
        if m.start() == at:
            continue
        if people is None:  # only when the role is written elsewhere
            people = [e for e in entities if e.type == "PER" and is_speaker(e, text)]
        for e in people:
            if m.end() <= e.start <= m.end() + 40 and _between().fullmatch(text, m.end(), e.start):
                found.append(e)
                break
            if e.start == m.start() and e.end > m.end():  # "Hakim Wahyu Iman Santoso" tagged with its rank
                found.append(e)
                break
    before = [e for e in found if e.start < at]
    if before:
        return before[-1]
    if role.split()[0].casefold() == "the":
        return None  # "the official said": someone mentioned before, not a namesake further on
    return found[0] if found else None


@lru_cache(maxsize=4096)
def _role_pattern(core: str) -> re.Pattern[str]:
    """The role's words as a whole-word pattern, compiled once per role (re's own cache of 512 thrashes)."""
    return re.compile(r"\b" + r"\s+".join(map(re.escape, core.split())) + r"\b", re.IGNORECASE)


def _handle_owner(role: str, entities: Sequence[EntityMention]) -> EntityMention | None:
    """The person a social-media handle spells ("kata akun @ahmad_sopandii" after "Akun Ahmad Sopandi"):
    the name without spaces, within two edits of the handle."""
    handle = re.search(r"@(\w{4,})", role)
    if not handle:
        return None
    bare = handle.group(1).replace("_", "").casefold()
    return next(
        (
            e
            for e in entities
            if e.type == "PER"
            and " " in e.text
            and Levenshtein.distance(re.sub(r"\W", "", e.text).casefold(), bare) <= _HANDLE_EDITS
        ),
        None,
    )


_HANDLE_EDITS = 2
# "akun (resmi) Twitter TMC Polda Metro Jaya": an account, its platform, then its owner's name.
_PLATFORMS = frozenset({"Twitter", "Instagram", "Facebook", "YouTube", "TikTok"})
_ACCOUNT = re.compile(
    r"\b(?:akun|account)\s+(?:resmi\s+|official\s+)?(?:(?:" + "|".join(sorted(_PLATFORMS)) + r")\s+)?"
    r"(@\w{4,}|(?:[A-Z][\w.-]*\s+){0,4}[A-Z][\w.-]*)"
)
_MIN_HANDLE = 6
# A handle written right after a role phrase: the account it posted from.
_ACCOUNT_AFTER = re.compile(
    r"\s+(?:pada|di|melalui|lewat|via|dari)\s+(?:akun\s+)?(?:(?:" + "|".join(sorted(_PLATFORMS)) + r")\s+)?"
    r"(@[\w.]*\w)"
)


def account_owner(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The owner of the account a phrase at ``lo`` names: the name written after "akun <platform>", or
    for a handle ("akun @TMCPoldaMetro") the account name the article spells out whose letters it
    opens with ("akun resmi Twitter TMC Polda Metro Jaya")."""
    m = _ACCOUNT.match(text, lo, hi)
    if not m or m.start(1) >= hi:
        return None
    if not m.group(1).startswith("@"):
        return None if m.group(1) in _PLATFORMS else (m.start(1), m.end(1))
    handle = m.group(1)[1:].replace("_", "").casefold()
    if len(handle) < _MIN_HANDLE:
        return None
    for other in _ACCOUNT.finditer(text):
        name = other.group(1)
        if not name.startswith("@") and " " in name and re.sub(r"\W", "", name).casefold().startswith(handle):
            return other.start(1), other.end(1)
    return None


def _possessor(text: str, role: str, at: int, entities: Sequence[EntityMention]) -> EntityMention | None:
    """Whose words "the prepared testimony" or "pernyataan tertulisnya" are: the person the text named
    as their owner before ("Kendall 's prepared testimony"), the last such before ``at``."""
    head = role.split()[-1]
    if not _ROLE_LEAD.match(role) or len(head) < 3 or not head.isalpha():
        return None
    owner = _owner_pattern(head)
    named_at = {e.start for e in entities if e.type == "PER"}
    for e in reversed(entities):  # the last speaking person before ``at`` the text gives as the owner
        m = (
            owner.match(text, e.end + (1 if text[e.end : e.end + 1] == " " else 0))
            if e.type == "PER" and e.end <= at
            else None
        )
        if m and is_speaker(e, text):
            # "Red Bull 's world champion Sebastian Vettel": the role is a person's, not its owner's words
            after = m.end() + len(text[m.end() : m.end() + 2]) - len(text[m.end() : m.end() + 2].lstrip())
            return None if after in named_at else e
    return None


@lru_cache(maxsize=4096)
def _owner_pattern(head: str) -> re.Pattern[str]:
    """ "'s … head": an owner's possessive before the word, compiled once per word."""
    return re.compile(r"(?:'s|’s|')\s+(?:[\w-]+\s+){0,2}" + re.escape(head) + r"\b", re.IGNORECASE)


_NAME_WORD = re.compile(r"(?:[A-Z][\w'’.-]*|bin|binti|van|de|al|el)$")
_ARTICLES = frozenset({"a", "an", "the", "one", "another"})


def _name_run(phrase: str, text: str) -> tuple[int, int] | None:
    """A name the tagger missed: the capitalised words opening the phrase after any role title
    ("Gatot" in "Gatot ditemui di …"); None when they are a title, a place or sentence words."""
    run: list[re.Match[str]] = []
    for m in re.finditer(r"[^\s,.]+(?:\.(?=\s))?", phrase):
        if not _NAME_WORD.match(m.group()):
            break
        run.append(m)
    article = bool(run) and run[0].group().casefold() in _ARTICLES
    while run and (
        run[0].group().casefold() in ROLE_TITLES
        or run[0].group().isupper()
        or run[0].group().casefold() in _english_stop_words()
    ):
        run = run[1:]
    if not run or len(run) > 4 or not run[0].group()[:1].isupper():
        return None
    if article and re.match(r"\s+[a-z]", phrase[run[-1].end() :]):
        return None  # "A French diplomatic source", "the Obama administration": a modifier of a role
    first = run[0].group()
    if len(run) == 1 and (
        is_sentence_word(first, text)
        or is_function_word(first)
        or _region(first)
        or _PARTICIPLE.fullmatch(first)
    ):
        return None
    span = (run[0].start(), run[-1].end())
    return None if len(run) > 1 and place(phrase[span[0] : span[1]]) else span


# "Quoting unnamed sources , the paper claimed": a verb form opening the sentence, not a name
_PARTICIPLE = re.compile(r"[A-Z][a-z]{2,}ing")


def _region(word: str) -> bool:
    """A country, region or Indonesian city: never a speaker after a cue; a world-city homonym
    ("Amien", "Bima" in gazetteers) after "kata" is a person's name."""
    found = place(word)
    return found is not None and not found.key.startswith("geo:")


_MAX_NAME_WORDS = 4


def _name_after_title(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The one to four capitalised words after the last rank or title in a run of capitalised words."""
    words = list(re.finditer(r"[^\s,.()]+(?:\.(?=\s))?", text[lo:hi]))
    run = []
    for m in words:  # "hakim ketua Wahyu", "pak Budi": a rank may be written in lower case
        if not (_NAME_WORD.match(m.group()) or m.group().casefold().rstrip(".") in HONORIFICS):
            break
        run.append(m)
    last = -1
    for i, m in enumerate(run):
        low = m.group().casefold().rstrip(".")
        if low in HONORIFICS or (low == "besar" and i and run[i - 1].group().casefold() == "komisaris"):
            last = i
    tail = run[last + 1 :] if last >= 0 else []
    if not 1 <= len(tail) <= _MAX_NAME_WORDS or tail[0].group().isupper():
        return None
    if len(tail) == 1 and (is_sentence_word(tail[0].group(), text) or _region(tail[0].group())):
        return None
    if any(w.group().casefold() in _ORG_WORDS or w.group().casefold() in ORG_HEADS for w in tail):
        return None  # "Mantan Direktur Pelaksana Bank Dunia": the body after the title, not a name
    return lo + tail[0].start(), lo + tail[-1].end()


_ORG_WORDS = frozenset({"polda", "polres", "polri", "tni", "kpk", "dpr", "partai", "metro", "jaya", "humas"})


# English words a role phrase never ends with: times, auxiliaries, object pronouns, connectives.
_NOT_ROLE_ENDS = frozenset(
    {"am", "pm", "is", "was", "were", "are", "be", "been", "has", "had", "have", "will", "would", "him",
     "her", "them", "me", "you", "us", "it", "that", "this", "which", "who", "when", "then", "there",
     "here", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by", "from"}
)  # fmt: skip


_FINITE = frozenset({"is", "was", "were", "are", "has", "had", "have", "would", "will", "could", "should"})


def _role_phrase(phrase: str) -> str:
    """A description standing for the speaker ("seorang juru bicara", "a hospital spokesman")."""
    words = phrase.split()
    if not words or len(words) > _MAX_ROLE_WORDS:
        return ""
    lead = is_function_word(words[0]) and words[0].casefold() not in HONORIFICS  # "ibu berlogat Batak"
    if not any(c.isalpha() for c in phrase) or (lead and not _ROLE_LEAD.match(phrase)):
        return ""
    if len(words) == 1 and place(words[0]):
        return ""
    last = words[-1].rstrip(" ,.;:")
    if any(w.casefold() in _FINITE for w in words):
        return ""  # "the Saudis were unlikely": a clause, not a description of a speaker
    if last.casefold() in _NOT_ROLE_ENDS or (_ROLE_LEAD.match(phrase) and re.fullmatch(r"[a-z]+ed", last)):
        return ""  # "10 am", "him", "the key concern was", "the company wanted": no noun names a speaker
    return phrase.rstrip(" ,.;:")


def is_speaker(entity: EntityMention, text: str) -> bool:
    """Whether a mention can speak: a person or organisation, not a place, not a sentence word
    ("However", "His family"), not the object of a preposition ("a trip to Alabama")."""
    if entity.type not in ("PER", "ORG") or _BRACKET_TOKEN.fullmatch(entity.text):
        return False
    if entity.text.split()[0].casefold() in _english_stop_words():
        return False
    if _PREPOSITION_BEFORE.search(text, max(0, entity.start - 12), entity.start):
        return False
    if " " not in entity.text and is_sentence_word(entity.text, text):
        return False
    if _PRONOUN_CLITIC.fullmatch(entity.text):
        return False  # "Iapun mencontohkan …": a pronoun with its particle, capitalised at a sentence start
    if in_dateline(entity, text):
        return False  # "Jakarta, CNN Indonesia -- "…"": the outlet of the dateline, not a speaker
    if _RELATED_LINE.match(text, text.rfind("\n", 0, entity.start) + 1):
        return False  # "SIMAK JUGA: Djanur Akui Persib …": another article's headline, portal furniture
    return (entity.key or "").startswith("per:") or not place(entity.text)


# A line opening with a "read also" label: the headline of another article.
_RELATED_LINE = re.compile(
    r"\s*(?:(?:baca|lihat|simak)(?:\s+juga)?|(?:artikel|berita)\s+terkait|read\s+(?:also|more)|see\s+also)\s*:",
    re.IGNORECASE,
)
_BRACKET_TOKEN = re.compile(r"-?[LR][RCS]B-?")  # "-LRB-" / "-RRB-": a tokenised bracket, never a name
# The dateline opening an article: "Kota (Kantor Berita) - ", "Kota, Kantor Berita -- ".
_OPENING_DATELINE = re.compile(
    r"[A-Z][^\n()\-–—,.]{0,30}(?:\([^()\n]{2,40}\)|,[^\n()\-–—,.]{2,30})\s*[-–—]{1,2}\s+"
)
_DATELINE_REACH = 80


def in_dateline(entity: EntityMention, text: str) -> bool:
    """Whether a mention is part of the dateline opening the article (its city and outlet)."""
    if entity.start >= _DATELINE_REACH:
        return False
    line = _OPENING_DATELINE.match(text)
    return line is not None and entity.end <= line.end()


_PRONOUN_CLITIC = re.compile(r"(?:dia|ia|beliau|mereka|aku|saya|kami|kita)(?:pun|lah|kah)", re.IGNORECASE)
# A kinship noun in lower case before a name is that person's relative ("ibu Agnes": Agnes's mother);
# capitalised ("Ibu Agnes") it is a title of Agnes herself.
_KIN_OF = re.compile(
    r"(?:ibu|ayah|bapak|istri|suami|anak|kakak|adik|paman|bibi|nenek|kakek|mertua|putra|putri|orang\s+tua)"
    r"(?:\s+(?:kandung|angkat|tiri))?\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2}"
)
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:to|in|at|from|into|near|di|ke|dari|menuju)\s+(?:the\s+)?$", re.IGNORECASE
)


@cache
def _english_stop_words() -> frozenset[str]:
    from warta.text.stopwords_en import ENGLISH_STOP_WORDS

    # "Earlier this week music magazine Billboard reported": time adverbs open a sentence, never a name
    return (frozenset(ENGLISH_STOP_WORDS) - {"bill", "mill", "fire"}) | {"earlier", "later"}


def is_sentence_word(word: str, text: str) -> bool:
    """A capitalised word the same text also writes in lower case is an ordinary word ("Viruses")."""
    low = word.casefold()
    if low == word:
        return False
    return has_word(low, text)


# Punctuation that ends a speaker phrase; not the stop of an abbreviated rank or an initial ("said Adm.
# Thad Allen", "said Dr. D.A. Richardson"); an acronym in brackets stays inside ("Pelaksana Tugas (Plt)
# Kapusdatin BNPB Abdul Muhari"), and so does a web address ("Founder MauBelajarApa.com Jourdan Kamal").
_PHRASE_MARK = re.compile(
    r"[,;:!?\n“”\"«»)]|\((?![A-Z][\w]{1,12}\)\s+[A-Z])|\([A-Z][\w]{1,12}\)\s+(?![A-Z])"
    r"|(?<!\b[A-Z])(?<!\b(?:Mr|Dr|Ms|St|Jr|Lt))(?<!\b(?:Mrs|Gen|Sen|Gov|Rep|Adm|Col|Sgt|Maj|Cpl|Pvt))"
    r"(?<!\b(?:Capt|Prof|Cmdr|Supt|Insp))\.(?![a-z]{2,}\b)"
)
_BRACKETED = re.compile(r"\([A-Z][\w]{1,12}\)")


def stops_phrase(phrase: str) -> bool:
    """Whether a speaker phrase would end inside ``phrase`` at a stop word ("di", "saat", "on", …)."""
    return _PHRASE_STOP.search(phrase) is not None


def phrase_end(text: str, lo: int, hi: int) -> int:
    """Where a speaker phrase starting at ``lo`` stops: punctuation, a line end or a stop word."""
    m = _PHRASE_MARK.search(text, lo, min(hi, lo + _MAX_PHRASE))
    while m and m.group() == ")" and _BRACKETED.search(text, max(lo, m.start() - 14), m.end()):
        m = _PHRASE_MARK.search(text, m.end(), min(hi, lo + _MAX_PHRASE))
    end = m.start() if m else min(hi, lo + _MAX_PHRASE)
    stop = _PHRASE_STOP.search(text, lo, end)
    return stop.start() if stop else end
