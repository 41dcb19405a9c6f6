"""Direct quotes (in any quotation-mark convention) and indirect speech, each with its speaker and cue.

A direct quote is text inside quotation marks that someone is said to have said: ``"…," kata X``,
``X mengatakan: "…"``, ``"…," X said``, or a bare quote carrying on the one before it. Indirect speech
("X mengatakan bahwa …", "menurut X, …", "X said that …") is ``kind="indirect"``: it is never shown
in quotation marks. A pronoun or a bare continuation takes the person last named or quoted before it;
a speaker the text does not give stays ``None``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from warta.extract.entity_mention import EntityMention
from warta.extract.gazetteer import is_function_word
from warta.extract.quote_labels import is_label, is_long_title, is_title, names_it
from warta.extract.quote_marks import Quoted, find_quoted
from warta.extract.quote_people import (
    aliases,
    fullest,
    nearest,
    nearest_org,
    ranked_names,
    short_names,
    subjects,
    titled_genders,
)
from warta.extract.quotes_en import (
    ACCORDING_AFTER,
    ACCORDING_AT_END,
    LEAD_BREAK,
    LEAD_ON,
    SAID_AT_END,
    apposed_subject,
    body_role,
    closes_clause,
    english_role,
    placed_names,
    sentence_pronoun,
)
from warta.extract.speaker_rank import rank_speakers
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
)
from warta.types import Span

_MIN_QUOTE_WORDS = 4  # shorter unattributed quoted text is a label ("teroris"), not a statement
_MIN_ATTRIBUTED_WORDS = 2  # an attributed quote may be short ("Saya siap," kata dia)
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
_VERB = re.compile(r"\b(" + "|".join(sorted(_VERBS)) + r")\b")
# Passive answers whose agent follows ("direspons Telkom", "dijawab oleh juru bicara").
_PASSIVE = re.compile(r"\b(di(?:respons|respon|jawab|tanggapi|balas))\s+(?:oleh\s+)?")
_ACCORDING = re.compile(r"\b(?:[Mm]enurut|[Aa]ccording\s+to)\s+([^,.\n:;]+)")
_SAID_CLAUSE = re.compile(r",\s*(" + "|".join(sorted(CUES_ID | {"said", "says"})) + r")(nya)?\b", re.I)
_QUOTED_AS = re.compile(
    r"[\s,]*(?:[^.;:!?\n“”\"«»]{0,60}?\s)?quoted\s+([^.;:!?\n“”\"«»]{1,60}?)\s+as\s+saying\b"
)
_SUBORDINATE = re.compile(
    r"(?:if|when|because|although|though|unless|whether|since|while|as|but|and|so|jika|kalau|karena|"
    r"ketika|saat|meski|namun|tetapi|dan)\s",
    re.IGNORECASE,
)
# "Dr Robert Waldman: "…"": a name alone before a colon and the mark, as in headlines and interviews.
_ANAPHORIC_END = re.compile(r"\s(?:itu|tersebut|ini)\s*$", re.IGNORECASE)
_NAME_COLON = re.compile(r"\s*:\s*$")
# A dateline opening the first paragraph: "Kota (Kantor Berita) - " or "Kota, Kantor Berita -- ".
_DATELINE = re.compile(r"[A-Z][^\n()\-–—,.]{0,30}(?:\([^()\n]{2,40}\)|,[^\n()\-–—,.]{2,30})\s*[-–—]{1,2}\s+")
_MAX_LEAD_AFTER_VERB = 240  # "X told me this afternoon that …: “…”": how far a verb may stand from the mark
_PRONOUN_REACH = 2  # a pronoun this many words before a speech verb is its subject
_LEAD_IN_BREAKS = 2  # a lead-in quote paragraph stands at most this many line breaks before its cue
_SPEAKER_WINDOW = 90
# Verbs whose bare complement is a reported clause ("X mengatakan pertemuan akan …"), not a noun object.
_CLAUSE_VERBS = frozenset(
    {"mengatakan", "menyatakan", "menyebut", "menyebutkan", "menjelaskan", "menegaskan", "menuturkan",
     "menambahkan", "berkata", "menilai", "mengaku", "mengakui", "said", "says"}
)  # fmt: skip
_MIN_CLAUSE_WORDS = 4  # how far before a speech verb its subject may start


@dataclass(frozen=True)
class QuoteMention:
    """One quote in an article: the quoted (or reported) text, its speaker and where both are."""

    start: int
    end: int
    text: str
    speaker: str | None
    speaker_span: Span | None
    kind: str  # "direct" (inside quotation marks) | "indirect" (reported speech)
    named: bool = False  # the speaker is a named entity, not a description ("seorang juru bicara")
    continues: bool = False  # a bare quote carrying on the previous one, with no attribution of its own
    cue: str | None = None  # the attribution word ("kata", "ujarnya", "said", "mengatakan")
    speaker_type: str | None = None  # "PER" | "ORG" | "ROLE", None when unknown
    speaker_name: str | None = None  # the fullest form of the speaker's name in this article


@dataclass(frozen=True)
class _Found:
    quote: QuoteMention
    who: Who
    follows: bool = False  # no attribution of its own: a continuation of the previous quote


def find_quotes(
    text: str,
    sentences: Sequence[Span],
    *,
    entities: Sequence[EntityMention] = (),
    language: str = "id",
    rank: bool = True,
) -> list[QuoteMention]:
    """Every direct and indirect quote in ``text``, in order, each with its speaker resolved if it can be;
    ``rank``: direct quotes' speakers chosen by the learned ranker over the rules' answer and the other
    candidates (:mod:`warta.extract.speaker_rank`), else the rules' answer."""
    # the cues of both languages are tried everywhere: outlets mix them
    spans = list(sentences) or _fallback_sentences(text)
    quoted = find_quoted(text)
    found: list[_Found] = []
    previous: Quoted | None = None
    for q in quoted:
        who = _after(text, q, entities) if q.closed else NOBODY
        # '"Sudah...," ucap Rina': one word in marks a named speaker is said to say is a quote
        fewest = 1 if who.cue and who.type == "PER" else _MIN_ATTRIBUTED_WORDS
        if who.cue is None:
            who = _before(text, q, entities)
            if who.cue is not None and (who.speaker or who.pronoun) and _inside_sentence(text, q):
                fewest = 1  # X said BP would "fix" it: one word quoted inside the speaker's sentence
        words = len(q.text.split())
        follows = who.cue is None and _follows(text, q, previous)
        # English quotes such fragments; a phrase the sentence names ("menganggapnya sebagai "…"") is a
        # label even inside a speaker's sentence
        label = language == "id" and (fewest > 1 or names_it(text, q)) and is_label(text, q)
        label = label or (who.cue is None and is_long_title(q.text))  # a title, theme or slogan
        if is_title(q.text) or words < fewest or label:
            continue
        if who.cue is None and not follows and words < _MIN_QUOTE_WORDS - 1:
            continue
        if who.cue is None and not follows:
            # "He also called on Obama to "bring the hammer"" / a paragraph's speaking subject
            who = sentence_pronoun(text, q) or _paragraph_subject(text, q, entities) or who
        previous = q
        found.append(_Found(QuoteMention(q.start, q.end, q.text, None, None, "direct"), who, follows))
    marked = [(q.open_at, q.close_end) for q in quoted]
    for sent in spans:
        if any(a < sent.end and sent.start < b for a, b in marked):
            continue
        reported = _indirect(text, sent, entities)
        if reported:
            found.append(reported)
    found.sort(key=lambda f: f.quote.start)
    found = _carried(_lead_ins(found, text), text)
    placed = placed_names(text, entities)
    people = [
        e
        for e in entities
        if e.type == "PER" and is_speaker(e, text) and not _inside(e, marked) and e.text not in placed
    ]
    extra = [*short_names(text, people, entities, marked), *ranked_names(text, entities, marked)]
    people = sorted([*people, *extra], key=lambda e: e.start)
    resolved = _resolve(found, people, entities, text, spans)
    if not rank:
        return resolved
    return rank_speakers(text, spans, entities, resolved, english=language == "en")


def _inside(e: EntityMention, marked: list[tuple[int, int]]) -> bool:
    return any(a <= e.start < b for a, b in marked)


def _inside_sentence(text: str, q: Quoted) -> bool:
    """The quoted words are part of a reported clause that goes on after them, in lower case ("said BP
    would "fix" it"), not a label the verb gives ("menyebut mereka "teroris"")."""
    after = text[q.close_end : q.close_end + 3].lstrip()
    if not (q.text[:1].islower() and after and (after[0].islower() or after[0] in ".,")):
        return False
    lead = text[max(0, q.open_at - _MAX_LEAD_AFTER_VERB) : q.open_at]
    verbs = list(_VERB.finditer(lead))
    if not verbs:
        return False
    verb = verbs[-1]
    return verb.group(1) not in _NAMING_VERBS or _CLAUSE.search(lead, verb.end()) is not None


# Verbs that also name or label ("menyebut mereka "teroris"", "described it as "…""): a short quote after
# them is a label unless a clause ("bahwa", "that") stands between.
_NAMING_VERBS = frozenset({"menyebut", "menyebutkan", "described", "called", "reported"})
_CLAUSE = re.compile(r"\b(?:that|bahwa)\b")


def _fallback_sentences(text: str) -> list[Span]:
    return [Span(m.start(), m.end()) for m in re.finditer(r"[^\n.!?]+[.!?]*", text) if m.group().strip()]


def _after(text: str, q: Quoted, entities: Sequence[EntityMention]) -> Who:
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
        return who
    m = ACCORDING_AFTER.match(text, pos, hi)
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
    if m:
        end = phrase_end(text, m.end(), hi)
        return speaker_in(text, m.end(), end, entities, m.group(1).casefold())
    m = _SUBJECT_AFTER.match(text, pos, hi)
    if m and _SUBORDINATE.match(m.group(1)) and re.match(r"\s*[^\W\d_]", text[m.end() : hi]):
        return NOBODY  # "…," if the dose Dr Murray said he gave …: a clause of the quote's own sentence
    if m and m.group(2) in VERBS_EN and not closes_clause(text, q):
        comma = m.group(1).rfind(",")
        if comma >= 0 and re.match(r"\s*[.!?](?:\s|$)", text[m.end() : hi]):
            # "… `` we would have huddled up '' it , Guide said .": the sentence's own attribution
            return _subject(text, m.start(1) + comma + 1, m.end(1), entities, m.group(2).casefold())
        return NOBODY  # "…" by nations enforcing it U.S. officials have said: the quote is mid-sentence
    if m and not re.match(r"\s*(?::|,?\s*(?:``|[“\"„«]))", text[m.end() : hi]):
        # "…" X said: "…" introduces the next quote, not this one.
        if _ends_sentence(text, q) and re.match(r"\s*[^\W\d_]", text[m.end() : hi]):
            return NOBODY  # "… a lot." His family said the ride …: a new sentence, not this quote's cue
        return _subject(text, m.start(1), m.end(1), entities, m.group(2).casefold())
    return NOBODY


def _ends_sentence(text: str, q: Quoted) -> bool:
    """The quoted words end with a full stop: what follows the closing mark starts a new sentence (not
    after a comma: '"Ada lah...," Rina menimpali')."""
    return q.text.rstrip().endswith(".") and "," not in text[q.end : q.close_end]


def _subject(text: str, lo: int, hi: int, entities: Sequence[EntityMention], cue: str) -> Who:
    """The speaker written just before a speech verb: a pronoun right before it, or the last name."""
    words = re.findall(r"[^\W\d_]+", text[lo:hi])
    near = [w for w in words[-_PRONOUN_REACH:] if w.casefold() in PRONOUNS]
    if near:  # "he confidently declared"
        return Who(None, None, None, cue, pronoun=True, refers=pronoun_refers(near[-1]))
    if words and words[-1].casefold() == "it":  # "It said :": an organisation named before
        return Who(None, None, None, cue, pronoun=True, refers="it")
    apposed = apposed_subject(text, hi, entities)
    if apposed:  # "Ian MacDonald , an oceanography professor at Florida State University , said"
        return Who(apposed.text, (apposed.start, apposed.end), "PER", cue)
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


def _before(text: str, q: Quoted, entities: Sequence[EntityMention]) -> Who:
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
    according = list(_ACCORDING.finditer(lead)) if lead_in else []
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
    verbs = list(_VERB.finditer(lead))
    if not verbs:
        return NOBODY
    verb = verbs[-1]
    after = lead[verb.end() :]
    if len(after) > _MAX_LEAD_AFTER_VERB:
        return NOBODY
    verb_at = lo + verb.start()
    who = _subject(text, max(lo, verb_at - _SPEAKER_WINDOW), verb_at, entities, verb.group(1))
    return who if who.speaker or who.pronoun else Who(None, None, None, verb.group(1))


def _paragraph_subject(text: str, q: Quoted, entities: Sequence[EntityMention]) -> Who | None:
    """A bare quote after one sentence of its own paragraph whose subject, a person, speaks or takes a
    stance: that person's words ("Asep membantah dugaan tersebut. "Kata siapa? …"")."""
    line_start = text.rfind("\n", 0, q.open_at) + 1
    lead = text[line_start : q.open_at]
    if not lead.rstrip().endswith((".", ":")) or len(lead) > _MAX_LEAD_AFTER_VERB * 2:
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


def _follows(text: str, q: Quoted, previous: Quoted | None) -> bool:
    """A bare quote continues the last one in its paragraph, or the one closing the paragraph before."""
    if previous is None:
        return False
    if q.reopens:
        return True
    gap = text[previous.close_end : q.open_at]
    if "\n" not in gap:
        # "…," he said . "…": the previous quote's own attribution stands between, at most one sentence;
        # a quote after other sentences of the paragraph is not its continuation
        stops = len(LEAD_BREAK.findall(gap))
        opens_sentence = re.search(r"(?:^|[.!?:]|''|[”\"])\s*$", text[: q.open_at]) is not None
        return stops == 0 or (stops == 1 and opens_sentence)  # not a phrase in marks mid-sentence
    line_start = text.rfind("\n", 0, q.open_at) + 1
    own_line = not text[line_start : q.open_at].strip()
    previous_line = text[: line_start - 1].rstrip().rsplit("\n", 1)[-1]
    return own_line and previous.close_end >= line_start - 1 - len(previous_line)


def _lead_ins(found: list[_Found], text: str) -> list[_Found]:
    """A bare quote paragraph right before an attributed one shares its speaker: Indonesian news often
    runs two quote paragraphs and names the speaker after the second ("…" ¶ "…," tambahnya)."""
    out = list(found)
    for i in range(len(out) - 2, -1, -1):
        here, after = out[i], out[i + 1]
        bare = here.who.cue is None and not here.follows and here.quote.kind == "direct"
        if not bare or after.quote.kind != "direct" or after.who.cue is None:
            continue
        gap = text[here.quote.end : after.quote.start]
        if gap.count("\n") <= _LEAD_IN_BREAKS and len(gap.strip(" \n\"“”'`,.")) == 0:
            out[i] = _Found(here.quote, replace(after.who, cue=None), follows=False)
    return out


def _carried(found: list[_Found], text: str) -> list[_Found]:
    """A bare quote paragraph right after a paragraph of reported speech carries on its speaker's words
    ("Airlangga menambahkan, upaya … ." ¶ "…"): the reporter paraphrases, then quotes."""
    out = list(found)
    for i in range(1, len(out)):
        here, before = out[i], out[i - 1]
        bare = here.who.cue is None and not here.follows and here.quote.kind == "direct"
        if not bare or before.quote.kind != "indirect" or not (before.who.speaker or before.who.pronoun):
            continue
        gap = text[before.quote.end : here.quote.start]
        if gap.count("\n") and len(gap.strip(" \n\"“”'`,.")) == 0:
            out[i] = _Found(here.quote, replace(before.who, cue=None), follows=False)
    return out


def _indirect(text: str, sent: Span, entities: Sequence[EntityMention]) -> _Found | None:
    """ "X mengatakan bahwa …", "…, kata X", "Menurut X, …", "X said that …" without quote marks."""
    body = sent.slice(text)
    according = _ACCORDING.search(body)
    if according and body[according.end() : according.end() + 1] == ",":
        lo, hi = sent.start + according.start(1), sent.start + according.end(1)
        who = speaker_in(text, lo, hi, entities, "menurut")
        if who.speaker or who.pronoun:
            return _Found(_clip(text, sent.start + according.end() + 1, sent.end), who)
    said = _SAID_CLAUSE.search(body)
    apposed = apposed_subject(text, sent.start + said.start(1), entities) if said else None
    if said and apposed:  # "Miranda Sevcik , a spokeswoman for Dr Murray , said the doctor was …"
        who = Who(apposed.text, (apposed.start, apposed.end), "PER", said.group(1).casefold())
        that = re.match(r"\s*(?:that\b)?", text[sent.start + said.end() : sent.end])
        begin = sent.start + said.end() + (that.end() if that else 0)
        return _Found(_clip(text, begin, sent.end), who)
    if said:
        at = sent.start + said.end()
        if said.group(2):
            who = Who(None, None, None, (said.group(1) + said.group(2)).casefold(), pronoun=True)
        else:
            who = speaker_in(text, at, phrase_end(text, at, sent.end), entities, said.group(1).casefold())
        if who.speaker or who.pronoun:
            return _Found(_clip(text, sent.start, sent.start + said.start()), who)
    according_end = ACCORDING_AT_END.search(body)
    if according_end:  # "… disperses naturally , according to Petty Officer Cory Mendenhall ."
        lo = sent.start + according_end.start(1)
        who = speaker_in(text, lo, phrase_end(text, lo, sent.end), entities, "according to")
        if who.type in ("PER", "ORG") or english_role(who):
            return _Found(_clip(text, sent.start, sent.start + according_end.start()), who)
    tail = SAID_AT_END.search(body)
    if tail:  # "… the outbreak could spread , Fukuda said ."
        lo, hi = sent.start + tail.start(1), sent.start + tail.end(1)
        who = _subject(text, lo, hi, entities, tail.group(2))
        if who.pronoun or who.type in ("PER", "ORG") or english_role(who):
            return _Found(_clip(text, sent.start, sent.start + tail.start()), who)
    verb = _VERB.search(body)
    if not verb:
        return None
    verb_at = sent.start + verb.start()
    who = speaker_in(
        text, max(sent.start, verb_at - _SPEAKER_WINDOW), verb_at, entities, verb.group(1), last=True
    )
    if not (who.pronoun or who.type in ("PER", "ORG") or english_role(who)):
        return None
    rest = body[verb.end() :]
    that = re.search(r"\b(?:bahwa|that)\b", rest[:_SPEAKER_WINDOW])
    comma = re.match(r"\s*[,:]", rest)
    if that:
        begin = sent.start + verb.end() + that.end()
    elif comma:
        begin = sent.start + verb.end() + comma.end()
    elif verb.group(1) in _CLAUSE_VERBS and len(rest.split()) >= _MIN_CLAUSE_WORDS:
        begin = sent.start + verb.end()  # "X menyebut Amien menerima …": the clause follows the verb
    else:
        return None
    return _Found(_clip(text, begin, sent.end), who)


def _next_start(found: list[_Found], f: _Found) -> int:
    """Where the item after ``f`` starts (the end of the list: ``f``'s own end)."""
    i = found.index(f)
    return found[i + 1].quote.start if i + 1 < len(found) else f.quote.end


def _clip(text: str, start: int, end: int) -> QuoteMention:
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;"):
        end -= 1
    return QuoteMention(start, end, text[start:end], None, None, "indirect")


def _resolve(
    found: list[_Found],
    people: list[EntityMention],
    entities: Sequence[EntityMention],
    text: str,
    sentences: Sequence[Span],
) -> list[QuoteMention]:
    """Fill in each quote's speaker; pronouns and continuations take the last person seen."""
    out: list[QuoteMention] = []
    last = NOBODY  # the last named speaker, for pronouns
    last_person = NOBODY  # the last person (or role) speaker, for he and she
    last_org = NOBODY  # the last organisation speaker, for it
    before = NOBODY  # the previous direct quote's speaker, for continuations
    previous_end = 0
    reported: tuple[tuple[int, int], Who] | None = None  # an English reported statement just before
    subject_at = subjects(people, text)
    names = aliases(text, people)
    genders = titled_genders(text)

    def gender(pronoun: str | None) -> Callable[[str], bool] | None:
        """Whether a name may be the pronoun's person: not one the text titles the other way."""
        if pronoun not in ("he", "she"):
            return None
        other = "f" if pronoun == "he" else "m"
        return lambda name: all(genders.get(w) != other for w in name.split())

    for f in found:
        quote, who = f.quote, f.who
        if quote.kind == "indirect" and len(quote.text.split()) < _MIN_ATTRIBUTED_WORDS:
            continue
        if quote.kind == "direct" and who.cue is None and reported and LEAD_ON.fullmatch(text, *reported[0]):
            # "X told the BBC that it was too early . "We do n't know …"": the reported speaker goes on,
            # also after another's quote ("…," A said . B said pupils were … . "…")
            who = replace(reported[1], cue=None)
        elif f.follows:
            who = replace(before, cue=None)
        elif who.pronoun and who.refers == "it":
            who = nearest_org(quote.start, previous_end, last_org, entities, text, who.cue)
        elif who.pronoun:
            since = last_person if who.refers in ("he", "she") else last
            quoted = quote.text if quote.kind == "direct" else ""
            who = nearest(
                quote.start,
                previous_end,
                since,
                people,
                subject_at,
                who.cue,
                gender=gender(who.refers),
                quoted=quoted,
            )
        if who.speaker and who.type in ("PER", "ORG", "ROLE"):
            last = who  # "A police spokesman said … . He said : "…"": a role a pronoun takes up
            if who.type == "ORG" or body_role(who):
                last_org = who
            else:
                last_person = who
        if quote.kind == "direct":
            before = who
            previous_end = quote.end
        english = (
            quote.kind == "indirect" and who.speaker and (who.cue in VERBS_EN or who.cue == "according to")
        )
        reported = ((quote.end, _next_start(found, f)), who) if english else None
        span = Span(*who.span) if who.span else None
        out.append(
            replace(
                quote,
                speaker=who.speaker,
                speaker_span=span,
                named=who.type in ("PER", "ORG"),
                continues=f.follows,
                cue=who.cue,
                speaker_type=who.type,
                speaker_name=fullest(who, people, names),
            )
        )
    return out
