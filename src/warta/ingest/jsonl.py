"""JSON Lines: one article object a line, read lazily; bad lines become Skipped items naming the line.

>>> docs = list(jsonl_documents([b'{"body": "Isi.", "date": "2022-01-09T08:00:00Z"}'],
...                             source="a.jsonl", fields=field_map({"text": "body", "published": "date"})))
>>> docs[0].text, docs[0].published, docs[0].source
('Isi.', '2022-01-09', 'a.jsonl:1')
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from types import MappingProxyType
from typing import Any

from warta.errors import ConfigError
from warta.ingest.decode import Decoded, decode, normalise_newlines
from warta.ingest.formats import JSONL
from warta.ingest.published import iso_day
from warta.types import RawDocument, Skipped

FIELDS = ("text", "title", "url", "outlet", "published", "language")
_ONE_PER_LINE = 'write one article object per line, like {"text": "...", "title": "..."}'


def field_map(fields: Mapping[str, str] | None = None) -> Mapping[str, str]:
    """Our field name -> the input's key for it, with ``fields`` overriding the identity mapping.

    A key may be dotted (``"meta.date"``) to reach into a nested object.
    """
    given = dict(fields or {})
    unknown = sorted(set(given) - set(FIELDS))
    if unknown:
        raise ConfigError(
            f"unknown article field(s) {', '.join(map(repr, unknown))} in the field mapping; "
            f"map only {', '.join(FIELDS)} (e.g. text=body)"
        )
    for ours, theirs in given.items():
        if not isinstance(theirs, str) or not theirs.strip():
            raise ConfigError(f"the field mapping for {ours!r} is empty; give the input's key, e.g. {ours}=x")
    return MappingProxyType({name: given.get(name, name).strip() for name in FIELDS})


def jsonl_documents(
    lines: Iterable[bytes], *, source: str, fields: Mapping[str, str]
) -> Iterator[RawDocument | Skipped]:
    """One RawDocument (or Skipped) per non-blank line of ``lines``; ``source`` becomes ``source:LINE``."""
    seen_any = False
    for lineno, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        decoded = _line_text(line, first=lineno == 1)
        if decoded is None:
            seen_any = True
            yield Skipped(f"{source}:{lineno}", "line is not text", hint="save the file as UTF-8 JSON Lines")
            continue
        if not seen_any and decoded.text.strip() in ("{", "["):
            yield Skipped(
                source,
                "this is one pretty-printed JSON document, not JSON Lines",
                hint=f"{_ONE_PER_LINE}, e.g. with jq -c '.[]' in.json > out.jsonl",
            )
            return
        seen_any = True
        yield line_document(
            decoded.text, source=f"{source}:{lineno}", fields=fields, encoding=decoded.encoding
        )
    if not seen_any:
        yield Skipped(source, "no JSON lines in this file", hint=_ONE_PER_LINE)


def line_document(
    line: str, *, source: str, fields: Mapping[str, str], encoding: str = "utf-8"
) -> RawDocument | Skipped:
    """The article one JSON line holds, or a Skipped saying what the line lacks."""
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        return Skipped(source, f"not JSON ({exc.msg} at column {exc.colno})", hint=_ONE_PER_LINE)
    if not isinstance(obj, dict):
        return Skipped(source, f"a JSON {_kind(obj)}, not an object", hint=_ONE_PER_LINE)
    key = fields["text"]
    body = _lookup(obj, key)
    if not isinstance(body, str) or not body.strip():
        state = "no" if body is None else ("an empty" if isinstance(body, str) else "a non-string")
        keys = ", ".join(sorted(map(str, obj))[:12]) or "none"
        return Skipped(
            source,
            f"{state} {key!r} field with the article text",
            hint=f"its keys are {keys}; map the text key with a field mapping such as text=body",
        )
    return RawDocument(
        source=source,
        text=normalise_newlines(body),
        raw=line.rstrip("\r\n"),
        format=JSONL,
        title=_string(_lookup(obj, fields["title"])),
        url=_string(_lookup(obj, fields["url"])),
        outlet=_string(_lookup(obj, fields["outlet"])),
        published=iso_day(_lookup(obj, fields["published"])),
        language=_string(_lookup(obj, fields["language"])),
        encoding=encoding,
    )


def _line_text(line: bytes, *, first: bool) -> Decoded | None:
    if first and line.startswith(b"\xef\xbb\xbf"):
        line = line[3:]
    try:
        return Decoded(line.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        # JSON is UTF-8 by definition, but hand-made files are not always; a best guess beats a skip.
        return decode(line)


def _lookup(obj: Mapping[str, Any], key: str) -> Any:
    if key in obj:
        return obj[key]
    value: Any = obj
    for part in key.split("."):
        if not isinstance(value, Mapping) or part not in value:
            return None
        value = value[part]
    return value


def _string(value: Any) -> str | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, str | int | float):
        return str(value).strip() or None
    return None


def _kind(obj: Any) -> str:
    names = {list: "list", str: "string", int: "number", float: "number", bool: "boolean"}
    return "null" if obj is None else names.get(type(obj), type(obj).__name__)
