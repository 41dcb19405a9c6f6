"""JSON round-trip for warta's frozen dataclasses.

>>> from warta.types import Citation
>>> from_json(Citation, to_json(Citation("a1", 0, 5)))
Citation(article='a1', start=0, end=5)

Unknown keys in the input are ignored, so a newer writer's JSON still reads; missing keys
take the field's default, so an older writer's JSON still reads.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from functools import cache
from typing import Any, TypeVar, Union, get_args, get_origin

from warta.errors import InputError

T = TypeVar("T")


_PLAIN = (str, int, float, type(None))  # bool is an int
_PLAIN_TYPES = frozenset(
    {str, int, float, bool, type(None)}
)  # exactly these: to_dict gives them back as they are


@cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls))


def to_dict(obj: Any) -> Any:
    """A dataclass (or tuple/list/dict of them) as plain JSON-ready values."""
    if isinstance(obj, _PLAIN):  # most values: answered before the dataclass check
        return obj
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {name: to_dict(getattr(obj, name)) for name in _field_names(type(obj))}
    if isinstance(obj, tuple | list):
        if all(type(x) in _PLAIN_TYPES for x in obj):  # a record's embedding, terms, signature
            return list(obj)
        return [to_dict(x) for x in obj]
    if isinstance(obj, dict):
        return {str(k): to_dict(v) for k, v in obj.items()}
    return obj


def to_json(obj: Any, *, indent: int | None = 2) -> str:
    """Serialise a dataclass to JSON text (UTF-8, non-ASCII kept as is)."""
    return json.dumps(to_dict(obj), ensure_ascii=False, indent=indent)


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def from_dict(cls: type[T], data: Any) -> T:
    """Build ``cls`` from plain values produced by :func:`to_dict`."""
    return typing.cast(T, _convert(cls, data, cls.__name__))


def from_json(cls: type[T], text: str) -> T:
    """Parse JSON text into ``cls``."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"not valid JSON: {exc}; pass the output of `warta brief --format json`") from exc
    return from_dict(cls, data)


def _convert(tp: Any, value: Any, where: str) -> Any:
    origin = get_origin(tp)
    if tp is Any:
        return value
    if origin in (Union, types.UnionType):
        if value is None and type(None) in get_args(tp):
            return None
        errors = []
        for arg in get_args(tp):
            if arg is type(None):
                continue
            try:
                return _convert(arg, value, where)
            except (TypeError, ValueError, InputError) as exc:
                errors.append(str(exc))
        raise InputError(f"{where}: {value!r} fits none of {tp} ({'; '.join(errors)})")
    if origin is tuple:
        args = get_args(tp)
        if not isinstance(value, list | tuple):
            raise InputError(f"{where}: expected a list, got {type(value).__name__}")
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_convert(args[0], v, f"{where}[{i}]") for i, v in enumerate(value))
        return tuple(
            _convert(a, v, f"{where}[{i}]") for i, (a, v) in enumerate(zip(args, value, strict=True))
        )
    if origin is list:
        (arg,) = get_args(tp)
        return [_convert(arg, v, f"{where}[{i}]") for i, v in enumerate(value)]
    if origin is dict:
        _, varg = get_args(tp)
        return {str(k): _convert(varg, v, f"{where}.{k}") for k, v in value.items()}
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        if not isinstance(value, dict):
            raise InputError(f"{where}: expected an object, got {type(value).__name__}")
        hints = _hints(tp)
        kwargs = {}
        for f in dataclasses.fields(tp):
            if f.name in value:
                kwargs[f.name] = _convert(hints[f.name], value[f.name], f"{where}.{f.name}")
            elif f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
                raise InputError(f"{where}: missing field {f.name!r}")
        return tp(**kwargs)
    if tp is float and isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    if tp in (str, int, bool) and not isinstance(value, tp):
        raise InputError(f"{where}: expected {tp.__name__}, got {type(value).__name__}")
    if tp is int and isinstance(value, bool):
        raise InputError(f"{where}: expected int, got bool")
    return value
