"""A read-only, hashable mapping and the freezing of JSON values kept in ``extras``."""

from __future__ import annotations

import math
from collections.abc import Iterator, Mapping
from typing import Any, TypeAlias, TypeVar

from ._errors import ErrorDetail

__all__ = ["FrozenMap", "JSONValue", "freeze_json", "thaw_json"]

V = TypeVar("V")

JSONValue: TypeAlias = (
    "bool | int | float | str | tuple[JSONValue, ...] | FrozenMap[JSONValue] | None"
)

_INT_MIN = -(2**63)
_INT_MAX = 2**64 - 1


class FrozenMap(Mapping[str, V]):
    """An immutable, hashable mapping from ``str`` keys to values.

    Used for ``extras``: the fields of a document that the model does not know, kept so that a
    load-change-dump cycle loses nothing. Equality ignores key order, like ``dict``.

    >>> m = FrozenMap({"b": 1, "a": (2, 3)})
    >>> m["a"], len(m), m == {"a": (2, 3), "b": 1}
    ((2, 3), 2, True)
    >>> m["c"] = 4
    Traceback (most recent call last):
    ...
    TypeError: 'FrozenMap' object does not support item assignment
    """

    __slots__ = ("_data", "_hash")

    _data: dict[str, V]
    _hash: int | None

    def __init__(self, data: Mapping[str, V] | None = None) -> None:
        object.__setattr__(self, "_data", dict(data) if data else {})
        object.__setattr__(self, "_hash", None)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"'FrozenMap' object attribute {name!r} is read-only")

    def __getitem__(self, key: str) -> V:
        return self._data[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def __contains__(self, key: object) -> bool:
        return key in self._data

    def __eq__(self, other: object) -> bool:
        if isinstance(other, FrozenMap):
            return self._data == other._data
        if isinstance(other, Mapping):
            return self._data == dict(other)
        return NotImplemented

    def __hash__(self) -> int:
        if self._hash is None:
            object.__setattr__(self, "_hash", hash(frozenset(self._data.items())))
        return self._hash  # type: ignore[return-value]

    def __repr__(self) -> str:
        return f"FrozenMap({self._data!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        return (FrozenMap, (self._data,))


EMPTY: FrozenMap[Any] = FrozenMap()


def freeze_json(value: Any, path: str, problems: list[ErrorDetail]) -> JSONValue:
    """Return ``value`` as an immutable JSON value, recording every problem under ``path``.

    Lists become tuples and dicts become :class:`FrozenMap`. Values JSON cannot hold exactly
    (NaN, Infinity, integers beyond 64 bits, non-string keys, other types) are problems.
    """
    if value is None or isinstance(value, (bool, str)):
        return value
    if isinstance(value, int):
        if not _INT_MIN <= value <= _INT_MAX:
            problems.append(
                ErrorDetail(path, "value", "Integer out of the 64-bit range JSON keeps", value)
            )
        return value
    if isinstance(value, float):
        if not math.isfinite(value):
            problems.append(ErrorDetail(path, "value", "NaN and Infinity are not JSON", value))
        elif abs(value) >= 2.0**63 and value.is_integer():
            # orjson reads an integer beyond 64 bits as a float: refuse it rather than keep
            # a rounded number the writer never wrote.
            problems.append(
                ErrorDetail(path, "value", "Number out of the 64-bit range JSON keeps", value)
            )
        return value
    if isinstance(value, (list, tuple)):
        return tuple(freeze_json(item, f"{path}[{i}]", problems) for i, item in enumerate(value))
    if isinstance(value, Mapping):
        out: dict[str, JSONValue] = {}
        for key, item in value.items():
            if not isinstance(key, str):
                problems.append(
                    ErrorDetail(
                        path, "type", f"Expected `str` keys, got `{type(key).__name__}`", key
                    )
                )
                continue
            out[key] = freeze_json(item, f"{path}.{key}", problems)
        return FrozenMap(out)
    problems.append(
        ErrorDetail(path, "type", f"Expected a JSON value, got `{type(value).__name__}`", value)
    )
    return None


def thaw_json(value: JSONValue) -> Any:
    """Return a frozen JSON value as plain ``dict``/``list`` data with sorted keys."""
    if isinstance(value, FrozenMap):
        return {key: thaw_json(value[key]) for key in sorted(value)}
    if isinstance(value, tuple):
        return [thaw_json(item) for item in value]
    return value
