"""Story-level entities: one record per person, place or organisation, with every alias it goes by.

Aliases join on shared keys (gazetteer place, acronym beside its expansion, ministry portfolio),
acronyms by initials or syllables ("Polres" = "Kepolisian Resor"), a body and its seat ("BPBD Watugede"),
bare names of a unique administrative place ("Watugede" = "Kabupaten Watugede"), misspelt long names,
first names and surnames of a unique full name, and role titles of a unique person ("Menlu AS").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from warta.extract.entities import EntityMention
from warta.extract.gazetteer import normalize, place
from warta.types import EntityRecord

# A minister's clipped title: "Men" (menteri) and the portfolio's clip ("Mendag", "Menkumham").
_MINISTER_CLIP = re.compile(r"^Men[a-z]{2,}$")
_MIN_MISSPELT_LENGTH = 10  # shorter names differ by one letter too often ("Ivan"/"Iran")
_MAX_MISSPELLING = 2


@dataclass(frozen=True)
class _Seen:
    article: str
    mention: EntityMention


class _Groups:
    """Union-find over surface forms."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _form(m: EntityMention) -> str:
    if m.title_only:
        return f"title:{m.role}"
    return f"{m.type}:{normalize(m.text)}"


def merge_entities(per_article: Mapping[str, Sequence[EntityMention]]) -> tuple[EntityRecord, ...]:
    """Merge each article's mentions into story entities, most widely mentioned first."""
    seen = [_Seen(art, m) for art, mentions in per_article.items() for m in mentions]
    groups = _Groups()
    by_key: dict[str, str] = {}
    for s in seen:
        form = groups.find(_form(s.mention))
        if s.mention.key:
            groups.union(by_key.setdefault(s.mention.key, form), form)
    forms = {_form(s.mention): s.mention for s in seen}
    _join_bare_ministries(groups, seen)
    _join_acronyms_by_initials(groups, forms)
    _join_seats(groups, forms)
    places = _join_bare_places(groups, forms)
    _join_misspellings(groups, forms)
    _join_surnames(groups, forms, places=places)
    _join_name_parts(groups, forms)
    _join_blends(groups, forms)
    _join_glued_names(groups, forms)
    _join_titles(groups, seen)
    members: dict[str, list[_Seen]] = {}
    for s in seen:
        members.setdefault(groups.find(_form(s.mention)), []).append(s)
    records = [_record(items) for items in members.values()]
    records.sort(key=lambda r: (-len(r.articles), r.name))
    return tuple(records)


def _join_bare_ministries(groups: _Groups, seen: list[_Seen]) -> None:
    """ "Kementerian Dalam Negeri" is the story's one qualified interior ministry, if it has one."""
    qualified: dict[str, set[str]] = {}
    for s in seen:
        key = s.mention.key or ""
        if key.startswith("ministry:") and "@" in key:
            qualified.setdefault(key.split("@")[0], set()).add(groups.find(_form(s.mention)))
    for s in seen:
        key = s.mention.key or ""
        if key.startswith("ministry:") and "@" not in key and len(qualified.get(key, ())) == 1:
            groups.union(_form(s.mention), next(iter(qualified[key])))


def _initials(text: str) -> str:
    words = text.replace("-", " ").split()
    return "".join(w[0] for w in words if w[:1].isupper())


def _syllabic(short: str, words: list[str]) -> bool:
    """Whether ``short`` is an Indonesian clipped compound of ``words``: one piece of two or more
    letters from inside each word, in order ("Polres" = kePOLisian RESor, "Damkar" = pemaDAM KebaKARan)."""
    low, parts = short.casefold(), [w.casefold() for w in words]
    if len(parts) < 2 or len(low) < 2 * len(parts):
        return False

    def fits(rest: str, k: int) -> bool:
        if k == len(parts):
            return not rest
        for size in range(2, len(rest) - 2 * (len(parts) - k - 1) + 1):
            if rest[:size] in parts[k] and fits(rest[size:], k + 1):
                return True
        return False

    return fits(low, 0)


def _join_acronyms_by_initials(groups: _Groups, forms: Mapping[str, EntityMention]) -> None:
    acronyms = {m.text: f for f, m in forms.items() if m.type == "ORG" and m.key == f"acr:{m.text}"}
    for form, m in forms.items():
        if m.type == "ORG" and " " in m.text:
            initials = _initials(m.text)
            for candidate in (initials, initials[::-1]):
                if candidate in acronyms:
                    groups.union(form, acronyms[candidate])
                    break
            else:
                words = [w for w in m.text.split() if w[:1].isupper()]
                # A clipped name may leave out a head or a seat: "Damkar" for Dinas Pemadam Kebakaran.
                spans = [words[i:j] for i in range(len(words)) for j in range(i + 2, len(words) + 1)]
                for short, short_form in acronyms.items():
                    if _minister_of(short, words):
                        continue
                    if not short.isupper() and any(_syllabic(short, span) for span in spans):
                        groups.union(form, short_form)


def _minister_of(short: str, words: list[str]) -> bool:
    """ "Menkumham" clips "Menteri Hukum dan HAM", the ministry's minister, not "Kementerian Hukum dan
    HAM" (that is "Kemenkumham"): a clip opening with "men" of a ministry's name is its minister."""
    low = short.casefold()
    return bool(words) and words[0].casefold() == "kementerian" and low.startswith("men")


def _join_seats(groups: _Groups, forms: Mapping[str, EntityMention]) -> None:
    """ "BPBD Watugede" and "Polres Karangsana" are the story's BPBD and Polres, when each has one seat;
    "Ditjen PAS", an organisation word before an acronym, is the story's PAS when it is the only one."""
    acronyms = {m.text: f for f, m in forms.items() if m.type == "ORG" and m.key == f"acr:{m.text}"}
    seats: dict[str, set[str]] = {}
    for f, m in forms.items():
        words = m.text.split()
        if m.type == "ORG" and len(words) == 2 and words[0] in acronyms:
            seats.setdefault(words[0], set()).add(f)
        elif m.type == "ORG" and len(words) == 2 and words[1] in acronyms and _body_word(words[0]):
            seats.setdefault(words[1], set()).add(f)  # "Ditjen PAS" is the story's PAS
    for short, owned in seats.items():
        if len(owned) == 1:
            groups.union(next(iter(owned)), acronyms[short])


def _body_word(word: str) -> bool:
    from warta.extract.wordlists import ORG_HEADS

    return word.casefold() in ORG_HEADS


def _join_bare_places(groups: _Groups, forms: Mapping[str, EntityMention]) -> set[str]:
    """ "Watugede" is "Kabupaten Watugede" when the story has one place of that name; returns the bare
    names of the story's administrative places, which no person's name may claim."""
    owners: dict[str, set[str]] = {}
    for f, m in forms.items():
        key = m.key or ""
        if key.startswith("place:"):
            owners.setdefault(key.split(":", 2)[2], set()).add(groups.find(f))
    for f, m in forms.items():
        bare = normalize(m.text)
        if m.type in ("PER", "LOC") and not m.title_only and " " not in m.text and bare in owners:
            roots = {groups.find(x) for x in owners[bare]}
            if len(roots) == 1:
                groups.union(f, next(iter(roots)))
    return set(owners)


def _distance(a: str, b: str) -> int:
    """Levenshtein distance."""
    from rapidfuzz.distance import Levenshtein

    return int(Levenshtein.distance(a, b))


def _join_misspellings(groups: _Groups, forms: Mapping[str, EntityMention]) -> None:
    """ "Anthony Blinken" is "Antony Blinken": long multi-word names a letter or two apart."""
    names = [(f, m.text.split()) for f, m in forms.items() if m.type == "PER" and not m.title_only]
    names = [
        (f, words) for f, words in names if len(words) > 1 and len(" ".join(words)) >= _MIN_MISSPELT_LENGTH
    ]
    # Only names with as many words and the same initials are compared: blocking on that key tries the
    # same pairs in the same order as all pairs with that test first.
    blocks: dict[tuple[str, ...], list[int]] = {}
    for i, (_, words) in enumerate(names):
        blocks.setdefault(tuple(w[0] for w in words), []).append(i)
    for i, (fa, a) in enumerate(names):
        for j in blocks[tuple(w[0] for w in a)]:
            if j <= i:
                continue
            fb, b = names[j]
            if _distance(" ".join(a), " ".join(b)) <= _MAX_MISSPELLING:
                groups.union(fa, fb)


def _join_surnames(
    groups: _Groups, forms: Mapping[str, EntityMention], *, places: AbstractSet[str] = frozenset()
) -> None:
    """ "Tokayev", "Hartini": the one full name ending or starting with that word; never a place."""
    full: dict[str, set[str]] = {}
    for f, m in forms.items():
        words = m.text.split()
        if m.type == "PER" and not m.title_only and len(words) > 1:
            full.setdefault(f"last:{normalize(words[-1])}", set()).add(groups.find(f))
            full.setdefault(f"first:{normalize(words[0])}", set()).add(groups.find(f))
    for f, m in forms.items():
        bare = normalize(m.text)
        if m.type != "PER" or m.title_only or " " in m.text or bare in places:
            continue
        for end in (
            "last",
            "first",
        ):  # a surname first: "Hartono" is Bima Hartono, not someone named Hartono X
            owners = {groups.find(x) for x in full.get(f"{end}:{bare}", set())}
            if len(owners) == 1:
                groups.union(f, next(iter(owners)))
                break
            if owners:
                break


def _join_name_parts(groups: _Groups, forms: Mapping[str, EntityMention]) -> None:
    """ "Indar Parawansa" is Khofifah Indar Parawansa: a person's name of two or more words that opens or
    closes the one longer name of the story holding those words in that order."""
    people = [
        (f, normalize(m.text).split()) for f, m in forms.items() if m.type == "PER" and not m.title_only
    ]
    # Each longer name under its opening and closing word runs: the same owners as trying every name.
    holders: dict[tuple[str, ...], set[str]] = {}
    for g, longer in people:
        for n in range(2, len(longer)):
            holders.setdefault(tuple(longer[:n]), set()).add(g)
            holders.setdefault(tuple(longer[-n:]), set()).add(g)
    for f, words in people:
        if len(words) < 2:
            continue
        owners = {groups.find(g) for g in holders.get(tuple(words), ())}
        if len(owners) == 1:
            groups.union(f, next(iter(owners)))


_MIN_BLEND, _MIN_PIECE = 5, 2


def _join_blends(groups: _Groups, forms: Mapping[str, EntityMention]) -> None:
    """ "Jokowi" is Joko Widodo, "Zulhas" Zulkifli Hasan: one word made of the opening letters of each word
    of the story's one person with that full name, in order (two or more letters of each)."""
    people = [
        (f, normalize(m.text).split())
        for f, m in forms.items()
        if m.type == "PER" and not m.title_only and " " in m.text
    ]
    named = {groups.find(g) for g, _ in people}
    for f, m in forms.items():
        word = normalize(m.text)
        if m.type != "PER" or m.title_only or " " in m.text or len(word) < _MIN_BLEND:
            continue
        if groups.find(f) in named:
            continue  # already a surname or first name of someone ("Johnson" of Boris Johnson)
        owners = {
            groups.find(g)
            for g, words in people
            # a blend opens on its first word's first two letters: the rest are told without the search
            if 2 <= len(words) <= 3 and word[:_MIN_PIECE] == words[0][:_MIN_PIECE] and _blend_of(word, words)
        }
        if len(owners) == 1:
            groups.union(f, next(iter(owners)))


def _blend_of(word: str, words: list[str]) -> bool:
    """Whether ``word`` is an opening piece of each of ``words`` in turn, every piece two letters or more
    and the last word's piece shorter than that word (a blend, not the name run together)."""
    if not words:
        return not word
    head, rest = words[0], words[1:]
    longest = len(head) - (0 if rest else 1)
    return any(
        word.startswith(head[:size]) and _blend_of(word[size:], rest)
        for size in range(_MIN_PIECE, min(longest, len(word)) + 1)
    )


def _join_glued_names(groups: _Groups, forms: Mapping[str, EntityMention]) -> None:
    """ "Kapusdatin BNPB Abdul Muhari", "Hakim Wahyu Iman Santoso": a person's full name with a title or
    body glued before it is that person, when the story has one person of that full name."""
    full = {tuple(m.text.split()): f for f, m in forms.items() if m.type == "PER" and not m.title_only}
    for words, f in full.items():
        for k in range(1, len(words) - 1):
            core = full.get(words[k:])
            if core is not None and _glued(words[:k]):
                groups.union(f, core)
                break


def _glued(prefix: Sequence[str]) -> bool:
    """Whether words before a full name are a title or a body, not a first name ("Budi" Karya Sumadi):
    an acronym ("BNPB"), a rank or title ("Hakim", "Brigadir") or an organisation word ("Bidang")."""
    from warta.extract.speakers import HONORIFICS
    from warta.extract.wordlists import ORG_HEADS, ROLE_TITLES

    return any(
        (len(w) > 1 and w.isupper())
        or w.casefold() in HONORIFICS
        or w.casefold() in ROLE_TITLES
        or w.casefold() in ORG_HEADS
        or bool(_MINISTER_CLIP.match(w))
        for w in prefix
    )


def _join_titles(groups: _Groups, seen: list[_Seen]) -> None:
    """ "Menlu AS" is the story's one person introduced as Menteri Luar Negeri AS."""
    holders: dict[str, set[str]] = {}
    for s in seen:
        m = s.mention
        if m.type == "PER" and m.role and not m.title_only:
            holders.setdefault(m.role, set()).add(groups.find(_form(m)))
    for s in seen:
        m = s.mention
        if m.title_only and m.role:
            owners = {groups.find(x) for x in holders.get(m.role, set())}
            if len(owners) == 1:
                groups.union(_form(m), next(iter(owners)))


def _record(items: list[_Seen]) -> EntityRecord:
    types = Counter(s.mention.type for s in items)
    type_ = types.most_common(1)[0][0]
    aliases = tuple(dict.fromkeys(s.mention.text for s in items))
    articles = tuple(sorted({s.article for s in items}))
    return EntityRecord(name=_name(items, type_), type=type_, aliases=aliases, articles=articles)


def _name(items: list[_Seen], type_: str) -> str:
    """The canonical name: a gazetteer's, a ministry's full title, else the fullest common alias."""
    for s in items:
        key = s.mention.key or ""
        if type_ == "LOC" and key.startswith(("country:", "region:", "city:", "geo:")):
            found = place(s.mention.text)
            if found:
                return found.name
        if key.startswith("ministry:") and "@" in key:
            # Title-case the head and portfolio, keep the country as written ("Departemen Luar Negeri AS").
            words = s.mention.text.split()
            size = 1 + len(key.split("@")[0].split(":")[2].split())
            return " ".join([*(w.title() for w in words[:size]), *words[size:]])
    names = [s.mention.text for s in items if not s.mention.title_only] or [s.mention.text for s in items]
    if type_ == "PER":  # a full name with a title or body glued before it is not the name
        cores = {n for n in names if len(n.split()) > 1}
        glued = {n for n in names for c in cores if n.endswith(" " + c) and _glued(n[: -len(c)].split())}
        names = [n for n in names if n not in glued] or names
    counts = Counter(names)
    order = {n: i for i, n in reversed(list(enumerate(names)))}
    return min(counts, key=lambda n: (-len(n.split()), -counts[n], order[n]))
