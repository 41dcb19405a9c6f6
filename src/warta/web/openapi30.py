"""An OpenAPI 3.1 document rewritten as OpenAPI 3.0.3, for the bundled Swagger UI (4.x renders only 3.0).

FastAPI emits 3.1 (JSON Schema 2020-12). The docs page is fed this 3.0.3 copy; ``/openapi.json``
stays 3.1 for clients. What changes, schema by schema:

- ``anyOf``/``oneOf`` with ``{"type": "null"}``, and ``type: [T, "null"]`` → the other schema,
  ``nullable: true``;
- ``const: v`` → ``enum: [v]``; ``examples: [a, ...]`` → ``example: a``;
- numeric ``exclusiveMinimum``/``exclusiveMaximum`` → ``minimum``/``maximum`` with the boolean flag;
- ``$ref`` with sibling keywords (ignored in 3.0) → ``allOf: [{$ref}]`` beside them;
- ``contentMediaType``/``contentEncoding`` (file uploads) → ``format: binary``; ``prefixItems`` →
  ``items``; ``$schema``, ``$id``, ``$comment`` and the 3.1-only document fields are dropped.

>>> downgrade({"openapi": "3.1.0", "paths": {}, "components": {"schemas": {"A": {
...     "anyOf": [{"type": "string"}, {"type": "null"}], "title": "A"}}}})["components"]
{'schemas': {'A': {'title': 'A', 'nullable': True, 'type': 'string'}}}
"""

from __future__ import annotations

from typing import Any

VERSION = "3.0.3"
_DROPPED = ("$schema", "$id", "$comment", "$defs", "unevaluatedProperties", "dependentSchemas")
_SCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
_SCHEMA_MAPS = ("properties", "patternProperties")
_SCHEMA_ONES = ("items", "not", "additionalProperties")
_NULL = {"type": "null"}


def downgrade(document: dict[str, Any]) -> dict[str, Any]:
    """A 3.0.3 copy of an OpenAPI 3.1 document (the input is left as it is)."""
    out = {k: v for k, v in document.items() if k not in ("webhooks", "jsonSchemaDialect")}
    out["openapi"] = VERSION
    info = dict(out.get("info", {}))
    info.pop("summary", None)
    if "license" in info:
        info["license"] = {k: v for k, v in info["license"].items() if k != "identifier"}
    out["info"] = info
    out["paths"] = _walk_document(out.get("paths", {}))
    if "components" in out:
        components = dict(out["components"])
        components.pop("pathItems", None)
        if "schemas" in components:
            components["schemas"] = {n: schema(s) for n, s in components["schemas"].items()}
        out["components"] = _walk_document(components)
    return out


def _walk_document(node: Any) -> Any:
    """Outside schemas: find every ``schema`` (parameters, media types, headers) and convert it."""
    if isinstance(node, list):
        return [_walk_document(v) for v in node]
    if not isinstance(node, dict):
        return node
    out = {}
    for key, value in node.items():
        if key == "schema" and isinstance(value, dict):
            out[key] = schema(value)
        elif key == "schemas" and isinstance(value, dict):
            out[key] = value  # components.schemas: already converted by downgrade()
        elif key in ("examples",) and isinstance(value, dict):
            out[key] = value  # media-type examples keep their 3.0 form
        else:
            out[key] = _walk_document(value)
    return out


def schema(node: Any) -> Any:
    """One JSON Schema 2020-12 schema as an OpenAPI 3.0 Schema Object."""
    if not isinstance(node, dict):
        return node
    s = {k: v for k, v in node.items() if k not in _DROPPED}
    for key in _SCHEMA_LISTS:
        if key in s and isinstance(s[key], list):
            s[key] = [schema(v) for v in s[key]]
    for key in _SCHEMA_MAPS:
        if key in s and isinstance(s[key], dict):
            s[key] = {name: schema(v) for name, v in s[key].items()}
    for key in _SCHEMA_ONES:
        if key in s and isinstance(s[key], dict):
            s[key] = schema(s[key])
    _nullable(s)
    if "const" in s:
        s["enum"] = [s.pop("const")]
    if "examples" in s:
        examples = s.pop("examples")
        if isinstance(examples, list) and examples:
            s.setdefault("example", examples[0])
    for bound, flag in (("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum")):
        if isinstance(s.get(bound), int | float) and not isinstance(s.get(bound), bool):
            s[flag] = s.pop(bound)
            s[bound] = True
    if "contentMediaType" in s or "contentEncoding" in s:
        s.pop("contentMediaType", None)
        s.pop("contentEncoding", None)
        s.setdefault("format", "binary")
    if "prefixItems" in s:
        items = s.pop("prefixItems")
        s.setdefault("items", items[0] if len(items) == 1 else {"oneOf": items})
    if "$ref" in s and len(s) > 1:
        s = {"allOf": [{"$ref": s.pop("$ref")}], **s}
    return s


def _nullable(s: dict[str, Any]) -> None:
    """``anyOf [X, null]`` and ``type [T, "null"]`` → X / T with ``nullable: true`` (in place)."""
    kind = s.get("type")
    if isinstance(kind, list):
        rest = [t for t in kind if t != "null"]
        if len(rest) < len(kind):
            s["nullable"] = True
        if len(rest) == 1:
            s["type"] = rest[0]
        elif rest:
            del s["type"]
            s["anyOf"] = [{"type": t} for t in rest]
        else:
            del s["type"]
    elif kind == "null":
        del s["type"]
        s["nullable"] = True
    for key in ("anyOf", "oneOf"):
        options = s.get(key)
        if not isinstance(options, list) or not any(o in (_NULL, {"nullable": True}) for o in options):
            continue
        rest = [o for o in options if o not in (_NULL, {"nullable": True})]
        del s[key]
        s["nullable"] = True
        if len(rest) == 1:
            only = rest[0]
            if "$ref" in only and len(only) == 1:
                s["allOf"] = [only]  # a $ref has no siblings in 3.0: nullable beside an allOf
            else:
                for k, v in only.items():
                    s.setdefault(k, v)
        elif rest:
            s[key] = rest
