"""Who a quote's pronoun means and the fullest name of its speaker: the people written as a verb's subject,
the one-word mentions of a person named in full, nicknames and the aliases an article gives.

>>> people = [EntityMention(0, 14, "Zulkifli Hasan", "PER")]
>>> fullest(Who("Zulkifli", (30, 38), "PER", "kata"), people, {})
'Zulkifli Hasan'
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from rapidfuzz.distance import Levenshtein

from warta.extract.entity_mention import EntityMention
from warta.extract.gazetteer import is_function_word
from warta.extract.speakers import (
    CUES_ID,
    HONORIFICS,
    VERBS_EN,
    VERBS_ID,
    Who,
    is_sentence_word,
    is_speaker,
)
from warta.extract.wordlists import ROLE_TITLES
from warta.lazy_regex import lazy
from warta.text.tokens import has_token, token_spans

_VERBS = VERBS_ID | VERBS_EN
_MIN_NICK = 4  # shortest nickname read as the openings of a full name


# What may stand between a subject and its verb: a parenthesis between commas (or an English apposition
# the writer left open: "Keir Lane , the secretary of the club had travelled"), a relative clause closed by
# a demonstrative ("Herlambang yang menyelesaikan … tersebut menilai"), adverbs ("secara eksplisit",
# "Faturrahman turut mengimbau"), and auxiliaries; a negation ("Novel tidak menyampaikan") says the
# subject did not speak.
_PREDICATE = re.compile(
    r"(?:\s+yang\s(?!(?:akrab|biasa|kerap)\s)[^,.\n]{1,80}?\s(?:tersebut|itu|ini)\s+|(?:\s*,[^,.\n]{1,140}){1,2},\s*|"
    r",\s+(?=(?:(?:juga|pun|lalu|kemudian|langsung|lantas|kembali|turut|ikut|tetap|sempat)\s+)*(?:me|ber)[a-z]{4,}\b)|\s*,\s+(?:the|a|an)\s[^,.\n]{1,100}?\s(?=(?:had|has|was|is|have|were)\s)|\s*)"
    r"(?:(?:juga|pun|lalu|kemudian|sendiri|(?P<neg>tak|tidak|belum|enggan|not|never|n't)|sudah|telah|akan|"
    r"masih|hanya|turut|ikut|tetap|kembali|langsung|lantas|sempat|bahkan|justru|terus|"
    r"secara\s+[a-z]+|dengan\s+tegas|also|then|has|had|have|was|is|will|would|later|had|"
    r"been|could|can|did|does|may|might|must|should)\s+)*"
    r"([a-z][a-z-]+)\b"
)
# "Royke Lumowa yang meninjau jalur itu di Pos X mengimbau …": a relative clause, then the person's speech verb.
_RELATIVE_SPEECH = re.compile(
    r"\s+yang\s(?!(?:akrab|biasa|kerap)\s)[^,.;:!?\n“”\"]{1,80}?\s(" + "|".join(sorted(VERBS_ID)) + r")\b"
)
# What follows a verb in "-s" ("Obama wants to", "BP plans a"), not a plural noun ("the Star Wars films .").
_AFTER_VERB = re.compile(
    r"\s+(?:that|to|a|an|the|it|he|she|they|his|her|its|their|this|these|no|not|more|up|out|in|on|for|[a-z]+ly)\b"
)
# "… , the Scottish health secretary , Nicola Sturgeon , said .": a comma, then the speech verb.
_COMMA_VERB = re.compile(r"\s*,\s*(" + "|".join(sorted(VERBS_EN)) + r")\b")
# Verbs of saying that take a stance ("Kusnadi, membantah keras isu …"): their subject speaks too.
_STANCE_VERBS = frozenset({"membantah", "menampik", "mengaku", "membenarkan", "menyangkal"})
_EMBEDDED = re.compile(r"\b(?:bahwa|that)\s+$", re.IGNORECASE)
# A name right after a preposition is its object ("On al Qaeda , he added", "tentang Budi"), not a subject.
_GOVERNED = re.compile(
    r"\b(?:on|about|of|with|for|against|over|by|than|like|toward|towards|tentang|mengenai|terhadap|kepada|oleh)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# The subject of an English subordinate clause ("… speech when Mubarak vowed to stay"), or a name inside
# a relative clause before the main verb ("Hopkins , who … after Hatton , said"): not the one speaking.
_SUBORDINATE = re.compile(r"\b(?:when|after|before|because|while|if|although|though|until|unless)\s+$")


_relative = lazy(r",\s*(?:who|which|whose)\b[^,.;:“”\"`']*$")


# Words shaped like verbs that work as prepositions ("… Hasto Kristiyanto terkait isu itu").
_PREPOSITIONS = frozenset(
    {"terkait", "terhadap", "termasuk", "tersebut", "mengenai", "menurut", "menuju", "melalui", "menjelang"}
)
# An active verb right before a name makes the name its object ("melahirkan Btara melalui …").
_OBJECT_OF = re.compile(r"\b(?:me|mem|men|meng|meny)[a-z]{3,}(?:kan|i)?\s+$")
_NOT_PREDICATES = frozenset(
    {"dan", "atau", "serta", "yang", "dari", "di", "ke", "and", "or", "of", "in", "on", "at", "to", "for", "with",
     "the", "a", "an", "dengan", "untuk", "pada", "dalam", "itu", "ini", "s"}
)  # fmt: skip


def subjects(people: list[EntityMention], text: str) -> dict[int, bool]:
    """Starts of the people written as the subject of a verb ("Amien mengatakan", "Deddy, yang …, berharap",
    "Hayward promised"): the ones a later pronoun most likely means; True for a speech verb's subject."""
    starts: dict[int, bool] = {}
    for e in people:
        m = (
            _RELATIVE_SPEECH.match(text, e.end)
            or _PREDICATE.match(text, e.end)
            or _COMMA_VERB.match(text, e.end)
        )
        if not m:
            continue
        if _GOVERNED.search(text, max(0, e.start - 16), e.start):
            continue
        if _EMBEDDED.search(text, max(0, e.start - 8), e.start):
            continue  # "informasi bahwa Hasto telah berkomunikasi": the subject of a reported clause
        if _SUBORDINATE.search(text, max(0, e.start - 10), e.start) or (
            not _PREDICATE.match(text, e.end) and _relative().search(text, max(0, e.start - 100), e.start)
        ):
            continue
        before = _OBJECT_OF.search(text, max(0, e.start - 24), e.start)
        if before and before.group().split()[0] not in _PREPOSITIONS | _VERBS:
            continue  # "ibunya melahirkan Btara melalui …": the object of the verb before it
        word = m.group(m.lastindex or 1)
        negated = m.groupdict().get("neg")
        speech = (word in _VERBS or word in CUES_ID or word in _STANCE_VERBS) and not negated
        verbal = (re.match(r"(?:me|ber|ter|di)[a-z]{3,}", word) and word not in _PREPOSITIONS) or speech
        lead = m.group(0)[: -len(word)]
        progressive = word.endswith("ing") and re.search(r"\bbeen\s+$", lead) is not None
        modal = (
            re.search(r"\b(?:could|can|did|does|may|might|must|should|would|will|n't)\s+$", lead) is not None
        )
        # "X , 22 , left Egypt": after a closed apposition the next plain word is the verb, regular or not
        after_apposition = lead.count(",") >= 2 and lead.rstrip().endswith(",") and not is_function_word(word)
        copula = re.search(r"\b(?:was|is|were|are|has|had|have)\s+(?:also\s+|still\s+)?$", lead) is not None
        verbal = (
            verbal or progressive or modal or after_apposition or copula
        )  # "X , 23 , has been …", "X could n't …"
        plural_noun = word.endswith("s") and not _AFTER_VERB.match(text, m.end())  # "Star Wars films ."
        if not speech and _passive_only(text, word, m.end()):
            continue  # "Jusuf Kalla disebut menderita …": the one a passive verb is about, who says nothing
        if verbal or (
            word not in _NOT_PREDICATES and re.search(r"[a-z]ed$|[a-z]s$", word) and not plural_noun
        ):
            starts[e.start] = speech
    return starts


_SENTENCE_REST = re.compile(r"[^.!?\n]*")


def _passive_only(text: str, word: str, at: int) -> bool:
    """A passive verb ("disebut", "dilarikan") whose sentence goes on with no speech verb: its subject is
    what the sentence tells about, not a speaker ("X ditemui di kantornya, mengatakan" still speaks)."""
    if not re.match(r"di[a-z]{3,}", word):
        return False
    rest = _SENTENCE_REST.match(text, at)
    words = re.findall(r"[a-z]+", rest.group() if rest else "")
    return not any(w in _VERBS or w in CUES_ID or w in _STANCE_VERBS for w in words)


def nearest(
    at: int,
    since: int,
    last: Who,
    people: list[EntityMention],
    subjects: dict[int, bool],
    cue: str | None,
    *,
    gender: Callable[[str], bool] | None = None,
    quoted: str = "",
    text: str = "",
) -> Who:
    """A pronoun's person: the last subject of a speech verb since the previous quote ("Argo mengatakan
    …, Novel juga tidak … ." "…," ungkap dia), else the last subject, else the last speaker, else the
    last person named; ``gender`` rules out names the text titles the other way ("Mr Cook" for "she");
    never one the quoted words name in the third person ("… kepada Pak Hasto," ujarnya)."""
    fits = gender or (lambda name: True)
    named = [e for e in people if e.end <= at and fits(e.text) and not _named_in(e.text, quoted)]
    if last.speaker and _named_in(last.speaker, quoted):
        last = Who(None, None, None, cue)
    recent = [e for e in named if e.start >= since and e.start in subjects]
    speaking = [e for e in recent if subjects[e.start]]
    reported = gender and last.speaker and last.span and since <= last.span[0] < at and fits(last.speaker)
    if reported and last.span and not any(e.start > last.span[0] for e in speaking):
        return replace(last, cue=cue)  # "…, said Susannah Fox , a director at … . "…," she said"
    # A subject that never speaks, has no title and shares no word with one who does is not surely a
    # person ("Sesar Palolo memanjang 70 kilometer": a fault the tagger took for a name).
    voices = {w for e in people if subjects.get(e.start) for w in e.text.split()}
    if gender is None:  # "he" and "she" stand for a person: any subject since the last quote may be one
        recent = [
            e
            for e in recent
            if subjects[e.start] or e.role or set(e.text.split()) & voices or _apposed_title(text, e)
        ]
    if recent:
        # English "he" / "she" (and a definite role): the most recent person written as a subject, whether
        # or not a speech verb followed it; Indonesian "dia" / "-nya": the last one that spoke, else the
        # last subject
        e = recent[-1] if gender is not None else (speaking or recent)[-1]
        return Who(e.text, (e.start, e.end), "PER", cue)
    if last.speaker and fits(last.speaker):
        return replace(last, cue=cue)
    # the last person written as a verb's subject, not the last name in any role; "he" and "she" also
    # take the last person named ("-nya" and "dia" name no gender and stay unknown rather than guess)
    acting = [e for e in named if e.start in subjects] or (named if gender else [])
    if acting:
        e = acting[-1]
        return Who(e.text, (e.start, e.end), "PER", cue)
    return Who(None, None, None, cue)


def _apposed_title(text: str, e: EntityMention) -> bool:
    """The name stands in apposition after a role title ("Direktur olahraga Bayern, Hasan Salihamidzic,
    kemudian menyanjung …"): a person, though the text never shows them speaking before."""
    m = _title_apposed().search(text, max(0, e.start - _APPOSED_REACH), e.start)
    return m is not None and m.group(1).casefold() in _SINGLE_TITLES


_APPOSED_REACH = 90
_SINGLE_TITLES = frozenset(t for t in ROLE_TITLES if " " not in t) | HONORIFICS


# A capitalised title word opening the sentence part before the name, then a comma right before it.
_title_apposed = lazy(r"(?:^|[.\n]\s*|,\s+)([A-Z][a-z]+)\b[^,.\n]{0,60},\s*$")


_GENDERED = re.compile(
    r"\b(?:(Mr|Sir|Lord|King|Prince|Mrs|Ms|Miss|Lady|Dame|Queen|Princess)\.?\s+)((?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+)"
)
_FEMALE_TITLES = frozenset({"Mrs", "Ms", "Miss", "Lady", "Dame", "Queen", "Princess"})


def titled_genders(text: str) -> dict[str, str]:
    """Name words the text writes after a gendered title ("Mr Cook", "Ms Toward"): "m" or "f"; a word
    titled both ways is left out."""
    seen: dict[str, set[str]] = {}
    for m in _GENDERED.finditer(text):
        mark = "f" if m.group(1) in _FEMALE_TITLES else "m"
        for word in m.group(2).split():
            seen.setdefault(word, set()).add(mark)
    return {w: next(iter(marks)) for w, marks in seen.items() if len(marks) == 1}


def nearest_org(
    at: int, since: int, last: Who, entities: Sequence[EntityMention], text: str, cue: str | None
) -> Who:
    """What "it" means in ""…," it said": the last organisation written as a verb's subject since the
    previous quote, else the last organisation speaker; unknown rather than any organisation named."""
    orgs = [e for e in entities if e.type == "ORG" and since <= e.start and e.end <= at]
    acting = subjects(orgs, text)
    recent = [e for e in orgs if e.start in acting and is_speaker(e, text)]
    if recent:
        e = recent[-1]
        return Who(e.text, (e.start, e.end), "ORG", cue)
    if last.speaker and last.type in ("ORG", "ROLE"):
        return replace(last, cue=cue)  # "the ministry said … . "…," it said"
    return Who(None, None, None, cue)


def _named_in(name: str, quoted: str) -> bool:
    """Whether the quoted words name the person (a word of the name, as a whole capitalised word)."""
    words = [w for w in name.split() if len(w) >= _MIN_NICK - 1 and w[:1].isupper()]
    if not words or not quoted:
        return False
    bare = _CUE_NAME.sub(" ", quoted)  # "…,” kata Paolini.”Saya …": marks read wrongly, not a third person
    return any(has_token(w, bare) for w in words)


_CUE_NAME = re.compile(r"\b(?:" + "|".join(sorted(CUES_ID)) + r")(?:nya)?\s+\S+")


_ALIAS_LINK = re.compile(
    r"((?:\s+(?-i:[A-Z])[\w'’-]*){0,2})\s*(?:\(\s*|-{1,2}\s*panggilan\s+(?:akrab\s+)?|,?\s*(?:alias|atau|yang\s+akrab\s+disapa|akrab\s+disapa|"
    r"biasa\s+disapa|disapa|known\s+as)\s+)",
    re.IGNORECASE,
)


def aliases(text: str, people: list[EntityMention]) -> dict[str, str]:
    """Short names the article gives a person: "Ahmad Heryawan alias Aher", "Saifullah Yusuf (Gus Ipul)"."""
    out: dict[str, str] = {}
    for a, b in itertools.pairwise(people):
        link = _ALIAS_LINK.fullmatch(text, a.end, b.start)
        if link:  # "Basuki Tjahaja [Purnama] (Ahok)": the name's last words the tagger left off, if any
            given = a.text + link.group(1)
            full, short = (given, b.text) if len(given) >= len(b.text) else (b.text, given)
            out.setdefault(short, full)
    subject_at: dict[int, bool] | None = None  # read only when a nickname is explained
    for e in people:  # "Gus Ipul, sapaan akrabnya, mengaku …": the nickname of the subject named before
        if e.text in out or not _NICKNAME_OF.match(text, e.end):
            continue
        if subject_at is None:
            subject_at = subjects(people, text)
        named = [p for p in people if p.end <= e.start and " " in p.text and p.start in subject_at]
        if named and not set(e.text.split()) & set(named[-1].text.split()):
            out[e.text] = named[-1].text
    for e in people:  # "Gus Syaf sapaan akrab Syafi'in": the nickname, then the name it stands for
        m = _NICKNAME_FOR.match(text, e.end)
        if m and e.text not in out and not set(e.text.split()) & set(m.group(1).split()):
            out[e.text] = m.group(1)
    for e in people:  # "Armantha, pria yang akrab disapa Tata ini": a nickname the tagger did not mark
        m = _CALLED.match(text, e.end)
        if m and m.group(1) not in out:
            longest = max((p.text for p in people if set(e.text.split()) <= set(p.text.split())), key=len)
            out[m.group(1)] = longest
    for m in _NAME_CALLED.finditer(text):  # a full name the tagger missed, explained by its nickname
        given, nick = m.group(1), m.group(2)
        if nick not in out and nick not in given.split() and not is_sentence_word(given.split()[0], text):
            out[nick] = given
    return out


_NICKNAME_OF = re.compile(
    r",\s*(?:sapaan|panggilan|nama\s+panggilan)\s+(?:akrab|karib)?(?:nya)\b", re.IGNORECASE
)
# "Gus Syaf sapaan akrab Syafi'in", "ujar Djanur, sapaan Djadjang": the nickname, then the name.
_NICKNAME_FOR = re.compile(
    r",?\s*(?:sapaan|panggilan|nama\s+panggilan)\s+(?:(?:akrab|karib)\s+)?((?:[A-Z][\w'’]*)(?:\s+[A-Z][\w'’]*){0,3})"
)
# "X, yang akrab disapa Naga", "X atau yang biasa kita kenal dengan nama Naga", "X, lebih dikenal sebagai Naga".
_CALLED_BY = (
    r",?\s*(?:[a-z]+\s+){0,2}(?:yang\s+)?(?:akrab|biasa|kerap|lebih)\s+(?:(?:kita|kami|orang|publik)\s+)?"
    r"(?:disapa|dipanggil|dikenal|kenal)(?:\s+(?:dengan|sebagai))?(?:\s+(?:nama|sebutan|panggilan))?\s+"
    r"([A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2})(?![\w-])"  # "dikenal dengan nama Chef Marinka"
)
_CALLED = re.compile(_CALLED_BY)


_NAME_CALLED = re.compile(r"(?<![\w-])((?:[A-Z][a-z]+\s+){1,3}[A-Z][a-z]+)" + _CALLED_BY)


def fullest(who: Who, people: list[EntityMention], aliases: dict[str, str]) -> str | None:
    """The fullest name the article gives the speaker: its alias target, or the last longer name before
    it that holds its words ("Zulkifli" -> "Zulkifli Hasan", "Eve" -> "Evelyn Nada Anjani")."""
    return FullestNames(people, aliases)(who)


class FullestNames:
    """:func:`fullest` for one article's people and aliases, asked of many speakers: the longer names
    that may be each name's fuller form, and each name's usual spelling, are found once per name.
    ``people`` and ``aliases`` must not change while it is used."""

    def __init__(self, people: list[EntityMention], aliases: dict[str, str]) -> None:
        self._people = people
        self._aliases = aliases
        self._pools: dict[str, list[EntityMention]] = {}
        self._spellings: dict[str, str] = {}

    def __call__(self, who: Who) -> str | None:
        """The fullest name of ``who`` (its own name when it is no person)."""
        if not who.speaker or who.type != "PER":
            return who.speaker
        if who.speaker in self._aliases:
            return self._aliases[who.speaker]
        pool = self._pools.get(who.speaker)
        if pool is None:
            pool = self._pools[who.speaker] = _fuller(who.speaker, self._people)
        if not pool:
            return self._usual(bare_name(who.speaker))
        at = who.span[0] if who.span else 0
        earlier = [e for e in pool if e.start < at]
        best = earlier[-1] if earlier else max(pool, key=lambda e: len(e.text))
        if " " not in who.speaker and not any(who.speaker in e.text.split() for e in pool):
            best = self._most_named(pool, best)
        return self._usual(bare_name(self._aliases.get(best.text, best.text)))

    def _most_named(self, pool: list[EntityMention], best: EntityMention) -> EntityMention:
        """Of the names a nickname may shorten ("Marcell" for "Marcelino Lefrandt", his daughter "Marcelle
        Brinette Renee Lefrandt" or his "nama asli"), the person the article names most often, by any part
        of the name; ``best`` when none is named more than the others."""
        support = {
            e.text: sum(1 for p in self._people if set(p.text.split()) <= set(e.text.split())) for e in pool
        }
        top = max(support.values())
        leaders = [e for e in pool if support[e.text] == top]
        return best if support[best.text] == top or len({e.text for e in leaders}) > 1 else leaders[-1]

    def _usual(self, name: str) -> str:
        spelled = self._spellings.get(name)
        if spelled is None:
            spelled = self._spellings[name] = usual_spelling(name, self._people)
        return spelled


def _fuller(speaker: str, people: list[EntityMention]) -> list[EntityMention]:
    """The people whose longer names may be the fuller form of ``speaker``, in order."""
    words = [w for w in speaker.split() if w.casefold().rstrip(".") not in HONORIFICS] or speaker.split()
    pool = []
    for e in people:
        written = e.text.split()
        theirs = [w for w in written if w.casefold().rstrip(".") not in HONORIFICS] or written
        if len(e.text) <= len(speaker):
            continue
        holds = all(w in written for w in words) or (
            len(words) == 1
            and len(theirs) > 1  # a longer one-word name is another name ("Telkom", "TelkomCare")
            and len(words[0]) >= _MIN_NICK - 1
            and (
                theirs[0].startswith(words[0])
                or _abbreviates(words[0], " ".join(theirs))
                or _shortened(words[0], theirs[0])
            )
        )
        # a person's one-word name cut short ("Syarif" for "Syarifuddin", "Arifi" misspelt for "Arifin")
        holds = holds or (
            len(words) == len(theirs) == 1
            and e.type == "PER"
            and len(words[0]) >= _MIN_NICK + 1
            and theirs[0].startswith(words[0])
        )
        if holds:
            pool.append(e)
    if not pool and len(words) == 1 and len(words[0]) >= _MIN_VARIANT:  # "Aries" for "Aris Budiman"
        pool = [e for e in people if " " in e.text and any(variant(words[0], w) for w in e.text.split())]
    return pool


# The shortest word whose one-letter variants are read as the same word ("Anas" / "Anis" are not).
_MIN_VARIANT = 5


def variant(a: str, b: str) -> bool:
    """Whether two name words are spellings of one name: one edit apart (two for long words), never
    the same ("Aries" / "Aris", "Jaelani" / "Jailani", "Suryadireja" / "Suryadiredja")."""
    x, y = a.casefold(), b.casefold()
    if x == y or min(len(x), len(y)) < _MIN_VARIANT - 1 or max(len(x), len(y)) < _MIN_VARIANT:
        return False
    return Levenshtein.distance(x, y) <= (2 if min(len(x), len(y)) >= _LONG_WORD else 1)


_LONG_WORD = 8
_AGREEING_WORDS = 2


def usual_spelling(name: str, people: list[EntityMention]) -> str:
    """The spelling the article uses most for a name of two or more words, when it writes it in several
    ("Abdul Qadir Jaelani" beside "Abdul Kadir Jailani"); ties keep the first one written."""
    words = name.split()
    if len(words) < 2:
        return name
    counts: dict[str, int] = {}
    for e in people:
        theirs = e.text.split()
        if len(theirs) != len(words):
            continue
        same = sum(a == b for a, b in zip(words, theirs, strict=True))
        # in a name of three words or more, two agreeing words let the third differ by one letter
        # ("Lee Min Hoo" beside "Lee Min Ho")
        typo = same >= _AGREEING_WORDS and same == len(words) - 1
        if same and all(
            a == b or variant(a, b) or (typo and Levenshtein.distance(a, b) == 1)
            for a, b in zip(words, theirs, strict=True)
        ):
            counts[e.text] = counts.get(e.text, 0) + 1
    if not counts:
        return name
    best = max(counts.values())
    return next(t for t in counts if counts[t] == best) if counts.get(name, 0) < best else name


def bare_name(name: str) -> str:
    """A name without the ranks and titles before it ("Brigjen Baso" -> "Baso")."""
    words = name.split()
    while len(words) > 1 and words[0].casefold().rstrip(".") in HONORIFICS:
        words = words[1:]
    return " ".join(words)


def _shortened(nick: str, first: str) -> bool:
    """Whether a one-word nickname is the first name cut short and re-ended ("Vlado" for "Vladimir"):
    they share at least four opening letters and the nickname is no longer than the name."""
    a, b = nick.casefold(), first.casefold()
    shared = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    return shared >= _MIN_NICK and len(nick) <= len(first) and nick != first


def _abbreviates(nick: str, name: str) -> bool:
    """Whether a one-word nickname is made of the openings of a name's words, in order
    ("Djanur" for "Djadjang Nurdjaman", "Herkis" for "Herry Kiswanto")."""
    low, words = nick.casefold(), [w.casefold() for w in name.split()]
    if len(words) < 2 or len(low) < _MIN_NICK:
        return False

    def fits(rest: str, i: int) -> bool:
        if not rest:
            return i >= 2
        if i == len(words):
            return False
        return any(
            rest[:k] == words[i][:k] and fits(rest[k:], i + 1)
            for k in range(2, min(len(rest), len(words[i])) + 1)
        )

    return fits(low, 0)


def short_names(
    text: str, people: list[EntityMention], entities: Sequence[EntityMention], marked: list[tuple[int, int]]
) -> list[EntityMention]:
    """Where the text writes one word of a person it names in full ("Siti" for "Siti Fadilah Supari",
    "Refa mengatakan") and the tagger left it out: a mention of that person for pronouns to take."""
    words = {
        w
        for e in people
        if " " in e.text
        for w in e.text.split()
        if len(w) >= _MIN_NICK - 1
        and w[:1].isupper()
        and w.casefold().rstrip(".") not in HONORIFICS
        and w.casefold() not in ROLE_TITLES
        and not is_sentence_word(w, text)
    }
    if not words:
        return []
    taken = [(e.start, e.end) for e in entities]
    found = []
    for start, end, word in token_spans(sorted(words), text):  # no pattern compiled per article
        if any(a <= start < b for a, b in taken) or any(a <= start < b for a, b in marked):
            continue
        found.append(EntityMention(start, end, word, "PER"))
    verbs_of = subjects(found, text)
    return [e for e in found if e.start in verbs_of]  # "Refa mengatakan": only as a verb's subject


# Police and military ranks, written before a name ("AKP Viktor Sibarani", "Brigjen Pol Royke Lumowa").
_RANKS = (
    "AKP|AKBP|Kombes|Brigjen|Irjen|Komjen|Ipda|Iptu|Aiptu|Aipda|Kompol|Bripka|Briptu|Letjen|Mayjen|Kolonel|"
    "Kapten|Mayor|Letnan|Marsekal|Laksamana|Laksma|Marsma|Jenderal"
)
_RANKED_NAME = re.compile(
    r"(?<![\w-])(?:" + _RANKS + r")\.?\s+(?:(?:Pol|Polisi|TNI|Inf|Purn)\.?\s+)?"
    r"([A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})(?![\w-])"
)


def ranked_names(
    text: str, entities: Sequence[EntityMention], marked: list[tuple[int, int]]
) -> list[EntityMention]:
    """People the text names after a rank ("Humas Polres X AKP Viktor Sibarani mengatakan") where the
    tagger marked no person (it often folds them into the unit's name): mentions for pronouns to take."""
    people = [(e.start, e.end) for e in entities if e.type == "PER"]
    found = []
    for m in _RANKED_NAME.finditer(text):
        words = m.group(1).split()
        while words and (words[-1].casefold() in ROLE_TITLES or is_sentence_word(words[-1], text)):
            words.pop()  # "AKP Budi Kapolsek": the name stops before the next title or sentence word
        if not words or words[0].casefold() in ROLE_TITLES or is_sentence_word(words[0], text):
            continue
        start = m.start(1)
        end = start + len(" ".join(words))
        if text[start:end] != " ".join(words):
            continue  # the name ran over a line break or a double space
        if any(a < end and start < b for a, b in people) or any(a <= start < b for a, b in marked):
            continue
        found.append(EntityMention(start, end, text[start:end], "PER"))
    return found


# A person the text gives only by initials, as Indonesian crime reports do ("tersangka E", "berinisial
# SA"), or one letter as the subject of a speech verb ("E mengakui …"; "KPK menyatakan" is a body).
_INITIALS = re.compile(
    r"(?:\b(?:tersangka|pelaku|korban|inisial|berinisial)\s+([A-Z]{1,3})(?![\w-])"
    r"|(?<![\w-])([A-Z])(?=\s+(?:" + "|".join(sorted(VERBS_ID | _STANCE_VERBS)) + r")\b))"
)


def initials_names(
    text: str, entities: Sequence[EntityMention], marked: list[tuple[int, int]]
) -> list[EntityMention]:
    """People named by their initials where the tagger marked nothing: mentions for pronouns to take."""
    taken = [(e.start, e.end) for e in entities]
    found = []
    for m in _INITIALS.finditer(text):
        start, end = m.span(1) if m.group(1) else m.span(2)
        if any(a <= start < b for a, b in taken) or any(a <= start < b for a, b in marked):
            continue
        found.append(EntityMention(start, end, text[start:end], "PER"))
    return found
