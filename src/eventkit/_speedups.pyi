"""The C writer of ``dumps`` and reader of ``loads`` (see ``_speedups.c``); absent from a
pure-Python install."""

from collections.abc import Callable
from typing import Any

K_VALUE: int
R_STR: int
R_INT: int
R_BOOL: int
R_FLOAT: int
R_LITERAL: int
R_MODEL: int
R_TUPLE_STR: int
R_TUPLE_INT: int
R_TUPLE_BOOL: int
R_TUPLE_MODEL: int
R_DATE: int
R_CALL: int
R_TUPLE_CALL: int
R_TIMESTAMP: int
V_NONBLANK: int
V_OPT_NONBLANK: int
V_SPAN: int
V_ANY_SET: int
V_SHA256: int
V_SAME_TEXT: int
V_EVENT: int
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
def make_read_plan(
    cls: type,
    tag: str,
    extras: object,
    valid_method: bool,
    fields: tuple[tuple[str, object, int, bool, bool, object, object], ...],
    checks: tuple[tuple[int, tuple[int, int, int, int, int], object], ...],
    /,
) -> object: ...
def read_document(
    d: object,
    cls: type,
    ignored: int,
    plans: dict[type, object],
    planner: Callable[[type], object],
    by_tag: dict[str, type],
    empty: object,
    dates: dict[str, object],
    decline: type[BaseException],
    /,
) -> Any: ...
