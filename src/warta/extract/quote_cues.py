"""The cue and speaker written beside a direct quote: after it (``"…," kata X``, ``"…," X said``), before
it (``X mengatakan: "…"``, ``According to X, "…"``), or as the subject of its paragraph's one sentence.

Each returns a :class:`~warta.extract.speakers.Who`; a pronoun is left for
:mod:`warta.extract.quote_resolve` to resolve, and ``NOBODY`` means the text gives no cue.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from warta.extract.entity_mention import EntityMention
from warta.extract.gazetteer import is_function_word
from warta.extract.quote_marks import Quoted
from warta.extract.quote_people import subjects
from warta.extract.quotes_en import (
    ACCORDING_AFTER,
    ATTRIBUTION_TAIL,
    LEAD_BREAK,
    apposed_subject,
    closes_clause,
)
from warta.extract.speakers import (
    CUES_ID,
    HONORIFICS,
    NOBODY,
    PRONOUNS,
    VERBS_EN,
    VERBS_ID,
    Who,
    is_speaker,
    phrase_end,
    pronoun_refers,
    speaker_in,
    stops_phrase,
)
from warta.lazy_regex import lazy

_VERBS = VERBS_ID | VERBS_EN


_CUE_AFTER = re.compile(
    r"[\s,.]*(?:demikian\s+|begitu\s+)?(" + "|".join(sorted(CUES_ID)) + r")(nya)?\b", re.I
)


# "…," demikian pernyataan tertulis Telkom / bunyi pernyataan pemerintah Spanyol: a written statement's
# author, named after the noun that stands for the statement.
_STATEMENT_AFTER = re.compile(
    r"[\s,.]*(?:demikian|begitu|bunyi|isi)\s+(?:pernyataan|keterangan|siaran\s+pers|rilis|surat|pesan|unggahan|"
    r"cuitan|kicauan)(?:\s+(?:tertulis|resmi|pers|singkat))?\s+(?=\S)",
    re.IGNORECASE,
)


_SAID_AFTER = re.compile(r"[\s,.]*(" + "|".join(sorted(VERBS_EN)) + r")\s+(?=\S)")


_SUBJECT_AFTER = re.compile(
    r"[\s,.]*((?:(?!''|``)[^.;:!?\n“”\"«»]|\.(?=\S)|(?<=[A-Z])\.|(?<=Dr|Mr|Ms|Jr|St)\.|(?<=Mrs|Sen|Gov|Rep)\.){1,90}?)\s+("
    + "|".join(sorted(_VERBS))
    + r")\b(?![-\w])"
)


# After a sentence's closing attribution ("…, Robert Gibbs said Wednesday ."): its end, or a participle
# going on ("…, he said , describing …").
_attribution_ends = lazy(
    r"(?:\s+(?:on\s+)?(?:[A-Z][a-z]+day|yesterday|today|tonight|reporters))?\s*(?:[.!?](?:\s|$)|,\s*[a-z]+ing\b)",
)


# Speech verbs whose next word is the one addressed, never an inverted speaker ("told Winfrey").
_ADDRESS_VERBS = frozenset({"told", "tells", "tell"})


VERB = re.compile(r"\b(" + "|".join(sorted(_VERBS)) + r")\b")


# Passive answers whose agent follows ("direspons Telkom", "dijawab oleh juru bicara").
_PASSIVE = re.compile(r"\b(di(?:respons|respon|jawab|tanggapi|balas))\s+(?:oleh\s+)?")


ACCORDING = re.compile(r"\b(?:[Mm]enurut|[Aa]ccording\s+to)\s+([^,.\n:;]+)")


_QUOTED_AS = re.compile(
    r"[\s,]*(?:[^.;:!?\n“”\"«»]{0,60}?\s)?quoted\s+([^.;:!?\n“”\"«»]{1,60}?)\s+as\s+saying\b"
)


_SUBORDINATE = re.compile(
    r"(?:if|when|because|although|though|unless|whether|since|while|as|but|and|so|jika|kalau|karena|"
    r"ketika|saat|meski|namun|tetapi|dan)\s",
    re.IGNORECASE,
)


# The rest of the sentence after a cue, over commas: a description of the speaker that may end in "ini".
_DESCRIPTION = re.compile(r"[^.;!?\n“”\"]*")
# "Dr Robert Waldman: "…"": a name alone before a colon and the mark, as in headlines and interviews.
_ANAPHORIC_END = re.compile(r"\s(?:itu|tersebut|ini)\s*$", re.IGNORECASE)


_NAME_COLON = re.compile(r"\s*:\s*$")


# A dateline opening the first paragraph: "Kota (Kantor Berita) - " or "Kota, Kantor Berita -- ".
_DATELINE = re.compile(r"[A-Z][^\n()\-–—,.]{0,30}(?:\([^()\n]{2,40}\)|,[^\n()\-–—,.]{2,30})\s*[-–—]{1,2}\s+")


MAX_LEAD_AFTER_VERB = 240  # "X told me this afternoon that …: “…”": how far a verb may stand from the mark


_PRONOUN_REACH = 2  # a pronoun this many words before a speech verb is its subject


SPEAKER_WINDOW = 90


def cue_after(text: str, q: Quoted, entities: Sequence[EntityMention]) -> Who:
    """ "…," kata Blinken / "…," katanya / "…," said Dr Hay / "…," the minister said."""
    pos = q.close_end
    line_end = text.find("\n", pos)
    hi = len(text) if line_end < 0 else line_end
    m = _CUE_AFTER.match(text, pos, hi)
    if m:
        cue = m.group(1) + (m.group(2) or "")
        if m.group(2):
            return Who(None, None, None, cue.casefold(), pronoun=True)
        # "kata Kepala BPBD Watugede Agus Prasetyo": title, body, seat, then the person, last.
        end = phrase_end(text, m.end(), hi)
        who = speaker_in(text, m.end(), end, entities, m.group(1).casefold(), last=True)
        clause = re.match(r"[^,.;!?\n“”\"]*", text[m.end() : hi])
        described = who.type == "ROLE" or (clause and clause.group().lstrip()[:1].islower())
        if described and clause and _ANAPHORIC_END.search(clause.group()):
            # "kata politisi yang juga … itu", "ungkap eks pemain klub X tersebut": the one named before
            return Who(None, None, None, who.cue, pronoun=True)
        whole = _DESCRIPTION.match(text, m.end(), hi)
        if described and whole and _ANAPHORIC_END.search(whole.group()) and not stops_phrase(whole.group()):
            # "tandas cucu mursyid Shiddiqiyah Jombang, KH Muchtar Mu'ti ini": a description over a comma
            return Who(None, None, None, who.cue, pronoun=True)
        return who
    m = ACCORDING_AFTER.match(text, pos, hi)
    if m and _ends_sentence(text, q) and m.group().lstrip(" ,")[:1].isupper():
        m = None  # "… goes . '' According to public records , Dr Murray …": the next sentence's source
    if m:  # "…," according to state TV / "…," according to Dr Hay , who …
        end = phrase_end(text, m.end(), hi)
        who = speaker_in(text, m.end(), end, entities, "according to")
        if who.speaker or who.pronoun:
            return who
    m = _STATEMENT_AFTER.match(text, pos, hi)
    if m:
        return speaker_in(text, m.end(), phrase_end(text, m.end(), hi), entities, "pernyataan", last=True)
    m = _QUOTED_AS.match(text, pos, hi)
    if m:  # "…," local media quoted Redknapp as saying
        return speaker_in(text, m.start(1), m.end(1), entities, "quoted")
    m = _SAID_AFTER.match(text, pos, hi)
    if m and m.group(1) not in _ADDRESS_VERBS:
        end = phrase_end(text, m.end(), hi)
        return speaker_in(text, m.end(), end, entities, m.group(1).casefold())
    if m:
        return NOBODY  # "… '' , told Winfrey he was …": the name after "told" is the one spoken to
    m = _SUBJECT_AFTER.match(text, pos, hi)
    if m and m.group(2) in VERBS_EN and not closes_clause(text, q):
        comma = m.group(1).rfind(",")
        if comma >= 0 and _attribution_ends().match(text, m.end(), hi):
            # "… `` we would have huddled up '' it , Guide said .": the sentence's own attribution
            return subject_before(text, m.start(1) + comma + 1, m.end(1), entities, m.group(2).casefold())
        return NOBODY  # "…" by nations enforcing it U.S. officials have said: the quote is mid-sentence
    if m and _SUBORDINATE.match(m.group(1)) and re.match(r"\s*[^\W\d_]", text[m.end() : hi]):
        return NOBODY  # "…," if the dose Dr Murray said he gave …: a clause of the quote's own sentence
    if m and not re.match(r"\s*(?::|,?\s*(?:``|[“\"„«]))", text[m.end() : hi]):
        # "…" X said: "…" introduces the next quote, not this one.
        if _ends_sentence(text, q) and _report_goes_on().match(text, m.end(), hi):
            # "… a lot." His family said the ride …, "… States." Ultimately, Hopkins argued, the sport …:
            # a new sentence reporting its own statement, not this quote's cue
            return NOBODY
        return subject_before(text, m.start(1), m.end(1), entities, m.group(2).casefold())
    return NOBODY


def closing_attribution(text: str, q: Quoted, entities: Sequence[EntityMention]) -> Who | None:
    """The attribution closing the sentence a quoted phrase stands in ("Mr Hayward was a "liability to
    the company" and had "become the whipping boy" , he told the BBC ." / "The U.S. government will keep
    a "boot on the neck" of BP , …, Interior Secretary Ken Salazar said on Sunday ."): its subject."""
    stop = _SENTENCE_STOP.search(text, q.close_end, min(len(text), q.close_end + _SENTENCE_REACH))
    if not stop or "\n" in text[q.close_end : stop.start()]:
        return None
    m = _closing_attribution().search(text, q.close_end, stop.end())
    if not m:
        return None
    who = subject_before(text, m.start(1), m.end(1), entities, m.group(2).casefold())
    return who if who.speaker or who.pronoun else None


_SENTENCE_REACH = 400
_SENTENCE_STOP = re.compile(
    r"(?<!\b[A-Z])(?<!\b(?:Mr|Dr|Ms|St|Jr))(?<!\b(?:Mrs|Gen|Sen|Gov|Rep))[.!?](?=\s|$)"
)


# ", <subject> <speech verb> [reporters | on Monday | in an interview … | the BBC] ." closing a sentence
_closing_attribution = lazy(
    r"\s,\s+((?:(?!''|``)[^,.;:!?\n“”\"«»]|\.(?=\S)|(?<=Dr|Mr|Ms)\.|(?<=Mrs)\.){1,80}?)\s+("
    + "|".join(sorted(v for v in VERBS_EN if v != "saying"))
    + r")"
    + ATTRIBUTION_TAIL
    + r"\s*[.!?]\s*$",
)


# After a speech verb: its reported clause, straight on or after a comma ("argued , the sport will").
_report_goes_on = lazy(r"\s*(?:,\s*(?!adding|saying|noting|calling|according)[a-z])?[^\W\d_]")


def _ends_sentence(text: str, q: Quoted) -> bool:
    """The quoted words end a sentence (a full stop, a question or exclamation mark): what follows the
    closing mark starts a new sentence (not after a comma: '"Ada lah...," Rina menimpali')."""
    return q.text.rstrip().endswith((".", "?", "!")) and "," not in text[q.end : q.close_end]


# English auxiliaries and adverbs between a subject and its speech verb ("had", "has also", "then").
_AUXILIARIES = re.compile(
    r"(?:\s+(?:had|has|have|was|is|were|would|will|could|should|did|does|also|then|later))+\s*$"
)


def subject_before(text: str, lo: int, hi: int, entities: Sequence[EntityMention], cue: str) -> Who:
    """The speaker written just before a speech verb: a pronoun right before it, or the last name."""
    words = re.findall(r"[^\W\d_]+", text[lo:hi])
    near = [w for w in words[-_PRONOUN_REACH:] if w.casefold() in PRONOUNS]
    if near:  # "he confidently declared"
        return Who(None, None, None, cue, pronoun=True, refers=pronoun_refers(near[-1]))
    if words and words[-1].casefold() == "it":  # "It said :": an organisation named before
        return Who(None, None, None, cue, pronoun=True, refers="it")
    auxiliary = _AUXILIARIES.search(text, lo, hi)
    if auxiliary and auxiliary.start() > lo:  # "The BP chief had remarked": the subject ends before "had"
        hi = auxiliary.start()
    apposed = apposed_subject(text, hi, entities)
    if apposed:  # "Ian MacDonald , an oceanography professor at Florida State University , said"
        return Who(apposed.text, (apposed.start, apposed.end), "PER", cue)
    opener = _OPENING_CLAUSE.search(text, lo, hi)
    if opener:  # "Quoting unnamed sources , the paper claimed": the subject after the opening clause
        lo = opener.end()
    who = speaker_in(text, lo, hi, entities, cue, last=True)
    if who.type == "ROLE" and who.span:  # "Korea Selatan pada Senin memperingatkan": the role ends at "pada"
        end = phrase_end(text, who.span[0], who.span[1])
        while end > who.span[0] and text[end - 1].isspace():
            end -= 1
        if who.span[0] < end < who.span[1]:
            who = replace(who, speaker=text[who.span[0] : end], span=(who.span[0], end))
    if who.type == "ROLE" or not (who.speaker or who.pronoun):
        # "A day after his ride Charlie said": the name right before the verb
        name = _name_before(text, lo, hi, entities)
        if name:
            return Who(name.text, (name.start, name.end), "PER", cue)
    return who


# A sentence opened by a participle's or a preposition's phrase ("On Europe ,"), then a comma and a short
# subject before the verb.
_OPENING_CLAUSE = re.compile(
    r"(?:^|(?<=[.!?\n])\s*|(?<=''|``)\s*)(?:[A-Z][a-z]{2,}(?:ing|ed)|On|In|At|After|Before|For|With|Despite)"
    r"\s[^,.;:!?\n`'\"“”]{1,60},(?=(?:\s+\S+){1,6}\s*$)"
)


def _name_before(text: str, lo: int, hi: int, entities: Sequence[EntityMention]) -> EntityMention | None:
    """The person whose name (or a word of a name the text gives in full) stands right before ``hi``."""
    m = re.search(r"([A-Z][^\W\d_]+(?:\s+[A-Z][^\W\d_]+){0,2})\s*$", text[lo:hi])
    if not m or not text[lo + m.start() - 1 : lo + m.start()].isspace():
        return None
    name = m.group(1)
    full = [e for e in entities if e.type == "PER" and set(name.split()) <= set(e.text.split())]
    if not full or is_function_word(name.split()[0]):
        return None
    return EntityMention(lo + m.start(1), lo + m.end(1), name, "PER")


def cue_before(text: str, q: Quoted, entities: Sequence[EntityMention]) -> Who:
    """Blinken memperingatkan bahwa "…" / Baerbock berkata: “…” / According to Dr Hay, "…"."""
    line_start = text.rfind("\n", 0, q.open_at) + 1
    dateline = _DATELINE.match(text, line_start, q.open_at)
    line_start = dateline.end() if dateline else line_start  # "Kota (Kantor Berita) - X berkata …"
    ends = list(LEAD_BREAK.finditer(text, line_start, q.open_at))
    lo = ends[-1].end() if ends else line_start
    lead = text[lo : q.open_at]
    tail = lead.rstrip()
    if not tail:
        return NOBODY
    named = _named_before_colon(text, q.open_at, entities)
    if named:
        return named
    lead_in = tail.endswith((",", ":"))  # only then is "menurut X," or a passive's agent the speaker
    according = list(ACCORDING.finditer(lead)) if lead_in else []
    if according:
        m = according[-1]
        return speaker_in(text, lo + m.start(1), lo + m.end(1), entities, "menurut")
    passive = list(_PASSIVE.finditer(lead)) if lead_in else []
    if passive:  # "Keluhan itu direspons Telkom dari akun …, "…"": its agent
        m = passive[-1]
        at = lo + m.end()
        who = speaker_in(text, at, phrase_end(text, at, q.open_at), entities, m.group(1).casefold())
        if who.speaker:
            return who
    verbs = list(VERB.finditer(lead))
    if not verbs:
        return NOBODY
    verb = verbs[-1]
    after = lead[verb.end() :]
    if len(after) > MAX_LEAD_AFTER_VERB:
        return NOBODY
    verb_at = lo + verb.start()
    if (
        tail.endswith(":")
        and verb.group(1) in ("says", "said")
        and _name_then_colon().fullmatch(after.rstrip())
    ):
        # "…, says Admiral Paul Zukunft , US Coast Guard :": the speaker is named after the verb
        at = lo + verb.end()
        who = speaker_in(text, at, phrase_end(text, at, q.open_at), entities, verb.group(1))
        if who.type == "PER":
            return who
    quoted_as = _quoted_object().search(lead, 0, verb.start()) if verb.group(1) == "saying" else None
    if quoted_as:  # "Ms Harrison quoted him as saying that this material "…"": the one quoted speaks
        at = lo + quoted_as.start(1)
        who = speaker_in(text, at, lo + quoted_as.end(1), entities, "quoted")
        if who.speaker or who.pronoun:
            return who
    if verb.group(1) == "saying" and lead[: verb.start()].rstrip().endswith(","):
        # "The US military has defended its handling …, saying it was doing "…"": the sentence's subject
        who = _clause_subject(text, lo, verb_at, entities, verb.group(1))
        if who.speaker or who.pronoun:
            return who
    who = subject_before(text, max(lo, verb_at - SPEAKER_WINDOW), verb_at, entities, verb.group(1))
    return who if who.speaker or who.pronoun else Who(None, None, None, verb.group(1))


# "X quoted him as saying": the object of "quoted", right before "as saying".
_quoted_object = lazy(r"\bquoted\s+([^.;:!?\n“”\"«»`']{1,60}?)\s+as\s+$")


# After an inverted "says": a capitalised name, maybe a role after a comma, then the colon.
_name_then_colon = lazy(r"\s+(?:[A-Z][\w.'-]*\s+){0,3}[A-Z][\w'-]+(?:\s*,\s*[^,.;:!?]{1,60})?\s*:")


# Where an English sentence's subject ends: a comma or its finite verb (an auxiliary or a past form).
_subject_end = lazy(
    r",|\s(?:has|have|had|is|was|are|were|will|would|could|can|may|might|must|should|did|does|[a-z]{2,}ed)\b",
)


_MAX_SUBJECT_WORDS = 8


# A sentence opening with an adverbial phrase before its subject.
_opener = lazy(
    r"\s*(?:For|Since|After|Before|When|While|As|In|On|At|During|Despite|Earlier|Later|Last|This|Asked)\b",
)


def _clause_subject(text: str, lo: int, hi: int, entities: Sequence[EntityMention], cue: str) -> Who:
    """The subject opening the sentence at ``lo`` (up to its finite verb), for a participle ("…, saying")."""
    end = _subject_end().search(text, lo, hi)
    if end and end.group() == "," and _opener().match(text, lo):
        # "For the first time since the crisis began , Obama cited …, saying": past the opening phrase
        lo = end.end()
        end = _subject_end().search(text, lo, hi)
    if not end or len(text[lo : end.start()].split()) > _MAX_SUBJECT_WORDS:
        return NOBODY
    return speaker_in(text, lo, end.start(), entities, cue)


def paragraph_subject(text: str, q: Quoted, entities: Sequence[EntityMention]) -> Who | None:
    """A bare quote after one sentence of its own paragraph whose subject, a person, speaks or takes a
    stance: that person's words ("Asep membantah dugaan tersebut. "Kata siapa? …"")."""
    line_start = text.rfind("\n", 0, q.open_at) + 1
    lead = text[line_start : q.open_at]
    if not lead.rstrip().endswith((".", ":")) or len(lead) > MAX_LEAD_AFTER_VERB * 2:
        return None
    if len(re.findall(r"[.!?](?=\s)", lead.rstrip()[:-1])) > 0:
        return None  # one sentence only
    first = next((e for e in entities if line_start <= e.start < line_start + _LEAD_REACH), None)
    if first is None or first.type != "PER" or not is_speaker(first, text):
        return None
    if text[line_start : first.start].strip() and not all(
        w.casefold().rstrip(".") in HONORIFICS for w in text[line_start : first.start].split()
    ):
        return None
    if not subjects([first], text).get(first.start):
        return None
    verb = _VERB_WORD.search(text, first.end, q.open_at)
    return Who(first.text, (first.start, first.end), "PER", verb.group() if verb else None)


_LEAD_REACH = 40


_VERB_WORD = re.compile(r"\b(?:me|ber)[a-z]{3,}\b")


def _named_before_colon(text: str, at: int, entities: Sequence[EntityMention]) -> Who | None:
    """The person named right before "name: "…"", with nothing but a title before the name on its line
    or after the previous sentence or quote."""
    colon = _NAME_COLON.search(text, max(0, at - 4), at)
    if not colon:
        return None
    person = next(
        (e for e in entities if e.end == colon.start() and e.type == "PER" and is_speaker(e, text)), None
    )
    if person is None:
        return None
    lead = text[max(0, person.start - 40) : person.start]
    opener = re.search(r"(?:^|[\n.!?]|''|[”\"'’])\s*((?:[A-Z][\w.]*\s+){0,2})$", lead)
    if not opener or any(w.casefold().rstrip(".") not in HONORIFICS for w in opener.group(1).split()):
        return None
    return Who(person.text, (person.start, person.end), "PER", ":")
