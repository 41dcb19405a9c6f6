"""Whether a sentence can stand alone in a summary, and the dateline it opens with.

A summary sentence is read without the sentences that came before it in its article, so it must not
lean on them. A sentence does not stand alone when it

- opens with a discourse connective or an anaphor whose antecedent is in the article, not in the
  summary ("Akibatnya, …", "Dengan temuan itu, …", "Hal itu …", "Kemarin, …", "Meanwhile, …",
  "He said …"): a closed class of function words, listed once below for both languages;
- opens in lower case or with closing punctuation (the splitter cut it mid-sentence or mid-quote);
- leaves a quotation open or closes one it did not open (unbalanced quotation marks);
- carries a hashtag or an @handle: a social-media post embedded in the article, not its statement.

A dateline ("JAKARTA, KOMPAS.com - ", "Liputan6.com, Jakarta: ") is not part of the statement: the
summary cites the sentence from after it (:func:`dateline_end`), so the cited span stays verbatim.
A sentence that leans on the one before it may follow that sentence in a summary, which then holds
its antecedent (:func:`warta.brief.summary.summarize` allows exactly that).
"""

from __future__ import annotations

import re

from warta.lazy_regex import lazy

# Connectives and anaphors that point back into the article. Matched at the sentence's start, case
# ignored, as whole words; "itu/ini/tersebut" phrases need the demonstrative within the first words.
_LEANS_ID = (
    r"akibatnya|sebelumnya|selanjutnya|kemudian|lalu|selain\s+itu|sementara\s+itu|di\s+sisi\s+lain"
    r"|namun|tetapi|tapi|akan\s+tetapi|meski(?:pun)?\s+(?:demikian|begitu)|walau(?:pun)?\s+demikian"
    r"|oleh\s+karena\s+itu|oleh\s+sebab\s+itu|karena\s+itu|maka(?:nya)?|untuk\s+itu|dengan\s+demikian"
    r"|adapun|bahkan|justru|sebab|sedangkan|padahal|kendati\s+demikian|hal\s+(?:itu|ini|tersebut|serupa)"
    r"|kemarin|tadi|saat\s+itu|ketika\s+itu|waktu\s+itu|pada\s+saat\s+itu|hari\s+itu"
    r"|ia|dia|mereka|beliau|keduanya|ketiganya|itu|ini|tersebut|yang|inilah|itulah"
    r"|(?:dengan|dari|atas|berdasarkan|menurut|dalam|usai|setelah|sesudah|sebelum|menanggapi|terkait)"
    r"\s+(?:\w+\s+){0,2}(?:itu|ini|tersebut)"
    r"|\w+(?:\s+\w+)?\s+(?:itu|ini|tersebut)"  # "Harga tersebut ...", "Kebijakan baru ini ..."
)
_LEANS_EN = (
    r"meanwhile|however|but|and|also|still|yet|instead|nevertheless|moreover|furthermore|besides"
    r"|as\s+a\s+result|therefore|thus|hence|earlier|later|then|yesterday|in\s+addition|in\s+turn"
    r"|he|she|they|it|this|that|these|those|his|her|their|its"
    r"|(?:after|before|with|despite|following|in|under|by)\s+(?:\w+\s+){0,2}(?:this|that|these|those)"
)
_LEANS = re.compile(rf"^[\s\"“‘'(]*(?i:{_LEANS_ID}|{_LEANS_EN})(?=[\s,.;:!?])")

# "JAKARTA, KOMPAS.com - ", "Liputan6.com, Jakarta - ", "TEMPO.CO, Jakarta -", "BANDUNG (Antara) - ":
# up to six capitalised words, commas, dots and a parenthesis, then a dash or colon and a space; it
# must hold an outlet-like domain or a word in capitals, so "Presiden Joko Widodo - " is not one.
_DATELINE = re.compile(
    r"^\s*(?P<head>(?:[A-Z][\w.&’'-]*|\([^()\n]{1,30}\))(?:[ ,]+(?:[A-Z][\w.&’'-]*|\([^()\n]{1,30}\))){0,5})"
    r"\s*[-–—:|]+\s+"
)


_outletish = lazy(r"\.(?i:com|co|id|net|org|tv)\b|\b[A-Z]{3,}\b")


_OPENERS = {"“": "”", "‘": "’"}


def dateline_end(text: str) -> int:
    """Where the statement starts after a leading dateline (0 when there is none)."""
    m = _DATELINE.match(text)
    if m is None or not _outletish().search(m["head"]) or len(text) - m.end() < 20:
        return 0
    return m.end()


def leans_on_context(text: str) -> bool:
    """Whether the sentence opens with a connective or anaphor that needs the sentences before it."""
    return bool(_LEANS.match(text))


def balanced_quotes(text: str) -> bool:
    """Whether every quotation the sentence opens it also closes, and it closes none it did not open."""
    for opening, closing in _OPENERS.items():
        if opening not in text and closing not in text:
            continue  # the depth stays 0: nothing opened, nothing closed
        depth = 0
        for ch in text:
            if ch == opening:
                depth += 1
            elif ch == closing:
                if closing == "’" and depth == 0:
                    continue  # an apostrophe ("Jum’at"), not a closing quote
                depth -= 1
                if depth < 0:
                    return False
        if depth > 0 and opening == "“":
            return False
    return text.count('"') % 2 == 0


def whole(text: str) -> bool:
    """Whether the sentence is whole: it opens as a sentence does and its quotation marks balance."""
    body = text[dateline_end(text) :].strip()
    if not body or body[0].islower() or body[0] in ",.;:)]”’!?":
        return False
    return balanced_quotes(body)


# "#PrayingForX", "@BNPB_Indonesia": a hashtag or handle after a space or at the start (not "C#", an e-mail).
_SOCIAL = re.compile(r"(?:^|(?<=[\s(“\"]))[#@][^\W\d_][\w.]{2,}")


def social_post(text: str) -> bool:
    """Whether the sentence carries a hashtag or an @handle (an embedded post or its credit line)."""
    return bool(_SOCIAL.search(text))


def stands_alone(text: str) -> bool:
    """Whether the sentence can be read alone: whole, and leaning on no sentence before it."""
    return whole(text) and not social_post(text) and not leans_on_context(text[dateline_end(text) :].strip())
