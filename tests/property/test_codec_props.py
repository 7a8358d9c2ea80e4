"""Properties of the codec over generated events, user subclasses included."""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
import orjson
from hypothesis import given, settings
from hypothesis import strategies as st

import eventkit
from eventkit import (
    Affiliation,
    Event,
    EventkitError,
    PartialDate,
    Participant,
    Place,
    Role,
    Source,
    Span,
    Statement,
)
from eventkit._frozen import EMPTY


@attrs.frozen
class PropCeremony(Event, tag="prop.ceremony"):
    dress_code: str | None = None
    opened: PartialDate | None = None
    guests: tuple[Participant, ...] = ()


@attrs.frozen
class PropKeynote(Statement, tag="prop.keynote"):
    minutes: int = 0
    slides: tuple[str, ...] = ()


text = st.text(st.characters(exclude_categories=("Cs",)), max_size=12)
ident = st.text("abcdefghij0123456789-_", min_size=1, max_size=6)
json_scalar = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**63), max_value=2**63 - 1)
    | st.floats(allow_nan=False, allow_infinity=False, min_value=-1e15, max_value=1e15)
    | text
)
json_value = st.recursive(
    json_scalar,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(text, inner, max_size=3),
    max_leaves=8,
)
extras = st.dictionaries(
    st.text("xyz", min_size=1, max_size=4).map(lambda k: "x_" + k), json_value, max_size=2
)


@st.composite
def partial_dates(draw: st.DrawFn) -> PartialDate:
    year = draw(st.integers(1, 9999))
    month = draw(st.none() | st.integers(1, 12))
    day = None if month is None else draw(st.none() | st.integers(1, 28))
    time = None
    if day is not None and draw(st.booleans()):
        time = draw(st.times(timezones=st.none() | st.just(dt.UTC)))
    flags = {} if time else {"approximate": draw(st.booleans()), "uncertain": draw(st.booleans())}
    return PartialDate(year, month, day, time=time, inferred=draw(st.booleans()), **flags)


@st.composite
def spans(draw: st.DrawFn) -> Span:
    start = draw(st.integers(0, 10_000))
    body = draw(text)
    return Span(start=start, end=start + len(body), text=body)


places = st.recursive(
    st.builds(Place, name=text.filter(str.strip), kind=st.none() | text),
    lambda inner: st.builds(
        Place, name=text.filter(str.strip), within=inner, span=st.none() | spans()
    ),
    max_leaves=3,
)


@st.composite
def participants(draw: st.DrawFn, pid: str) -> Participant:
    return Participant(
        id=pid,
        name=draw(text.filter(str.strip)),
        kind=draw(st.sampled_from(["person", "organization", "group"])),
        roles=tuple(
            draw(
                st.lists(
                    st.builds(Role, code=text.filter(str.strip), label=st.none() | text), max_size=2
                )
            )
        ),
        affiliations=tuple(
            draw(
                st.lists(
                    st.builds(Affiliation, title=text, organization=st.none() | text), max_size=2
                )
            )
        ),
        aliases=tuple(draw(st.lists(text, max_size=2))),
        mentions=tuple(draw(st.lists(spans(), max_size=2))),
        extras=draw(extras),
    )


@st.composite
def statements(draw: st.DrawFn, sid: str, speakers: list[str]) -> Statement:
    words = draw(text)
    span = None
    if draw(st.booleans()):
        start = draw(st.integers(0, 1000))
        span = Span(start=start, end=start + len(words), text=words)
    common: dict[str, Any] = {
        "id": sid,
        "text": words,
        "mode": draw(st.sampled_from(["direct", "reported", "mixed"])),
        "speaker": draw(st.none() | st.sampled_from(speakers)) if speakers else None,
        "cue": draw(st.none() | text),
        "span": span,
        "continuation": draw(st.booleans()),
        "extras": draw(extras),
    }
    if draw(st.booleans()):
        return PropKeynote(
            minutes=draw(st.integers(0, 300)),
            slides=tuple(draw(st.lists(text, max_size=2))),
            **common,
        )
    return Statement(**common)


@st.composite
def events(draw: st.DrawFn) -> Event:
    ids = draw(st.lists(ident, unique=True, max_size=4))
    people = tuple(draw(participants(pid)) for pid in ids)
    said = tuple(draw(statements(f"s{i}", ids)) for i in range(draw(st.integers(0, 3))))
    fields: dict[str, Any] = {
        "id": draw(ident),
        "name": draw(st.none() | text),
        "kind": draw(st.none() | text),
        "start": draw(st.none() | partial_dates()),
        "location": draw(st.none() | places),
        "participants": people,
        "statements": said,
        "source": draw(
            st.none()
            | st.builds(Source, url=st.none() | text, published=st.none() | partial_dates())
        ),
        "extras": draw(extras),
    }
    if draw(st.booleans()):
        return PropCeremony(
            dress_code=draw(st.none() | text), opened=draw(st.none() | partial_dates()), **fields
        )
    return Event(**fields)


@settings(max_examples=150, deadline=None)
@given(events())
def test_loads_of_dumps_gives_the_object_back(event: Event) -> None:
    data = eventkit.dumps(event)
    back = eventkit.loads(data)
    assert back == event
    assert type(back) is type(event)
    assert eventkit.dumps(back) == data  # canonical bytes round-trip


@settings(max_examples=150, deadline=None)
@given(events())
def test_from_dict_of_to_dict_gives_the_object_back(event: Event) -> None:
    assert eventkit.from_dict(eventkit.to_dict(event), Event) == event


@settings(max_examples=50, deadline=None)
@given(st.lists(events(), max_size=4))
def test_json_lines_round_trip(batch: list[Event]) -> None:
    assert list(eventkit.load_lines(eventkit.dump_lines(batch), Event)) == batch


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=200) | json_value.map(lambda v: __import__("orjson").dumps(v)))
def test_any_input_gives_an_object_or_an_eventkit_error(data: bytes) -> None:
    try:
        eventkit.loads(data, Event)
    except EventkitError:
        pass


@settings(max_examples=200, deadline=None)
@given(
    st.dictionaries(
        st.sampled_from(["id", "name", "participants", "statements", "start", "type", "x"]),
        json_value,
    )
)
def test_any_object_gives_an_event_or_an_eventkit_error(doc: dict[str, Any]) -> None:
    try:
        eventkit.from_dict(doc, Event)
    except EventkitError:
        pass


def _slow(cls: type[Event], doc: dict[str, Any], strict: bool) -> Any:
    from eventkit._base import Problems, decode_model

    problems = Problems()
    result = decode_model(cls, doc, "$", problems, strict)
    return None if problems else result


def _fast(cls: type[Event], doc: dict[str, Any], strict: bool) -> Any:
    from eventkit._fast import Slow, decoder_for

    ignore = tuple(k for k in ("type", "eventkit") if k in doc)
    try:
        return decoder_for(cls, strict)(doc, ignore)
    except Slow:
        return None


@settings(max_examples=300, deadline=None)
@given(events(), st.data())
def test_fast_and_slow_decoders_agree(event: Event, data: st.DataObject) -> None:
    """The generated decoder accepts exactly what the generic one accepts, and builds the same."""
    doc = eventkit.to_dict(event)
    del doc["type"], doc["eventkit"]
    cls = type(event)
    # Damage the document at a random place, or not at all.
    paths = _leaves(doc)
    damaged = bool(paths) and data.draw(st.booleans())
    if not damaged:
        assert _fast(cls, doc, False) == event  # good input takes the fast path
    if damaged:
        container, key = data.draw(st.sampled_from(paths))
        container[key] = data.draw(json_value | st.just("") | st.just(-1))
    for strict in (False, True):
        slow = _slow(cls, doc, strict)
        fast = _fast(cls, doc, strict)
        if slow is None:
            assert fast is None
        elif fast is not None:
            assert fast == slow
            assert type(fast) is type(slow)


@settings(max_examples=150, deadline=None)
@given(events(), st.randoms(use_true_random=False))
def test_keys_in_any_order_read_the_same(event: Event, rnd: Any) -> None:
    """The decoders compiled per key layout read shuffled documents as the writer's own."""

    def shuffled(value: Any) -> Any:
        if isinstance(value, dict):
            keys = list(value)
            rnd.shuffle(keys)
            return {key: shuffled(value[key]) for key in keys}
        if isinstance(value, list):
            return [shuffled(item) for item in value]
        return value

    doc = shuffled(eventkit.to_dict(event))
    assert eventkit.from_dict(doc, Event) == event
    assert eventkit.loads(__import__("orjson").dumps(doc)) == event


def _leaves(value: Any) -> list[tuple[Any, Any]]:
    found: list[tuple[Any, Any]] = []
    if isinstance(value, dict):
        for key, item in value.items():
            found.append((value, key))
            found.extend(_leaves(item))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            found.append((value, i))
            found.extend(_leaves(item))
    return found


zones = st.builds(
    dt.timezone,
    st.timedeltas(min_value=dt.timedelta(hours=-23, minutes=-59), max_value=dt.timedelta(hours=23)),
) | st.just(dt.UTC)


@settings(max_examples=200, deadline=None)
@given(events(), st.none() | st.datetimes(timezones=zones))
def test_the_c_writer_writes_the_bytes_of_the_python_path(event: Event, stamp: Any) -> None:
    from eventkit import _codec, _fast

    if _fast.C_WRITER is None:  # a pure-Python install: nothing to compare
        return
    if stamp is not None:
        event = attrs.evolve(event, source=Source(url="u", retrieved=stamp))
    # the C writer itself, not dumps: dumps would hide a failure behind the Python path
    with_c = _fast.C_WRITER.dumps(
        event, _fast.C_PLANS, _fast.c_plan, _fast.c_fallback, EMPTY, orjson.dumps
    )
    writer, _codec.C_WRITER = _codec.C_WRITER, None
    try:
        assert with_c == eventkit.dumps(event)
    finally:
        _codec.C_WRITER = writer


def _c_read(cls: type[Event], doc: dict[str, Any]) -> Any:
    """The C reader alone: the object, or None where it declines."""
    from eventkit import _fast

    assert _fast.C_WRITER is not None
    try:
        return _fast.C_WRITER.read_document(doc, cls, 0, *_fast.c_read_arguments())
    except Exception:
        return None


def _has_extras(value: Any) -> bool:
    if isinstance(value, dict):
        return any(k.startswith("x_") or _has_extras(v) for k, v in value.items())
    if isinstance(value, list):
        return any(_has_extras(item) for item in value)
    return False


@settings(max_examples=400, deadline=None)
@given(events(), st.data())
def test_the_c_reader_accepts_only_what_python_accepts(event: Event, data: st.DataObject) -> None:
    """The C reader builds what the Python decoders build, or declines; it never takes a
    document they reject, and it reads every good document without extras itself."""
    from eventkit import _fast

    if _fast.C_WRITER is None:  # a pure-Python install: nothing to compare
        return
    doc = eventkit.to_dict(event)
    del doc["type"], doc["eventkit"]
    cls = type(event)
    paths = _leaves(doc)
    damage = data.draw(st.sampled_from(["none", "value", "unknown key", "tag", "null"]))
    if damage == "none" or not paths:
        read = _c_read(cls, doc)
        if not _has_extras(doc):
            assert read == event
            assert type(read) is type(event)
        return
    container, key = data.draw(st.sampled_from(paths))
    if damage == "value":
        container[key] = data.draw(json_value | st.just("") | st.just(-1) | st.just(" "))
    elif isinstance(container, dict):
        if damage == "unknown key":
            container["x_" + str(key)] = 1
        elif damage == "tag":
            container["type"] = data.draw(
                st.sampled_from(["Event", "Span", "nope", "prop.keynote"])
            )
        else:
            container[key] = None
    slow = _slow(cls, doc, False)
    read = _c_read(cls, doc)
    if slow is None:
        assert read is None
    elif read is not None:
        assert read == slow
        assert type(read) is type(slow)
        assert eventkit.dumps(read) == eventkit.dumps(slow)
