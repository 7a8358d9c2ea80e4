"""JSON in and out: ``to_dict``/``from_dict``, ``dumps``/``loads``, and JSON Lines.

A document is a JSON object with the format version under ``"eventkit"``, the class's tag
under ``"type"``, then the fields in declaration order (None and empty values left out), then
any ``extras`` in sorted key order. The same object always gives the same bytes.
"""

from __future__ import annotations

import gc
import itertools
from collections.abc import Callable, Iterable, Iterator
from typing import IO, Any, TypeVar, overload

import orjson

from ._base import FORMAT_KEY, Model, Problems, decode_model, registered, type_name
from ._errors import DecodeError, EncodeError, ErrorDetail, EventkitError, ValidationError
from ._fast import (
    C_PLANS,
    C_WRITER,
    Slow,
    c_fallback,
    c_plan,
    c_read_arguments,
    decoder_for,
    document_encoder_for,
)
from ._frozen import EMPTY

__all__ = [
    "FORMAT_VERSION",
    "dump_lines",
    "dumps",
    "from_dict",
    "load_lines",
    "loads",
    "to_dict",
]

FORMAT_VERSION = 1
"""The version of the JSON format this eventkit writes and the newest it reads."""

M = TypeVar("M", bound=Model)

_NATIVE_DOCUMENTS: dict[type, Callable[[Any], dict[str, Any]]] = {}
_C_READ = c_read_arguments()
# The keys of a document that are not fields, by whether it has "type" and the format key.
_IGNORED = (((), (FORMAT_KEY,)), (("type",), ("type", FORMAT_KEY)))


def to_dict(obj: Model) -> dict[str, Any]:
    """The object as a JSON-ready ``dict``: format version, type tag, fields, extras.

    >>> from eventkit import Span
    >>> to_dict(Span(start=0, end=3, text="Kaz"))
    {'eventkit': 1, 'type': 'Span', 'start': 0, 'end': 3, 'text': 'Kaz'}

    Raises:
        EncodeError: ``obj`` is not a model object.
    """
    if not isinstance(obj, Model):
        raise EncodeError(f"Expected a model object such as `Event`, got `{type(obj).__name__}`")
    return document_encoder_for(type(obj))(obj)


def dumps(obj: Model, *, pretty: bool = False) -> bytes:
    """The object as UTF-8 JSON bytes (compact, or indented by two spaces with ``pretty``).

    >>> from eventkit import Span
    >>> dumps(Span(start=0, end=3, text="Kaz"))
    b'{"eventkit":1,"type":"Span","start":0,"end":3,"text":"Kaz"}'

    Raises:
        EncodeError: Something in it cannot be written as JSON (a lone surrogate in a string,
            an integer beyond 64 bits).
    """
    # The native encoder leaves timestamps for orjson, which writes them as isoformat does.
    encode = _NATIVE_DOCUMENTS.get(type(obj))
    if encode is None:
        if not isinstance(obj, Model):
            raise EncodeError(
                f"Expected a model object such as `Event`, got `{type(obj).__name__}`"
            )
        encode = _NATIVE_DOCUMENTS[type(obj)] = document_encoder_for(type(obj), native=True)
    if C_WRITER is not None and not pretty:
        try:
            return C_WRITER.dumps(obj, C_PLANS, c_plan, c_fallback, EMPTY, orjson.dumps)
        except Exception:  # the Python path below says what is wrong
            pass
    try:
        if pretty:
            return orjson.dumps(encode(obj), option=orjson.OPT_INDENT_2)
        return orjson.dumps(encode(obj))
    except orjson.JSONEncodeError as exc:
        raise EncodeError(f"Cannot write JSON: {exc}") from None


@overload
def from_dict(data: Any, cls: type[M], *, strict: bool = ...) -> M: ...
@overload
def from_dict(data: Any, cls: None = ..., *, strict: bool = ...) -> Model: ...
def from_dict(data: Any, cls: type[Model] | None = None, *, strict: bool = False) -> Model:
    """Build a model object from JSON-shaped data (``dict``/``list``/``str``/numbers).

    Args:
        data: The document.
        cls: The class expected. Its registered subclasses are accepted too, and built as
            themselves. ``None`` reads the class from the document's ``"type"``.
        strict: Reject unknown fields and unknown type tags instead of keeping them in
            ``extras``.

    Returns:
        The object, of ``cls`` or of the subclass the document names.

    Raises:
        ValidationError: The document does not describe a valid object. Every problem is
            listed with its JSON path.

    >>> from eventkit import Span
    >>> from_dict({"start": 0, "end": 3, "text": "Kaz"}, Span)
    Span(start=0, end=3, text='Kaz')
    >>> from_dict({"start": "0", "end": 3, "text": "Kaz"}, Span)
    Traceback (most recent call last):
    ...
    eventkit.ValidationError: Expected `int`, got `str` - at `$.start`
    """
    problems = Problems()
    if type(data) is not dict:
        problems.add("$", "type", f"Expected `object`, got `{type_name(data)}`", data)
        raise ValidationError(problems)
    version = data.get(FORMAT_KEY, FORMAT_VERSION)
    if type(version) is not int or not 1 <= version <= FORMAT_VERSION:
        problems.add(
            f"$.{FORMAT_KEY}",
            "version",
            f"Unsupported format version {version!r}; this eventkit reads 1 to {FORMAT_VERSION}",
            version,
        )
        raise ValidationError(problems)
    if cls is None:
        tag = data.get("type")
        found = registered(tag) if type(tag) is str else None
        if found is None:
            code, what = (
                ("missing", "has no `type`")
                if tag is None
                else ("unknown_type", f"has an unknown `type` {tag!r}")
            )
            problems.add("$.type", code, f"The document {what}; pass the class expected", tag)
            raise ValidationError(problems)
        cls = found
    elif not (isinstance(cls, type) and issubclass(cls, Model)):
        raise EventkitError(f"Expected a model class such as `Event`, got {cls!r}")
    tag = data.get("type")
    target: type[Model] | None = cls
    if tag is not None and tag != cls.__eventkit_tag__:
        target = registered(tag) if type(tag) is str else None
        if target is not None and not issubclass(target, cls):
            target = None
    if target is not None:
        ignore = _IGNORED["type" in data][FORMAT_KEY in data]
        if C_WRITER is not None:
            try:  # the C reader, for documents of known fields only (see _speedups.c)
                return C_WRITER.read_document(data, target, len(ignore), *_C_READ)  # type: ignore[no-any-return]
            except Exception:  # declined: the Python decoders accept it or say what is wrong
                pass
        try:
            return decoder_for(target, strict)(data, ignore)  # type: ignore[no-any-return]
        except (Slow, RecursionError):
            pass  # the slow path below finds and reports every problem
    try:
        obj = decode_model(cls, data, "$", problems, strict)
    except RecursionError:
        problems.add("$", "depth", "The document is nested too deeply")
    if problems:
        raise ValidationError(problems)
    return obj  # type: ignore[no-any-return]


def _parse_json(data: bytes | bytearray | memoryview | str) -> Any:
    if not isinstance(data, (bytes, bytearray, memoryview, str)):
        raise DecodeError(
            [ErrorDetail("$", "type", f"Expected `bytes` or `str`, got `{type(data).__name__}`")]
        )
    try:
        return orjson.loads(data)
    except orjson.JSONDecodeError as exc:
        where = f"line {exc.lineno}, column {exc.colno}"
        raise DecodeError(
            [ErrorDetail("$", "json", f"Invalid JSON at {where}: {exc.msg}")]
        ) from None


@overload
def loads(data: bytes | bytearray | memoryview | str, cls: type[M], *, strict: bool = ...) -> M: ...
@overload
def loads(
    data: bytes | bytearray | memoryview | str, cls: None = ..., *, strict: bool = ...
) -> Model: ...
def loads(
    data: bytes | bytearray | memoryview | str,
    cls: type[Model] | None = None,
    *,
    strict: bool = False,
) -> Model:
    """Read a model object from JSON text or UTF-8 bytes.

    Args:
        data: The JSON document.
        cls: The class expected, or ``None`` to read it from the document's ``"type"``.
        strict: Reject unknown fields and unknown type tags.

    Raises:
        DecodeError: The input is not valid JSON (bad syntax or UTF-8, NaN, an integer out of
            range, nesting too deep).
        ValidationError: The JSON does not describe a valid object.

    >>> from eventkit import Span
    >>> loads(b'{"type": "Span", "start": 0, "end": 3, "text": "Kaz"}')
    Span(start=0, end=3, text='Kaz')
    >>> loads(b'{"start": 0, "end": 3, "text": "Kazakh"}', Span)
    Traceback (most recent call last):
    ...
    eventkit.ValidationError: `text` has 6 characters but the span covers 3 - at `$.text`
    """
    return from_dict(_parse_json(data), cls, strict=strict)


@overload
def dump_lines(objs: Iterable[Model], fp: None = ...) -> bytes: ...
@overload
def dump_lines(objs: Iterable[Model], fp: IO[bytes]) -> int: ...
def dump_lines(objs: Iterable[Model], fp: IO[bytes] | None = None) -> bytes | int:
    """Write objects as JSON Lines: one compact document a line, each ending in ``\\n``.

    Returns the bytes, or, given a binary file ``fp``, writes to it and returns the number of
    lines written.

    >>> from eventkit import Span
    >>> dump_lines([Span(start=0, end=1, text="K"), Span(start=1, end=2, text="a")])
    b'{"eventkit":1,"type":"Span","start":0,"end":1,"text":"K"}\\n{"eventkit":1,"type":"Span","start":1,"end":2,"text":"a"}\\n'
    """
    if fp is None:
        return b"".join(dumps(obj) + b"\n" for obj in objs)
    count = 0
    for obj in objs:
        fp.write(dumps(obj) + b"\n")
        count += 1
    return count


def _lines(source: bytes | str | Iterable[bytes] | Iterable[str]) -> Iterator[bytes | str]:
    if isinstance(source, (bytes, bytearray)):
        return iter(bytes(source).split(b"\n"))
    if isinstance(source, str):
        return iter(source.split("\n"))
    return iter(source)


@overload
def load_lines(
    source: bytes | str | Iterable[bytes] | Iterable[str],
    cls: type[M],
    *,
    strict: bool = ...,
    on_error: Callable[[ValidationError], object] | None = ...,
) -> Iterator[M]: ...
@overload
def load_lines(
    source: bytes | str | Iterable[bytes] | Iterable[str],
    cls: None = ...,
    *,
    strict: bool = ...,
    on_error: Callable[[ValidationError], object] | None = ...,
) -> Iterator[Model]: ...
def load_lines(
    source: bytes | str | Iterable[bytes] | Iterable[str],
    cls: type[Model] | None = None,
    *,
    strict: bool = False,
    on_error: Callable[[ValidationError], object] | None = None,
) -> Iterator[Model]:
    """Read objects from JSON Lines, lazily, one a line; blank lines are skipped.

    Args:
        source: The whole text or bytes, or any iterable of lines (an open file, text or
            binary).
        cls: The class expected on every line, or ``None`` to read each line's ``"type"``.
        strict: As for :func:`loads`.
        on_error: Called with the error of each bad line, which is then skipped. Without it,
            the first bad line raises. Either way the error's ``line`` is the 1-based line
            number and its message starts with it.

    Lines are read and decoded a thousand at a time, with Python's cyclic garbage collector
    paused while a chunk is decoded (and restored before any object is handed back), and the
    objects read are parked in the collector's permanent generation until the end or the next
    hundred thousand lines; this makes reading a large file several times faster. It is
    skipped when the collector is off or the caller has frozen objects itself. See the
    performance page of the docs.

    Raises:
        ValidationError: A line is not a valid document (``DecodeError`` if it is not JSON),
            and no ``on_error`` was given. The objects of the lines before it are yielded
            first.

    >>> from eventkit import Span
    >>> bad = []
    >>> data = b'{"type":"Span","start":0,"end":1,"text":"K"}\\n{oops\\n'
    >>> [s.text for s in load_lines(data, Span, on_error=bad.append)]
    ['K']
    >>> print(bad[0])
    line 2: Invalid JSON at line 1, column 2: ... - at `$`
    """
    numbered = enumerate(_lines(source), start=1)
    # Park decoded objects in the collector's permanent generation (see _decode_chunk), unless
    # the caller manages freezing itself or has switched the collector off.
    freeze = gc.isenabled() and gc.get_freeze_count() == 0
    frozen_chunks = 0
    try:
        while True:
            chunk = list(itertools.islice(numbered, _CHUNK))
            if not chunk:
                return
            results = _decode_chunk(chunk, cls, strict)
            if freeze:
                frozen_chunks += 1
                if frozen_chunks == _UNFREEZE_EVERY:
                    gc.unfreeze()
                    frozen_chunks = 0
                else:
                    gc.freeze()
            for result in results:
                if isinstance(result, ValidationError):
                    if on_error is None:
                        raise result
                    on_error(result)
                else:
                    yield result
    finally:
        if freeze:
            gc.unfreeze()


_CHUNK = 1000
_UNFREEZE_EVERY = 100


def _decode_chunk(
    chunk: list[tuple[int, bytes | str]], cls: type[Model] | None, strict: bool
) -> list[Model | ValidationError]:
    """Decode numbered lines with the cyclic garbage collector paused.

    Model objects hold no reference cycles, so reference counting frees them; what the
    collector would do while millions of young objects are made is traverse them again and
    again. Pausing it for one chunk at a time, and only inside this function, keeps its state
    as the caller set it whenever the caller's own code runs.

    After each chunk ``load_lines`` also moves what is alive into the collector's permanent
    generation (``gc.freeze``), so that later collections do not walk the objects already
    read, and hands them all back (``gc.unfreeze``) every hundred chunks and at the end. A
    reference cycle that other code makes meanwhile is collected at most that much later;
    nothing is kept alive that reference counting would free.
    """
    results: list[Model | ValidationError] = []
    enabled = gc.isenabled()
    gc.disable()
    try:
        for number, line in chunk:
            if not line.strip():
                continue
            try:
                results.append(loads(line, cls, strict=strict))
            except ValidationError as exc:
                results.append(exc.at_line(number))
    finally:
        if enabled:
            gc.enable()
    return results
