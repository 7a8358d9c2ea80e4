"""Per-class encode and decode functions, generated once from the field plans.

The codec spends its time here, so these functions are written as Python source for each
class (one attribute read or dict lookup per field, type checks inline, no reflection per
call) and compiled with ``exec``, the way attrs builds ``__init__``.

Decoding has two paths. The *fast* path assumes the document is valid: it checks every field
type and every invariant a constructor checks, but builds no error messages. The moment
anything does not fit it raises :class:`Slow`, and the caller runs the slow, generic decoder
in ``_base`` over the whole document, which lists every problem with its path. So validation
costs nothing extra when the input is good and error reports stay complete when it is not.

Objects are built without calling ``__init__`` (the slots are set directly) only for classes
whose ``__init__`` is attrs' own with no validators or converters and whose
``__attrs_post_init__`` is the model's; a user class with checks of its own is built through
its constructor.
"""

from __future__ import annotations

import datetime as _dt
import threading
from collections.abc import Callable
from typing import Any

import attrs

from ._dates import PartialDate
from ._errors import ValidationError
from ._frozen import EMPTY, FrozenMap, freeze_json, thaw_json

__all__ = ["Slow", "decoder_for", "encoder_for"]


class Slow(Exception):  # noqa: N818 - a signal, not an error users see
    """The fast decoder met something it does not accept; the slow path will explain."""


_MISSING = object()
_LOCK = threading.RLock()
_DECODERS: dict[tuple[type, bool], Callable[[dict[str, Any], tuple[str, ...]], Any]] = {}
_ENCODERS: dict[type, Callable[[Any], dict[str, Any]]] = {}

# EDTF strings repeat (every event of a day has the same date): keep the parsed values.
_DATE_CACHE: dict[str, PartialDate] = {}
_DATE_CACHE_SIZE = 4096


def _read_partial_date(value: Any) -> PartialDate:
    if type(value) is not str:
        if type(value) is dict:  # {"date": ..., "inferred": true}
            from ._base import _SCALARS

            return _generic_reader(_SCALARS[PartialDate])(value)  # type: ignore[no-any-return]
        raise Slow
    found = _DATE_CACHE.get(value)
    if found is None:
        try:
            found = PartialDate.from_edtf(value)
        except ValidationError:
            raise Slow from None
        if len(_DATE_CACHE) >= _DATE_CACHE_SIZE:
            _DATE_CACHE.clear()
        _DATE_CACHE[value] = found
    return found


def _read_timestamp(value: Any) -> _dt.datetime:
    if type(value) is not str or "T" not in value:
        raise Slow
    try:
        result = _dt.datetime.fromisoformat(value)
    except ValueError:
        raise Slow from None
    if result.utcoffset() is None:
        raise Slow
    return result


def _generic_reader(spec: Any) -> Callable[[Any], Any]:
    """A reader for a spec without inline code: the spec's own decode, raising Slow."""
    from ._base import Problems

    def read(value: Any) -> Any:
        problems = Problems()
        result = spec.decode(value, "$", problems, False)
        if problems:
            raise Slow
        return result

    return read


def _add_extras(out: dict[str, Any], extras: FrozenMap[Any]) -> dict[str, Any]:
    for key in sorted(extras):
        if key not in out:
            out[key] = thaw_json(extras[key])
    if "type" in extras:
        # The tag of a subclass this reader did not know: it leads, as tags do.
        return {"type": extras["type"], **out}
    return out


def _read_extras(
    d: dict[str, Any], names: frozenset[str], ignore: tuple[str, ...], strict: bool
) -> FrozenMap[Any]:
    if strict:
        raise Slow
    from ._base import Problems

    problems = Problems()
    found = {
        key: freeze_json(value, "$", problems)
        for key, value in d.items()
        if key not in names and key not in ignore
    }
    if problems:
        raise Slow
    return FrozenMap(found)


def _builds_directly(cls: type) -> bool:
    """Whether instances may be made by setting slots, skipping ``__init__``."""
    from ._base import Model

    init = cls.__dict__.get("__init__") or getattr(cls, "__init__", None)
    code = getattr(init, "__code__", None)
    if code is None or not code.co_filename.startswith("<attrs generated"):
        return False
    if getattr(cls, "__attrs_post_init__", None) is not Model.__attrs_post_init__:
        return False
    if getattr(cls, "__attrs_pre_init__", None) is not None:
        return False
    for field in attrs.fields(cls):
        if field.validator is not None or field.converter is not None:
            return False
        if not field.init or field.alias != field.name:
            return False
        if isinstance(field.default, attrs.Factory):  # type: ignore[arg-type]
            return False
    return "__slots__" in cls.__dict__


# -------------------------------------------------------------------------------- decoding


def decoder_for(cls: type, strict: bool) -> Callable[[dict[str, Any], tuple[str, ...]], Any]:
    """The fast decoder of ``cls``: ``decode(d, ignore)`` returns an instance or raises Slow.

    ``ignore`` names the keys of ``d`` that are not fields (``"type"``, the format key).
    """
    found = _DECODERS.get((cls, strict))
    if found is None:
        with _LOCK:
            found = _DECODERS.get((cls, strict))
            if found is None:
                found = _compile_decoder(cls, strict)
    return found


def _tagged_reader(base: type, strict: bool) -> Callable[[Any], Any]:
    """Read an object in a field typed ``base`` whose dict carries a ``"type"`` tag."""
    from ._base import registered

    base_tag = base.__eventkit_tag__  # type: ignore[attr-defined]

    def read(value: Any) -> Any:
        if type(value) is not dict:
            raise Slow
        tag = value["type"]
        if tag == base_tag:
            return decoder_for(base, strict)(value, ("type",))
        found = registered(tag) if type(tag) is str else None
        if found is None or not issubclass(found, base):
            raise Slow  # unknown or unfitting tags: the slow path keeps or reports them
        return decoder_for(found, strict)(value, ("type",))

    return read


def _compile_decoder(cls: type, strict: bool) -> Callable[[dict[str, Any], tuple[str, ...]], Any]:
    from ._base import (
        _Edtf,
        _Literal,
        _Model,
        _Optional,
        _Scalar,
        _Tuple,
        plan_for,
    )

    plan = plan_for(cls)
    ns: dict[str, Any] = {
        "Slow": Slow,
        "MISSING": _MISSING,
        "CLS": cls,
        "NEW": object.__new__,
        "EMPTY": EMPTY,
        "NAMES": plan.field_names,
        "READ_EXTRAS": _read_extras,
        "STRICT": strict,
        "str": str,
        "int": int,
        "bool": bool,
        "dict": dict,
        "list": list,
        "tuple": tuple,
        "type": type,
        "len": len,
    }
    lines = ["def decode(d, ignore):", "    present = len(ignore)"]
    deferred: list[tuple[str, type]] = []

    def emit_value(spec: Any, var: str, indent: str, tag: str) -> None:
        """Lines that check ``var`` against ``spec`` and turn it into the Python value."""
        if isinstance(spec, _Scalar):
            ns[f"T_{tag}"] = spec.kind
            lines.append(f"{indent}if type({var}) is not T_{tag}: raise Slow")
        elif isinstance(spec, _Literal):
            ns[f"L_{tag}"] = {value: value for value in spec.values}
            lines.append(f"{indent}if type({var}) is not str: raise Slow")
            lines.append(f"{indent}{var} = L_{tag}.get({var})")
            lines.append(f"{indent}if {var} is None: raise Slow")
        elif isinstance(spec, _Optional):
            lines.append(f"{indent}if {var} is not None:")
            emit_value(spec.inner, var, indent + "    ", tag)
        elif isinstance(spec, _Model):
            deferred.append((f"D_{tag}", spec.cls))
            ns[f"R_{tag}"] = _tagged_reader(spec.cls, strict)
            lines.append(f"{indent}if type({var}) is not dict: raise Slow")
            lines.append(
                f"{indent}{var} = R_{tag}({var}) if 'type' in {var} else D_{tag}({var}, ())"
            )
        elif isinstance(spec, _Tuple):
            inner = spec.inner
            lines.append(
                f"{indent}if type({var}) is not list and type({var}) is not tuple: raise Slow"
            )
            if isinstance(inner, _Scalar):
                ns[f"T_{tag}"] = inner.kind
                lines.append(f"{indent}for x in {var}:")
                lines.append(f"{indent}    if type(x) is not T_{tag}: raise Slow")
                lines.append(f"{indent}{var} = tuple({var})")
            elif isinstance(inner, _Model):
                deferred.append((f"D_{tag}", inner.cls))
                ns[f"R_{tag}"] = _tagged_reader(inner.cls, strict)
                lines.append(
                    f"{indent}{var} = tuple([D_{tag}(x, ()) if type(x) is dict and 'type' not in x "
                    f"else R_{tag}(x) for x in {var}])"
                )
            else:
                ns[f"G_{tag}"] = _generic_reader(inner)
                lines.append(f"{indent}{var} = tuple([G_{tag}(x) for x in {var}])")
        elif isinstance(spec, _Edtf) and spec.cls is PartialDate:
            ns["READ_DATE"] = _read_partial_date
            lines.append(f"{indent}{var} = READ_DATE({var})")
        elif spec.name == "datetime":
            ns["READ_TIMESTAMP"] = _read_timestamp
            lines.append(f"{indent}{var} = READ_TIMESTAMP({var})")
        else:
            ns[f"G_{tag}"] = _generic_reader(spec)
            lines.append(f"{indent}{var} = G_{tag}({var})")

    required = sum(1 for f in plan.fields if f.required and not isinstance(f.spec, _Optional))
    lines[1] = f"    present = len(ignore) + {required}"
    for i, field in enumerate(plan.fields):
        var = f"v{i}"
        key = field.name
        spec = field.spec
        if field.required and not isinstance(spec, _Optional):
            # Absent and null both fail here.
            lines.append(f"    {var} = d.get({key!r})")
            lines.append(f"    if {var} is None: raise Slow")
            emit_value(spec, var, "    ", str(i))
        elif isinstance(spec, _Optional) and (field.required or field.default is None):
            # A null reads as None and is not counted, so the object then goes through
            # READ_EXTRAS, which skips known names; a required key that is absent fails here.
            lines.append(f"    {var} = d.get({key!r})")
            lines.append(f"    if {var} is not None:")
            lines.append("        present += 1")
            emit_value(spec.inner, var, "        ", str(i))
            if field.required:
                lines.append(f"    elif {key!r} not in d: raise Slow")
        else:
            ns[f"DEF{i}"] = field.default
            inner = spec.inner if isinstance(spec, _Optional) else spec
            lines.append(f"    {var} = d.get({key!r})")
            lines.append(f"    if {var} is None:")
            lines.append(f"        if {key!r} in d:")
            if isinstance(spec, _Optional):
                lines.append("            present += 1")  # a null: None, not the default
            else:
                lines.append("            raise Slow")
            lines.append("        else:")
            lines.append(f"            {var} = DEF{i}")
            lines.append("    else:")
            lines.append("        present += 1")
            emit_value(inner, var, "        ", str(i))
    lines.append(
        "    extras = EMPTY if present == len(d) else READ_EXTRAS(d, NAMES, ignore, STRICT)"
    )

    if _builds_directly(cls):
        lines.append("    o = NEW(CLS)")
        for i, field in enumerate(plan.fields):
            ns[f"S{i}"] = getattr(cls, field.name).__set__
            lines.append(f"    S{i}(o, v{i})")
        ns["SX"] = cls.extras.__set__  # type: ignore[attr-defined]
        lines.append("    SX(o, extras)")
        check = _validity_check(cls, plan)
        if check:
            ns["SHA256"] = _sha256_match
            lines.append(f"    if not ({check}): raise Slow")
        lines.append("    return o")
    else:
        ns["VALIDATION_ERROR"] = ValidationError
        args = ", ".join(f"{field.name}=v{i}" for i, field in enumerate(plan.fields))
        lines.append("    try:")
        lines.append(f"        return CLS({args}{', ' if args else ''}extras=extras)")
        lines.append("    except (VALIDATION_ERROR, ValueError, TypeError):")
        lines.append("        raise Slow from None")

    decode: Callable[[dict[str, Any], tuple[str, ...]], Any] = _build(
        lines, f"decoder {cls.__qualname__}", ns
    )
    _DECODERS[(cls, strict)] = decode
    for name, dependency in deferred:
        ns[name] = decoder_for(dependency, strict)
    return decode


def _build(lines: list[str], name: str, ns: dict[str, Any]) -> Any:
    """Compile generated source and return the one function it defines (kept as SOURCE)."""
    source = "\n".join(lines) + "\n"
    ns["SOURCE"] = source
    exec(compile(source, f"<eventkit {name}>", "exec"), ns)
    return ns[lines[0][4 : lines[0].index("(")]]


def _sha256_match(value: str) -> object:
    from ._model import _SHA256

    return _SHA256.fullmatch(value)


def _validity_check(cls: type, plan: Any) -> str:
    """The decoder's test of a class's invariants: its own expression, or a call of ``_valid``."""
    from ._base import Model

    for klass in cls.__mro__:
        if klass is Model:
            return ""
        if "_valid" in klass.__dict__:
            return "o._valid()"
        expression = klass.__dict__.get("_fast_valid")
        if expression:
            names = {field.name: f"v{i}" for i, field in enumerate(plan.fields)}
            return str(expression.format(**names))
    return ""


# -------------------------------------------------------------------------------- encoding


def encoder_for(cls: type) -> Callable[[Any], dict[str, Any]]:
    """The encoder of ``cls``: ``encode(obj)`` returns the object's fields as a dict."""
    found = _ENCODERS.get(cls)
    if found is None:
        with _LOCK:
            found = _ENCODERS.get(cls)
            if found is None:
                found = _compile_encoder(cls)
    return found


def encode_tagged(obj: Any, declared: type | None) -> dict[str, Any]:
    """Encode an object found where ``declared`` was expected, with its tag if it differs."""
    cls = type(obj)
    out = encoder_for(cls)(obj)
    if cls is declared or "type" in out:
        return out
    return {"type": cls.__eventkit_tag__, **out}


def _compile_encoder(cls: type) -> Callable[[Any], dict[str, Any]]:
    from ._base import _Model, _Optional, _Tuple, plan_for

    plan = plan_for(cls)
    ns: dict[str, Any] = {"ADD_EXTRAS": _add_extras, "type": type, "TAGGED": encode_tagged}
    deferred: list[tuple[str, type]] = []

    def expression(spec: Any, var: str, tag: str) -> str:
        """An expression that writes ``var`` (never None here) as JSON-ready data."""
        if isinstance(spec, _Optional):
            return expression(spec.inner, var, tag)
        if spec.passthrough:
            return var
        if isinstance(spec, _Model):
            deferred.append((f"E_{tag}", spec.cls))
            ns[f"C_{tag}"] = spec.cls
            return f"(E_{tag}({var}) if type({var}) is C_{tag} else TAGGED({var}, C_{tag}))"
        if isinstance(spec, _Tuple):
            return f"[{expression(spec.inner, 'x', tag)} for x in {var}]"
        ns[f"W_{tag}"] = spec.encode  # dates and timestamps write themselves
        return f"W_{tag}({var})"

    lines = ["def encode(o):"]
    leading = []
    for field in plan.fields:
        if not field.required or isinstance(field.spec, _Optional):
            break
        leading.append(field)
    items = ", ".join(
        f"{f.name!r}: {expression(f.spec, f'o.{f.name}', str(i))}" for i, f in enumerate(leading)
    )
    lines.append(f"    out = {{{items}}}")
    for i, field in enumerate(plan.fields):
        if i < len(leading):
            continue
        spec = field.spec
        value = expression(spec, f"v{i}", str(i))
        lines.append(f"    v{i} = o.{field.name}")
        if field.required and not isinstance(spec, _Optional):
            lines.append(f"    out[{field.name!r}] = {value}")
        elif isinstance(spec, _Tuple) or (
            isinstance(spec, _Optional) and isinstance(spec.inner, _Tuple)
        ):
            lines.append(f"    if v{i}: out[{field.name!r}] = {value}")
        elif field.default is False:
            lines.append(f"    if v{i} is not False: out[{field.name!r}] = {value}")
        else:
            lines.append(f"    if v{i} is not None: out[{field.name!r}] = {value}")
    ns["EMPTY"] = EMPTY
    lines.append("    x = o.extras")
    lines.append("    return out if x is EMPTY else ADD_EXTRAS(out, x)")
    encode: Callable[[Any], dict[str, Any]] = _build(lines, f"encoder {cls.__qualname__}", ns)
    _ENCODERS[cls] = encode
    for name, dependency in deferred:
        ns[name] = encoder_for(dependency)
    return encode


def forget(cls: type) -> None:
    """Drop the compiled functions of a class (when it is registered again)."""
    for key in [k for k in _DECODERS if k[0] is cls]:
        del _DECODERS[key]
    _ENCODERS.pop(cls, None)
