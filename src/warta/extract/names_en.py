"""People and organisations in English text, read from capitalisation (the Indonesian rules in
``entity_names`` read English names as dictionary words: "Dan", "Hayward" as a place).

A run of capitalised words loses its leading sentence words ("However", "His") and everything up to
its last title ("White House Press Secretary Robert Gibbs" -> "Robert Gibbs"); what is left is an
organisation when it holds an organisation word, a place when a gazetteer knows it, and a person when
it has two or more words. One word is a person only when a longer name in the text ends with it
("Hayward" after "Tony Hayward") or a title stands before it ("Dr Hay").

>>> [(m.text, m.type) for m in find_names_en("Vice President Joe Biden told PBS . Biden said no .")]
[('Joe Biden', 'PER'), ('PBS', 'ORG'), ('Biden', 'PER')]
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from warta.extract.demonyms import is_demonym
from warta.extract.entity_mention import EntityMention
from warta.extract.gazetteer import country_code, place
from warta.text.tokens import has_word

_TOKEN = re.compile(
    r"(?:[A-Z]\.){2,}|(?<=[a-z] )[A-Z]\.(?= [A-Z][a-z])|[A-Za-z][\w'’.-]*(?<![.])|[^\sA-Za-z]+"
)
# "al-Obeidy", "el-Sisi": an Arabic name's article in lower case before its capital.
_CAPITAL = re.compile(r"(?:[A-Z]\.){1,3}$|[A-Z][\w'’-]*$|Mc[A-Z]\w*$|(?:al|el)-[A-Z][\w'’-]*$")
_ARTICLE_HYPHENS = ("al-", "el-")
_JOINERS = frozenset({"de", "van", "von", "bin", "al", "da", "del", "la", "le", "du"})
TITLES: frozenset[str] = frozenset(
    {
        "mr", "mrs", "ms", "dr", "prof", "sir", "dame", "lord", "lady", "president", "vice", "secretary",
        "minister", "prime", "chancellor", "senator", "sen", "rep", "representative", "gov", "governor",
        "mayor", "general", "gen", "col", "colonel", "capt", "captain", "lt", "sgt", "det", "insp", "supt",
        "inspector", "chief", "director", "spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman",
        "chair", "ceo", "executive", "officer", "commissioner", "judge", "justice", "ambassador", "king",
        "queen", "prince", "princess", "pope", "rev", "father", "coach", "manager", "admiral", "attorney",
        "deputy", "acting", "foreign", "defence", "defense", "interior", "health", "press", "leader",
        "professor", "doctor", "dean", "sheikh", "ayatollah", "adviser", "advisor", "founder", "editor",
    }
)  # fmt: skip
ORG_WORDS: frozenset[str] = frozenset(
    {
        "department", "committee", "council", "club", "school", "agency", "organisation", "organization",
        "association", "party", "company", "corp", "corporation", "inc", "ltd", "plc", "bank", "university",
        "police", "ministry", "office", "service", "services", "centre", "center", "commission", "institute",
        "foundation", "group", "union", "court", "army", "navy", "government", "news", "times", "post",
        "guard", "administration", "authority", "board", "bureau", "league", "federation", "fund", "network",
        "society", "trust", "hospital", "congress", "parliament", "senate", "house", "cross", "nations",
        "church", "forces", "force", "airways", "airlines", "journal", "channel", "tv", "radio", "reuters",
        "unicef", "bbc", "cnn", "prosecutors", "team", "appeal", "project", "programme", "program", "oil",
        "herald", "gazette", "tribune", "chronicle", "telegraph", "magazine", "newspaper", "academy",
        "movement", "orchestra", "ensemble", "choir", "holding", "holdings", "llc", "drilling", "petroleum",
        "pharmaceuticals", "brigade", "battalion", "regiment", "coalition", "alliance",
    }
)  # fmt: skip
# The last word of a place's name: a feature of the land or a built place ("Chandeleur Islands", "Gulf
# Coast", "Tahrir Square"); such a name is a place, whatever the gazetteer knows.
PLACE_TAILS: frozenset[str] = frozenset(
    {
        "island", "islands", "peninsula", "coast", "sea", "ocean", "river", "valley", "mountains", "desert",
        "strait", "canal", "bay", "county", "province", "street", "avenue", "road", "square", "airport",
        "stadium", "bridge", "beach", "park", "palace", "cathedral", "mosque", "cemetery", "temple",
    }
)  # fmt: skip
# Words that open a run without naming anything and that the stop-word list lacks: closed-class words and
# the calendar ("Unless Samantha …", "September Bernard Herrmann", "Thu Apr").
_LEAD_WORDS = frozenset(
    {
        "unless", "did", "does", "just", "maybe", "despite", "let", "according", "today", "yesterday",
        "tomorrow", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "july", "august", "september", "october", "november",
        "december", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "feb", "apr",
        "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    }
)  # fmt: skip
_MAX_NAME = 4


def find_names_en(text: str) -> list[EntityMention]:
    """Every person and organisation (and known place) named in English ``text``, in order."""
    runs = [part for run in _runs(text) for part in _placed_apart(run, text)]
    mentions: list[EntityMention] = []
    for i, run in enumerate(runs):
        if i and _joined_org(runs[i - 1], run, text):
            continue
        owned = i + 1 < len(runs) and _joined_org(run, runs[i + 1], text)
        if owned:  # "Alleyn 's School", "Bank of America", "University of New Orleans": one organisation
            opening = next((t for t in run if not _is_lead_word(t[2], text)), run[-1])  # not "The"
            start, end = opening[0], runs[i + 1][-1][1]
            mentions.append(EntityMention(start, end, text[start:end], "ORG"))
            continue
        if _MEDIA_AFTER.match(text, run[-1][1]) and not any(_is_lead_word(t[2], text) for t in run[:1]):
            mentions.append(_mention(run, "ORG", text))  # "Foreign Policy magazine", "Wired magazine"
            continue
        governed = _governed(run, text)
        if governed:  # "British government", "Egypt 's health ministry"
            mentions.append(governed)
            continue
        mentions.extend(_read(run, text))
    full = {m.text.split()[-1] for m in mentions if m.type == "PER" and " " in m.text}
    speaking = {
        m.text
        for m in mentions
        if _SPEAKS.match(text, m.end)
        or (_SAID_BEFORE.search(text, max(0, m.start - 8), m.start) and _SAID_AFTER.match(text, m.end))
    }
    out = []
    kin = {m.text for m in mentions if _KIN_BEFORE.search(text, max(0, m.start - _KIN_REACH), m.start)}
    for m in mentions:
        if m.type == "PER" and not m.role and _employer(m, text, full):
            out.append(EntityMention(m.start, m.end, m.text, "ORG"))  # "Red Bull 's world champion X"
            continue
        if m.type == "PER" and " " not in m.text and m.text not in full and not m.role and m.text not in kin:
            if m.text in speaking and not _adjective(text, m.text) and not _CALENDAR.fullmatch(m.text):
                # "Greenpeace said" beside "the Greenpeace campaigners": a body that speaks; "Napolitano
                # said" with no article ever before it: a person the text names by surname only
                # or "Twitter says its site …": what speaks of its own is a body too
                body = _the(m.text).search(text) or _speaks_of_its(m.text).search(text)
                out.append(EntityMention(m.start, m.end, m.text, "ORG" if body else "PER"))
            continue  # a lone capitalised word no longer name ends with: not known to be a person
        out.append(m)
    return out


# A name right before the kind of medium it is, in lower case.
_MEDIA_AFTER = re.compile(
    r"\s+(?:magazine|newspaper|tabloid|website|broadcaster|network|channel|daily|weekly)\b"
)
_IN_PLACE = re.compile(r"(?<![\w'’-])(?:in|from|across|inside|outside|throughout) $")


def _placed_apart(run: list[tuple[int, int, str]], text: str) -> list[list[tuple[int, int, str]]]:
    """A run after "in" that opens with a country and is no place as a whole is two runs, the country and
    what follows: a sentence end the source lost ("the revolution in Tunisia Twitter , Facebook …")."""
    if len(run) < 2 or not _IN_PLACE.search(text, max(0, run[0][0] - 12), run[0][0]):
        return [run]
    if not country_code(run[0][2]) or place(text[run[0][0] : run[-1][1]]):
        return [run]
    return [run[:1], run[1:]]


# A state body written in lower case after the state's name: "British government", "the US coast guard",
# "Egypt 's health ministry"; or after its leader's: "the Bush administration", "the Assad regime".
_GOVERNMENT = re.compile(
    r"(?:\s+'s|’s)?(?:\s+(?:health|interior|foreign|defence|defense|finance|justice|state|federal|"
    r"military|national|coast))?\s+(?:government|ministry|army|navy|police|guard|parliament|embassy|"
    r"administration|regime|delegation|authorities|cabinet)\b"
)


def _governed(run: list[tuple[int, int, str]], text: str) -> EntityMention | None:
    """A state's body in lower case after one word or a known place ("British government", "the US coast
    guard"); not after a person's name ("Tony Blair government")."""
    body = _GOVERNMENT.match(text, run[-1][1])
    while body and run and _is_lead_word(run[0][2], text) and not _acronym(run[0][2]):
        run = run[1:]
    if not body or not run:
        return None
    name = text[run[0][0] : run[-1][1]]
    if len(run) > 1 and not place(name):
        return None
    return EntityMention(run[0][0], body.end(), text[run[0][0] : body.end()], "ORG")


_KIN = frozenset(
    "wife husband daughter son mother father sister brother niece nephew widow partner fiancee fiance "
    "girlfriend boyfriend grandmother grandfather granddaughter grandson cousin".split()
)
# "Roy 's wife , Ladonna ,": a first name set after a relation is a person's.
_KIN_BEFORE = re.compile(r"(?:'s|’s)\s+(?:" + "|".join(sorted(_KIN)) + r")\s*,?\s*$")
_KIN_REACH = 24
# "Red Bull 's world champion Sebastian Vettel": a name owning a named person through a role is the team, company or body the person works for, unless the text knows it as a person.
_OWNS_PERSON = re.compile(r"\s*(?:'s|’s)\s+((?:(?:[a-z][\w-]*|\d{4})\s+){1,4})[A-Z][a-z]+\s+[A-Z][a-z]")
_PEOPLES = _KIN | {"lawyer", "attorney", "aide", "friend", "rival", "mate", "teammate", "successor", "doctor"}
# Words that make the lower-case stretch a phrase rather than a role ("Cipriani 's for the wedding of …").
_PHRASE_WORDS = frozenset(
    {"the", "a", "an", "of", "for", "in", "on", "at", "to", "and", "or", "with", "by", "from"}
)


def _employer(m: EntityMention, text: str, surnames: set[str]) -> bool:
    """Whether ``m`` owns a named person through a role ("X 's world champion Y Z") and the text never
    shows it as a person: no "Mr" before it, and no surname of it said alone ("Vettel 's team mate")."""
    owns = _OWNS_PERSON.match(text, m.end)
    if not owns or (_PEOPLES | _PHRASE_WORDS) & set(owns.group(1).split()):
        return False
    last = m.text.split()[-1]
    if (last in surnames and " " not in m.text) or last in _titled_words(text) or is_demonym(last):
        return False
    whole = len(_whole(m.text).findall(text))
    return " " not in m.text or len(_whole(last).findall(text)) == whole


_CALENDAR = re.compile(
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|"
    r"September|October|November|December"
)
_SPEAKS = re.compile(
    r"\s+(?:(?:has|had|also|have)\s+)?(?:said|says|told|added|reported|announced|warned|urged)\b"
)

# "… , '' said Hackett in the statement": the speech verb before the name …
_SAID_BEFORE = re.compile(r"(?<![\w'’-])(?:said|says)\s+$")
# … and the clause ends or a place or time follows; "He said Echo gave hope": Echo opens a clause.
_SAID_AFTER = re.compile(r"\s*(?:[,.;:]|$|(?:in|at|on|of|from|during|after)\b)")


def _adjective(text: str, word: str) -> bool:
    """The text also uses the word after an article before a lower-case noun ("a French diplomat"),
    and never as "the X said": an adjective, not a name."""
    attributive, speaking = _adjective_patterns(word)
    return bool(attributive.search(text)) and not speaking.search(text)


# Patterns built per name, kept here: re's own cache of 512 thrashes over a story's names.
@lru_cache(maxsize=4096)
def _the(name: str) -> re.Pattern[str]:
    return re.compile(r"\b[Tt]he\s+" + re.escape(name) + r"\b")


@lru_cache(maxsize=4096)
def _speaks_of_its(name: str) -> re.Pattern[str]:
    return re.compile(r"\b" + re.escape(name) + _SPEAKS.pattern + r"\s+(?:that\s+)?its\b")


@lru_cache(maxsize=4096)
def _whole(name: str) -> re.Pattern[str]:
    return re.compile(r"\b" + re.escape(name) + r"\b")


@lru_cache(maxsize=4096)
def _adjective_patterns(word: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    escaped = re.escape(word)
    return (
        re.compile(r"\b(?:a|an|the)\s+" + escaped + r"\s+[a-z]"),
        re.compile(r"\b[Tt]he\s+" + escaped + r"\s+(?:said|says)"),
    )


def _is_title(word: str) -> bool:
    """A rank or office, also hyphenated ("Secretary-General", "Lieutenant-General")."""
    low = word.casefold().rstrip(".")
    return low in TITLES or ("-" in low and all(p in TITLES or p == "general" for p in low.split("-")))


# "Secretary of State Hillary Clinton", "High Commissioner for Refugees Antonio Guterres", "Department of
# Homeland Security Janet Napolitano": the run after a title's or body's "of" opens with its object; the
# person is the last two words.
_TITLE_OF = re.compile(
    r"\b(?i:"
    + "|".join(sorted(TITLES | ORG_WORDS | {"archbishop", "bishop"}))
    + r")\s+(?:of|for)\s+(?:the\s+)?$"
)
_TITLE_OBJECT_NAME = 2


def _joined_org(first: list[tuple[int, int, str]], second: list[tuple[int, int, str]], text: str) -> bool:
    """Two runs that name one organisation: "Alleyn 's School" or "Ministry of Defence"."""
    return _possessive_org(first, second, text) or _org_of(first, second, text)


_OF = frozenset({" of ", " of the "})
_MAX_OF_OBJECT = 3


def _org_of(first: list[tuple[int, int, str]], second: list[tuple[int, int, str]], text: str) -> bool:
    """An organisation word, "of", then a short run with no title: "Bank of America", "University of
    New Orleans"; not "Department of Homeland Security Janet Napolitano"."""
    return (
        text[first[-1][1] : second[0][0]] in _OF
        and first[-1][2].casefold() in ORG_WORDS
        and len(second) <= _MAX_OF_OBJECT
        and not any(_is_title(t[2]) for t in second[:-1])  # "Ministry of Defence", not "… Health Secretary X"
        and not _is_lead_word(first[-1][2], text)
    )


def _possessive_org(owner: list[tuple[int, int, str]], run: list[tuple[int, int, str]], text: str) -> bool:
    """A name, "'s", then a run that opens with an organisation word: "Alleyn 's School"."""
    gap = text[owner[-1][1] : run[0][0]]
    return (
        gap in (" 's ", "'s ", " ’s ", "’s ")
        and run[0][2].casefold() in ORG_WORDS
        and len(owner) <= _MAX_NAME
        and not _is_lead_word(owner[0][2], text)
    )


def _runs(text: str) -> list[list[tuple[int, int, str]]]:
    """Runs of capitalised tokens separated by single spaces (joiners such as "de" allowed inside)."""
    runs: list[list[tuple[int, int, str]]] = []
    current: list[tuple[int, int, str]] = []
    for m in _TOKEN.finditer(text):
        word = m.group()
        # every branch of _CAPITAL opens on a capital or "al-"/"el-": most words are told without it
        capital = ("A" <= word[0] <= "Z" or word[:3] in _ARTICLE_HYPHENS) and _CAPITAL.match(word) is not None
        joined = bool(current) and text[current[-1][1] : m.start()] == " "
        if capital and (joined or not current):
            current.append((m.start(), m.end(), word))
            continue
        if current and joined and word in _JOINERS:
            current.append((m.start(), m.end(), word))
            continue
        if current:
            runs.append(current)
        current = [(m.start(), m.end(), word)] if capital else []
    if current:
        runs.append(current)
    return runs


def _read(run: list[tuple[int, int, str]], text: str) -> list[EntityMention]:
    while run and run[-1][2] in _JOINERS:
        run = run[:-1]
    shout = len(run) > 1 and all(t[2].isupper() for t in run)
    if shout and any(t[2].casefold() in _stop_words() for t in run):
        return []  # "IT WAS A good day": a heading in capitals, not acronyms
    body = len(run) > 1 and run[-1][2].casefold() in ORG_WORDS  # "the International Criminal Court"
    described = max((i for i, t in enumerate(run) if _DESCRIPTIVE.search(t[2])), default=-1)
    if (_speaking_body(run, text) or _the_body(run, text)) and described + 1 < len(run):
        return [_mention(run[described + 1 :], "ORG", text)]  # "the Daily Mirror": what "the" names is a body
    while run and _is_lead_word(run[0][2], text) and not (body and _inner_body_word(run[0], text)):
        run = run[1:]
    described = max((i for i, t in enumerate(run) if _DESCRIPTIVE.search(t[2])), default=-1)
    run = run[described + 1 :]  # "San Francisco-based Twitter": what is based somewhere is the name
    if not run:
        return []
    last_title = max((i for i, t in enumerate(run) if _is_title(t[2])), default=-1)
    if last_title == len(run) - 1 and len(run) > 1 and _described(run, text):
        # "BP spokesman Scott Dean": the description was written before the name in lower case, so a
        # title word closing the name is its surname
        last_title = max((i for i, t in enumerate(run[:-1]) if _is_title(t[2])), default=-1)
    elif last_title == len(run) - 1 and _introduced(run, text):
        last_title = -1  # "Scott Dean , a spokesman for BP ,": a name the apposition introduces
    head, tail = run[: last_title + 1], run[last_title + 1 :]
    out: list[EntityMention] = []
    org_head = [t for t in head if t[2].casefold() not in TITLES]
    if org_head and any(t[2].casefold() in ORG_WORDS for t in org_head):
        out.append(_mention(org_head, "ORG", text))
    if not tail:
        return out
    titled = _titled_words(text)
    cut = next(
        (
            i
            for i, t in enumerate(tail)
            if t[2].casefold() in _stop_words() and not _acronym(t[2]) and not (i and t[2] in titled)
        ),
        len(tail),
    )
    tail = tail[:cut]  # "AP You 'd think": a stop word ends the name
    if len(tail) > 1 and tail[0][2].isupper() and "." not in tail[0][2]:  # "BP Gulf": an acronym, then more
        out.append(_mention(tail[:1], "ORG", text))
        tail = tail[1:]
    if not tail:
        return out
    words = [t[2] for t in tail]
    name = " ".join(words)
    if any(w.casefold() in ORG_WORDS for w in words) or (len(words) == 1 and words[0].isupper()):
        return [*out, _mention(tail, "ORG", text)]
    if len(words) > 1 and words[-1].casefold() in PLACE_TAILS:
        return [*out, _mention(tail, "LOC", text)]
    found = place(name)
    if found:
        return [
            *out,
            EntityMention(tail[0][0], tail[-1][1], text[tail[0][0] : tail[-1][1]], "LOC", key=found.key),
        ]
    if sum(t[2] not in _JOINERS for t in tail) > _MAX_NAME:  # "Youssef bin Alawi bin Abdullah": four
        return out
    if (
        not head
        and len(tail) > _TITLE_OBJECT_NAME
        and _TITLE_OF.search(text, max(0, tail[0][0] - 40), tail[0][0])
    ):
        head, tail = (
            tail[:-_TITLE_OBJECT_NAME],
            tail[-_TITLE_OBJECT_NAME:],
        )  # "Secretary of State Hillary Clinton"
    while not head and tail and is_demonym(tail[0][2]):
        tail = tail[1:]  # "Spaniard Alonso", "German Michael Schumacher": the nationality is no name
    if not tail:
        return out
    role = head[-1][2].casefold() if head else None
    return [*out, EntityMention(tail[0][0], tail[-1][1], text[tail[0][0] : tail[-1][1]], "PER", role=role)]


# A lower-case office right before a name ("spokesman", "chief executive"): what follows is its holder.
_DESCRIBED = re.compile(r"(?<![\w'’-])([a-z]+) $")


def _described(run: list[tuple[int, int, str]], text: str) -> bool:
    """A lower-case title word stands right before the run, and the word before its last is no title."""
    before = _DESCRIBED.search(text, max(0, run[0][0] - 20), run[0][0])
    return before is not None and before.group(1) in TITLES and not _is_title(run[-2][2])


_APPOSITION = re.compile(r"\s*,\s*(?:a|an|the)\s+[a-z]")


def _introduced(run: list[tuple[int, int, str]], text: str) -> bool:
    """Two words, only the last a title, with an apposition after ("Scott Dean , a spokesman …"): the
    title word is a surname, as "Treasury Secretary , a post …" seldom is."""
    return len(run) == 2 and not _is_title(run[0][2]) and _APPOSITION.match(text, run[-1][1]) is not None


_THE_BEFORE = re.compile(r"(?<![\w'’-])the $")


def _speaking_body(run: list[tuple[int, int, str]], text: str) -> bool:
    """Two or more capitalised words after a lower-case "the" and before a speech verb, none a title or
    a stop word ("the Daily Mirror reported", not "the Prime Minister said"): an organisation."""
    return (
        len(run) > 1
        and _THE_BEFORE.search(text, max(0, run[0][0] - 4), run[0][0]) is not None
        and _SPEAKS.match(text, run[-1][1]) is not None
        and not any(_is_title(t[2]) or t[2].casefold() in _stop_words() for t in run)
        and place(text[run[0][0] : run[-1][1]]) is None  # "the United States said": still the country
    )


_MAX_BODY = 4


def _the_body(run: list[tuple[int, int, str]], text: str) -> bool:
    """Two to four capitalised words right after a lower-case "the", none a title, a stop word or a
    place's last word, and no known place ("in the Daily Mirror yesterday"): a person's name takes no
    article."""
    return (
        1 < len(run) <= _MAX_BODY
        and _THE_BEFORE.search(text, max(0, run[0][0] - 4), run[0][0]) is not None
        and not any(_is_title(t[2]) or t[2].casefold() in _stop_words() for t in run)
        and run[-1][2].casefold() not in PLACE_TAILS
        and place(text[run[0][0] : run[-1][1]]) is None
        and not _attributive(run, text)
    )


_NEXT_WORD = re.compile(r"\s+([a-z][\w'’-]*)")


def _attributive(run: list[tuple[int, int, str]], text: str) -> bool:
    """The run stands before a lower-case noun: "the Kofi Annan plan", "the EU Council summit" (the
    article is the noun's), not "the Daily Mirror yesterday"."""
    after = _NEXT_WORD.match(text, run[-1][1])
    return after is not None and after.group(1) not in _stop_words() and after.group(1) not in _LEAD_WORDS


def _mention(tokens: list[tuple[int, int, str]], type_: str, text: str) -> EntityMention:
    return EntityMention(tokens[0][0], tokens[-1][1], text[tokens[0][0] : tokens[-1][1]], type_)


def _is_lead_word(word: str, text: str) -> bool:
    """A word that opens a run without naming anything: a stop word or a word the text also writes in
    lower case ("However", "Viruses")."""
    low = word.casefold()
    if low in _stop_words():
        return not _acronym(word)  # "The UN says": an acronym is a name, whatever it spells
    if low in _LEAD_WORDS:
        return not _acronym(word) and not _acronym(word.rstrip("."))
    if low in TITLES:
        return False
    if _PARTICIPLE.fullmatch(word):
        return True  # "Following Obama 's visit", "Speaking to reporters": a verb form, not a name
    return low != word and has_word(low, _addresses_masked(text))


# A web address or handle ("twitter.com", "@twitterglobalpr") writes a name in lower case without using
# the word as a common noun.
_ADDRESS = re.compile(r"@\w+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|gov|edu|co|uk|io|tv)\b")


@lru_cache(maxsize=8)  # one article's runs ask for it again and again
def _addresses_masked(text: str) -> str:
    return _ADDRESS.sub(" ", text) if "." in text or "@" in text else text


def _inner_body_word(token: tuple[int, int, str], text: str) -> bool:
    """A word of an organisation's name that the text also writes in lower case ("International",
    "Criminal"): kept inside the sentence, where capitals mark a name, not at a sentence's start."""
    opening = not text[: token[0]].rstrip(" ") or text[: token[0]].rstrip(" ").endswith(
        (".", "!", "?", "\n", "''", "``")
    )
    return not opening and token[2].casefold() not in _stop_words() and not _PARTICIPLE.fullmatch(token[2])


_PARTICIPLE = re.compile(r"[A-Z][a-z]{2,}(?:ing|ly)")
# A compound adjective closing a capitalised word: "Francisco-based", "Saudi-led", "US-backed".
_DESCRIPTIVE = re.compile(r"\w-(?:based|born|led|backed|owned|run|funded|made|bound)$")


_TITLED = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Sir|Lady|Miss)\.?\s+([A-Z][a-z][\w'’-]*)")


@lru_cache(maxsize=8)  # one article's runs ask for it again and again
def _titled_words(text: str) -> frozenset[str]:
    """Words the text writes after Mr/Ms/Dr: surnames, even when they spell a stop word ("Ms Toward")."""
    return frozenset(m.group(1) for m in _TITLED.finditer(text))


def _acronym(word: str) -> bool:
    return len(word) >= 2 and word.isupper() and word.isalpha()


@cache
def _stop_words() -> frozenset[str]:
    from warta.text.stopwords_en import ENGLISH_STOP_WORDS

    return frozenset(ENGLISH_STOP_WORDS) - {"bill", "mill", "fire"}
