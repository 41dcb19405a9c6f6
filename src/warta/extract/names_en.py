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
from functools import lru_cache

from warta.extract.demonyms import is_demonym
from warta.extract.entity_mention import EntityMention
from warta.extract.gazetteer import country_code, place
from warta.extract.names_en_bodies import MAX_NAME, governed, media, org_chain
from warta.extract.names_en_context import bodies_by_context
from warta.extract.names_en_lone import body_before, handle_of, lone_described
from warta.extract.names_en_words import (
    LEAD_WORDS,
    ORG_TAILS,
    ORG_WORDS,
    PLACE_TAILS,
    TITLES,
    acronym,
    calendar,
    english_regions,
    is_lead_word,
    is_title,
    participle,
    stop_words,
)

__all__ = ["ORG_WORDS", "PLACE_TAILS", "TITLES", "find_names_en"]

_TOKEN = re.compile(
    r"(?:[A-Z]\.){2,}|(?<=[a-z] )[A-Z]\.(?= [A-Z][a-z])|[A-Za-z][\w'’.-]*(?<![.])|[^\sA-Za-z]+"
)
# "al-Obeidy", "el-Sisi": an Arabic name's article in lower case before its capital.
_CAPITAL = re.compile(r"(?:[A-Z]\.){1,3}$|[A-Z][\w'’-]*$|Mc[A-Z]\w*$|(?:al|el)-[A-Z][\w'’-]*$")
_ARTICLE_HYPHENS = ("al-", "el-")
# lower-case particles inside a name: "de", "van", and the Arabic "bin", "ibn", "bint", "al", "el", "abu", "ould"
_JOINERS = frozenset(
    {"de", "van", "von", "bin", "ibn", "bint", "al", "el", "abu", "ould", "da", "del", "la", "le", "du"}
)


def find_names_en(text: str) -> list[EntityMention]:
    """Every person and organisation (and known place) named in English ``text``, in order."""
    runs = [part for run in _runs(text) for part in _placed_apart(run, text)]
    mentions: list[EntityMention] = []
    joined_to = -1
    for i, run in enumerate(runs):
        if i <= joined_to:
            continue
        last = org_chain(runs, i, text)
        if last > i:  # "Alleyn 's School", "Bank of America", "Centers for Disease Control and Prevention"
            described = max((j for j, t in enumerate(run) if _DESCRIPTIVE.search(t[2])), default=-1)
            named = run[described + 1 :] or run  # not "London-based"
            opening = next((t for t in named if not is_lead_word(t[2], text)), named[-1])  # not "The"
            start, end = opening[0], runs[last][-1][1]
            mentions.append(EntityMention(start, end, text[start:end], "ORG"))
            joined_to = last
            continue
        if media(run, text):
            mentions.append(_mention(run, "ORG", text))  # "Foreign Policy magazine", "Kyodo news agency"
            continue
        state_body = governed(run, text)
        if state_body:  # "British government", "Egypt 's health ministry"
            mentions.append(state_body)
            continue
        mentions.extend(_read(run, text))
    full = {m.text.split()[-1] for m in mentions if m.type == "PER" and " " in m.text}
    speaking = {
        m.text
        for m in mentions
        if _SPEAKS.match(text, m.end)
        or (_SAID_BEFORE.search(text, max(0, m.start - 8), m.start) and _SAID_AFTER.match(text, m.end))
    }
    bodies = {m.text for m in mentions if m.type == "ORG" and " " not in m.text}
    out = []
    kin = {m.text for m in mentions if _KIN_BEFORE.search(text, max(0, m.start - _KIN_REACH), m.start)}
    for m in mentions:
        if m.type == "PER" and not m.role and " " in m.text and body_before(m, text):
            out.append(EntityMention(m.start, m.end, m.text, "ORG"))  # "Costner 's band , Modern West"
            continue
        if m.type == "PER" and not m.role and _employer(m, text, full):
            out.append(EntityMention(m.start, m.end, m.text, "ORG"))  # "Red Bull 's world champion X"
            continue
        if m.type == "PER" and " " not in m.text and m.text not in full and not m.role and m.text not in kin:
            if m.text in speaking and not _adjective(text, m.text) and not calendar().fullmatch(m.text):
                # "Greenpeace said" beside "the Greenpeace campaigners": a body that speaks; "Napolitano
                # said" with no article ever before it: a person the text names by surname only
                # or "Twitter says its site …": what speaks of its own is a body too
                body = _the(m.text).search(text) or _speaks_of_its(m.text).search(text)
                # "Xinhua said" beside "Xinhua news agency": one name, one body
                out.append(
                    EntityMention(m.start, m.end, m.text, "ORG" if body or m.text in bodies else "PER")
                )
            elif (given := lone_described(m, text)) is not None:
                out.append(EntityMention(m.start, m.end, m.text, given))  # "Roche , which makes Tamiflu"
            elif text[m.start - 1 : m.start] != "@" and handle_of(m.text, text):
                out.append(
                    EntityMention(m.start, m.end, m.text, "ORG")
                )  # "Vodafone , the handle @VodafoneEgypt"
            continue  # a lone capitalised word no longer name ends with: not known to be a person
        out.append(m)
    return bodies_by_context(_bodies_by_evidence(out, text), text)


# What only a body has or does: "Hamas , which runs the enclave", "Halliburton workers", "Toyota 's
# shares", "Hamas and its allies".
_BODY_EVIDENCE = (
    r"(?:\s*,\s*which\b|\s+and\s+its\b|(?:\s*(?:'s|’s))?\s+(?:shares|workers|employees|executives?|"
    r"subsidiary|subsidiaries|headquarters|engineers|shareholders)\b)"
)


def _bodies_by_evidence(mentions: list[EntityMention], text: str) -> list[EntityMention]:
    """A one-word name the text gives what only a body has ("Halliburton workers", "Hamas , which runs
    …") is an organisation wherever it stands alone or opens a longer name the rules read as a person
    ("Toyota Motor"); not when a title or role makes someone of it."""
    words = {
        m.text
        for m in mentions
        if m.type == "PER" and " " not in m.text and not m.role and m.text not in _titled_words(text)
    }
    words |= {m.text.split()[0] for m in mentions if m.type == "PER" and " " in m.text and not m.role}
    bodies = {
        w
        for w in words
        if len(w) > 2
        and place(w) is None  # "Egypt , which …": a place's own relative clause
        and _has_body_evidence(w, text)
        and re.search(_KIN_WORDS + re.escape(w) + r"\b", text) is None  # "his father Pal , which he resented"
    }
    if not bodies:
        return mentions
    return [
        EntityMention(m.start, m.end, m.text, "ORG")
        if m.type == "PER"
        and not m.role
        and (m.text in bodies or (m.text.split()[0] in bodies and _corporate(m)))
        else m
        for m in mentions
    ]


_BODY_EVIDENCE_AT = re.compile(_BODY_EVIDENCE)
_OPENS_AFTER = re.compile(r"[\w'’-]")


def _has_body_evidence(word: str, text: str) -> bool:
    r"""``re.search(r"(?<![\w'’-])" + re.escape(word) + _BODY_EVIDENCE, text)``, read at each place
    ``str.find`` finds the word (a pattern per word opening on a lookbehind is tried at every place)."""
    at = text.find(word)
    while at >= 0:
        if (at == 0 or _OPENS_AFTER.match(text, at - 1) is None) and _BODY_EVIDENCE_AT.match(
            text, at + len(word)
        ):
            return True
        at = text.find(word, at + 1)
    return False


def _corporate(m: EntityMention) -> bool:
    """A longer name that is a body's one: the body's word and no more than one more word."""
    return len(m.text.split()) == 2


_IN_PLACE = re.compile(r"(?<![\w'’-])(?:in|from|across|inside|outside|throughout) $")


def _placed_apart(run: list[tuple[int, int, str]], text: str) -> list[list[tuple[int, int, str]]]:
    """A run that opens with a country and is no place, medium or body as a whole is two runs, the
    country and what follows, when it stands after "in" ("the revolution in Tunisia Twitter , Facebook
    …") or what follows is a name of its own: two or more words, an acronym or a sentence word
    ("Ambassador to Egypt Edward Walker", "southern Algeria BP kidnap", "and Iraq Career high"). Both are
    a sentence end or a comma the source lost; a country before one word ("Jordan Henderson") stays."""
    if len(run) < 2 or not country_code(run[0][2]) or place(text[run[0][0] : run[-1][1]]):
        return [run]
    rest = run[1:]
    if media(run, text) or any(t[2].casefold() in ORG_WORDS | PLACE_TAILS for t in rest):
        return [run]  # "France Info radio", "Israel Defense Forces"
    after_in = _IN_PLACE.search(text, max(0, run[0][0] - 12), run[0][0]) is not None
    own = len(rest) > 1 or acronym(rest[0][2]) or is_lead_word(rest[0][2], text)
    lowered = _LOWER_BEFORE.search(text, max(0, run[0][0] - 12), run[0][0]) is not None
    return [run[:1], rest] if after_in or (own and lowered) else [run]


# A preposition or conjunction right before a country's name: the country ends a phrase there.
_LOWER_BEFORE = re.compile(
    r"(?<![\w'’-])(?:in|of|to|from|for|on|at|and|or|with|into|across|against|"
    r"southern|northern|eastern|western|central) $"
)


_KIN = frozenset(
    "wife husband daughter son mother father sister brother niece nephew widow partner fiancee fiance "
    "girlfriend boyfriend grandmother grandfather granddaughter grandson cousin".split()
)
_KIN_WORDS = r"\b(?:" + "|".join(sorted(_KIN)) + r")\s+"
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


_SPEAKS = re.compile(
    r"\s+(?:(?:has|had|also|have)\s+)?(?:(?:said|says|told|added|reported|announced|warned|urged)\b|"
    r"reports(?=\s*(?:[.,;:]|''|$)))"
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


# "Secretary of State Hillary Clinton", "High Commissioner for Refugees Antonio Guterres", "Department of
# Homeland Security Janet Napolitano": the run after a title's or body's "of" opens with its object; the
# person is the last two words.
_TITLE_OF = re.compile(
    r"\b(?i:"
    + "|".join(sorted(TITLES | ORG_WORDS | {"archbishop", "bishop"}))
    + r")\s+(?:of|for)\s+(?:the\s+)?$"
)
_TITLE_OBJECT_NAME = 2


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
    while run and calendar().fullmatch(run[-1][2]) and _DAY_AFTER.match(text, run[-1][1]):
        run = run[:-1]  # "Texas April 20", "Reply April 12 , 2011": a date closes the name
    while (
        run and calendar().fullmatch(run[0][2]) and _DAY_BEFORE.search(text, max(0, run[0][0] - 6), run[0][0])
    ):
        run = run[1:]  # "on 20 April Hayward said"
    shout = len(run) > 1 and all(t[2].isupper() for t in run)
    if shout and any(t[2].casefold() in stop_words() for t in run):
        return []  # "IT WAS A good day": a heading in capitals, not acronyms
    body = len(run) > 1 and run[-1][2].casefold() in ORG_WORDS  # "the International Criminal Court"
    described = max((i for i, t in enumerate(run) if _DESCRIPTIVE.search(t[2])), default=-1)
    if (_speaking_body(run, text) or _the_body(run, text)) and described + 1 < len(run):
        return [_mention(run[described + 1 :], "ORG", text)]  # "the Daily Mirror": what "the" names is a body
    while run and is_lead_word(run[0][2], text) and not (body and _inner_body_word(run[0], text)):
        run = run[1:]
    described = max((i for i, t in enumerate(run) if _DESCRIPTIVE.search(t[2])), default=-1)
    run = run[described + 1 :]  # "San Francisco-based Twitter": what is based somewhere is the name
    if not run:
        return []
    last_title = max((i for i, t in enumerate(run) if is_title(t[2])), default=-1)
    if last_title == len(run) - 1 and len(run) > 1 and _described(run, text):
        # "BP spokesman Scott Dean": the description was written before the name in lower case, so a
        # title word closing the name is its surname
        last_title = max((i for i, t in enumerate(run[:-1]) if is_title(t[2])), default=-1)
    elif last_title == len(run) - 1 and _introduced(run, text):
        last_title = -1  # "Scott Dean , a spokesman for BP ,": a name the apposition introduces
    elif last_title == len(run) - 1 and _title_surname(run, text):
        last_title = -1  # "CNN 's Tommy Evans and John King": a title naming nobody after it is a surname
    head, tail = run[: last_title + 1], run[last_title + 1 :]
    if head and tail and all(t[2].casefold() in ORG_WORDS for t in tail) and not acronym(tail[0][2]):
        stop = max((i for i, t in enumerate(head) if t[2].casefold() in stop_words()), default=-1)
        return [_mention(run[stop + 1 :], "ORG", text)]  # "Israel Defense Forces", "Interior Ministry"
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
            if t[2].casefold() in stop_words() and not acronym(t[2]) and not (i and t[2] in titled)
        ),
        len(tail),
    )
    closing_body = (
        len(tail) > 2
        and tail[-1][2].casefold() in ORG_WORDS
        and 0 < cut < len(tail) - 1
        and tail[cut][2].casefold() not in _OPENERS
        and not any(t[2].casefold() in _OPENERS for t in tail[cut:])
    )
    if not closing_body:  # "Marine Well Containment Co": a stop word inside a body's name stays
        tail = tail[:cut]  # "AP You 'd think": a stop word ends the name
    if len(tail) > 1 and tail[0][2].isupper() and "." not in tail[0][2]:  # "BP Gulf": an acronym, then more
        out.append(_mention(tail[:1], "ORG", text))
        tail = tail[1:]
    if not tail:
        return out
    words = [t[2] for t in tail]
    name = " ".join(words)
    tail_body = len(words) > 1 and words[-1].casefold() in ORG_TAILS and not place(" ".join(words[:-1]))
    if tail_body or any(w.casefold() in ORG_WORDS for w in words) or (len(words) == 1 and words[0].isupper()):
        return [*out, _mention(tail, "ORG", text)]
    if len(words) > 1 and words[-1].casefold() in PLACE_TAILS:
        return [*out, _mention(tail, "LOC", text)]
    found = place(name)
    if found:
        return [
            *out,
            EntityMention(tail[0][0], tail[-1][1], text[tail[0][0] : tail[-1][1]], "LOC", key=found.key),
        ]
    if name.casefold() in english_regions():  # "Scotland", "Louisiana", "North America"
        key = f"region:{name.casefold()}"
        return [*out, EntityMention(tail[0][0], tail[-1][1], text[tail[0][0] : tail[-1][1]], "LOC", key=key)]
    if sum(t[2] not in _JOINERS for t in tail) > MAX_NAME:  # "Youssef bin Alawi bin Abdullah": four
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
# Stop words that open a new phrase, never sit inside a body's name ("Libya The African Union").
_OPENERS = frozenset(
    "the a an this that these those his her its their our my your we i you he she it they how what why "
    "when where who which not no".split()
)
_DAY_AFTER = re.compile(r"\s+\d{1,2}\b")
_DAY_BEFORE = re.compile(r"\b\d{1,2}\s+$")
_DESCRIBED = re.compile(r"(?<![\w'’-])([a-z]+) $")


def _described(run: list[tuple[int, int, str]], text: str) -> bool:
    """A lower-case title word stands right before the run, and the word before its last is no title."""
    before = _DESCRIBED.search(text, max(0, run[0][0] - 20), run[0][0])
    return before is not None and before.group(1) in TITLES and not is_title(run[-2][2])


_APPOSITION = re.compile(r"\s*,\s*(?:a|an|the)\s+[a-z]")


def _introduced(run: list[tuple[int, int, str]], text: str) -> bool:
    """Two words, only the last a title, with an apposition after ("Scott Dean , a spokesman …"): the
    title word is a surname, as "Treasury Secretary , a post …" seldom is."""
    return len(run) == 2 and not is_title(run[0][2]) and _APPOSITION.match(text, run[-1][1]) is not None


# Titles that are also common surnames ("John King", "Howard Dean", "Alan Judge").
_TITLE_SURNAMES = frozenset({"king", "dean", "judge", "bishop", "pope", "prince"})


def _title_surname(run: list[tuple[int, int, str]], text: str) -> bool:
    """A run closing with a title that is also a surname, after words that are no title, nationality,
    place, body or acronym and not after a lower-case "the" ("the Lion King"): the title names nobody,
    so it is the surname of the name before it."""
    first = run[:-1]
    return (
        bool(first)
        and run[-1][2].casefold() in _TITLE_SURNAMES
        and run[-1][2][1:].islower()
        and not any(
            is_title(t[2]) or is_demonym(t[2]) or acronym(t[2]) or t[2].casefold() in ORG_WORDS for t in first
        )
        and place(text[first[0][0] : first[-1][1]]) is None
        and _THE_BEFORE.search(text, max(0, run[0][0] - 4), run[0][0]) is None
    )


_THE_BEFORE = re.compile(r"(?<![\w'’-])the $")


def _speaking_body(run: list[tuple[int, int, str]], text: str) -> bool:
    """Two or more capitalised words after a lower-case "the" and before a speech verb, none a title or
    a stop word ("the Daily Mirror reported", not "the Prime Minister said"): an organisation."""
    return (
        len(run) > 1
        and _THE_BEFORE.search(text, max(0, run[0][0] - 4), run[0][0]) is not None
        and _SPEAKS.match(text, run[-1][1]) is not None
        and not any(is_title(t[2]) or t[2].casefold() in stop_words() for t in run)
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
        and not any(is_title(t[2]) or t[2].casefold() in stop_words() for t in run)
        and run[-1][2].casefold() not in PLACE_TAILS
        and place(text[run[0][0] : run[-1][1]]) is None
        and text[run[0][0] : run[-1][1]].casefold() not in english_regions()  # "the Middle East"
        and not _attributive(run, text)
    )


_NEXT_WORD = re.compile(r"\s+([a-z][\w'’-]*)")


def _attributive(run: list[tuple[int, int, str]], text: str) -> bool:
    """The run stands before a lower-case noun: "the Kofi Annan plan", "the EU Council summit" (the
    article is the noun's), not "the Daily Mirror yesterday"."""
    after = _NEXT_WORD.match(text, run[-1][1])
    return after is not None and after.group(1) not in stop_words() and after.group(1) not in LEAD_WORDS


def _mention(tokens: list[tuple[int, int, str]], type_: str, text: str) -> EntityMention:
    return EntityMention(tokens[0][0], tokens[-1][1], text[tokens[0][0] : tokens[-1][1]], type_)


def _inner_body_word(token: tuple[int, int, str], text: str) -> bool:
    """A word of an organisation's name that the text also writes in lower case ("International",
    "Criminal"): kept inside the sentence, where capitals mark a name, not at a sentence's start."""
    opening = not text[: token[0]].rstrip(" ") or text[: token[0]].rstrip(" ").endswith(
        (".", "!", "?", "\n", "''", "``")
    )
    return not opening and token[2].casefold() not in stop_words() and not participle().fullmatch(token[2])


# A compound adjective closing a capitalised word: "Francisco-based", "Saudi-led", "US-backed".
_DESCRIPTIVE = re.compile(r"\w-(?:based|born|led|backed|owned|run|funded|made|bound)$")


_TITLED = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Sir|Lady|Miss)\.?\s+([A-Z][a-z][\w'’-]*)")


@lru_cache(maxsize=8)  # one article's runs ask for it again and again
def _titled_words(text: str) -> frozenset[str]:
    """Words the text writes after Mr/Ms/Dr: surnames, even when they spell a stop word ("Ms Toward")."""
    return frozenset(m.group(1) for m in _TITLED.finditer(text))
