"""The C writer of ``dumps`` (see ``_speedups.c``); absent from a pure-Python install."""

from collections.abc import Callable
from typing import Any

K_VALUE: int
K_MODEL: int
K_TUPLE_MODEL: int
K_TUPLE_VALUE: int
K_CALL: int
K_TUPLE_CALL: int
K_DATE: int
K_TIMESTAMP: int
O_ALWAYS: int
O_NONE: int
O_EMPTY: int
O_FALSE: int

def make_plan(
    cls: type,
    doc_head: bytes,
    tag_head: bytes,
    extras: object,
    fields: tuple[tuple[bytes, object, int, int, object], ...],
    /,
) -> object: ...
def set_partial_date(cls: type, /, *slots: object) -> None: ...
def dumps(
    obj: object,
    plans: dict[type, object],
    planner: Callable[[type], object],
    fallback: Callable[[Any, type | None], Any],
    empty: object,
    splice: Callable[[Any], bytes],
    /,
) -> bytes: ...
