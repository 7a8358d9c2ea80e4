"""Per-class encode and decode functions, generated once from the field plans.

The codec spends its time here, so these functions are written as Python source for each
class (one attribute read or dict lookup per field, type checks inline, no reflection per
call) and compiled with ``exec``, the way attrs builds ``__init__``.

Decoding has two paths. The *fast* path assumes the document is valid: it checks every field
type and every invariant a constructor checks, but builds no error messages. The moment
anything does not fit it raises :class:`Slow`, and the caller runs the slow, generic decoder
in ``_base`` over the whole document, which lists every problem with its path. So validation
costs nothing extra when the input is good and error reports stay complete when it is not.

The fast path itself comes in two forms. A *shape* decoder is compiled for one tuple of keys
(``("id", "text", "mode", "span")``, in the order the document has them; the writer always
uses the same order, so a class sees few shapes): it takes all the values at once with
``d.values()``, knows which fields are absent and so holds their defaults as constants, and
needs no count of unknown keys. Shapes are looked up by ``tuple(d)``, and a class keeps at
most ``_MAX_SHAPES`` of them; a document of any other shape, or with unknown keys kept in
``extras``, goes through the *general* decoder, which reads field by field with ``d.get``.
Both check exactly the same things.

Objects are built without calling ``__init__`` only for classes whose ``__init__`` is attrs'
own with no validators or converters and whose ``__attrs_post_init__`` is the model's; a user
class with checks of its own is built through its constructor. Setting a slot of a frozen
class costs a call of the slot's descriptor; instead the decoder makes the object as an
instance of a private *builder* subclass that adds no slots and lets attributes be set, sets
them, then gives the object its real class (``o.__class__ = cls``; the layouts are the same,
so CPython allows it). The builder classes are never registered and never leave this module,
but they do show in ``cls.__subclasses__()``.
"""

from __future__ import annotations

import datetime as _dt
import sys
import threading
import types
from collections.abc import Callable, Mapping
from typing import Any, cast

import attrs
import orjson

from ._base import (
    _BY_TAG,
    _SCALARS,
    FORMAT_KEY,
    Model,
    Plan,
    Problems,
    _DateTime,
    _Edtf,
    _Float,
    _Literal,
    _Model,
    _Optional,
    _Scalar,
    _Tuple,
    plan_for,
    registered,
)
from ._dates import PartialDate
from ._errors import EncodeError, ValidationError
from ._frozen import EMPTY, FrozenMap, freeze_json, thaw_json
from ._model import _SHA256, _ends_before

__all__ = [
    "C_PLANS",
    "C_WRITER",
    "Slow",
    "c_fallback",
    "c_plan",
    "c_read_arguments",
    "decoder_for",
    "document_encoder_for",
    "encoder_for",
]


class Slow(Exception):  # noqa: N818 - a signal, not an error users see
    """The fast decoder met something it does not accept; the slow path will explain."""


_LOCK = threading.RLock()
_READERS: dict[tuple[type, bool], _Reader] = {}
# Encoders by (class, native): native ones leave timestamps for orjson to write (dumps);
# the others return JSON-ready data only (to_dict).
_ENCODERS: dict[tuple[type, bool], Callable[[Any], dict[str, Any]]] = {}
_DOCUMENTS: dict[tuple[type, bool], Callable[[Any], dict[str, Any]]] = {}
_BUILDERS: dict[type, type | None] = {}

#: The most key tuples a class compiles a shape decoder for (per strictness and context).
_MAX_SHAPES = 32

# EDTF strings repeat (every event of a day has the same date): keep the parsed values.
_DATE_CACHE: dict[str, PartialDate] = {}
_DATE_CACHE_SIZE = 4096


class _DateBuilder(PartialDate):
    """Builds a PartialDate by plain attribute stores, as ``_builder`` does for models."""

    __slots__ = ()
    __setattr__ = object.__setattr__
    __delattr__ = object.__delattr__
    __init__ = object.__init__


_DAY_FROM_ISO = _dt.date.fromisoformat


def _plain_day(value: str) -> PartialDate:
    """``YYYY-MM-DD`` read as ``PartialDate.from_edtf`` reads it, without its regex and checks.

    ``date.fromisoformat`` takes only ASCII digits and real days of years 1 to 9999 and
    raises ValueError otherwise, where ``from_edtf`` would raise or (for other digits) agree.
    """
    if not value.isascii():
        return PartialDate.from_edtf(value)
    day = _DAY_FROM_ISO(value)
    date = _DateBuilder()
    date.year = day.year
    date.month = day.month
    date.day = day.day
    date.time = None
    date.approximate = False
    date.uncertain = False
    date.inferred = False
    date.__class__ = PartialDate
    return cast(PartialDate, date)


def _read_partial_date(value: Any) -> PartialDate:
    """A date the inline cache lookup did not find (or not a string)."""
    if type(value) is not str:
        if type(value) is dict:  # {"date": ..., "inferred": true}
            return _generic_reader(_SCALARS[PartialDate])(value)  # type: ignore[no-any-return]
        raise Slow
    found = _DATE_CACHE.get(value)
    if found is None:
        try:
            if len(value) == 10 and value[4] == "-" and value[7] == "-":
                found = _plain_day(value)
            else:
                found = PartialDate.from_edtf(value)
        except (ValueError, ValidationError):
            raise Slow from None
        if len(_DATE_CACHE) >= _DATE_CACHE_SIZE:
            _DATE_CACHE.clear()
        _DATE_CACHE[value] = found
    return found


_FROM_ISO = _dt.datetime.fromisoformat


def _generic_reader(spec: Any) -> Callable[[Any], Any]:
    """A reader for a spec without inline code: the spec's own decode, raising Slow."""

    def read(value: Any) -> Any:
        problems = Problems()
        result = spec.decode(value, "$", problems, False)
        if problems:
            raise Slow
        return result

    return read


def _int_to_float(value: int) -> float:
    try:
        return float(value)
    except OverflowError:  # beyond a float: the slow path reports it
        raise Slow from None


def _not_a_dict() -> Any:
    raise Slow


def _read_extras(
    d: dict[str, Any], names: frozenset[str], ignore: tuple[str, ...], strict: bool
) -> FrozenMap[Any]:
    if strict:
        raise Slow
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
    init = cls.__dict__.get("__init__") or getattr(cls, "__init__", None)
    code = getattr(init, "__code__", None)
    if code is None or not code.co_filename.startswith("<attrs generated"):
        return False
    if getattr(cls, "__attrs_post_init__", None) is not Model.__attrs_post_init__:
        return False
    if getattr(cls, "__attrs_pre_init__", None) is not None:
        return False
    for klass in cls.__mro__:
        # Checks of a class's own (`_invariants`) that no decoder test stands for (`_valid`,
        # `_fast_valid`) run only in the constructor.
        own = klass.__dict__
        if "_valid" in own or "_fast_valid" in own or klass is Model:
            break
        if "_invariants" in own:
            return False
    for field in attrs.fields(cls):
        if field.validator is not None or field.converter is not None:
            return False
        if not field.init or field.alias != field.name:
            return False
        if isinstance(field.default, attrs.Factory):  # type: ignore[arg-type]
            return False
    if "__slots__" not in cls.__dict__:
        return False
    # Every slot must be a field the decoder sets: attrs' own (the cached hash of
    # ``cache_hash=True``) are set by its __init__ only.
    names = {field.name for field in attrs.fields(cls)} | {"__weakref__", "__dict__"}
    return all(
        slot in names
        for klass in cls.__mro__
        for slot in _slot_names(klass.__dict__.get("__slots__", ()))
    )


def _slot_names(slots: Any) -> tuple[str, ...]:
    return (slots,) if isinstance(slots, str) else tuple(slots)


def _builder(cls: type) -> type | None:
    """The builder subclass of ``cls`` (see the module docstring), or None where it cannot be.

    It needs plain ``type`` as metaclass, ``object.__new__``, the model's own
    ``__init_subclass__`` (so that making it runs no user code), fields that are slots with
    identifier names, and a layout CPython lets an object change class between.
    """
    if cls in _BUILDERS:
        return _BUILDERS[cls]
    import keyword  # here, not at import time: only the first decode of a class needs it

    builder: type | None = None
    fits = (
        type(cls) is type
        and cls.__new__ is object.__new__  # type: ignore[comparison-overlap]
        and getattr(cls.__init_subclass__, "__func__", None)
        is Model.__dict__["__init_subclass__"].__func__
        and all(
            field.name.isidentifier()
            and not keyword.iskeyword(field.name)
            and isinstance(_static(cls, field.name), types.MemberDescriptorType)
            for field in attrs.fields(cls)
        )
    )
    if fits:
        namespace = {
            "__slots__": (),
            "__setattr__": object.__setattr__,
            "__delattr__": object.__delattr__,
            "__init__": object.__init__,
            "__module__": __name__,
            "__qualname__": f"_builder_of_{cls.__name__}",
            "__eventkit_builder__": True,
        }
        candidate = type(f"_builder_of_{cls.__name__}", (cls,), namespace)
        probe = candidate()
        try:
            probe.__class__ = cls
            builder = candidate
        except TypeError:  # a layout CPython will not switch between
            pass
        del probe
    _BUILDERS[cls] = builder
    return builder


def _static(cls: type, name: str) -> Any:
    for klass in cls.__mro__:
        if name in klass.__dict__:
            return klass.__dict__[name]
    return None


# -------------------------------------------------------------------------------- decoding


def decoder_for(cls: type, strict: bool) -> Callable[[dict[str, Any], tuple[str, ...]], Any]:
    """The fast decoder of ``cls``: ``decode(d, ignore)`` returns an instance or raises Slow.

    ``ignore`` names the keys of ``d`` that are not fields (``"type"``, the format key).
    """
    return _reader(cls, strict).decode


def _reader(cls: type, strict: bool) -> _Reader:
    found = _READERS.get((cls, strict))
    if found is None:
        with _LOCK:
            found = _READERS.get((cls, strict))
            if found is None:
                found = _Reader(cls, strict)
                _READERS[(cls, strict)] = found
    return found


class _Reader:
    """The fast decoding of one class (strict or not): its shapes and its general decoder."""

    def __init__(self, cls: type, strict: bool) -> None:
        self.cls = cls
        self.strict = strict
        self.plan = plan_for(cls)
        #: Shape decoders of objects nested in others, by key tuple; no key is ignored.
        self.shapes: dict[tuple[Any, ...], Callable[[dict[str, Any]], Any]] = {}
        #: Shape decoders reached through ``decode``, by key tuple, with the keys ignored.
        self.tops: dict[tuple[Any, ...], tuple[tuple[str, ...], Callable[[dict[str, Any]], Any]]]
        self.tops = {}
        self._general: Callable[[dict[str, Any], tuple[str, ...]], Any] | None = None
        names = self.plan.field_names
        self._shapable = "type" not in names and FORMAT_KEY not in names
        self._required = frozenset(f.name for f in self.plan.fields if f.required)

    def decode(self, d: dict[str, Any], ignore: tuple[str, ...]) -> Any:
        """Decode a dict whose ``ignore`` keys have been read by the caller."""
        keys = tuple(d)
        found = self.tops.get(keys)
        if found is not None:
            if found[0] == ignore:
                return found[1](d)
        elif len(self.tops) < _MAX_SHAPES:
            shape = self._shape(keys, ignore)
            if shape is not None:
                self.tops[keys] = (ignore, shape)
                return shape(d)
        return self.general(d, ignore)

    def nested(self, d: dict[str, Any]) -> Any:
        """Decode a dict found in a field, whose key tuple has no shape decoder yet."""
        if "type" in d:
            return self.tagged(d)
        if len(self.shapes) < _MAX_SHAPES:
            keys = tuple(d)
            shape = self._shape(keys, ())
            if shape is not None:
                self.shapes[keys] = shape
                return shape(d)
        return self.general(d, ())

    def tagged(self, d: dict[str, Any]) -> Any:
        """Decode a dict in a field of this class that carries a ``"type"`` tag."""
        tag = d["type"]
        base = self.cls
        if tag == base.__eventkit_tag__:  # type: ignore[attr-defined]
            return self.decode(d, ("type",))
        found = registered(tag) if type(tag) is str else None
        if found is None or not issubclass(found, base):
            raise Slow  # unknown or unfitting tags: the slow path keeps or reports them
        return _reader(found, self.strict).decode(d, ("type",))

    def general(self, d: dict[str, Any], ignore: tuple[str, ...]) -> Any:
        general = self._general
        if general is None:
            with _LOCK:
                general = self._general
                if general is None:
                    general = self._general = _compile_general(self)
        return general(d, ignore)

    def _shape(
        self, keys: tuple[Any, ...], ignore: tuple[str, ...]
    ) -> Callable[[dict[str, Any]], Any] | None:
        """A shape decoder for these keys, or None if they do not name only fields."""
        if not self._shapable:
            return None
        names = self.plan.field_names
        fields = set()
        for key in keys:
            if key in ignore:
                continue
            if type(key) is not str or key not in names:
                return None
            fields.add(key)
        if not self._required <= fields:
            return None
        with _LOCK:
            return _compile_shape(self, keys, ignore)


def _is_optional(spec: Any) -> bool:
    return isinstance(spec, _Optional)


class _Source:
    """Lines of generated source and the namespace they run in."""

    def __init__(self, reader: _Reader) -> None:
        self.reader = reader
        self.lines: list[str] = []
        self.ns: dict[str, Any] = {
            "Slow": Slow,
            "CLS": reader.cls,
            "EMPTY": EMPTY,
            "NOT_A_DICT": _not_a_dict,
            "str": str,
            "int": int,
            "float": float,
            "bool": bool,
            "dict": dict,
            "list": list,
            "tuple": tuple,
            "type": type,
            "len": len,
        }

    def add(self, line: str) -> None:
        self.lines.append(line)

    def value(self, spec: Any, var: str, indent: str, tag: str) -> None:
        """Lines that check ``var`` against ``spec`` and turn it into the Python value."""
        add, ns, strict = self.add, self.ns, self.reader.strict
        if isinstance(spec, _Scalar):
            ns[f"T_{tag}"] = spec.kind
            add(f"{indent}if type({var}) is not T_{tag}: raise Slow")
        elif isinstance(spec, _Float):
            ns["FLOAT"] = _int_to_float
            add(f"{indent}if type({var}) is not float:")
            add(f"{indent}    if type({var}) is not int: raise Slow")
            add(f"{indent}    {var} = FLOAT({var})")
        elif isinstance(spec, _Literal):
            ns[f"L_{tag}"] = {value: value for value in spec.values}
            add(f"{indent}if type({var}) is not str: raise Slow")
            add(f"{indent}{var} = L_{tag}.get({var})")
            add(f"{indent}if {var} is None: raise Slow")
        elif isinstance(spec, _Optional) and isinstance(spec.inner, _Scalar):
            ns[f"T_{tag}"] = spec.inner.kind
            add(f"{indent}if type({var}) is not T_{tag} and {var} is not None: raise Slow")
        elif isinstance(spec, _Optional):
            add(f"{indent}if {var} is not None:")
            self.value(spec.inner, var, indent + "    ", tag)
        elif isinstance(spec, _Model):
            nested = _reader(spec.cls, strict)
            ns[f"SH_{tag}"] = nested.shapes
            ns[f"MI_{tag}"] = nested.nested
            add(f"{indent}if type({var}) is not dict: raise Slow")
            add(f"{indent}{var} = (SH_{tag}.get(tuple({var})) or MI_{tag})({var})")
        elif isinstance(spec, _Tuple):
            inner = spec.inner
            add(f"{indent}if type({var}) is not list and type({var}) is not tuple: raise Slow")
            if isinstance(inner, _Scalar):
                ns[f"T_{tag}"] = inner.kind
                add(f"{indent}for x in {var}:")
                add(f"{indent}    if type(x) is not T_{tag}: raise Slow")
                add(f"{indent}{var} = tuple({var})")
            elif isinstance(inner, _Model):
                nested = _reader(inner.cls, strict)
                ns[f"SH_{tag}"] = nested.shapes
                ns[f"MI_{tag}"] = nested.nested
                read = f"(SH_{tag}.get(tuple(x)) or MI_{tag})(x)"
                # One element is common (a role, a title): no comprehension for it.
                add(f"{indent}if len({var}) == 1:")
                add(f"{indent}    x = {var}[0]")
                add(f"{indent}    if type(x) is not dict: raise Slow")
                add(f"{indent}    {var} = ({read},)")
                add(f"{indent}else:")
                add(
                    f"{indent}    {var} = tuple([{read} if type(x) is dict else NOT_A_DICT() "
                    f"for x in {var}])"
                )
            else:
                ns[f"G_{tag}"] = _generic_reader(inner)
                add(f"{indent}{var} = tuple([G_{tag}(x) for x in {var}])")
        elif isinstance(spec, _Edtf) and spec.cls is PartialDate:
            ns["DATES"] = _DATE_CACHE
            ns["READ_DATE"] = _read_partial_date
            add(f"{indent}x = DATES.get({var}) if type({var}) is str else None")
            add(f"{indent}{var} = READ_DATE({var}) if x is None else x")
        elif spec.name == "datetime":
            # fromisoformat gives a fixed-offset timezone or none: no zone, no offset.
            ns["FROM_ISO"] = _FROM_ISO
            ns["ValueError"] = ValueError
            add(f"{indent}if type({var}) is not str or 'T' not in {var}: raise Slow")
            add(f"{indent}try:")
            add(f"{indent}    {var} = FROM_ISO({var})")
            add(f"{indent}except ValueError:")
            add(f"{indent}    raise Slow from None")
            add(f"{indent}if {var}.tzinfo is None: raise Slow")
        else:
            ns[f"G_{tag}"] = _generic_reader(spec)
            add(f"{indent}{var} = G_{tag}({var})")

    def build(self, extras: str) -> None:
        """Lines that make the object from ``v0``... and ``extras``, check it and return it."""
        reader = self.reader
        cls, plan, ns, add = reader.cls, reader.plan, self.ns, self.add
        check = _validity_check(cls, plan)
        if "SHA256(" in check:
            ns["SHA256"] = _SHA256.fullmatch
        if not _builds_directly(cls):
            ns["VALIDATION_ERROR"] = ValidationError
            args = ", ".join(f"{field.name}=v{i}" for i, field in enumerate(plan.fields))
            add("    try:")
            add(f"        return CLS({args}{', ' if args else ''}extras={extras})")
            add("    except (VALIDATION_ERROR, ValueError, TypeError):")
            add("        raise Slow from None")
            return
        after = check == "o._valid()"
        if check and not after:
            add(f"    if not ({check}): raise Slow")
        builder = _builder(cls)
        if builder is not None:
            ns["BUILDER"] = builder
            add("    o = BUILDER()")
            for i, field in enumerate(plan.fields):
                add(f"    o.{field.name} = v{i}")
            add(f"    o.extras = {extras}")
            add("    o.__class__ = CLS")
        else:
            ns["NEW"] = object.__new__
            add("    o = NEW(CLS)")
            for i, field in enumerate(plan.fields):
                ns[f"S{i}"] = getattr(cls, field.name).__set__
                add(f"    S{i}(o, v{i})")
            ns["SX"] = cls.extras.__set__  # type: ignore[attr-defined]
            add(f"    SX(o, {extras})")
        if after:
            add(f"    if not ({check}): raise Slow")
        add("    return o")

    def compile(self, name: str) -> Any:
        return _build(self.lines, name, self.ns)


def _compile_general(reader: _Reader) -> Callable[[dict[str, Any], tuple[str, ...]], Any]:
    """The decoder for any dict: a ``d.get`` per field, unknown keys to ``extras``."""
    plan = reader.plan
    src = _Source(reader)
    src.ns.update({"NAMES": plan.field_names, "READ_EXTRAS": _read_extras, "STRICT": reader.strict})
    add = src.add
    required = sum(1 for f in plan.fields if f.required and not _is_optional(f.spec))
    add("def decode(d, ignore):")
    add(f"    present = len(ignore) + {required}")
    for i, field in enumerate(plan.fields):
        var = f"v{i}"
        key = field.name
        spec = field.spec
        optional = isinstance(spec, _Optional)
        if field.required and not optional:
            # Absent and null both fail here.
            add(f"    {var} = d.get({key!r})")
            add(f"    if {var} is None: raise Slow")
            src.value(spec, var, "    ", str(i))
        elif optional and (field.required or field.default is None):
            # A null reads as None and is not counted, so the object then goes through
            # READ_EXTRAS, which skips known names; a required key that is absent fails here.
            add(f"    {var} = d.get({key!r})")
            add(f"    if {var} is not None:")
            add("        present += 1")
            src.value(spec.inner, var, "        ", str(i))  # type: ignore[attr-defined]
            if field.required:
                add(f"    elif {key!r} not in d: raise Slow")
        else:
            src.ns[f"DEF{i}"] = field.default
            inner = spec.inner if isinstance(spec, _Optional) else spec
            add(f"    {var} = d.get({key!r})")
            add(f"    if {var} is None:")
            add(f"        if {key!r} in d:")
            if optional:
                add("            present += 1")  # a null: None, not the default
            else:
                add("            raise Slow")
            add("        else:")
            add(f"            {var} = DEF{i}")
            add("    else:")
            add("        present += 1")
            src.value(inner, var, "        ", str(i))
    add("    extras = EMPTY if present == len(d) else READ_EXTRAS(d, NAMES, ignore, STRICT)")
    src.build("extras")
    return src.compile(f"decoder {reader.cls.__qualname__}")  # type: ignore[no-any-return]


def _compile_shape(
    reader: _Reader, keys: tuple[str, ...], ignore: tuple[str, ...]
) -> Callable[[dict[str, Any]], Any]:
    """The decoder for dicts with exactly these keys, in this order."""
    plan = reader.plan
    index = {field.name: i for i, field in enumerate(plan.fields)}
    src = _Source(reader)
    add = src.add
    add("def decode(d):")
    targets = ["_" if key in ignore else f"v{index[key]}" for key in keys]
    if targets:
        add(f"    {', '.join(targets)}, = d.values()")
    present = {key for key in keys if key not in ignore}
    for i, field in enumerate(plan.fields):
        var = f"v{i}"
        if field.name in present:
            src.value(field.spec, var, "    ", str(i))
        elif field.default is None or field.default is False or field.default == ():
            add(f"    {var} = {field.default!r}")
        else:
            src.ns[f"DEF{i}"] = field.default
            add(f"    {var} = DEF{i}")
    src.build("EMPTY")
    shown = ",".join(str(key) for key in keys)
    return src.compile(f"decoder {reader.cls.__qualname__}({shown})")  # type: ignore[no-any-return]


def _build(lines: list[str], name: str, ns: dict[str, Any]) -> Any:
    """Compile generated source and return the one function it defines (kept as SOURCE)."""
    source = "\n".join(lines) + "\n"
    ns["SOURCE"] = source
    exec(compile(source, f"<eventkit {name}>", "exec"), ns)
    return ns[lines[0][4 : lines[0].index("(")]]


def _invariants_of(cls: type) -> Mapping[str, Any]:
    """The namespace of the class whose invariants the decoders check for ``cls``: the first
    in its MRO to set ``_valid`` or a ``_fast_valid`` expression (empty: nothing to check)."""
    for klass in cls.__mro__:
        if klass is Model:
            break
        own = klass.__dict__
        if "_valid" in own or own.get("_fast_valid"):
            return own
    return {}


def _validity_check(cls: type, plan: Plan) -> str:
    """The decoder's test of a class's invariants: its own expression, or a call of ``_valid``."""
    own = _invariants_of(cls)
    if "_valid" in own:
        return "o._valid()"
    expression = own.get("_fast_valid")
    if expression:
        names = {field.name: f"v{i}" for i, field in enumerate(plan.fields)}
        return str(expression.format(**names))
    return ""


# -------------------------------------------------------------------------------- encoding


def encoder_for(cls: type, native: bool = False) -> Callable[[Any], dict[str, Any]]:
    """The encoder of ``cls``: ``encode(obj)`` returns the object's fields as a dict.

    An object of a subclass comes back with its ``"type"`` tag first. With ``native``, the
    dict may hold values that orjson writes itself exactly as the JSON-ready form would be
    (timestamps); without, it holds JSON-ready data only.
    """
    found = _ENCODERS.get((cls, native))
    return found if found is not None else _compiled(_ENCODERS, cls, native)


def document_encoder_for(cls: type, native: bool = False) -> Callable[[Any], dict[str, Any]]:
    """The encoder of a whole document of ``cls``: format version, tag, fields, extras.

    Raises ``EncodeError`` for an object whose extras hold the format key.
    """
    found = _DOCUMENTS.get((cls, native))
    return found if found is not None else _compiled(_DOCUMENTS, cls, native)


def _compiled(
    table: dict[tuple[type, bool], Callable[[Any], dict[str, Any]]], cls: type, native: bool
) -> Callable[[Any], dict[str, Any]]:
    """Compile the encoders of ``cls`` once (both tables are filled together) and return the
    one ``table`` holds."""
    with _LOCK:
        if (cls, native) not in table:
            _compile_encoder(cls, native)
        return table[(cls, native)]


def encode_tagged(obj: Any, declared: type | None, native: bool = False) -> dict[str, Any]:
    """Encode an object found where ``declared`` was expected, with its tag if it differs."""
    cls = type(obj)
    out = encoder_for(cls, native)(obj)
    if cls is declared or "type" in out:
        return out
    return {"type": cls.__eventkit_tag__, **out}


def _add_extras(out: dict[str, Any], extras: FrozenMap[Any]) -> dict[str, Any]:
    for key in sorted(extras):
        if key not in out:
            out[key] = thaw_json(extras[key])
    if "type" in extras:
        # The tag of a subclass this reader did not know: it leads, as tags do.
        return {"type": extras["type"], **out}
    return out


def _add_document_extras(out: dict[str, Any], extras: FrozenMap[Any]) -> dict[str, Any]:
    if FORMAT_KEY in extras:
        raise EncodeError(f"`{FORMAT_KEY}` is the format key of a document; it cannot be an extra")
    for key in sorted(extras):
        if key not in out:
            out[key] = thaw_json(extras[key])
    if "type" in extras:
        out["type"] = thaw_json(extras["type"])  # a kept unknown tag replaces the class tag
    return out


_TIMEZONE = _dt.timezone


def _native_timestamp(value: _dt.datetime) -> Any:
    """The timestamp itself when orjson writes it as ``isoformat`` does, else the text."""
    offset = value.utcoffset()
    if type(value.tzinfo) is _TIMEZONE and not offset.seconds % 60 and not offset.microseconds:  # type: ignore[union-attr]
        return value
    return value.isoformat()


_TWO_DIGITS = tuple(f"{i:02d}" for i in range(100))


def _write_partial_date(value: PartialDate) -> Any:
    day = value.day
    if (  # PartialDate.to_edtf's own quick case, without the call
        day is not None
        and value.time is None
        and value.year >= 1000
        and not value.approximate
        and not value.uncertain
        and not value.inferred
    ):
        return f"{value.year}-{_TWO_DIGITS[value.month]}-{_TWO_DIGITS[day]}"  # type: ignore[index]
    if value.inferred:
        return {"date": value.to_edtf(), "inferred": True}
    return value.to_edtf()


def _omissions(plan: Plan) -> tuple[int, list[str]]:
    """How a document writes the fields of ``plan``: how many come first that are written
    whatever their value (no None, no tuple, no False default), and when each is left out:
    ``"never"``, ``"empty"`` (None or an empty tuple), ``"false"`` or ``"none"``. The Python
    encoders and the C writer's plans both follow it."""
    leading = 0
    for field in plan.fields:
        spec = field.spec
        if isinstance(spec, _Optional | _Tuple) or (not field.required and field.default is False):
            break
        leading += 1
    omitted = ["never"] * leading
    for field in plan.fields[leading:]:
        spec = field.spec
        if field.required and not isinstance(spec, _Optional):
            omitted.append("never")
        elif isinstance(spec, _Tuple) or (
            isinstance(spec, _Optional) and isinstance(spec.inner, _Tuple)
        ):
            omitted.append("empty")
        elif field.default is False:
            omitted.append("false")
        else:
            omitted.append("none")
    return leading, omitted


def _compile_encoder(cls: type, native: bool) -> None:
    plan = plan_for(cls)
    ns: dict[str, Any] = {
        "ADD_EXTRAS": _add_extras,
        "ADD_DOCUMENT_EXTRAS": _add_document_extras,
        "type": type,
        "len": len,
        "list": list,
        "map": map,
        "TAGGED": encode_tagged,
        "NATIVE": native,
        "CLS": cls,
        "EMPTY": EMPTY,
    }
    deferred: list[tuple[str, type]] = []

    def expression(spec: Any, var: str, tag: str) -> str:
        """An expression that writes ``var`` (never None here) as JSON-ready data."""
        if isinstance(spec, _Optional):
            return expression(spec.inner, var, tag)
        if spec.passthrough:
            return var
        if isinstance(spec, _Model):
            deferred.append((f"E_{tag}", spec.cls))
            return f"E_{tag}({var})"
        if isinstance(spec, _Tuple):
            if isinstance(spec.inner, _Model):
                deferred.append((f"E_{tag}", spec.inner.cls))
                return f"([E_{tag}({var}[0])] if len({var}) == 1 else list(map(E_{tag}, {var})))"
            return f"[{expression(spec.inner, 'x', tag)} for x in {var}]"
        if isinstance(spec, _Edtf) and spec.cls is PartialDate:
            ns[f"W_{tag}"] = _write_partial_date
        elif isinstance(spec, _DateTime) and native:
            ns[f"W_{tag}"] = _native_timestamp
        else:
            ns[f"W_{tag}"] = spec.encode  # other dates write themselves
        return f"W_{tag}({var})"

    # The fields written whatever their value that come first go straight into the dict
    # display.
    leading, omitted = _omissions(plan)
    items = ", ".join(
        f"{f.name!r}: {expression(f.spec, f'o.{f.name}', str(i))}"
        for i, f in enumerate(plan.fields[:leading])
    )
    test = {"never": "", "empty": "if v{i}: ", "false": "if v{i} is not False: "}
    body = []
    for i, field in enumerate(plan.fields):
        if i < leading:
            continue
        value = expression(field.spec, f"v{i}", str(i))
        body.append(f"    v{i} = o.{field.name}")
        when = test.get(omitted[i], "if v{i} is not None: ").format(i=i)
        body.append(f"    {when}out[{field.name!r}] = {value}")
    body.append("    x = o.extras")
    from ._codec import FORMAT_VERSION

    head = f"{FORMAT_KEY!r}: {FORMAT_VERSION!r}, 'type': {cls.__eventkit_tag__!r}"  # type: ignore[attr-defined]
    lines = [
        "def encode(o):",
        "    if type(o) is not CLS: return TAGGED(o, CLS, NATIVE)",
        f"    out = {{{items}}}",
        *body,
        "    return out if x is EMPTY else ADD_EXTRAS(out, x)",
        "",
        "def document(o):",
        f"    out = {{{head}{', ' if items else ''}{items}}}",
        *body,
        "    return out if x is EMPTY else ADD_DOCUMENT_EXTRAS(out, x)",
    ]
    _build(lines, f"encoder {cls.__qualname__}", ns)
    _ENCODERS[(cls, native)] = ns["encode"]
    _DOCUMENTS[(cls, native)] = ns["document"]
    for name, dependency in deferred:  # after registering: a class may nest itself
        ns[name] = encoder_for(dependency, native)


# -------------------------------------------------------------------------------- the C writer

_PARTIAL_DATE_SLOTS = ("year", "month", "day", "time", "approximate", "uncertain", "inferred")

try:  # the C writer of dumps, when it was built (see _speedups.c)
    from . import _speedups as _c_writer
except ImportError:  # pragma: no cover - a pure-Python install
    _c_writer = None  # type: ignore[assignment]
else:
    _c_writer.set_partial_date(
        PartialDate, *(getattr(PartialDate, name) for name in _PARTIAL_DATE_SLOTS)
    )
C_WRITER = _c_writer

#: The plans of the C writer by class; ``None`` for a class it leaves to Python.
C_PLANS: dict[type, Any] = {}


def c_plan(cls: type) -> Any:
    """The C writer's plan of ``cls`` (kept in ``C_PLANS``), or ``None`` when the class is
    written by its Python encoder: not a model, or a field that is not a slot or is of a type
    the plan cannot say (such as a tuple of tuples)."""
    return _c_planned(C_PLANS, cls, _make_c_plan, lambda model: True)


def _c_planned(
    table: dict[type, Any],
    cls: type,
    make: Callable[[Any, type[Model]], Any],
    fits: Callable[[type[Model]], bool],
) -> Any:
    """A plan of the C module for ``cls``, made by ``make`` and kept in ``table``; ``None``
    (kept too) for what is not a model class, does not ``fit``, or ``make`` cannot say."""
    c = C_WRITER
    assert c is not None  # called by the C module only
    plan = None
    if (
        isinstance(cls, type)
        and issubclass(cls, Model)
        and "__eventkit_builder__" not in vars(cls)
        and fits(cls)
    ):
        try:
            plan = make(c, cls)
        except (TypeError, ValueError, AttributeError):
            plan = None
    with _LOCK:
        table[cls] = plan
    return plan


def _make_c_plan(c: Any, cls: type[Model]) -> Any:
    plan = plan_for(cls)
    fields = []
    codes = {"never": c.O_ALWAYS, "empty": c.O_EMPTY, "false": c.O_FALSE, "none": c.O_NONE}
    for field, omitted in zip(plan.fields, _omissions(plan)[1], strict=True):
        spec = field.spec
        omit = codes[omitted]
        if isinstance(spec, _Optional):
            spec = spec.inner
        kind, arg = _c_kind(c, spec)
        key = b"," + orjson.dumps(field.name) + b":"
        fields.append((key, getattr(cls, field.name), kind, omit, arg))
    from ._codec import FORMAT_VERSION

    tag = orjson.dumps(cls.__eventkit_tag__)
    doc_head = (
        b"{" + orjson.dumps(FORMAT_KEY) + b":" + str(FORMAT_VERSION).encode() + b',"type":' + tag
    )
    return c.make_plan(cls, doc_head, b'{"type":' + tag, cls.extras, tuple(fields))


def _c_kind(c: Any, spec: Any) -> tuple[int, Any]:
    """How the C writer writes a value of ``spec`` (never None there), and with what."""
    if spec.passthrough:
        return c.K_VALUE, None
    if isinstance(spec, _Optional):
        raise TypeError("None inside a tuple")  # left to the Python encoder
    if isinstance(spec, _Model):
        return c.K_MODEL, spec.cls
    if isinstance(spec, _Tuple):
        inner = spec.inner
        if isinstance(inner, _Model):
            return c.K_TUPLE_MODEL, inner.cls
        kind, writer = _c_kind(c, inner)
        if writer is None or kind in (c.K_MODEL, c.K_TUPLE_MODEL, c.K_TUPLE_CALL):
            raise TypeError("a tuple of tuples")
        return c.K_TUPLE_CALL, writer
    if isinstance(spec, _Edtf) and spec.cls is PartialDate:
        return c.K_DATE, _write_partial_date
    if isinstance(spec, _DateTime):
        return c.K_TIMESTAMP, _native_timestamp
    return c.K_CALL, spec.encode


def c_fallback(obj: Any, declared: type | None) -> Any:
    """What the C writer asks Python for: the JSON-ready data of an object it does not write
    itself (one with extras, or of a class without a plan), as ``dumps`` would write it."""
    if declared is None:
        return document_encoder_for(type(obj), native=True)(obj)
    return encoder_for(declared, native=True)(obj)


#: The read plans of the C reader by class; ``None`` for a class it leaves to Python.
C_READ_PLANS: dict[type, Any] = {}


def c_read_plan(cls: type) -> Any:
    """The C reader's plan of ``cls`` (kept in ``C_READ_PLANS``), or ``None`` when its objects
    are read by the Python decoders: a class built through its constructor (validators,
    converters, its own ``__attrs_post_init__`` or ``_invariants``), one whose invariants the
    reader cannot check (an expression without ``_checks``), or a field the plan cannot say."""
    return _c_planned(
        C_READ_PLANS,
        cls,
        _make_c_read_plan,
        lambda model: _builds_directly(model) and _builder(model) is not None,
    )


def _make_c_read_plan(c: Any, cls: type[Model]) -> Any:
    plan = plan_for(cls)
    names = plan.field_names
    if "type" in names or FORMAT_KEY in names:
        raise TypeError("a field named like a key the document reserves")
    index = {field.name: i for i, field in enumerate(plan.fields)}
    valid_method = False
    checks: tuple[tuple[int, Any, Any], ...] = ()
    own = _invariants_of(cls)
    if "_checks" in own:
        checks = tuple(_c_check(c, check, index) for check in own["_checks"])
    elif "_valid" in own:
        valid_method = True  # called on the object, as the Python decoders do
    elif own:
        raise TypeError("invariants the C reader cannot check")
    fields = []
    for field in plan.fields:
        spec = field.spec
        nullable = isinstance(spec, _Optional)
        kind, arg = _c_read_kind(c, spec.inner if nullable else spec)  # type: ignore[attr-defined]
        fields.append(
            (
                sys.intern(field.name),
                getattr(cls, field.name),
                kind,
                nullable,
                field.required,
                None if field.required else field.default,
                arg,
            )
        )
    return c.make_read_plan(
        cls, cls.__eventkit_tag__, cls.extras, valid_method, tuple(fields), checks
    )


def _c_check(c: Any, check: tuple[str, ...], index: dict[str, int]) -> tuple[int, Any, Any]:
    """One entry of a class's ``_checks`` as the C reader's (op, field indices, arg)."""
    op, *names = check
    at = [index[name] for name in names]
    code = {
        "nonblank": c.V_NONBLANK,
        "nonblank_or_none": c.V_OPT_NONBLANK,
        "span": c.V_SPAN,
        "any_set": c.V_ANY_SET,
        "sha256": c.V_SHA256,
        "same_text": c.V_SAME_TEXT,
        "event": c.V_EVENT,
    }[op]
    return (code, tuple(at + [0] * (5 - len(at))), _ends_before if op == "event" else None)


_SCALAR_READS = {str: "R_STR", int: "R_INT", bool: "R_BOOL"}


def _c_read_kind(c: Any, spec: Any) -> tuple[int, Any]:
    """How the C reader reads a (non-null) value of ``spec``, and with what."""
    if isinstance(spec, _Scalar):
        return getattr(c, _SCALAR_READS[spec.kind]), None
    if isinstance(spec, _Float):
        return c.R_FLOAT, None
    if isinstance(spec, _Literal):
        return c.R_LITERAL, {value: value for value in spec.values}
    if isinstance(spec, _Model):
        return c.R_MODEL, spec.cls
    if isinstance(spec, _Tuple):
        inner = spec.inner
        if isinstance(inner, _Scalar):
            return getattr(c, "R_TUPLE_" + _SCALAR_READS[inner.kind][2:]), None
        if isinstance(inner, _Model):
            return c.R_TUPLE_MODEL, inner.cls
        return c.R_TUPLE_CALL, _generic_reader(inner)
    if isinstance(spec, _Edtf) and spec.cls is PartialDate:
        return c.R_DATE, _read_partial_date
    if isinstance(spec, _DateTime):
        return c.R_TIMESTAMP, _FROM_ISO
    return c.R_CALL, _generic_reader(spec)


def c_read_arguments() -> tuple[Any, ...]:
    """What the C reader's ``read_document(d, cls, ignored, *these)`` needs besides the
    document: the plans, the planner, the registry of tags, the empty extras, the shared
    cache of dates, and the exception it declines with."""
    return (C_READ_PLANS, c_read_plan, _BY_TAG, EMPTY, _DATE_CACHE, Slow)
