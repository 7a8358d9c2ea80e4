"""The base of every model class: construction checks, the type registry, field plans.

Every object-shaped model class (``Event``, ``Participant``, ``Span``, a user's ``Ceremony``)
derives from :class:`Model`. Subclassing registers the class under a *tag* (its class name
unless given: ``class Ceremony(Event, tag="ceremony")``). The codec writes the tag as
``"type"`` and reads it back through the registry, so no input can make eventkit import a
module or build a class that was not defined and registered.

From each class's attrs fields and type hints we build, once and lazily, a *plan*: one
:class:`Spec` per field that knows how to check a Python value (constructors), read a JSON
value (decoder) and write one (encoder). The registry is the only global mutable state; it
is guarded by a lock and only ever grows.
"""

from __future__ import annotations

import datetime as _dt
import threading
import types
import typing
from collections.abc import Iterable, Mapping
from typing import Any, ClassVar, Literal, NamedTuple, get_args, get_origin

import attrs

from ._dates import DateRange, PartialDate
from ._errors import ErrorDetail, RegistryError, ValidationError
from ._frozen import EMPTY, FrozenMap, freeze_json

__all__ = ["FORMAT_KEY", "Model", "Plan", "Spec", "plan_for", "registered", "type_name"]

FORMAT_KEY = "eventkit"
"""The key of the format version at the top of a document."""

_RESERVED = frozenset({FORMAT_KEY})
_LOCK = threading.Lock()
_BY_TAG: dict[str, type[Model]] = {}


def type_name(value: object) -> str:
    """The JSON name of a value's type, for messages (``object``, ``array``, ``str``...)."""
    if value is None:
        return "null"
    if isinstance(value, Mapping):
        return "object"
    if isinstance(value, (list, tuple)):
        return "array"
    return type(value).__name__


def registered(tag: str) -> type[Model] | None:
    """The model class registered under ``tag``, or ``None``."""
    return _BY_TAG.get(tag)


class Problems(list[ErrorDetail]):
    """A list of problems being gathered while reading one document."""

    def add(self, path: str, code: str, message: str, value: object = None) -> None:
        self.append(ErrorDetail(path, code, message, value))


# --------------------------------------------------------------------------------------------
# Field specs: one per supported annotation shape.


class Spec:
    """How one field type is checked, read from JSON and written to JSON."""

    name: str = "?"
    #: True when ``encode`` returns the value unchanged (lets tuples pass straight to orjson).
    passthrough: bool = True

    def check(self, value: Any) -> bool:
        """Whether ``value`` is a valid Python value of this type (shallow for models)."""
        raise NotImplementedError

    def normalize(self, value: Any) -> Any:
        """Constructor convenience: lists become tuples, dicts become FrozenMaps."""
        return value

    def decode(self, value: Any, path: str, problems: Problems, strict: bool) -> Any:
        """Read a JSON value, adding a problem (and returning None) when it does not fit."""
        if self.check(value):
            return value
        problems.add(path, "type", f"Expected `{self.name}`, got `{type_name(value)}`", value)
        return None

    def encode(self, value: Any) -> Any:
        """Write a Python value of this type as JSON-ready data."""
        return value


class _Scalar(Spec):
    def __init__(self, kind: type) -> None:
        self.kind = kind
        self.name = kind.__name__

    def check(self, value: Any) -> bool:
        return type(value) is self.kind


class _Float(Spec):
    name = "float"

    def check(self, value: Any) -> bool:
        return type(value) is float or type(value) is int

    def decode(self, value: Any, path: str, problems: Problems, strict: bool) -> Any:
        if type(value) is int:
            try:
                return float(value)
            except OverflowError:
                problems.add(path, "value", "The number is too large for a float", value)
                return None
        return super().decode(value, path, problems, strict)


class _Optional(Spec):
    def __init__(self, inner: Spec) -> None:
        self.inner = inner
        self.name = f"{inner.name} | null"
        self.passthrough = inner.passthrough

    def check(self, value: Any) -> bool:
        return value is None or self.inner.check(value)

    def normalize(self, value: Any) -> Any:
        return None if value is None else self.inner.normalize(value)

    def decode(self, value: Any, path: str, problems: Problems, strict: bool) -> Any:
        if value is None:
            return None
        return self.inner.decode(value, path, problems, strict)


class _Literal(Spec):
    def __init__(self, values: tuple[Any, ...]) -> None:
        self.values = values
        self.name = " | ".join(repr(v) for v in values)

    def check(self, value: Any) -> bool:
        return type(value) is str and value in self.values

    def decode(self, value: Any, path: str, problems: Problems, strict: bool) -> Any:
        if type(value) is str and value in self.values:
            return value
        problems.add(path, "value", f"Expected one of {self.name}, got {value!r}", value)
        return None


class _Tuple(Spec):
    def __init__(self, inner: Spec) -> None:
        self.inner = inner
        self.name = f"array of {inner.name}"
        self.passthrough = inner.passthrough

    def check(self, value: Any) -> bool:
        return type(value) is tuple and all(self.inner.check(v) for v in value)

    def normalize(self, value: Any) -> Any:
        if isinstance(value, list):
            value = tuple(value)
        if type(value) is tuple:
            return tuple(self.inner.normalize(v) for v in value)
        return value

    def decode(self, value: Any, path: str, problems: Problems, strict: bool) -> Any:
        if type(value) is not list and type(value) is not tuple:
            problems.add(path, "type", f"Expected `array`, got `{type_name(value)}`", value)
            return None
        inner = self.inner
        return tuple(inner.decode(v, f"{path}[{i}]", problems, strict) for i, v in enumerate(value))


class _Model(Spec):
    passthrough = False

    def __init__(self, cls: type[Model]) -> None:
        self.cls = cls
        self.name = cls.__name__

    def check(self, value: Any) -> bool:
        return isinstance(value, self.cls)

    def decode(self, value: Any, path: str, problems: Problems, strict: bool) -> Any:
        return decode_model(self.cls, value, path, problems, strict)


class _Edtf(Spec):
    passthrough = False

    def __init__(self, cls: type[PartialDate] | type[DateRange]) -> None:
        self.cls = cls
        self.name = cls.__name__

    def check(self, value: Any) -> bool:
        return isinstance(value, self.cls)

    def decode(self, value: Any, path: str, problems: Problems, strict: bool) -> Any:
        inferred = False
        if self.cls is PartialDate and isinstance(value, dict):
            # {"date": "2025-04-24", "inferred": true}: the one form EDTF cannot say.
            unknown = sorted(set(value) - {"date", "inferred"})
            if unknown or type(value.get("inferred")) is not bool:
                problems.add(path, "type", "Expected an EDTF string or {date, inferred}", value)
                return None
            inferred, value = value["inferred"], value.get("date")
        if type(value) is not str:
            problems.add(path, "type", f"Expected `str` (EDTF), got `{type_name(value)}`", value)
            return None
        try:
            if self.cls is PartialDate:
                return PartialDate.from_edtf(value, inferred=inferred)
            return self.cls.from_edtf(value)
        except ValidationError as exc:
            problems.extend(_reroot(exc.details, path))
            return None

    def encode(self, value: Any) -> Any:
        if isinstance(value, PartialDate) and value.inferred:
            return {"date": value.to_edtf(), "inferred": True}
        return value.to_edtf()


class _DateTime(Spec):
    """An aware ``datetime``: a timestamp without a zone is ambiguous, so it is refused."""

    name = "datetime"
    passthrough = False

    def check(self, value: Any) -> bool:
        return type(value) is _dt.datetime and value.utcoffset() is not None

    def decode(self, value: Any, path: str, problems: Problems, strict: bool) -> Any:
        if type(value) is str:
            try:
                result = _dt.datetime.fromisoformat(value)
            except ValueError:
                result = None
            if result is not None and "T" in value and result.utcoffset() is not None:
                return result
            problems.add(
                path, "value", f"Expected an ISO 8601 timestamp with a zone, got {value!r}", value
            )
            return None
        problems.add(path, "type", f"Expected `str` (timestamp), got `{type_name(value)}`", value)
        return None

    def encode(self, value: Any) -> Any:
        return value.isoformat()


class _Date(Spec):
    name = "date"
    passthrough = False

    def check(self, value: Any) -> bool:
        return type(value) is _dt.date

    def decode(self, value: Any, path: str, problems: Problems, strict: bool) -> Any:
        if type(value) is str and len(value) == 10:
            try:
                return _dt.date.fromisoformat(value)
            except ValueError:
                pass
        problems.add(path, "value", f"Expected a date `YYYY-MM-DD`, got {value!r}", value)
        return None

    def encode(self, value: Any) -> Any:
        return value.isoformat()


_SCALARS: dict[Any, Spec] = {str: _Scalar(str), int: _Scalar(int), bool: _Scalar(bool)}
_SCALARS[float] = _Float()
_SCALARS[_dt.datetime] = _DateTime()
_SCALARS[_dt.date] = _Date()
_SCALARS[PartialDate] = _Edtf(PartialDate)
_SCALARS[DateRange] = _Edtf(DateRange)


def spec_for(hint: Any, where: str) -> Spec:
    """The spec for one type hint, or a RegistryError naming ``where`` if it is unsupported."""
    if hint in _SCALARS:
        return _SCALARS[hint]
    if isinstance(hint, type) and issubclass(hint, Model):
        return _Model(hint)
    origin = get_origin(hint)
    args = get_args(hint)
    if origin in (typing.Union, types.UnionType):
        rest = [a for a in args if a is not type(None)]
        if len(rest) == 1 and len(args) == 2:
            return _Optional(spec_for(rest[0], where))
    elif origin is Literal and all(type(a) is str for a in args):
        return _Literal(args)
    elif origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        return _Tuple(spec_for(args[0], where))
    raise RegistryError(
        f"{where}: the codec cannot write and read back `{hint}`; use str, int, float, bool, "
        "datetime, date, PartialDate, DateRange, a model class, `X | None` or `tuple[X, ...]`"
    )


# --------------------------------------------------------------------------------------------
# Plans: the per-class list of fields with their specs, built once.


# Named tuples, not attrs classes: they are internal, and making them costs a third of the
# time at import (`import eventkit` has a budget).
class FieldPlan(NamedTuple):
    name: str
    spec: Spec
    required: bool
    default: Any


class Plan(NamedTuple):
    cls: type[Model]
    fields: tuple[FieldPlan, ...]
    field_names: frozenset[str]


_PLANS: dict[type, Plan] = {}


def plan_for(cls: type[Model]) -> Plan:
    """The field plan of a model class, built on first use."""
    plan = _PLANS.get(cls)
    if plan is None:
        plan = _build_plan(cls)
        _PLANS[cls] = plan
    return plan


def _build_plan(cls: type[Model]) -> Plan:
    try:
        hints = typing.get_type_hints(cls)
    except Exception as exc:  # a NameError from a forward reference, usually
        raise RegistryError(f"{cls.__qualname__}: cannot resolve the field types: {exc}") from None
    fields = []
    for field in attrs.fields(cls):
        if field.name == "extras" or not field.init:
            continue
        spec = spec_for(hints[field.name], f"{cls.__qualname__}.{field.name}")
        default = field.default
        if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
            default = default.factory()
        required = field.default is attrs.NOTHING
        fields.append(FieldPlan(field.name, spec, required, default))
    names = frozenset(f.name for f in fields)
    return Plan(cls, tuple(fields), names)


def _reroot(details: Iterable[ErrorDetail], path: str) -> list[ErrorDetail]:
    """The details of a nested error, with their ``$`` replaced by ``path``."""
    return [attrs.evolve(d, path=path + d.path[1:]) for d in details]


# --------------------------------------------------------------------------------------------
# The base class.


class Model:
    """Base of every object-shaped model class; see the module docstring."""

    __slots__ = ()
    __eventkit_tag__: ClassVar[str]
    __attrs_attrs__: ClassVar[Any]

    extras: FrozenMap[Any]

    def __init_subclass__(cls, *, tag: str | None = None, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if cls.__dict__.get("__eventkit_builder__"):
            return  # the codec's private builder of a class (see _fast): never registered
        if tag is None:
            # attrs rebuilds a slotted class from the first one's namespace: keep its tag.
            tag = cls.__dict__.get("__eventkit_tag__", cls.__name__)
        if not isinstance(tag, str) or not tag or tag in _RESERVED:
            raise RegistryError(f"{cls.__qualname__}: a tag must be a non-empty str, got {tag!r}")
        cls.__eventkit_tag__ = tag
        with _LOCK:
            other = _BY_TAG.get(tag)
            if other is not None and not _is_rebuild(other, cls):
                raise RegistryError(
                    f"{cls.__module__}.{cls.__qualname__}: the tag {tag!r} is already taken by "
                    f"{other.__module__}.{other.__qualname__}; pass another: "
                    f"`class {cls.__name__}({cls.__bases__[0].__name__}, tag='...')`"
                )
            _BY_TAG[tag] = cls
            _PLANS.pop(cls, None)

    def __attrs_post_init__(self) -> None:
        problems = Problems()
        cls = type(self)
        plan = plan_for(cls)
        setter = object.__setattr__
        for field in plan.fields:
            value = getattr(self, field.name)
            if not field.spec.check(value):
                fixed = field.spec.normalize(value)
                if fixed is not value and field.spec.check(fixed):
                    setter(self, field.name, fixed)
                    continue
                problems.add(
                    f"$.{field.name}",
                    "type",
                    f"Expected `{field.spec.name}`, got `{type_name(value)}`",
                    value,
                )
        extras = self.extras
        if not isinstance(extras, FrozenMap):
            if isinstance(extras, Mapping):
                extras = FrozenMap(freeze_json(extras, "$.extras", problems))
                setter(self, "extras", extras)
            else:
                problems.add(
                    "$.extras", "type", f"Expected a mapping, got `{type_name(extras)}`", extras
                )
                extras = EMPTY
        for key in extras:
            if key in plan.field_names:
                problems.add(
                    f"$.extras.{key}", "value", f"{key!r} is a field name, not an extra", key
                )
        if not problems:
            problems.extend(self._invariants())
        if problems:
            raise ValidationError(problems)

    def _invariants(self) -> Iterable[ErrorDetail]:
        """Class-specific checks beyond field types; called when the types are right."""
        return ()

    # attrs' repr, equality and hash, written once here: eventkit's classes skip the methods
    # attrs would generate and compile for each of them, a share of the time `import eventkit`
    # takes. A user subclass declared with attrs' defaults gets attrs' own, which behave the
    # same: equal when of the same class with equal fields (extras included), and a hash
    # from the same fields.

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return all(getattr(self, name) == getattr(other, name) for name in _compared(type(self)))

    def __hash__(self) -> int:
        return hash((type(self), *(getattr(self, name) for name in _compared(type(self)))))

    def __repr__(self) -> str:
        parts = []
        for field in self.__attrs_attrs__:
            shown = field.repr
            if shown:
                value = getattr(self, field.name)
                parts.append(f"{field.name}={repr(value) if shown is True else shown(value)}")
        return f"{type(self).__qualname__.rsplit('>.', 1)[-1]}({', '.join(parts)})"

    # The same checks for the generated decoder, which only needs a yes or a no: either a
    # Python expression over the fields (``"{start} <= {end}"``, names in braces), inlined
    # into the decoder, or a ``_valid(self) -> bool`` method where an expression will not do.
    _fast_valid: ClassVar[str | None] = None
    # The expression again as data for the C reader (``_speedups``), in the class that sets
    # ``_fast_valid``: ``("nonblank", "name")``, ``("span", "start", "end", "text")``, ... (see
    # ``_fast._c_check``). A class with an expression and no ``_checks`` is read by Python.
    _checks: ClassVar[tuple[tuple[str, ...], ...]] = ()


_COMPARED: dict[type, tuple[str, ...]] = {}


def _compared(cls: type) -> tuple[str, ...]:
    """The fields of a class that equality and the hash look at, in order."""
    names = _COMPARED.get(cls)
    if names is None:
        names = _COMPARED[cls] = tuple(f.name for f in attrs.fields(cls) if f.eq)
    return names


def _is_rebuild(old: type, new: type) -> bool:
    """Whether ``new`` is attrs' slotted rebuild of ``old`` (same name, same module)."""
    return (
        old.__qualname__ == new.__qualname__
        and old.__module__ == new.__module__
        and "__attrs_attrs__" not in old.__dict__
    )


# --------------------------------------------------------------------------------------------
# Reading and writing model objects (shared by the codec and nested specs).


def decode_model(base: type[Model], value: Any, path: str, problems: Problems, strict: bool) -> Any:
    """Build an instance of ``base`` (or of the registered subclass its tag names)."""
    if type(value) is not dict:
        problems.add(path, "type", f"Expected `object`, got `{type_name(value)}`", value)
        return None
    cls = base
    tag = value.get("type", base.__eventkit_tag__)
    keep_tag = False
    if tag != base.__eventkit_tag__:
        found = _BY_TAG.get(tag) if type(tag) is str else None
        if found is not None and issubclass(found, base):
            cls = found
        elif found is not None:
            problems.add(
                f"{path}.type",
                "type_mismatch",
                f"`{tag}` is not a kind of `{base.__eventkit_tag__}`",
                tag,
            )
            return None
        elif strict or type(tag) is not str:
            problems.add(f"{path}.type", "unknown_type", f"Unknown type tag {tag!r}", tag)
            return None
        else:
            keep_tag = True
    plan = plan_for(cls)
    kwargs: dict[str, Any] = {}
    before = len(problems)
    for field in plan.fields:
        name = field.name
        if name in value:
            raw = value[name]
            if raw is None and field.required:
                problems.add(f"{path}.{name}", "type", f"Expected `{field.spec.name}`, got `null`")
                continue
            kwargs[name] = field.spec.decode(raw, f"{path}.{name}", problems, strict)
        elif field.required:
            problems.add(f"{path}.{name}", "missing", f"Object missing required field `{name}`")
    extras: dict[str, Any] = {}
    known = len(kwargs) + ("type" in value and not keep_tag) + (path == "$" and FORMAT_KEY in value)
    if len(value) > known:
        field_names = plan.field_names
        for key, raw in value.items():
            if key in field_names or (key == FORMAT_KEY and path == "$"):
                continue
            if key == "type":
                if keep_tag:
                    extras["type"] = tag
            elif strict:
                problems.add(f"{path}.{key}", "unknown_field", f"Unknown field `{key}`", raw)
            else:
                extras[key] = freeze_json(raw, f"{path}.{key}", problems)
    if len(problems) > before:
        return None
    if extras:
        kwargs["extras"] = FrozenMap(extras)
    try:
        return cls(**kwargs)
    except ValidationError as exc:
        problems.extend(_reroot(exc.details, path))
    except (ValueError, TypeError) as exc:  # a user class's own attrs validator
        problems.add(path, "value", f"{cls.__name__}: {exc}", None)
    return None
